/* bench-compare-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page on many areas (issue 21: it was quadratic in them) and
 * many programmes (issue 16: 1,000 areas × 200 programmes).
 *
 *   bench-compare-page [--areas=5000] [--programmes=3] [--scroll-steps=40]
 *
 * Builds a dataset of N areas, each listed by every programme, in memory;
 * times, in one 1280×800 window, from handing the page the dataset to its
 * first frame painted after that; then scrolls the table down and across
 * a step at a time and times each step to its frame; measures the
 * resident memory the page added; and, for the renderer's floor, times
 * the window's renderer drawing a plain colour node of the window's size
 * (as bench-timeline does). Times are wall-clock and the process's CPU
 * time (the machine may be shared). Prints one JSON line. Run under
 * Xvfb. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "atlas-compare-page.h"
#include "atlas-comparison.h"
#include "atlas-loader.h"
#include "atlas-selection.h"
#include "bench-common.h"

static gboolean painted;
static gint64 frame_started;     /* when the frame clock began the last frame */

/* The process's CPU time, in ms: on a shared machine the wall clock
 * counts the other processes' turns too */
static double
cpu_ms (void)
{
  return bench_process_cpu_us () / 1000.0;
}

/* Resident memory, in KiB, from /proc */
static guint64
rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen ("VmRSS:"), NULL, 10);
}

static GtkScrolledWindow *
find_scrolled (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget) && GTK_IS_COLUMN_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (widget))))
    return GTK_SCROLLED_WINDOW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = find_scrolled (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
wait_for_frame (GtkWidget *window)
{
  painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
}

/* Scrolls @adjustment by half a page at a time, @steps times; returns the
 * times from the scroll to its frame painted, in ms, sorted; in @cpu the
 * process's CPU time for each, and in @busy the time the step itself
 * took: setting the value, then the frame from its start (without the
 * wait for the frame clock's next tick, up to 16.7 ms at 60 Hz), sorted */
static GArray *
time_scroll (GtkWidget     *window,
             GtkAdjustment *adjustment,
             guint          steps,
             GArray       **cpu,
             GArray       **busy)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  *cpu = g_array_new (FALSE, FALSE, sizeof (double));
  *busy = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < steps; i++)
    {
      double step = MAX (gtk_adjustment_get_page_size (adjustment) / 2, 1);
      double value = gtk_adjustment_get_value (adjustment) + step;
      double cpu_start = cpu_ms (), used;
      gint64 start, set;
      double ms, own;

      if (value > gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
        value = 0;
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      set = g_get_monotonic_time ();
      wait_for_frame (window);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      own = ((set - start) + (g_get_monotonic_time () - MAX (frame_started, set))) / 1000.0;
      used = cpu_ms () - cpu_start;
      g_array_append_val (times, ms);
      g_array_append_val (*cpu, used);
      g_array_append_val (*busy, own);
    }
  g_array_sort (times, bench_compare_doubles);
  g_array_sort (*cpu, bench_compare_doubles);
  g_array_sort (*busy, bench_compare_doubles);
  return times;
}

/* The renderer's floor: the window's renderer drawing a plain colour of
 * the window's size, @runs times; the times in ms, sorted, and the CPU
 * time in @cpu, sorted */
static GArray *
time_floor (GtkWidget *window,
            guint      runs,
            GArray   **cpu)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (window), gtk_widget_get_height (window));
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  *cpu = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GskRenderNode) node = gsk_color_node_new (&(GdkRGBA) { 1, 1, 1, 1 }, &bounds);
      g_autoptr(GdkTexture) texture = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms (), used, ms;

      texture = gsk_renderer_render_texture (renderer, node, &bounds);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      used = cpu_ms () - cpu_start;
      g_array_append_val (times, ms);
      g_array_append_val (*cpu, used);
    }
  g_array_sort (times, bench_compare_doubles);
  g_array_sort (*cpu, bench_compare_doubles);
  return times;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 gpointer       data)
{
  frame_started = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted = TRUE;
}

