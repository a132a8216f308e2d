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
 * a step at a time and times each step to its frame; and measures the
 * resident memory the page added. Prints one JSON line. Run under Xvfb. */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "atlas-compare-page.h"
#include "atlas-loader.h"
#include "atlas-selection.h"

static gboolean painted;

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

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Scrolls @adjustment by a page at a time, @steps times, and returns the
 * frame times in ms, sorted */
static GArray *
time_scroll (GtkWidget     *window,
             GtkAdjustment *adjustment,
             guint          steps)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < steps; i++)
    {
      double step = MAX (gtk_adjustment_get_page_size (adjustment) / 2, 1);
      double value = gtk_adjustment_get_value (adjustment) + step;
      gint64 start;
      double ms;

      if (value > gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
        value = 0;
      start = g_get_monotonic_time ();
      gtk_adjustment_set_value (adjustment, value);
      wait_for_frame (window);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_doubles);
  return times;
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
  guint64 rss_before, rss_after;
  gint64 start, end;

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

  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  rss_before = rss_kib ();
  start = g_get_monotonic_time ();
  atlas_selection_set_dataset (selection, dataset);
  wait_for_frame (window);
  end = g_get_monotonic_time ();

  /* Settle, then scroll down and across */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  scrolled = find_scrolled (page);
  if (scrolled == NULL)
    g_error ("The Compare page has no scrolled table");
  down = time_scroll (window, gtk_scrolled_window_get_vadjustment (scrolled), n_steps);
  across = time_scroll (window, gtk_scrolled_window_get_hadjustment (scrolled), n_steps);
  rss_after = rss_kib ();

  g_print ("{\"bench\":\"compare-page\",\"areas\":%d,\"programmes\":%d,\"first_frame_ms\":%.1f,"
           "\"scroll_down_median_ms\":%.1f,\"scroll_down_max_ms\":%.1f,"
           "\"scroll_across_median_ms\":%.1f,\"scroll_across_max_ms\":%.1f,\"added_rss_mb\":%.1f}\n",
           n_areas, n_programmes, (end - start) / 1000.0,
           g_array_index (down, double, down->len / 2), g_array_index (down, double, down->len - 1),
           g_array_index (across, double, across->len / 2), g_array_index (across, double, across->len - 1),
           (rss_after - rss_before) / 1024.0);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
