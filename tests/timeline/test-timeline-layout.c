/* test-timeline-layout.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's geometry without a display: what the model makes of a
 * dataset, date ↔ x, zoom and pan limits, ticks at each scale, lanes,
 * labels that never overlap, hit testing, culling and navigation. */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "atlas-dataset.h"
#include "atlas-event.h"
#include "atlas-programme.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-model.h"
#include "atlas-timeline-render.h"
#include "timeline-test.h"

#define EPSILON 1e-6

typedef struct
{
  AtlasDataset *dataset;
  AtlasTimelineModel *model;
  AtlasTimelineLayout *layout;
} Fixture;

static PangoContext *
new_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");

  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  return context;
}

static AtlasTimelineLayout *
new_layout (AtlasTimelineModel *model,
            double              width)
{
  PangoContext *context = new_context ();
  AtlasTimelineLayout *layout = atlas_timeline_layout_new (model, context);

  g_object_unref (context);
  atlas_timeline_layout_set_width (layout, width);
  atlas_timeline_layout_set_today (layout, julian (2026, 11, 23));
  atlas_timeline_layout_zoom_to_fit (layout);
  return layout;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dataset = load_builtin ();
  fixture->model = atlas_timeline_model_new_for_dataset (fixture->dataset);
  fixture->layout = new_layout (fixture->model, 1200);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->layout, atlas_timeline_layout_free);
  g_clear_object (&fixture->model);
  g_clear_object (&fixture->dataset);
}

static int
index_of (Fixture    *fixture,
          const char *id)
{
  GObject *record = G_OBJECT (atlas_dataset_find_event (fixture->dataset, id));

  if (record == NULL)
    record = G_OBJECT (atlas_dataset_find_programme (fixture->dataset, id));
  g_assert_nonnull (record);
  return atlas_timeline_model_find_record (fixture->model, record);
}

/* A synthetic timeline: @n items over @years years from 1900 in @n_lanes
 * lanes, a fifth of them spans, with dates of every precision */
static AtlasTimelineModel *
synthetic_model (guint n,
                 guint n_lanes,
                 guint years,
                 guint seed)
{
  AtlasTimelineModel *model = atlas_timeline_model_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  for (guint i = 0; i < n_lanes; i++)
    {
      g_autofree char *name = g_strdup_printf ("Lane %u", i);

      atlas_timeline_model_add_lane (model, name, NULL);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("Synthetic event number %u", i);
      AtlasDate start = { 0 }, end = { 0 };

      start.year = (guint16) (1900 + g_rand_int_range (rand, 0, (gint32) years));
      start.precision = g_rand_int_range (rand, ATLAS_DATE_PRECISION_YEAR, ATLAS_DATE_PRECISION_DAY + 1);
      if (start.precision >= ATLAS_DATE_PRECISION_MONTH)
        start.month = (guint8) g_rand_int_range (rand, 1, 13);
      if (start.precision == ATLAS_DATE_PRECISION_DAY)
        start.day = (guint8) g_rand_int_range (rand, 1, 29);
      if (i % 5 == 0)
        {
          end.year = start.year + (guint16) g_rand_int_range (rand, 0, 6);
          end.precision = ATLAS_DATE_PRECISION_YEAR;
        }
      atlas_timeline_model_add_item (model, NULL, label, g_rand_int_range (rand, 0, (gint32) n_lanes),
                                     g_rand_int_range (rand, 0, ATLAS_TIMELINE_N_KINDS), &start, &end,
                                     i % 7 == 0);
    }
  atlas_timeline_model_finish (model);
  return model;
}

static gboolean
rects_overlap (const AtlasTimelineRect *a,
               const AtlasTimelineRect *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
         a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

/* No two labels overlap, each is in the time area and in its lane */
static guint
assert_labels_apart (AtlasTimelineLayout *layout)
{
  AtlasTimelineModel *model = atlas_timeline_layout_get_model (layout);
  const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (layout);
  double width = atlas_timeline_layout_get_width (layout);
  const AtlasTimelineLabel *labels;
  guint n_labels;

  labels = atlas_timeline_layout_get_labels (layout, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, labels[i].item);
      const AtlasTimelineLaneBox *box = atlas_timeline_layout_get_lane_box (layout, item->lane);

      g_assert_nonnull (box);
      g_assert_cmpfloat (labels[i].rect.width, >, 0);
      g_assert_cmpfloat (labels[i].rect.x, >=, metrics->gutter);
      g_assert_cmpfloat (labels[i].rect.x + labels[i].rect.width, <=, width + EPSILON);
      g_assert_cmpfloat (labels[i].rect.y, >=, box->y);
      g_assert_cmpfloat (labels[i].rect.y + labels[i].rect.height, <=, box->y + box->height + EPSILON);
      for (guint j = i + 1; j < n_labels; j++)
        if (rects_overlap (&labels[i].rect, &labels[j].rect))
          g_error ("labels of items %u and %u overlap: (%g, %g, %g×%g) and (%g, %g, %g×%g)",
                   labels[i].item, labels[j].item,
                   labels[i].rect.x, labels[i].rect.y, labels[i].rect.width, labels[i].rect.height,
                   labels[j].rect.x, labels[j].rect.y, labels[j].rect.width, labels[j].rect.height);
    }
  return n_labels;
}

