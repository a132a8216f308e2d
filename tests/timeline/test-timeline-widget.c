/* test-timeline-widget.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* AtlasTimeline in a window, under Xvfb: its zoom actions, pinch, panning
 * by scroll, drag and kinetic deceleration (clamped), keyboard navigation
 * in date order and clicks, all through the shared AtlasSelection; and a
 * dataset with hundreds of partners, whose lanes scroll under the ruler. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "atlas-event.h"
#include "atlas-programme.h"
#include "atlas-timeline.h"
#include "atlas-timeline-legend.h"
#include "atlas-timeline-export-dialog.h"
#include "timeline-test.h"

#define EPSILON 1e-6

typedef struct
{
  AtlasDataset *dataset;
  AtlasSelection *selection;
  GtkWidget *window;
  AtlasTimeline *timeline;
} Fixture;

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
 * bound on waiting, for a loaded machine, not a timing assertion); it
 * looks again at least every 20 ms, even when nothing else happens */
static void
run_until (gboolean (*done) (Fixture *fixture),
           Fixture  *fixture)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (30, timeout_cb, &timed_out);
  guint tick = g_timeout_add (20, tick_cb, NULL);

  while (!done (fixture) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  g_source_remove (tick);
  g_assert_true (done (fixture));
}

static gboolean
is_laid_out (Fixture *fixture)
{
  return gtk_widget_get_mapped (GTK_WIDGET (fixture->timeline)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) > 600 &&
         atlas_timeline_get_layout (fixture->timeline) != NULL &&
         atlas_timeline_layout_get_width (atlas_timeline_get_layout (fixture->timeline)) ==
         gtk_widget_get_width (GTK_WIDGET (fixture->timeline));
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = load_builtin ();
  fixture->selection = atlas_selection_new ();
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 760);
  fixture->timeline = ATLAS_TIMELINE (atlas_timeline_new ());
  atlas_timeline_set_today (fixture->timeline, julian (2026, 11, 23));
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->timeline));
  atlas_view_set_selection (ATLAS_VIEW (fixture->timeline), fixture->selection);
  atlas_selection_set_dataset (fixture->selection, fixture->dataset);
  gtk_window_present (GTK_WINDOW (fixture->window));
  run_until (is_laid_out, fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  g_clear_object (&fixture->selection);
  g_clear_object (&fixture->dataset);
}

static double
view_start (Fixture *fixture)
{
  double start, span;

  atlas_timeline_get_visible_range (fixture->timeline, &start, &span);
  return start;
}

static double
view_span (Fixture *fixture)
{
  double start, span;

  atlas_timeline_get_visible_range (fixture->timeline, &start, &span);
  return span;
}

/* Where panning stops at the current zoom: the data, and a margin of 3 %
 * of its range or a tenth of the view, whichever is less */
static void
pan_limits (Fixture *fixture,
            double  *lo,
            double  *hi)
{
  guint32 first, last;
  double margin;

  g_assert_true (atlas_timeline_model_get_range (atlas_timeline_get_model (fixture->timeline), &first, &last));
  margin = MIN (MAX (30, 0.03 * (last + 1.0 - first)), 0.1 * view_span (fixture));
  *lo = first - margin;
  *hi = last + 1.0 + margin;
}

static void
activate (Fixture    *fixture,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), action, NULL));
}

static GObject *
record_of (Fixture *fixture,
           guint    index)
{
  return atlas_timeline_model_get_item (atlas_timeline_get_model (fixture->timeline), index)->record;
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  g_assert_not_reached ();
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  double lo, hi, whole;

  atlas_timeline_layout_get_bounds (layout, &lo, &hi);
  /* It opens on the years the data is in, not on all of them (issue 19);
   * Ctrl+0 shows the whole timeline */
  g_assert_cmpfloat (view_span (fixture), <, hi - lo);
  activate (fixture, "timeline.zoom-reset");
  whole = view_span (fixture);
  g_assert_cmpfloat_with_epsilon (whole, hi - lo, EPSILON);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), lo, EPSILON);

  activate (fixture, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), whole / 1.5, 1e-6);
  activate (fixture, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), whole / 2.25, 1e-6);
  activate (fixture, "timeline.zoom-out");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), whole / 1.5, 1e-6);
  activate (fixture, "timeline.zoom-out");
  activate (fixture, "timeline.zoom-out");
  /* Not beyond the whole */
  g_assert_cmpfloat_with_epsilon (view_span (fixture), whole, EPSILON);

  for (guint i = 0; i < 30; i++)
    activate (fixture, "timeline.zoom-in");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), atlas_timeline_layout_get_min_span (layout), EPSILON);
  activate (fixture, "timeline.zoom-reset");
  g_assert_cmpfloat_with_epsilon (view_span (fixture), whole, EPSILON);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), lo, EPSILON);

  /* Zoom to selection shows the selected programme with room around it */
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.zoom-to-selection", NULL);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), whole, EPSILON);
  atlas_selection_set_item (fixture->selection, G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "kor-itpp")));
  activate (fixture, "timeline.zoom-to-selection");
  g_assert_cmpfloat (view_span (fixture), <, 12 * 366);
  g_assert_cmpfloat (view_start (fixture), <, julian (2023, 1, 1));
  g_assert_cmpfloat (view_start (fixture) + view_span (fixture), >, julian (2027, 1, 1));

  /* Zoom to fit follows the search */
  atlas_selection_set_search_text (fixture->selection, "New Zealand");
  activate (fixture, "timeline.zoom-to-fit");
  /* New Zealand's first event is its IPCP of 4 June 2012 */
  g_assert_cmpfloat (view_start (fixture), >, julian (2010, 1, 1));
  g_assert_cmpfloat (view_start (fixture), <, julian (2012, 6, 4));
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first view leaves the 1953 event out and says so at the left edge;
 * the edge's action brings it in and the announcement goes */
