/* atlas-diff-marks.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"
#include "atlas-diff-change.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DIFF_MARKS (atlas_diff_marks_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDiffMarks, atlas_diff_marks, ATLAS, DIFF_MARKS, GObject)

AtlasDiffMarks *atlas_diff_marks_new              (GListModel      *changes,
                                                   AtlasDataset    *old_dataset,
                                                   AtlasDataset    *new_dataset,
                                                   const char      *old_name,
                                                   const char      *new_name);
GListModel     *atlas_diff_marks_get_changes      (AtlasDiffMarks  *self);
AtlasDataset   *atlas_diff_marks_get_old_dataset  (AtlasDiffMarks  *self);
AtlasDataset   *atlas_diff_marks_get_new_dataset  (AtlasDiffMarks  *self);
const char     *atlas_diff_marks_get_old_name     (AtlasDiffMarks  *self);
const char     *atlas_diff_marks_get_new_name     (AtlasDiffMarks  *self);
char           *atlas_diff_marks_get_summary      (AtlasDiffMarks  *self);
GPtrArray      *atlas_diff_marks_lookup           (AtlasDiffMarks  *self,
                                                   AtlasDiffRecord  record,
                                                   const char      *id);
guint           atlas_diff_marks_count_cells      (AtlasDiffMarks  *self,
                                                   const char      *programme_id);
char           *atlas_diff_marks_describe         (AtlasDiffMarks  *self,
                                                   AtlasDiffRecord  record,
                                                   const char      *id);
char           *atlas_diff_marks_summarize        (AtlasDiffMarks  *self,
                                                   AtlasDiffRecord  record,
                                                   const char      *id);
char           *atlas_diff_marks_describe_change  (AtlasDiffChange *change);
char           *atlas_diff_value_to_text          (const char      *value);
GObject        *atlas_diff_find_record            (AtlasDataset    *dataset,
                                                   AtlasDiffRecord  record,
                                                   const char      *id);
GPtrArray      *atlas_diff_marks_get_evidence     (AtlasDiffMarks  *self,
                                                   AtlasDiffChange *change,
                                                   gboolean         in_new);

G_END_DECLS
