/* atlas-compare-across.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-comparison.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_ACROSS (atlas_compare_across_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCompareAcross, atlas_compare_across, ATLAS, COMPARE_ACROSS, GtkWidget)

GtkWidget  *atlas_compare_across_new         (void);
void        atlas_compare_across_set_area    (AtlasCompareAcross *self,
                                              AtlasComparison    *comparison,
                                              AtlasArea          *area);
AtlasArea  *atlas_compare_across_get_area    (AtlasCompareAcross *self);
GListModel *atlas_compare_across_get_rows    (AtlasCompareAcross *self);

G_END_DECLS
