/* test-timeline-view-range.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The days a view shows, without a display: the first view leaves a lone
 * early event outside and keeps every programme period, what lies outside
 * a view is counted, and a zoom keeps the day at its anchor. */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "atlas-timeline-model.h"
#include "atlas-timeline-view-range.h"
#include "timeline-test.h"

#define EPSILON 1e-6

static AtlasDate
year_date (guint year)
{
  AtlasDate date = { 0 };

  date.year = (guint16) year;
  date.precision = ATLAS_DATE_PRECISION_YEAR;
  return date;
}

static AtlasDate
day_date (guint year,
          guint month,
          guint day)
{
  AtlasDate date = { 0 };

  date.year = (guint16) year;
  date.month = (guint8) month;
  date.day = (guint8) day;
  date.precision = ATLAS_DATE_PRECISION_DAY;
  return date;
}

/* One event in @outlier, @n_events events a month apart from 2010, and a
 * programme period from @period_start to 2030, planned */
static AtlasTimelineModel *
new_model (guint outlier,
           guint n_events,
           guint period_start)
{
  AtlasTimelineModel *model = atlas_timeline_model_new ();
  AtlasDate start, end = { 0 };

  atlas_timeline_model_add_lane (model, "Lane", NULL);
  if (outlier != 0)
    {
      start = year_date (outlier);
      atlas_timeline_model_add_item (model, NULL, "Early", 0, ATLAS_EVENT_KIND_OTHER, &start, &end, FALSE);
    }
  for (guint i = 0; i < n_events; i++)
    {
      start = day_date (2010 + i / 12, 1 + i % 12, 15);
      atlas_timeline_model_add_item (model, NULL, "Event", 0, ATLAS_EVENT_KIND_SIGNING, &start, &end, FALSE);
    }
  if (period_start != 0)
    {
      start = year_date (period_start);
      end = year_date (2030);
      atlas_timeline_model_add_item (model, NULL, "Period", 0, ATLAS_EVENT_KIND_PERIOD, &start, &end, TRUE);
    }
  atlas_timeline_model_finish (model);
  return model;
}

static void
test_first_builtin (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasTimelineModel) model = atlas_timeline_model_new_for_dataset (dataset);
  guint32 first, last, earliest = 0;
  double start, span;
  guint n_after = 1;

  g_assert_true (atlas_timeline_view_range_first (model, &start, &span));
  g_assert_true (atlas_timeline_model_get_range (model, &first, &last));
  /* The rule: the built-in dataset opens no earlier than 1995 ... */
  g_assert_cmpfloat (start, >=, julian (1995, 1, 1));
  /* ... and through its last planned period */
  g_assert_cmpfloat (start + span, >, last + 1.0);
  /* Every programme period is in it */
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      if (item->kind == ATLAS_EVENT_KIND_PERIOD)
        {
          g_assert_cmpfloat (item->first_day, >=, start);
          g_assert_cmpfloat (item->last_day + 1.0, <=, start + span);
        }
    }
  /* What it leaves out is before it, from the data's first day */
  g_assert_cmpuint (atlas_timeline_view_range_outside (model, NULL, NULL, start, start + span,
                                                       &n_after, &earliest, NULL), >, 0);
  g_assert_cmpuint (n_after, ==, 0);
  g_assert_cmpuint (earliest, ==, first);
}

static void
test_first_outlier (void)
{
  g_autoptr(AtlasTimelineModel) model = new_model (1953, 60, 2012);
  double start, span;

  g_assert_true (atlas_timeline_view_range_first (model, &start, &span));
  /* From the densest run (2010) with a margin of months, not from 1953 */
  g_assert_cmpfloat (start, <, julian (2010, 1, 15));
  g_assert_cmpfloat (start, >, julian (2009, 1, 1));
  /* To the end of the planned period, with a margin */
  g_assert_cmpfloat (start + span, >, julian (2031, 1, 1));
  g_assert_cmpfloat (start + span, <, julian (2032, 1, 1));
}

static void
test_first_period (void)
{
  g_autoptr(AtlasTimelineModel) model = new_model (1953, 60, 2001);
  double start, span;

  /* A programme period before the events' run opens the view */
  g_assert_true (atlas_timeline_view_range_first (model, &start, &span));
  g_assert_cmpfloat (start, <, julian (2001, 1, 1));
  g_assert_cmpfloat (start, >, julian (1999, 1, 1));
}

