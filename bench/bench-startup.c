/* bench-startup.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* From process start to the first frame drawn.
 *
 *   bench-startup [--runs=N] [--warmup=N] --label=NAME -- PROGRAM [ARG…]
 *
 * Starts PROGRAM with ATLAS_BENCH_FIRST_FRAME=1 in its environment and
 * waits for the line "ATLAS_BENCH_FIRST_FRAME <µs>" that
 * src/gui/atlas-bench-hook.c prints at the window's first frame, on the
 * monotonic clock the two processes share. Needs a display (bench/run
 * starts Xvfb). bench/bare-window.c is the program to compare with: a bare
 * AdwApplication window timed by the same hook.
 *
 * A program that never prints the line (the hook is not installed) is
 * killed after --timeout seconds and reported as such, not as a time.
 */

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>

#include "bench-common.h"

#define MARKER "ATLAS_BENCH_FIRST_FRAME "

extern char **environ;

/* The first-frame time in µs after the spawn, or -1 */
static gint64
one_run (char   **argv,
         int      timeout_s,
         char   **why)
{
  posix_spawn_file_actions_t actions;
  g_autoptr(GString) out = g_string_new (NULL);
  int fds[2];
  gint64 start, deadline, frame = -1;
  pid_t pid;
  int status, res;

  if (pipe (fds) != 0)
    {
      *why = g_strdup_printf ("pipe: %s", g_strerror (errno));
      return -1;
    }
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose (&actions, fds[0]);
  posix_spawn_file_actions_addclose (&actions, fds[1]);

  start = bench_now_us ();
  res = posix_spawnp (&pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  close (fds[1]);
  if (res != 0)
    {
      close (fds[0]);
      *why = g_strdup_printf ("%s: %s", argv[0], g_strerror (res));
      return -1;
    }

  deadline = start + (gint64) timeout_s * G_USEC_PER_SEC;
  for (;;)
    {
      struct pollfd pfd = { fds[0], POLLIN, 0 };
      gint64 left = deadline - bench_now_us ();
      const char *line;
      char chunk[1024];
      ssize_t n;

      if (left <= 0 || poll (&pfd, 1, (int) (left / 1000) + 1) == 0)
        {
          *why = g_strdup_printf ("no first-frame line within %d s: the program does not call "
                                  "atlas_bench_hook_install ()", timeout_s);
          kill (pid, SIGKILL);
          break;
        }
      n = read (fds[0], chunk, sizeof chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *why = g_strdup ("the program exited without drawing a frame");
          break;
        }
      g_string_append_len (out, chunk, n);
      if ((line = strstr (out->str, MARKER)) != NULL && strchr (line, '\n') != NULL)
        {
          frame = g_ascii_strtoll (line + strlen (MARKER), NULL, 10) - start;
          break;
        }
    }
  close (fds[0]);

  /* The hook quits the program; a straggler is not left behind */
  for (int i = 0; i < 100 && waitpid (pid, &status, WNOHANG) == 0; i++)
    g_usleep (50000);
  if (waitpid (pid, &status, WNOHANG) == 0)
    {
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
    }
  return frame;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *label = NULL;
  int runs = 10;
  int warmup = 1;
  int timeout_s = 20;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Measured runs (default 10)", "N" },
    { "warmup", 0, 0, G_OPTION_ARG_INT, &warmup, "Runs before them, not reported (default 1)", "N" },
    { "label", 'l', 0, G_OPTION_ARG_STRING, &label, "Name of the program in the results", "NAME" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s, "Seconds to wait for a first frame (default 20)", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("-- PROGRAM [ARG…] - time to the first frame");
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("bench-startup: %s\n", error ? error->message : "name a PROGRAM");
      return 2;
    }
  if (g_str_equal (argv[1], "--"))
    {
      argv++;
      argc--;
    }
  if (label == NULL)
    label = g_path_get_basename (argv[1]);

  g_setenv ("ATLAS_BENCH_FIRST_FRAME", "1", TRUE);

  /* Warm-up runs, not reported: libraries, fonts and caches */
  for (int run = -MAX (warmup, 0); run < runs; run++)
    {
      g_autofree char *why = NULL;
      gint64 frame = one_run (argv + 1, timeout_s, &why);

      if (frame < 0)
        {
          g_printerr ("bench-startup: %s: %s\n", label, why);
          bench_emit ("startup", "program", label, "skipped", why, NULL);
          return 0;
        }
      if (run >= 0)
        bench_emit ("startup",
                    "program", label,
                    "run#", (double) run,
                    "first_frame_ms#", frame / 1000.0,
                    NULL);
    }
  return 0;
}
