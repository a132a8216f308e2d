/* test-export-progress.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How far along an export is, and stopping one part way: AtlasProgress's
 * steps and estimate, every format's progress as it writes (never going
 * back, reaching 1), a cancel in the middle of a file export that leaves
 * a new target absent and an old one as it was, the table builders
 * stopping when cancelled, and a table too large for a PDF refused before
 * anything is written, the limit named. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "atlas-error.h"
#include "atlas-export.h"
#include "atlas-limits.h"
#include "atlas-loader.h"
#include "atlas-progress.h"
#include "atlas-tables.h"

static AtlasTable *
make_table (guint n_rows)
{
  AtlasTable *table = atlas_table_new ("comparison", "Cooperation areas by programme");

  atlas_table_add_column (table, "area_id", "area_id");
  atlas_table_add_column (table, "area", "area");
  atlas_table_add_column (table, "kor-itpp", "kor-itpp");
  atlas_table_add_column (table, "kor-itpp.position", "kor-itpp.position");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *id = g_strdup_printf ("area-%u", i);
      g_autofree char *name = g_strdup_printf ("Cooperation area number %u", i);
      AtlasAreaStatus status = i % 4;
      guint row = atlas_table_add_row (table);

      atlas_table_set_text (table, row, 0, id);
      atlas_table_set_text (table, row, 1, name);
      atlas_table_set_status (table, row, 2, status, atlas_area_status_to_code (status));
      atlas_table_set_number (table, row, 3, i + 1);
    }
  return table;
}

/* {{{ A stream that looks at the progress whenever it is written to */

#define ATLAS_TYPE_WATCHING_STREAM (watching_stream_get_type ())
G_DECLARE_FINAL_TYPE (WatchingStream, watching_stream, ATLAS, WATCHING_STREAM, GOutputStream)

struct _WatchingStream
{
  GOutputStream parent_instance;
  AtlasProgress *progress;
  GArray *seen;
};

G_DEFINE_FINAL_TYPE (WatchingStream, watching_stream, G_TYPE_OUTPUT_STREAM)

static gssize
watching_stream_write (GOutputStream *stream,
                       const void    *buffer,
                       gsize          count,
                       GCancellable  *cancellable,
                       GError       **error)
{
  WatchingStream *self = ATLAS_WATCHING_STREAM (stream);
  double fraction = atlas_progress_get_fraction (self->progress);

  g_array_append_val (self->seen, fraction);
  return count;
}

static void
watching_stream_finalize (GObject *object)
{
  WatchingStream *self = ATLAS_WATCHING_STREAM (object);

  g_array_unref (self->seen);
  G_OBJECT_CLASS (watching_stream_parent_class)->finalize (object);
}

static void
watching_stream_class_init (WatchingStreamClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = watching_stream_finalize;
  G_OUTPUT_STREAM_CLASS (klass)->write_fn = watching_stream_write;
}

static void
watching_stream_init (WatchingStream *self)
{
  self->seen = g_array_new (FALSE, FALSE, sizeof (double));
}

/* }}} */

static void
test_progress_steps (void)
{
  g_autoptr(AtlasProgress) progress = atlas_progress_new ();

  g_assert_cmpfloat (atlas_progress_get_fraction (progress), ==, 0.0);
  g_assert_cmpfloat (atlas_progress_get_remaining (progress), <, 0.0);
  g_assert_null (atlas_progress_describe_remaining (progress));

  /* A step fills its share of the whole */
  atlas_progress_begin_step (progress, 0.4);
  atlas_progress_report (progress, 0.5);
  g_assert_cmpfloat_with_epsilon (atlas_progress_get_fraction (progress), 0.2, 1e-9);
  atlas_progress_report_items (progress, 4, 4);
  g_assert_cmpfloat_with_epsilon (atlas_progress_get_fraction (progress), 0.4, 1e-9);
  /* and the whole never goes back */
  atlas_progress_report (progress, 0.1);
  g_assert_cmpfloat_with_epsilon (atlas_progress_get_fraction (progress), 0.4, 1e-9);
  atlas_progress_report (progress, 2.0);
  g_assert_cmpfloat_with_epsilon (atlas_progress_get_fraction (progress), 0.4, 1e-9);

  /* The next starts where it ended */
  atlas_progress_begin_step (progress, 1.0);
  atlas_progress_report_items (progress, 1, 2);
  g_assert_cmpfloat_with_epsilon (atlas_progress_get_fraction (progress), 0.7, 1e-9);
  g_assert_cmpuint (atlas_progress_get_percent (progress), ==, 70);
  atlas_progress_report (progress, 1.0);
  g_assert_cmpfloat (atlas_progress_get_fraction (progress), ==, 1.0);
  g_assert_cmpuint (atlas_progress_get_percent (progress), ==, 100);
  g_assert_cmpfloat (atlas_progress_get_remaining (progress), ==, 0.0);
}

