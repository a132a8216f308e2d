/* atlas-comparison-row.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-comparison.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARISON_ROW (atlas_comparison_row_get_type ())

G_DECLARE_FINAL_TYPE (AtlasComparisonRow, atlas_comparison_row, ATLAS, COMPARISON_ROW, GObject)

AtlasComparisonRow *atlas_comparison_row_new             (AtlasComparison    *comparison,
                                                          guint               index);
AtlasComparisonRow *atlas_comparison_row_new_summary     (AtlasComparison    *comparison);
GListModel         *atlas_comparison_row_list_new        (AtlasComparison    *comparison);
AtlasComparison    *atlas_comparison_row_get_comparison  (AtlasComparisonRow *self);
guint               atlas_comparison_row_get_index       (AtlasComparisonRow *self);
gboolean            atlas_comparison_row_is_summary      (AtlasComparisonRow *self);
AtlasArea          *atlas_comparison_row_get_area        (AtlasComparisonRow *self);
const char         *atlas_comparison_row_get_name        (AtlasComparisonRow *self);
const char         *atlas_comparison_row_get_group       (AtlasComparisonRow *self);
guint               atlas_comparison_row_get_covering    (AtlasComparisonRow *self);
guint               atlas_comparison_row_get_known       (AtlasComparisonRow *self);
gboolean            atlas_comparison_row_get_differs     (AtlasComparisonRow *self);
AtlasChange         atlas_comparison_row_get_change      (AtlasComparisonRow *self);
AtlasAreaStatus     atlas_comparison_row_get_status      (AtlasComparisonRow *self,
                                                          AtlasProgramme     *programme);

G_END_DECLS
