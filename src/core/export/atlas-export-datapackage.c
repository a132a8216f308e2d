/* atlas-export-datapackage.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A Frictionless Data Package (datapackage.json) that describes a CSV or
 * TSV export beside it: the file, its fields and their types, and which
 * dataset it comes from (title, release, SHA-256 of its file), when and
 * with what it was made, for the scripts that read the data. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-error.h"
#include "atlas-export-private.h"

/* A column of numbers only is an integer field; anything else a string */
static const char *
field_type (AtlasTable *table,
            guint       column)
{
  gboolean any = FALSE;

  for (guint r = 0; r < atlas_table_get_n_rows (table); r++)
    {
      if (*atlas_table_get_text (table, r, column) == '\0')
        continue;
      if (atlas_table_get_kind (table, r, column) != ATLAS_CELL_NUMBER)
        return "string";
      any = TRUE;
    }
  return any ? "integer" : "string";
}

static void
append_member (GString    *out,
               const char *indent,
               const char *key,
               const char *value)
{
  g_string_append_printf (out, ",\n%s\"%s\": ", indent, key);
  if (value != NULL)
    atlas_export_append_json_string (out, value);
  else
    g_string_append (out, "null");
}

typedef struct
{
  AtlasExportFormat format;
  AtlasTable *table;
  char *path;
} Package;

static gboolean
write_package (GOutputStream *stream,
               gpointer       user_data,
               GCancellable  *cancellable,
               GError       **error)
{
  Package *package = user_data;
  AtlasTable *table = package->table;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autoptr(GDateTime) utc = g_date_time_to_utc (now);
  g_autofree char *created = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  gboolean tsv = package->format == ATLAS_EXPORT_TSV;

  /* The table's name is a lowercase code, as a package's name must be */
  g_string_append (out, "{\n  \"profile\": \"tabular-data-package\",\n  \"name\": ");
  atlas_export_append_json_string (out, atlas_table_get_name (table));
  append_member (out, "  ", "title", atlas_table_get_title (table));
  append_member (out, "  ", "description", atlas_table_get_note (table));
  append_member (out, "  ", "created", created);
  g_string_append (out, ",\n  \"dataset\": {\n    \"title\": ");
  if (atlas_table_get_dataset_title (table) != NULL)
    atlas_export_append_json_string (out, atlas_table_get_dataset_title (table));
  else
    g_string_append (out, "null");
  append_member (out, "    ", "version", atlas_table_get_release (table));
  append_member (out, "    ", "sha256", atlas_table_get_dataset_sha256 (table));
  g_string_append (out, "\n  },\n  \"exported\": {\n    \"app_version\": \"" PACKAGE_VERSION "\"");
  append_member (out, "    ", "selection", atlas_table_get_selection (table));
  g_string_append (out, "\n  },\n  \"resources\": [\n    {\n      \"name\": ");
  atlas_export_append_json_string (out, atlas_table_get_name (table));
  append_member (out, "      ", "path", package->path);
  append_member (out, "      ", "profile", "tabular-data-resource");
  append_member (out, "      ", "format", atlas_export_format_extension (package->format));
  append_member (out, "      ", "mediatype", atlas_export_format_mime_type (package->format));
  append_member (out, "      ", "encoding", "utf-8");
  g_string_append_printf (out, ",\n      \"dialect\": { \"delimiter\": \"%s\", \"header\": true }",
                          tsv ? "\\t" : ",");
  g_string_append (out, ",\n      \"schema\": {\n        \"fields\": [");
  for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
    {
      /* The field's name is the file's header */
      g_string_append (out, c ? ",\n          { \"name\": " : "\n          { \"name\": ");
      atlas_export_append_json_string (out, atlas_table_get_column_title (table, c));
      g_string_append_printf (out, ", \"type\": \"%s\" }", field_type (table, c));
    }
  g_string_append (out, "\n        ]\n      }\n    }\n  ]\n}\n");
  return atlas_export_flush (out, 0, stream, cancellable, error);
}

/**
 * atlas_export_datapackage_to_file:
 * @format: %ATLAS_EXPORT_CSV or %ATLAS_EXPORT_TSV
 * @data: the file the table was exported to
 *
 * Writes `datapackage.json` beside @data, atomically, describing it.
 */
gboolean
atlas_export_datapackage_to_file (AtlasExportFormat   format,
                                  AtlasTable         *table,
                                  GFile              *data,
                                  GCancellable       *cancellable,
                                  GError            **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) file = NULL;
  Package package = { format, table, NULL };
  gboolean ok;

  g_return_val_if_fail (format == ATLAS_EXPORT_CSV || format == ATLAS_EXPORT_TSV, FALSE);
  g_return_val_if_fail (G_IS_FILE (data), FALSE);

  parent = g_file_get_parent (data);
  if (parent == NULL)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a file name */
                   _("Could not write the metadata of “%s”: it has no folder"), g_file_peek_path (data));
      return FALSE;
    }
  file = g_file_get_child (parent, "datapackage.json");
  package.path = g_file_get_basename (data);
  ok = atlas_export_stream_to_file (file, write_package, &package, cancellable, error);
  g_free (package.path);
  return ok;
}