static void
test_first_few (void)
{
  g_autoptr(AtlasTimelineModel) model = new_model (1953, 3, 0);
  g_autoptr(AtlasTimelineModel) empty = new_model (0, 0, 0);
  double start, span;

  /* With a handful of items, none is an outlier: all are shown */
  g_assert_true (atlas_timeline_view_range_first (model, &start, &span));
  g_assert_cmpfloat (start, <, julian (1953, 1, 1));
  g_assert_cmpfloat (start + span, >, julian (2010, 3, 16));
  g_assert_false (atlas_timeline_view_range_first (empty, &start, &span));
}

static gboolean
only_periods (guint    index,
              gpointer user_data)
{
  return atlas_timeline_model_get_item (user_data, index)->kind == ATLAS_EVENT_KIND_PERIOD;
}

static void
test_outside (void)
{
  g_autoptr(AtlasTimelineModel) model = new_model (1953, 24, 2012);
  guint32 earliest = 0, latest = 0;
  guint before, after;

  /* 2011 alone: the outlier and 2010's twelve events before it, the
   * period after */
  before = atlas_timeline_view_range_outside (model, NULL, NULL, julian (2011, 1, 1), julian (2012, 1, 1),
                                              &after, &earliest, &latest);
  g_assert_cmpuint (before, ==, 13);
  g_assert_cmpuint (after, ==, 1);
  g_assert_cmpuint (earliest, ==, julian (1953, 1, 1));
  g_assert_cmpuint (latest, ==, julian (2030, 12, 31));
  /* An item that overlaps the view is in it */
  before = atlas_timeline_view_range_outside (model, NULL, NULL, julian (2013, 1, 1), julian (2014, 1, 1),
                                              &after, NULL, NULL);
  g_assert_cmpuint (before, ==, 25);
  g_assert_cmpuint (after, ==, 0);
  /* Items not drawn are not announced */
  before = atlas_timeline_view_range_outside (model, only_periods, model, julian (2011, 1, 1),
                                              julian (2012, 1, 1), &after, NULL, NULL);
  g_assert_cmpuint (before, ==, 0);
  g_assert_cmpuint (after, ==, 1);
}

static void
test_zoom_anchor (void)
{
  static const double fractions[] = { 0, 0.1, 0.5, 0.73, 1 };
  double start = julian (2000, 1, 1), span = 30 * 365.25;

  for (guint i = 0; i < G_N_ELEMENTS (fractions); i++)
    {
      double f = fractions[i], anchor = start + f * span, new_start, new_span;

      /* Zoomed in, the anchor's day stays under the anchor */
      atlas_timeline_view_range_zoom (start, span, f, 1.5, 45, 100 * 365.25, &new_start, &new_span);
      g_assert_cmpfloat_with_epsilon (new_span, span / 1.5, EPSILON);
      g_assert_cmpfloat_with_epsilon (new_start + f * new_span, anchor, EPSILON);
      /* And zoomed out again, the view is what it was */
      atlas_timeline_view_range_zoom (new_start, new_span, f, 1 / 1.5, 45, 100 * 365.25, &new_start, &new_span);
      g_assert_cmpfloat_with_epsilon (new_start, start, 1e-6);
      g_assert_cmpfloat_with_epsilon (new_span, span, 1e-6);
    }
}

static void
test_zoom_limits (void)
{
  double start = julian (2020, 1, 1), new_start, new_span, anchor = start + 0.25 * 400;

  /* No narrower than the narrowest: the anchor still holds */
  atlas_timeline_view_range_zoom (start, 400, 0.25, 100, 45, 5000, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_span, 45, EPSILON);
  g_assert_cmpfloat_with_epsilon (new_start + 0.25 * 45, anchor, EPSILON);
  /* No wider than the widest */
  atlas_timeline_view_range_zoom (start, 400, 0.25, 0.01, 45, 5000, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_span, 5000, EPSILON);
  /* An anchor off the axis is taken at its end */
  atlas_timeline_view_range_zoom (start, 400, 7, 2, 45, 5000, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_start + new_span, start + 400, EPSILON);
}

