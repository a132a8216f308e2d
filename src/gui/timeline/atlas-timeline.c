/* atlas-timeline.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-timeline.h"
#include "atlas-text.h"
#include "atlas-timeline-cap.h"
#include "atlas-timeline-private.h"
#include "atlas-timeline-filter.h"
#include "atlas-timeline-legend.h"
#include "atlas-timeline-render.h"
#include "atlas-mnemonic-names.h"

/**
 * AtlasTimeline:
 *
 * The Timeline page: lanes per partner, programme periods as bars, events
 * as markers, summits as bands. It follows the window's #AtlasSelection:
 * its dataset is drawn, its item is highlighted and brought into view, and
 * clicking or moving with the keyboard selects. Geometry lives in
 * #AtlasTimelineLayout and drawing in atlas_timeline_render(), shared with
 * the exports; this widget handles input and picks the colours.
 *
 * Its children are the zoom buttons, in the corner above the lane names,
 * the legend below the lanes, whose toggles show and hide lanes and
 * kinds of event, and a scrollbar for lanes taller than the widget.
 *
 * The ruler stays at the top and the lanes scroll under it: the widget
 * draws only what is in sight, one picture of its own size, which it
 * keeps until the view, the size, the scroll, the selection or the style
 * change. Hundreds of partners cost no more to draw than four.
 */

G_DEFINE_FINAL_TYPE (AtlasTimeline, atlas_timeline, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_SEARCH_TEXT,
  PROP_TODAY,
  PROP_MODEL,
  PROP_VIEW_START,
  PROP_VIEW_SPAN,
  PROP_FILTER,
  N_PROPS
};

enum {
  ACTIVATE_ITEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
notify_view (AtlasTimeline *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_START]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_SPAN]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Tells about a change of view, after any change that may have made one */
void
_atlas_timeline_sync_view (AtlasTimeline *self)
{
  double start = self->layout ? atlas_timeline_layout_get_view_start (self->layout) : 0;
  double span = self->layout ? atlas_timeline_layout_get_view_span (self->layout) : 0;

  if (start == self->shown_start && span == self->shown_span)
    return;
  self->shown_start = start;
  self->shown_span = span;
  _atlas_timeline_update_edges (self);
  _atlas_timeline_schedule_save_range (self);
  notify_view (self);
}

void
_atlas_timeline_stop_kinetic (AtlasTimeline *self)
{
  if (self->kinetic_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->kinetic_id);
      self->kinetic_id = 0;
    }
}

void
_atlas_timeline_pan (AtlasTimeline *self,
                     double         dx)
{
  if (self->layout == NULL)
    return;
  atlas_timeline_layout_pan (self->layout, dx);
  _atlas_timeline_sync_view (self);
}

void
_atlas_timeline_zoom (AtlasTimeline *self,
                      double         factor,
                      double         anchor_x)
{
  if (self->layout == NULL)
    return;
  atlas_timeline_layout_zoom (self->layout, factor, anchor_x);
  _atlas_timeline_sync_view (self);
}

double
_atlas_timeline_center_x (AtlasTimeline *self)
{
  const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (self->layout);
  double width = atlas_timeline_layout_get_width (self->layout);

  return metrics->gutter + (width - metrics->gutter) / 2;
}

double
_atlas_timeline_ruler_height (AtlasTimeline *self)
{
  return self->layout ? atlas_timeline_layout_get_metrics (self->layout)->ruler_height : 0;
}

gboolean
_atlas_timeline_lanes_overflow (AtlasTimeline *self)
{
  return gtk_adjustment_get_upper (self->vadjustment) > gtk_adjustment_get_page_size (self->vadjustment) + 0.5;
}

void
_atlas_timeline_scroll_lanes (AtlasTimeline *self,
                              double         dy)
{
  gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + dy);
}

/* Scrolls the lanes, as little as it takes, to bring a lane into sight;
 * one taller than the widget shows its top */
