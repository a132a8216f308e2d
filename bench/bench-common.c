/* bench-common.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <gio/gio.h>

#include "bench-common.h"

extern char **environ;

gint64
bench_now_us (void)
{
  return g_get_monotonic_time ();
}

gint64
bench_thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

gint64
bench_process_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

int
bench_compare_doubles (gconstpointer a,
                       gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

gint64
bench_file_size (const char *path)
{
  struct stat st;

  if (stat (path, &st) != 0)
    return 0;
  return st.st_size;
}

gboolean
bench_run_child (const char * const *argv,
                 gboolean            capture,
                 BenchChild         *out,
                 GError            **error)
{
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  GString *captured = g_string_new (NULL);
  int pipe_fds[2] = { -1, -1 };
  gint64 start;
  pid_t pid;
  int status = 0;
  int res;

  memset (out, 0, sizeof *out);
  posix_spawn_file_actions_init (&actions);
  if (capture)
    {
      if (pipe (pipe_fds) != 0)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "pipe: %s", g_strerror (errno));
          posix_spawn_file_actions_destroy (&actions);
          g_string_free (captured, TRUE);
          return FALSE;
        }
      posix_spawn_file_actions_adddup2 (&actions, pipe_fds[1], STDOUT_FILENO);
      posix_spawn_file_actions_addclose (&actions, pipe_fds[0]);
      posix_spawn_file_actions_addclose (&actions, pipe_fds[1]);
    }
  else
    posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);

  start = bench_now_us ();
  res = posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  if (capture)
    close (pipe_fds[1]);
  if (res != 0)
    {
      if (capture)
        close (pipe_fds[0]);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (res), "%s: %s", argv[0], g_strerror (res));
      g_string_free (captured, TRUE);
      return FALSE;
    }

  if (capture)
    {
      char chunk[4096];
      ssize_t n;

      while ((n = read (pipe_fds[0], chunk, sizeof chunk)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
          g_string_append_len (captured, chunk, n);
      close (pipe_fds[0]);
    }

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      {
        g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "wait4: %s", g_strerror (errno));
        g_string_free (captured, TRUE);
        return FALSE;
      }

  out->wall_us = bench_now_us () - start;
  out->max_rss_kb = usage.ru_maxrss;
  out->cpu_us = usage.ru_utime.tv_sec * G_USEC_PER_SEC + usage.ru_utime.tv_usec +
                usage.ru_stime.tv_sec * G_USEC_PER_SEC + usage.ru_stime.tv_usec;
  out->status = status;
  out->out = g_string_free (captured, FALSE);

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s exited with status %d", argv[0],
                   WIFEXITED (status) ? WEXITSTATUS (status) : -WTERMSIG (status));
      return FALSE;
    }
  return TRUE;
}

void
bench_child_clear (BenchChild *child)
{
  g_clear_pointer (&child->out, g_free);
}

static void
append_json_string (GString    *s,
                    const char *value)
{
  g_string_append_c (s, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (s, '\\');
      if ((guchar) *p < 0x20)
        g_string_append_printf (s, "\\u%04x", *p);
      else
        g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
}

void
bench_emit (const char *bench,
            ...)
{
  g_autoptr(GString) s = g_string_new ("{\"bench\": ");
  const char *key;
  va_list args;

  append_json_string (s, bench);
  va_start (args, bench);
  while ((key = va_arg (args, const char *)) != NULL)
    {
      gsize len = strlen (key);

      g_string_append (s, ", ");
      if (len > 0 && key[len - 1] == '#')
        {
          char number[G_ASCII_DTOSTR_BUF_SIZE];
          g_autofree char *name = g_strndup (key, len - 1);

          append_json_string (s, name);
          g_string_append_printf (s, ": %s", g_ascii_formatd (number, sizeof number, "%.6g", va_arg (args, double)));
        }
      else
        {
          append_json_string (s, key);
          g_string_append (s, ": ");
          append_json_string (s, va_arg (args, const char *));
        }
    }
  va_end (args);
  g_string_append (s, "}\n");
  fputs (s->str, stdout);
  fflush (stdout);
}
