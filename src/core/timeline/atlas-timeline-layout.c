/* atlas-timeline-layout.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"
#include "atlas-timeline-view-range.h"
#include "atlas-date.h"
#include "atlas-partner.h"

/**
 * AtlasTimelineLayout:
 *
 * Where everything on the timeline goes, for a width and a view (the days
 * shown): the mapping between days and x, the ruler's ticks, the lanes'
 * boxes, the labels (placed in rows so that none overlaps another, cut
 * or left out when there is no room) and which item is under a point. It
 * measures text with Pango but draws nothing: the screen and the exports
 * draw what it computes with atlas_timeline_render().
 *
 * Only the items in view (found by binary search in the model) are laid
 * out, so a change of view costs what is visible, not what exists.
 */

void
_atlas_timeline_layout_invalidate_view (AtlasTimelineLayout *self)
{
  self->view_dirty = TRUE;
  self->generation++;
}

void
_atlas_timeline_layout_invalidate_lanes (AtlasTimelineLayout *self)
{
  self->lanes_dirty = TRUE;
  _atlas_timeline_layout_invalidate_view (self);
}

double
_atlas_timeline_layout_content_width (AtlasTimelineLayout *self)
{
  return MAX (1.0, self->width - self->metrics.gutter);
}

double
_atlas_timeline_layout_pixels_per_day (AtlasTimelineLayout *self)
{
  return _atlas_timeline_layout_content_width (self) / self->view_span;
}

/* The lanes share @extra pixels: first as rows of labels, one at a time
 * to each lane that has more labels than rows, so that crowded labels
 * stack rather than being cut; the rest as room at their bottoms */
static void
fill_lanes (AtlasTimelineLayout *self,
            double               extra)
{
  double row = self->metrics.row_height, y = self->metrics.ruler_height, share;
  guint *rows = g_newa (guint, self->lanes->len);
  gboolean added = TRUE;

  for (guint i = 0; i < self->lanes->len; i++)
    rows[i] = 0;
  while (added && extra >= row)
    {
      added = FALSE;
      for (guint i = 0; i < self->lanes->len && extra >= row; i++)
        {
          AtlasTimelineLaneBox *box = &g_array_index (self->lanes, AtlasTimelineLaneBox, i);
          guint n_points = atlas_timeline_model_get_lane_n_points (self->model, box->lane);

          if (box->n_label_rows + rows[i] < MIN (n_points, MAX_FILL_LABEL_ROWS))
            {
              rows[i]++;
              extra -= row;
              added = TRUE;
            }
        }
    }
  share = floor (extra / self->lanes->len);
  for (guint i = 0; i < self->lanes->len; i++)
    {
      AtlasTimelineLaneBox *box = &g_array_index (self->lanes, AtlasTimelineLaneBox, i);
      double shift = y - box->y;

      box->y = y;
      box->bars_y += shift;
      box->markers_y += shift;
      box->labels_y += shift;
      box->n_label_rows += rows[i];
      box->height += rows[i] * row + share;
      /* The last takes the pixels the shares left */
      if (i + 1 == self->lanes->len)
        box->height += extra - share * self->lanes->len;
      y += box->height;
    }
}