static void
reveal_lane (AtlasTimeline *self,
             int            lane)
{
  const AtlasTimelineLaneBox *box;
  double top, bottom, value, page;

  /* Selected before the first layout: brought into sight once laid out */
  if (self->layout == NULL || gtk_adjustment_get_page_size (self->vadjustment) <= 0)
    {
      self->pending_lane = lane;
      return;
    }
  self->pending_lane = -1;
  self->pointer_x = -1;
  if (lane < 0 || (box = atlas_timeline_layout_get_lane_box (self->layout, (guint) lane)) == NULL)
    return;
  top = box->y - _atlas_timeline_ruler_height (self);
  bottom = top + box->height;
  value = gtk_adjustment_get_value (self->vadjustment);
  page = gtk_adjustment_get_page_size (self->vadjustment);
  if (top < value)
    value = top;
  else if (bottom > value + page)
    value = MIN (top, bottom - page);
  gtk_adjustment_set_value (self->vadjustment, value);
}

static void
reveal_item (AtlasTimeline *self,
             int            index)
{
  if (self->model != NULL && index >= 0)
    reveal_lane (self, atlas_timeline_model_get_item (self->model, (guint) index)->lane);
}

/* From the widget's coordinates to the layout's: the lanes are scrolled,
 * the ruler is not; -1 below the lanes in sight */
double
_atlas_timeline_to_layout_y (AtlasTimeline *self,
                             double         y)
{
  double ruler = _atlas_timeline_ruler_height (self);

  if (y < ruler)
    return y;
  if (y >= ruler + self->lanes_view)
    return -1;
  return y + gtk_adjustment_get_value (self->vadjustment);
}

