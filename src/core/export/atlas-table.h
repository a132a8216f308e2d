/* atlas-table.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TABLE (atlas_table_get_type ())

/**
 * AtlasCellKind:
 *
 * What a cell holds, so that each format can present it in its own way (a
 * number as a number in JSON and XLSX, a status with its formatting).
 */
typedef enum
{
  ATLAS_CELL_TEXT,
  ATLAS_CELL_NUMBER,
  ATLAS_CELL_STATUS,     /* an AtlasAreaStatus; see atlas_table_get_status() */
} AtlasCellKind;

/**
 * AtlasPaper:
 *
 * The paper a paginated export (PDF) is laid out for.
 */
typedef enum
{
  ATLAS_PAPER_A4,
  ATLAS_PAPER_LETTER,
} AtlasPaper;

typedef struct _AtlasTable AtlasTable;

GType           atlas_table_get_type        (void) G_GNUC_CONST;
AtlasTable     *atlas_table_new             (const char   *name,
                                             const char   *title);
AtlasTable     *atlas_table_ref             (AtlasTable   *self);
void            atlas_table_unref           (AtlasTable   *self);
const char     *atlas_table_get_name        (AtlasTable   *self);
const char     *atlas_table_get_title       (AtlasTable   *self);
const char     *atlas_table_get_note        (AtlasTable   *self);
AtlasPaper      atlas_table_get_paper       (AtlasTable   *self);
void            atlas_table_set_paper       (AtlasTable   *self,
                                             AtlasPaper    paper);
gboolean        atlas_paper_from_name       (const char   *name,
                                             AtlasPaper   *paper);
void            atlas_table_set_note        (AtlasTable   *self,
                                             const char   *note);
void            atlas_table_set_release     (AtlasTable   *self,
                                             const char   *release,
                                             const char   *date);
const char     *atlas_table_get_release     (AtlasTable   *self);
const char     *atlas_table_get_release_date(AtlasTable   *self);
void            atlas_table_add_column      (AtlasTable   *self,
                                             const char   *id,
                                             const char   *title);
void            atlas_table_add_script_column (AtlasTable *self,
                                             const char   *id,
                                             const char   *title);
gboolean        atlas_table_column_is_for_scripts (AtlasTable *self,
                                             guint         column);
AtlasTable     *atlas_table_copy_for_people (AtlasTable   *self);
void            atlas_table_copy_frame      (AtlasTable   *self,
                                             AtlasTable   *from);
guint           atlas_table_cite            (AtlasTable   *self,
                                             const char   *key,
                                             const char   *reference,
                                             const char   *url,
                                             const char   *accessed);
guint           atlas_table_get_n_sources   (AtlasTable   *self);
const char     *atlas_table_get_source_reference (AtlasTable *self,
                                             guint         source);
const char     *atlas_table_get_source_url  (AtlasTable   *self,
                                             guint         source);
const char     *atlas_table_get_source_accessed (AtlasTable *self,
                                             guint         source);
gboolean        atlas_table_has_statuses    (AtlasTable   *self);
void            atlas_table_set_dataset     (AtlasTable   *self,
                                             const char   *title,
                                             const char   *sha256);
const char     *atlas_table_get_dataset_title (AtlasTable *self);
const char     *atlas_table_get_dataset_sha256 (AtlasTable *self);
void            atlas_table_set_selection   (AtlasTable   *self,
                                             const char   *selection);
const char     *atlas_table_get_selection   (AtlasTable   *self);
guint           atlas_table_add_row         (AtlasTable   *self);
void            atlas_table_set_text        (AtlasTable   *self,
                                             guint         row,
                                             guint         column,
                                             const char   *text);
void            atlas_table_set_number      (AtlasTable   *self,
                                             guint         row,
                                             guint         column,
                                             gint64        number);
void            atlas_table_set_status      (AtlasTable   *self,
                                             guint         row,
                                             guint         column,
                                             AtlasAreaStatus status,
                                             const char   *text);
guint           atlas_table_get_n_rows      (AtlasTable   *self);
guint           atlas_table_get_n_columns   (AtlasTable   *self);
const char     *atlas_table_get_column_id   (AtlasTable   *self,
                                             guint         column);
const char     *atlas_table_get_column_title(AtlasTable   *self,
                                             guint         column);
const char     *atlas_table_get_text        (AtlasTable   *self,
                                             guint         row,
                                             guint         column);
AtlasCellKind   atlas_table_get_kind        (AtlasTable   *self,
                                             guint         row,
                                             guint         column);
AtlasAreaStatus atlas_table_get_status      (AtlasTable   *self,
                                             guint         row,
                                             guint         column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasTable, atlas_table_unref)

G_END_DECLS
