/* bench-load.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long loading a dataset takes and how much memory it needs, against
 * what else could read the same file.
 *
 *   bench-load [--runs=N] FILE…      one line per tool, file and run
 *   bench-load --gap FILE            the longest the main loop waits while
 *                                    the file loads in the background
 *
 * Every measurement runs in a fresh process (this program again, with
 * --child), so that each peak RSS is that of one load alone, read from
 * wait4() by the parent. The tools:
 *
 *   atlas      atlas_loader_load_file () to a ready AtlasDataset
 *   json-glib  JsonParser loading the same file: parsing alone, the floor
 *              for a loader that also checks and builds a model
 *   jq         jq empty FILE
 *   python     /usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))'
 *
 * For atlas and json-glib the child times the load itself (time_ms) and
 * exits at once, without freeing; process_ms is the whole process, start
 * to exit, which is all one can time for jq and python. The runs of the
 * tools are interleaved so that a slow moment of the machine hits all of
 * them alike; one unreported warm-up round puts the file in the page cache.
 */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "atlas-loader.h"

#include "bench-common.h"

/* {{{ In the child */

static int
child_load (const char *tool,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start, end, cpu_start, cpu_end;

  start = bench_now_us ();
  cpu_start = bench_thread_cpu_us ();
  if (g_str_equal (tool, "atlas"))
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AtlasDataset *dataset = atlas_loader_load_file (file, NULL, NULL, &error);

      if (dataset == NULL)
        {
          g_printerr ("bench-load: %s: %s\n", path, error->message);
          return 1;
        }
    }
  else if (g_str_equal (tool, "json-glib"))
    {
      JsonParser *parser = json_parser_new ();

      if (!json_parser_load_from_file (parser, path, &error))
        {
          g_printerr ("bench-load: %s: %s\n", path, error->message);
          return 1;
        }
    }
  else
    {
      g_printerr ("bench-load: no tool %s\n", tool);
      return 2;
    }
  cpu_end = bench_thread_cpu_us ();
  end = bench_now_us ();

  /* Freeing is not part of loading; the parent only needs the times */
  printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", end - start, cpu_end - cpu_start);
  fflush (stdout);
  _exit (0);
}

/* }}} */
/* {{{ The longest wait of the main loop */

typedef struct
{
  GMainLoop *loop;
  gint64 last_tick;
  gint64 max_gap;
  guint ticks;
  gint64 started;
  gint64 loaded;
  AtlasDataset *dataset;
  GError *error;
} Gap;

static gboolean
tick_cb (gpointer user_data)
{
  Gap *gap = user_data;
  gint64 now = bench_now_us ();

  gap->max_gap = MAX (gap->max_gap, now - gap->last_tick);
  gap->last_tick = now;
  gap->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Gap *gap = user_data;

  gap->dataset = atlas_loader_load_file_finish (result, NULL, &gap->error);
  gap->loaded = bench_now_us ();
  /* A few more ticks, to see the main loop after the load too */
  g_timeout_add (50, quit_cb, gap->loop);
}

static gpointer
spin_thread (gpointer data)
{
  gint64 until = bench_now_us () + GPOINTER_TO_INT (data) * (gint64) 1000;
  volatile guint64 x = 0;

  while (bench_now_us () < until)
    for (int i = 0; i < 10000; i++)
      x += i;
  return NULL;
}

static int
measure_gap (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Gap gap = { loop };
  gint64 free_start, free_time, idle_gap;
  GThread *spinner;
  guint tick, idle_ticks;

  /* First the same timer for two seconds while a worker thread only spins:
   * the gaps that the machine causes (other processes on the cores, timer
   * slack) when one worker is busy, to tell them from those the load
   * causes */
  tick = g_timeout_add (1, tick_cb, &gap);
  gap.last_tick = bench_now_us ();
  spinner = g_thread_new ("spin", spin_thread, GINT_TO_POINTER (2000));
  g_timeout_add (2000, quit_cb, loop);
  g_main_loop_run (loop);
  g_thread_join (spinner);
  idle_gap = gap.max_gap;
  idle_ticks = gap.ticks;
  gap.max_gap = 0;
  gap.ticks = 0;

  gap.started = gap.last_tick = bench_now_us ();
  atlas_loader_load_file_async (file, NULL, loaded_cb, &gap);
  g_main_loop_run (loop);
  g_source_remove (tick);

  if (gap.dataset == NULL)
    {
      g_printerr ("bench-load: %s: %s\n", path, gap.error->message);
      return 1;
    }

  /* What the window does with the dataset it replaces: drop it, on the
   * main thread */
  free_start = bench_now_us ();
  g_object_unref (gap.dataset);
  free_time = bench_now_us () - free_start;

  bench_emit ("main-loop-gap",
              "file", path,
              "size#", (double) bench_file_size (path),
              "max_gap_ms#", gap.max_gap / 1000.0,
              "ticks#", (double) gap.ticks,
              "spin_max_gap_ms#", idle_gap / 1000.0,
              "spin_ticks#", (double) idle_ticks,
              "load_ms#", (gap.loaded - gap.started) / 1000.0,
              "unref_ms#", free_time / 1000.0,
              NULL);
  return 0;
}