static void
test_first_view (Fixture       *fixture,
                 gconstpointer  data)
{
  AtlasTimelineModel *model = atlas_timeline_get_model (fixture->timeline);
  GtkWidget *earlier = NULL;
  guint32 first, last;
  double start, span;

  g_assert_true (atlas_timeline_model_get_range (model, &first, &last));
  g_assert_cmpfloat (view_start (fixture), >=, julian (1995, 1, 1));
  g_assert_cmpfloat (view_start (fixture) + view_span (fixture), >, last + 1.0);

  /* In the bar under the lanes, where it covers none */
  earlier = find_action_button (GTK_WIDGET (fixture->timeline), "timeline.show-earlier");
  g_assert_nonnull (earlier);
  g_assert_true (gtk_widget_get_visible (earlier));
  g_assert_nonnull (strstr (gtk_button_get_label (GTK_BUTTON (earlier)), "1953"));

  activate (fixture, "timeline.show-earlier");
  atlas_timeline_get_visible_range (fixture->timeline, &start, &span);
  g_assert_cmpfloat (start, <, first);
  g_assert_cmpfloat (start + span, >, last + 1.0);
  g_assert_false (gtk_widget_get_visible (earlier));
  /* Nothing is left to bring in: the view stays */
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.show-earlier", NULL);
  g_assert_cmpfloat (view_start (fixture), ==, start);
}

/* Ctrl+plus zooms around the selected item, Shift+arrows pan, and zooming
 * in never lands on empty years */
static void
test_zoom_anchor (Fixture       *fixture,
                  gconstpointer  data)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  AtlasTimelineModel *model = atlas_timeline_get_model (fixture->timeline);
  GObject *itpp = G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "kor-itpp"));
  const AtlasTimelineItem *item;
  double day, x, start;
  guint n_visible;
  int index;

  atlas_selection_set_item (fixture->selection, itpp);
  index = atlas_timeline_get_selected_index (fixture->timeline);
  g_assert_cmpint (index, >=, 0);
  item = atlas_timeline_model_get_item (model, (guint) index);
  day = (item->first_day + item->last_day + 1.0) / 2;
  x = atlas_timeline_layout_day_to_x (layout, day);
  for (guint i = 0; i < 4; i++)
    {
      activate (fixture, "timeline.zoom-in");
      /* The selected item's middle stays where it was */
      g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, day), x, 1e-3);
    }
  g_assert_cmpfloat (view_start (fixture), <, item->first_day + 1.0);

  /* Shift+Right pans a tenth of the axis later, Shift+Left back */
  start = view_start (fixture);
  activate (fixture, "timeline.pan-right");
  g_assert_cmpfloat (view_start (fixture), >, start);
  activate (fixture, "timeline.pan-left");
  g_assert_cmpfloat_with_epsilon (view_start (fixture), start, 1e-6);

  /* Zoomed in on the empty 1980s, a zoom brings the nearest item in */
  atlas_selection_set_item (fixture->selection, NULL);
  atlas_timeline_set_visible_range (fixture->timeline, julian (1985, 1, 1), 4 * 365.25);
  atlas_timeline_layout_get_visible (layout, &n_visible);
  g_assert_cmpuint (n_visible, ==, 0);
  activate (fixture, "timeline.zoom-in");
  atlas_timeline_layout_get_visible (layout, &n_visible);
  g_assert_cmpuint (n_visible, >, 0);
}

/* The first pixel of a PNG file, and its width */
static guint32
png_corner (GFile *file,
            int   *width)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_file (file, &error);
  g_autofree guchar *pixels = NULL;
  guint32 pixel;

  g_assert_no_error (error);
  *width = gdk_texture_get_width (texture);
  pixels = g_malloc ((gsize) *width * 4 * gdk_texture_get_height (texture));
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  memcpy (&pixel, pixels + 4 * (*width / 2), sizeof pixel);
  return pixel;
}

static double
brightness (guint32 pixel)
{
  /* Cairo's ARGB32 in memory: B, G, R, A on little-endian machines */
  return ((pixel & 0xff) + ((pixel >> 8) & 0xff) + ((pixel >> 16) & 0xff)) / 3.0;
}

/* The export of the window: the days in view or all of them, the width
 * asked, light or dark; the dialog's defaults write the days in view */