static void
update_accessible (AtlasTimeline *self)
{
  g_autofree char *description = NULL;

  if (self->model != NULL && self->selected >= 0)
    {
      g_autofree char *item = atlas_timeline_model_describe_item (self->model, (guint) self->selected, ", ");
      g_autofree char *capped = atlas_timeline_cap_text_to (item, ATLAS_TIMELINE_MAX_TOOLTIP_CHARS);
      /* Isolated: a bidi override in a title cannot reorder "Selected:" */
      g_autofree char *isolated = atlas_text_isolate_bidi (capped);

      /* Translators: what a screen reader says of the timeline's selected item;
       * %s describes it: title, date, partner and kind */
      description = g_strdup_printf (_("Selected: %s"), isolated);
    }
  else
    /* Translators: the timeline's description for screen readers when nothing is selected */
    description = g_strdup (_("Use the arrow keys to move between events, Up and Down to change lane"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The legend's bar says what its filters hide, with the popover closed */
static void
update_summary (AtlasTimeline *self)
{
  guint n_lanes = 0, shown_lanes = 0, n_kinds = 0, shown_kinds = 0;
  g_autofree char *text = NULL;

  if (self->layout != NULL)
    {
      n_lanes = atlas_timeline_model_get_n_lanes (self->model);
      for (guint i = 0; i < n_lanes; i++)
        shown_lanes += atlas_timeline_layout_get_lane_visible (self->layout, i) ? 1 : 0;
      for (guint k = 0; k < ATLAS_TIMELINE_N_KINDS; k++)
        if (atlas_timeline_model_get_kinds (self->model) & (1u << k))
          {
            n_kinds++;
            shown_kinds += atlas_timeline_layout_get_kind_visible (self->layout, k) ? 1 : 0;
          }
    }
  if (shown_lanes == n_lanes && shown_kinds == n_kinds)
    text = g_strdup (_("Every lane and kind of event shown"));
  else
    /* Translators: under the timeline, when its filters hide some lanes or kinds */
    text = g_strdup_printf (_("Showing %u of %u lanes and %u of %u kinds of event"),
                            shown_lanes, n_lanes, shown_kinds, n_kinds);
  gtk_label_set_text (self->legend_summary, text);
}

static void
update_actions (AtlasTimeline *self)
{
  gboolean has_items = self->model != NULL && atlas_timeline_model_get_n_items (self->model) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-to-selection", self->selected >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.activate", self->selected >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in", has_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out", has_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-reset", has_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-to-fit", has_items);
}

/* The item that stands for a record (see atlas_timeline_model_find_shown()) */
static int
find_item (AtlasTimeline *self,
           GObject       *record)
{
  if (self->model == NULL || record == NULL)
    return -1;
  return atlas_timeline_model_find_shown (self->model, record);
}

static int
find_lane (AtlasTimeline *self,
           GObject       *record)
{
  if (self->model == NULL || !ATLAS_IS_PARTNER (record))
    return -1;
  for (guint i = 0; i < atlas_timeline_model_get_n_lanes (self->model); i++)
    if ((GObject *) atlas_timeline_model_get_lane_partner (self->model, i) == record)
      return (int) i;
  return -1;
}

static void
follow_selection (AtlasTimeline *self)
{
  GObject *item = atlas_view_get_item (ATLAS_VIEW (self));
  int index = find_item (self, item);

  self->selected_lane = find_lane (self, item);
  reveal_lane (self, self->selected_lane);
  if (index != self->selected)
    {
      self->selected = index;
      if (index >= 0)
        {
          atlas_timeline_layout_scroll_to_item (self->layout, (guint) index);
          reveal_item (self, index);
          _atlas_timeline_sync_view (self);
        }
      update_accessible (self);
      update_actions (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_atlas_timeline_select_index (AtlasTimeline *self,
                              int            index)
{
  const AtlasTimelineItem *item;

  if (self->model == NULL || index < 0)
    return;
  item = atlas_timeline_model_get_item (self->model, (guint) index);
  if (item->record != NULL && atlas_view_get_selection (ATLAS_VIEW (self)) != NULL)
    atlas_selection_set_item (atlas_view_get_selection (ATLAS_VIEW (self)), item->record);
  /* The record may stand for another item (a period event is drawn by its
   * programme's bar): the one chosen here is the one shown selected */
  if (self->selected != index)
    {
      self->selected = index;
      atlas_timeline_layout_scroll_to_item (self->layout, (guint) index);
      reveal_item (self, index);
      _atlas_timeline_sync_view (self);
      update_accessible (self);
      update_actions (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_style (AtlasTimeline *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  atlas_timeline_style_init (&self->style, adw_style_manager_get_dark (manager),
                             adw_style_manager_get_high_contrast (manager));
  self->style_serial++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_font (AtlasTimeline *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  if (self->layout == NULL)
    return;
  atlas_timeline_layout_set_font (self->layout, pango_context_get_font_description (context));
  atlas_timeline_layout_invalidate_text (self->layout);
}

/* Draws only what the window's filters let through */
static void
apply_filter (AtlasTimeline *self)
{
  g_autoptr(AtlasTimelineModel) all = g_steal_pointer (&self->model);

  self->model = atlas_timeline_filter_apply (self->filter, all);
  self->changed_model = NULL;
}

static void
rebuild (AtlasTimeline *self)
{
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));

  _atlas_timeline_stop_kinetic (self);
  g_clear_pointer (&self->layout, atlas_timeline_layout_free);
  g_clear_object (&self->model);
  g_clear_object (&self->picture);
  /* the flags of what changed were the old model's */
  self->changed_model = NULL;
  self->selected = -1;
  self->selected_lane = -1;
  gtk_adjustment_set_value (self->vadjustment, 0);

  if (dataset != NULL)
    {
      self->model = atlas_timeline_model_new_for_dataset (dataset);
      apply_filter (self);
      self->layout = atlas_timeline_layout_new (self->model, gtk_widget_get_pango_context (GTK_WIDGET (self)));
      update_font (self);
      atlas_timeline_layout_set_width (self->layout, MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1));
      atlas_timeline_layout_set_today (self->layout, self->today ? self->today
                                                                 : atlas_timeline_layout_today_from_clock ());
      atlas_timeline_layout_set_search (self->layout, self->search_text);
      atlas_timeline_layout_set_show_eras (self->layout, self->show_eras);
      for (guint k = 0; k < ATLAS_TIMELINE_N_KINDS; k++)
        atlas_timeline_layout_set_kind_visible (self->layout, k, !(self->hidden_kinds & (1u << k)));
      atlas_timeline_layout_zoom_to_first_view (self->layout);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  _atlas_timeline_update_edges (self);
  update_summary (self);
  follow_selection (self);
  update_accessible (self);
  update_actions (self);
  notify_view (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
atlas_timeline_dataset_changed (AtlasView *view)
{
  AtlasTimeline *self = ATLAS_TIMELINE (view);

  rebuild (self);
  /* A dataset opens where it was left */
  _atlas_timeline_restore_range (self);
}

static void
atlas_timeline_item_changed (AtlasView *view)
{
  follow_selection (ATLAS_TIMELINE (view));
}

/* The window's search dims what does not match */
static void
atlas_timeline_search_text_changed (AtlasView *view)
{
  atlas_timeline_set_search_text (ATLAS_TIMELINE (view), atlas_view_get_search_text (view));
}

static void
style_changed_cb (AtlasTimeline *self)
{
  update_style (self);
}


static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);
  GObject *record;

  if (self->model == NULL || self->selected < 0)
    return;
  record = atlas_timeline_model_get_item (self->model, (guint) self->selected)->record;
  if (record != NULL)
    g_signal_emit (self, signals[ACTIVATE_ITEM], 0, record);
}

static GtkSizeRequestMode
atlas_timeline_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
atlas_timeline_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);
  int legend_min, legend_nat, corner_min, corner_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->legend_bar, orientation, -1, &legend_min, &legend_nat, NULL, NULL);
      gtk_widget_measure (self->corner, orientation, -1, &corner_min, &corner_nat, NULL, NULL);
      *minimum = MAX (MAX (legend_min, corner_nat + MIN_TIME_WIDTH), MIN_WIDTH);
      *natural = MAX (*minimum, NATURAL_WIDTH);
    }
  else
    {
      double ruler = _atlas_timeline_ruler_height (self);
      double lanes = self->layout ? ceil (atlas_timeline_layout_get_natural_height (self->layout)) - ruler : 0;

      gtk_widget_measure (self->legend_bar, orientation, -1, &legend_min, &legend_nat, NULL, NULL);
      /* The lanes scroll: however many, they ask for a few rows at least
       * and for no more than a screen */
      *minimum = (int) (ruler + MIN (lanes, MIN_LANES_HEIGHT)) + legend_min;
      *natural = (int) (ruler + MIN (lanes, NATURAL_LANES_HEIGHT)) + legend_nat;
    }
}

static void
atlas_timeline_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);
  int legend, corner_width, corner_height, scrollbar_width, unused;
  double ruler = 0, lanes = 0, view;

  /* The legend and the filters fold into a bar of one line under the
   * lanes, whose popover never covers them: the lanes get the rest */
  gtk_widget_measure (self->legend_bar, GTK_ORIENTATION_VERTICAL, width, &legend, &unused, NULL, NULL);
  gtk_widget_measure (self->corner, GTK_ORIENTATION_HORIZONTAL, -1, &corner_width, &unused, NULL, NULL);
  gtk_widget_measure (self->corner, GTK_ORIENTATION_VERTICAL, -1, &corner_height, &unused, NULL, NULL);
  gtk_widget_measure (self->scrollbar, GTK_ORIENTATION_HORIZONTAL, -1, &scrollbar_width, &unused, NULL, NULL);

  if (self->layout != NULL)
    {
      atlas_timeline_layout_set_corner (self->layout, corner_width + 2 * CORNER_PADDING,
                                        corner_height + 2 * CORNER_PADDING);
      atlas_timeline_layout_set_width (self->layout, width);
      atlas_timeline_layout_set_fill_height (self->layout, MAX (0, height - legend));
      ruler = atlas_timeline_layout_get_metrics (self->layout)->ruler_height;
      lanes = ceil (atlas_timeline_layout_get_height (self->layout)) - ruler;
      _atlas_timeline_sync_view (self);
    }

  view = floor (CLAMP (height - ruler - legend, 0, lanes));
  self->lanes_view = view;
  gtk_adjustment_configure (self->vadjustment, gtk_adjustment_get_value (self->vadjustment), 0, lanes,
                            WHEEL_SCROLL, MAX (view * 0.9, 1), view);
  gtk_widget_set_child_visible (self->scrollbar, _atlas_timeline_lanes_overflow (self));
  if (self->pending_lane >= 0)
    reveal_lane (self, self->pending_lane);

  gtk_widget_size_allocate (self->corner,
                            &(GtkAllocation) { CORNER_PADDING, (int) MAX (0, (ruler - corner_height) / 2),
                                               corner_width, corner_height }, -1);
  gtk_widget_size_allocate (self->scrollbar,
                            &(GtkAllocation) { width - scrollbar_width, (int) ruler, scrollbar_width, (int) view }, -1);
  /* Right under the lanes, where it explains them */
  gtk_widget_size_allocate (self->legend_bar,
                            &(GtkAllocation) { 0, (int) (ruler + view), width, legend }, -1);
}

/* The picture of the ruler and the lanes in sight, drawn by the routine
 * the exports use, into an image of the widget's size: kept while nothing
 * it shows changes, so that a frame that changes nothing of it (hovering
 * the legend, a tooltip) costs nothing to draw */
static GdkTexture *
ensure_picture (AtlasTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AtlasTimelineRenderState state = ATLAS_TIMELINE_RENDER_STATE_INIT;
  PictureKey key;
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *bytes;

  memset (&key, 0, sizeof key);
  key.generation = atlas_timeline_layout_get_generation (self->layout);
  key.style_serial = self->style_serial;
  key.width = gtk_widget_get_width (widget);
  key.height = (int) ceil (_atlas_timeline_ruler_height (self) + self->lanes_view);
  key.scale = gtk_widget_get_scale_factor (widget);
  key.scroll = gtk_adjustment_get_value (self->vadjustment);
  key.selected = self->selected;
  key.selected_lane = self->selected_lane;
  key.focused = gtk_widget_has_visible_focus (widget);
  key.changes_serial = self->changes_serial;
  if (self->picture != NULL && memcmp (&key, &self->picture_key, sizeof key) == 0)
    return self->picture;

  g_clear_object (&self->picture);
  self->picture_key = key;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, key.width * key.scale, key.height * key.scale);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      /* Larger than an image can be: nothing rather than an abort */
      g_warning ("Cannot draw a timeline of %d × %d pixels", key.width * key.scale, key.height * key.scale);
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_device_scale (surface, key.scale, key.scale);
  state.selected = key.selected;
  state.selected_lane = key.selected_lane;
  state.focused = key.focused;
  state.changed = _atlas_timeline_get_changed (self, &state.n_changed);
  cr = cairo_create (surface);
  atlas_timeline_render_area (cr, self->layout, &self->style, &state, key.scroll, key.height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The texture takes the image's pixels without copying them */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * key.height * key.scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  self->picture = gdk_memory_texture_new (key.width * key.scale, key.height * key.scale, GDK_MEMORY_DEFAULT,
                                          bytes, cairo_image_surface_get_stride (surface));
  g_bytes_unref (bytes);
  return self->picture;
}