static void
test_model_builtin (Fixture       *fixture,
                    gconstpointer  data)
{
  GListModel *partners = atlas_dataset_get_partners (fixture->dataset);
  AtlasTimelineModel *model = fixture->model;
  const AtlasTimelineItem *item;
  guint32 first, last;
  int index;

  /* A NATO-wide lane, then the partners in dataset order */
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (model), ==, 1 + g_list_model_get_n_items (partners));
  g_assert_null (atlas_timeline_model_get_lane_partner (model, 0));
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(GObject) partner = g_list_model_get_item (partners, i);

      g_assert_true ((GObject *) atlas_timeline_model_get_lane_partner (model, i + 1) == partner);
    }

  /* Sorted by first day */
  for (guint i = 1; i < atlas_timeline_model_get_n_items (model); i++)
    g_assert_cmpuint (atlas_timeline_model_get_item (model, i - 1)->first_day, <=,
                      atlas_timeline_model_get_item (model, i)->first_day);

  /* The ROK ITPP 2023–2026 is a bar over whole years, not made-up days */
  index = index_of (fixture, "kor-itpp");
  g_assert_cmpint (index, >=, 0);
  item = atlas_timeline_model_get_item (model, (guint) index);
  g_assert_true (item->is_span);
  g_assert_false (item->planned);
  g_assert_cmpuint (item->first_day, ==, julian (2023, 1, 1));
  g_assert_cmpuint (item->start_last_day, ==, julian (2023, 12, 31));
  g_assert_cmpuint (item->end_first_day, ==, julian (2026, 1, 1));
  g_assert_cmpuint (item->last_day, ==, julian (2026, 12, 31));
  g_assert_cmpint (item->start.precision, ==, ATLAS_DATE_PRECISION_YEAR);
  g_assert_true (atlas_timeline_model_get_lane_partner (model, item->lane) ==
                 atlas_programme_get_partner (ATLAS_PROGRAMME (item->record)));
  /* Its period event is drawn by the same bar, not a second one */
  g_assert_cmpint (index_of (fixture, "ev-kor-itpp-period"), ==, index);

  /* The expected 2027–2030 programme is planned */
  item = atlas_timeline_model_get_item (model, (guint) index_of (fixture, "kor-itpp-2027"));
  g_assert_true (item->is_span);
  g_assert_true (item->planned);

  /* A date known to the month covers the month */
  item = atlas_timeline_model_get_item (model, (guint) index_of (fixture, "ev-kor-2022-ccdcoe"));
  g_assert_false (item->is_span);
  g_assert_cmpuint (item->first_day, ==, julian (2022, 5, 1));
  g_assert_cmpuint (item->last_day, ==, julian (2022, 5, 31));

  /* Summits are bands in the NATO-wide lane; a declaration of no partner is there too */
  item = atlas_timeline_model_get_item (model, (guint) index_of (fixture, "ev-vilnius-2023"));
  g_assert_true (item->band);
  g_assert_cmpuint (item->lane, ==, 0);
  item = atlas_timeline_model_get_item (model, (guint) index_of (fixture, "ev-london-2019"));
  g_assert_false (item->band);
  g_assert_cmpuint (item->lane, ==, 0);

  g_assert_true (atlas_timeline_model_get_range (model, &first, &last));
  g_assert_cmpuint (first, ==, julian (1953, 1, 1));
  g_assert_cmpuint (last, ==, julian (2030, 12, 31));

  /* Every event has a place */
  for (guint i = 0; i < g_list_model_get_n_items (atlas_dataset_get_events (fixture->dataset)); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (atlas_dataset_get_events (fixture->dataset), i);

      g_assert_cmpint (atlas_timeline_model_find_record (model, G_OBJECT (event)), >=, 0);
    }
}

static void
test_model_describe (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *period = atlas_timeline_model_format_dates (fixture->model, (guint) index_of (fixture, "kor-itpp"));
  g_autofree char *month = atlas_timeline_model_format_dates (fixture->model, (guint) index_of (fixture, "ev-kor-2022-ccdcoe"));
  g_autofree char *description = atlas_timeline_model_describe_item (fixture->model,
                                                                    (guint) index_of (fixture, "kor-itpp-2027"), "|");

  g_assert_cmpstr (period, ==, "2023–2026");
  g_assert_cmpstr (month, ==, "May 2022");
  g_assert_true (g_str_has_prefix (description, "Republic of Korea–NATO ITPP 2027–2030 (expected)|2027–2030|Republic of Korea|"));
  g_assert_true (g_str_has_suffix (description, "|planned"));
}

static void
test_mapping (Fixture       *fixture,
              gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (layout);
  double lo, hi, start, span, anchor_day;
  guint32 first, last;

  atlas_timeline_layout_get_bounds (layout, &lo, &hi);
  start = atlas_timeline_layout_get_view_start (layout);
  span = atlas_timeline_layout_get_view_span (layout);
  /* Fit shows the data with a margin either side */
  g_assert_cmpfloat_with_epsilon (start, lo, EPSILON);
  g_assert_cmpfloat_with_epsilon (start + span, hi, EPSILON);
  g_assert_cmpfloat (lo, <, julian (1953, 1, 1));
  g_assert_cmpfloat (hi, >, julian (2031, 1, 1));

  /* The view fills the width right of the lane names */
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, start), metrics->gutter, EPSILON);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, start + span), 1200, 1e-6);
  for (double x = metrics->gutter; x <= 1200; x += 77.7)
    g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, atlas_timeline_layout_x_to_day (layout, x)),
                                    x, 1e-6);

  /* Zooming keeps the anchor's day under it */
  anchor_day = atlas_timeline_layout_x_to_day (layout, 700);
  atlas_timeline_layout_zoom (layout, 2, 700);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), span / 2, 1e-6);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, 700), anchor_day, 1e-6);

  /* Zooming out stops at the whole range, zooming in at six weeks */
  atlas_timeline_layout_zoom (layout, 0.01, 700);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_start (layout), lo, EPSILON);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), hi - lo, EPSILON);
  atlas_timeline_layout_zoom (layout, 1e9, 700);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), 45, EPSILON);

  /* Panning stops at either end: zoomed in to six weeks, a tenth of the
   * view past the data, not the 3 % of the whole range a fit shows */
  g_assert_true (atlas_timeline_model_get_range (fixture->model, &first, &last));
  atlas_timeline_layout_pan (layout, -1e9);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_start (layout), first - 4.5, EPSILON);
  atlas_timeline_layout_pan (layout, 1e9);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_start (layout) +
                                  atlas_timeline_layout_get_view_span (layout), last + 1.0 + 4.5, EPSILON);
  atlas_timeline_layout_pan (layout, -100);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_start (layout) +
                                  atlas_timeline_layout_get_view_span (layout),
                                  last + 1.0 + 4.5 - 100 * 45 / (1200 - metrics->gutter), 1e-6);

  /* Nonsense is refused, not drawn */
  atlas_timeline_layout_set_view (layout, NAN, 100);
  g_assert_cmpfloat (atlas_timeline_layout_get_view_span (layout), ==, 45);
}

