/* atlas-collection-odt.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gsf/gsf-outfile-zip.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>

#include "atlas-collection-export-private.h"
#include "atlas-export-private.h"

/* A collection as an OpenDocument text (ODF 1.2) that a word processor
 * opens as the start of a paper: the heading, then per pin a heading, the
 * quotation in the “Quotations” style, the citation, what it was pinned
 * from and the reader's note. libgsf builds the zip container: the
 * “mimetype” member first and stored uncompressed, as ODF requires, then
 * the manifest, styles, metadata and content. */

/* libgsf 1.14 declares no cleanup functions of its own */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

#define ODF_MIME_TYPE "application/vnd.oasis.opendocument.text"

#define NS_OFFICE "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
#define NS_STYLE  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
#define NS_TEXT   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
#define NS_FO     "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
#define NS_META   "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
#define NS_DC     "xmlns:dc=\"http://purl.org/dc/elements/1.1/\""

static const char manifest[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\n"
  " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"" ODF_MIME_TYPE "\"/>\n"
  " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
  " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
  " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
  "</manifest:manifest>\n";

static const char styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document-styles " NS_OFFICE " " NS_STYLE " " NS_TEXT " " NS_FO " office:version=\"1.2\">\n"
  "<office:styles>\n"
  " <style:style style:name=\"Standard\" style:family=\"paragraph\">\n"
  "  <style:paragraph-properties fo:margin-bottom=\"0.2cm\"/>\n"
  "  <style:text-properties fo:font-size=\"11pt\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:default-outline-level=\"1\">\n"
  "  <style:paragraph-properties fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.3cm\"/>\n"
  "  <style:text-properties fo:font-size=\"18pt\" fo:font-weight=\"bold\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:default-outline-level=\"2\">\n"
  "  <style:paragraph-properties fo:margin-top=\"0.4cm\" fo:margin-bottom=\"0.2cm\" fo:keep-with-next=\"always\"/>\n"
  "  <style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Quotations\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\n"
  "  <style:paragraph-properties fo:margin-left=\"1cm\" fo:margin-right=\"1cm\" fo:keep-with-next=\"always\"/>\n"
  "  <style:text-properties fo:font-style=\"italic\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Citation\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\n"
  "  <style:paragraph-properties fo:margin-left=\"1cm\"/>\n"
  "  <style:text-properties fo:font-size=\"9.5pt\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Context\" style:family=\"paragraph\" style:parent-style-name=\"Citation\">\n"
  "  <style:text-properties fo:font-style=\"italic\" fo:color=\"#5e5c64\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Vanished\" style:family=\"paragraph\" style:parent-style-name=\"Citation\">\n"
  "  <style:text-properties fo:font-weight=\"bold\" fo:color=\"#a51d2d\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Note\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">\n"
  "  <style:paragraph-properties fo:background-color=\"#f6f5f4\" fo:padding=\"0.15cm\"/>\n"
  " </style:style>\n"
  " <style:style style:name=\"Strong\" style:family=\"text\">\n"
  "  <style:text-properties fo:font-weight=\"bold\"/>\n"
  " </style:style>\n"
  "</office:styles>\n"
  "</office:document-styles>\n";

/* Escapes @text for XML: the five markup characters, line breaks and tabs
 * as ODF elements, and the control characters XML has no place for
 * dropped */
static void
append_odf (GString    *out,
            const char *text)
{
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      case '\n': g_string_append (out, "<text:line-break/>"); break;
      case '\t': g_string_append (out, "<text:tab/>"); break;
      default:
        if ((guchar) *p >= 0x20)
          g_string_append_c (out, *p);
      }
}

static void
append_paragraph (GString    *out,
                  const char *style,
                  const char *label,
                  const char *text)
{
  g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
  if (label != NULL)
    {
      g_string_append (out, "<text:span text:style-name=\"Strong\">");
      append_odf (out, label);
      g_string_append (out, "</text:span> ");
    }
  append_odf (out, text);
  g_string_append (out, "</text:p>\n");
}

static void
append_heading (GString    *out,
                guint       level,
                const char *text)
{
  g_string_append_printf (out, "<text:h text:style-name=\"Heading_20_%u\" text:outline-level=\"%u\">", level, level);
  append_odf (out, text);
  g_string_append (out, "</text:h>\n");
}

