/* atlas-collection-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-collection-export-private.h"
#include "atlas-export-private.h"

/* A collection as Markdown and as a standalone HTML page: a heading, the
 * date, then per pin a numbered heading, the quotation as a block quote,
 * its citation, what it was pinned from and the reader's note. */

/* {{{ Markdown */

/* Escapes what Markdown would read as markup — as entities the
 * characters of HTML, with a backslash the others that every Markdown
 * reads so — and keeps a line break in the text inside its block (@prefix
 * starts the new line) */
static void
append_markdown (GString    *out,
                 const char *text,
                 const char *prefix)
{
  for (const char *p = text; *p; p++)
    {
      if (*p == '\r')
        continue;
      if (*p == '\n')
        {
          g_string_append_c (out, '\n');
          g_string_append (out, prefix);
          continue;
        }
      if (*p == '&')
        g_string_append (out, "&amp;");
      else if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else
        {
          if (strchr ("\\`*_[]#", *p) != NULL)
            g_string_append_c (out, '\\');
          g_string_append_c (out, *p);
        }
    }
}

gboolean
atlas_collection_markdown_write (AtlasCollection  *collection,
                                 GOutputStream    *stream,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  g_autoptr(GPtrArray) entries = atlas_collection_entries (collection);
  g_autoptr(GString) out = g_string_new ("# ");
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autofree char *title = atlas_collection_export_title (collection);
  g_autofree char *dated = atlas_export_dated_line (now);

  append_markdown (out, title, "");
  g_string_append (out, "\n\n");
  append_markdown (out, dated, "");
  g_string_append (out, "\n");
  if (entries->len == 0)
    g_string_append_printf (out, "\n%s\n", _("No excerpt is pinned."));
  for (guint i = 0; i < entries->len; i++)
    {
      AtlasCollectionEntry *entry = g_ptr_array_index (entries, i);
      /* Translators: the heading of the n-th excerpt of an exported collection */
      g_autofree char *heading = g_strdup_printf (_("Excerpt %u"), i + 1);

      g_string_append_printf (out, "\n## %s\n\n> ", heading);
      append_markdown (out, entry->quote ? entry->quote : "", "> ");
      g_string_append (out, "\n\n");
      append_markdown (out, entry->citation, "");
      g_string_append (out, "\n");
      if (entry->vanished)
        {
          g_string_append (out, "\n**");
          append_markdown (out, atlas_collection_vanished_text (), "");
          g_string_append (out, "**\n");
        }
      if (entry->context != NULL)
        {
          g_autofree char *context = atlas_collection_context_text (entry->context);

          g_string_append (out, "\n*");
          append_markdown (out, context, "");
          g_string_append (out, "*\n");
        }
      if (entry->note != NULL)
        {
          /* Translators: before the reader's own note on a pinned excerpt */
          g_string_append_printf (out, "\n**%s** ", _("Note:"));
          append_markdown (out, entry->note, "");
          g_string_append (out, "\n");
        }
      if (!atlas_export_flush (out, 64 * 1024, stream, cancellable, error))
        return FALSE;
    }
  return atlas_export_flush (out, 0, stream, cancellable, error);
}

/* }}} */
/* {{{ HTML */

static const char style[] =
  "body{font-family:serif;max-width:42em;margin:2em auto;padding:0 1em;line-height:1.5}\n"
  "blockquote{margin:0 0 .5em 0;padding-left:1em;border-left:3px solid #99c1f1}\n"
  ".citation{font-size:.9em;color:#3d3846}\n"
  ".context{font-size:.9em;font-style:italic;color:#5e5c64}\n"
  ".note{background:#f6f5f4;padding:.5em}\n"
  ".vanished{color:#a51d2d;font-weight:bold}\n";

static void
append_html (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

/* Text with its line breaks kept as <br> */
static void
append_html_lines (GString    *out,
                   const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, "<br>\n");
      append_html (out, lines[i]);
    }
}

static void
append_paragraph (GString    *out,
                  const char *class,
                  const char *label,
                  const char *text)
{
  g_string_append_printf (out, "<p class=\"%s\">", class);
  if (label != NULL)
    {
      g_string_append (out, "<strong>");
      append_html (out, label);
      g_string_append (out, "</strong> ");
    }
  append_html_lines (out, text);
  g_string_append (out, "</p>\n");
}

gboolean
atlas_collection_html_write (AtlasCollection  *collection,
                             GOutputStream    *stream,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(GPtrArray) entries = atlas_collection_entries (collection);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autofree char *title = atlas_collection_export_title (collection);
  g_autofree char *dated = atlas_export_dated_line (now);
  const char * const *languages = g_get_language_names ();

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_html (out, languages[0] != NULL && g_strcmp0 (languages[0], "C") != 0 ? languages[0] : "en");
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  append_html (out, title);
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>", style);
  append_html (out, title);
  g_string_append (out, "</h1>\n<p>");
  append_html (out, dated);
  g_string_append (out, "</p>\n");
  if (entries->len == 0)
    append_paragraph (out, "empty", NULL, _("No excerpt is pinned."));
  for (guint i = 0; i < entries->len; i++)
    {
      AtlasCollectionEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *heading = g_strdup_printf (_("Excerpt %u"), i + 1);

      g_string_append_printf (out, "<section class=\"pin%s\">\n<h2>", entry->vanished ? " vanished-pin" : "");
      append_html (out, heading);
      g_string_append (out, "</h2>\n<blockquote>");
      append_html_lines (out, entry->quote ? entry->quote : "");
      g_string_append (out, "</blockquote>\n");
      append_paragraph (out, "citation", NULL, entry->citation);
      if (entry->vanished)
        append_paragraph (out, "vanished", NULL, atlas_collection_vanished_text ());
      if (entry->context != NULL)
        {
          g_autofree char *context = atlas_collection_context_text (entry->context);

          append_paragraph (out, "context", NULL, context);
        }
      if (entry->note != NULL)
        append_paragraph (out, "note", _("Note:"), entry->note);
      g_string_append (out, "</section>\n");
      if (!atlas_export_flush (out, 64 * 1024, stream, cancellable, error))
        return FALSE;
    }
  g_string_append (out, "</body>\n</html>\n");
  return atlas_export_flush (out, 0, stream, cancellable, error);
}

/* }}} */