static void
atlas_timeline_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);
  GdkTexture *picture;

  if (self->layout != NULL && gtk_widget_get_width (widget) > 0 &&
      (picture = ensure_picture (self)) != NULL)
    gtk_snapshot_append_texture (snapshot, picture,
                                 &GRAPHENE_RECT_INIT (0, 0, self->picture_key.width, self->picture_key.height));

  gtk_widget_snapshot_child (widget, self->corner, snapshot);
  gtk_widget_snapshot_child (widget, self->legend_bar, snapshot);
  gtk_widget_snapshot_child (widget, self->scrollbar, snapshot);
}

static void
atlas_timeline_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  AtlasTimeline *self = ATLAS_TIMELINE (widget);

  GTK_WIDGET_CLASS (atlas_timeline_parent_class)->css_changed (widget, change);
  update_font (self);
  gtk_widget_queue_resize (widget);
}

static void
atlas_timeline_dispose (GObject *object)
{
  AtlasTimeline *self = (AtlasTimeline *) object;

  _atlas_timeline_stop_kinetic (self);
  atlas_timeline_set_settings (self, NULL);
  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_TIMELINE);
  g_clear_pointer (&self->layout, atlas_timeline_layout_free);
  g_clear_object (&self->model);
  g_clear_object (&self->picture);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (atlas_timeline_parent_class)->dispose (object);
}

