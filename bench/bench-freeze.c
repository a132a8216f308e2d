/* bench-freeze.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the window freezes on hostile but valid datasets (issue 21).
 *
 *   bench-freeze [--runs=3] [--case=NAME]
 *
 * For each case, builds the dataset in memory, opens a 1280×800 window on
 * the case's page, then hands the window the dataset (through its
 * selection, as a finished load does) and, for the document case, selects
 * the document. From that moment until five frames and 250 ms after the
 * first frame painted after it, the window redrawing all the while, a 1 ms
 * timeout at the priority of input events ticks: the longest gap between
 * two ticks is the longest the window would have left a key press or a
 * click waiting. Also the longest gap between two frames, the frames
 * painted (about one per 16.7 ms when nothing blocks), the time to the
 * first frame, the time the hand-over itself took (the selection's
 * handlers, before any layout) and the process's CPU time over the case.
 * Prints one JSON line per case, the medians of --runs runs, each in a new
 * window. Run by hand under Xvfb (bench/RESULTS.md), never by bench/run. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "atlas-loader.h"
#include "atlas-selection.h"
#include "atlas-window.h"
#include "bench-common.h"

/* A case ends when the window has painted this many frames after the
 * hand-over and this long has passed since the first of them, redrawing
 * all the while (as an animation would) */
#define FRAMES_AFTER 5
#define SHOWN_MS 250

typedef struct
{
  const char *name;
  const char *page;            /* shown before the hand-over */
  char     *(*make) (void);
  const char *document;        /* selected after the hand-over, or NULL */
} Case;

typedef struct
{
  gint64 last_tick;
  gint64 longest_tick_gap;
  gint64 last_frame;
  gint64 longest_frame_gap;
  gint64 first_frame;
  guint frames;
  GtkWidget *window;
} Watch;

/* {{{ Datasets */

static GString *
dataset_start (const char *partner_name)
{
  GString *s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"Freeze\",\"partners\":[{\"id\":\"p\",\"name\":\"");

  g_string_append (s, partner_name);
  g_string_append (s, "\"}],\"documents\":[{\"id\":\"d\",\"title\":\"D\"}],");
  return s;
}

static char *
make_compare (guint n_areas)
{
  g_autoptr(GString) s = dataset_start ("P");

  g_string_append (s, "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}],\"areas\":[");
  for (guint a = 0; a < n_areas; a++)
    g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"Area %u\"}", a ? "," : "", a, a);
  g_string_append (s, "],\"programmes\":[");
  for (guint p = 0; p < 3; p++)
    {
      g_string_append_printf (s, "%s{\"id\":\"g%u\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G%u\","
                              "\"status\":\"in-force\",\"text_availability\":\"public\",\"areas\":[",
                              p ? "," : "", p, p);
      for (guint a = 0; a < n_areas; a++)
        g_string_append_printf (s, "%s{\"area\":\"a%u\",\"status\":\"listed\",\"evidence\":[\"x\"]}",
                                a ? "," : "", a);
      g_string_append (s, "]}");
    }
  g_string_append (s, "]}");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
make_compare_5000 (void)
{
  return make_compare (5000);
}

static char *
make_compare_50000 (void)
{
  return make_compare (50000);
}

/* One excerpt of 1 MiB of words, as written (the loader's limit for a
 * string) */
