/* atlas-export-csv.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* CSV (RFC 4180) and TSV.
 *
 * CSV: UTF-8, CRLF line ends, a header row, fields quoted when they hold a
 * comma, a quote, CR or LF. TSV (the IANA text/tab-separated-values type)
 * cannot quote, so tabs and line breaks inside a value become spaces.
 *
 * A spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a
 * formula (“=HYPERLINK(…)”), so such text cells get a leading apostrophe,
 * as OWASP recommends; numbers are written as they are.
 */

#include "config.h"

#include <string.h>

#include "atlas-export-private.h"

static void
append_csv_field (GString       *out,
                  const char    *text,
                  AtlasCellKind  kind)
{
  gboolean neutralise = kind != ATLAS_CELL_NUMBER && atlas_export_is_formula_like (text);

  if (strpbrk (text, ",\"\r\n") == NULL && !neutralise)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_tsv_field (GString       *out,
                  const char    *text,
                  AtlasCellKind  kind)
{
  if (kind != ATLAS_CELL_NUMBER && atlas_export_is_formula_like (text))
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    g_string_append_c (out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
}

typedef void (*AppendField) (GString *out, const char *text, AtlasCellKind kind);

static gboolean
write_separated (AtlasTable     *table,
                 char            separator,
                 const char     *line_end,
                 AppendField     append,
                 GOutputStream  *stream,
                 GCancellable   *cancellable,
                 GError        **error)
{
  g_autoptr(GString) out = g_string_sized_new (65536);
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_rows = atlas_table_get_n_rows (table);

  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, separator);
      append (out, atlas_table_get_column_title (table, c), ATLAS_CELL_TEXT);
    }
  g_string_append (out, line_end);

  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, separator);
          append (out, atlas_table_get_text (table, r, c), atlas_table_get_kind (table, r, c));
        }
      g_string_append (out, line_end);
      if (!atlas_export_flush (out, 65536, stream, cancellable, error))
        return FALSE;
    }
  return atlas_export_flush (out, 0, stream, cancellable, error);
}

gboolean
atlas_export_csv_write (AtlasTable     *table,
                        AtlasTable     *evidence,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  return write_separated (table, ',', "\r\n", append_csv_field, stream, cancellable, error);
}

gboolean
atlas_export_tsv_write (AtlasTable     *table,
                        AtlasTable     *evidence,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  return write_separated (table, '\t', "\n", append_tsv_field, stream, cancellable, error);
}