static void
atlas_timeline_finalize (GObject *object)
{
  AtlasTimeline *self = (AtlasTimeline *) object;

  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->changed, g_free);
  g_clear_pointer (&self->filter, atlas_timeline_filter_free);

  G_OBJECT_CLASS (atlas_timeline_parent_class)->finalize (object);
}

static void
atlas_timeline_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasTimeline *self = ATLAS_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, atlas_timeline_get_search_text (self));
      break;

    case PROP_TODAY:
      g_value_set_uint (value, self->today);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_VIEW_START:
      g_value_set_double (value, self->layout ? atlas_timeline_layout_get_view_start (self->layout) : 0);
      break;

    case PROP_VIEW_SPAN:
      g_value_set_double (value, self->layout ? atlas_timeline_layout_get_view_span (self->layout) : 0);
      break;

    case PROP_FILTER:
      g_value_set_boxed (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AtlasTimeline *self = ATLAS_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      atlas_timeline_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_TODAY:
      atlas_timeline_set_today (self, g_value_get_uint (value));
      break;

    case PROP_FILTER:
      atlas_timeline_set_filter (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_zoom_bindings (GtkWidgetClass *widget_class,
                   const guint    *keys,
                   guint           n_keys,
                   const char     *action)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], GDK_CONTROL_MASK, action, NULL);
}

