/* atlas-search-results.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-search.h"
#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SEARCH_RESULTS (atlas_search_results_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearchResults, atlas_search_results, ATLAS, SEARCH_RESULTS, AtlasView)

AtlasSearch    *atlas_search_results_get_search    (AtlasSearchResults *self);
GListModel     *atlas_search_results_get_model     (AtlasSearchResults *self);
gboolean        atlas_search_results_open_first    (AtlasSearchResults *self);
gboolean        atlas_search_results_focus         (AtlasSearchResults *self);

G_END_DECLS