void
_atlas_timeline_layout_ensure_lanes (AtlasTimelineLayout *self)
{
  guint n_lanes = atlas_timeline_model_get_n_lanes (self->model);
  PangoRectangle logical;
  double name_width = 0;
  double y;

  if (!self->lanes_dirty)
    return;
  self->lanes_dirty = FALSE;

  pango_layout_set_text (self->measure, "Ag", -1);
  pango_layout_get_pixel_extents (self->measure, NULL, &logical);
  self->metrics.row_height = logical.height + 2;
  self->metrics.bar_height = logical.height + 4;
  self->metrics.ruler_height = MAX (logical.height + 16, self->min_ruler);
  /* The eras' strip goes above the ruler's labels */
  self->metrics.era_height = self->show_eras && self->n_eras > 0 ? logical.height + 6 : 0;
  self->metrics.ruler_height += self->metrics.era_height;
  self->metrics.track_gap = TRACK_GAP;
  self->metrics.marker_radius = MARKER_RADIUS;

  /* A narrow widget names the lanes short ("ROK") rather than cut */
  self->short_names = FALSE;
  /* A name wider than the column of names can be is cut there (and whole
   * in its tooltip): it alone does not make every lane go short */
  for (guint i = 0; i < n_lanes; i++)
    if (self->lane_visible[i])
      name_width = MAX (name_width, MIN (MAX_GUTTER - 2 * 12,
                                         _atlas_timeline_layout_text_width (self, atlas_timeline_model_get_lane_name (self->model, i), TRUE)));
  if (name_width + 2 * 12 > MAX (self->width / 3, 1))
    {
      self->short_names = TRUE;
      name_width = 0;
      for (guint i = 0; i < n_lanes; i++)
        if (self->lane_visible[i])
          name_width = MAX (name_width, _atlas_timeline_layout_text_width (self, atlas_timeline_layout_get_lane_label (self, i), TRUE));
    }
  self->metrics.gutter = CLAMP (name_width + 2 * 12, self->min_gutter, MAX (self->min_gutter, MAX_GUTTER));
  /* A narrow widget keeps most of its width for time */
  self->metrics.gutter = MIN (self->metrics.gutter, MAX (self->width / 3, 1));

  g_array_set_size (self->lanes, 0);
  y = self->metrics.ruler_height;
  for (guint i = 0; i < n_lanes; i++)
    {
      AtlasTimelineLaneBox box = { .lane = i, .y = y };
      guint n_tracks = atlas_timeline_model_get_lane_n_tracks (self->model, i);
      guint n_points = atlas_timeline_model_get_lane_n_points (self->model, i);
      double cursor = y + LANE_PADDING;

      self->lane_box[i] = -1;
      if (!self->lane_visible[i])
        continue;

      box.bars_y = cursor;
      cursor += n_tracks * (self->metrics.bar_height + TRACK_GAP);
      box.markers_y = cursor + MARKER_ROW / 2;
      if (n_points > 0)
        cursor += MARKER_ROW;
      box.labels_y = cursor;
      box.n_label_rows = MIN (n_points, MAX_LABEL_ROWS);
      cursor += box.n_label_rows * self->metrics.row_height;
      cursor += LANE_PADDING;
      box.height = MAX (cursor - y, self->metrics.row_height + 2 * LANE_PADDING);
      y += box.height;

      self->lane_box[i] = (int) self->lanes->len;
      g_array_append_val (self->lanes, box);
    }
  self->natural_height = y;
  if (self->fill_height > y && self->lanes->len > 0)
    fill_lanes (self, self->fill_height - y);
  self->height = MAX (y, self->lanes->len > 0 ? self->fill_height : y);
}

/* The margin a view may show beyond the data: at most 3 % of the data's
 * range (30 days at least), and when zoomed in, at most a tenth of the
 * view, so that panning stops near the data at every scale */
#define DATA_MARGIN 0.03
#define MIN_DATA_MARGIN 30.0
#define VIEW_MARGIN 0.1

static double
data_margin (double data_start,
             double data_end)
{
  return MAX (MIN_DATA_MARGIN, DATA_MARGIN * (data_end - data_start));
}

/* The days [@start, @end) the data covers */
static void
data_range (AtlasTimelineLayout *self,
            double              *start,
            double              *end)
{
  guint32 first, last;

  if (!atlas_timeline_model_get_range (self->model, &first, &last))
    {
      GDate d;

      /* Nothing to show: a few years around today, or around 2000 */
      g_date_clear (&d, 1);
      g_date_set_dmy (&d, 1, 1, 2000);
      first = self->today ? self->today : g_date_get_julian (&d);
      last = first;
      first = first > 3 * 366 ? first - 3 * 366 : 1;
      last += 3 * 366;
    }
  *start = first;
  *end = last + 1.0;
}

void
_atlas_timeline_layout_bounds (AtlasTimelineLayout *self,
                               double              *lo,
                               double              *hi)
{
  double start, end, margin;

  data_range (self, &start, &end);
  margin = data_margin (start, end);
  *lo = MAX (1.0, start - margin);
  *hi = end + margin;
}

/**
 * atlas_timeline_layout_clamp_range:
 * @data_start: the first day of the data
 * @data_end: the day after its last
 * @start_day: (inout): the first day of a view
 * @span_days: (inout): how many days it shows
 *
 * Keeps a view on the data: no wider than the data with its margin (3 %
 * of its range, 30 days at least), no narrower than six weeks unless the
 * whole is, and showing no more than a margin beyond either end of the
 * data; zoomed in, that margin is at most a tenth of the view, so that
 * the view cannot wander screens away from the data.
 */
