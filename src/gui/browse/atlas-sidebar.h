/* atlas-sidebar.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-programme-filter.h"
#include "atlas-search-results.h"
#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SIDEBAR (atlas_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSidebar, atlas_sidebar, ATLAS, SIDEBAR, AtlasView)

AtlasProgrammeFilter *atlas_sidebar_get_filter    (AtlasSidebar         *self);
void                  atlas_sidebar_set_filter    (AtlasSidebar         *self,
                                                   AtlasProgrammeFilter *filter);
AtlasSearchResults   *atlas_sidebar_get_results   (AtlasSidebar         *self);

G_END_DECLS