/* }}} */

static gboolean
measure (const char  *self,
         const char  *tool,
         const char  *path,
         int          run)
{
  g_autoptr(GError) error = NULL;
  BenchChild child;
  const char *argv[8] = { NULL };
  double time_ms = -1;
  double cpu_ms = -1;

  if (g_str_equal (tool, "atlas") || g_str_equal (tool, "json-glib"))
    {
      g_autofree char *child_arg = g_strconcat ("--child=", tool, NULL);

      argv[0] = self;
      argv[1] = child_arg;
      argv[2] = path;
      if (!bench_run_child (argv, TRUE, &child, &error))
        goto fail;
      {
        char *rest = NULL;

        time_ms = g_ascii_strtod (child.out, &rest) / 1000.0;
        cpu_ms = g_ascii_strtod (rest, NULL) / 1000.0;
      }
    }
  else if (g_str_equal (tool, "jq"))
    {
      argv[0] = "jq";
      argv[1] = "empty";
      argv[2] = path;
      if (!bench_run_child (argv, FALSE, &child, &error))
        goto fail;
    }
  else
    {
      argv[0] = "/usr/bin/python3";
      argv[1] = "-c";
      argv[2] = "import json,sys; json.load(open(sys.argv[1], encoding='utf-8'))";
      argv[3] = path;
      if (!bench_run_child (argv, FALSE, &child, &error))
        goto fail;
    }

  if (run >= 0)
    bench_emit ("load",
                "tool", tool,
                "file", path,
                "size#", (double) bench_file_size (path),
                "run#", (double) run,
                "time_ms#", time_ms >= 0 ? time_ms : child.wall_us / 1000.0,
                "process_ms#", child.wall_us / 1000.0,
                "cpu_ms#", cpu_ms >= 0 ? cpu_ms : child.cpu_us / 1000.0,
                "process_cpu_ms#", child.cpu_us / 1000.0,
                "rss_kb#", (double) child.max_rss_kb,
                NULL);
  bench_child_clear (&child);
  return TRUE;

fail:
  g_printerr ("bench-load: %s on %s: %s\n", tool, path, error->message);
  bench_child_clear (&child);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *child = NULL;
  g_autofree char *tools = NULL;
  gboolean gap = FALSE;
  int runs = 5;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Measured runs of each tool (default 5)", "N" },
    { "tools", 't', 0, G_OPTION_ARG_STRING, &tools, "Comma-separated: atlas,json-glib,jq,python", "LIST" },
    { "gap", 0, 0, G_OPTION_ARG_NONE, &gap, "Measure the main loop's longest wait during an async load", NULL },
    { "child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &child, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE… - time loading datasets");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tool_list = NULL;
  g_autofree char *self = NULL;
  gboolean ok = TRUE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc < 2)
    {
      g_printerr ("bench-load: %s\n", error ? error->message : "name at least one FILE");
      return 2;
    }

  if (child != NULL)
    return child_load (child, argv[1]);
  if (gap)
    return measure_gap (argv[1]);

  /* Children run this very program */
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self == NULL)
    self = g_strdup (argv[0]);
  tool_list = g_strsplit (tools ? tools : "atlas,json-glib,jq,python", ",", -1);

  for (int f = 1; f < argc; f++)
    for (int run = -1; run < runs && ok; run++)
      for (guint t = 0; tool_list[t] != NULL && ok; t++)
        ok = measure (self, tool_list[t], argv[f], run);

  return ok ? 0 : 1;
}
