/* atlas-timeline-hit.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Finding things in the layout: the item under a point, the next item
 * and the next lane for the keyboard. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"
#include "atlas-date.h"

static gboolean
rect_contains (const AtlasTimelineRect *rect,
               double                   x,
               double                   y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/**
 * atlas_timeline_layout_hit_test:
 *
 * Returns: the index of the item drawn at (@x, @y), or -1. A marker wins
 *   over a label, a label over a bar, a bar over the faint span of an
 *   imprecise date, and any of them over a summit's band.
 */
int
atlas_timeline_layout_hit_test (AtlasTimelineLayout *self,
                                double               x,
                                double               y)
{
  const AtlasTimelineLaneBox *box = NULL;
  double best_distance = MARKER_RADIUS + 3;
  double narrowest = G_MAXDOUBLE;
  int best = -1;

  g_return_val_if_fail (self != NULL, -1);

  _atlas_timeline_layout_ensure_view (self);
  if (x < self->metrics.gutter || x >= self->width || y < self->metrics.ruler_height)
    return -1;
  for (guint i = 0; i < self->lanes->len; i++)
    {
      const AtlasTimelineLaneBox *b = &g_array_index (self->lanes, AtlasTimelineLaneBox, i);

      if (y >= b->y && y < b->y + b->height)
        box = b;
    }

  if (box != NULL && fabs (y - box->markers_y) <= MARKER_RADIUS + 3)
    for (guint v = 0; v < self->visible->len; v++)
      {
        guint index = g_array_index (self->visible, guint, v);
        const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
        double distance;

        if (item->is_span || item->lane != box->lane)
          continue;
        distance = fabs (_atlas_timeline_layout_marker_x (self, item) - x);
        if (distance <= best_distance)
          {
            best_distance = distance;
            best = (int) index;
          }
      }
  if (best >= 0)
    return best;

  for (guint l = 0; l < self->labels->len; l++)
    {
      const AtlasTimelineLabel *label = &g_array_index (self->labels, AtlasTimelineLabel, l);

      if (!label->inside && rect_contains (&label->rect, x, y))
        return (int) label->item;
    }

  for (guint v = 0; box != NULL && v < self->visible->len; v++)
    {
      guint index = g_array_index (self->visible, guint, v);
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
      AtlasTimelineRect rect;

      if (item->lane != box->lane)
        continue;
      if (item->is_span)
        _atlas_timeline_layout_bar_rect (self, item, box, &rect);
      else
        atlas_timeline_layout_get_item_rect (self, index, &rect);
      if (rect_contains (&rect, x, y) && rect.width < narrowest)
        {
          narrowest = rect.width;
          best = (int) index;
        }
    }
  if (best >= 0)
    return best;

  for (guint v = 0; v < self->visible->len; v++)
    {
      guint index = g_array_index (self->visible, guint, v);
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
      double x0, x1;

      if (!item->band)
        continue;
      x0 = atlas_timeline_layout_day_to_x (self, item->first_day);
      x1 = MAX (atlas_timeline_layout_day_to_x (self, item->last_day + 1.0), x0 + 4);
      if (x >= x0 - 2 && x < x1 + 2 && x1 - x0 < narrowest)
        {
          narrowest = x1 - x0;
          best = (int) index;
        }
    }
  return best;
}

/**
 * atlas_timeline_layout_step:
 * @from: an item, or -1 for none
 * @direction: 1 for the next item in date order, -1 for the previous
 *
 * Returns: the next (or previous) shown item, the first (or last) one
 *   when @from is -1, or @from at either end
 */
int
atlas_timeline_layout_step (AtlasTimelineLayout *self,
                            int                  from,
                            int                  direction)
{
  int n;

  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (direction == 1 || direction == -1, from);

  n = (int) atlas_timeline_model_get_n_items (self->model);
  if (from < 0 || from >= n)
    from = direction > 0 ? -1 : n;
  for (int i = from + direction; i >= 0 && i < n; i += direction)
    if (_atlas_timeline_layout_shown (self, atlas_timeline_model_get_item (self->model, i)))
      return i;
  return from >= 0 && from < n ? from : -1;
}

/**
 * atlas_timeline_layout_change_lane:
 * @direction: 1 for the lane below, -1 for the lane above
 *
 * Returns: the item nearest in date to @from in the next shown lane that
 *   has one, or @from when there is none
 */
int
atlas_timeline_layout_change_lane (AtlasTimelineLayout *self,
                                   int                  from,
                                   int                  direction)
{
  guint n_items, n_lanes;
  const AtlasTimelineItem *current;

  g_return_val_if_fail (self != NULL, -1);

  n_items = atlas_timeline_model_get_n_items (self->model);
  n_lanes = atlas_timeline_model_get_n_lanes (self->model);
  if (from < 0 || (guint) from >= n_items)
    return atlas_timeline_layout_step (self, -1, 1);
  current = atlas_timeline_model_get_item (self->model, from);

  for (int lane = (int) current->lane + direction; lane >= 0 && lane < (int) n_lanes; lane += direction)
    {
      guint64 best_distance = G_MAXUINT64;
      int best = -1;

      if (!self->lane_visible[lane])
        continue;
      for (guint i = 0; i < n_items; i++)
        {
          const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, i);
          guint64 distance;

          if (item->lane != lane || !_atlas_timeline_layout_shown (self, item))
            continue;
          distance = item->first_day > current->first_day ? item->first_day - current->first_day
                                                          : current->first_day - item->first_day;
          if (distance < best_distance)
            {
              best_distance = distance;
              best = (int) i;
            }
        }
      if (best >= 0)
        return best;
    }
  return from;
}
