/* test-timeline-fit.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Timeline page fits its window whatever the dataset, under Xvfb:
 * the event list's dates and titles stay in sight and wrap in a narrow
 * window (issue 19). */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "atlas-event-list.h"
#include "atlas-timeline.h"
#include "atlas-timeline-row.h"
#include "timeline-test.h"

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done says so, or for at most 30 seconds (a
 * bound on waiting, for a loaded machine, not a timing assertion) */
static void
run_until (gboolean (*done) (gpointer data),
           gpointer data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  guint tick = g_timeout_add (20, tick_cb, NULL);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_source_remove (tick);
  g_assert_true (done (data));
}

static gboolean
is_narrow (gpointer data)
{
  return gtk_widget_get_mapped (data) && atlas_event_list_get_narrow (data);
}

/* The first label in @widget's tree whose text is @text */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *wanted_title;

/* The list shows @wanted_title within its width */
static gboolean
title_fits (gpointer data)
{
  GtkWidget *title = find_label (data, wanted_title);
  graphene_rect_t bounds;

  return title != NULL && gtk_widget_compute_bounds (title, data, &bounds) && bounds.origin.x >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (data);
}

static void
test_event_list_narrow (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasTimelineModel) model = atlas_timeline_model_new_for_dataset (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = atlas_event_list_new ();
  g_autoptr(AtlasTimelineRow) first = NULL;
  GtkWidget *title;
  graphene_rect_t bounds;

  /* At 400 px, as on a phone: dates and titles only, the titles whole on
   * as many lines as they take, within the window (the titles ran off
   * its right side behind the kind and partner columns) */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  gtk_window_set_child (GTK_WINDOW (window), list);
  atlas_event_list_set_model (ATLAS_EVENT_LIST (list), model);
  gtk_window_present (GTK_WINDOW (window));
  run_until (is_narrow, list);
  first = g_list_model_get_item (atlas_event_list_get_rows (ATLAS_EVENT_LIST (list)), 0);
  wanted_title = atlas_timeline_row_get_title (first);
  run_until (title_fits, list);
  title = find_label (list, wanted_title);
  g_assert_true (gtk_widget_compute_bounds (title, list, &bounds));
  g_assert_cmpfloat (bounds.origin.x, <, 200);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (title)));

  /* Wide again: every column */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  for (guint i = 0; i < 200 && atlas_event_list_get_narrow (ATLAS_EVENT_LIST (list)); i++)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (atlas_event_list_get_narrow (ATLAS_EVENT_LIST (list)));
  g_assert_true (find_label (list, "Kind") != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/timeline/fit/event-list-narrow", test_event_list_narrow);
  return g_test_run ();
}