static char *
make_dataset (guint n_areas,
              guint n_programmes)
{
  GString *s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"Bench\","
                             "\"partners\":[{\"id\":\"p\",\"name\":\"P\"}],"
                             "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}],"
                             "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}],\"areas\":[");

  for (guint a = 0; a < n_areas; a++)
    g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"Area %u\"}", a ? "," : "", a, a);
  g_string_append (s, "],\"programmes\":[");
  for (guint p = 0; p < n_programmes; p++)
    {
      g_string_append_printf (s, "%s{\"id\":\"g%u\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G%u\","
                              "\"status\":\"in-force\",\"text_availability\":\"public\",\"areas\":[",
                              p ? "," : "", p, p);
      for (guint a = 0; a < n_areas; a++)
        g_string_append_printf (s, "%s{\"area\":\"a%u\",\"status\":\"%s\",\"evidence\":[\"x\"]}",
                                a ? "," : "", a, (a + p) % 3 ? "listed" : "reported");
      g_string_append (s, "]}");
    }
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int n_areas = 5000, n_programmes = 3, n_steps = 40;
  GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_INT, &n_areas, "Areas", "N" },
    { "programmes", 0, 0, G_OPTION_ARG_INT, &n_programmes, "Programmes", "N" },
    { "scroll-steps", 0, 0, G_OPTION_ARG_INT, &n_steps, "Scroll steps each way", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the Compare page");
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasSelection) selection = NULL;
  GtkWidget *window, *page;
  GtkScrolledWindow *scrolled;
  g_autoptr(GArray) down = NULL;
  g_autoptr(GArray) across = NULL;
  g_autoptr(GArray) down_cpu = NULL;
  g_autoptr(GArray) across_cpu = NULL;
  g_autoptr(GArray) down_busy = NULL;
  g_autoptr(GArray) across_busy = NULL;
  g_autoptr(GArray) floor = NULL;
  g_autoptr(GArray) floor_cpu = NULL;
  guint64 rss_before, rss_after;
  gint64 start, end;
  double cpu_start, cpu_end;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_init ();
  adw_init ();

  json = make_dataset (n_areas, n_programmes);
  dataset = atlas_loader_load_data (json, strlen (json), NULL, NULL, &error);
  if (dataset == NULL)
    g_error ("%s", error->message);

  selection = atlas_selection_new ();
  page = atlas_compare_page_new (selection);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  g_signal_connect (gtk_widget_get_frame_clock (window), "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  rss_before = rss_kib ();
  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  atlas_selection_set_dataset (selection, dataset);
  wait_for_frame (window);
  end = g_get_monotonic_time ();
  cpu_end = cpu_ms ();

  /* Settle, then scroll down and across */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  scrolled = find_scrolled (page);
  if (scrolled == NULL)
    g_error ("The Compare page has no scrolled table");
  down = time_scroll (window, gtk_scrolled_window_get_vadjustment (scrolled), n_steps, &down_cpu, &down_busy);
  across = time_scroll (window, gtk_scrolled_window_get_hadjustment (scrolled), n_steps, &across_cpu, &across_busy);
  rss_after = rss_kib ();

  floor = time_floor (window, n_steps, &floor_cpu);

  g_print ("{\"bench\":\"compare-page\",\"areas\":%d,\"programmes\":%d,\"shown_programmes\":%u,\"first_frame_ms\":%.1f,\"first_frame_cpu_ms\":%.1f,"
           "\"scroll_down_median_ms\":%.1f,\"scroll_down_max_ms\":%.1f,\"scroll_down_cpu_median_ms\":%.1f,\"scroll_down_frame_median_ms\":%.1f,"
           "\"scroll_across_median_ms\":%.1f,\"scroll_across_max_ms\":%.1f,\"scroll_across_cpu_median_ms\":%.1f,\"scroll_across_frame_median_ms\":%.1f,\"added_rss_mb\":%.1f,"
           "\"floor_median_ms\":%.1f,\"floor_cpu_median_ms\":%.1f,\"renderer\":\"%s\"}\n",
           n_areas, n_programmes,
           atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (ATLAS_COMPARE_PAGE (page))),
           (end - start) / 1000.0, cpu_end - cpu_start,
           g_array_index (down, double, down->len / 2), g_array_index (down, double, down->len - 1),
           g_array_index (down_cpu, double, down_cpu->len / 2), g_array_index (down_busy, double, down_busy->len / 2),
           g_array_index (across, double, across->len / 2), g_array_index (across, double, across->len - 1),
           g_array_index (across_cpu, double, across_cpu->len / 2),
           g_array_index (across_busy, double, across_busy->len / 2),
           (rss_after - rss_before) / 1024.0, g_array_index (floor, double, floor->len / 2),
           g_array_index (floor_cpu, double, floor_cpu->len / 2),
           G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
