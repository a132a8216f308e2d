/* atlas-export.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE /* O_TMPFILE */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "atlas-dataset.h"
#include "atlas-date.h"
#include "atlas-error.h"
#include "atlas-export-private.h"
#include "atlas-limits.h"
#include "atlas-progress.h"

typedef struct
{
  const char *name;
  const char *label;
  const char *extension;
  const char *mime_type;
  AtlasExportWriter writer;
  gboolean textual;
  gboolean for_people;      /* read, not parsed: no internal ids, words not codes */
  gboolean with_evidence;   /* writes the evidence table too (on a sheet of its own) */
} FormatInfo;

#if HAVE_XLSXWRITER
# define XLSX_WRITER atlas_export_xlsx_write
#else
# define XLSX_WRITER NULL
#endif

static const FormatInfo formats[ATLAS_N_EXPORT_FORMATS] = {
  [ATLAS_EXPORT_CSV] = { "csv", N_("CSV (comma-separated values)"), "csv", "text/csv", atlas_export_csv_write, TRUE, FALSE, FALSE },
  [ATLAS_EXPORT_TSV] = { "tsv", N_("TSV (tab-separated values)"), "tsv", "text/tab-separated-values", atlas_export_tsv_write, TRUE, FALSE, FALSE },
  [ATLAS_EXPORT_MARKDOWN] = { "md", N_("Markdown table"), "md", "text/markdown", atlas_export_markdown_write, TRUE, TRUE, FALSE },
  [ATLAS_EXPORT_JSON] = { "json", N_("JSON"), "json", "application/json", atlas_export_json_write, TRUE, FALSE, FALSE },
  [ATLAS_EXPORT_HTML] = { "html", N_("HTML page"), "html", "text/html", atlas_export_html_write, TRUE, TRUE, FALSE },
  [ATLAS_EXPORT_XLSX] = { "xlsx", N_("Excel workbook (XLSX)"), "xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", XLSX_WRITER, FALSE, TRUE, TRUE },
  [ATLAS_EXPORT_PDF] = { "pdf", N_("PDF document"), "pdf", "application/pdf", atlas_export_pdf_write, FALSE, TRUE, FALSE },
};

const AtlasAreaStatus atlas_export_legend_order[4] = {
  ATLAS_AREA_STATUS_LISTED,
  ATLAS_AREA_STATUS_REPORTED,
  ATLAS_AREA_STATUS_NOT_LISTED,
  ATLAS_AREA_STATUS_UNKNOWN,
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

/**
 * atlas_export_format_is_for_people:
 *
 * Whether the format is read by people (Markdown, HTML, XLSX, PDF) rather
 * than parsed by scripts (CSV, TSV, JSON): its tables leave out internal
 * ids and, by default, say statuses and headers in the user's language.
 */
gboolean
atlas_export_format_is_for_people (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, FALSE);
  return formats[format].for_people;
}

/**
 * atlas_export_format_writes_evidence:
 *
 * Whether the format has room for the evidence behind a comparison (XLSX,
 * on a sheet of its own): the others ignore it, so that it need not be
 * built for them.
 */
gboolean
atlas_export_format_writes_evidence (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, FALSE);
  return formats[format].with_evidence;
}

/**
 * atlas_export_format_table_share:
 *
 * The share of an export's time that building its table takes, the rest
 * being writing it, as measured on the largest comparison
 * (bench/RESULTS.md): for the steps of its progress, whose estimate of the
 * time left need not be exact.
 */
double
atlas_export_format_table_share (AtlasExportFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, 0.5);

  switch (format)
    {
    case ATLAS_EXPORT_XLSX:
      return 0.25;
    case ATLAS_EXPORT_PDF:
      return 0.1;
    default:
      return 0.5;
    }
}

/* Whether a spreadsheet could take @text for a formula: it starts with
 * = + - @ or a tab or carriage return (OWASP's list), or with their
 * full-width forms ＝ ＋ － ＠, or with any of these after white space or
 * line breaks, which some importers trim first. Such text is written with
 * a leading apostrophe in CSV and TSV, and as a quote-prefixed string in
 * XLSX (docs/robustness.md). */
