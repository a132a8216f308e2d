/* test-timeline-export.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline as PNG, SVG and PDF: each is what its format says it is,
 * at the width asked, and files are replaced only when complete. */

#include "config.h"

#include <stdio.h>

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "atlas-error.h"
#include "atlas-timeline-export.h"
#include "timeline-test.h"

static AtlasTimelineModel *
builtin_model (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();

  return atlas_timeline_model_new_for_dataset (dataset);
}

static GBytes *
export (AtlasTimelineModel               *model,
        const AtlasTimelineExportOptions *options)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (atlas_timeline_export_write (model, options, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static void
test_png (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  AtlasTimelineExportOptions options = { .format = ATLAS_TIMELINE_EXPORT_PNG, .width = 1000 };
  static const guint8 signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr(GBytes) bytes = export (model, &options);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 33);
  g_assert_cmpmem (data, sizeof signature, signature, sizeof signature);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 (data + 16), ==, 1000);
  /* Title, ruler, five lanes and the legend need more than a strip */
  g_assert_cmpuint (read_be32 (data + 20), >, 500);

  /* Another width, another picture */
  options.width = 2400;
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = export (model, &options);
  g_assert_cmpuint (read_be32 ((const guint8 *) g_bytes_get_data (bytes, NULL) + 16), ==, 2400);
}

typedef struct
{
  gboolean root_is_svg;
  char *width;
  guint elements;
  guint depth;
} SvgCheck;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgCheck *check = user_data;

  if (check->elements++ == 0)
    {
      check->root_is_svg = g_str_equal (element, "svg");
      for (guint i = 0; names[i]; i++)
        if (g_str_equal (names[i], "width"))
          check->width = g_strdup (values[i]);
    }
}

