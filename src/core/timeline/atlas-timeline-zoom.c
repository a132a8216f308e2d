/* atlas-timeline-zoom.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The view of a timeline layout: the days it may show, and moving it —
 * zoom around a day, pinch, pan, fit the data, the first view, an item —
 * never onto a view without an item. */

#include "config.h"

#include <math.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"
#include "atlas-timeline-view-range.h"

/**
 * atlas_timeline_layout_get_bounds:
 *
 * The days a view may show: the data's range with a margin either side.
 */
void
atlas_timeline_layout_get_bounds (AtlasTimelineLayout *self,
                                  double              *start_day,
                                  double              *end_day)
{
  g_return_if_fail (self != NULL);
  _atlas_timeline_layout_bounds (self, start_day, end_day);
}

double
atlas_timeline_layout_get_min_span (AtlasTimelineLayout *self)
{
  double lo, hi;

  g_return_val_if_fail (self != NULL, 0);
  _atlas_timeline_layout_bounds (self, &lo, &hi);
  return MIN (MIN_SPAN_DAYS, hi - lo);
}

double
atlas_timeline_layout_get_view_start (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->view_start;
}

double
atlas_timeline_layout_get_view_span (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->view_span;
}

/**
 * atlas_timeline_layout_set_view:
 *
 * Shows @span_days days from @start_day, kept within the bounds and no
 * narrower than six weeks.
 */
void
atlas_timeline_layout_set_view (AtlasTimelineLayout *self,
                                double               start_day,
                                double               span_days)
{
  double old_start, old_span;

  g_return_if_fail (self != NULL);

  if (!isfinite (start_day) || !isfinite (span_days))
    return;
  old_start = self->view_start;
  old_span = self->view_span;
  self->view_start = start_day;
  self->view_span = span_days;
  _atlas_timeline_layout_clamp_view (self);
  if (self->view_start != old_start || self->view_span != old_span)
    _atlas_timeline_layout_invalidate_view (self);
}

static gboolean
layout_item_shown (guint    index,
                   gpointer user_data)
{
  return atlas_timeline_layout_item_is_shown (user_data, index);
}

/**
 * atlas_timeline_layout_zoom:
 * @factor: more than 1 to zoom in, less to zoom out
 * @anchor_x: the x that shows the same day before and after
 */
void
atlas_timeline_layout_zoom (AtlasTimelineLayout *self,
                            double               factor,
                            double               anchor_x)
{
  double lo, hi, start, span, fraction;

  g_return_if_fail (self != NULL);
  g_return_if_fail (factor > 0);

  _atlas_timeline_layout_ensure_lanes (self);
  _atlas_timeline_layout_bounds (self, &lo, &hi);
  fraction = (CLAMP (anchor_x, self->metrics.gutter, self->width) - self->metrics.gutter) / _atlas_timeline_layout_content_width (self);
  atlas_timeline_view_range_zoom (self->view_start, self->view_span, fraction, factor,
                                  atlas_timeline_layout_get_min_span (self), hi - lo, &start, &span);
  /* Zoomed into empty years, the view moves to the nearest item drawn */
  if (factor > 1)
    atlas_timeline_view_range_keep_items (self->model, layout_item_shown, self, &start, span);
  atlas_timeline_layout_set_view (self, start, span);
}

/**
 * atlas_timeline_layout_pinch:
 * @start_day: the first day of the view when the pinch began
 * @span_days: its days then
 * @x: where the fingers' centre was then
 * @new_x: where it is now
 * @scale: the distance between the fingers now ÷ then
 *
 * Shows the view a pinch makes (atlas_timeline_layout_pinch_range()),
 * within the limits of zoom and pan. Like every other zoom it never ends
 * on a view without an item drawn: it moves, keeping its span, to the
 * nearest one (atlas_timeline_view_range_keep_items()).
 */
void
atlas_timeline_layout_pinch (AtlasTimelineLayout *self,
                             double               start_day,
                             double               span_days,
                             double               x,
                             double               new_x,
                             double               scale)
{
  double lo, hi, span, start, fraction, new_fraction;

  g_return_if_fail (self != NULL);
  g_return_if_fail (scale > 0);

  _atlas_timeline_layout_ensure_lanes (self);
  _atlas_timeline_layout_bounds (self, &lo, &hi);
  fraction = (CLAMP (x, self->metrics.gutter, self->width) - self->metrics.gutter) / _atlas_timeline_layout_content_width (self);
  new_fraction = (CLAMP (new_x, self->metrics.gutter, self->width) - self->metrics.gutter) / _atlas_timeline_layout_content_width (self);
  /* At the narrowest or widest the day under the fingers stays there */
  span = CLAMP (span_days / scale, atlas_timeline_layout_get_min_span (self), hi - lo);
  atlas_timeline_layout_pinch_range (start_day, span_days, fraction, new_fraction, span_days / span, &start, &span);
  /* Kept on the data first, then on an item: a pinch pans as well */
  atlas_timeline_layout_set_view (self, start, span);
  start = self->view_start;
  if (atlas_timeline_view_range_keep_items (self->model, layout_item_shown, self, &start, self->view_span))
    atlas_timeline_layout_set_view (self, start, self->view_span);
}