gboolean
atlas_export_is_formula_like (const char *text)
{
  const char *p = text;

  if (text == NULL)
    return FALSE;
  if (text[0] == '\t' || text[0] == '\r')
    return TRUE;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '=': case '+': case '-': case '@':
        case 0xFF1D: case 0xFF0B: case 0xFF0D: case 0xFF20:   /* ＝ ＋ － ＠ */
          return TRUE;
        default:
          break;
        }
      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x3000)
        return FALSE;
    }
  return FALSE;
}

/* {{{ Progress */

/* The export that this thread is writing: the writers keep the signature
 * they have, and report through atlas_export_row_done() */
typedef struct
{
  AtlasProgress *progress;
  guint64 done;
  guint64 total;
} ExportRun;

static GPrivate current_run;

gboolean
atlas_export_row_done (GCancellable  *cancellable,
                       GError       **error)
{
  ExportRun *run = g_private_get (&current_run);

  if (run != NULL && run->progress != NULL)
    atlas_progress_report_items (run->progress, MIN (++run->done, run->total), run->total);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

void
atlas_export_report_fraction (double fraction)
{
  ExportRun *run = g_private_get (&current_run);

  if (run != NULL && run->progress != NULL)
    atlas_progress_report (run->progress, fraction);
}

/* }}} */

gboolean
atlas_export_flush (GString       *buffer,
                    gsize          threshold,
                    GOutputStream *stream,
                    GCancellable  *cancellable,
                    GError       **error)
{
  /* Not every stream checks; writers call this once a row, and then it
   * counts the row */
  if (threshold > 0 ? !atlas_export_row_done (cancellable, error)
                    : g_cancellable_set_error_if_cancelled (cancellable, error))
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

GPtrArray *
atlas_export_about_lines (AtlasTable *table,
                          GDateTime  *now)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *release = atlas_release_line (atlas_table_get_release (table),
                                                 atlas_table_get_release_date (table), TRUE);
  g_autofree char *dated = atlas_export_dated_line (now);
  g_autoptr(GString) dataset = g_string_new (NULL);

  if (atlas_table_get_dataset_title (table) != NULL)
    /* Translators: in the footer of an export; %s is the dataset's title */
    g_string_printf (dataset, _("Dataset: %s."), atlas_table_get_dataset_title (table));
  if (release != NULL)
    g_string_append_printf (dataset, "%s%s", dataset->len ? " " : "", release);
  if (atlas_table_get_dataset_sha256 (table) != NULL)
    g_string_append_printf (dataset, "%sSHA-256 %s.", dataset->len ? " " : "",
                            atlas_table_get_dataset_sha256 (table));
  if (dataset->len > 0)
    g_ptr_array_add (lines, g_strdup (dataset->str));
  /* Translators: in the footer of an export; the first %s is “Exported on
   * 1 March 2026”, the second the app's version */
  g_ptr_array_add (lines, g_strdup_printf (_("%s with Partnership Atlas %s."), dated, PACKAGE_VERSION));
  if (atlas_table_get_selection (table) != NULL)
    g_ptr_array_add (lines, g_strdup (atlas_table_get_selection (table)));
  return lines;
}

/* Refuses at once a table too large for @format to write in reasonable
 * time (docs/robustness.md), naming the limit */
static gboolean
check_size (AtlasExportFormat   format,
            AtlasTable         *table,
            GError            **error)
{
  guint64 n_columns = 0;
  guint64 n_cells;

  if (format != ATLAS_EXPORT_PDF)
    return TRUE;
  for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
    if (!formats[format].for_people || !atlas_table_column_is_for_scripts (table, c))
      n_columns++;
  n_cells = n_columns * atlas_table_get_n_rows (table);
  if (n_cells <= ATLAS_MAX_PDF_CELLS)
    return TRUE;
  g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT,
               /* Translators: the first number is a limit, the second the size of the table */
               _("The table is too large for a PDF, which holds at most %lu cells; this one has %lu. "
                 "Export it as CSV, XLSX or HTML, or compare fewer programmes"),
               (unsigned long) ATLAS_MAX_PDF_CELLS, (unsigned long) n_cells);
  return FALSE;
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
  return atlas_export_write_full (format, table, evidence, stream, NULL, cancellable, error);
}

/**
 * atlas_export_write_full:
 * @progress: (nullable): where the export reports how far along it is,
 *   as the fraction of the rows written (of the current step)
 *
 * As atlas_export_write(); @cancellable is checked at every row.
 */
