/* atlas-timeline-labels.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Placing the items' labels: beside a point's marker, whole where there
 * is room and stacked in as many rows as fit where items crowd; inside a
 * period's bar and on past its end where its track is free; cut only
 * where they must be. */

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

      /* Whole where there is room: a free row first, so that crowded
       * labels stack; else make room by cutting the last label of the row
       * where what is left of it is longest, as long as it stays
       * readable; else none. */
      for (guint r = 0; r < box->n_label_rows && row < 0; r++)
        if (ends[r] + LABEL_GAP <= label.rect.x)
          row = (int) r;
      if (row < 0)
        {
          double best = MIN_LABEL_WIDTH;

          for (guint r = 0; r < box->n_label_rows; r++)
            {
              AtlasTimelineLabel *previous = &g_array_index (self->labels, AtlasTimelineLabel, lasts[r]);
              double cut = label.rect.x - LABEL_GAP - previous->rect.x;

              if (cut >= best)
                {
                  best = cut;
                  row = (int) r;
                }
            }
          if (row >= 0)
            {
              AtlasTimelineLabel *previous = &g_array_index (self->labels, AtlasTimelineLabel, lasts[row]);

              previous->rect.width = best;
              previous->ellipsized = TRUE;
            }
        }
      if (row < 0)
        continue;

      natural = _atlas_timeline_layout_label_width (self, index, room);
      label.rect.width = MIN (natural, room);
      label.ellipsized = natural > label.rect.width;
      label.rect.y = box->labels_y + row * self->metrics.row_height;
      label.rect.height = self->metrics.row_height;
      ends[row] = label.rect.x + label.rect.width;
      lasts[row] = (int) self->labels->len;
      g_array_append_val (self->labels, label);
    }
}

/* A bar's label may run on past its end, up to the next bar of its
 * track: so that "ITPP 2023–2026 · In force" is whole where its bar is
 * short and nothing follows it */
void
_atlas_timeline_layout_place_bar_labels (AtlasTimelineLayout *self)
{
  g_autoptr(GHashTable) next_start = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  /* From the right, so that each bar knows where the next one of its
   * lane and track starts */
  for (guint v = self->visible->len; v-- > 0;)
    {
      guint index = g_array_index (self->visible, guint, v);
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, index);
      gpointer key = GUINT_TO_POINTER (((guint) item->lane << 16 | (guint16) item->track) + 1);
      AtlasTimelineLabel label = { .item = index, .inside = TRUE };
      AtlasTimelineRect bar;
      double left, right, limit, natural, *next;

      if (!item->is_span || item->track < 0)
        continue;
      _atlas_timeline_layout_bar_rect (self, item, _atlas_timeline_layout_lane_box (self, item->lane), &bar);
      next = g_hash_table_lookup (next_start, key);
      limit = next != NULL ? *next - LABEL_GAP : self->width;
      if (next == NULL)
        g_hash_table_insert (next_start, key, (next = g_new (double, 1)));
      *next = bar.x;
      if (item->crowded)
        continue;
      /* The label stays in sight while its bar is partly scrolled away */
      left = MAX (bar.x, self->metrics.gutter) + TEXT_INSET;
      right = MIN (bar.x + bar.width, self->width) - TEXT_INSET;
      if (right - left < MIN_BAR_LABEL_WIDTH)
        continue;
      limit = MAX (right, MIN (limit, self->width - TEXT_INSET));
      natural = _atlas_timeline_layout_label_width (self, index, limit - left);
      label.rect.x = left;
      label.rect.y = bar.y;
      label.rect.width = MIN (natural, limit - left);
      label.rect.height = bar.height;
      label.ellipsized = natural > limit - left;
      g_array_append_val (self->labels, label);
    }
}