static void
atlas_timeline_class_init (AtlasTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint zoom_in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  static const guint zoom_out_keys[] = { GDK_KEY_minus, GDK_KEY_underscore, GDK_KEY_KP_Subtract };
  static const guint zoom_reset_keys[] = { GDK_KEY_0, GDK_KEY_KP_0 };
  static const struct { guint key; const char *action; } moves[] = {
    { GDK_KEY_Left, "timeline.previous" }, { GDK_KEY_KP_Left, "timeline.previous" },
    { GDK_KEY_Right, "timeline.next" }, { GDK_KEY_KP_Right, "timeline.next" },
    { GDK_KEY_Up, "timeline.lane-up" }, { GDK_KEY_KP_Up, "timeline.lane-up" },
    { GDK_KEY_Down, "timeline.lane-down" }, { GDK_KEY_KP_Down, "timeline.lane-down" },
    { GDK_KEY_Home, "timeline.first" }, { GDK_KEY_KP_Home, "timeline.first" },
    { GDK_KEY_End, "timeline.last" }, { GDK_KEY_KP_End, "timeline.last" },
    { GDK_KEY_Return, "timeline.activate" }, { GDK_KEY_KP_Enter, "timeline.activate" },
    { GDK_KEY_ISO_Enter, "timeline.activate" },
  };

  object_class->dispose = atlas_timeline_dispose;
  object_class->finalize = atlas_timeline_finalize;
  object_class->get_property = atlas_timeline_get_property;
  object_class->set_property = atlas_timeline_set_property;

  widget_class->get_request_mode = atlas_timeline_get_request_mode;
  widget_class->measure = atlas_timeline_measure;
  widget_class->size_allocate = atlas_timeline_size_allocate;
  widget_class->snapshot = atlas_timeline_snapshot;
  ATLAS_VIEW_CLASS (klass)->dataset_changed = atlas_timeline_dataset_changed;
  ATLAS_VIEW_CLASS (klass)->changes_changed = _atlas_timeline_changes_changed;
  ATLAS_VIEW_CLASS (klass)->item_changed = atlas_timeline_item_changed;
  ATLAS_VIEW_CLASS (klass)->search_text_changed = atlas_timeline_search_text_changed;
  widget_class->css_changed = atlas_timeline_css_changed;

  /**
   * AtlasTimeline:search-text:
   *
   * Items that do not contain it are dimmed. It follows the selection's
   * search text.
   */
  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasTimeline:today:
   *
   * The Julian day of the today line, or 0 for the clock's.
   */
  properties[PROP_TODAY] =
    g_param_spec_uint ("today", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         ATLAS_TYPE_TIMELINE_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasTimeline:view-start:
   *
   * The first day shown, as a Julian day with its fraction.
   */
  properties[PROP_VIEW_START] =
    g_param_spec_double ("view-start", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_VIEW_SPAN] =
    g_param_spec_double ("view-span", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasTimeline:filter:
   *
   * The window's filters and search; only what they let through is drawn
   * (and is the #AtlasTimeline:model).
   */
  properties[PROP_FILTER] =
    g_param_spec_boxed ("filter", NULL, NULL,
                        ATLAS_TYPE_TIMELINE_FILTER,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasTimeline::activate-item:
   * @item: the record: an #AtlasEvent or #AtlasProgramme
   *
   * Enter or a double click on an item: the window opens its details.
   */
  signals[ACTIVATE_ITEM] =
    g_signal_new ("activate-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_install_action (widget_class, "timeline.activate", NULL, activate_action);

  add_zoom_bindings (widget_class, zoom_in_keys, G_N_ELEMENTS (zoom_in_keys), "timeline.zoom-in");
  add_zoom_bindings (widget_class, zoom_out_keys, G_N_ELEMENTS (zoom_out_keys), "timeline.zoom-out");
  add_zoom_bindings (widget_class, zoom_reset_keys, G_N_ELEMENTS (zoom_reset_keys), "timeline.zoom-reset");
  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    gtk_widget_class_add_binding_action (widget_class, moves[i].key, 0, moves[i].action, NULL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, corner);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, legend);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, legend_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, legend_summary);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, scrollbar);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, earlier_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimeline, later_button);
  _atlas_timeline_class_input_init (widget_class);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
atlas_timeline_init (AtlasTimeline *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  /* It measures and allocates its children itself: AtlasView's bin
   * layout would take over its measure () and size_allocate () */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);

  g_type_ensure (ATLAS_TYPE_TIMELINE_LEGEND);
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_mnemonic_names_fix (GTK_WIDGET (self));
  self->pending_lane = -1;
  self->show_eras = TRUE;

  self->selected = -1;
  self->selected_lane = -1;
  self->vadjustment = g_object_ref_sink (gtk_adjustment_new (0, 0, 0, 0, 0, 0));
  g_signal_connect_swapped (self->vadjustment, "value-changed", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_scrollbar_set_adjustment (GTK_SCROLLBAR (self->scrollbar), self->vadjustment);
  atlas_timeline_legend_set_timeline (self->legend, self);
  g_signal_connect_swapped (manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);
  update_style (self);
  update_accessible (self);
  update_actions (self);
}

GtkWidget *
atlas_timeline_new (void)
{
  return g_object_new (ATLAS_TYPE_TIMELINE, NULL);
}

const char *
atlas_timeline_get_search_text (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), NULL);
  return self->search_text ? self->search_text : "";
}