static char *
build_content (AtlasCollection *collection)
{
  g_autoptr(GPtrArray) entries = atlas_collection_entries (collection);
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autofree char *title = atlas_collection_export_title (collection);
  g_autofree char *dated = atlas_export_dated_line (now);
  GString *out = g_string_new (NULL);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-content " NS_OFFICE " " NS_STYLE " " NS_TEXT " " NS_FO " office:version=\"1.2\">\n"
                   "<office:body>\n<office:text>\n");
  append_heading (out, 1, title);
  append_paragraph (out, "Standard", NULL, dated);
  if (entries->len == 0)
    append_paragraph (out, "Standard", NULL, _("No excerpt is pinned."));
  for (guint i = 0; i < entries->len; i++)
    {
      AtlasCollectionEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *heading = g_strdup_printf (_("Excerpt %u"), i + 1);

      append_heading (out, 2, heading);
      append_paragraph (out, "Quotations", NULL, entry->quote ? entry->quote : "");
      append_paragraph (out, "Citation", NULL, entry->citation);
      if (entry->vanished)
        append_paragraph (out, "Vanished", NULL, atlas_collection_vanished_text ());
      if (entry->context != NULL)
        {
          g_autofree char *context = atlas_collection_context_text (entry->context);

          append_paragraph (out, "Context", NULL, context);
        }
      if (entry->note != NULL)
        append_paragraph (out, "Note", _("Note:"), entry->note);
    }
  g_string_append (out, "</office:text>\n</office:body>\n</office:document-content>\n");
  return g_string_free (out, FALSE);
}

static char *
build_meta (AtlasCollection *collection)
{
  g_autofree char *title = atlas_collection_export_title (collection);
  GString *out = g_string_new (NULL);

  g_string_append (out,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<office:document-meta " NS_OFFICE " " NS_META " " NS_DC " office:version=\"1.2\">\n"
                   "<office:meta>\n<meta:generator>Partnership Atlas/" PACKAGE_VERSION "</meta:generator>\n<dc:title>");
  append_odf (out, title);
  g_string_append (out, "</dc:title>\n</office:meta>\n</office:document-meta>\n");
  return g_string_free (out, FALSE);
}

static gboolean
add_member (GsfOutfile  *zip,
            const char  *name,
            const char  *text,
            gboolean     stored)
{
  g_autoptr(GsfOutput) member = NULL;
  gboolean ok;

  if (stored)
    member = gsf_outfile_new_child_full (zip, name, FALSE, "compression-level", GSF_ZIP_STORED, NULL);
  else
    member = gsf_outfile_new_child (zip, name, FALSE);
  if (member == NULL)
    return FALSE;
  ok = gsf_output_write (member, strlen (text), (const guint8 *) text);
  return gsf_output_close (member) && ok;
}

gboolean
atlas_collection_odt_write (AtlasCollection  *collection,
                            GOutputStream    *stream,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GsfOutput) sink = gsf_output_memory_new ();
  g_autoptr(GsfOutfile) zip = NULL;
  g_autoptr(GsfOutfile) meta_inf = NULL;
  g_autofree char *content = build_content (collection);
  g_autofree char *meta = build_meta (collection);
  gboolean ok;

  /* As gsf_outfile_zip_new () does, but without Zip64 extra fields, which
   * would keep some ODF readers from the mimetype */
  zip = g_object_new (GSF_OUTFILE_ZIP_TYPE, "sink", sink, "zip64", FALSE, NULL);
  if (gsf_output_error (GSF_OUTPUT (zip)) != NULL)
    {
      g_set_error (error, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_WRITE,
                   /* Translators: %s is the reason */
                   _("Could not make the document: %s"), gsf_output_error (GSF_OUTPUT (zip))->message);
      return FALSE;
    }

  ok = add_member (zip, "mimetype", ODF_MIME_TYPE, TRUE);
  meta_inf = GSF_OUTFILE (gsf_outfile_new_child (zip, "META-INF", TRUE));
  ok = ok && meta_inf != NULL && add_member (meta_inf, "manifest.xml", manifest, FALSE);
  ok = ok && gsf_output_close (GSF_OUTPUT (meta_inf));
  ok = ok && add_member (zip, "styles.xml", styles, FALSE);
  ok = ok && add_member (zip, "meta.xml", meta, FALSE);
  ok = ok && add_member (zip, "content.xml", content, FALSE);
  ok = gsf_output_close (GSF_OUTPUT (zip)) && ok;
  ok = gsf_output_close (sink) && ok;
  if (!ok)
    {
      const GError *gsf_error = gsf_output_error (sink) ?: gsf_output_error (GSF_OUTPUT (zip));

      g_set_error (error, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_WRITE,
                   _("Could not make the document: %s"), gsf_error ? gsf_error->message : "");
      return FALSE;
    }

  return g_output_stream_write_all (stream,
                                    gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)),
                                    gsf_output_size (sink), NULL, cancellable, error);
}