/* Parses @data as XML; returns the width of its <svg> root, or NULL */
static char *
svg_width (const char *data,
           gsize       size)
{
  GMarkupParser parser = { .start_element = svg_start };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  SvgCheck check = { 0 };

  g_assert_true (g_str_has_prefix (data, "<?xml"));
  context = g_markup_parse_context_new (&parser, 0, &check, NULL);
  g_assert_true (g_markup_parse_context_parse (context, data, (gssize) size, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_true (check.root_is_svg);
  g_assert_cmpuint (check.elements, >, 100);
  return check.width;
}

static void
test_svg (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  AtlasTimelineExportOptions options = { .format = ATLAS_TIMELINE_EXPORT_SVG, .width = 1200 };
  g_autoptr(GBytes) bytes = export (model, &options);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  g_autofree char *width = svg_width (data, size);

  /* Well-formed XML with an <svg> root as wide as asked */
  g_assert_cmpstr (width, ==, "1200px");
}

static void
test_pdf (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  AtlasTimelineExportOptions options = { .format = ATLAS_TIMELINE_EXPORT_PDF };
  g_autoptr(GBytes) bytes = export (model, &options);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_cmpuint (size, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_nonnull (g_strstr_len (data + size - 32, 32, "%%EOF"));
}

static void
test_visible_range (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  AtlasTimelineExportOptions options = { .format = ATLAS_TIMELINE_EXPORT_SVG, .width = 800 };
  g_autoptr(GBytes) whole = export (model, &options);
  g_autoptr(GBytes) range = NULL;
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, 1, 2022);
  options.start_day = g_date_get_julian (&d);
  options.span_days = 3 * 365;
  range = export (model, &options);
  g_assert_false (g_bytes_equal (whole, range));
}

static void
test_bad_width (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  AtlasTimelineExportOptions options = { .format = ATLAS_TIMELINE_EXPORT_PNG, .width = 10 };
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_false (atlas_timeline_export_write (model, &options, stream, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==, 0);
}

static void
test_to_file (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  AtlasTimelineExportOptions options = { .format = ATLAS_TIMELINE_EXPORT_PDF, .width = 900 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "timeline.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (atlas_timeline_export_to_file (model, &options, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* A failed export leaves what was there */
  g_clear_pointer (&contents, g_free);
  options.width = 99999;
  g_assert_false (atlas_timeline_export_to_file (model, &options, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  /* A refused export to a new path leaves nothing */
  g_autofree char *fresh = g_build_filename (dir, "new.png", NULL);
  g_autoptr(GFile) fresh_file = g_file_new_for_path (fresh);
  options.format = ATLAS_TIMELINE_EXPORT_PNG;
  g_assert_false (atlas_timeline_export_to_file (model, &options, fresh_file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    g_assert_cmpstr (g_dir_read_name (listing), ==, "timeline.pdf");
    g_assert_null (g_dir_read_name (listing));
  }
  options.format = ATLAS_TIMELINE_EXPORT_PDF;

  /* A place that cannot be written says so */
  options.width = 0;
  g_assert_false (atlas_timeline_export_to_file (model, &options, nowhere, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Runs the command line; returns its standard output */
static GBytes *
run (int                 expected_status,
     GBytes            **standard_error,
     const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ATLAS_BINARY"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate (process, NULL, NULL, &out, &err, &error));
  g_assert_no_error (error);
  if (g_subprocess_get_exit_status (process) != expected_status)
    g_error ("exit %d, expected %d: %.*s", g_subprocess_get_exit_status (process), expected_status,
             (int) g_bytes_get_size (err), (const char *) g_bytes_get_data (err, NULL));
  if (standard_error != NULL)
    *standard_error = g_steal_pointer (&err);
  return g_steal_pointer (&out);
}

static void
test_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-cli-XXXXXX", &error);
  g_autofree char *png = g_build_filename (dir, "t.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "t.pdf", NULL);
  g_autofree char *png_option = g_strconcat ("--output=", png, NULL);
  g_autoptr(GBytes) svg = NULL;
  g_autofree char *width = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);
  g_bytes_unref (run (0, NULL, (const char *[]) { "--export=timeline", "--format=png", "--width=900", png_option, NULL }));
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpuint (read_be32 ((const guint8 *) contents + 16), ==, 900);

  /* SVG is text: it may go to standard output */
  svg = run (0, NULL, (const char *[]) { "--export=timeline", "--format=svg", "--width=1000", NULL });
  width = svg_width (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_cmpstr (width, ==, "1000px");

  g_clear_pointer (&contents, g_free);
  g_bytes_unref (run (0, NULL, (const char *[]) { "--export=timeline", "--format=pdf", "-o", pdf, NULL }));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_assert_cmpint (g_remove (png), ==, 0);
  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The days a PDF draws, from its Subject, "YYYY-MM-DD/YYYY-MM-DD" */
static void
pdf_range (const char *path,
           guint32    *first,
           guint32    *last)
{
  g_autofree char *contents = NULL;
  const char *subject;
  guint y1, m1, d1, y2, m2, d2;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Not g_strstr_len(): the PDF's streams hold NUL bytes */
  subject = NULL;
  for (gsize i = 0; subject == NULL && i + 10 <= length; i++)
    if (memcmp (contents + i, "/Subject (", 10) == 0)
      subject = contents + i;
  g_assert_nonnull (subject);
  g_assert_cmpint (sscanf (subject, "/Subject (%u-%u-%u/%u-%u-%u)", &y1, &m1, &d1, &y2, &m2, &d2), ==, 6);
  *first = julian (y1, m1, d1);
  *last = julian (y2, m2, d2);
}

static void
test_cli_range (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-range-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "t.pdf", NULL);
  g_autoptr(GBytes) err = NULL;
  guint32 first, last;

  g_assert_no_error (error);
  /* By default, the window's first view: not from 1953 */
  g_bytes_unref (run (0, NULL, (const char *[]) { "--export=timeline", "--format=pdf", "-o", pdf, NULL }));
  pdf_range (pdf, &first, &last);
  g_assert_cmpuint (first, >=, julian (1995, 1, 1));
  g_assert_cmpuint (last, >=, julian (2030, 12, 31));
  /* --from and --to: those years, and a small margin */
  g_bytes_unref (run (0, NULL, (const char *[]) { "--export=timeline", "--format=pdf", "--from=2010", "--to=2020",
                                                 "-o", pdf, NULL }));
  pdf_range (pdf, &first, &last);
  g_assert_cmpuint (first, <=, julian (2010, 1, 1));
  g_assert_cmpuint (first, >, julian (2009, 6, 1));
  g_assert_cmpuint (last, >=, julian (2020, 12, 31));
  g_assert_cmpuint (last, <, julian (2021, 7, 1));
  /* A year and month, a full date */
  g_bytes_unref (run (0, NULL, (const char *[]) { "--export=timeline", "--format=pdf", "--from=2023-07",
                                                 "--to=2024-07-12", "-o", pdf, NULL }));
  pdf_range (pdf, &first, &last);
  g_assert_cmpuint (first, <=, julian (2023, 7, 1));
  g_assert_cmpuint (first, >, julian (2023, 5, 1));
  g_assert_cmpuint (last, >=, julian (2024, 7, 12));
  g_assert_cmpuint (last, <, julian (2024, 9, 1));

  /* Bad values name their option */
  g_bytes_unref (run (2, &err, (const char *[]) { "--export=timeline", "--format=pdf", "--from=20x0", "-o", pdf, NULL }));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (err, NULL), (gssize) g_bytes_get_size (err), "--from"));
  g_clear_pointer (&err, g_bytes_unref);
  g_bytes_unref (run (2, &err, (const char *[]) { "--export=timeline", "--format=pdf", "--to=2023-13", "-o", pdf, NULL }));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (err, NULL), (gssize) g_bytes_get_size (err), "--to"));
  g_clear_pointer (&err, g_bytes_unref);
  g_bytes_unref (run (2, &err, (const char *[]) { "--export=timeline", "--format=pdf", "--from=2021", "--to=2020",
                                                 "-o", pdf, NULL }));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (err, NULL), (gssize) g_bytes_get_size (err), "after"));
  g_bytes_unref (run (2, NULL, (const char *[]) { "--export=events", "--from=2010", NULL }));
  g_bytes_unref (run (2, NULL, (const char *[]) { "--to=2010", NULL }));

  g_assert_cmpint (g_remove (pdf), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_cli_usage (void)
{
  g_autoptr(GBytes) err = NULL;

  /* Options that make no sense exit with 2 and write nothing */
  g_bytes_unref (run (2, &err, (const char *[]) { "--export=timeline", "--format=gif", "-o", "/nonexistent/t", NULL }));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (err, NULL), (gssize) g_bytes_get_size (err), "png, svg or pdf"));
  g_bytes_unref (run (2, NULL, (const char *[]) { "--export=timeline", "--width=50", "-o", "/nonexistent/t", NULL }));
  g_bytes_unref (run (2, NULL, (const char *[]) { "--export=events", "--width=900", NULL }));
  g_bytes_unref (run (2, NULL, (const char *[]) { "--width=900", NULL }));
  /* A file that cannot be written is a failure, not a usage error */
  g_bytes_unref (run (1, NULL, (const char *[]) { "--export=timeline", "-o", "/nonexistent/t.png", NULL }));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/export/png", test_png);
  g_test_add_func ("/timeline/export/svg", test_svg);
  g_test_add_func ("/timeline/export/pdf", test_pdf);
  g_test_add_func ("/timeline/export/visible-range", test_visible_range);
  g_test_add_func ("/timeline/export/bad-width", test_bad_width);
  g_test_add_func ("/timeline/export/to-file", test_to_file);
  g_test_add_func ("/timeline/cli/export", test_cli);
  g_test_add_func ("/timeline/cli/usage", test_cli_usage);
  g_test_add_func ("/timeline/cli/range", test_cli_range);

  return g_test_run ();
}
