/* test-export-failures.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What every export format does when the output fails: a full stream, a
 * cancelled export, a target that cannot be replaced. Each writer must
 * return FALSE with a GError, and a file export must leave an existing file
 * as it was and no temporary file behind. */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "atlas-error.h"
#include "atlas-export.h"

static char *private_tmp;

static AtlasTable *
make_table (guint n_rows)
{
  AtlasTable *table = atlas_table_new ("comparison", "Cooperation areas by programme");

  atlas_table_set_note (table, "Source: a table made by the test.");
  atlas_table_add_column (table, "area_id", "area_id");
  atlas_table_add_column (table, "area", "area");
  atlas_table_add_column (table, "kor-itpp", "kor-itpp");
  atlas_table_add_column (table, "kor-itpp.position", "kor-itpp.position");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *id = g_strdup_printf ("area-%u", i);
      g_autofree char *name = g_strdup_printf ("Cooperation area number %u, with a name long enough to wrap", i);
      AtlasAreaStatus status = i % 4;
      guint row = atlas_table_add_row (table);

      atlas_table_set_text (table, row, 0, id);
      atlas_table_set_text (table, row, 1, i == 0 ? "=HYPERLINK(\"http://evil.example\")" : name);
      atlas_table_set_status (table, row, 2, status, atlas_area_status_to_code (status));
      atlas_table_set_number (table, row, 3, i + 1);
    }
  return table;
}

static AtlasTable *
make_evidence (void)
{
  AtlasTable *table = atlas_table_new ("evidence", "Evidence");
  guint row;

  atlas_table_add_column (table, "excerpt_id", "excerpt_id");
  atlas_table_add_column (table, "excerpt", "excerpt");
  row = atlas_table_add_row (table);
  atlas_table_set_text (table, row, 0, "x1");
  atlas_table_set_text (table, row, 1, "The ROK and NATO signed a new ITPP on 13 July 2023.");
  return table;
}

static guint
count_temporary_files (void)
{
  g_autoptr(GDir) dir = g_dir_open (private_tmp, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "partnership-atlas-"))
      n++;
  return n;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
test_writes (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (50);
  g_autoptr(AtlasTable) evidence = make_evidence ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  static const char *magic[] = {
    [ATLAS_EXPORT_CSV] = "area_id,",
    [ATLAS_EXPORT_TSV] = "area_id\t",
    [ATLAS_EXPORT_MARKDOWN] = "# ",
    [ATLAS_EXPORT_JSON] = "{",
    [ATLAS_EXPORT_HTML] = "<!DOCTYPE html>",
    [ATLAS_EXPORT_XLSX] = "PK\003\004",
    [ATLAS_EXPORT_PDF] = "%PDF-",
  };
  gsize size;

  g_assert_true (atlas_export_write (format, table, evidence, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_cmpuint (size, >, strlen (magic[format]));
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), strlen (magic[format]),
                   magic[format], strlen (magic[format]));
  g_assert_cmpuint (count_temporary_files (), ==, 0);
}

/* A stream that holds only @size bytes, then fails as a full disk does */
static void
test_full_stream (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (2000);
  g_autoptr(AtlasTable) evidence = make_evidence ();
  static const gsize sizes[] = { 0, 100, 5000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new (g_malloc (MAX (sizes[i], 1)), sizes[i],
                                                                    NULL, g_free);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s into %" G_GSIZE_FORMAT " bytes", atlas_export_format_to_name (format), sizes[i]);
      g_assert_false (atlas_export_write (format, table, evidence, stream, NULL, &error));
      g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "could not be written"));
      g_assert_cmpuint (count_temporary_files (), ==, 0);
    }
}

