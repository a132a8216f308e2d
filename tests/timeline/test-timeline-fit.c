/* test-timeline-fit.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Timeline page fits its window whatever the dataset, under Xvfb:
 * the event list's dates and titles stay in sight and wrap in a narrow
 * window (issue 19); a partner's name of 107 characters neither widens
 * the window nor folds it to the sidebar, and is whole in its tooltip
 * and for screen readers; a name of one letter and 5,000 combining marks
 * is drawn capped; the "Selected:" description isolates dataset text
 * (issue 21). */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include <adwaita.h>

#include "atlas-dataset.h"
#include "atlas-event-list.h"
#include "atlas-partner.h"
#include "atlas-text.h"
#include "atlas-timeline-cap.h"
#include "atlas-timeline-legend.h"
#include "atlas-window.h"
#include "atlas-timeline.h"
#include "atlas-timeline-row.h"
#include "timeline-test.h"
#include "../gui/gui-test-utils.h"

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
  wait_for (is_narrow, list, "a narrow list");
  first = g_list_model_get_item (atlas_event_list_get_rows (ATLAS_EVENT_LIST (list)), 0);
  wanted_title = atlas_timeline_row_get_title (first);
  wait_for (title_fits, list, "the first title within the list");
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

#define LONG_NAME "The Extraordinarily Long Official Designation of a Partner Country in the " \
                  "Indo-Pacific Region of the Earth."

/* The built-in dataset with New Zealand's name replaced, written to a
 * file in a temporary folder */
static GFile *
dataset_with_name (const char *name,
                   char      **folder)
{
  g_autofree char *path = g_build_filename (g_getenv ("ATLAS_SOURCE_ROOT"), "data", "atlas-dataset.json", NULL);
  g_autofree char *json = NULL;
  g_autofree char *quoted = g_strdup_printf ("\"name\": \"%s\"", name);
  g_autofree char *target = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  parts = g_strsplit (json, "\"name\": \"New Zealand\"", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoin (quoted, parts[0], parts[1], NULL);
  *folder = g_dir_make_tmp ("atlas-fit-XXXXXX", &error);
  g_assert_no_error (error);
  target = g_build_filename (*folder, "dataset.json", NULL);
  g_assert_true (g_file_set_contents (target, changed, -1, &error));
  return g_file_new_for_path (target);
}

static gboolean
is_loaded (gpointer data)
{
  AtlasWindow *window = data;

  return !atlas_window_get_loading (window) && atlas_window_get_dataset (window) != NULL &&
         g_str_equal (atlas_partner_get_id (g_list_model_get_item (atlas_dataset_get_partners (atlas_window_get_dataset (window)), 3)), "nzl");
}

static gboolean
is_allocated (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* A window of 1280 × 800 showing @file */
static void
open_dataset (AtlasWindow *window,
              GFile       *file)
{
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_allocated, window, "the window's first allocation");
  atlas_window_open (window, file);
  wait_for (is_loaded, window, "the dataset");
}

static gboolean
timeline_laid_out (gpointer data)
{
  AtlasTimeline *timeline = ATLAS_TIMELINE (find_widget (data, ATLAS_TYPE_TIMELINE, NULL));

  return gtk_widget_get_mapped (GTK_WIDGET (timeline)) && atlas_timeline_get_layout (timeline) != NULL &&
         atlas_timeline_layout_get_width (atlas_timeline_get_layout (timeline)) == gtk_widget_get_width (GTK_WIDGET (timeline));
}

static void
show_timeline (AtlasWindow *window)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL)),
                                         "timeline");
  settle ();
  wait_for (timeline_laid_out, window, "the timeline laid out");
}

static void
remove_dataset (GFile *file,
                char  *folder)
{
  g_file_delete (file, NULL, NULL);
  g_rmdir (folder);
}