static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "t.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AtlasTimelineExportDialog *dialog;
  int width;

  g_assert_no_error (error);
  g_assert_true (atlas_timeline_export (fixture->timeline, ATLAS_TIMELINE_EXPORT_PNG, TRUE, 1000, FALSE,
                                        file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (brightness (png_corner (file, &width)), >, 200);
  g_assert_cmpint (width, ==, 1000);
  g_assert_true (atlas_timeline_export (fixture->timeline, ATLAS_TIMELINE_EXPORT_PNG, FALSE, 700, TRUE,
                                        file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (brightness (png_corner (file, &width)), <, 80);
  g_assert_cmpint (width, ==, 700);

  dialog = atlas_timeline_export_dialog_new (GTK_WINDOW (fixture->window), fixture->timeline, NULL);
  g_object_ref_sink (dialog);
  g_assert_cmpint (atlas_timeline_export_dialog_get_format (dialog), ==, ATLAS_TIMELINE_EXPORT_PNG);
  g_assert_true (atlas_timeline_export_dialog_get_visible_range (dialog));
  g_assert_cmpint (atlas_timeline_export_dialog_get_width (dialog), ==, ATLAS_TIMELINE_EXPORT_DEFAULT_WIDTH);
  g_assert_true (atlas_timeline_export_dialog_write (dialog, file, &error));
  g_assert_no_error (error);
  png_corner (file, &width);
  g_assert_cmpint (width, ==, ATLAS_TIMELINE_EXPORT_DEFAULT_WIDTH);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_pan (Fixture       *fixture,
          gconstpointer  data)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  GtkEventController *scroll = find_controller (GTK_WIDGET (fixture->timeline), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  GtkEventController *drag = find_controller (GTK_WIDGET (fixture->timeline), GTK_TYPE_GESTURE_DRAG);
  double lo, hi, start, span, ppd;
  gboolean handled = FALSE;

  for (guint i = 0; i < 4; i++)
    activate (fixture, "timeline.zoom-in");
  pan_limits (fixture, &lo, &hi);
  span = view_span (fixture);
  ppd = (gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) - atlas_timeline_layout_get_metrics (layout)->gutter) / span;

  /* A wheel notch sideways, then down (which pans too) */
  start = view_start (fixture);
  g_signal_emit_by_name (scroll, "scroll", 2.0, 0.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (view_start (fixture), >, start);
  start = view_start (fixture);
  g_signal_emit_by_name (scroll, "scroll", 0.0, -1.0, &handled);
  g_assert_cmpfloat (view_start (fixture), <, start);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span, EPSILON);

  /* Clamped at both ends */
  g_signal_emit_by_name (scroll, "scroll", 0.0, 1e6, &handled);
  g_assert_cmpfloat_with_epsilon (view_start (fixture) + view_span (fixture), hi, 1e-6);
  g_signal_emit_by_name (scroll, "scroll", -1e6, 0.0, &handled);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), lo, 1e-6);

  /* Dragging left by 300 pixels shows 300 pixels' worth of later days */
  g_signal_emit_by_name (drag, "drag-begin", 600.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", -300.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", -300.0, 0.0);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), lo + 300 / ppd, 1e-6);
  g_signal_emit_by_name (drag, "drag-begin", 600.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 1e6, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 1e6, 0.0);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), lo, 1e-6);
}

static double kinetic_last;
static guint kinetic_still;

static gboolean
kinetic_stopped (Fixture *fixture)
{
  /* Stopped: the view stayed put over several frames */
  if (view_start (fixture) == kinetic_last)
    kinetic_still++;
  else
    kinetic_still = 0;
  kinetic_last = view_start (fixture);
  return kinetic_still > 20;
}

static void
test_pinch (Fixture       *fixture,
            gconstpointer  data)
{
  GtkEventController *zoom = find_controller (GTK_WIDGET (fixture->timeline), GTK_TYPE_GESTURE_ZOOM);
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (layout);
  double start, span, middle_day, x;

  /* From the whole timeline, which the widget no longer opens on */
  activate (fixture, "timeline.zoom-reset");
  start = view_start (fixture);
  span = view_span (fixture);

  /* Without touches the gesture has no centre: the pinch is around the
   * middle of the time axis, whose day stays put */
  x = metrics->gutter + (gtk_widget_get_width (GTK_WIDGET (fixture->timeline)) - metrics->gutter) / 2;
  middle_day = atlas_timeline_layout_x_to_day (layout, x);
  g_signal_emit_by_name (zoom, "begin", NULL);
  g_signal_emit_by_name (zoom, "scale-changed", 2.0);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span / 2, 1e-6);
  g_assert_cmpfloat (view_start (fixture), >, start);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, x), middle_day, 1e-6);
  /* The scale is against the start of the gesture, not the last step */
  g_signal_emit_by_name (zoom, "scale-changed", 4.0);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span / 4, 1e-6);
  g_signal_emit_by_name (zoom, "scale-changed", 1.0);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span, 1e-6);
  /* Fingers closing: no wider than the whole */
  g_signal_emit_by_name (zoom, "scale-changed", 0.1);
  g_assert_cmpfloat_with_epsilon (view_span (fixture), span, 1e-6);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), start, 1e-6);
}