static void
check_ticks (AtlasTimelineLayout *layout,
             guint                expected_step)
{
  const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (layout);
  const AtlasTimelineTick *ticks;
  AtlasTimelineRect today;
  gboolean today_shown;
  guint n_ticks, n_labels = 0;
  double last_end = -G_MAXDOUBLE;

  g_assert_cmpuint (atlas_timeline_layout_get_tick_step (layout), ==, expected_step);
  ticks = atlas_timeline_layout_get_ticks (layout, &n_ticks);
  g_assert_cmpuint (n_ticks, >, 1);
  today_shown = atlas_timeline_layout_get_today_label (layout, &today);
  for (guint t = 0; t < n_ticks; t++)
    {
      GDate d;
      guint month_index;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, ticks[t].day);
      month_index = g_date_get_year (&d) * 12 + g_date_get_month (&d) - 1;
      g_assert_cmpuint (g_date_get_day (&d), ==, 1);
      g_assert_cmpfloat (ticks[t].x, >=, metrics->gutter - EPSILON);
      g_assert_cmpfloat (ticks[t].x, <=, atlas_timeline_layout_get_width (layout) + EPSILON);
      g_assert_cmpfloat_with_epsilon (ticks[t].x, atlas_timeline_layout_day_to_x (layout, ticks[t].day), 1e-6);
      if (t > 0)
        g_assert_cmpfloat (ticks[t].x, >, ticks[t - 1].x);
      g_assert_cmpint (ticks[t].major, ==, month_index % expected_step == 0);
      if (ticks[t].text == NULL)
        continue;
      g_assert_true (ticks[t].major);
      g_assert_cmpfloat (ticks[t].text_rect.x, >=, last_end);
      g_assert_cmpfloat (ticks[t].text_rect.x + ticks[t].text_rect.width, <=, atlas_timeline_layout_get_width (layout));
      g_assert_false (today_shown && rects_overlap (&ticks[t].text_rect, &today));
      last_end = ticks[t].text_rect.x + ticks[t].text_rect.width;
      n_labels++;
    }
  g_assert_cmpuint (n_labels, >, 0);
}

static void
test_ticks (void)
{
  g_autoptr(AtlasTimelineModel) model = synthetic_model (200, 3, 200, 1);
  g_autoptr(AtlasTimelineLayout) layout = new_layout (model, 1200);
  const AtlasTimelineTick *ticks;
  gboolean quarter_label = FALSE, month_label = FALSE;
  guint n_ticks;

  /* Two centuries: decades */
  check_ticks (layout, 120);
  /* Fifteen years: years */
  atlas_timeline_layout_set_view (layout, julian (2000, 1, 1), julian (2015, 1, 1) - julian (2000, 1, 1));
  check_ticks (layout, 12);
  /* Three years: quarters, labelled by month or, in January, year */
  atlas_timeline_layout_set_view (layout, julian (2000, 2, 10), julian (2003, 2, 10) - julian (2000, 2, 10));
  check_ticks (layout, 3);
  ticks = atlas_timeline_layout_get_ticks (layout, &n_ticks);
  for (guint t = 0; t < n_ticks; t++)
    {
      quarter_label |= g_strcmp0 (ticks[t].text, "Jul") == 0;
      if (ticks[t].day == julian (2001, 1, 1))
        g_assert_cmpstr (ticks[t].text, ==, "2001");
    }
  g_assert_true (quarter_label);
  /* The first labelled month carries its year, so the year is never lost */
  for (guint t = 0; t < n_ticks; t++)
    if (ticks[t].text != NULL)
      {
        g_assert_cmpstr (ticks[t].text, ==, "Apr 2000");
        break;
      }
  /* A year: months */
  atlas_timeline_layout_set_view (layout, julian (2001, 1, 15), 365);
  check_ticks (layout, 1);
  ticks = atlas_timeline_layout_get_ticks (layout, &n_ticks);
  for (guint t = 0; t < n_ticks; t++)
    month_label |= g_strcmp0 (ticks[t].text, "Mar") == 0;
  g_assert_true (month_label);

  /* A narrower widget takes coarser steps for the same view */
  atlas_timeline_layout_set_width (layout, 400);
  check_ticks (layout, 3);
}

/* A narrow layout names the lanes short rather than cutting them */
static void
test_short_names (Fixture       *fixture,
                  gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  guint korea = G_MAXUINT;

  for (guint i = 0; i < atlas_timeline_model_get_n_lanes (fixture->model); i++)
    if (g_strcmp0 (atlas_timeline_model_get_lane_name (fixture->model, i), "Republic of Korea") == 0)
      korea = i;
  g_assert_cmpuint (korea, !=, G_MAXUINT);
  g_assert_cmpstr (atlas_timeline_layout_get_lane_label (layout, korea), ==, "Republic of Korea");
  atlas_timeline_layout_set_width (layout, 360);
  atlas_timeline_layout_get_height (layout);
  g_assert_cmpstr (atlas_timeline_layout_get_lane_label (layout, korea), ==, "ROK");
  /* Short names fit a third of the width */
  g_assert_cmpfloat (atlas_timeline_layout_get_metrics (layout)->gutter, <=, 120);
  atlas_timeline_layout_set_width (layout, 1200);
  atlas_timeline_layout_get_height (layout);
  g_assert_cmpstr (atlas_timeline_layout_get_lane_label (layout, korea), ==, "Republic of Korea");
}

