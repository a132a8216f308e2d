/* atlas-timeline-view-range.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Which days a view shows, decided from the data alone: the first view,
 * what lies outside a view, and the view a zoom makes. No text, no
 * pixels: the layout and the widget apply these. */

#include "config.h"

#include <math.h>

#include "atlas-date.h"
#include "atlas-timeline-view-range.h"

/* Room either side of the first view: a share of it, a season at least */
#define FIRST_VIEW_MARGIN 0.04
#define MIN_FIRST_VIEW_MARGIN 90.0
/* Room either side of a range the reader chose: a little */
#define CHOSEN_MARGIN 0.02
#define MIN_CHOSEN_MARGIN 15.0

/**
 * atlas_timeline_view_range_first:
 * @model: a finished model
 * @start_day: (out): the first day of the view
 * @span_days: (out): how many days it shows
 *
 * The view a timeline opens on: from the earliest of the first programme
 * period and the start of the densest run of items (the shortest stretch
 * of time that holds %ATLAS_TIMELINE_FIRST_VIEW_SHARE of the items'
 * starts), to the end of the last item, usually the last planned
 * period, with a margin either side. A lone event decades before the rest
 * does not squeeze everything into a corner: it is left outside, for the
 * widget to announce at the edge.
 *
 * Returns: %FALSE when the model has no items
 */
gboolean
atlas_timeline_view_range_first (AtlasTimelineModel *model,
                                 double             *start_day,
                                 double             *span_days)
{
  guint n = atlas_timeline_model_get_n_items (model);
  guint keep, best = 0;
  double start = G_MAXDOUBLE, end = 0, best_width = G_MAXDOUBLE, margin;

  g_return_val_if_fail (start_day != NULL && span_days != NULL, FALSE);

  if (n == 0)
    return FALSE;

  /* Items are sorted by their first day: the densest run of @keep of them
   * is the narrowest window of @keep consecutive ones */
  keep = MAX (1, (guint) ceil (ATLAS_TIMELINE_FIRST_VIEW_SHARE * n));
  for (guint i = 0; i + keep <= n; i++)
    {
      double width = (double) atlas_timeline_model_get_item (model, i + keep - 1)->first_day -
                     atlas_timeline_model_get_item (model, i)->first_day;

      if (width < best_width)
        {
          best_width = width;
          best = i;
        }
    }
  start = atlas_timeline_model_get_item (model, best)->first_day;

  for (guint i = 0; i < n; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      if (item->kind == ATLAS_EVENT_KIND_PERIOD)
        start = MIN (start, item->first_day);
      end = MAX (end, item->last_day + 1.0);
    }

  margin = MAX (MIN_FIRST_VIEW_MARGIN, FIRST_VIEW_MARGIN * (end - start));
  *start_day = MAX (1.0, start - margin);
  *span_days = end + margin - *start_day;
  return TRUE;
}

/**
 * atlas_timeline_view_range_outside:
 * @model: a finished model
 * @shown: (nullable) (scope call): whether an item is drawn at all; %NULL
 *   for all
 * @user_data: for @shown
 * @start_day: the first day of a view
 * @end_day: the day after its last
 * @n_after: (out) (optional): how many items lie wholly after it
 * @earliest: (out) (optional): the first day of the earliest item before
 *   it, when there is one
 * @latest: (out) (optional): the last day of the latest item after it
 *
 * What a view leaves out, for the widget to announce at its edges.
 *
 * Returns: how many items lie wholly before the view
 */
guint
atlas_timeline_view_range_outside (AtlasTimelineModel *model,
                                   AtlasTimelineShownFunc shown,
                                   gpointer            user_data,
                                   double              start_day,
                                   double              end_day,
                                   guint              *n_after,
                                   guint32            *earliest,
                                   guint32            *latest)
{
  guint n = atlas_timeline_model_get_n_items (model);
  guint before = 0, after = 0;
  guint32 first = 0, last = 0;

  for (guint i = 0; i < n; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      if (shown != NULL && !shown (i, user_data))
        continue;
      if (item->last_day + 1.0 <= start_day)
        {
          if (before++ == 0 || item->first_day < first)
            first = item->first_day;
        }
      else if (item->first_day >= end_day)
        {
          if (after++ == 0 || item->last_day > last)
            last = item->last_day;
        }
    }
  if (n_after != NULL)
    *n_after = after;
  if (earliest != NULL)
    *earliest = first;
  if (latest != NULL)
    *latest = last;
  return before;
}