static void
test_kinetic (Fixture       *fixture,
              gconstpointer  data)
{
  GtkEventController *scroll = find_controller (GTK_WIDGET (fixture->timeline), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  double lo, hi, start;

  for (guint i = 0; i < 4; i++)
    activate (fixture, "timeline.zoom-in");
  pan_limits (fixture, &lo, &hi);
  start = view_start (fixture);

  /* A flick keeps the view moving after the fingers leave, then stops */
  g_signal_emit_by_name (scroll, "decelerate", 2000.0, 0.0);
  kinetic_last = start;
  kinetic_still = 0;
  run_until (kinetic_stopped, fixture);
  g_assert_cmpfloat (view_start (fixture), >, start);

  /* A hard flick stops at the end of the data */
  g_signal_emit_by_name (scroll, "decelerate", -1e7, 0.0);
  kinetic_last = view_start (fixture);
  kinetic_still = 0;
  run_until (kinetic_stopped, fixture);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), lo, 1e-6);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  AtlasTimelineModel *model = atlas_timeline_get_model (fixture->timeline);
  GtkEventController *shortcuts = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->timeline));
  static const struct { guint key; GdkModifierType mods; const char *action; } bindings[] = {
    { GDK_KEY_Right, 0, "timeline.next" }, { GDK_KEY_Left, 0, "timeline.previous" },
    { GDK_KEY_Up, 0, "timeline.lane-up" }, { GDK_KEY_Down, 0, "timeline.lane-down" },
    { GDK_KEY_Home, 0, "timeline.first" }, { GDK_KEY_End, 0, "timeline.last" },
    { GDK_KEY_Return, 0, "timeline.activate" }, { GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in" },
    { GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out" }, { GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-reset" },
  };
  guint n = atlas_timeline_model_get_n_items (model);
  GObject *previous;

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->timeline)));

  /* The keys are bound to the actions */
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && shortcuts == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        shortcuts = controller;
    }
  g_assert_nonnull (shortcuts);
  for (guint b = 0; b < G_N_ELEMENTS (bindings); b++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (shortcuts)) && !found; i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (shortcuts), i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          found = GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (action) &&
                  gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == bindings[b].key &&
                  gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == bindings[b].mods &&
                  g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), bindings[b].action);
        }
      if (!found)
        g_error ("%s is not bound to %s", gdk_keyval_name (bindings[b].key), bindings[b].action);
    }

  /* Home selects the first item, Right each next one in date order */
  activate (fixture, "timeline.first");
  g_assert_true (atlas_selection_get_item (fixture->selection) == record_of (fixture, 0));
  g_assert_true (atlas_selection_get_item (fixture->selection) ==
                 G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-aus-1953-cooperation")));
  for (guint i = 1; i < n; i++)
    {
      previous = atlas_selection_get_item (fixture->selection);
      activate (fixture, "timeline.next");
      g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, (int) i);
      g_assert_true (atlas_selection_get_item (fixture->selection) == record_of (fixture, i));
      g_assert_true (atlas_selection_get_item (fixture->selection) != previous);
      g_assert_cmpuint (atlas_timeline_model_get_item (model, i - 1)->first_day, <=,
                        atlas_timeline_model_get_item (model, i)->first_day);
    }
  /* The last is the planned ROK ITPP 2027–2030, and it is in view */
  g_assert_true (atlas_selection_get_item (fixture->selection) ==
                 G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "kor-itpp-2027")));
  activate (fixture, "timeline.next");
  g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, (int) n - 1);
  activate (fixture, "timeline.previous");
  g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, (int) n - 2);
  activate (fixture, "timeline.first");
  g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, 0);
  activate (fixture, "timeline.last");
  g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, (int) n - 1);

  /* Up and down change lane: from Australia's 2013 IPCP to Japan's 2014 IPCP and back */
  atlas_selection_set_item (fixture->selection, G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-aus-2013-ipcp")));
  activate (fixture, "timeline.lane-down");
  g_assert_true (atlas_selection_get_item (fixture->selection) ==
                 G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-jpn-2014-ipcp")));
  activate (fixture, "timeline.lane-up");
  g_assert_true (atlas_selection_get_item (fixture->selection) ==
                 G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-aus-2013-ipcp")));
}

static void
activated_cb (AtlasTimeline *timeline,
              GObject       *item,
              GObject      **out)
{
  *out = item;
}

static void
test_activate (Fixture       *fixture,
               gconstpointer  data)
{
  GObject *activated = NULL;
  GObject *event = G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-vilnius-2023"));

  g_signal_connect (fixture->timeline, "activate-item", G_CALLBACK (activated_cb), &activated);
  gtk_widget_activate_action (GTK_WIDGET (fixture->timeline), "timeline.activate", NULL);
  g_assert_null (activated);
  atlas_selection_set_item (fixture->selection, event);
  activate (fixture, "timeline.activate");
  g_assert_true (activated == event);
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  GObject *event = G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-kor-2023-itpp"));
  GObject *programme = G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "jpn-itpp"));
  int index = atlas_timeline_model_find_record (atlas_timeline_get_model (fixture->timeline), event);
  const AtlasTimelineItem *item;
  AtlasTimelineRect rect;

  atlas_timeline_set_visible_range (fixture->timeline, julian (2019, 1, 1), julian (2027, 1, 1) - julian (2019, 1, 1));
  item = atlas_timeline_model_get_item (atlas_timeline_get_model (fixture->timeline), (guint) index);
  g_assert_true (atlas_timeline_layout_get_item_rect (layout, (guint) index, &rect));

  /* A click on a marker selects its event, so the excerpts pane shows its evidence */
  g_assert_true (atlas_timeline_select_at (fixture->timeline,
                                           atlas_timeline_layout_day_to_x (layout, item->first_day + 0.5),
                                           rect.y + rect.height / 2));
  g_assert_true (atlas_selection_get_item (fixture->selection) == event);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_selection_get_evidence (fixture->selection)), >, 0);

  /* A click on a bar selects its programme */
  index = atlas_timeline_model_find_record (atlas_timeline_get_model (fixture->timeline), programme);
  g_assert_true (atlas_timeline_layout_get_item_rect (layout, (guint) index, &rect));
  g_assert_true (atlas_timeline_select_at (fixture->timeline, rect.x + rect.width / 2, rect.y + rect.height / 2));
  g_assert_true (atlas_selection_get_item (fixture->selection) == programme);

  /* A click on nothing leaves the selection alone */
  g_assert_false (atlas_timeline_select_at (fixture->timeline, 5, 5));
  g_assert_true (atlas_selection_get_item (fixture->selection) == programme);
}