void
atlas_timeline_layout_clamp_range (double  data_start,
                                   double  data_end,
                                   double *start_day,
                                   double *span_days)
{
  double full = data_margin (data_start, data_end);
  double lo = MAX (1.0, data_start - full), hi = data_end + full;
  double span, margin;

  g_return_if_fail (start_day != NULL && span_days != NULL);

  span = isfinite (*span_days) ? *span_days : hi - lo;
  span = CLAMP (span, MIN (MIN_SPAN_DAYS, hi - lo), hi - lo);
  margin = MIN (full, VIEW_MARGIN * span);
  lo = MAX (lo, data_start - margin);
  hi = data_end + margin;
  if (hi - lo <= span)
    /* Data narrower than the view: it stays in the middle */
    *start_day = MAX (1.0, lo - (span - (hi - lo)) / 2);
  else
    *start_day = CLAMP (isfinite (*start_day) ? *start_day : lo, lo, hi - span);
  *span_days = span;
}

/**
 * atlas_timeline_layout_pinch_range:
 * @start_day: the first day of the view when the pinch began
 * @span_days: its days then
 * @fraction: where the fingers' centre was then, as a fraction of the
 *   time axis (0 at its left end, 1 at its right)
 * @new_fraction: where it is now
 * @scale: the distance between the fingers now ÷ then
 * @new_start: (out): the first day of the view now
 * @new_span: (out): its days now
 *
 * The view that a pinch makes: @scale times narrower, with the day that
 * was under the fingers' centre still under it, wherever it moved.
 */
void
atlas_timeline_layout_pinch_range (double  start_day,
                                   double  span_days,
                                   double  fraction,
                                   double  new_fraction,
                                   double  scale,
                                   double *new_start,
                                   double *new_span)
{
  double anchor = start_day + fraction * span_days;

  g_return_if_fail (scale > 0);

  *new_span = span_days / scale;
  *new_start = anchor - new_fraction * *new_span;
}

void
_atlas_timeline_layout_ensure_view (AtlasTimelineLayout *self)
{
  g_autoptr(GArray) visible = NULL;

  _atlas_timeline_layout_ensure_lanes (self);
  if (!self->view_dirty)
    return;
  self->view_dirty = FALSE;

  visible = g_array_new (FALSE, FALSE, sizeof (guint));
  atlas_timeline_model_collect_visible (self->model, self->view_start,
                                        self->view_start + self->view_span, visible);
  g_array_set_size (self->visible, 0);
  for (guint i = 0; i < visible->len; i++)
    {
      guint index = g_array_index (visible, guint, i);

      if (_atlas_timeline_layout_shown (self, atlas_timeline_model_get_item (self->model, index)))
        g_array_append_val (self->visible, index);
    }

  g_array_set_size (self->labels, 0);
  _atlas_timeline_layout_place_point_labels (self);
  _atlas_timeline_layout_place_bar_labels (self);
  _atlas_timeline_layout_place_ticks (self);
  _atlas_timeline_layout_place_eras (self);
}

void
_atlas_timeline_layout_clamp_view (AtlasTimelineLayout *self)
{
  double start, end;

  data_range (self, &start, &end);
  atlas_timeline_layout_clamp_range (start, end, &self->view_start, &self->view_span);
}

/**
 * atlas_timeline_layout_new:
 * @context: the Pango context text is measured (and drawn) with
 *
 * A layout of @model, showing all of it.
 */