void
atlas_timeline_set_search_text (AtlasTimeline *self,
                                const char    *search_text)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  if (g_strcmp0 (self->search_text, search_text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (search_text);
  if (self->layout != NULL)
    atlas_timeline_layout_set_search (self->layout, search_text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

guint
atlas_timeline_get_today (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), 0);
  return self->today;
}

/**
 * atlas_timeline_set_today:
 * @today: a Julian day, or 0 for the clock's
 *
 * Where the today line goes; tests fix it so that pictures do not change.
 */
void
atlas_timeline_set_today (AtlasTimeline *self,
                          guint          today)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  if (today == self->today)
    return;
  self->today = today;
  if (self->layout != NULL)
    atlas_timeline_layout_set_today (self->layout, today ? today : atlas_timeline_layout_today_from_clock ());
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

/**
 * atlas_timeline_get_model:
 *
 * Returns: (transfer none) (nullable): what is drawn, or %NULL without a dataset
 */
AtlasTimelineModel *
atlas_timeline_get_model (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), NULL);
  return self->model;
}

/**
 * atlas_timeline_get_layout:
 *
 * Returns: (transfer none) (nullable): where everything is drawn, or %NULL
 *   without a dataset
 */
AtlasTimelineLayout *
atlas_timeline_get_layout (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), NULL);
  return self->layout;
}

const AtlasTimelineStyle *
atlas_timeline_get_style (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), NULL);
  return &self->style;
}

/**
 * atlas_timeline_get_visible_range:
 *
 * The days shown: from @start_day (a Julian day), @span_days long.
 */
void
atlas_timeline_get_visible_range (AtlasTimeline *self,
                                  double        *start_day,
                                  double        *span_days)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  *start_day = self->layout ? atlas_timeline_layout_get_view_start (self->layout) : 0;
  *span_days = self->layout ? atlas_timeline_layout_get_view_span (self->layout) : 0;
}

/**
 * atlas_timeline_set_visible_range:
 *
 * Shows those days, as far as the data's range allows: for the window's
 * filter by years.
 */
void
atlas_timeline_set_visible_range (AtlasTimeline *self,
                                  double         start_day,
                                  double         span_days)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  if (self->layout == NULL)
    return;
  _atlas_timeline_stop_kinetic (self);
  atlas_timeline_layout_set_view (self->layout, start_day, span_days);
  _atlas_timeline_sync_view (self);
}

/**
 * atlas_timeline_set_lane_visible:
 *
 * Shows or hides a lane, as the legend's toggles do.
 */
