/* atlas-export-json.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* JSON, for scripts:
 *
 *   { "format": "partnership-atlas-table", "version": 1, "table": "comparison",
 *     "title": "…", "note": "…",
 *     "columns": [ { "id": "area_id", "title": "…" }, … ],
 *     "rows": [ { "area_id": "cyber", "kor-itpp": "listed", … }, … ] }
 *
 * Keys are the stable column ids; numbers are numbers; an empty cell is
 * null. Written as a stream, row by row, so large tables need no tree. */

#include "config.h"

#include "atlas-export-private.h"

/**
 * atlas_export_append_json_string:
 *
 * Appends @text to @out as a JSON string, quoted and escaped.
 */
void
atlas_export_append_json_string (GString    *out,
                                 const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_string (GString    *out,
               const char *text)
{
  atlas_export_append_json_string (out, text);
}

static gboolean
write_table (AtlasTable     *table,
             GString        *out,
             GOutputStream  *stream,
             GCancellable   *cancellable,
             GError        **error)
{
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_rows = atlas_table_get_n_rows (table);

  g_string_append (out, "{\n  \"format\": \"partnership-atlas-table\",\n  \"version\": 1,\n  \"table\": ");
  append_string (out, atlas_table_get_name (table));
  g_string_append (out, ",\n  \"title\": ");
  append_string (out, atlas_table_get_title (table));
  if (atlas_table_get_note (table) != NULL)
    {
      g_string_append (out, ",\n  \"note\": ");
      append_string (out, atlas_table_get_note (table));
    }
  if (atlas_table_get_release (table) != NULL)
    {
      g_string_append (out, ",\n  \"dataset_release\": ");
      append_string (out, atlas_table_get_release (table));
    }
  if (atlas_table_get_release_date (table) != NULL)
    {
      g_string_append (out, ",\n  \"dataset_release_date\": ");
      append_string (out, atlas_table_get_release_date (table));
    }
  /* Which data, exactly: the dataset's title, release and the SHA-256
   * of its file */
  if (atlas_table_get_dataset_title (table) != NULL)
    {
      g_string_append (out, ",\n  \"dataset\": { \"title\": ");
      append_string (out, atlas_table_get_dataset_title (table));
      g_string_append (out, ", \"version\": ");
      if (atlas_table_get_release (table) != NULL)
        append_string (out, atlas_table_get_release (table));
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"sha256\": ");
      if (atlas_table_get_dataset_sha256 (table) != NULL)
        append_string (out, atlas_table_get_dataset_sha256 (table));
      else
        g_string_append (out, "null");
      g_string_append (out, " }");
    }
  {
    g_autoptr(GDateTime) now = atlas_export_now ();
    g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

    g_string_append (out, ",\n  \"exported\": { \"date\": ");
    append_string (out, date);
    g_string_append (out, ", \"app_version\": \"" PACKAGE_VERSION "\", \"selection\": ");
    if (atlas_table_get_selection (table) != NULL)
      append_string (out, atlas_table_get_selection (table));
    else
      g_string_append (out, "null");
    g_string_append (out, " }");
  }
  g_string_append (out, ",\n  \"columns\": [");
  for (guint c = 0; c < n_columns; c++)
    {
      g_string_append (out, c ? ",\n    { \"id\": " : "\n    { \"id\": ");
      append_string (out, atlas_table_get_column_id (table, c));
      g_string_append (out, ", \"title\": ");
      append_string (out, atlas_table_get_column_title (table, c));
      g_string_append (out, " }");
    }
  g_string_append (out, "\n  ],\n  \"rows\": [");

  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (out, r ? ",\n    {" : "\n    {");
      for (guint c = 0; c < n_columns; c++)
        {
          const char *text = atlas_table_get_text (table, r, c);

          g_string_append (out, c ? ", " : " ");
          append_string (out, atlas_table_get_column_id (table, c));
          g_string_append (out, ": ");
          if (*text == '\0')
            g_string_append (out, "null");
          else if (atlas_table_get_kind (table, r, c) == ATLAS_CELL_NUMBER)
            g_string_append (out, text);
          else
            append_string (out, text);
        }
      g_string_append (out, " }");
      if (!atlas_export_flush (out, 65536, stream, cancellable, error))
        return FALSE;
    }
  g_string_append (out, "\n  ]\n}");
  return TRUE;
}

gboolean
atlas_export_json_write (AtlasTable     *table,
                         AtlasTable     *evidence,
                         GOutputStream  *stream,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autoptr(GString) out = g_string_sized_new (65536);

  if (!write_table (table, out, stream, cancellable, error))
    return FALSE;
  g_string_append_c (out, '\n');
  return atlas_export_flush (out, 0, stream, cancellable, error);
}
