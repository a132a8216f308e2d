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
#include <sys/resource.h>
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
  gint64 last_tick;
  gint64 max_gap;
  guint ticks;
  gint64 started;
  gint64 loaded;
  gboolean done;
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

static void
gap_start (Gap *gap)
{
  gap->max_gap = 0;
  gap->ticks = 0;
  gap->done = FALSE;
  gap->started = gap->last_tick = bench_now_us ();
}

/* Iterates the main loop until @gap is done, then 50 ms more, to see the
 * main loop after the work too */
static void
gap_run (Gap *gap)
{
  gint64 until;

  while (!g_atomic_int_get (&gap->done))
    g_main_context_iteration (NULL, TRUE);
  until = bench_now_us () + 50000;
  while (bench_now_us () < until)
    g_main_context_iteration (NULL, TRUE);
}

/* The controls: what a worker does to the main loop when it only computes
 * (spin) or only takes fresh memory (touch), as the load does both */
typedef struct
{
  Gap *gap;
  gsize amount;   /* µs to spin, or bytes to touch */
  gboolean touch;
} Control;

static gpointer
control_thread (gpointer data)
{
  Control *control = data;

  if (control->touch)
    {
      char *memory = g_malloc (control->amount);

      for (gsize i = 0; i < control->amount; i += 4096)
        memory[i] = 1;
      g_free (memory);
    }
  else
    {
      gint64 until = bench_now_us () + (gint64) control->amount;
      volatile guint64 x = 0;

      while (bench_now_us () < until)
        for (int i = 0; i < 10000; i++)
          x += i;
    }
  g_atomic_int_set (&control->gap->done, TRUE);
  g_main_context_wakeup (NULL);
  return NULL;
}

static gint64
control_gap (Gap      *gap,
             gboolean  touch,
             gsize     amount)
{
  Control control = { gap, amount, touch };
  GThread *thread;

  gap_start (gap);
  thread = g_thread_new ("control", control_thread, &control);
  gap_run (gap);
  g_thread_join (thread);
  return gap->max_gap;
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Gap *gap = user_data;

  gap->dataset = atlas_loader_load_file_finish (result, NULL, &gap->error);
  gap->loaded = bench_now_us ();
  gap->done = TRUE;
}

/* Called in the thread that frees the dataset, once its records are gone
 * (object data goes last, after the dataset's own finalize) */
static void
freed_cb (gpointer data)
{
  Gap *gap = data;

  gap->loaded = bench_now_us ();
  g_atomic_int_set (&gap->done, TRUE);
}

static int
measure_gap (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  Gap gap = { 0 };
  gint64 free_start, free_time, release_call, release_gap;
  gint64 spin_gap, touch_gap, load_gap, load_time, rss_kb;
  guint tick, load_ticks;
  struct rusage usage;

  tick = g_timeout_add (1, tick_cb, &gap);

  gap_start (&gap);
  atlas_loader_load_file_async (file, NULL, loaded_cb, &gap);
  gap_run (&gap);
  load_gap = gap.max_gap;
  load_ticks = gap.ticks;
  load_time = gap.loaded - gap.started;
  if (gap.dataset == NULL)
    {
      g_printerr ("bench-load: %s: %s\n", path, gap.error->message);
      return 1;
    }
  getrusage (RUSAGE_SELF, &usage);
  rss_kb = usage.ru_maxrss;

  /* What the window does with the dataset it replaces: hand it to
   * atlas_dataset_release(), which frees it in a worker thread, while the
   * main loop goes on ticking */
  g_object_set_data_full (G_OBJECT (gap.dataset), "bench-freed", &gap, freed_cb);
  gap_start (&gap);
  free_start = bench_now_us ();
  atlas_dataset_release (g_steal_pointer (&gap.dataset));
  release_call = bench_now_us () - free_start;
  gap_run (&gap);
  free_time = gap.loaded - free_start;
  release_gap = gap.max_gap;

  /* Then the controls, as long or as large as the load */
  spin_gap = control_gap (&gap, FALSE, load_time);
  touch_gap = control_gap (&gap, TRUE, (gsize) rss_kb * 1024);
  g_source_remove (tick);

  bench_emit ("main-loop-gap",
              "file", path,
              "size#", (double) bench_file_size (path),
              "max_gap_ms#", load_gap / 1000.0,
              "ticks#", (double) load_ticks,
              "spin_max_gap_ms#", spin_gap / 1000.0,
              "touch_max_gap_ms#", touch_gap / 1000.0,
              "touch_mb#", rss_kb / 1024.0,
              "load_ms#", load_time / 1000.0,
              "release_call_ms#", release_call / 1000.0,
              "release_gap_ms#", release_gap / 1000.0,
              "free_ms#", free_time / 1000.0,
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