static void
test_follow_selection (Fixture       *fixture,
                       gconstpointer  data)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  GObject *event = G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-nzl-2024-itpp"));
  GObject *period = G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-jpn-itpp-period"));
  GObject *ipcp = G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "kor-ipcp-2012"));
  AtlasTimelineModel *model = atlas_timeline_get_model (fixture->timeline);
  AtlasTimelineRect rect;
  int index;

  /* Selected elsewhere while out of view: highlighted and brought into view */
  atlas_timeline_set_visible_range (fixture->timeline, julian (1960, 1, 1), 800);
  atlas_selection_set_item (fixture->selection, event);
  index = atlas_timeline_get_selected_index (fixture->timeline);
  g_assert_cmpint (index, ==, atlas_timeline_model_find_record (model, event));
  g_assert_true (atlas_timeline_layout_get_item_rect (layout, (guint) index, &rect));
  g_assert_cmpfloat (rect.x, >=, atlas_timeline_layout_get_metrics (layout)->gutter);
  g_assert_cmpfloat (rect.x + rect.width, <=, gtk_widget_get_width (GTK_WIDGET (fixture->timeline)));
  g_assert_cmpfloat_with_epsilon (view_span (fixture), 800, EPSILON);

  /* A period event is shown by its programme's bar */
  atlas_selection_set_item (fixture->selection, period);
  g_assert_true (record_of (fixture, (guint) atlas_timeline_get_selected_index (fixture->timeline)) ==
                 G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "jpn-itpp")));
  /* A programme without a period is shown by its event */
  atlas_selection_set_item (fixture->selection, ipcp);
  g_assert_true (record_of (fixture, (guint) atlas_timeline_get_selected_index (fixture->timeline)) ==
                 G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-kor-2012-ipcp")));
  /* Something the timeline does not draw selects nothing here */
  atlas_selection_set_item (fixture->selection, NULL);
  g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, -1);

  /* A new dataset starts afresh */
  atlas_selection_set_item (fixture->selection, event);
  atlas_selection_set_dataset (fixture->selection, NULL);
  g_assert_null (atlas_timeline_get_model (fixture->timeline));
  g_assert_cmpint (atlas_timeline_get_selected_index (fixture->timeline), ==, -1);
  atlas_selection_set_dataset (fixture->selection, fixture->dataset);
  g_assert_nonnull (atlas_timeline_get_model (fixture->timeline));
}

static void
test_search_and_legend (Fixture       *fixture,
                        gconstpointer  data)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  AtlasTimelineModel *model = atlas_timeline_get_model (fixture->timeline);
  int vilnius = atlas_timeline_model_find_record (model, G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-vilnius-2023")));
  int madrid = atlas_timeline_model_find_record (model, G_OBJECT (atlas_dataset_find_event (fixture->dataset, "ev-madrid-2022")));
  GtkWidget *legend = NULL;
  guint checks = 0, kinds = 0;
  double height;

  /* The window's search dims what does not match */
  atlas_selection_set_search_text (fixture->selection, "Vilnius");
  g_assert_cmpstr (atlas_timeline_get_search_text (fixture->timeline), ==, "Vilnius");
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) vilnius));
  g_assert_true (atlas_timeline_layout_item_is_dimmed (layout, (guint) madrid));
  atlas_selection_set_search_text (fixture->selection, "");
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) madrid));

  /* The legend has a toggle per lane and per kind; they hide what they name */
  legend = find_descendant (GTK_WIDGET (fixture->timeline), ATLAS_TYPE_TIMELINE_LEGEND);
  g_assert_nonnull (legend);
  for (GtkWidget *child = gtk_widget_get_first_child (legend); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child))
      checks++;
  for (guint k = 0; k < ATLAS_TIMELINE_N_KINDS; k++)
    if (atlas_timeline_model_get_kinds (model) & (1u << k))
      kinds++;
  g_assert_cmpuint (kinds, >=, 10);
  /* ... and one for the eras */
  g_assert_cmpuint (checks, ==, atlas_timeline_model_get_n_lanes (model) + kinds + 1);

  /* The eras' toggle shows and hides them, and is kept in the settings */
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
    GtkWidget *eras = NULL;
    guint n_eras;

    atlas_timeline_set_settings (fixture->timeline, settings);
    for (GtkWidget *child = gtk_widget_get_first_child (legend); child != NULL; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_CHECK_BUTTON (child) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), "IPCP and ITPP eras") == 0)
        eras = child;
    g_assert_nonnull (eras);
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (eras)));
    g_assert_true (atlas_timeline_layout_get_show_eras (layout));
    atlas_timeline_layout_get_eras (layout, &n_eras);
    g_assert_cmpuint (n_eras, >, 0);
    gtk_check_button_set_active (GTK_CHECK_BUTTON (eras), FALSE);
    g_assert_false (atlas_timeline_layout_get_show_eras (layout));
    g_assert_false (g_settings_get_boolean (settings, "timeline-show-eras"));
    g_settings_set_boolean (settings, "timeline-show-eras", TRUE);
    g_assert_true (atlas_timeline_get_show_eras (fixture->timeline));
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (eras)));
    atlas_timeline_set_settings (fixture->timeline, NULL);
  }

  /* The lanes share the widget's height (issue 19): a hidden lane makes
   * their own heights, not the picture, shorter */
  height = atlas_timeline_layout_get_natural_height (layout);
  for (GtkWidget *child = gtk_widget_get_first_child (legend); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), "Japan") == 0)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), FALSE);
  g_assert_false (atlas_timeline_layout_get_lane_visible (layout, 2));
  g_assert_cmpfloat (atlas_timeline_layout_get_natural_height (layout), <, height);

  atlas_timeline_set_kind_visible (fixture->timeline, ATLAS_EVENT_KIND_SUMMIT, FALSE);
  activate (fixture, "timeline.first");
  for (guint i = 0; i < 200; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, (guint) atlas_timeline_get_selected_index (fixture->timeline));

      g_assert_cmpint (item->kind, !=, ATLAS_EVENT_KIND_SUMMIT);
      g_assert_cmpuint (item->lane, !=, 2);
      activate (fixture, "timeline.next");
    }
}

