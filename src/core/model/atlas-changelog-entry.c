/* atlas-changelog-entry.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-changelog-entry.h"
#include "atlas-model-private.h"

/**
 * AtlasChangelogEntry:
 *
 * One release of a dataset in its changelog: the release's name, its
 * date and what changed, as the dataset's editors wrote it (shown as
 * written, never translated).
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasChangelogEntry, atlas_changelog_entry, G_TYPE_OBJECT)

static void
atlas_changelog_entry_finalize (GObject *object)
{
  AtlasChangelogEntry *self = (AtlasChangelogEntry *) object;

  g_clear_pointer (&self->release, g_free);
  g_clear_pointer (&self->changes, g_strfreev);

  G_OBJECT_CLASS (atlas_changelog_entry_parent_class)->finalize (object);
}

static void
atlas_changelog_entry_class_init (AtlasChangelogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_changelog_entry_finalize;
}

static void
atlas_changelog_entry_init (AtlasChangelogEntry *self)
{
}

const char *
atlas_changelog_entry_get_release (AtlasChangelogEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_CHANGELOG_ENTRY (self), NULL);

  return self->release;
}

const AtlasDate *
atlas_changelog_entry_get_date (AtlasChangelogEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_CHANGELOG_ENTRY (self), NULL);

  return &self->date;
}

/**
 * atlas_changelog_entry_get_changes:
 *
 * Returns: (transfer none) (array zero-terminated=1): what changed, one item a string
 */
const char * const *
atlas_changelog_entry_get_changes (AtlasChangelogEntry *self)
{
  g_return_val_if_fail (ATLAS_IS_CHANGELOG_ENTRY (self), NULL);

  return (const char * const *) self->changes;
}