/**
 * atlas_timeline_view_range_zoom:
 * @start_day: the first day of the view
 * @span_days: its days
 * @fraction: where the anchor is, as a fraction of the time axis (0 at
 *   its left end, 1 at its right): under the pointer, on the selected
 *   item, or 0.5 for the middle
 * @factor: more than 1 to zoom in, less to zoom out
 * @min_span: the narrowest view
 * @max_span: the widest
 * @new_start: (out): the first day of the zoomed view
 * @new_span: (out): its days
 *
 * The view a zoom makes: @factor times narrower, within the limits, with
 * the day at the anchor still at the anchor.
 */
void
atlas_timeline_view_range_zoom (double  start_day,
                                double  span_days,
                                double  fraction,
                                double  factor,
                                double  min_span,
                                double  max_span,
                                double *new_start,
                                double *new_span)
{
  double anchor;

  g_return_if_fail (factor > 0 && new_start != NULL && new_span != NULL);

  fraction = CLAMP (fraction, 0.0, 1.0);
  anchor = start_day + fraction * span_days;
  *new_span = CLAMP (span_days / factor, min_span, MAX (min_span, max_span));
  *new_start = anchor - fraction * *new_span;
}

/**
 * atlas_timeline_view_range_keep_items:
 * @model: a finished model
 * @shown: (nullable) (scope call): whether an item is drawn at all
 * @user_data: for @shown
 * @start_day: (inout): the first day of a view
 * @span_days: its days
 *
 * A zoom must never leave the reader before an empty stretch of years:
 * when no item drawn is in the view, it moves, keeping its span, to
 * centre the item nearest to it.
 *
 * Returns: whether it moved
 */
gboolean
atlas_timeline_view_range_keep_items (AtlasTimelineModel     *model,
                                      AtlasTimelineShownFunc  shown,
                                      gpointer                user_data,
                                      double                 *start_day,
                                      double                  span_days)
{
  guint n = atlas_timeline_model_get_n_items (model);
  double end = *start_day + span_days, best_distance = G_MAXDOUBLE, best_middle = 0;

  for (guint i = 0; i < n; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);
      double first = item->first_day, last = item->last_day + 1.0, distance;

      if (shown != NULL && !shown (i, user_data))
        continue;
      if (last > *start_day && first < end)
        return FALSE;
      distance = last <= *start_day ? *start_day - last : first - end;
      if (distance < best_distance)
        {
          best_distance = distance;
          /* A long span is brought in by its near end, not its middle */
          if (last - first >= span_days)
            best_middle = last <= *start_day ? last - span_days / 4 : first + span_days / 4;
          else
            best_middle = (first + last) / 2;
        }
    }
  if (best_distance == G_MAXDOUBLE)
    return FALSE;
  *start_day = best_middle - span_days / 2;
  return TRUE;
}

/**
 * atlas_timeline_view_range_between:
 * @model: a finished model
 * @from: (nullable): the first date to show, or %NULL for the first
 *   view's start
 * @to: (nullable): the last date to show, or %NULL for the first view's end
 * @start_day: (out): the first day of the view
 * @span_days: (out): how many days it shows
 *
 * The view from @from to @to, both whole (2020 runs to its last day),
 * with a small margin either side: the range of an export the reader
 * chose (--from, --to).
 *
 * Returns: %FALSE when @from is after @to
 */
gboolean
atlas_timeline_view_range_between (AtlasTimelineModel *model,
                                   const AtlasDate    *from,
                                   const AtlasDate    *to,
                                   double             *start_day,
                                   double             *span_days)
{
  double first_start = 1, first_span = 1, start, end, margin;

  g_return_val_if_fail (start_day != NULL && span_days != NULL, FALSE);

  if ((from == NULL || to == NULL) && !atlas_timeline_view_range_first (model, &first_start, &first_span))
    {
      /* No items: a chosen end alone makes a range of a year */
      first_start = from ? atlas_date_first_day (from) : to ? atlas_date_first_day (to) - 365.0 : 1;
      first_span = 366;
    }
  start = from ? atlas_date_first_day (from) : first_start;
  end = to ? atlas_date_last_day (to) + 1.0 : first_start + first_span;
  if (start >= end)
    return FALSE;
  if (from != NULL || to != NULL)
    {
      margin = MAX (MIN_CHOSEN_MARGIN, CHOSEN_MARGIN * (end - start));
      start = from ? start - margin : start;
      end = to ? end + margin : end;
    }
  *start_day = MAX (1.0, start);
  *span_days = end - *start_day;
  return TRUE;
}
