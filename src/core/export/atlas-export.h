/* atlas-export.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-progress.h"
#include "atlas-table.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_EXPORT_CSV,
  ATLAS_EXPORT_TSV,
  ATLAS_EXPORT_MARKDOWN,
  ATLAS_EXPORT_JSON,
  ATLAS_EXPORT_HTML,
  ATLAS_EXPORT_XLSX,
  ATLAS_EXPORT_PDF,
  ATLAS_N_EXPORT_FORMATS
} AtlasExportFormat;

gboolean    atlas_export_format_from_name   (const char        *name,
                                             AtlasExportFormat *format);
const char *atlas_export_format_to_name     (AtlasExportFormat  format);
const char *atlas_export_format_to_label    (AtlasExportFormat  format);
const char *atlas_export_format_extension   (AtlasExportFormat  format);
const char *atlas_export_format_mime_type   (AtlasExportFormat  format);
gboolean    atlas_export_format_is_available(AtlasExportFormat  format);
gboolean    atlas_export_format_is_textual  (AtlasExportFormat  format);
gboolean    atlas_export_format_is_for_people (AtlasExportFormat  format);
gboolean    atlas_export_format_writes_evidence (AtlasExportFormat format);
double      atlas_export_format_table_share (AtlasExportFormat format);

gboolean    atlas_export_write              (AtlasExportFormat  format,
                                             AtlasTable        *table,
                                             AtlasTable        *evidence,
                                             GOutputStream     *stream,
                                             GCancellable      *cancellable,
                                             GError           **error);
gboolean    atlas_export_to_file            (AtlasExportFormat  format,
                                             AtlasTable        *table,
                                             AtlasTable        *evidence,
                                             GFile             *file,
                                             GCancellable      *cancellable,
                                             GError           **error);
gboolean    atlas_export_write_full         (AtlasExportFormat  format,
                                             AtlasTable        *table,
                                             AtlasTable        *evidence,
                                             GOutputStream     *stream,
                                             AtlasProgress     *progress,
                                             GCancellable      *cancellable,
                                             GError           **error);
gboolean    atlas_export_to_file_full       (AtlasExportFormat  format,
                                             AtlasTable        *table,
                                             AtlasTable        *evidence,
                                             GFile             *file,
                                             AtlasProgress     *progress,
                                             GCancellable      *cancellable,
                                             GError           **error);

gboolean    atlas_export_datapackage_to_file (AtlasExportFormat  format,
                                             AtlasTable        *table,
                                             GFile             *data,
                                             GCancellable      *cancellable,
                                             GError           **error);

typedef gboolean (*AtlasExportStreamFunc)   (GOutputStream     *stream,
                                             gpointer           user_data,
                                             GCancellable      *cancellable,
                                             GError           **error);

gboolean    atlas_export_stream_to_file     (GFile                 *file,
                                             AtlasExportStreamFunc  write,
                                             gpointer               user_data,
                                             GCancellable          *cancellable,
                                             GError               **error);

G_END_DECLS