static void
test_lanes (Fixture       *fixture,
            gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  const AtlasTimelineMetrics *metrics = atlas_timeline_layout_get_metrics (layout);
  const AtlasTimelineLaneBox *lanes;
  double height, expected_y;
  guint n_lanes;

  lanes = atlas_timeline_layout_get_lanes (layout, &n_lanes);
  g_assert_cmpuint (n_lanes, ==, atlas_timeline_model_get_n_lanes (fixture->model));
  expected_y = metrics->ruler_height;
  for (guint i = 0; i < n_lanes; i++)
    {
      /* One after another, in model order, each with room for its bars
       * and up to three rows of labels */
      g_assert_cmpuint (lanes[i].lane, ==, i);
      g_assert_cmpfloat_with_epsilon (lanes[i].y, expected_y, EPSILON);
      g_assert_cmpfloat (lanes[i].bars_y, >=, lanes[i].y);
      g_assert_cmpfloat (lanes[i].bars_y + atlas_timeline_model_get_lane_n_tracks (fixture->model, i) *
                         metrics->bar_height, <=, lanes[i].markers_y - metrics->marker_radius);
      g_assert_cmpfloat (lanes[i].markers_y + metrics->marker_radius, <=, lanes[i].labels_y);
      g_assert_cmpuint (lanes[i].n_label_rows, ==, MIN (3, atlas_timeline_model_get_lane_n_points (fixture->model, i)));
      g_assert_cmpfloat (lanes[i].labels_y + lanes[i].n_label_rows * metrics->row_height, <=,
                         lanes[i].y + lanes[i].height);
      expected_y += lanes[i].height;
    }
  height = atlas_timeline_layout_get_height (layout);
  g_assert_cmpfloat_with_epsilon (height, expected_y, EPSILON);
  /* The ROK lane holds the two ITPP bars on one track: they do not overlap */
  g_assert_cmpuint (atlas_timeline_model_get_lane_n_tracks (fixture->model, 3), ==, 1);

  /* Every item is drawn inside its lane */
  for (guint i = 0; i < atlas_timeline_model_get_n_items (fixture->model); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (fixture->model, i);
      const AtlasTimelineLaneBox *box = atlas_timeline_layout_get_lane_box (layout, item->lane);
      AtlasTimelineRect rect;

      g_assert_true (atlas_timeline_layout_get_item_rect (layout, i, &rect));
      g_assert_cmpfloat (rect.y, >=, box->y);
      g_assert_cmpfloat (rect.y + rect.height, <=, box->y + box->height);
    }

  /* A hidden lane gives its room to the others */
  atlas_timeline_layout_set_lane_visible (layout, 2, FALSE);
  lanes = atlas_timeline_layout_get_lanes (layout, &n_lanes);
  g_assert_cmpuint (n_lanes, ==, atlas_timeline_model_get_n_lanes (fixture->model) - 1);
  g_assert_null (atlas_timeline_layout_get_lane_box (layout, 2));
  g_assert_cmpuint (lanes[2].lane, ==, 3);
  g_assert_cmpfloat (atlas_timeline_layout_get_height (layout), <, height);
  atlas_timeline_layout_set_lane_visible (layout, 2, TRUE);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_height (layout), height, EPSILON);
}

static void
test_labels_builtin (Fixture       *fixture,
                     gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  const AtlasTimelineLabel *labels;
  guint n_labels, most = 0;

  /* From the whole range to six weeks, and panned across */
  for (guint zoom = 0; zoom < 12; zoom++)
    {
      atlas_timeline_layout_pan (layout, -1e9);
      for (guint step = 0; step < 40; step++)
        {
          most = MAX (most, assert_labels_apart (layout));
          atlas_timeline_layout_pan (layout, 137);
        }
      atlas_timeline_layout_zoom (layout, 1.5, 800);
    }
  g_assert_cmpuint (most, >, 10);

  /* Zoomed on 2005–2030, every point in view but the most crowded has a
   * label, and the planned bar's says so */
  atlas_timeline_layout_set_view (layout, julian (2005, 1, 1), julian (2031, 1, 1) - julian (2005, 1, 1));
  labels = atlas_timeline_layout_get_labels (layout, &n_labels);
  g_assert_cmpuint (n_labels, >=, 30);
  for (guint i = 0; i < n_labels; i++)
    if ((int) labels[i].item == index_of (fixture, "kor-itpp-2027"))
      {
        g_assert_true (labels[i].inside);
        g_assert_cmpstr (atlas_timeline_model_get_item (fixture->model, labels[i].item)->label, ==,
                         "ITPP 2027–2030 (planned)");
      }
  /* A programme's bar says its status (issue 19) */
  g_assert_cmpstr (atlas_timeline_model_get_item (fixture->model, (guint) index_of (fixture, "kor-itpp"))->label, ==,
                   "ITPP 2023–2026 · In force");
  assert_labels_apart (layout);

  /* Narrow widths too */
  for (double width = 330; width < 1200; width += 170)
    {
      atlas_timeline_layout_set_width (layout, width);
      assert_labels_apart (layout);
    }
}

static void
test_labels_crowded (void)
{
  g_autoptr(AtlasTimelineModel) model = synthetic_model (3000, 2, 3, 7);
  g_autoptr(AtlasTimelineLayout) layout = new_layout (model, 900);

  for (guint zoom = 0; zoom < 8; zoom++)
    {
      g_assert_cmpuint (assert_labels_apart (layout), >, 0);
      atlas_timeline_layout_zoom (layout, 2, 300 + zoom * 40);
    }
}