static int resize_target;

/* The window took its new height (less a title bar, if any) */
static gboolean
is_resized (Fixture *fixture)
{
  int height = gtk_widget_get_height (GTK_WIDGET (fixture->timeline));

  return height <= resize_target && height > resize_target - 80;
}

/* The legend folds into a bar under the lanes: at every height it takes,
 * no lane is under it, and at the default height every lane is in sight
 * and the lanes fill what the bar leaves */
static void
test_legend_fold (Fixture       *fixture,
                  gconstpointer  data)
{
  /* Within the 1280×800 screen the tests may run on */
  static const int heights[] = { 760, 420, 790 };
  GtkWidget *timeline = GTK_WIDGET (fixture->timeline);
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  GtkAdjustment *vadjustment = atlas_timeline_get_vadjustment (fixture->timeline);
  GtkWidget *bar = gtk_widget_get_parent (find_descendant (timeline, GTK_TYPE_MENU_BUTTON));

  g_assert_true (gtk_widget_get_parent (bar) == timeline);
  for (guint h = 0; h < G_N_ELEMENTS (heights); h++)
    {
      const AtlasTimelineLaneBox *lanes;
      graphene_rect_t bounds;
      guint n_lanes;

      resize_target = heights[h];
      gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, heights[h]);
      run_until (is_resized, fixture);
      while (g_main_context_iteration (NULL, FALSE));
      g_assert_true (gtk_widget_compute_bounds (bar, timeline, &bounds));
      lanes = atlas_timeline_layout_get_lanes (layout, &n_lanes);
      g_assert_cmpuint (n_lanes, >, 0);
      for (guint i = 0; i < n_lanes; i++)
        {
          double top = lanes[i].y - gtk_adjustment_get_value (vadjustment);
          double bottom = MIN (top + lanes[i].height,
                               atlas_timeline_layout_get_metrics (layout)->ruler_height +
                               gtk_adjustment_get_page_size (vadjustment));

          /* What shows of a lane is above the bar */
          if (bottom > top)
            g_assert_cmpfloat (bottom, <=, bounds.origin.y + 0.5);
        }
      /* The bar is one line, not a block of check boxes */
      g_assert_cmpfloat (bounds.size.height, <, 60);
      if (heights[h] >= 760)
        {
          /* Every lane in sight, and the lanes fill down to the bar */
          g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), <=, gtk_adjustment_get_page_size (vadjustment) + 0.5);
          g_assert_cmpfloat (atlas_timeline_layout_get_height (layout), >=,
                             bounds.origin.y - gtk_widget_get_margin_top (bar) - 1);
        }
    }
}

/* The range a dataset was left at is where it opens next time; another
 * dataset (here, none) keeps its own */
static void
test_remembered_range (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  AtlasTimeline *other;
  double start, span, first_start, first_span;

  g_settings_reset (settings, "timeline-ranges");
  atlas_timeline_set_settings (fixture->timeline, settings);
  atlas_timeline_get_visible_range (fixture->timeline, &first_start, &first_span);
  atlas_timeline_set_visible_range (fixture->timeline, julian (2015, 1, 1), 3 * 365.25);
  /* Kept when the widget goes, even before the delay is over */
  g_clear_pointer ((GtkWindow **) &fixture->window, gtk_window_destroy);
  g_assert_cmpuint (g_variant_n_children (g_settings_get_value (settings, "timeline-ranges")), ==, 1);

  other = g_object_ref_sink (ATLAS_TIMELINE (atlas_timeline_new ()));
  atlas_timeline_set_settings (other, settings);
  atlas_view_set_selection (ATLAS_VIEW (other), selection);
  atlas_selection_set_dataset (selection, fixture->dataset);
  atlas_timeline_get_visible_range (other, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, julian (2015, 1, 1), 1e-6);
  g_assert_cmpfloat_with_epsilon (span, 3 * 365.25, 1e-6);

  /* Fresh settings: the first view */
  g_settings_reset (settings, "timeline-ranges");
  atlas_selection_set_dataset (selection, NULL);
  atlas_selection_set_dataset (selection, fixture->dataset);
  atlas_timeline_get_visible_range (other, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, first_start, 1e-6);
  g_assert_cmpfloat_with_epsilon (span, first_span, 1e-6);
  atlas_view_set_selection (ATLAS_VIEW (other), NULL);
  g_object_unref (other);
}

static void
test_style (Fixture       *fixture,
            gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const AtlasTimelineStyle *style = atlas_timeline_get_style (fixture->timeline);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpfloat (style->background.red, >, 0.5);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpfloat (style->background.red, <, 0.5);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  const char *out = g_getenv ("TIMELINE_SNAPSHOT");

  atlas_selection_set_item (fixture->selection, G_OBJECT (atlas_dataset_find_programme (fixture->dataset, "kor-itpp")));
  atlas_timeline_set_visible_range (fixture->timeline, julian (2005, 1, 1), julian (2031, 1, 1) - julian (2005, 1, 1));
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (widget));
  if (out != NULL)
    g_assert_true (gdk_texture_save_to_png (texture, out));
}

/* A dataset of @n partners, each with a programme period and two events,
 * as a research dataset of every partner would have */
