/* atlas-timeline-input.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's input: clicks, drags, the wheel with its kinetic
 * scrolling, pinch zoom, tooltips, and the view and move actions. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-timeline.h"
#include "atlas-timeline-cap.h"
#include "atlas-timeline-private.h"
#include "atlas-timeline-filter.h"
#include "atlas-timeline-legend.h"
#include "atlas-timeline-render.h"

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  AtlasTimeline   *self)
{
  _atlas_timeline_stop_kinetic (self);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   AtlasTimeline   *self)
{
  if (!atlas_timeline_select_at (self, x, y))
    return;
  if (n_press == 2)
    gtk_widget_activate_action (GTK_WIDGET (self), "timeline.activate", NULL);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               AtlasTimeline  *self)
{
  _atlas_timeline_stop_kinetic (self);
  if (self->layout == NULL || y < _atlas_timeline_ruler_height (self) || y > _atlas_timeline_ruler_height (self) + self->lanes_view)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  self->drag_start = atlas_timeline_layout_get_view_start (self->layout);
  self->drag_scroll = gtk_adjustment_get_value (self->vadjustment);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                AtlasTimeline  *self)
{
  double span, width;

  if (self->layout == NULL || (fabs (offset_x) < 3 && fabs (offset_y) < 3))
    return;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
  span = atlas_timeline_layout_get_view_span (self->layout);
  width = atlas_timeline_layout_get_width (self->layout) - atlas_timeline_layout_get_metrics (self->layout)->gutter;
  atlas_timeline_layout_set_view (self->layout, self->drag_start - offset_x * span / MAX (width, 1), span);
  gtk_adjustment_set_value (self->vadjustment, self->drag_scroll - offset_y);
  _atlas_timeline_sync_view (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             AtlasTimeline  *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
                           double                    dx,
                           double                    dy,
                           AtlasTimeline            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;
  double x;

  if (self->layout == NULL)
    return FALSE;
  _atlas_timeline_stop_kinetic (self);

  if (state & GDK_CONTROL_MASK)
    {
      /* Around the pointer. The event's position is the surface's, not
       * the widget's: the motion controller's is the one to trust */
      x = self->pointer_x >= 0 ? self->pointer_x : _atlas_timeline_center_x (self);
      _atlas_timeline_zoom (self, wheel ? pow (ZOOM_STEP, -dy) : exp (-dy / 100.0), x);
      return TRUE;
    }
  /* Shift turns the wheel sideways. Lanes taller than the widget scroll
   * up and down; else plain scrolling pans too, since the timeline runs
   * left to right. */
  if (_atlas_timeline_lanes_overflow (self) && !(state & GDK_SHIFT_MASK))
    {
      _atlas_timeline_scroll_lanes (self, dy * (wheel ? WHEEL_SCROLL : 1.0));
      _atlas_timeline_pan (self, dx * (wheel ? WHEEL_PAN : 1.0));
      return TRUE;
    }
  _atlas_timeline_pan (self, (dx + dy) * (wheel ? WHEEL_PAN : 1.0));
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           AtlasTimeline            *self)
{
  self->pointer_x = x;
}

static void
leave_cb (GtkEventControllerMotion *controller,
          AtlasTimeline            *self)
{
  self->pointer_x = -1;
}