AtlasTimelineLayout *
atlas_timeline_layout_new (AtlasTimelineModel *model,
                           PangoContext       *context)
{
  AtlasTimelineLayout *self;
  guint n_items, n_lanes;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (model), NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  n_items = atlas_timeline_model_get_n_items (model);
  n_lanes = atlas_timeline_model_get_n_lanes (model);

  self = g_new0 (AtlasTimelineLayout, 1);
  self->model = g_object_ref (model);
  self->context = g_object_ref (context);
  self->font = pango_font_description_copy (pango_context_get_font_description (context));
  self->measure = pango_layout_new (context);
  pango_layout_set_font_description (self->measure, self->font);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->width = 800;
  self->lane_visible = g_new (gboolean, n_lanes);
  for (guint i = 0; i < n_lanes; i++)
    self->lane_visible[i] = TRUE;
  self->lane_box = g_new (int, n_lanes);
  self->dimmed = g_new0 (guint8, n_items);
  self->label_widths = g_new (float, n_items);
  self->label_more_than = g_new0 (float, n_items);
  for (guint i = 0; i < n_items; i++)
    self->label_widths[i] = -1;
  self->lanes = g_array_new (FALSE, TRUE, sizeof (AtlasTimelineLaneBox));
  self->visible = g_array_new (FALSE, FALSE, sizeof (guint));
  self->labels = g_array_new (FALSE, TRUE, sizeof (AtlasTimelineLabel));
  self->ticks = g_array_new (FALSE, TRUE, sizeof (AtlasTimelineTick));
  g_array_set_clear_func (self->ticks, _atlas_timeline_layout_clear_tick);
  self->widest_tick[0] = self->widest_tick[1] = -1;
  self->era_boxes = g_array_new (FALSE, TRUE, sizeof (AtlasTimelineEraBox));
  self->n_eras = atlas_timeline_eras_compute (model, self->eras);
  self->show_eras = TRUE;
  _atlas_timeline_layout_invalidate_lanes (self);
  atlas_timeline_layout_zoom_to_fit (self);
  return self;
}

void
atlas_timeline_layout_free (AtlasTimelineLayout *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->model);
  g_clear_object (&self->context);
  g_clear_object (&self->measure);
  g_clear_pointer (&self->texts, g_hash_table_unref);
  _atlas_timeline_layout_clear_ascii (self);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->lane_visible, g_free);
  g_clear_pointer (&self->lane_box, g_free);
  g_clear_pointer (&self->dimmed, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->label_widths, g_free);
  g_clear_pointer (&self->label_more_than, g_free);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->visible, g_array_unref);
  g_clear_pointer (&self->labels, g_array_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->era_boxes, g_array_unref);
  g_free (self);
}

AtlasTimelineModel *
atlas_timeline_layout_get_model (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->model;
}

PangoContext *
atlas_timeline_layout_get_context (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->context;
}

const PangoFontDescription *
atlas_timeline_layout_get_font (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->font;
}

void
atlas_timeline_layout_set_font (AtlasTimelineLayout        *self,
                                const PangoFontDescription *font)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (font != NULL);

  if (pango_font_description_equal (font, self->font))
    return;
  pango_font_description_free (self->font);
  self->font = pango_font_description_copy (font);
  pango_layout_set_font_description (self->measure, self->font);
  atlas_timeline_layout_invalidate_text (self);
}

/**
 * atlas_timeline_layout_invalidate_text:
 *
 * Measures text again, as when the context's fonts or settings changed.
 */
void
atlas_timeline_layout_invalidate_text (AtlasTimelineLayout *self)
{
  g_return_if_fail (self != NULL);

  pango_layout_context_changed (self->measure);
  g_hash_table_remove_all (self->texts);
  _atlas_timeline_layout_clear_ascii (self);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (self->model); i++)
    {
      self->label_widths[i] = -1;
      self->label_more_than[i] = 0;
    }
  self->widest_tick[0] = self->widest_tick[1] = -1;
  _atlas_timeline_layout_invalidate_lanes (self);
}

/**
 * atlas_timeline_layout_get_text:
 * @width: the width to ellipsize at, or < 0 for none
 * @bold: in bold, as lane names
 *
 * Text shaped for drawing in the layout's font. Shaping is most of what
 * drawing text costs, and the same labels are drawn frame after frame as
 * the view pans, so shaped text is kept.
 *
 * Returns: (transfer none): a layout of @text, valid until the fonts change
 */
PangoLayout *
atlas_timeline_layout_get_text (AtlasTimelineLayout *self,
                                const char          *text,
                                double               width,
                                gboolean             bold)
{
  g_autofree char *key = NULL;
  PangoLayout *layout;
  int pango_width;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  pango_width = width < 0 ? -1 : (int) round (width) * PANGO_SCALE;
  key = g_strdup_printf ("%d:%d:%s", bold, pango_width, text);
  if ((layout = g_hash_table_lookup (self->texts, key)) != NULL)
    return layout;

  /* Bounded: what a frame draws is a few hundred texts */
  if (g_hash_table_size (self->texts) >= MAX_CACHED_TEXTS)
    g_hash_table_remove_all (self->texts);
  layout = pango_layout_new (self->context);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (bold)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_copy (self->font);

      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, font);
    }
  else
    pango_layout_set_font_description (layout, self->font);
  if (pango_width >= 0)
    {
      pango_layout_set_width (layout, pango_width);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (self->texts, g_steal_pointer (&key), layout);
  return layout;
}

