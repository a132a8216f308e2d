/* atlas-comparison-shown.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-tables.h"

G_BEGIN_DECLS

AtlasTable *atlas_comparison_shown_table    (AtlasComparison         *comparison,
                                             const AtlasTableOptions *options,
                                             GPtrArray               *areas,
                                             gboolean                 with_change);
AtlasTable *atlas_comparison_shown_evidence (AtlasComparison         *comparison,
                                             const AtlasTableOptions *options,
                                             GPtrArray               *areas);
GPtrArray  *atlas_comparison_differing_areas (AtlasComparison        *comparison,
                                              gboolean                unknown_differs);
GPtrArray  *atlas_comparison_with_area_data (GPtrArray               *programmes,
                                             GPtrArray               *left_out);
char       *atlas_comparison_describe_view  (gboolean                 only_differences,
                                             gboolean                 unknown_differs,
                                             gboolean                 blank_unknown,
                                             GPtrArray               *left_out,
                                             gboolean                 localized);

G_END_DECLS
