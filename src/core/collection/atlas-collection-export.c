/* atlas-collection-export.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-citations.h"
#include "atlas-collection-export-private.h"
#include "atlas-document.h"
#include "atlas-excerpt.h"
#include "atlas-export.h"
#include "atlas-text.h"

/* A collection as a document a paper can start from — each quotation,
 * its citation, the reader's note — in Markdown, HTML and ODT
 * (atlas-collection-text.c, atlas-collection-odt.c), and its sources as
 * CSL-JSON for a reference manager. The formats share what they say of a
 * pin (atlas_collection_entries()); files are written atomically. */

static const struct
{
  const char *name;
  const char *extension;
  const char *mime_type;
  AtlasCollectionWriter write;
} formats[] = {
  [ATLAS_COLLECTION_EXPORT_MARKDOWN] = { "markdown", "md", "text/markdown", atlas_collection_markdown_write },
  [ATLAS_COLLECTION_EXPORT_HTML] = { "html", "html", "text/html", atlas_collection_html_write },
  [ATLAS_COLLECTION_EXPORT_ODT] = { "odt", "odt", "application/vnd.oasis.opendocument.text", atlas_collection_odt_write },
  [ATLAS_COLLECTION_EXPORT_CSL_JSON] = { "csl-json", "json", ATLAS_CSL_JSON_MIME_TYPE, atlas_collection_csl_write },
};

G_STATIC_ASSERT (G_N_ELEMENTS (formats) == ATLAS_N_COLLECTION_EXPORT_FORMATS);

gboolean
atlas_collection_export_format_from_name (const char                  *name,
                                          AtlasCollectionExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (formats[i].name, name) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
atlas_collection_export_format_to_name (AtlasCollectionExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_COLLECTION_EXPORT_FORMATS, NULL);
  return formats[format].name;
}

const char *
atlas_collection_export_extension (AtlasCollectionExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_COLLECTION_EXPORT_FORMATS, NULL);
  return formats[format].extension;
}

const char *
atlas_collection_export_mime_type (AtlasCollectionExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_COLLECTION_EXPORT_FORMATS, NULL);
  return formats[format].mime_type;
}

static void
entry_free (gpointer data)
{
  AtlasCollectionEntry *entry = data;

  g_free (entry->citation);
  g_free (entry);
}

/**
 * atlas_collection_entries:
 *
 * Returns: (transfer full) (element-type AtlasCollectionEntry): what each
 *   pin says, in the collection's order; the entries point into the pins,
 *   which the collection keeps
 */
GPtrArray *
atlas_collection_entries (AtlasCollection *collection)
{
  GListModel *model = G_LIST_MODEL (collection);
  GPtrArray *entries = g_ptr_array_new_with_free_func (entry_free);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasPin) pin = g_list_model_get_item (model, i);
      AtlasCollectionEntry *entry = g_new0 (AtlasCollectionEntry, 1);

      entry->quote = atlas_pin_get_text (pin);
      entry->citation = atlas_pin_dup_citation (pin);
      entry->context = atlas_pin_get_context (pin);
      entry->note = atlas_pin_get_note (pin);
      entry->vanished = atlas_pin_get_vanished (pin);
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

/**
 * atlas_collection_export_title:
 *
 * The heading of an exported collection: “Collection: TITLE”.
 */
char *
atlas_collection_export_title (AtlasCollection *collection)
{
  const char *title = atlas_collection_get_title (collection);

  if (title == NULL)
    return g_strdup (_("Collection"));
  /* Translators: the heading of an exported collection; %s is the dataset's title */
  return g_strdup_printf (_("Collection: %s"), title);
}

/* What marks a pin whose excerpt the dataset no longer has */
const char *
atlas_collection_vanished_text (void)
{
  return _("This excerpt is no longer in the dataset; the quotation and its source are as they were when it was pinned.");
}

/* “Pinned from: CONTEXT” */
char *
atlas_collection_context_text (const char *context)
{
  /* Translators: what an excerpt was pinned from, such as a cell of the comparison */
  return g_strdup_printf (_("Pinned from: %s"), context);
}

/* {{{ CSL-JSON */

/**
 * atlas_collection_csl_write:
 *
 * The documents behind the collection's pins, each once, in the order they
 * are first pinned. Pins whose excerpt vanished have no document to cite
 * and are left out of this format only.
 */
gboolean
atlas_collection_csl_write (AtlasCollection  *collection,
                            GOutputStream    *stream,
                            GCancellable     *cancellable,
                            GError          **error)
{
  GListModel *model = G_LIST_MODEL (collection);
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasPin) pin = g_list_model_get_item (model, i);
      AtlasExcerpt *excerpt = atlas_pin_get_excerpt (pin);
      AtlasDocument *document = excerpt ? atlas_excerpt_get_document (excerpt) : NULL;

      if (document != NULL && !g_ptr_array_find (documents, document, NULL))
        g_ptr_array_add (documents, document);
    }
  return atlas_citations_write (ATLAS_CITATION_CSL_JSON, documents, stream, cancellable, error);
}

/* }}} */

gboolean
atlas_collection_export_write (AtlasCollectionExportFormat   format,
                               AtlasCollection              *collection,
                               GOutputStream                *stream,
                               GCancellable                 *cancellable,
                               GError                      **error)
{
  g_return_val_if_fail (format < ATLAS_N_COLLECTION_EXPORT_FORMATS, FALSE);
  g_return_val_if_fail (ATLAS_IS_COLLECTION (collection), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  return formats[format].write (collection, stream, cancellable, error);
}

typedef struct
{
  AtlasCollectionExportFormat format;
  AtlasCollection *collection;
} Export;

static gboolean
write_cb (GOutputStream  *stream,
          gpointer        user_data,
          GCancellable   *cancellable,
          GError        **error)
{
  Export *export = user_data;

  return atlas_collection_export_write (export->format, export->collection, stream, cancellable, error);
}

/**
 * atlas_collection_export_to_file:
 *
 * Writes @collection to @file in @format, atomically: a failed export
 * leaves @file as it was.
 */
gboolean
atlas_collection_export_to_file (AtlasCollectionExportFormat   format,
                                 AtlasCollection              *collection,
                                 GFile                        *file,
                                 GCancellable                 *cancellable,
                                 GError                      **error)
{
  Export export = { format, collection };

  g_return_val_if_fail (format < ATLAS_N_COLLECTION_EXPORT_FORMATS, FALSE);
  g_return_val_if_fail (ATLAS_IS_COLLECTION (collection), FALSE);

  return atlas_export_stream_to_file (file, write_cb, &export, cancellable, error);
}