void
atlas_timeline_layout_set_width (AtlasTimelineLayout *self,
                                 double               width)
{
  g_return_if_fail (self != NULL);

  width = MAX (width, 1);
  if (width == self->width)
    return;
  self->width = width;
  _atlas_timeline_layout_invalidate_lanes (self);
}

double
atlas_timeline_layout_get_width (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->width;
}

/**
 * atlas_timeline_layout_get_lane_label:
 *
 * The name a lane is drawn with: its partner's short name ("ROK") when
 * the widget is too narrow for the full names, else its name.
 */
const char *
atlas_timeline_layout_get_lane_label (AtlasTimelineLayout *self,
                                      guint                lane)
{
  const char *name;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->short_names && (name = atlas_timeline_model_get_lane_short_name (self->model, lane)) != NULL && *name)
    return name;
  return atlas_timeline_model_get_lane_name (self->model, lane);
}

/**
 * atlas_timeline_layout_set_fill_height:
 * @height: the height the ruler and the lanes may take, or 0
 *
 * Lets the lanes share a taller widget: they stack their labels deeper
 * and take the rest as room, so that the picture fills @height. Lanes
 * that need more than @height keep their own heights (and scroll).
 */
void
atlas_timeline_layout_set_fill_height (AtlasTimelineLayout *self,
                                       double               height)
{
  g_return_if_fail (self != NULL);

  height = MAX (0, floor (height));
  if (height == self->fill_height)
    return;
  self->fill_height = height;
  _atlas_timeline_layout_invalidate_lanes (self);
}

/**
 * atlas_timeline_layout_get_natural_height:
 *
 * The height of the ruler and the lanes at their own heights, before they
 * fill the widget.
 */
double
atlas_timeline_layout_get_natural_height (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  _atlas_timeline_layout_ensure_lanes (self);
  return self->natural_height;
}

/**
 * atlas_timeline_layout_get_height:
 *
 * Returns: the height of the ruler and the lanes shown
 */
double
atlas_timeline_layout_get_height (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  _atlas_timeline_layout_ensure_lanes (self);
  return self->height;
}

/**
 * atlas_timeline_layout_set_corner:
 *
 * Keeps the top left corner, left of the ruler and above the lane names,
 * at least @width by @height, such as for the buttons a widget puts there.
 */
void
atlas_timeline_layout_set_corner (AtlasTimelineLayout *self,
                                  double               width,
                                  double               height)
{
  g_return_if_fail (self != NULL);

  if (width == self->min_gutter && height == self->min_ruler)
    return;
  self->min_gutter = width;
  self->min_ruler = height;
  _atlas_timeline_layout_invalidate_lanes (self);
}

const AtlasTimelineMetrics *
atlas_timeline_layout_get_metrics (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  _atlas_timeline_layout_ensure_lanes (self);
  return &self->metrics;
}

/**
 * atlas_timeline_layout_today_from_clock:
 *
 * Returns: the Julian day of today, in local time, for the today line
 */
guint32
atlas_timeline_layout_today_from_clock (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now), (GDateYear) g_date_time_get_year (now));
  return g_date_get_julian (&d);
}

/**
 * atlas_timeline_layout_set_today:
 * @today: a Julian day, or 0 for no today line
 */
void
atlas_timeline_layout_set_today (AtlasTimelineLayout *self,
                                 guint32              today)
{
  g_return_if_fail (self != NULL);

  if (today == self->today)
    return;
  self->today = today;
  _atlas_timeline_layout_invalidate_view (self);
}

guint32
atlas_timeline_layout_get_today (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->today;
}

void
atlas_timeline_layout_set_lane_visible (AtlasTimelineLayout *self,
                                        guint                lane,
                                        gboolean             visible)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (lane < atlas_timeline_model_get_n_lanes (self->model));

  if (self->lane_visible[lane] == !!visible)
    return;
  self->lane_visible[lane] = !!visible;
  _atlas_timeline_layout_invalidate_lanes (self);
}