gboolean
atlas_export_write_full (AtlasExportFormat  format,
                         AtlasTable        *table,
                         AtlasTable        *evidence,
                         GOutputStream     *stream,
                         AtlasProgress     *progress,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(AtlasTable) shown = NULL;
  g_autoptr(AtlasTable) shown_evidence = NULL;
  ExportRun run = { progress, 0, 0 };
  ExportRun *outer;
  gboolean ok;

  g_return_val_if_fail (format < ATLAS_N_EXPORT_FORMATS, FALSE);
  g_return_val_if_fail (table != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (!check_size (format, table, error))
    return FALSE;

  /* A reader has no use for internal ids */
  if (formats[format].for_people)
    {
      table = shown = atlas_table_copy_for_people (table);
      if (evidence != NULL)
        evidence = shown_evidence = atlas_table_copy_for_people (evidence);
    }

  if (formats[format].writer == NULL)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_UNSUPPORTED,
                   _("This copy of Partnership Atlas cannot write %s"),
                   atlas_export_format_to_label (format));
      return FALSE;
    }
  run.total = atlas_table_get_n_rows (table);
  if (evidence != NULL && formats[format].with_evidence)
    run.total += atlas_table_get_n_rows (evidence);
  /* An export may write another within it (none does yet) */
  outer = g_private_get (&current_run);
  g_private_set (&current_run, &run);
  ok = formats[format].writer (table, evidence, stream, cancellable, &local_error);
  g_private_set (&current_run, outer);
  if (!ok)
    {
      if (local_error->domain == G_IO_ERROR && local_error->code != G_IO_ERROR_CANCELLED)
        g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                     /* Translators: %s is the system's reason, such as “No space left on device” */
                     _("The export could not be written: %s"), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (progress != NULL)
    atlas_progress_report (progress, 1.0);
  return TRUE;
}

typedef struct
{
  AtlasExportFormat format;
  AtlasTable *table;
  AtlasTable *evidence;
  AtlasProgress *progress;
} TableExport;

static gboolean
write_table (GOutputStream *stream,
             gpointer       user_data,
             GCancellable  *cancellable,
             GError       **error)
{
  TableExport *export = user_data;

  return atlas_export_write_full (export->format, export->table, export->evidence, stream,
                                  export->progress, cancellable, error);
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
  return atlas_export_to_file_full (format, table, evidence, file, NULL, cancellable, error);
}

/**
 * atlas_export_to_file_full:
 * @progress: (nullable): see atlas_export_write_full()
 *
 * As atlas_export_to_file(), reporting how far along it is.
 */
gboolean
atlas_export_to_file_full (AtlasExportFormat  format,
                           AtlasTable        *table,
                           AtlasTable        *evidence,
                           GFile             *file,
                           AtlasProgress     *progress,
                           GCancellable      *cancellable,
                           GError           **error)
{
  TableExport export = { format, table, evidence, progress };

  return atlas_export_stream_to_file (file, write_table, &export, cancellable, error);
}

/* {{{ Writing beside the target */

/* Where the data go: the file @path names once symbolic links are
 * followed, so that a link keeps pointing at the export */
static char *
resolve_target (const char *path)
{
  char *real = realpath (path, NULL);
  char *copy;

  if (real == NULL)
    return g_strdup (path);
  copy = g_strdup (real);
  free (real);
  return copy;
}

/* Refuses, before anything is opened, a target that is not a regular
 * file: a FIFO would make the open wait for a reader for ever, and a
 * device or a socket would not be replaced by the export anyway */
static gboolean
check_target (const char  *path,
              const char  *name,
              struct stat *st,
              gboolean    *exists,
              GError     **error)
{
  *exists = FALSE;
  if (g_stat (path, st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT)
        return TRUE;
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  if (S_ISDIR (st->st_mode))
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a file name */
                   _("Could not write “%s”: it is a folder; choose a file name in it"), name);
      return FALSE;
    }
  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a file name */
                   _("Could not write “%s”: it is not a regular file (a pipe, socket or device); choose a file"),
                   name);
      return FALSE;
    }
  *exists = TRUE;
  return TRUE;
}

