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
#include <sys/wait.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <gio/gunixsocketaddress.h>
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

/* {{{ A cancel, an injected error, a kill part way through */

typedef struct
{
  AtlasTable *table;
  GCancellable *cancellable;  /* cancelled part way, when set */
  gboolean fail;              /* a write error part way, when set */
  int ready;                  /* written to part way, then hangs, when >= 0 */
} Midway;

/* Writes half a table's worth, then stops the way @data asks */
static gboolean
write_midway (GOutputStream *stream,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  Midway *m = user_data;
  char block[4096];

  memset (block, 'x', sizeof block);
  for (guint i = 0; i < 64; i++)
    if (!g_output_stream_write_all (stream, block, sizeof block, NULL, cancellable, error))
      return FALSE;
  if (!g_output_stream_flush (stream, cancellable, error))
    return FALSE;
  if (m->ready >= 0)
    {
      g_assert_cmpint (write (m->ready, "w", 1), ==, 1);
      for (;;)
        g_usleep (G_USEC_PER_SEC);
    }
  if (m->fail)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "No space left on device");
      return FALSE;
    }
  if (m->cancellable != NULL)
    g_cancellable_cancel (m->cancellable);
  /* The real writer notices the cancel between rows */
  return atlas_export_write (ATLAS_EXPORT_CSV, m->table, NULL, stream, cancellable, error);
}

static void
test_cancelled (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (1000);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Midway midway = { table, cancellable, FALSE, -1 };

  g_assert_false (atlas_export_stream_to_file (f->file, write_midway, &midway, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_untouched (f);
}

/* A write error part way, as a stream that fails would give */
static void
test_write_error (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (10);
  g_autoptr(GError) error = NULL;
  Midway midway = { table, NULL, TRUE, -1 };

  g_assert_false (atlas_export_stream_to_file (f->file, write_midway, &midway, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  assert_untouched (f);
}

/* The folder holds nothing at all */
static void
assert_empty (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name = g_dir_read_name (listing);

  if (name != NULL)
    g_error ("“%s” was left behind", name);
}

/* To a path that did not exist: a write error, a cancel, a refusal */
static void
test_new_path_left_absent (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (1000);
  g_autoptr(AtlasTable) wide = atlas_table_new ("wide", "Wide");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Midway failing = { table, NULL, TRUE, -1 };
  Midway cancelling = { table, cancellable, FALSE, -1 };

  g_assert_cmpint (g_unlink (f->target), ==, 0);

  g_assert_false (atlas_export_stream_to_file (f->file, write_midway, &failing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  assert_empty (f->dir);

  g_assert_false (atlas_export_stream_to_file (f->file, write_midway, &cancelling, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  assert_empty (f->dir);

  /* More columns than a workbook holds */
  if (atlas_export_format_is_available (ATLAS_EXPORT_XLSX))
    {
      for (guint c = 0; c < 16385; c++)
        {
          g_autofree char *id = g_strdup_printf ("c%u", c);
          atlas_table_add_column (wide, id, id);
        }
      g_assert_false (atlas_export_to_file (ATLAS_EXPORT_XLSX, wide, NULL, f->file, NULL, &error));
      g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT);
      assert_empty (f->dir);
    }
}

/* Every format on a full disk, to a path that did not exist: the file size
 * limit makes writes past 64 KiB fail as a full disk does */
static void
test_new_path_disk_full (Fixture       *f,
                         gconstpointer  data)
{
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  g_autoptr(AtlasTable) table = big_table (10000);
  struct rlimit limit = { 64 * 1024, 64 * 1024 };

  /* Text that does not compress, for the formats that compress */
  for (guint r = 0; r < atlas_table_get_n_rows (table); r++)
    {
      char noise[65];

      for (guint i = 0; i < 64; i++)
        noise[i] = 'a' + g_random_int_range (0, 26);
      noise[64] = '\0';
      atlas_table_set_text (table, r, 1, noise);
    }

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (g_unlink (f->target), ==, 0);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
  for (guint format = 0; format < ATLAS_N_EXPORT_FORMATS; format++)
    {
      g_autoptr(GError) error = NULL;

      /* libxlsxwriter writes its parts to temporary files of its own and
       * does not see those writes fail under this limit: its case is the
       * stream's full disk in every-format-disk-full */
      if (!atlas_export_format_is_available (format) || format == ATLAS_EXPORT_XLSX)
        continue;
      g_test_message ("%s", atlas_export_format_to_name (format));
      g_assert_false (atlas_export_to_file (format, table, NULL, f->file, NULL, &error));
      g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
      assert_empty (f->dir);
    }
}

/* Killed part way: the data had no name yet, so nothing is left (where
 * the file system has O_TMPFILE, as ext4, tmpfs, XFS and Btrfs do) */
static void
test_killed (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (10);
  int ready[2];
  char byte;
  pid_t child;
  int status;

  g_assert_cmpint (g_unlink (f->target), ==, 0);
  g_assert_cmpint (pipe (ready), ==, 0);
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      Midway midway = { table, NULL, FALSE, ready[1] };

      close (ready[0]);
      atlas_export_stream_to_file (f->file, write_midway, &midway, NULL, NULL);
      _exit (1);
    }
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  close (ready[0]);
  g_assert_cmpint (kill (child, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  assert_empty (f->dir);
}

/* }}} */

/* {{{ Targets that are not regular files */

/* A FIFO is refused without being opened. The test holds the reading end
 * open, so that a wrong open for writing would not hang but succeed and
 * write — which the read below would then see. */
static void
test_fifo_target (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autofree char *path = g_build_filename (f->dir, "pipe.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  char buffer[16];
  struct stat st;
  int reader;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  reader = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  g_assert_cmpint (reader, >=, 0);

  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "not a regular file"));

  /* Nothing was written into it, and it is still a FIFO */
  g_assert_cmpint (read (reader, buffer, sizeof buffer), <=, 0);
  close (reader);
  g_assert_cmpint (lstat (path, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_unlink (path);
  assert_untouched (f);
}

/* A socket and a character device are refused the same way */
static void
test_socket_and_device_targets (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autofree char *path = g_build_filename (f->dir, "socket.csv", NULL);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (path);
  g_autoptr(GSocket) sock = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM, 0, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) null_device = g_file_new_for_path ("/dev/null");
  g_autoptr(GError) error = NULL;

  g_assert_true (g_socket_bind (sock, address, TRUE, &error));
  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, file, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  g_clear_error (&error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_unlink (path);

  g_assert_false (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, null_device, NULL, &error));
  g_assert_nonnull (strstr (error->message, "not a regular file"));
  assert_untouched (f);
}

/* A symbolic link to the target stays a link, to the new contents */
static void
test_symlink_target (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(AtlasTable) table = big_table (3);
  g_autofree char *link = g_build_filename (f->dir, "link.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_cmpint (symlink ("export.csv", link), ==, 0);
  g_assert_true (atlas_export_to_file (ATLAS_EXPORT_CSV, table, NULL, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (g_file_get_contents (f->target, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "Id,Name,Text\r\n"));
  g_unlink (link);
}

/* }}} */

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
  ADD ("write-error", test_write_error);
  ADD ("new-path-left-absent", test_new_path_left_absent);
  ADD ("new-path-disk-full", test_new_path_disk_full);
  ADD ("killed", test_killed);
  ADD ("fifo-target", test_fifo_target);
  ADD ("socket-and-device-targets", test_socket_and_device_targets);
  ADD ("symlink-target", test_symlink_target);
  ADD ("every-format-disk-full", test_every_format_disk_full);
#undef ADD

  return g_test_run ();
}