gboolean
atlas_timeline_layout_get_lane_visible (AtlasTimelineLayout *self,
                                        guint                lane)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (lane < atlas_timeline_model_get_n_lanes (self->model), FALSE);
  return self->lane_visible[lane];
}

void
atlas_timeline_layout_set_kind_visible (AtlasTimelineLayout *self,
                                        AtlasEventKind       kind,
                                        gboolean             visible)
{
  guint32 hidden;

  g_return_if_fail (self != NULL);
  g_return_if_fail (kind < ATLAS_TIMELINE_N_KINDS);

  hidden = visible ? self->hidden_kinds & ~(1u << kind) : self->hidden_kinds | (1u << kind);
  if (hidden == self->hidden_kinds)
    return;
  self->hidden_kinds = hidden;
  _atlas_timeline_layout_invalidate_view (self);
}

gboolean
atlas_timeline_layout_get_kind_visible (AtlasTimelineLayout *self,
                                        AtlasEventKind       kind)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (kind < ATLAS_TIMELINE_N_KINDS, FALSE);
  return !(self->hidden_kinds & (1u << kind));
}

/**
 * atlas_timeline_layout_set_search:
 * @text: (nullable): what to look for; items that do not contain it are dimmed
 */
void
atlas_timeline_layout_set_search (AtlasTimelineLayout *self,
                                  const char          *text)
{
  g_autofree char *normalized = NULL;
  g_autofree char *needle = NULL;

  g_return_if_fail (self != NULL);

  g_free (self->search);
  self->search = g_strdup (text);
  if (text != NULL)
    {
      normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
      needle = g_utf8_casefold (normalized ? normalized : text, -1);
      g_strstrip (needle);
    }
  for (guint i = 0; i < atlas_timeline_model_get_n_items (self->model); i++)
    self->dimmed[i] = !atlas_timeline_model_item_matches (self->model, i, needle);
  self->generation++;
}

/**
 * atlas_timeline_layout_get_generation:
 *
 * Returns: a number that changes whenever what the layout draws may have
 *   changed (view, width, lanes, kinds, search, fonts, today), so that a
 *   picture of it can be kept until then
 */
guint
atlas_timeline_layout_get_generation (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->generation;
}

const char *
atlas_timeline_layout_get_search (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->search;
}

/**
 * atlas_timeline_layout_item_is_shown:
 *
 * Whether the item's lane and kind are shown (toggled on in the legend).
 */
gboolean
atlas_timeline_layout_item_is_shown (AtlasTimelineLayout *self,
                                     guint                index)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return _atlas_timeline_layout_shown (self, atlas_timeline_model_get_item (self->model, index));
}

/**
 * atlas_timeline_layout_item_is_dimmed:
 *
 * Whether the item does not match the search.
 */
gboolean
atlas_timeline_layout_item_is_dimmed (AtlasTimelineLayout *self,
                                      guint                index)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < atlas_timeline_model_get_n_items (self->model), FALSE);
  return self->dimmed[index];
}

double
atlas_timeline_layout_day_to_x (AtlasTimelineLayout *self,
                                double               day)
{
  g_return_val_if_fail (self != NULL, 0);
  _atlas_timeline_layout_ensure_lanes (self);
  return self->metrics.gutter + (day - self->view_start) * _atlas_timeline_layout_pixels_per_day (self);
}

double
atlas_timeline_layout_x_to_day (AtlasTimelineLayout *self,
                                double               x)
{
  g_return_val_if_fail (self != NULL, 0);
  _atlas_timeline_layout_ensure_lanes (self);
  return self->view_start + (x - self->metrics.gutter) / _atlas_timeline_layout_pixels_per_day (self);
}

/**
 * atlas_timeline_layout_get_lanes:
 *
 * Returns: (array length=n_lanes): the boxes of the lanes shown, top to bottom
 */
const AtlasTimelineLaneBox *
atlas_timeline_layout_get_lanes (AtlasTimelineLayout *self,
                                 guint               *n_lanes)
{
  g_return_val_if_fail (self != NULL, NULL);
  _atlas_timeline_layout_ensure_lanes (self);
  *n_lanes = self->lanes->len;
  return (const AtlasTimelineLaneBox *) (gpointer) self->lanes->data;
}