/* A name beside @target that nothing else has: ".NAME.XXXXXX" */
static char *
temporary_template (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *hidden = NULL;

  /* Room for the dot and the suffix within NAME_MAX */
  if (strlen (base) > 200)
    base[200] = '\0';
  hidden = g_strdup_printf (".%s.XXXXXX", base);
  return g_build_filename (dir, hidden, NULL);
}

/* Opens the file the export is written to. Where the file system allows,
 * it has no name until it is complete (O_TMPFILE), so that not even a
 * kill part way leaves anything behind; elsewhere it is a hidden file
 * beside the target, removed on every failure. */
static int
open_temporary (const char  *target,
                mode_t       mode,
                char       **named,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *template = NULL;
  int fd = -1;

  *named = NULL;
#ifdef O_TMPFILE
  if (g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    fd = g_open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
  if (fd >= 0)
    return fd;
  /* Not supported here, or a real error that the named file meets again
   * and reports */
#endif
  template = temporary_template (target);
  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, (int) mode);
  if (fd < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
      return -1;
    }
  *named = g_steal_pointer (&template);
  return fd;
}

/* Gives the unnamed file @fd a hidden name beside @target */
static char *
name_temporary (int          fd,
                const char  *target,
                GError     **error)
{
  g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);

  for (guint attempt = 0; attempt < 100; attempt++)
    {
      g_autofree char *name = temporary_template (target);
      char *x = name + strlen (name) - 6;

      for (guint i = 0; i < 6; i++)
        x[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[g_random_int_range (0, 36)];
      if (linkat (AT_FDCWD, proc, AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0)
        return g_steal_pointer (&name);
      if (errno != EEXIST)
        break;
    }
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (errno), g_strerror (errno));
  return NULL;
}

static gboolean
set_write_error (GError    **error,
                 GError     *local_error,
                 const char *name)
{
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, local_error);
  else
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not write “%s”: %s"), name, local_error->message);
      g_error_free (local_error);
    }
  return FALSE;
}

/**
 * atlas_export_stream_to_file:
 * @write: writes the whole export to the stream it is given
 *
 * The one way every export reaches a file. Refuses at once a target that
 * is a folder, a FIFO, a socket or a device. Runs @write on a temporary
 * file in the target's folder, which is renamed over the target only
 * once @write succeeded and the data are on disk. Whatever fails — a
 * refusal by the writer, a write error, a full disk, a cancel — the
 * target stays exactly as it was (absent if it was absent) and the
 * temporary file is removed.
 */
gboolean
atlas_export_stream_to_file (GFile                 *file,
                             AtlasExportStreamFunc  write,
                             gpointer               user_data,
                             GCancellable          *cancellable,
                             GError               **error)
{
  g_autoptr(GOutputStream) stream = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *temporary = NULL;
  GError *local_error = NULL;
  struct stat st;
  gboolean exists;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (write != NULL, FALSE);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a location such as sftp://host/file.csv */
                   _("Could not write “%s”: exports go to local files only"), name);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  target = resolve_target (path);
  if (!check_target (target, name, &st, &exists, error))
    return FALSE;

  fd = open_temporary (target, exists ? (st.st_mode & 0777) : 0666, &temporary, &local_error);
  if (fd < 0)
    return set_write_error (error, local_error, name);
  /* The umask does not apply to a file that is replaced */
  if (exists && fchmod (fd, st.st_mode & 07777) != 0)
    g_debug ("Could not keep the mode of “%s”: %s", name, g_strerror (errno));

  stream = g_unix_output_stream_new (fd, TRUE);
  if (!write (stream, user_data, cancellable, error))
    goto failed_quietly;
  if (!g_output_stream_flush (stream, cancellable, &local_error))
    goto failed;
  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      goto failed;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    goto failed;
  if (temporary == NULL && (temporary = name_temporary (fd, target, &local_error)) == NULL)
    goto failed;
  if (!g_output_stream_close (stream, NULL, &local_error))
    goto failed;
  if (g_rename (temporary, target) != 0)
    {
      int saved_errno = errno;

      g_set_error_literal (&local_error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                           g_strerror (saved_errno));
      goto failed;
    }
  return TRUE;

failed:
  set_write_error (error, local_error, name);
failed_quietly:
  g_output_stream_close (stream, NULL, NULL);
  if (temporary != NULL)
    g_unlink (temporary);
  return FALSE;
}

/* }}} */
