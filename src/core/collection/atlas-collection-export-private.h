/* atlas-collection-export-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-collection-export.h"

G_BEGIN_DECLS

/* What every format writes of a pin, in the reader's language */
typedef struct
{
  const char *quote;       /* the verbatim text, or NULL when the pin kept none */
  char *citation;          /* the document's reference and the locator */
  const char *context;     /* what the excerpt was pinned from, or NULL */
  const char *note;        /* the reader's note, or NULL */
  gboolean vanished;
} AtlasCollectionEntry;

GPtrArray *atlas_collection_entries        (AtlasCollection *collection);
char      *atlas_collection_export_title   (AtlasCollection *collection);
const char*atlas_collection_vanished_text  (void);
char      *atlas_collection_context_text   (const char      *context);

typedef gboolean (*AtlasCollectionWriter) (AtlasCollection *, GOutputStream *, GCancellable *, GError **);

gboolean   atlas_collection_markdown_write (AtlasCollection *, GOutputStream *, GCancellable *, GError **);
gboolean   atlas_collection_html_write     (AtlasCollection *, GOutputStream *, GCancellable *, GError **);
gboolean   atlas_collection_odt_write      (AtlasCollection *, GOutputStream *, GCancellable *, GError **);
gboolean   atlas_collection_csl_write      (AtlasCollection *, GOutputStream *, GCancellable *, GError **);

G_END_DECLS
