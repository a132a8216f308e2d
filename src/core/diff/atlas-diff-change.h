/* atlas-diff-change.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ATLAS_DIFF_ADDED,
  ATLAS_DIFF_REMOVED,
  ATLAS_DIFF_CHANGED,
} AtlasDiffKind;

/* The kinds of record, in the order a report lists them */
typedef enum
{
  ATLAS_DIFF_RECORD_DATASET,
  ATLAS_DIFF_RECORD_CHANGELOG,
  ATLAS_DIFF_RECORD_PARTNER,
  ATLAS_DIFF_RECORD_AREA_GROUP,
  ATLAS_DIFF_RECORD_AREA,
  ATLAS_DIFF_RECORD_DOCUMENT,
  ATLAS_DIFF_RECORD_EXCERPT,
  ATLAS_DIFF_RECORD_PROGRAMME,
  ATLAS_DIFF_RECORD_PROGRAMME_AREA,
  ATLAS_DIFF_RECORD_EVENT,
  ATLAS_DIFF_N_RECORDS
} AtlasDiffRecord;

#define ATLAS_TYPE_DIFF_CHANGE (atlas_diff_change_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDiffChange, atlas_diff_change, ATLAS, DIFF_CHANGE, GObject)

AtlasDiffChange *atlas_diff_change_new            (AtlasDiffKind    kind,
                                                   AtlasDiffRecord  record,
                                                   const char      *id,
                                                   const char      *field,
                                                   const char      *old_value,
                                                   const char      *new_value);
AtlasDiffKind    atlas_diff_change_get_kind       (AtlasDiffChange *self);
AtlasDiffRecord  atlas_diff_change_get_record     (AtlasDiffChange *self);
const char      *atlas_diff_change_get_id         (AtlasDiffChange *self);
const char      *atlas_diff_change_get_field      (AtlasDiffChange *self);
const char      *atlas_diff_change_get_old_value  (AtlasDiffChange *self);
const char      *atlas_diff_change_get_new_value  (AtlasDiffChange *self);
const char      *atlas_diff_change_get_effect     (AtlasDiffChange *self);
void             atlas_diff_change_add_effect     (AtlasDiffChange *self,
                                                   const char      *effect);

const char      *atlas_diff_kind_to_code          (AtlasDiffKind    kind);
const char      *atlas_diff_kind_to_label         (AtlasDiffKind    kind);
const char      *atlas_diff_record_to_code        (AtlasDiffRecord  record);
const char      *atlas_diff_record_to_label       (AtlasDiffRecord  record);
char            *atlas_diff_record_count          (AtlasDiffRecord  record,
                                                   guint            n);

G_END_DECLS
