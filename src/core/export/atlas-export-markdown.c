/* atlas-export-markdown.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A GitHub-flavoured Markdown table, with the title as a heading and the
 * source note under it. Punctuation that Markdown or inline HTML could read
 * as syntax inside a table cell is backslash-escaped (CommonMark allows that
 * for any ASCII punctuation), so a value such as “<script>” or “[a](b)”
 * stays text; line breaks become spaces since a table row is one line. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-export-private.h"

void
atlas_export_append_markdown (GString    *out,
                              const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (*p == '\n' || *p == '\r' || *p == '\t')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr ("\\`*_[]<>|&~!#", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

gboolean
atlas_export_markdown_write (AtlasTable     *table,
                             AtlasTable     *evidence,
                             GOutputStream  *stream,
                             GCancellable   *cancellable,
                             GError        **error)
{
  g_autoptr(GString) out = g_string_sized_new (65536);
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_rows = atlas_table_get_n_rows (table);

  g_string_append (out, "# ");
  atlas_export_append_markdown (out, atlas_table_get_title (table));
  g_string_append (out, "\n\n");

  /* What the marks in the cells mean, before the table */
  if (atlas_table_has_statuses (table))
    {
      for (guint i = 0; i < G_N_ELEMENTS (atlas_export_legend_order); i++)
        {
          AtlasAreaStatus shown = atlas_export_legend_order[i];

          g_string_append (out, "- ");
          atlas_export_append_markdown (out, atlas_area_status_to_glyph (shown));
          g_string_append (out, " **");
          atlas_export_append_markdown (out, atlas_area_status_to_label (shown));
          g_string_append (out, "**: ");
          atlas_export_append_markdown (out, atlas_area_status_describe (shown));
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }

  g_string_append_c (out, '|');
  for (guint c = 0; c < n_columns; c++)
    {
      g_string_append_c (out, ' ');
      atlas_export_append_markdown (out, atlas_table_get_column_title (table, c));
      g_string_append (out, " |");
    }
  g_string_append (out, "\n|");
  for (guint c = 0; c < n_columns; c++)
    g_string_append (out, " --- |");
  g_string_append_c (out, '\n');

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append_c (out, '|');
      for (guint c = 0; c < n_columns; c++)
        {
          g_string_append_c (out, ' ');
          atlas_export_append_markdown (out, atlas_table_get_text (table, r, c));
          g_string_append (out, " |");
        }
      g_string_append_c (out, '\n');
      if (!atlas_export_flush (out, 65536, stream, cancellable, error))
        return FALSE;
    }

  if (atlas_table_get_note (table) != NULL)
    {
      g_string_append_c (out, '\n');
      atlas_export_append_markdown (out, atlas_table_get_note (table));
      g_string_append_c (out, '\n');
    }

  /* The sources that the cells' [1], [2]… cite, numbered as cited */
  if (atlas_table_get_n_sources (table) > 0)
    {
      g_string_append (out, "\n## ");
      /* Translators: the heading of the list of sources after an exported table */
      atlas_export_append_markdown (out, _("Sources"));
      g_string_append (out, "\n\n");
      for (guint i = 1; i <= atlas_table_get_n_sources (table); i++)
        {
          const char *reference = atlas_table_get_source_reference (table, i);
          const char *url = atlas_table_get_source_url (table, i);
          const char *at = url != NULL ? strstr (reference, url) : NULL;

          g_string_append_printf (out, "%u. ", i);
          /* A web address as an autolink, where no escape is needed */
          if (at != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")) &&
              strpbrk (url, " <>\n\r\t") == NULL)
            {
              g_autofree char *before = g_strndup (reference, at - reference);

              atlas_export_append_markdown (out, before);
              g_string_append_printf (out, "<%s>", url);
              atlas_export_append_markdown (out, at + strlen (url));
            }
          else
            atlas_export_append_markdown (out, reference);
          g_string_append_c (out, '\n');
        }
    }
  /* What the file is: the dataset and its file, when and with what */
  {
    g_autoptr(GDateTime) now = atlas_export_now ();
    g_autoptr(GPtrArray) lines = atlas_export_about_lines (table, now);

    g_string_append (out, "\n---\n\n");
    for (guint i = 0; i < lines->len; i++)
      {
        atlas_export_append_markdown (out, g_ptr_array_index (lines, i));
        g_string_append (out, i + 1 < lines->len ? "  \n" : "\n");
      }
  }
  return atlas_export_flush (out, 0, stream, cancellable, error);
}
