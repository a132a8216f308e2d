/* atlas-changelog-entry.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHANGELOG_ENTRY (atlas_changelog_entry_get_type ())

G_DECLARE_FINAL_TYPE (AtlasChangelogEntry, atlas_changelog_entry, ATLAS, CHANGELOG_ENTRY, GObject)

const char *         atlas_changelog_entry_get_release (AtlasChangelogEntry *self);
const AtlasDate *    atlas_changelog_entry_get_date (AtlasChangelogEntry *self);
const char * const * atlas_changelog_entry_get_changes (AtlasChangelogEntry *self);

G_END_DECLS