static void
test_hit (Fixture       *fixture,
          gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  const AtlasTimelineMetrics *metrics;
  const AtlasTimelineLabel *labels;
  const guint *visible;
  guint n_labels, n_visible, points = 0, bars = 0;

  atlas_timeline_layout_set_view (layout, julian (2005, 1, 1), julian (2031, 1, 1) - julian (2005, 1, 1));
  metrics = atlas_timeline_layout_get_metrics (layout);
  visible = atlas_timeline_layout_get_visible (layout, &n_visible);
  for (guint v = 0; v < n_visible; v++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (fixture->model, visible[v]);
      AtlasTimelineRect rect;
      int hit;

      g_assert_true (atlas_timeline_layout_get_item_rect (layout, visible[v], &rect));
      if (item->is_span)
        {
          /* A bar's middle is the bar */
          hit = atlas_timeline_layout_hit_test (layout, rect.x + rect.width / 2, rect.y + rect.height / 2);
          g_assert_cmpint (hit, ==, (int) visible[v]);
          bars++;
        }
      else
        {
          /* A marker's middle is that marker, or one drawn on the same spot */
          double x = atlas_timeline_layout_day_to_x (layout, (item->first_day + item->last_day + 1.0) / 2);
          const AtlasTimelineItem *other;

          hit = atlas_timeline_layout_hit_test (layout, x, rect.y + rect.height / 2);
          g_assert_cmpint (hit, >=, 0);
          other = atlas_timeline_model_get_item (fixture->model, (guint) hit);
          g_assert_cmpuint (other->lane, ==, item->lane);
          g_assert_cmpfloat (fabs (atlas_timeline_layout_day_to_x (layout, (other->first_day + other->last_day + 1.0) / 2) - x),
                             <, 1e-6);
          points++;
        }
    }
  g_assert_cmpuint (points, >, 20);
  /* The three ITPP periods, the expected 2027–2030 one and Rutte's visit of 8–9 April 2025 */
  g_assert_cmpuint (bars, ==, 5);

  /* A label is its item */
  labels = atlas_timeline_layout_get_labels (layout, &n_labels);
  for (guint i = 0; i < n_labels; i++)
    if (!labels[i].inside)
      g_assert_cmpint (atlas_timeline_layout_hit_test (layout, labels[i].rect.x + labels[i].rect.width / 2,
                                                       labels[i].rect.y + labels[i].rect.height / 2),
                       ==, (int) labels[i].item);

  /* The ruler, the lane names and what is below the lanes are nothing */
  g_assert_cmpint (atlas_timeline_layout_hit_test (layout, 600, metrics->ruler_height / 2), ==, -1);
  g_assert_cmpint (atlas_timeline_layout_hit_test (layout, metrics->gutter / 2, 200), ==, -1);
  g_assert_cmpint (atlas_timeline_layout_hit_test (layout, 600, atlas_timeline_layout_get_height (layout) + 5), ==, -1);
  /* Empty space in a lane, before anything happened, is nothing */
  atlas_timeline_layout_zoom_to_fit (layout);
  g_assert_cmpint (atlas_timeline_layout_hit_test (layout, atlas_timeline_layout_day_to_x (layout, julian (1980, 1, 1)),
                                                   atlas_timeline_layout_get_lane_box (layout, 4)->markers_y), ==, -1);
  /* A summit's band is the summit, in any lane */
  g_assert_cmpint (atlas_timeline_layout_hit_test (layout, atlas_timeline_layout_day_to_x (layout, julian (2024, 3, 1)),
                                                   atlas_timeline_layout_get_lane_box (layout, 4)->y + 2),
                   ==, index_of (fixture, "ev-washington-2024"));
}

/* A view of @start, @span clamped to data from day 1000 to day 11000 */
static void
clamped (double  start,
         double  span,
         double *out_start,
         double *out_span)
{
  *out_start = start;
  *out_span = span;
  atlas_timeline_layout_clamp_range (1000, 11000, out_start, out_span);
}

static void
test_clamp (void)
{
  double start, span;

  /* In range: untouched */
  clamped (3000, 2000, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, 3000, EPSILON);
  g_assert_cmpfloat_with_epsilon (span, 2000, EPSILON);

  /* The widest view is the data and 3 % of it either side */
  clamped (0, 1e7, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, 1000 - 300, EPSILON);
  g_assert_cmpfloat_with_epsilon (span, 10000 + 600, EPSILON);

  /* Zoomed out, a pan stops at that margin ... */
  clamped (-5000, 5000, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, 1000 - 300, EPSILON);
  g_assert_cmpfloat_with_epsilon (span, 5000, EPSILON);
  clamped (50000, 5000, &start, &span);
  g_assert_cmpfloat_with_epsilon (start + span, 11000 + 300, EPSILON);

  /* ... zoomed in, at a tenth of the view, not screens away */
  clamped (-5000, 200, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, 1000 - 20, EPSILON);
  g_assert_cmpfloat_with_epsilon (span, 200, EPSILON);
  clamped (50000, 200, &start, &span);
  g_assert_cmpfloat_with_epsilon (start + span, 11000 + 20, EPSILON);

  /* No narrower than six weeks */
  clamped (5000, 1, &start, &span);
  g_assert_cmpfloat_with_epsilon (span, 45, EPSILON);
  g_assert_cmpfloat_with_epsilon (start, 5000, EPSILON);

  /* Nonsense gives a view of the data */
  start = NAN;
  span = INFINITY;
  atlas_timeline_layout_clamp_range (1000, 11000, &start, &span);
  g_assert_cmpfloat_with_epsilon (start, 700, EPSILON);
  g_assert_cmpfloat_with_epsilon (span, 10600, EPSILON);

  /* A single day: the view shows it in its middle, and never before day 1 */
  start = 0;
  span = 1000;
  atlas_timeline_layout_clamp_range (2000, 2001, &start, &span);
  g_assert_cmpfloat_with_epsilon (span, 61, EPSILON);
  g_assert_cmpfloat_with_epsilon (start, 2000 - 30, EPSILON);
  start = -50;
  span = 45;
  atlas_timeline_layout_clamp_range (5, 6, &start, &span);
  g_assert_cmpfloat (start, >=, 1);
  g_assert_cmpfloat (start, <=, 5);
  g_assert_cmpfloat (start + span, >=, 6);
}