static void
test_long_name (void)
{
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = dataset_with_name (LONG_NAME, &folder);
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  AtlasTimeline *timeline;
  AtlasTimelineModel *model;
  GtkWidget *legend, *check = NULL;
  int minimum, natural;

  g_assert_cmpuint (strlen (LONG_NAME), ==, 107);
  open_dataset (window, file);
  show_timeline (window);

  /* The page, and so the window, asks for no more width than without the
   * name; the window is not folded to its sidebar */
  timeline = ATLAS_TIMELINE (find_widget (GTK_WIDGET (window), ATLAS_TYPE_TIMELINE, NULL));
  model = atlas_timeline_get_model (timeline);
  g_assert_nonnull (model);
  g_assert_cmpstr (atlas_timeline_model_get_lane_full_name (model, 4), ==, LONG_NAME);
  gtk_widget_measure (GTK_WIDGET (timeline), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 400);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 1000);
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (find_widget (GTK_WIDGET (window), ADW_TYPE_LEAFLET, NULL))));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (timeline)));

  /* In the chart the name is cut at the column of names, which the other
   * lanes keep whole */
  g_assert_cmpfloat (atlas_timeline_layout_get_metrics (atlas_timeline_get_layout (timeline))->gutter, <=, 220);
  g_assert_cmpstr (atlas_timeline_layout_get_lane_label (atlas_timeline_get_layout (timeline), 3), ==, "Republic of Korea");

  /* In the legend it is cut, whole in the tooltip and for screen readers */
  legend = find_widget (GTK_WIDGET (timeline), ATLAS_TYPE_TIMELINE_LEGEND, NULL);
  for (GtkWidget *child = gtk_widget_get_first_child (legend); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), LONG_NAME) == 0)
      check = child;
  g_assert_nonnull (check);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (check), ==, LONG_NAME);
  gtk_widget_measure (check, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (natural, <, 500);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dataset (file, folder);
}

static void
test_combining_marks (void)
{
  g_autoptr(GString) name = g_string_new ("a");
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = NULL;
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  AtlasTimeline *timeline;
  AtlasTimelineModel *model;
  const char *lane;
  gint64 start;

  for (guint i = 0; i < 5000; i++)
    g_string_append_unichar (name, 0x0301);
  file = dataset_with_name (name->str, &folder);
  open_dataset (window, file);
  start = g_get_monotonic_time ();
  show_timeline (window);

  /* The lane is drawn with "a" and four of its marks; the whole name is
   * the partner's */
  timeline = ATLAS_TIMELINE (find_widget (GTK_WIDGET (window), ATLAS_TYPE_TIMELINE, NULL));
  model = atlas_timeline_get_model (timeline);
  lane = atlas_timeline_model_get_lane_name (model, 4);
  g_assert_cmpuint (g_utf8_strlen (lane, -1), ==, 1 + ATLAS_TIMELINE_MAX_MARKS);
  g_assert_cmpuint (g_utf8_strlen (atlas_timeline_model_get_lane_full_name (model, 4), -1), ==, 5001);
  /* Nor does any label of the window (the sidebar's rows, the programmes
   * table, the event list's) hold the whole name to shape */
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    guint with_name = 0;

    find_all (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      {
        const char *text = gtk_label_get_text (labels->pdata[i]);

        g_assert_cmpuint (g_utf8_strlen (text, -1), <, 1000);
        with_name += g_str_has_prefix (text, "a\u0301");
      }
    /* and the name is there, cut */
    g_assert_cmpuint (with_name, >, 0);
  }
  /* Not a timing assertion: a bound for a loaded machine, where the page
   * took half a minute */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dataset (file, folder);
}

static void
test_selected_isolated (void)
{
  g_autofree char *folder = NULL;
  g_autoptr(GFile) file = dataset_with_name ("\u202eNew Zealand", &folder);
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  AtlasTimeline *timeline;
  AtlasTimelineModel *model;
  int index = -1;

  open_dataset (window, file);
  show_timeline (window);
  timeline = ATLAS_TIMELINE (find_widget (GTK_WIDGET (window), ATLAS_TYPE_TIMELINE, NULL));
  model = atlas_timeline_get_model (timeline);
  /* An item in the lane of the partner whose name holds an override */
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model) && index < 0; i++)
    if (atlas_timeline_model_get_item (model, i)->lane == 4 && atlas_timeline_model_get_item (model, i)->record != NULL)
      index = (int) i;
  g_assert_cmpint (index, >=, 0);
  atlas_selection_set_item (atlas_window_get_selection (window), atlas_timeline_model_get_item (model, (guint) index)->record);
  settle ();
  g_assert_cmpint (atlas_timeline_get_selected_index (timeline), >=, 0);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  {
    g_autofree char *item = atlas_timeline_model_describe_item (model, (guint) atlas_timeline_get_selected_index (timeline), ", ");
    g_autofree char *isolated = atlas_text_isolate_bidi (item);
    g_autofree char *expected = g_strdup_printf ("Selected: %s", isolated);

    /* The words of the app stay before an isolate that holds the override */
    g_assert_nonnull (strstr (item, "\u202e"));
    g_assert_true (g_str_has_prefix (isolated, ATLAS_FSI));
    g_autofree char *wrong = NULL;

    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
    g_assert_null (wrong);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  remove_dataset (file, folder);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/timeline/fit/event-list-narrow", test_event_list_narrow);
  g_test_add_func ("/timeline/fit/long-name", test_long_name);
  g_test_add_func ("/timeline/fit/combining-marks", test_combining_marks);
  g_test_add_func ("/timeline/fit/selected-isolated", test_selected_isolated);
  return g_test_run ();
}