static gboolean
kinetic_tick_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       user_data)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = (now - self->kinetic_time) / (double) G_USEC_PER_SEC;
  double friction = exp (-KINETIC_FRICTION * dt);
  double start, scroll;

  self->kinetic_time = now;
  if (self->layout == NULL)
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }
  start = atlas_timeline_layout_get_view_start (self->layout);
  scroll = gtk_adjustment_get_value (self->vadjustment);
  _atlas_timeline_pan (self, self->kinetic_velocity * dt);
  _atlas_timeline_scroll_lanes (self, self->kinetic_velocity_y * dt);
  self->kinetic_velocity *= friction;
  self->kinetic_velocity_y *= friction;
  /* It stops when it slows down or meets either end of the data */
  if (MAX (fabs (self->kinetic_velocity), fabs (self->kinetic_velocity_y)) < KINETIC_STOP ||
      (dt > 0 && atlas_timeline_layout_get_view_start (self->layout) == start &&
       gtk_adjustment_get_value (self->vadjustment) == scroll))
    {
      self->kinetic_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
decelerate_cb (GtkEventControllerScroll *controller,
               double                    velocity_x,
               double                    velocity_y,
               AtlasTimeline            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  _atlas_timeline_stop_kinetic (self);
  if (state & GDK_CONTROL_MASK || clock == NULL || self->layout == NULL)
    return;
  if (_atlas_timeline_lanes_overflow (self) && !(state & GDK_SHIFT_MASK))
    {
      self->kinetic_velocity = velocity_x;
      self->kinetic_velocity_y = velocity_y;
    }
  else
    {
      self->kinetic_velocity = velocity_x + velocity_y;
      self->kinetic_velocity_y = 0;
    }
  self->kinetic_time = gdk_frame_clock_get_frame_time (clock);
  self->kinetic_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), kinetic_tick_cb, NULL, NULL);
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               AtlasTimeline    *self)
{
  double x, y;

  if (self->layout == NULL)
    return;
  _atlas_timeline_stop_kinetic (self);
  if (!gtk_gesture_is_active (gesture) || !gtk_gesture_get_bounding_box_center (gesture, &x, &y))
    x = _atlas_timeline_center_x (self);
  self->zoom_start = atlas_timeline_layout_get_view_start (self->layout);
  self->zoom_span = atlas_timeline_layout_get_view_span (self->layout);
  self->zoom_x = x;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       AtlasTimeline  *self)
{
  double x, y;

  if (self->layout == NULL || scale <= 0 || self->zoom_span <= 0)
    return;
  /* The fingers may move as they pinch: the view follows them */
  if (!gtk_gesture_is_active (GTK_GESTURE (gesture)) ||
      !gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->zoom_x;
  atlas_timeline_layout_pinch (self->layout, self->zoom_start, self->zoom_span, self->zoom_x, x, scale);
  _atlas_timeline_sync_view (self);
}

/* Over a lane's name: the whole of it, which the column of names may cut */
static gboolean
query_lane_tooltip (AtlasTimeline *self,
                    int            y,
                    GtkTooltip    *tooltip)
{
  const AtlasTimelineLaneBox *lanes;
  double layout_y = _atlas_timeline_to_layout_y (self, y);
  guint n_lanes;

  if (layout_y < _atlas_timeline_ruler_height (self))
    return FALSE;
  lanes = atlas_timeline_layout_get_lanes (self->layout, &n_lanes);
  for (guint i = 0; i < n_lanes; i++)
    if (layout_y >= lanes[i].y && layout_y < lanes[i].y + lanes[i].height)
      {
        g_autofree char *name = atlas_timeline_cap_text_to (atlas_timeline_model_get_lane_full_name (self->model, lanes[i].lane),
                                                            ATLAS_TIMELINE_MAX_TOOLTIP_CHARS);

        gtk_tooltip_set_text (tooltip, name);
        gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { 0, (int) (lanes[i].y - gtk_adjustment_get_value (self->vadjustment)),
                                                             (int) atlas_timeline_layout_get_metrics (self->layout)->gutter,
                                                             (int) lanes[i].height });
        return TRUE;
      }
  return FALSE;
}

static gboolean
query_tooltip_cb (AtlasTimeline *self,
                                  int            x,
                                  int            y,
                                  gboolean       keyboard,
                                  GtkTooltip    *tooltip)
{
  g_autofree char *description = NULL;
  g_autofree char *text = NULL;
  g_autofree char *change = NULL;
  AtlasTimelineRect rect;
  int index;

  if (self->layout == NULL)
    return FALSE;
  if (!keyboard && x < atlas_timeline_layout_get_metrics (self->layout)->gutter &&
      query_lane_tooltip (self, y, tooltip))
    return TRUE;
  if (keyboard)
    index = self->selected;
  else
    index = atlas_timeline_layout_hit_test (self->layout, x, _atlas_timeline_to_layout_y (self, y));
  if (index < 0)
    return FALSE;

  /* Plain text: titles come from the dataset and are never markup */
  description = atlas_timeline_model_describe_item (self->model, (guint) index, "\n");
  text = atlas_timeline_cap_text_to (description, ATLAS_TIMELINE_MAX_TOOLTIP_CHARS);
  change = _atlas_timeline_describe_change (self, (guint) index);
  if (change != NULL)
    {
      char *both = g_strconcat (text, "\n\n", change, NULL);

      g_free (text);
      text = both;
    }
  gtk_tooltip_set_text (tooltip, text);
  if (atlas_timeline_layout_get_item_rect (self->layout, (guint) index, &rect))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) rect.x,
                                                         (int) (rect.y - gtk_adjustment_get_value (self->vadjustment)),
                                                         MAX ((int) rect.width, 1), MAX ((int) rect.height, 1) });
  return TRUE;
}

