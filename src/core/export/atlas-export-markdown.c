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
  g_string_append (out, "\n\n|");
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
  return atlas_export_flush (out, 0, stream, cancellable, error);
}