static void
test_pinch (Fixture       *fixture,
            gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  double gutter = atlas_timeline_layout_get_metrics (layout)->gutter;
  double start, span, new_start, new_span, day;

  /* The pure mapping: twice as narrow around the middle */
  atlas_timeline_layout_pinch_range (1000, 400, 0.5, 0.5, 2, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_span, 200, EPSILON);
  g_assert_cmpfloat_with_epsilon (new_start, 1100, EPSILON);
  /* Around the left end, the left end stays */
  atlas_timeline_layout_pinch_range (1000, 400, 0, 0, 4, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_start, 1000, EPSILON);
  g_assert_cmpfloat_with_epsilon (new_span, 100, EPSILON);
  /* Fingers apart, then moved right by a quarter: the anchor day follows */
  atlas_timeline_layout_pinch_range (1000, 400, 0.25, 0.5, 2, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_start + 0.5 * new_span, 1100, EPSILON);
  /* Pinched in: wider */
  atlas_timeline_layout_pinch_range (1000, 400, 0.5, 0.5, 0.5, &new_start, &new_span);
  g_assert_cmpfloat_with_epsilon (new_span, 800, EPSILON);
  g_assert_cmpfloat_with_epsilon (new_start, 800, EPSILON);

  /* On the layout: the day under the fingers stays under them */
  atlas_timeline_layout_set_view (layout, julian (2000, 1, 1), 20 * 365.25);
  start = atlas_timeline_layout_get_view_start (layout);
  span = atlas_timeline_layout_get_view_span (layout);
  day = atlas_timeline_layout_x_to_day (layout, 800);
  for (double scale = 1.0; scale <= 8; scale *= 1.25)
    {
      atlas_timeline_layout_pinch (layout, start, span, 800, 800, scale);
      g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), span / scale, 1e-6);
      g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, 800), day, 1e-6);
    }
  /* ... and moves with them */
  atlas_timeline_layout_pinch (layout, start, span, 800, 600, 2);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_x_to_day (layout, 600), day, 1e-6);
  /* A pinch from the lane names counts from the time axis' left end */
  atlas_timeline_layout_pinch (layout, start, span, 0, 0, 2);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_start (layout), start, 1e-6);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_day_to_x (layout, start), gutter, 1e-6);

  /* Zoomed in to the limit: six weeks, and never on an empty view, as
   * every other zoom (the six weeks under the fingers, in April 2012,
   * hold nothing: the view moves to the nearest item) */
  atlas_timeline_layout_pinch (layout, start, span, 800, 800, 1e6);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), 45, EPSILON);
  {
    guint n_visible;

    atlas_timeline_layout_get_visible (layout, &n_visible);
    g_assert_cmpuint (n_visible, >, 0);
  }
  /* Pinched in over the empty years between 1953 and 2005 */
  atlas_timeline_layout_zoom_to_fit (layout);
  start = atlas_timeline_layout_get_view_start (layout);
  span = atlas_timeline_layout_get_view_span (layout);
  for (double scale = 1.5; scale < 400; scale *= 1.5)
    {
      guint n_visible;
      double x = atlas_timeline_layout_day_to_x (layout, julian (1980, 1, 1));

      atlas_timeline_layout_zoom_to_fit (layout);
      atlas_timeline_layout_pinch (layout, start, span, x, x, scale);
      atlas_timeline_layout_get_visible (layout, &n_visible);
      g_assert_cmpuint (n_visible, >, 0);
      g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), span / scale, 1e-6);
    }
  /* Out to the limit: the whole range */
  atlas_timeline_layout_pinch (layout, start, span, 800, 800, 1e-6);
  {
    double lo, hi;

    atlas_timeline_layout_get_bounds (layout, &lo, &hi);
    g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_start (layout), lo, EPSILON);
    g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), hi - lo, EPSILON);
  }
}

static void
test_culling (void)
{
  g_autoptr(AtlasTimelineModel) model = synthetic_model (10000, 8, 120, 42);
  g_autoptr(AtlasTimelineLayout) layout = new_layout (model, 1400);
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = atlas_timeline_model_get_n_items (model);

  g_assert_cmpuint (n, ==, 10000);
  for (guint round = 0; round < 300; round++)
    {
      double start = julian (1895, 1, 1) + g_rand_double_range (rand, 0, 130 * 365.25);
      double end = start + g_rand_double_range (rand, 0.5, round % 3 == 0 ? 20000 : 400);
      guint k = 0;

      g_array_set_size (found, 0);
      atlas_timeline_model_collect_visible (model, start, end, found);
      /* Exactly the items that meet [start, end), in order */
      for (guint i = 0; i < n; i++)
        {
          const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

          if (item->first_day < end && item->last_day + 1.0 > start)
            {
              g_assert_cmpuint (k, <, found->len);
              g_assert_cmpuint (g_array_index (found, guint, k), ==, i);
              k++;
            }
        }
      g_assert_cmpuint (k, ==, found->len);
    }

  /* The layout draws those of its view that are shown */
  atlas_timeline_layout_set_kind_visible (layout, ATLAS_EVENT_KIND_SIGNING, FALSE);
  atlas_timeline_layout_set_view (layout, julian (1950, 1, 1), 3000);
  {
    const guint *visible;
    guint n_visible, k = 0;
    double start = atlas_timeline_layout_get_view_start (layout);
    double end = start + atlas_timeline_layout_get_view_span (layout);

    visible = atlas_timeline_layout_get_visible (layout, &n_visible);
    for (guint i = 0; i < n; i++)
      {
        const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

        if (item->first_day < end && item->last_day + 1.0 > start && item->kind != ATLAS_EVENT_KIND_SIGNING)
          g_assert_cmpuint (visible[k++], ==, i);
      }
    g_assert_cmpuint (k, ==, n_visible);
    g_assert_cmpuint (n_visible, <, n / 10);
  }
}

