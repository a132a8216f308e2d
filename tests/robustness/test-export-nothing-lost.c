/* test-export-nothing-lost.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An export that fails loses nothing: whatever stops it (a folder that
 * cannot be written, a full disk, a cancel, a path that is a folder or
 * does not exist) leaves no partial file beside the target, leaves an
 * existing target as it was, and says why in a GError. */

#include "config.h"

#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gstdio.h>

#include "atlas-error.h"
#include "atlas-export.h"
#include "atlas-table.h"

#define PRECIOUS "precious data that must survive\n"

typedef struct
{
  char *dir;
  char *target;       /* dir/export.csv, holding PRECIOUS */
  GFile *file;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("atlas-export-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  f->target = g_build_filename (f->dir, "export.csv", NULL);
  f->file = g_file_new_for_path (f->target);
  g_assert_true (g_file_set_contents (f->target, PRECIOUS, -1, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_chmod (f->dir, 0700);
  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      if (g_rmdir (path) != 0)
        g_unlink (path);
    }
  g_rmdir (f->dir);
  g_clear_object (&f->file);
  g_free (f->target);
  g_free (f->dir);
}

/* The folder holds the target alone, with its old contents */
static void
assert_untouched (Fixture *f)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  g_autofree char *contents = NULL;
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)))
    {
      if (strcmp (name, "export.csv") != 0)
        g_error ("“%s” was left beside the target", name);
      n++;
    }
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (g_file_get_contents (f->target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, PRECIOUS);
}

/* A table of @n_rows rows of about 100 bytes each */
static AtlasTable *
big_table (guint n_rows)
{
  AtlasTable *table = atlas_table_new ("test", "Test");

  atlas_table_add_column (table, "id", "Id");
  atlas_table_add_column (table, "name", "Name");
  atlas_table_add_column (table, "text", "Text");
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *id = g_strdup_printf ("row-%u", r);

      atlas_table_add_row (table);
      atlas_table_set_text (table, r, 0, id);
      atlas_table_set_text (table, r, 1, "A name, with a comma");
      atlas_table_set_text (table, r, 2, "Some text that makes the row long enough to matter, “quoted”.");
    }
  return table;
}

static void
test_success_replaces (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, f->file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (f->target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Id,Name,Text\r\nrow-0,"));
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autoptr(GError) error = NULL;
  const uid_t nobody = 65534;

  /* Root writes into any folder: as root, hand the folder to “nobody”
   * and become it, in a subprocess so that the suite keeps its rights */
  if (geteuid () == 0 && !g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }
  if (geteuid () == 0)
    {
      if (chown (f->dir, nobody, nobody) != 0 || chown (f->target, nobody, nobody) != 0 ||
          setgid (nobody) != 0 || setuid (nobody) != 0)
        {
          g_test_skip ("root ignores folder permissions, and could not become “nobody”");
          return;
        }
    }

  g_assert_cmpint (g_chmod (f->dir, 0500), ==, 0);
  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, f->file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, f->target));
  g_assert_nonnull (strstr (error->message, "Permission denied"));
  g_assert_cmpint (g_chmod (f->dir, 0700), ==, 0);
  assert_untouched (f);
}

/* A target that is a device is not replaced by a file */
static void
test_dev_full_as_target (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autoptr(GFile) full = g_file_new_for_path ("/dev/full");
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, full, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "/dev/full"));
  g_assert_cmpint (g_stat ("/dev/full", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* What the command line does with standard output sent to /dev/full */
static void
test_dev_full_as_stream (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (10000);
  g_autoptr(GOutputStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  int fd = g_open ("/dev/full", O_WRONLY | O_CLOEXEC, 0);

  g_assert_cmpint (fd, >=, 0);
  stream = g_unix_output_stream_new (fd, TRUE);
  g_assert_false (atlas_export_write (ATLAS_EXPORT_CSV, table, NULL, stream, NULL, &error) &&
                  g_output_stream_flush (stream, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "No space left on device"));
}

/* A full disk part way through: the file size limit makes writes past
 * 64 KiB fail as a full disk does, in a subprocess so that the limit
 * stays there */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(AtlasTable) table = big_table (10000);
      g_autoptr(GError) error = NULL;
      struct rlimit limit = { 64 * 1024, 64 * 1024 };

      /* Without this the kernel kills the process with SIGXFSZ */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, f->file, NULL, &error));
      g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "File too large"));
      assert_untouched (f);
      return;
    }

  /* The child has a fixture of its own, and checks it */
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_target_is_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autofree char *sub = g_build_filename (f->dir, "folder", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sub);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, sub));
  g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
  dir = g_dir_open (sub, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
  g_rmdir (sub);
  assert_untouched (f);
}