/**
 * atlas_timeline_layout_get_lane_box:
 *
 * Returns: (nullable): the box of a model lane, or %NULL when it is hidden
 */
const AtlasTimelineLaneBox *
atlas_timeline_layout_get_lane_box (AtlasTimelineLayout *self,
                                    guint                lane)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (lane < atlas_timeline_model_get_n_lanes (self->model), NULL);
  _atlas_timeline_layout_ensure_lanes (self);
  return _atlas_timeline_layout_lane_box (self, lane);
}

/**
 * atlas_timeline_layout_get_ticks:
 *
 * Returns: (array length=n_ticks): the ruler's ticks in the view, left to right
 */
const AtlasTimelineTick *
atlas_timeline_layout_get_ticks (AtlasTimelineLayout *self,
                                 guint               *n_ticks)
{
  g_return_val_if_fail (self != NULL, NULL);
  _atlas_timeline_layout_ensure_view (self);
  *n_ticks = self->ticks->len;
  return (const AtlasTimelineTick *) (gpointer) self->ticks->data;
}

/**
 * atlas_timeline_layout_get_tick_step:
 *
 * Returns: the months between labelled ticks: 1, 3 (quarters), 12 (years),
 *   60, 120 (decades) or more
 */
guint
atlas_timeline_layout_get_tick_step (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  _atlas_timeline_layout_ensure_view (self);
  return self->tick_step;
}

/**
 * atlas_timeline_layout_get_today_label:
 *
 * Returns: whether the today line has its label in view, and where
 */
gboolean
atlas_timeline_layout_get_today_label (AtlasTimelineLayout *self,
                                       AtlasTimelineRect   *rect)
{
  g_return_val_if_fail (self != NULL, FALSE);
  _atlas_timeline_layout_ensure_view (self);
  *rect = self->today_label;
  return self->today_label_shown;
}

/**
 * atlas_timeline_layout_get_labels:
 *
 * Returns: (array length=n_labels): the labels placed in the view
 */
const AtlasTimelineLabel *
atlas_timeline_layout_get_labels (AtlasTimelineLayout *self,
                                  guint               *n_labels)
{
  g_return_val_if_fail (self != NULL, NULL);
  _atlas_timeline_layout_ensure_view (self);
  *n_labels = self->labels->len;
  return (const AtlasTimelineLabel *) (gpointer) self->labels->data;
}

/**
 * atlas_timeline_layout_get_visible:
 *
 * Returns: (array length=n_visible): the indices of the shown items that
 *   meet the view, in the model's order
 */
const guint *
atlas_timeline_layout_get_visible (AtlasTimelineLayout *self,
                                   guint               *n_visible)
{
  g_return_val_if_fail (self != NULL, NULL);
  _atlas_timeline_layout_ensure_view (self);
  *n_visible = self->visible->len;
  return (const guint *) (gpointer) self->visible->data;
}

/**
 * atlas_timeline_layout_get_item_rect:
 *
 * Where the item is drawn: its bar, or its marker with the span of days
 * it may be on.
 *
 * Returns: %FALSE when its lane is hidden
 */
gboolean
atlas_timeline_layout_get_item_rect (AtlasTimelineLayout *self,
                                     guint                index,
                                     AtlasTimelineRect   *rect)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
  const AtlasTimelineLaneBox *box;
  double x0, x1, mx;

  g_return_val_if_fail (item != NULL, FALSE);

  _atlas_timeline_layout_ensure_lanes (self);
  if ((box = _atlas_timeline_layout_lane_box (self, item->lane)) == NULL)
    return FALSE;
  if (item->is_span)
    {
      _atlas_timeline_layout_bar_rect (self, item, box, rect);
      return TRUE;
    }
  mx = _atlas_timeline_layout_marker_x (self, item);
  x0 = MIN (mx - MARKER_RADIUS, atlas_timeline_layout_day_to_x (self, item->first_day));
  x1 = MAX (mx + MARKER_RADIUS, atlas_timeline_layout_day_to_x (self, item->last_day + 1.0));
  *rect = (AtlasTimelineRect) { x0, box->markers_y - MARKER_RADIUS, x1 - x0, 2 * MARKER_RADIUS };
  return TRUE;
}
