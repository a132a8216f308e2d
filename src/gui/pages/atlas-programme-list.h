/* atlas-programme-list.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-programme-filter.h"
#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRAMME_LIST (atlas_programme_list_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgrammeList, atlas_programme_list, ATLAS, PROGRAMME_LIST, AtlasView)

AtlasProgrammeFilter *atlas_programme_list_get_filter    (AtlasProgrammeList  *self);
void                  atlas_programme_list_set_filter    (AtlasProgrammeList  *self,
                                                           AtlasProgrammeFilter *filter);
GListModel           *atlas_programme_list_get_model     (AtlasProgrammeList  *self);
GtkColumnView        *atlas_programme_list_get_column_view (AtlasProgrammeList *self);
const char           *atlas_programme_list_get_header_tooltip (AtlasProgrammeList *self,
                                                               const char         *column_id);

G_END_DECLS
