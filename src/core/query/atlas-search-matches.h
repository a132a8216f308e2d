/* atlas-search-matches.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-search.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SEARCH_MATCHES (atlas_search_matches_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchMatches, atlas_search_matches, ATLAS, SEARCH_MATCHES, GObject)

AtlasSearchMatches *atlas_search_matches_new         (AtlasSearchKind     kind,
                                                      GPtrArray          *records);
AtlasSearchKind     atlas_search_matches_get_kind    (AtlasSearchMatches *self);
const GArray       *atlas_search_matches_get_indices (AtlasSearchMatches *self);
void                atlas_search_matches_set_indices (AtlasSearchMatches *self,
                                                      GArray             *indices);

G_END_DECLS
