/* atlas-export-html.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A standalone HTML5 page that prints well: the title, the date it was
 * made, the table with a header row that repeats on every printed page,
 * and the source note. No script and nothing fetched from elsewhere, so the
 * page opens the same way offline, years later.
 *
 * Every value is escaped, in text and in attributes alike, so a name such
 * as “<script>” stays text. A status shows its glyph and its word; the
 * colour of its class only repeats what they say. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-export-private.h"
#include "atlas-palette.h"

/* Wider tables than this print on landscape pages. */
#define LANDSCAPE_COLUMNS 8

static const char style[] =
  "body{font-family:\"Noto Sans\",\"Noto Sans CJK JP\",\"NanumGothic\",sans-serif;"
  "font-size:10pt;line-height:1.35;color:#1e1e1e;background:#fff;margin:2em}\n"
  "h1{font-size:1.5em;margin:0 0 .25em}\n"
  ".dated{color:#5e5c64;margin:0 0 1em}\n"
  ".note{color:#5e5c64;margin:1em 0 0;max-width:60em}\n"
  "table{border-collapse:collapse}\n"
  "th,td{border:1px solid #c0bfbc;padding:.25em .5em;text-align:start;vertical-align:top;"
  "white-space:pre-line}\n"
  "thead th{background:#ebebeb;position:sticky;top:0}\n"
  "td.number{text-align:end;font-variant-numeric:tabular-nums}\n"
  "td.status{white-space:nowrap}\n"
  ".glyph{display:inline-block;width:1.1em;text-align:center}\n"
  ".status-unknown{color:#5e5c64}\n"
  ".legend{list-style:none;padding:0;margin:0 0 1em}\n"
  ".legend li{margin:.15em 0}\n"
  ".swatch{display:inline-block;width:1.6em;text-align:center;border:1px solid #c0bfbc;margin-inline-end:.35em}\n"
  "h2{font-size:1.15em;margin:1.5em 0 .5em}\n"
  ".about{color:#5e5c64;font-size:.85em;margin:2em 0 0;max-width:60em;overflow-wrap:anywhere}\n"
  ".about p{margin:.2em 0}\n"
  ".sources{max-width:60em;padding-inline-start:2.5em}\n"
  ".sources li{margin:.25em 0;overflow-wrap:anywhere}\n"
  "@page{margin:12mm}\n"
  "@media print{body{margin:0;font-size:8pt}thead{display:table-header-group}"
  "thead th{position:static}tr{break-inside:avoid}"
  "*{print-color-adjust:exact;-webkit-print-color-adjust:exact}}\n";

/* The window's tints, from the core's palette */
static void
append_status_style (GString *out)
{
  static const char * const names[] = {
    [ATLAS_AREA_STATUS_UNKNOWN] = "unknown",
    [ATLAS_AREA_STATUS_LISTED] = "listed",
    [ATLAS_AREA_STATUS_REPORTED] = "reported",
    [ATLAS_AREA_STATUS_NOT_LISTED] = "not-listed",
  };

  for (guint status = 0; status < G_N_ELEMENTS (names); status++)
    {
      g_autofree char *hex = atlas_palette_to_hex (atlas_palette_status_fill (status, FALSE));

      g_string_append_printf (out, ".status-%s{background:%s}\n", names[status], hex);
    }
}

/* Escapes for text and for quoted attribute values alike. A carriage
 * return is kept as a reference since HTML parsers turn a raw one into a
 * line feed. */
void
atlas_export_append_html (GString    *out,
                          const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default: g_string_append_c (out, *p);
        }
    }
}

static void
append_cell (GString    *out,
             AtlasTable *table,
             guint       row,
             guint       column)
{
  const char *text = atlas_table_get_text (table, row, column);

  switch (atlas_table_get_kind (table, row, column))
    {
    case ATLAS_CELL_STATUS:
      {
        AtlasAreaStatus status = atlas_table_get_status (table, row, column);

        /* The class names are our own codes, never dataset text */
        g_string_append_printf (out, "<td class=\"status status-%s\"><span class=\"glyph\" aria-hidden=\"true\">%s</span> ",
                                atlas_area_status_to_code (status), atlas_area_status_to_glyph (status));
        atlas_export_append_html (out, text);
        g_string_append (out, "</td>");
      }
      break;

    case ATLAS_CELL_NUMBER:
      g_string_append (out, "<td class=\"number\">");
      atlas_export_append_html (out, text);
      g_string_append (out, "</td>");
      break;

    case ATLAS_CELL_TEXT:
    default:
      g_string_append (out, *text ? "<td dir=\"auto\">" : "<td>");
      atlas_export_append_html (out, text);
      g_string_append (out, "</td>");
      break;
    }
}