static AtlasDataset *
many_partners (guint n)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  g_string_append (json, "{\"format\": \"partnership-atlas\", \"version\": 1, \"title\": \"Lanes\",\n"
                         "\"area_groups\": [], \"areas\": [{\"id\": \"a\", \"name\": \"Area\"}],\n"
                         "\"documents\": [{\"id\": \"d\", \"title\": \"Document\", \"date\": \"2020\", "
                         "\"kind\": \"policy-brief\"}],\n"
                         "\"excerpts\": [{\"id\": \"x\", \"document\": \"d\", \"text\": \"Text.\"}],\n"
                         "\"partners\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"Partner %u\"}", i ? ", " : "", i, i);
  g_string_append (json, "],\n\"programmes\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"g%u\", \"partner\": \"p%u\", \"type\": \"itpp\", "
                            "\"title\": \"Programme %u\", \"status\": \"in-force\", "
                            "\"text_availability\": \"not-public\", "
                            "\"period\": {\"start\": \"%u\", \"end\": \"%u\", \"evidence\": [\"x\"]}, "
                            "\"areas\": []}",
                            i ? ", " : "", i, i, i, 2000 + i % 20, 2003 + i % 20);
  g_string_append (json, "],\n\"events\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"e%u\", \"date\": \"%u-03-01\", \"kind\": \"dialogue\", "
                            "\"partners\": [\"p%u\"], \"title\": \"Dialogue %u\", \"evidence\": [\"x\"]}, "
                            "{\"id\": \"f%u\", \"date\": \"%u-06\", \"kind\": \"signing\", "
                            "\"partners\": [\"p%u\"], \"title\": \"Signing %u\", \"evidence\": [\"x\"]}",
                            i ? ", " : "", i, 1999 + i % 20, i, i, i, 2001 + i % 20, i, i);
  g_string_append (json, "]}\n");

  dataset = atlas_loader_load_data (json->str, json->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

/* A frame of the widget: its snapshot (called directly, as GTK would
 * reuse the node it drew last) rendered by the window's renderer.
 * Returns the texture's height. */
static int
draw_frame (GtkWidget *widget)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  return gdk_texture_get_height (texture);
}

static gint64 frames_before;

static gint64
frame_counter (Fixture *fixture)
{
  return gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (GTK_WIDGET (fixture->timeline)));
}

static gboolean
frame_drawn (Fixture *fixture)
{
  return frame_counter (fixture) > frames_before;
}

/* Lets GTK draw a frame of the window, as it does on screen */
static void
wait_for_frame (Fixture *fixture)
{
  frames_before = frame_counter (fixture);
  gtk_widget_queue_draw (GTK_WIDGET (fixture->timeline));
  run_until (frame_drawn, fixture);
}

static gboolean
lanes_allocated (Fixture *fixture)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (fixture->timeline);
  GtkAdjustment *lanes = atlas_timeline_get_vadjustment (fixture->timeline);

  return is_laid_out (fixture) &&
         gtk_adjustment_get_upper (lanes) ==
         ceil (atlas_timeline_layout_get_height (layout)) - atlas_timeline_layout_get_metrics (layout)->ruler_height;
}

static void
test_many_lanes (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (fixture->timeline);
  g_autoptr(AtlasDataset) dataset = many_partners (400);
  AtlasTimelineModel *model;
  AtlasTimelineLayout *layout;
  GtkAdjustment *lanes;
  GtkEventController *scroll;
  double ruler, lanes_height, value;
  gboolean handled = FALSE;
  int first_lane_item, height;

  atlas_selection_set_dataset (fixture->selection, dataset);
  run_until (lanes_allocated, fixture);
  model = atlas_timeline_get_model (fixture->timeline);
  layout = atlas_timeline_get_layout (fixture->timeline);
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (model), ==, 401);
  ruler = atlas_timeline_layout_get_metrics (layout)->ruler_height;
  lanes_height = atlas_timeline_layout_get_height (layout) - ruler;
  /* Taller than any image GTK can draw at once */
  g_assert_cmpfloat (lanes_height, >, 32767);

  /* The widget keeps the window's size; its lanes scroll under the ruler */
  g_assert_cmpint (gtk_widget_get_height (widget), <=, 760);
  lanes = atlas_timeline_get_vadjustment (fixture->timeline);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (lanes), ceil (lanes_height + ruler) - ruler, 1e-6);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (lanes), <, 760);
  g_assert_cmpfloat (gtk_adjustment_get_page_size (lanes), >, 0);

  /* Frames drawn by GTK itself, then by hand, at the top ... */
  wait_for_frame (fixture);
  height = draw_frame (widget);
  g_assert_cmpint (height, ==, gtk_widget_get_height (widget));

  /* ... after the wheel scrolled the lanes (and did not pan) ... */
  scroll = find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  value = view_start (fixture);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 3.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (lanes), >, 0);
  g_assert_cmpfloat_with_epsilon (view_start (fixture), value, EPSILON);
  wait_for_frame (fixture);
  draw_frame (widget);

  /* ... and at the bottom lane */
  gtk_adjustment_set_value (lanes, gtk_adjustment_get_upper (lanes));
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (lanes),
                                  gtk_adjustment_get_upper (lanes) - gtk_adjustment_get_page_size (lanes), 1e-6);
  wait_for_frame (fixture);
  draw_frame (widget);

  /* What is under the pointer is in the lanes scrolled into view: the
   * bottom lane's marker, at its place in the widget */
  {
    const AtlasTimelineLaneBox *box = atlas_timeline_layout_get_lane_box (layout, 400);
    double y = box->markers_y - gtk_adjustment_get_value (lanes);
    int index;

    g_assert_cmpfloat (y, >, ruler);
    g_assert_cmpfloat (y, <, gtk_widget_get_height (widget));
    for (index = 0; index < (int) atlas_timeline_model_get_n_items (model); index++)
      {
        const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, (guint) index);

        if (item->lane == 400 && !item->is_span)
          break;
      }
    atlas_timeline_layout_zoom_to_item (layout, (guint) index);
    g_assert_true (atlas_timeline_select_at (fixture->timeline,
                                             atlas_timeline_layout_day_to_x (layout,
                                                                             (atlas_timeline_model_get_item (model, (guint) index)->first_day +
                                                                              atlas_timeline_model_get_item (model, (guint) index)->last_day + 1.0) / 2),
                                             y));
    g_assert_cmpuint (atlas_timeline_model_get_item (model, (guint) atlas_timeline_get_selected_index (fixture->timeline))->lane,
                      ==, 400);
  }

  /* Selecting an item of the first lane scrolls it into view */
  first_lane_item = -1;
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model) && first_lane_item < 0; i++)
    if (atlas_timeline_model_get_item (model, i)->lane == 1)
      first_lane_item = (int) i;
  atlas_selection_set_item (fixture->selection, atlas_timeline_model_get_item (model, (guint) first_lane_item)->record);
  g_assert_cmpfloat (gtk_adjustment_get_value (lanes), <=,
                     atlas_timeline_layout_get_lane_box (layout, 1)->y - ruler);
  wait_for_frame (fixture);
  draw_frame (widget);
}

