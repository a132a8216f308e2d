/* atlas-programme-table.h
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

#define ATLAS_TYPE_PROGRAMME_TABLE (atlas_programme_table_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgrammeTable, atlas_programme_table, ATLAS, PROGRAMME_TABLE, AtlasView)

AtlasProgrammeFilter *atlas_programme_table_get_filter    (AtlasProgrammeTable  *self);
void                  atlas_programme_table_set_filter    (AtlasProgrammeTable  *self,
                                                           AtlasProgrammeFilter *filter);
GListModel           *atlas_programme_table_get_model     (AtlasProgrammeTable  *self);
GtkColumnView        *atlas_programme_table_get_column_view (AtlasProgrammeTable *self);

G_END_DECLS
