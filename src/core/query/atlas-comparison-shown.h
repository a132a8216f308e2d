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

G_END_DECLS
