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

enum {
  PROP_0,
  PROP_RELEASE,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_changelog_entry_finalize (GObject *object)
{
  AtlasChangelogEntry *self = (AtlasChangelogEntry *) object;

  g_clear_pointer (&self->release, g_free);
  g_clear_pointer (&self->changes, g_strfreev);

  G_OBJECT_CLASS (atlas_changelog_entry_parent_class)->finalize (object);
}

static void
atlas_changelog_entry_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasChangelogEntry *self = ATLAS_CHANGELOG_ENTRY (object);

  switch (prop_id)
    {
    case PROP_RELEASE:
      g_value_set_string (value, self->release);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, atlas_date_is_set (&self->date) ? &self->date : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_changelog_entry_class_init (AtlasChangelogEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_changelog_entry_finalize;
  object_class->get_property = atlas_changelog_entry_get_property;

  /**
   * AtlasChangelogEntry:release:
   *
   * The release this entry describes, such as “2”.
   */
  properties[PROP_RELEASE] =
    g_param_spec_string ("release", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasChangelogEntry:date:
   *
   * The date of the release.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        ATLAS_TYPE_DATE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