static void
test_navigation (Fixture       *fixture,
                 gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  guint n = atlas_timeline_model_get_n_items (fixture->model);
  int index, previous, australia;

  /* Forwards through every item in date order, and back */
  index = atlas_timeline_layout_step (layout, -1, 1);
  g_assert_cmpint (index, ==, 0);
  for (guint i = 1; i < n; i++)
    {
      previous = index;
      index = atlas_timeline_layout_step (layout, index, 1);
      g_assert_cmpint (index, ==, (int) i);
      g_assert_cmpuint (atlas_timeline_model_get_item (fixture->model, (guint) previous)->first_day, <=,
                        atlas_timeline_model_get_item (fixture->model, (guint) index)->first_day);
    }
  g_assert_cmpint (atlas_timeline_layout_step (layout, index, 1), ==, index);
  g_assert_cmpint (atlas_timeline_layout_step (layout, -1, -1), ==, (int) n - 1);
  g_assert_cmpint (atlas_timeline_layout_step (layout, (int) n - 1, -1), ==, (int) n - 2);

  /* Hidden kinds are skipped */
  atlas_timeline_layout_set_kind_visible (layout, ATLAS_EVENT_KIND_SIGNING, FALSE);
  index = atlas_timeline_layout_step (layout, -1, 1);
  for (;;)
    {
      g_assert_cmpint (atlas_timeline_model_get_item (fixture->model, (guint) index)->kind, !=, ATLAS_EVENT_KIND_SIGNING);
      if ((previous = atlas_timeline_layout_step (layout, index, 1)) == index)
        break;
      index = previous;
    }
  atlas_timeline_layout_set_kind_visible (layout, ATLAS_EVENT_KIND_SIGNING, TRUE);

  /* Down from Australia's 2013 IPCP goes to Japan's nearest event: its 2014 IPCP */
  australia = index_of (fixture, "ev-aus-2013-ipcp");
  index = atlas_timeline_layout_change_lane (layout, australia, 1);
  g_assert_cmpint (index, ==, index_of (fixture, "ev-jpn-2014-ipcp"));
  g_assert_cmpint (atlas_timeline_layout_change_lane (layout, index, -1), ==, australia);
  /* Up from Australia, the NATO-wide lane; above it there is nothing */
  index = atlas_timeline_layout_change_lane (layout, australia, -1);
  g_assert_cmpuint (atlas_timeline_model_get_item (fixture->model, (guint) index)->lane, ==, 0);
  g_assert_cmpint (atlas_timeline_layout_change_lane (layout, index, -1), ==, index);
  /* A hidden lane is stepped over */
  atlas_timeline_layout_set_lane_visible (layout, 2, FALSE);
  g_assert_cmpuint (atlas_timeline_model_get_item (fixture->model,
                                                   (guint) atlas_timeline_layout_change_lane (layout, australia, 1))->lane,
                    ==, 3);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;

  atlas_timeline_layout_set_search (layout, "  VILNIUS ");
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) index_of (fixture, "ev-vilnius-2023")));
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) index_of (fixture, "ev-jpn-2023-macron")));
  g_assert_true (atlas_timeline_layout_item_is_dimmed (layout, (guint) index_of (fixture, "ev-kor-2012-ipcp")));
  /* Partners and kinds match too */
  atlas_timeline_layout_set_search (layout, "new zealand");
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) index_of (fixture, "ev-nzl-2012-ipcp")));
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) index_of (fixture, "ev-vilnius-2023")));
  atlas_timeline_layout_set_search (layout, "programme period");
  g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, (guint) index_of (fixture, "kor-itpp")));
  /* Zoom to fit follows what matches */
  atlas_timeline_layout_zoom_to_shown (layout);
  g_assert_cmpfloat (atlas_timeline_layout_get_view_start (layout), >, julian (2020, 1, 1));
  g_assert_cmpfloat (atlas_timeline_layout_get_view_start (layout), <, julian (2023, 1, 1));
  atlas_timeline_layout_set_search (layout, NULL);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (fixture->model); i++)
    g_assert_false (atlas_timeline_layout_item_is_dimmed (layout, i));
}

static void
test_scroll_to_item (Fixture       *fixture,
                     gconstpointer  data)
{
  AtlasTimelineLayout *layout = fixture->layout;
  int index = index_of (fixture, "ev-kor-2023-itpp");
  AtlasTimelineRect rect;

  atlas_timeline_layout_set_view (layout, julian (1990, 1, 1), 700);
  g_assert_true (atlas_timeline_layout_scroll_to_item (layout, (guint) index));
  g_assert_true (atlas_timeline_layout_get_item_rect (layout, (guint) index, &rect));
  g_assert_cmpfloat (rect.x, >=, atlas_timeline_layout_get_metrics (layout)->gutter);
  g_assert_cmpfloat (rect.x + rect.width, <=, 1200);
  g_assert_cmpfloat_with_epsilon (atlas_timeline_layout_get_view_span (layout), 700, EPSILON);
  /* Already in view: nothing moves */
  g_assert_false (atlas_timeline_layout_scroll_to_item (layout, (guint) index));

  atlas_timeline_layout_zoom_to_item (layout, (guint) index_of (fixture, "kor-itpp"));
  g_assert_cmpfloat (atlas_timeline_layout_get_view_start (layout), <, julian (2023, 1, 1));
  g_assert_cmpfloat (atlas_timeline_layout_get_view_start (layout) + atlas_timeline_layout_get_view_span (layout),
                     >, julian (2027, 1, 1));
}