/**
 * atlas_timeline_layout_pan:
 * @dx: pixels; positive shows later days
 */
void
atlas_timeline_layout_pan (AtlasTimelineLayout *self,
                           double               dx)
{
  g_return_if_fail (self != NULL);
  _atlas_timeline_layout_ensure_lanes (self);
  atlas_timeline_layout_set_view (self, self->view_start + dx / _atlas_timeline_layout_pixels_per_day (self),
                                                         self->view_span);
}

/**
 * atlas_timeline_layout_zoom_to_fit:
 *
 * Shows everything: the data's whole range.
 */
void
atlas_timeline_layout_zoom_to_fit (AtlasTimelineLayout *self)
{
  double lo, hi;

  g_return_if_fail (self != NULL);
  _atlas_timeline_layout_bounds (self, &lo, &hi);
  atlas_timeline_layout_set_view (self, lo, hi - lo);
}

/**
 * atlas_timeline_layout_zoom_to_first_view:
 *
 * Shows the years the data is in (atlas_timeline_view_range_first()),
 * the view a timeline opens on; all of it when the model is empty.
 */
void
atlas_timeline_layout_zoom_to_first_view (AtlasTimelineLayout *self)
{
  double start, span;

  g_return_if_fail (self != NULL);
  if (!atlas_timeline_view_range_first (self->model, &start, &span))
    {
      atlas_timeline_layout_zoom_to_fit (self);
      return;
    }
  atlas_timeline_layout_set_view (self, start, span);
}

/**
 * atlas_timeline_layout_zoom_to_shown:
 *
 * Shows the range of the items shown and matching the search.
 */
void
atlas_timeline_layout_zoom_to_shown (AtlasTimelineLayout *self)
{
  double first = G_MAXDOUBLE, last = -G_MAXDOUBLE, margin;

  g_return_if_fail (self != NULL);

  for (guint i = 0; i < atlas_timeline_model_get_n_items (self->model); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, i);

      if (!_atlas_timeline_layout_shown (self, item) || self->dimmed[i])
        continue;
      first = MIN (first, item->first_day);
      last = MAX (last, item->last_day + 1.0);
    }
  if (first > last)
    {
      atlas_timeline_layout_zoom_to_fit (self);
      return;
    }
  margin = MAX (30.0, 0.03 * (last - first));
  atlas_timeline_layout_set_view (self, first - margin, last - first + 2 * margin);
}

/**
 * atlas_timeline_layout_zoom_to_item:
 *
 * Shows the item with room around it.
 */
void
atlas_timeline_layout_zoom_to_item (AtlasTimelineLayout *self,
                                    guint                index)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
  double span, margin;

  g_return_if_fail (item != NULL);

  span = item->last_day + 1.0 - item->first_day;
  margin = MAX (span * 0.5, atlas_timeline_layout_get_min_span (self) / 2);
  atlas_timeline_layout_set_view (self, item->first_day - margin, span + 2 * margin);
}

/**
 * atlas_timeline_layout_scroll_to_item:
 *
 * Pans, as little as it takes, to bring the item into view.
 *
 * Returns: whether the view changed
 */
gboolean
atlas_timeline_layout_scroll_to_item (AtlasTimelineLayout *self,
                                      guint                index)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
  double start, end, view_end, old = self->view_start;

  g_return_val_if_fail (item != NULL, FALSE);

  start = item->first_day;
  end = item->last_day + 1.0;
  view_end = self->view_start + self->view_span;
  if (start >= self->view_start && end <= view_end)
    return FALSE;
  if (end - start > self->view_span * 0.8 || start < self->view_start)
    atlas_timeline_layout_set_view (self, start - self->view_span * 0.1, self->view_span);
  else
    atlas_timeline_layout_set_view (self, end - self->view_span * 0.9, self->view_span);
  return self->view_start != old;
}