static void
test_keep_items (void)
{
  g_autoptr(AtlasTimelineModel) model = new_model (1953, 12, 0);
  double start;

  /* A view on 1980–1985 has nothing: it moves to the nearest item, 2010's
   * (25 years after its end) rather than 1953's (27 years before it) */
  start = julian (1980, 1, 1);
  g_assert_true (atlas_timeline_view_range_keep_items (model, NULL, NULL, &start, 5 * 365.25));
  g_assert_cmpfloat (start, <, julian (2010, 1, 15));
  g_assert_cmpfloat (start + 5 * 365.25, >, julian (2010, 1, 16));
  g_assert_cmpuint (atlas_timeline_view_range_outside (model, NULL, NULL, start, start + 5 * 365.25,
                                                       NULL, NULL, NULL), <, 13);
  /* 1955–1960 is nearer 1953 */
  start = julian (1955, 1, 1);
  g_assert_true (atlas_timeline_view_range_keep_items (model, NULL, NULL, &start, 5 * 365.25));
  g_assert_cmpfloat (start, <, julian (1953, 1, 1));
  g_assert_cmpfloat (start + 5 * 365.25, >, julian (1954, 1, 1));
  /* A view with an item in it stays */
  start = julian (2009, 6, 1);
  g_assert_false (atlas_timeline_view_range_keep_items (model, NULL, NULL, &start, 365.25));
  g_assert_cmpfloat (start, ==, julian (2009, 6, 1));
}

static void
test_between (void)
{
  g_autoptr(AtlasTimelineModel) model = new_model (1953, 60, 2012);
  AtlasDate from = year_date (2010), to = year_date (2020), month = { 2016, 7, 0, ATLAS_DATE_PRECISION_MONTH };
  double start, span, first_start, first_span;

  /* Whole years, with a small margin */
  g_assert_true (atlas_timeline_view_range_between (model, &from, &to, &start, &span));
  g_assert_cmpfloat (start, <, julian (2010, 1, 1));
  g_assert_cmpfloat (start, >, julian (2009, 7, 1));
  g_assert_cmpfloat (start + span, >, julian (2021, 1, 1));
  g_assert_cmpfloat (start + span, <, julian (2021, 7, 1));
  /* A month to itself: all of July, a fortnight either side */
  g_assert_true (atlas_timeline_view_range_between (model, &month, &month, &start, &span));
  g_assert_cmpfloat_with_epsilon (start, julian (2016, 7, 1) - 15, EPSILON);
  g_assert_cmpfloat_with_epsilon (start + span, julian (2016, 8, 1) + 15, EPSILON);
  /* Without either end, the first view */
  g_assert_true (atlas_timeline_view_range_first (model, &first_start, &first_span));
  g_assert_true (atlas_timeline_view_range_between (model, NULL, NULL, &start, &span));
  g_assert_cmpfloat_with_epsilon (start, first_start, EPSILON);
  g_assert_cmpfloat_with_epsilon (span, first_span, EPSILON);
  /* One end: the other is the first view's */
  g_assert_true (atlas_timeline_view_range_between (model, &to, NULL, &start, &span));
  g_assert_cmpfloat (start, <, julian (2020, 1, 1));
  g_assert_cmpfloat_with_epsilon (start + span, first_start + first_span, EPSILON);
  /* Backwards is refused */
  g_assert_false (atlas_timeline_view_range_between (model, &to, &from, &start, &span));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/view-range/first-builtin", test_first_builtin);
  g_test_add_func ("/timeline/view-range/first-outlier", test_first_outlier);
  g_test_add_func ("/timeline/view-range/first-period", test_first_period);
  g_test_add_func ("/timeline/view-range/first-few", test_first_few);
  g_test_add_func ("/timeline/view-range/outside", test_outside);
  g_test_add_func ("/timeline/view-range/zoom-anchor", test_zoom_anchor);
  g_test_add_func ("/timeline/view-range/zoom-limits", test_zoom_limits);
  g_test_add_func ("/timeline/view-range/keep-items", test_keep_items);
  g_test_add_func ("/timeline/view-range/between", test_between);

  return g_test_run ();
}