static char *
make_long_excerpt (void)
{
  g_autoptr(GString) s = dataset_start ("P");
  static const char words[] = "partnership cooperation dialogue interoperability ";
  gsize start;

  g_string_append (s, "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"");
  start = s->len;
  while (s->len - start < 1024 * 1024)
    g_string_append (s, words);
  g_string_truncate (s, start + 1024 * 1024 - 1);
  g_string_append (s, ".\"}],\"areas\":[],\"programmes\":[]}");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A partner named @name with a programme signed and two events, so that
 * it has a lane on the timeline and a row among the programmes */
static char *
make_partner_named (const char *name)
{
  g_autoptr(GString) s = dataset_start (name);

  g_string_append (s, "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}],"
                   "\"areas\":[{\"id\":\"a\",\"name\":\"A\"}],"
                   "\"programmes\":[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\","
                   "\"status\":\"in-force\",\"text_availability\":\"public\","
                   "\"signed\":[{\"date\":\"2019-05-01\",\"evidence\":[\"x\"]}],"
                   "\"areas\":[{\"area\":\"a\",\"status\":\"listed\",\"evidence\":[\"x\"]}]}],"
                   "\"events\":[{\"id\":\"e1\",\"date\":\"2012-09-20\",\"kind\":\"other\",\"title\":\"E1\",\"partners\":[\"p\"],\"evidence\":[\"x\"]},"
                   "{\"id\":\"e2\",\"date\":\"2023-07-11\",\"kind\":\"other\",\"title\":\"E2\",\"partners\":[\"p\"],\"evidence\":[\"x\"]}]}");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* "a" and 5,000 U+0301 COMBINING ACUTE ACCENT */
static char *
make_combining (void)
{
  g_autoptr(GString) name = g_string_new ("a");

  for (guint i = 0; i < 5000; i++)
    g_string_append (name, "\xcc\x81");
  return make_partner_named (name->str);
}

/* A name of 107 characters, in words */
static char *
make_long_name (void)
{
  g_autoptr(GString) name = g_string_new (NULL);

  while (name->len < 107)
    g_string_append (name, "Federated Partnership ");
  g_string_truncate (name, 107);
  if (name->str[106] == ' ')
    name->str[106] = 'x';
  return make_partner_named (name->str);
}

static const Case cases[] = {
  { "compare-5000-areas", "compare", make_compare_5000, NULL },
  { "compare-50000-areas", "compare", make_compare_50000, NULL },
  { "document-1mib-excerpt", "programmes", make_long_excerpt, "d" },
  { "combining-5000-timeline", "timeline", make_combining, NULL },
  { "combining-5000-programmes", "programmes", make_combining, NULL },
  { "name-107-timeline", "timeline", make_long_name, NULL },
};

/* }}} */
/* {{{ Measuring */

static gboolean
tick_cb (gpointer data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  watch->longest_tick_gap = MAX (watch->longest_tick_gap, now - watch->last_tick);
  watch->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  Watch *watch = data;
  gint64 now = g_get_monotonic_time ();

  if (watch->frames == 0)
    watch->first_frame = now;
  watch->longest_frame_gap = MAX (watch->longest_frame_gap, now - watch->last_frame);
  watch->last_frame = now;
  watch->frames++;
  /* Keep the clock going until the case ends */
  gtk_widget_queue_draw (watch->window);
}

static gboolean
flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms */
static void
settle (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

typedef struct
{
  double longest_wait_ms;
  double longest_frame_gap_ms;
  double first_frame_ms;
  double handover_ms;
  double total_ms;
  double cpu_ms;
  guint frames;
} Result;

static Result
run_case (const Case *c)
{
  g_autofree char *json = c->make ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  AtlasSelection *selection;
  Watch watch = { 0 };
  GtkWidget *window;
  gulong handler;
  guint tick;
  gint64 start, handed;
  double cpu_start;
  Result result;

  dataset = atlas_loader_load_data (json, strlen (json), NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("%s: %s", c->name, error->message);

  window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle (200);
  if (!gtk_widget_activate_action (window, "win.show-page", "s", c->page))
    g_error ("%s: no page %s", c->name, c->page);
  settle (200);

  selection = atlas_window_get_selection (ATLAS_WINDOW (window));
  watch.window = window;
  handler = g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), &watch);
  cpu_start = bench_process_cpu_us () / 1000.0;
  start = watch.last_tick = watch.last_frame = g_get_monotonic_time ();
  tick = g_timeout_add (1, tick_cb, &watch);

  atlas_selection_set_dataset (selection, dataset);
  if (c->document != NULL)
    atlas_selection_set_item (selection, G_OBJECT (atlas_dataset_find_document (dataset, c->document)));
  handed = g_get_monotonic_time ();
  gtk_widget_queue_draw (window);
  while (watch.frames < FRAMES_AFTER ||
         g_get_monotonic_time () - watch.first_frame < SHOWN_MS * 1000)
    g_main_context_iteration (NULL, TRUE);
  /* The last stretch counts too, until this moment */
  tick_cb (&watch);

  result.longest_wait_ms = watch.longest_tick_gap / 1000.0;
  result.longest_frame_gap_ms = watch.longest_frame_gap / 1000.0;
  result.first_frame_ms = (watch.first_frame - start) / 1000.0;
  result.handover_ms = (handed - start) / 1000.0;
  result.total_ms = (g_get_monotonic_time () - start) / 1000.0;
  result.frames = watch.frames;
  result.cpu_ms = bench_process_cpu_us () / 1000.0 - cpu_start;

  g_source_remove (tick);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (window), handler);
  gtk_window_destroy (GTK_WINDOW (window));
  settle (100);
  return result;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), bench_compare_doubles);
  return values[n / 2];
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  int runs = 3;
  g_autofree char *only = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each case (medians)", "N" },
    { "case", 0, 0, G_OPTION_ARG_STRING, &only, "Only this case", "NAME" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the window's longest freezes");
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (runs < 1)
    g_error ("--runs must be at least 1");

  /* Settings and recent files of the bench go to a home of its own */
  home = g_dir_make_tmp ("atlas-bench-home-XXXXXX", NULL);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, FALSE);
  gtk_init ();
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree double *wait = g_new (double, runs);
      g_autofree double *frame_gap = g_new (double, runs);
      g_autofree double *first = g_new (double, runs);
      g_autofree double *handover = g_new (double, runs);
      g_autofree double *total = g_new (double, runs);
      g_autofree double *frames = g_new (double, runs);
      g_autofree double *cpu = g_new (double, runs);

      if (only != NULL && !g_str_equal (only, cases[i].name))
        continue;
      for (int r = 0; r < runs; r++)
        {
          Result result = run_case (&cases[i]);

          wait[r] = result.longest_wait_ms;
          frame_gap[r] = result.longest_frame_gap_ms;
          first[r] = result.first_frame_ms;
          handover[r] = result.handover_ms;
          total[r] = result.total_ms;
          frames[r] = result.frames;
          cpu[r] = result.cpu_ms;
        }
      g_print ("{\"bench\":\"freeze\",\"case\":\"%s\",\"page\":\"%s\",\"runs\":%d,\"longest_wait_ms\":%.1f,"
               "\"longest_frame_gap_ms\":%.1f,\"first_frame_ms\":%.1f,\"handover_ms\":%.1f,\"frames\":%.0f,\"total_ms\":%.1f,\"cpu_ms\":%.1f}\n",
               cases[i].name, cases[i].page, runs, median (wait, runs), median (frame_gap, runs),
               median (first, runs), median (handover, runs), median (frames, runs), median (total, runs), median (cpu, runs));
    }
  return 0;
}