static void
count_calls_cb (AtlasProgress *progress,
                double         fraction,
                gpointer       user_data)
{
  GArray *calls = user_data;

  g_array_append_val (calls, fraction);
}

/* The callback is told of the first report and of the end, whatever the
 * pace between */
static void
test_progress_callback (void)
{
  g_autoptr(AtlasProgress) progress = atlas_progress_new ();
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));

  atlas_progress_set_func (progress, count_calls_cb, g_array_ref (calls), (GDestroyNotify) g_array_unref);
  for (guint i = 0; i <= 1000; i++)
    atlas_progress_report_items (progress, i, 1000);
  atlas_progress_report (progress, 1.0);
  g_assert_cmpuint (calls->len, >=, 2);
  g_assert_cmpfloat (g_array_index (calls, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (calls, double, calls->len - 1), ==, 1.0);
  for (guint i = 1; i < calls->len; i++)
    g_assert_cmpfloat (g_array_index (calls, double, i), >=, g_array_index (calls, double, i - 1));
  /* and of the end once */
  g_assert_cmpfloat (g_array_index (calls, double, calls->len - 2), <, 1.0);
}

/* Each format reports its rows as it writes them: the reports never go
 * back, start short of 1 and end at 1; and what the stream sees of them
 * never goes back either (a text format writes as it goes, so it sees
 * them grow; XLSX and PDF are copied out once made) */
