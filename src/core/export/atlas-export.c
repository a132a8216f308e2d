/* atlas-export.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-date.h"
#include "atlas-error.h"
#include "atlas-export-private.h"

typedef struct
{
  const char *name;
  const char *label;
  const char *extension;
  const char *mime_type;
  AtlasExportWriter writer;
  gboolean textual;
} FormatInfo;

#if HAVE_XLSXWRITER
# define XLSX_WRITER atlas_export_xlsx_write
#else
# define XLSX_WRITER NULL
#endif

static const FormatInfo formats[ATLAS_N_EXPORT_FORMATS] = {
  [ATLAS_EXPORT_CSV] = { "csv", N_("CSV (comma-separated values)"), "csv", "text/csv", atlas_export_csv_write, TRUE },
  [ATLAS_EXPORT_TSV] = { "tsv", N_("TSV (tab-separated values)"), "tsv", "text/tab-separated-values", atlas_export_tsv_write, TRUE },
  [ATLAS_EXPORT_MARKDOWN] = { "md", N_("Markdown table"), "md", "text/markdown", atlas_export_markdown_write, TRUE },
  [ATLAS_EXPORT_JSON] = { "json", N_("JSON"), "json", "application/json", atlas_export_json_write, TRUE },
  [ATLAS_EXPORT_HTML] = { "html", N_("HTML page"), "html", "text/html", atlas_export_html_write, TRUE },
  [ATLAS_EXPORT_XLSX] = { "xlsx", N_("Excel workbook (XLSX)"), "xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX_WRITER, FALSE },
  [ATLAS_EXPORT_PDF] = { "pdf", N_("PDF document"), "pdf", "application/pdf", atlas_export_pdf_write, FALSE },
};

gboolean
atlas_export_format_from_name (const char        *name,
                               AtlasExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (formats[i].name, name) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
atlas_export_format_to_name (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, NULL);
  return formats[format].name;
}

const char *
atlas_export_format_to_label (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, formats[format].label);
}

const char *
atlas_export_format_extension (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, NULL);
  return formats[format].extension;
}

const char *
atlas_export_format_mime_type (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, NULL);
  return formats[format].mime_type;
}

/* Whether this copy was built with the format (XLSX needs libxlsxwriter). */
gboolean
atlas_export_format_is_available (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, FALSE);
  return formats[format].writer != NULL;
}

/* Whether the format is text that may go to a terminal. */
gboolean
atlas_export_format_is_textual (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, FALSE);
  return formats[format].textual;
}

gboolean
atlas_export_is_formula_like (const char *text)
{
  return text != NULL &&
         (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' ||
          text[0] == '\t' || text[0] == '\r');
}

gboolean
atlas_export_flush (GString       *buffer,
                    gsize          threshold,
                    GOutputStream *stream,
                    GCancellable  *cancellable,
                    GError       **error)
{
  /* Not every stream checks, and writers call this once a row */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (buffer->len < threshold || buffer->len == 0)
    return TRUE;
  if (!g_output_stream_write_all (stream, buffer->str, buffer->len, NULL, cancellable, error))
    return FALSE;
  g_string_truncate (buffer, 0);
  return TRUE;
}

GDateTime *
atlas_export_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 seconds;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &seconds, NULL))
    {
      GDateTime *dt = g_date_time_new_from_unix_utc ((gint64) seconds);
      if (dt != NULL)
        return dt;
    }
  return g_date_time_new_now_local ();
}

char *
atlas_export_dated_line (GDateTime *now)
{
  AtlasDate today = {
    .year = g_date_time_get_year (now),
    .month = g_date_time_get_month (now),
    .day = g_date_time_get_day_of_month (now),
    .precision = ATLAS_DATE_PRECISION_DAY,
  };
  g_autofree char *date = atlas_date_format (&today);

  /* Translators: under an exported table; %s is a date such as “1 March 2026” */
  return g_strdup_printf (_("Exported on %s"), date);
}

/**
 * atlas_export_write:
 * @evidence: (nullable): the evidence behind @table, for formats with room
 *
 * Writes @table to @stream in @format. The stream is not closed.
 */
gboolean
atlas_export_write (AtlasExportFormat  format,
                    AtlasTable        *table,
                    AtlasTable        *evidence,
                    GOutputStream     *stream,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (formats[format].writer == NULL)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_UNSUPPORTED,
                   _("This copy of Partnership Atlas cannot write %s"),
                   atlas_export_format_to_label (format));
      return FALSE;
    }
  if (!formats[format].writer (table, evidence, stream, cancellable, &local_error))
    {
      if (local_error->domain == G_IO_ERROR && local_error->code != G_IO_ERROR_CANCELLED)
        g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                     /* Translators: %s is the system's reason, such as “No space left on device” */
                     _("The export could not be written: %s"), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  AtlasExportFormat format;
  AtlasTable *table;
  AtlasTable *evidence;
} TableExport;

static gboolean
write_table (GOutputStream *stream,
             gpointer       user_data,
             GCancellable  *cancellable,
             GError       **error)
{
  TableExport *export = user_data;

  return atlas_export_write (export->format, export->table, export->evidence, stream,
                             cancellable, error);
}

/**
 * atlas_export_to_file:
 *
 * Writes the export to @file atomically: the data go to a temporary file
 * beside it that replaces @file only once complete. A failed or cancelled
 * export leaves no partial file and an existing @file as it was.
 */
gboolean
atlas_export_to_file (AtlasExportFormat  format,
                      AtlasTable        *table,
                      AtlasTable        *evidence,
                      GFile             *file,
                      GCancellable      *cancellable,
                      GError           **error)
{
  TableExport export = { format, table, evidence };

  return atlas_export_stream_to_file (file, write_table, &export, cancellable, error);
}

/**
 * atlas_export_stream_to_file:
 * @write: writes the whole export to the stream it is given
 *
 * Runs @write on a temporary file beside @file that replaces @file only
 * once @write succeeded and the data are on disk; otherwise @file stays as
 * it was and no partial file is left.
 */
gboolean
atlas_export_stream_to_file (GFile                 *file,
                             AtlasExportStreamFunc  write,
                             gpointer               user_data,
                             GCancellable          *cancellable,
                             GError               **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  name = g_file_get_parse_name (file);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                     /* Translators: the first %s is a file name, the second the system's reason */
                     _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  if (!write (G_OUTPUT_STREAM (stream), user_data, cancellable, error))
    {
      /* Closing with a cancelled cancellable makes GIO drop the temporary
       * file instead of putting it in place. */
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                     _("Could not write “%s”: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