/* An item selected before the timeline was ever laid out (the window
 * opening on a selection) is brought into sight at its first layout */
static void
test_selected_before_layout (void)
{
  g_autoptr(AtlasDataset) dataset = many_partners (400);
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  Fixture fixture = { .selection = selection, .dataset = dataset };
  AtlasTimelineModel *model;
  AtlasTimelineLayout *layout;
  GtkAdjustment *lanes;
  const AtlasTimelineLaneBox *box;
  double ruler;
  guint last = 0;

  fixture.window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1200, 760);
  fixture.timeline = ATLAS_TIMELINE (atlas_timeline_new ());
  gtk_window_set_child (GTK_WINDOW (fixture.window), GTK_WIDGET (fixture.timeline));
  atlas_view_set_selection (ATLAS_VIEW (fixture.timeline), selection);
  atlas_selection_set_dataset (selection, dataset);
  model = atlas_timeline_get_model (fixture.timeline);
  g_assert_nonnull (model);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    if (atlas_timeline_model_get_item (model, i)->lane > atlas_timeline_model_get_item (model, last)->lane)
      last = i;
  atlas_selection_set_item (selection, atlas_timeline_model_get_item (model, last)->record);

  gtk_window_present (GTK_WINDOW (fixture.window));
  run_until (lanes_allocated, &fixture);
  layout = atlas_timeline_get_layout (fixture.timeline);
  lanes = atlas_timeline_get_vadjustment (fixture.timeline);
  ruler = atlas_timeline_layout_get_metrics (layout)->ruler_height;
  box = atlas_timeline_layout_get_lane_box (layout, atlas_timeline_model_get_item (model, last)->lane);
  g_assert_cmpfloat (gtk_adjustment_get_value (lanes), >, 0);
  g_assert_cmpfloat (box->y - ruler, >=, gtk_adjustment_get_value (lanes));
  g_assert_cmpfloat (box->y - ruler, <, gtk_adjustment_get_value (lanes) + gtk_adjustment_get_page_size (lanes));

  gtk_window_destroy (GTK_WINDOW (fixture.window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add ("/timeline/widget/zoom", Fixture, NULL, fixture_set_up, test_zoom, fixture_tear_down);
  g_test_add ("/timeline/widget/first-view", Fixture, NULL, fixture_set_up, test_first_view, fixture_tear_down);
  g_test_add ("/timeline/widget/zoom-anchor", Fixture, NULL, fixture_set_up, test_zoom_anchor, fixture_tear_down);
  g_test_add ("/timeline/widget/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/timeline/widget/legend-fold", Fixture, NULL, fixture_set_up, test_legend_fold, fixture_tear_down);
  g_test_add ("/timeline/widget/remembered-range", Fixture, NULL, fixture_set_up, test_remembered_range,
              fixture_tear_down);
  g_test_add ("/timeline/widget/pan", Fixture, NULL, fixture_set_up, test_pan, fixture_tear_down);
  g_test_add ("/timeline/widget/pinch", Fixture, NULL, fixture_set_up, test_pinch, fixture_tear_down);
  g_test_add ("/timeline/widget/many-lanes", Fixture, NULL, fixture_set_up, test_many_lanes, fixture_tear_down);
  g_test_add_func ("/timeline/widget/selected-before-layout", test_selected_before_layout);
  g_test_add ("/timeline/widget/kinetic", Fixture, NULL, fixture_set_up, test_kinetic, fixture_tear_down);
  g_test_add ("/timeline/widget/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/timeline/widget/activate", Fixture, NULL, fixture_set_up, test_activate, fixture_tear_down);
  g_test_add ("/timeline/widget/click", Fixture, NULL, fixture_set_up, test_click, fixture_tear_down);
  g_test_add ("/timeline/widget/follow-selection", Fixture, NULL, fixture_set_up, test_follow_selection, fixture_tear_down);
  g_test_add ("/timeline/widget/search-and-legend", Fixture, NULL, fixture_set_up, test_search_and_legend, fixture_tear_down);
  g_test_add ("/timeline/widget/style", Fixture, NULL, fixture_set_up, test_style, fixture_tear_down);
  g_test_add ("/timeline/widget/render", Fixture, NULL, fixture_set_up, test_render, fixture_tear_down);

  return g_test_run ();
}