static void
test_missing_folder (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autofree char *path = g_build_filename (f->dir, "missing", "export.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "No such file or directory"));
  assert_untouched (f);
}

/* {{{ A cancel part way through */

typedef struct
{
  const char *dir;
  GCancellable *cancellable;
  gint stop;
  gint cancelled_while_writing;
} Watch;

/* Cancels as soon as the temporary file beside the target has data */
static gpointer
watch_thread (gpointer user_data)
{
  Watch *w = user_data;

  while (!g_atomic_int_get (&w->stop))
    {
      g_autoptr(GDir) dir = g_dir_open (w->dir, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)))
        {
          g_autofree char *path = g_build_filename (w->dir, name, NULL);
          struct stat st;

          if (strcmp (name, "export.csv") != 0 && g_stat (path, &st) == 0 && st.st_size > 0)
            {
              g_atomic_int_set (&w->cancelled_while_writing, TRUE);
              g_cancellable_cancel (w->cancellable);
              return NULL;
            }
        }
      g_usleep (200);
    }
  return NULL;
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  gboolean cancelled = FALSE;

  /* A larger table each time the export wins the race, until the cancel
   * lands while the temporary file is being written */
  for (guint n_rows = 20000, attempt = 0; !cancelled && attempt < 8; n_rows *= 2, attempt++)
    {
      g_autoptr(AtlasTable) table = big_table (n_rows);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      Watch watch = { f->dir, cancellable, FALSE, FALSE };
      GThread *thread = g_thread_new ("watch", watch_thread, &watch);
      gboolean ok;

      ok = atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, f->file, cancellable, &error);
      g_atomic_int_set (&watch.stop, TRUE);
      g_thread_join (thread);

      if (ok)
        {
          /* Finished first: put the old contents back and go again */
          g_assert_no_error (error);
          g_assert_true (g_file_set_contents (f->target, PRECIOUS, -1, NULL));
          continue;
        }
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (watch.cancelled_while_writing);
      assert_untouched (f);
      cancelled = TRUE;
    }
  g_assert_true (cancelled);
}

/* Cancelled before it starts: nothing is written at all */
static void
test_cancelled_before (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, f->file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_untouched (f);
}

/* }}} */

/* Every format this copy has fails the same way on a full disk */
static void
test_every_format_disk_full (Fixture       *f,
                             gconstpointer  data)
{
  for (guint format = 0; format < ATLAS_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(AtlasTable) table = big_table (10000);
      g_autoptr(GOutputStream) stream = NULL;
      g_autoptr(GError) error = NULL;
      int fd;

      if (!atlas_export_format_is_available (format))
        continue;
      fd = g_open ("/dev/full", O_WRONLY | O_CLOEXEC, 0);
      stream = g_unix_output_stream_new (fd, TRUE);
      if (atlas_export_write (format, table, NULL, stream, NULL, &error))
        g_output_stream_close (stream, NULL, &error);
      g_assert_nonnull (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/export-failure/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("success-replaces", test_success_replaces);
  ADD ("read-only-folder", test_read_only_folder);
  ADD ("dev-full-as-target", test_dev_full_as_target);
  ADD ("dev-full-as-stream", test_dev_full_as_stream);
  ADD ("disk-full", test_disk_full);
  ADD ("target-is-folder", test_target_is_folder);
  ADD ("missing-folder", test_missing_folder);
  ADD ("cancelled", test_cancelled);
  ADD ("cancelled-before", test_cancelled_before);
  ADD ("every-format-disk-full", test_every_format_disk_full);
#undef ADD

  return g_test_run ();
}