static void
test_cancelled (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (200);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (atlas_export_write (format, table, NULL, stream, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_temporary_files (), ==, 0);
}

/* That @dir holds @name, with its old contents, and nothing else; and
 * that no temporary file is left anywhere */
static void
assert_kept (const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = read_file (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

  g_assert_cmpstr (contents, ==, "precious");
  g_assert_cmpstr (g_dir_read_name (listing), ==, name);
  g_assert_null (g_dir_read_name (listing));
  g_assert_cmpuint (count_temporary_files (), ==, 0);
}

/* A failed export into an existing file leaves it whole, and no
 * temporary file beside it */
static void
test_file_kept (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (200);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kept-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.out", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_cancellable_cancel (cancellable);
  g_assert_false (atlas_export_to_file (format, table, NULL, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  assert_kept (dir, "t.out");

  /* and a good export replaces it */
  g_clear_error (&error);
  g_assert_true (atlas_export_to_file (format, table, NULL, file, NULL, &error));
  g_assert_no_error (error);
  contents = read_file (path);
  g_assert_cmpstr (contents, !=, "precious");

  g_unlink (path);
  g_rmdir (dir);
}

/* The same when the writer fails once the file is open: the table is too
 * large for a workbook */
static void
test_file_kept_after_writer_fails (void)
{
  g_autoptr(AtlasTable) table = atlas_table_new ("comparison", "Too long");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kept-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  atlas_table_add_column (table, "id", "id");
  for (guint i = 0; i < 1048576; i++)
    atlas_table_add_row (table);
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));

  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_XLSX, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "too large"));

  assert_kept (dir, "t.xlsx");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_directory_target (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (20);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("target-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GDir) listing = NULL;

  g_assert_false (atlas_export_to_file (format, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_rmdir (dir);
}

static void
test_read_only_directory (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (20);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;

  if (getuid () == 0)
    {
      g_test_skip ("root writes into read-only folders");
      return;
    }

  dir = g_dir_make_tmp ("read-only-XXXXXX", NULL);
  path = g_build_filename (dir, "t.out", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_assert_false (atlas_export_to_file (format, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  contents = read_file (path);
  g_assert_cmpstr (contents, ==, "precious");

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_device_full (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (20);
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/full");
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/full here");
      return;
    }
  g_assert_false (atlas_export_to_file (format, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_cmpuint (count_temporary_files (), ==, 0);
}

static GBytes *
pdf_of (AtlasTable *table)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (atlas_export_write (ATLAS_EXPORT_PDF, table, NULL, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/* Whether binary @bytes hold @needle */
static gboolean
contains (GBytes     *bytes,
          const char *needle)
{
  gsize size, length = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &size);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (data + i, needle, length) == 0)
      return TRUE;
  return FALSE;
}

static void
test_pdf_paper (void)
{
  g_autoptr(AtlasTable) table = make_table (5);
  g_autoptr(GBytes) a4 = NULL;
  g_autoptr(GBytes) letter = NULL;

  g_assert_cmpint (atlas_table_get_paper (table), ==, ATLAS_PAPER_A4);
  a4 = pdf_of (table);
  atlas_table_set_paper (table, ATLAS_PAPER_LETTER);
  letter = pdf_of (table);

  /* cairo writes each page's size uncompressed */
  g_assert_true (contains (a4, "/MediaBox [ 0 0 595.2756 841.8898 ]"));
  g_assert_false (contains (a4, "/MediaBox [ 0 0 612 792 ]"));
  g_assert_true (contains (letter, "/MediaBox [ 0 0 612 792 ]"));
}

static void
test_unavailable (gconstpointer data)
{
  AtlasExportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(AtlasTable) table = make_table (2);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_false (atlas_export_write (format, table, NULL, stream, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_UNSUPPORTED);
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
  g_autofree char *template = g_build_filename (g_getenv ("TMPDIR") ? g_getenv ("TMPDIR") : "/tmp",
                                                "atlas-export-test-XXXXXX", NULL);
  int status;

  /* Temporary files go to a folder of our own, where the tests can see
   * that none is left behind; GLib reads TMPDIR once, so before anything
   * asks for it. */
  private_tmp = g_mkdtemp (template);
  g_assert_nonnull (private_tmp);
  g_setenv ("TMPDIR", private_tmp, TRUE);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  for (AtlasExportFormat format = 0; format < ATLAS_N_EXPORT_FORMATS; format++)
    {
      if (!atlas_export_format_is_available (format))
        {
          add_for_format ("unavailable", format, test_unavailable);
          continue;
        }
      add_for_format ("writes", format, test_writes);
      add_for_format ("full-stream", format, test_full_stream);
      add_for_format ("cancelled", format, test_cancelled);
      add_for_format ("file-kept", format, test_file_kept);
      add_for_format ("directory-target", format, test_directory_target);
      add_for_format ("read-only-directory", format, test_read_only_directory);
      add_for_format ("device-full", format, test_device_full);
    }
  g_test_add_func ("/export/pdf/paper", test_pdf_paper);
  if (atlas_export_format_is_available (ATLAS_EXPORT_XLSX))
    g_test_add_func ("/export/file-kept-after-writer-fails", test_file_kept_after_writer_fails);

  status = g_test_run ();
  g_rmdir (private_tmp);
  return status;
}