void
atlas_timeline_set_lane_visible (AtlasTimeline *self,
                                 guint          lane,
                                 gboolean       visible)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  if (self->layout == NULL || lane >= atlas_timeline_model_get_n_lanes (self->model))
    return;
  atlas_timeline_layout_set_lane_visible (self->layout, lane, visible);
  _atlas_timeline_update_edges (self);
  update_summary (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * atlas_timeline_set_kind_visible:
 *
 * Shows or hides a kind of event; it stays so for the next dataset.
 */
void
atlas_timeline_set_kind_visible (AtlasTimeline  *self,
                                 AtlasEventKind  kind,
                                 gboolean        visible)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));
  g_return_if_fail (kind < ATLAS_TIMELINE_N_KINDS);

  if (visible)
    self->hidden_kinds &= ~(1u << kind);
  else
    self->hidden_kinds |= 1u << kind;
  if (self->layout != NULL)
    atlas_timeline_layout_set_kind_visible (self->layout, kind, visible);
  _atlas_timeline_update_edges (self);
  update_summary (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * atlas_timeline_set_partner_visible:
 *
 * Shows or hides the lane of @partner, for the window's filter by partner.
 */
void
atlas_timeline_set_partner_visible (AtlasTimeline *self,
                                    AtlasPartner  *partner,
                                    gboolean       visible)
{
  int lane;

  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  if ((lane = find_lane (self, G_OBJECT (partner))) >= 0)
    {
      atlas_timeline_set_lane_visible (self, (guint) lane, visible);
      atlas_timeline_legend_rebuild (self->legend);
    }
}

/**
 * atlas_timeline_get_selected_index:
 *
 * Returns: the model index of the item shown selected, or -1
 */
int
atlas_timeline_get_selected_index (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), -1);
  return self->selected;
}

/**
 * atlas_timeline_get_vadjustment:
 *
 * Returns: (transfer none): the scroll of the lanes under the ruler, in
 *   pixels; its page is the height of the lanes in sight
 */
GtkAdjustment *
atlas_timeline_get_vadjustment (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), NULL);
  return self->vadjustment;
}

/**
 * atlas_timeline_select_at:
 *
 * Selects the item drawn at (@x, @y), as a click does.
 *
 * Returns: whether there was one
 */
gboolean
atlas_timeline_select_at (AtlasTimeline *self,
                          double         x,
                          double         y)
{
  int index;

  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), FALSE);

  if (self->layout == NULL || (index = atlas_timeline_layout_hit_test (self->layout, x, _atlas_timeline_to_layout_y (self, y))) < 0)
    return FALSE;
  _atlas_timeline_select_index (self, index);
  return TRUE;
}

/**
 * atlas_timeline_export:
 * @visible_range: only the days shown, rather than the whole timeline
 * @width: the picture's width, or 0 for the default
 * @dark: in dark colours, rather than the light ones that print well
 *
 * Writes the timeline as shown (lanes, kinds and search) as a picture,
 * with the legend and the source.
 */
gboolean
atlas_timeline_export (AtlasTimeline             *self,
                       AtlasTimelineExportFormat  format,
                       gboolean                   visible_range,
                       int                        width,
                       gboolean                   dark,
                       GFile                     *file,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  AtlasTimelineExportOptions options = { 0 };
  AtlasTimelineStyle style;

  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (self->model != NULL, FALSE);

  options.format = format;
  options.width = width;
  options.today = atlas_timeline_layout_get_today (self->layout);
  options.filter_from = self->layout;
  atlas_timeline_style_init (&style, dark, FALSE);
  options.style = &style;
  if (visible_range)
    {
      options.start_day = atlas_timeline_layout_get_view_start (self->layout);
      options.span_days = atlas_timeline_layout_get_view_span (self->layout);
    }
  return atlas_timeline_export_to_file (self->model, &options, file, cancellable, error);
}

/**
 * atlas_timeline_get_filter:
 *
 * Returns: (transfer none) (nullable): the filters applied, or %NULL
 */
const AtlasTimelineFilter *
atlas_timeline_get_filter (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), NULL);
  return self->filter;
}

/**
 * atlas_timeline_set_filter:
 * @filter: (nullable): the window's filters and search, or %NULL for none
 *
 * Draws only what @filter lets through, zoomed to fit it.
 */
void
atlas_timeline_set_filter (AtlasTimeline             *self,
                           const AtlasTimelineFilter *filter)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  if (atlas_timeline_filter_equal (self->filter, filter))
    return;
  g_clear_pointer (&self->filter, atlas_timeline_filter_free);
  self->filter = filter ? atlas_timeline_filter_copy (filter) : NULL;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}