/* The keys and buttons zoom around the selected item, where the reader's
 * attention is, when it is in sight; else around the middle */
static double
zoom_anchor (AtlasTimeline *self)
{
  AtlasTimelineRect rect;
  double start, end;

  if (self->selected >= 0 && atlas_timeline_layout_get_item_rect (self->layout, (guint) self->selected, &rect))
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, (guint) self->selected);

      start = atlas_timeline_layout_get_view_start (self->layout);
      end = start + atlas_timeline_layout_get_view_span (self->layout);
      if (item->last_day + 1.0 > start && item->first_day < end)
        return atlas_timeline_layout_day_to_x (self->layout,
                                               CLAMP ((item->first_day + item->last_day + 1.0) / 2, start, end));
    }
  return _atlas_timeline_center_x (self);
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);

  if (self->layout == NULL)
    return;
  _atlas_timeline_stop_kinetic (self);
  if (g_str_equal (action_name, "timeline.zoom-in"))
    atlas_timeline_layout_zoom (self->layout, ZOOM_STEP, zoom_anchor (self));
  else if (g_str_equal (action_name, "timeline.zoom-out"))
    atlas_timeline_layout_zoom (self->layout, 1 / ZOOM_STEP, zoom_anchor (self));
  else if (g_str_equal (action_name, "timeline.pan-left") ||
           g_str_equal (action_name, "timeline.pan-right"))
    {
      const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (self->layout);
      double axis = atlas_timeline_layout_get_width (self->layout) - metrics->gutter;

      atlas_timeline_layout_pan (self->layout, (g_str_equal (action_name, "timeline.pan-left") ? -1 : 1) *
                                               KEY_PAN * axis);
    }
  else if (g_str_equal (action_name, "timeline.zoom-reset"))
    atlas_timeline_layout_zoom_to_fit (self->layout);
  else if (g_str_equal (action_name, "timeline.show-earlier") ||
           g_str_equal (action_name, "timeline.show-later"))
    _atlas_timeline_show_outside (self, g_str_equal (action_name, "timeline.show-later"));
  else if (g_str_equal (action_name, "timeline.zoom-to-fit"))
    atlas_timeline_layout_zoom_to_shown (self->layout);
  else if (self->selected >= 0)
    atlas_timeline_layout_zoom_to_item (self->layout, (guint) self->selected);
  _atlas_timeline_sync_view (self);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);
  int index;

  if (self->layout == NULL)
    return;
  if (g_str_equal (action_name, "timeline.next"))
    index = atlas_timeline_layout_step (self->layout, self->selected, 1);
  else if (g_str_equal (action_name, "timeline.previous"))
    index = atlas_timeline_layout_step (self->layout, self->selected, -1);
  else if (g_str_equal (action_name, "timeline.first"))
    index = atlas_timeline_layout_step (self->layout, -1, 1);
  else if (g_str_equal (action_name, "timeline.last"))
    index = atlas_timeline_layout_step (self->layout, -1, -1);
  else if (g_str_equal (action_name, "timeline.lane-up"))
    index = atlas_timeline_layout_change_lane (self->layout, self->selected, -1);
  else
    index = atlas_timeline_layout_change_lane (self->layout, self->selected, 1);
  _atlas_timeline_select_index (self, index);
}

void
_atlas_timeline_class_input_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-reset", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-fit", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-to-selection", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan-left", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.pan-right", NULL, view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.pan-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, GDK_SHIFT_MASK, "timeline.pan-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.pan-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, GDK_SHIFT_MASK, "timeline.pan-right", NULL);
  gtk_widget_class_install_action (widget_class, "timeline.show-earlier", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-later", NULL, view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, "timeline.show-earlier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, "timeline.show-later", NULL);
  gtk_widget_class_install_action (widget_class, "timeline.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.first", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.last", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.lane-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "timeline.lane-down", NULL, move_action);

  gtk_widget_class_bind_template_callback (widget_class, click_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, click_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_end_cb);
  gtk_widget_class_bind_template_callback (widget_class, scroll_cb);
  gtk_widget_class_bind_template_callback (widget_class, decelerate_cb);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_scale_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
}
