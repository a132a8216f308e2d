/* atlas-compare-strip.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-comparison-row.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_STRIP (atlas_compare_strip_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCompareStrip, atlas_compare_strip, ATLAS, COMPARE_STRIP, GtkWidget)

/* The width of one programme's cell in a strip */
#define ATLAS_COMPARE_STRIP_CELL_WIDTH 62

GtkWidget          *atlas_compare_strip_new              (void);
GtkWidget          *atlas_compare_strip_new_header       (void);
void                atlas_compare_strip_bind             (AtlasCompareStrip  *self,
                                                          AtlasComparisonRow *row);
void                atlas_compare_strip_bind_header      (AtlasCompareStrip  *self,
                                                          AtlasComparison    *comparison,
                                                          const char * const *titles);
void                atlas_compare_strip_scrolled         (AtlasCompareStrip  *self);
void                atlas_compare_strip_unbind           (AtlasCompareStrip  *self);
AtlasComparisonRow *atlas_compare_strip_get_row          (AtlasCompareStrip  *self);
guint               atlas_compare_strip_get_n_cells      (AtlasCompareStrip  *self);
AtlasProgramme     *atlas_compare_strip_get_programme    (AtlasCompareStrip  *self,
                                                          guint               column);
AtlasAreaStatus     atlas_compare_strip_get_status       (AtlasCompareStrip  *self,
                                                          guint               column);
guint               atlas_compare_strip_get_focus_column (AtlasCompareStrip  *self);
void                atlas_compare_strip_set_focus_column (AtlasCompareStrip  *self,
                                                          guint               column);
const char         *atlas_compare_strip_get_focus_label  (AtlasCompareStrip  *self);
char               *atlas_compare_strip_describe         (AtlasCompareStrip  *self,
                                                          guint               column);
void                atlas_compare_strip_set_marked       (AtlasCompareStrip  *self,
                                                          int                 column,
                                                          gboolean            as_column);
int                 atlas_compare_strip_get_marked       (AtlasCompareStrip  *self);
void                atlas_compare_strip_set_change       (AtlasCompareStrip  *self,
                                                          guint               column,
                                                          const char         *change);
const char         *atlas_compare_strip_get_change       (AtlasCompareStrip  *self,
                                                          guint               column);

G_END_DECLS
