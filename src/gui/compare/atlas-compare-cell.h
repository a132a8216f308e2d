/* atlas-compare-cell.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-comparison-row.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_CELL (atlas_compare_cell_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCompareCell, atlas_compare_cell, ATLAS, COMPARE_CELL, GtkButton)

GtkWidget          *atlas_compare_cell_new            (void);
void                atlas_compare_cell_bind           (AtlasCompareCell   *self,
                                                       AtlasComparisonRow *row,
                                                       AtlasProgramme     *programme);
void                atlas_compare_cell_unbind         (AtlasCompareCell   *self);
AtlasComparisonRow *atlas_compare_cell_get_row        (AtlasCompareCell   *self);
AtlasProgramme     *atlas_compare_cell_get_programme  (AtlasCompareCell   *self);
AtlasAreaStatus     atlas_compare_cell_get_status     (AtlasCompareCell   *self);
const char         *atlas_compare_cell_get_text       (AtlasCompareCell   *self);
void                atlas_compare_cell_set_dense      (AtlasCompareCell   *self,
                                                       gboolean            dense);
void                atlas_compare_cell_set_marked     (AtlasCompareCell   *self,
                                                       gboolean            marked,
                                                       gboolean            as_column);
void                atlas_compare_cell_set_change     (AtlasCompareCell   *self,
                                                       const char         *change);
const char         *atlas_compare_cell_get_change     (AtlasCompareCell   *self);
void                atlas_compare_cell_summarize      (AtlasComparison    *comparison,
                                                       guint               column,
                                                       gboolean            dense,
                                                       char              **count,
                                                       char              **others);

G_END_DECLS
