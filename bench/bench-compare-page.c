/* bench-compare-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page on many areas (issue 21: it was quadratic in them).
 *
 *   bench-compare-page [--areas=5000] [--programmes=3]
 *
 * Builds a dataset of N areas, each listed by every programme, in memory;
 * times, in one 1280×800 window, from handing the page the dataset to its
 * first frame painted after that, and prints one JSON line. Run under
 * Xvfb. */

#include "config.h"

#include <adwaita.h>

#include "atlas-compare-page.h"
#include "atlas-loader.h"
#include "atlas-selection.h"

static gboolean painted;

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
  int n_areas = 5000, n_programmes = 3;
  GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_INT, &n_areas, "Areas", "N" },
    { "programmes", 0, 0, G_OPTION_ARG_INT, &n_programmes, "Programmes", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the Compare page");
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasSelection) selection = NULL;
  GtkWidget *window, *page;
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

  start = g_get_monotonic_time ();
  atlas_selection_set_dataset (selection, dataset);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  end = g_get_monotonic_time ();

  g_print ("{\"bench\":\"compare-page\",\"areas\":%d,\"programmes\":%d,\"first_frame_ms\":%.1f}\n",
           n_areas, n_programmes, (end - start) / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
