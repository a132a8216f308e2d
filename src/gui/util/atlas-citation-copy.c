/* atlas-citation-copy.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* “Copy Citation”: a reference on the clipboard twice over, as plain text
 * for a paper (the excerpt's quotation and locator, then the reference of
 * its document) and as CSL-JSON for a reference manager that takes a
 * paste (Zotero, for one). The window's toasts say it was copied. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-citations.h"
#include "atlas-citation-copy.h"
#include "atlas-document.h"
#include "atlas-excerpt.h"

/**
 * atlas_citation_content_new:
 * @text: the citation for people
 * @document: the document it cites
 *
 * Returns: (transfer full): @text as text/plain;charset=utf-8 (and as a
 *   string, for GTK's own readers) with @document as CSL-JSON beside it
 */
GdkContentProvider *
atlas_citation_content_new (const char    *text,
                            AtlasDocument *document)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GBytes) plain = g_bytes_new (text, strlen (text));
  g_autoptr(GBytes) csl = NULL;
  GdkContentProvider *providers[3];
  char *json;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (document), NULL);

  g_ptr_array_add (documents, document);
  json = atlas_citations_to_string (ATLAS_CITATION_CSL_JSON, documents);
  csl = g_bytes_new_take (json, strlen (json));
  providers[0] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", plain);
  providers[2] = gdk_content_provider_new_for_bytes (ATLAS_CSL_JSON_MIME_TYPE, csl);
  return gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
}

static void
copy (GtkWidget     *widget,
      const char    *text,
      AtlasDocument *document)
{
  g_autoptr(GdkContentProvider) content = atlas_citation_content_new (text, document);
  GtkWidget *toasts = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), content);
  if (toasts != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (toasts), adw_toast_new (_("Citation copied")));
}

/**
 * atlas_citation_copy_excerpt:
 * @widget: the widget that asks, for its clipboard and its window's toasts
 *
 * Copies @excerpt's quotation, locator and reference, and its document as
 * CSL-JSON.
 */
void
atlas_citation_copy_excerpt (GtkWidget    *widget,
                             AtlasExcerpt *excerpt)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ATLAS_IS_EXCERPT (excerpt));

  text = atlas_citation_excerpt_reference (excerpt);
  copy (widget, text, atlas_excerpt_get_document (excerpt));
}

/**
 * atlas_citation_copy_document:
 *
 * Copies @document's reference, and the document as CSL-JSON.
 */
void
atlas_citation_copy_document (GtkWidget     *widget,
                              AtlasDocument *document)
{
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (ATLAS_IS_DOCUMENT (document));

  text = atlas_citation_reference (document);
  copy (widget, text, document);
}
