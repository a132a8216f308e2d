/* atlas-comparison.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARISON (atlas_comparison_get_type ())

G_DECLARE_FINAL_TYPE (AtlasComparison, atlas_comparison, ATLAS, COMPARISON, GObject)

/**
 * AtlasChange:
 *
 * How an area differs between the first and the last programme compared,
 * for "what changed" between an IPCP and the ITPP that followed it.
 */
typedef enum
{
  ATLAS_CHANGE_UNKNOWN,   /* one side is unknown: no change can be claimed */
  ATLAS_CHANGE_SAME,
  ATLAS_CHANGE_ADDED,     /* covered by the last, not by the first */
  ATLAS_CHANGE_DROPPED,   /* covered by the first, not by the last */
} AtlasChange;

AtlasComparison    *atlas_comparison_new               (AtlasDataset    *dataset,
                                                        GPtrArray       *programmes);
AtlasComparison    *atlas_comparison_new_for_ids       (AtlasDataset    *dataset,
                                                        const char * const *ids,
                                                        GError         **error);
GPtrArray          *atlas_comparison_default_programmes(AtlasDataset    *dataset);
AtlasDataset       *atlas_comparison_get_dataset       (AtlasComparison *self);
guint               atlas_comparison_get_n_rows        (AtlasComparison *self);
guint               atlas_comparison_get_n_columns     (AtlasComparison *self);
AtlasArea          *atlas_comparison_get_area          (AtlasComparison *self,
                                                        guint            row);
AtlasProgramme     *atlas_comparison_get_programme     (AtlasComparison *self,
                                                        guint            column);
AtlasAreaStatus     atlas_comparison_get_status        (AtlasComparison *self,
                                                        guint            row,
                                                        guint            column);
AtlasProgrammeArea *atlas_comparison_get_cell          (AtlasComparison *self,
                                                        guint            row,
                                                        guint            column);
guint               atlas_comparison_count_listed      (AtlasComparison *self,
                                                        guint            column);
guint               atlas_comparison_count_covering    (AtlasComparison *self,
                                                        guint            row);
guint               atlas_comparison_count_known       (AtlasComparison *self,
                                                        guint            row);
gboolean            atlas_comparison_has_area_data     (AtlasProgramme  *programme);
gboolean            atlas_comparison_row_differs_with_unknown (AtlasComparison *self,
                                                               guint            row);
gboolean            atlas_comparison_row_differs       (AtlasComparison *self,
                                                        guint            row);
AtlasChange         atlas_comparison_get_change        (AtlasComparison *self,
                                                        guint            row);
const char         *atlas_change_to_code               (AtlasChange      change);
const char         *atlas_change_to_label              (AtlasChange      change);

G_END_DECLS
