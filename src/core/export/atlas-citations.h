/* atlas-citations.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_CITATION_CSL_JSON,
  ATLAS_CITATION_BIBTEX,
  ATLAS_CITATION_RIS,
  ATLAS_N_CITATION_FORMATS
} AtlasCitationFormat;

#define ATLAS_CSL_JSON_MIME_TYPE "application/vnd.citationstyles.csl+json"

gboolean    atlas_citation_format_from_name  (const char          *name,
                                              AtlasCitationFormat *format);
const char *atlas_citation_format_to_name    (AtlasCitationFormat  format);
const char *atlas_citation_format_extension  (AtlasCitationFormat  format);
const char *atlas_citation_format_mime_type  (AtlasCitationFormat  format);

GPtrArray  *atlas_citations_all_documents    (AtlasDataset        *dataset);
GPtrArray  *atlas_citations_for_programmes   (AtlasDataset        *dataset,
                                              const char * const  *ids,
                                              GError             **error);

char       *atlas_citations_to_string        (AtlasCitationFormat  format,
                                              GPtrArray           *documents);
gboolean    atlas_citations_write            (AtlasCitationFormat  format,
                                              GPtrArray           *documents,
                                              GOutputStream       *stream,
                                              GCancellable        *cancellable,
                                              GError             **error);
gboolean    atlas_citations_to_file          (AtlasCitationFormat  format,
                                              GPtrArray           *documents,
                                              GFile               *file,
                                              GCancellable        *cancellable,
                                              GError             **error);

char       *atlas_citation_reference         (AtlasDocument       *document);
char       *atlas_citation_excerpt_reference (AtlasExcerpt        *excerpt);

gboolean    atlas_citation_split_name        (const char          *name,
                                              char               **family,
                                              char               **given);

G_END_DECLS
