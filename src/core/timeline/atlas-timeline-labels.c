/* atlas-timeline-labels.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Placing the items' labels: beside a point's marker in as many rows as
 * fit, inside or beside a period's bar, cut where they must be. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"
#include "atlas-date.h"

const AtlasTimelineLaneBox *
_atlas_timeline_layout_lane_box (AtlasTimelineLayout *self,
                                 guint                lane)
{
  int index = self->lane_box[lane];

  return index < 0 ? NULL : &g_array_index (self->lanes, AtlasTimelineLaneBox, index);
}

double
_atlas_timeline_layout_marker_x (AtlasTimelineLayout     *self,
                                 const AtlasTimelineItem *item)
{
  /* The middle of the days it covers: a day's middle, or a month's */
  return atlas_timeline_layout_day_to_x (self, (item->first_day + item->last_day + 1.0) / 2);
}

static double
point_label_x (AtlasTimelineLayout     *self,
               const AtlasTimelineItem *item)
{
  return MIN (atlas_timeline_layout_day_to_x (self, item->first_day),
              _atlas_timeline_layout_marker_x (self, item) - MARKER_RADIUS);
}

void
_atlas_timeline_layout_bar_rect (AtlasTimelineLayout        *self,
                                 const AtlasTimelineItem    *item,
                                 const AtlasTimelineLaneBox *box,
                                 AtlasTimelineRect          *rect)
{
  rect->x = atlas_timeline_layout_day_to_x (self, item->first_day);
  rect->width = atlas_timeline_layout_day_to_x (self, item->last_day + 1.0) - rect->x;
  rect->y = box->bars_y + item->track * (self->metrics.bar_height + TRACK_GAP);
  rect->height = self->metrics.bar_height;
}

gboolean
_atlas_timeline_layout_shown (AtlasTimelineLayout     *self,
                              const AtlasTimelineItem *item)
{
  return self->lane_visible[item->lane] && !(self->hidden_kinds & (1u << item->kind));
}

void
_atlas_timeline_layout_place_point_labels (AtlasTimelineLayout *self)
{
  g_autofree double *row_end = NULL;
  g_autofree int *row_last = NULL;

  row_end = g_new (double, (gsize) self->lanes->len * MAX_FILL_LABEL_ROWS);
  row_last = g_new (int, (gsize) self->lanes->len * MAX_FILL_LABEL_ROWS);
  for (guint i = 0; i < self->lanes->len * MAX_FILL_LABEL_ROWS; i++)
    {
      row_end[i] = -G_MAXDOUBLE;
      row_last[i] = -1;
    }

  for (guint v = 0; v < self->visible->len; v++)
    {
      guint index = g_array_index (self->visible, guint, v);
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
      const AtlasTimelineLaneBox *box;
      AtlasTimelineLabel label = { .item = index };
      double *ends;
      int *lasts;
      double natural, room;
      int row = -1;

      /* A label goes with a marker in sight, and starts in sight too */
      if (item->is_span || _atlas_timeline_layout_marker_x (self, item) < self->metrics.gutter)
        continue;
      box = _atlas_timeline_layout_lane_box (self, item->lane);
      ends = &row_end[self->lane_box[item->lane] * MAX_FILL_LABEL_ROWS];
      lasts = &row_last[self->lane_box[item->lane] * MAX_FILL_LABEL_ROWS];
      label.rect.x = MAX (point_label_x (self, item), self->metrics.gutter + 2);
      room = self->width - TEXT_INSET - label.rect.x;
      if (room < MIN_LABEL_WIDTH)
        continue;

      /* A free row first; else make room by cutting the last label of a
       * row, as long as what is left of it stays readable; else none. */
      for (guint r = 0; r < box->n_label_rows && row < 0; r++)
        if (ends[r] + LABEL_GAP <= label.rect.x)
          row = (int) r;
      for (guint r = 0; r < box->n_label_rows && row < 0; r++)
        {
          AtlasTimelineLabel *previous = &g_array_index (self->labels, AtlasTimelineLabel, lasts[r]);
          double cut = label.rect.x - LABEL_GAP - previous->rect.x;

          if (cut >= MIN_LABEL_WIDTH)
            {
              previous->rect.width = cut;
              previous->ellipsized = TRUE;
              row = (int) r;
            }
        }
      if (row < 0)
        continue;

      natural = _atlas_timeline_layout_label_width (self, index, MIN (MAX_LABEL_WIDTH, room));
      label.rect.width = MIN (natural, MIN (MAX_LABEL_WIDTH, room));
      label.ellipsized = natural > label.rect.width;
      label.rect.y = box->labels_y + row * self->metrics.row_height;
      label.rect.height = self->metrics.row_height;
      ends[row] = label.rect.x + label.rect.width;
      lasts[row] = (int) self->labels->len;
      g_array_append_val (self->labels, label);
    }
}

void
_atlas_timeline_layout_place_bar_labels (AtlasTimelineLayout *self)
{
  for (guint v = 0; v < self->visible->len; v++)
    {
      guint index = g_array_index (self->visible, guint, v);
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
      AtlasTimelineLabel label = { .item = index, .inside = TRUE };
      AtlasTimelineRect bar;
      double left, right, natural;

      if (!item->is_span || item->crowded)
        continue;
      _atlas_timeline_layout_bar_rect (self, item, _atlas_timeline_layout_lane_box (self, item->lane), &bar);
      /* The label stays in sight while its bar is partly scrolled away */
      left = MAX (bar.x, self->metrics.gutter) + TEXT_INSET;
      right = MIN (bar.x + bar.width, self->width) - TEXT_INSET;
      if (right - left < MIN_BAR_LABEL_WIDTH)
        continue;
      natural = _atlas_timeline_layout_label_width (self, index, right - left);
      label.rect.x = left;
      label.rect.y = bar.y;
      label.rect.width = MIN (natural, right - left);
      label.rect.height = bar.height;
      label.ellipsized = natural > right - left;
      g_array_append_val (self->labels, label);
    }
}