static void
test_render_many (void)
{
  g_autoptr(AtlasTimelineModel) model = synthetic_model (10000, 6, 80, 11);
  g_autoptr(AtlasTimelineLayout) layout = new_layout (model, 1280);
  AtlasTimelineRenderState state = ATLAS_TIMELINE_RENDER_STATE_INIT;
  AtlasTimelineStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, (int) atlas_timeline_layout_get_height (layout));
  cr = cairo_create (surface);
  for (guint variant = 0; variant < 4; variant++)
    {
      atlas_timeline_style_init (&style, variant & 1, variant & 2);
      state.selected = (int) (variant * 1000);
      state.focused = TRUE;
      atlas_timeline_render (cr, layout, &style, &state);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      atlas_timeline_layout_zoom (layout, 8, 640);
    }
  g_assert_cmpfloat (atlas_timeline_render_legend (cr, layout, &style, 0, 0, 1280), >, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Renders @layout at @scale on an image, either directly (bars and bands
 * on whole pixels) or through a recording surface (exact geometry, as
 * the vector exports draw it) */
static cairo_surface_t *
render_image (AtlasTimelineLayout            *layout,
              const AtlasTimelineStyle       *style,
              const AtlasTimelineRenderState *state,
              double                          scale,
              gboolean                        exact)
{
  int width = (int) (atlas_timeline_layout_get_width (layout) * scale);
  int height = (int) (atlas_timeline_layout_get_height (layout) * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr;

  if (exact)
    {
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);

      cr = cairo_create (recording);
      atlas_timeline_render (cr, layout, style, state);
      cairo_destroy (cr);
      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, recording, 0, 0);
      cairo_paint (cr);
      cairo_surface_destroy (recording);
    }
  else
    {
      cairo_surface_set_device_scale (surface, scale, scale);
      cr = cairo_create (surface);
      atlas_timeline_render (cr, layout, style, state);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* On an image, bars, bands and dashed outlines are drawn on whole pixels
 * by a routine of their own: it must draw the same picture as the exact
 * one but for edge pixels, with every bar kind, planned bars, selection
 * and high contrast, at scale 1 and 2 */
static void
test_render_pixels (Fixture       *fixture,
                    gconstpointer  data)
{
  AtlasTimelineRenderState state = ATLAS_TIMELINE_RENDER_STATE_INIT;
  AtlasTimelineStyle style;
  guint n_items = atlas_timeline_model_get_n_items (fixture->model);
  int span = -1, planned = -1;

  for (guint i = 0; i < n_items; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (fixture->model, i);

      if (item->is_span && item->planned && planned < 0)
        planned = (int) i;
      else if (item->is_span && !item->planned && span < 0)
        span = (int) i;
    }
  g_assert_cmpint (span, >=, 0);
  g_assert_cmpint (planned, >=, 0);
  /* 2022–2030: the ITPPs are wide, with the planned one beside them */
  atlas_timeline_layout_set_view (fixture->layout, julian (2022, 1, 1), julian (2030, 12, 31) - julian (2022, 1, 1));

  for (guint variant = 0; variant < 6; variant++)
    {
      double scale = variant < 3 ? 1 : 2;
      cairo_surface_t *pixels, *exact;
      guint64 differing = 0, far = 0, total;
      int stride, width, height;
      const guint8 *a, *b;

      atlas_timeline_style_init (&style, variant % 3 == 1, variant % 3 == 2);
      state.selected = variant % 2 ? span : planned;
      pixels = render_image (fixture->layout, &style, &state, scale, FALSE);
      exact = render_image (fixture->layout, &style, &state, scale, TRUE);
      width = cairo_image_surface_get_width (pixels);
      height = cairo_image_surface_get_height (pixels);
      stride = cairo_image_surface_get_stride (pixels);
      a = cairo_image_surface_get_data (pixels);
      b = cairo_image_surface_get_data (exact);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width * 4; x++)
          {
            int d = abs ((int) a[y * stride + x] - (int) b[y * stride + x]);

            differing += d > 8;
            far += d > 96;
          }
      total = (guint64) width * height * 4;
      /* Edges moved by at most a pixel and rounded corners in whole
       * pixels: a small share of the channels differ, few of them much */
      g_test_message ("variant %u: %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " channels differ, %" G_GUINT64_FORMAT " by much",
                      variant, differing, total, far);
      g_assert_cmpuint (differing, <, total / 100);
      g_assert_cmpuint (far, <, total / 5000);
      cairo_surface_destroy (pixels);
      cairo_surface_destroy (exact);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/timeline/model/builtin", Fixture, NULL, fixture_set_up, test_model_builtin, fixture_tear_down);
  g_test_add ("/timeline/model/describe", Fixture, NULL, fixture_set_up, test_model_describe, fixture_tear_down);
  g_test_add ("/timeline/layout/mapping", Fixture, NULL, fixture_set_up, test_mapping, fixture_tear_down);
  g_test_add_func ("/timeline/layout/ticks", test_ticks);
  g_test_add ("/timeline/layout/lanes", Fixture, NULL, fixture_set_up, test_lanes, fixture_tear_down);
  g_test_add ("/timeline/layout/short-names", Fixture, NULL, fixture_set_up, test_short_names, fixture_tear_down);
  g_test_add ("/timeline/layout/labels-builtin", Fixture, NULL, fixture_set_up, test_labels_builtin, fixture_tear_down);
  g_test_add_func ("/timeline/layout/labels-crowded", test_labels_crowded);
  g_test_add ("/timeline/layout/hit", Fixture, NULL, fixture_set_up, test_hit, fixture_tear_down);
  g_test_add_func ("/timeline/layout/culling", test_culling);
  g_test_add_func ("/timeline/layout/clamp", test_clamp);
  g_test_add ("/timeline/layout/pinch", Fixture, NULL, fixture_set_up, test_pinch, fixture_tear_down);
  g_test_add ("/timeline/layout/navigation", Fixture, NULL, fixture_set_up, test_navigation, fixture_tear_down);
  g_test_add ("/timeline/layout/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/timeline/layout/scroll-to-item", Fixture, NULL, fixture_set_up, test_scroll_to_item, fixture_tear_down);
  g_test_add_func ("/timeline/render/many", test_render_many);
  g_test_add ("/timeline/render/pixels", Fixture, NULL, fixture_set_up, test_render_pixels, fixture_tear_down);

  return g_test_run ();
}
