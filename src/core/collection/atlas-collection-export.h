/* atlas-collection-export.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-collection.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_COLLECTION_EXPORT_MARKDOWN,
  ATLAS_COLLECTION_EXPORT_HTML,
  ATLAS_COLLECTION_EXPORT_ODT,
  ATLAS_COLLECTION_EXPORT_CSL_JSON,
  ATLAS_N_COLLECTION_EXPORT_FORMATS
} AtlasCollectionExportFormat;

gboolean    atlas_collection_export_format_from_name (const char                   *name,
                                                      AtlasCollectionExportFormat  *format);
const char *atlas_collection_export_format_to_name   (AtlasCollectionExportFormat   format);
const char *atlas_collection_export_extension        (AtlasCollectionExportFormat   format);
const char *atlas_collection_export_mime_type        (AtlasCollectionExportFormat   format);

gboolean    atlas_collection_export_write            (AtlasCollectionExportFormat   format,
                                                      AtlasCollection              *collection,
                                                      GOutputStream                *stream,
                                                      GCancellable                 *cancellable,
                                                      GError                      **error);
gboolean    atlas_collection_export_to_file          (AtlasCollectionExportFormat   format,
                                                      AtlasCollection              *collection,
                                                      GFile                        *file,
                                                      GCancellable                 *cancellable,
                                                      GError                      **error);

G_END_DECLS