static void
test_format_progress (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (format == ATLAS_EXPORT_PDF ? 600 : 5000);
  g_autoptr(AtlasProgress) progress = atlas_progress_new ();
  g_autoptr(WatchingStream) stream = g_object_new (ATLAS_TYPE_WATCHING_STREAM, NULL);
  g_autoptr(GArray) calls = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  double first, last;

  stream->progress = progress;
  atlas_progress_set_func (progress, count_calls_cb, g_array_ref (calls), (GDestroyNotify) g_array_unref);
  g_assert_true (atlas_export_write_full (format, table, NULL, G_OUTPUT_STREAM (stream), progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (atlas_progress_get_fraction (progress), ==, 1.0);

  g_assert_cmpuint (calls->len, >=, 2);
  g_assert_cmpfloat (g_array_index (calls, double, 0), <, 1.0);
  g_assert_cmpfloat (g_array_index (calls, double, calls->len - 1), ==, 1.0);
  for (guint i = 1; i < calls->len; i++)
    g_assert_cmpfloat (g_array_index (calls, double, i), >=, g_array_index (calls, double, i - 1));

  g_assert_cmpuint (stream->seen->len, >, 0);
  for (guint i = 1; i < stream->seen->len; i++)
    g_assert_cmpfloat (g_array_index (stream->seen, double, i), >=, g_array_index (stream->seen, double, i - 1));
  first = g_array_index (stream->seen, double, 0);
  last = g_array_index (stream->seen, double, stream->seen->len - 1);
  g_test_message ("%s: %u reports, %u writes, from %.3f to %.3f", atlas_export_format_to_name (format),
                  calls->len, stream->seen->len, first, last);
  if (atlas_export_format_is_textual (format))
    {
      g_assert_cmpfloat (first, <, 1.0);
      g_assert_cmpfloat (last, >, first);
    }
}

typedef struct
{
  GCancellable *cancellable;
  double at;
  guint calls;
} Canceller;

static void
cancel_cb (AtlasProgress *progress,
           double         fraction,
           gpointer       user_data)
{
  Canceller *canceller = user_data;

  canceller->calls++;
  canceller->at = fraction;
  g_cancellable_cancel (canceller->cancellable);
}

/* A cancel while the rows are written (at the first report of progress,
 * so in the middle whatever the machine's pace) fails the export with
 * G_IO_ERROR_CANCELLED and leaves the folder as it was */
static void
test_cancel_mid_export (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (format == ATLAS_EXPORT_PDF ? 600 : 20000);
  g_autofree char *dir = g_dir_make_tmp ("atlas-cancel-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comparison.out", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  for (guint existing = 0; existing < 2; existing++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(AtlasProgress) progress = atlas_progress_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;
      Canceller canceller = { cancellable, -1, 0 };

      if (existing)
        g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
      atlas_progress_set_func (progress, cancel_cb, &canceller, NULL);
      g_assert_false (atlas_export_to_file_full (format, table, NULL, file, progress, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_cmpuint (canceller.calls, ==, 1);
      g_assert_cmpfloat (canceller.at, <, 1.0);
      g_assert_cmpfloat (atlas_progress_get_fraction (progress), <, 1.0);

      listing = g_dir_open (dir, 0, NULL);
      if (existing)
        {
          g_autofree char *contents = NULL;

          g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
          g_assert_cmpstr (contents, ==, "precious");
          g_assert_cmpstr (g_dir_read_name (listing), ==, "comparison.out");
        }
      else
        g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      /* and nothing else: no temporary file */
      g_assert_null (g_dir_read_name (listing));
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* The builders report as they go, and stop when cancelled */
static void
test_tables_progress (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "version-2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_file (file, NULL, NULL, &error);
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(AtlasProgress) progress = atlas_progress_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(AtlasTable) whole = NULL;
  g_autoptr(AtlasTable) stopped = NULL;
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_LONG, TRUE, TRUE, FALSE };

  g_assert_no_error (error);
  comparison = atlas_comparison_new_for_ids (dataset, NULL, &error);
  g_assert_no_error (error);

  options.progress = progress;
  whole = atlas_tables_comparison (comparison, &options);
  g_assert_cmpuint (atlas_table_get_n_rows (whole), >, 1);
  g_assert_cmpfloat (atlas_progress_get_fraction (progress), ==, 1.0);

  options.progress = NULL;
  options.cancellable = cancellable;
  g_cancellable_cancel (cancellable);
  stopped = atlas_tables_comparison (comparison, &options);
  g_assert_cmpuint (atlas_table_get_n_rows (stopped), <, atlas_table_get_n_rows (whole));
}

/* A table past the PDF's limit is refused before anything is written,
 * with the limit in the message; one at the limit is not */
static void
test_pdf_too_large (void)
{
  /* 4 columns, of which the id is left out of a PDF: 3 cells a row */
  guint n_rows = ATLAS_MAX_PDF_CELLS / 3 + 1;
  g_autoptr(AtlasTable) table = make_table (n_rows);
  g_autofree char *limit = g_strdup_printf ("%lu", (unsigned long) ATLAS_MAX_PDF_CELLS);
  g_autofree char *dir = g_dir_make_tmp ("atlas-pdf-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comparison.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AtlasProgress) progress = atlas_progress_new ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_false (atlas_export_to_file_full (ATLAS_EXPORT_PDF, table, NULL, file, progress, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, limit));
  g_assert_nonnull (strstr (error->message, "PDF"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpfloat (atlas_progress_get_fraction (progress), ==, 0.0);
  g_clear_error (&error);

  g_assert_false (atlas_export_write (ATLAS_EXPORT_PDF, table, NULL, stream, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==, 0);
  g_clear_error (&error);

  /* The other formats take it */
  {
    g_autoptr(GOutputStream) csv = g_memory_output_stream_new_resizable ();

    g_assert_true (atlas_export_write (ATLAS_EXPORT_CSV, table, NULL, csv, NULL, &error));
    g_assert_no_error (error);
  }
  g_rmdir (dir);
}

static void
add_for_format (const char         *what,
                AtlasExportFormat   format,
                GTestDataFunc       func)
{
  g_autofree char *path = g_strdup_printf ("/export/%s/%s", what, atlas_export_format_to_name (format));

  g_test_add_data_func (path, GINT_TO_POINTER (format), func);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/progress/steps", test_progress_steps);
  g_test_add_func ("/export/progress/callback", test_progress_callback);
  g_test_add_func ("/export/progress/tables", test_tables_progress);
  for (AtlasExportFormat format = 0; format < ATLAS_N_EXPORT_FORMATS; format++)
    {
      if (!atlas_export_format_is_available (format))
        continue;
      add_for_format ("progress", format, test_format_progress);
      add_for_format ("cancel-mid-export", format, test_cancel_mid_export);
    }
  g_test_add_func ("/export/pdf/too-large", test_pdf_too_large);
  return g_test_run ();
}
