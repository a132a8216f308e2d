/* timeline-demo.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline alone in a window, to look at it (not installed):
 *
 *   timeline-demo [--start=YEAR --end=YEAR] [--select=ID] [--today=YYYY-MM-DD] [DATASET]
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-loader.h"
#include "atlas-timeline.h"

static int start_year, end_year;
static char *select_id;
static char *today;
static char **files;

static const GOptionEntry entries[] = {
  { "start", 0, 0, G_OPTION_ARG_INT, &start_year, "First year shown", "YEAR" },
  { "end", 0, 0, G_OPTION_ARG_INT, &end_year, "Last year shown", "YEAR" },
  { "select", 0, 0, G_OPTION_ARG_STRING, &select_id, "Select this event or programme", "ID" },
  { "today", 0, 0, G_OPTION_ARG_STRING, &today, "Where the today line goes", "YYYY-MM-DD" },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "[DATASET]" },
  { NULL }
};

static guint32
julian (int year)
{
  return g_date_get_julian (g_date_new_dmy (1, 1, (GDateYear) year));
}

static void
activate_cb (GtkApplication *app)
{
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *timeline;

  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[0]);
      dataset = atlas_loader_load_file (file, NULL, NULL, &error);
    }
  else
    dataset = atlas_loader_load_builtin (&error);
  if (dataset == NULL)
    g_error ("%s", error->message);

  window = adw_application_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_title (GTK_WINDOW (window), "Timeline");
  timeline = atlas_timeline_new ();
  if (today != NULL)
    {
      AtlasDate date;

      if (atlas_date_parse (today, &date, &error))
        atlas_timeline_set_today (ATLAS_TIMELINE (timeline), atlas_date_first_day (&date));
    }
  atlas_view_set_selection (ATLAS_VIEW (timeline), selection);
  atlas_selection_set_dataset (selection, dataset);
  if (start_year > 0 && end_year >= start_year)
    atlas_timeline_set_visible_range (ATLAS_TIMELINE (timeline), julian (start_year),
                                      julian (end_year + 1) - julian (start_year));
  if (select_id != NULL)
    {
      GObject *item = G_OBJECT (atlas_dataset_find_event (dataset, select_id));

      if (item == NULL)
        item = G_OBJECT (atlas_dataset_find_programme (dataset, select_id));
      atlas_selection_set_item (selection, item);
    }
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), timeline);
  gtk_widget_grab_focus (timeline);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  app = adw_application_new ("io.github.partnership_atlas.PartnershipAtlas.TimelineDemo",
                             G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