/* What the marks in the cells mean, under the title */
static void
append_legend (GString *out)
{
  g_string_append (out, "<ul class=\"legend\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (atlas_export_legend_order); i++)
    {
      AtlasAreaStatus status = atlas_export_legend_order[i];

      g_string_append_printf (out, "<li><span class=\"swatch status-%s\" aria-hidden=\"true\">%s</span><strong>",
                              atlas_area_status_to_code (status), atlas_area_status_to_glyph (status));
      atlas_export_append_html (out, atlas_area_status_to_label (status));
      g_string_append (out, "</strong>: ");
      atlas_export_append_html (out, atlas_area_status_describe (status));
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

/* The sources that the cells' [1], [2]… cite, numbered as cited. An
 * address is a link only when it is a web address: a link is followed
 * when the reader chooses, never fetched by the page. */
static void
append_sources (GString    *out,
                AtlasTable *table)
{
  guint n = atlas_table_get_n_sources (table);

  if (n == 0)
    return;
  g_string_append (out, "<h2 id=\"sources\">");
  /* Translators: the heading of the list of sources after an exported table */
  atlas_export_append_html (out, _("Sources"));
  g_string_append (out, "</h2>\n<ol class=\"sources\">\n");
  for (guint i = 1; i <= n; i++)
    {
      const char *reference = atlas_table_get_source_reference (table, i);
      const char *url = atlas_table_get_source_url (table, i);
      const char *at = url != NULL ? strstr (reference, url) : NULL;

      g_string_append_printf (out, "<li id=\"source-%u\" value=\"%u\" dir=\"auto\">", i, i);
      if (at != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
        {
          g_autofree char *before = g_strndup (reference, at - reference);

          atlas_export_append_html (out, before);
          g_string_append (out, "<a href=\"");
          atlas_export_append_html (out, url);
          g_string_append (out, "\">");
          atlas_export_append_html (out, url);
          g_string_append (out, "</a>");
          atlas_export_append_html (out, at + strlen (url));
        }
      else
        atlas_export_append_html (out, reference);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n");
}

/* What the page is: the dataset and its file, when and with what it was
 * exported, the selection */
static void
append_about (GString    *out,
              AtlasTable *table,
              GDateTime  *now)
{
  g_autoptr(GPtrArray) lines = atlas_export_about_lines (table, now);

  g_string_append (out, "<footer class=\"about\">\n");
  for (guint i = 0; i < lines->len; i++)
    {
      g_string_append (out, "<p>");
      atlas_export_append_html (out, g_ptr_array_index (lines, i));
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</footer>\n");
}

static void
append_head (GString    *out,
             AtlasTable *table,
             GDateTime  *now)
{
  g_autofree char *dated = atlas_export_dated_line (now);
  g_autofree char *iso = g_date_time_format (now, "%Y-%m-%d");

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  /* Translators: the language tag (BCP 47) of your translation, such as
   * “ko” or “pt-BR”, written into exported HTML pages */
  atlas_export_append_html (out, C_("html lang", "en"));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"color-scheme\" content=\"light\">\n"
                        "<meta name=\"generator\" content=\"Partnership Atlas " PACKAGE_VERSION "\">\n");
  if (atlas_table_get_release (table) != NULL)
    {
      g_string_append (out, "<meta name=\"dataset-release\" content=\"");
      atlas_export_append_html (out, atlas_table_get_release (table));
      g_string_append (out, "\">\n");
    }
  if (atlas_table_get_dataset_sha256 (table) != NULL)
    {
      g_string_append (out, "<meta name=\"dataset-sha256\" content=\"");
      atlas_export_append_html (out, atlas_table_get_dataset_sha256 (table));
      g_string_append (out, "\">\n");
    }
  if (atlas_table_get_release_date (table) != NULL)
    {
      g_string_append (out, "<meta name=\"dataset-release-date\" content=\"");
      atlas_export_append_html (out, atlas_table_get_release_date (table));
      g_string_append (out, "\">\n");
    }
  g_string_append (out, "<title>");
  atlas_export_append_html (out, atlas_table_get_title (table));
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, style);
  append_status_style (out);
  if (atlas_table_get_n_columns (table) > LANDSCAPE_COLUMNS)
    g_string_append (out, "@page{size:landscape}\n");
  g_string_append (out, "</style>\n</head>\n<body>\n<h1 id=\"title\">");
  atlas_export_append_html (out, atlas_table_get_title (table));
  g_string_append_printf (out, "</h1>\n<p class=\"dated\"><time datetime=\"%s\">", iso);
  atlas_export_append_html (out, dated);
  g_string_append (out, "</time></p>\n");
  if (atlas_table_has_statuses (table))
    append_legend (out);
}

gboolean
atlas_export_html_write (AtlasTable     *table,
                         AtlasTable     *evidence,
                         GOutputStream  *stream,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(GString) out = g_string_sized_new (65536);
  g_autoptr(GDateTime) now = atlas_export_now ();
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_rows = atlas_table_get_n_rows (table);

  append_head (out, table, now);

  g_string_append (out, "<table aria-labelledby=\"title\">\n<thead>\n<tr>");
  for (guint c = 0; c < n_columns; c++)
    {
      g_string_append (out, "<th scope=\"col\">");
      atlas_export_append_html (out, atlas_table_get_column_title (table, c));
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr>\n</thead>\n<tbody>\n");

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (out, "<tr>");
      for (guint c = 0; c < n_columns; c++)
        append_cell (out, table, r, c);
      g_string_append (out, "</tr>\n");
      if (!atlas_export_flush (out, 65536, stream, cancellable, error))
        return FALSE;
    }
  g_string_append (out, "</tbody>\n</table>\n");

  if (atlas_table_get_note (table) != NULL)
    {
      g_string_append (out, "<p class=\"note\">");
      atlas_export_append_html (out, atlas_table_get_note (table));
      g_string_append (out, "</p>\n");
    }
  append_sources (out, table);
  append_about (out, table, now);
  g_string_append (out, "</body>\n</html>\n");
  return atlas_export_flush (out, 0, stream, cancellable, error);
}
