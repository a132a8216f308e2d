/* test-timeline-labels.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The items' labels, without a display (issue 19): whole where there is
 * room however long, stacked rather than cut where items crowd, a bar's
 * label running on past a short bar when its track is free, and the
 * whole text in the description a tooltip and a screen reader use. */

#include "config.h"

#include <locale.h>

#include <pango/pangocairo.h>

#include "atlas-timeline-layout.h"
#include "timeline-test.h"

#define LONG_LABEL "A summit whose title is much longer than two hundred and sixty pixels of text"

static AtlasTimelineLayout *
new_layout (AtlasTimelineModel *model,
            double              width)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  AtlasTimelineLayout *layout;

  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  layout = atlas_timeline_layout_new (model, context);
  g_object_unref (context);
  atlas_timeline_layout_set_width (layout, width);
  return layout;
}

static AtlasDate
day (guint year,
     guint month,
     guint d)
{
  return (AtlasDate) { .year = (guint16) year, .month = (guint8) month, .day = (guint8) d,
                       .precision = ATLAS_DATE_PRECISION_DAY };
}

static const AtlasTimelineLabel *
label_of (AtlasTimelineLayout *layout,
          guint                item)
{
  const AtlasTimelineLabel *labels;
  guint n;

  labels = atlas_timeline_layout_get_labels (layout, &n);
  for (guint i = 0; i < n; i++)
    if (labels[i].item == item)
      return &labels[i];
  g_error ("item %u has no label", item);
}

static void
test_labels_whole (void)
{
  g_autoptr(AtlasTimelineModel) model = atlas_timeline_model_new ();
  g_autoptr(AtlasTimelineLayout) layout = NULL;
  const AtlasTimelineLabel *label;
  AtlasDate start = day (2010, 1, 1), end = day (2010, 6, 30), point = day (2013, 3, 1), later = day (2018, 1, 1);

  atlas_timeline_model_add_lane (model, "Lane", NULL);
  atlas_timeline_model_add_item (model, NULL, LONG_LABEL, 0, ATLAS_EVENT_KIND_SUMMIT, &point, NULL, FALSE);
  atlas_timeline_model_add_item (model, NULL, "ITPP 2010 · In force, a label longer than its bar", 0,
                                 ATLAS_EVENT_KIND_PERIOD, &start, &end, FALSE);
  atlas_timeline_model_add_item (model, NULL, "Later", 0, ATLAS_EVENT_KIND_OTHER, &later, NULL, FALSE);
  atlas_timeline_model_finish (model);
  layout = new_layout (model, 1600);
  atlas_timeline_layout_set_view (layout, julian (2009, 1, 1), 10 * 365.25);

  /* Alone in its lane, a label of 300 pixels or more is whole */
  for (guint i = 0; i < 2; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      g_assert_nonnull (item);
      label = label_of (layout, i);
      g_assert_false (label->ellipsized);
      if (!item->is_span)
        g_assert_cmpfloat (label->rect.width, >, 260);
      else
        {
          AtlasTimelineRect bar;

          /* The bar's label runs on past its short bar */
          g_assert_true (atlas_timeline_layout_get_item_rect (layout, i, &bar));
          g_assert_cmpfloat (label->rect.x + label->rect.width, >, bar.x + bar.width);
        }
    }

  /* At the right edge it is cut there, not before */
  atlas_timeline_layout_set_view (layout, julian (2008, 11, 1), 4.5 * 365.25);
  label = label_of (layout, 1);
  g_assert_true (label->ellipsized);
  g_assert_cmpfloat (label->rect.x + label->rect.width, >, 1600 - 10);
}

static void
test_labels_stacked (void)
{
  g_autoptr(AtlasTimelineModel) model = atlas_timeline_model_new ();
  g_autoptr(AtlasTimelineLayout) layout = NULL;
  g_autofree char *description = NULL;
  const AtlasTimelineLabel *labels;
  guint n;

  /* Three long labels a week apart: in three rows, none cut */
  atlas_timeline_model_add_lane (model, "Lane", NULL);
  for (guint i = 0; i < 3; i++)
    {
      AtlasDate date = day (2015, 3, 1 + 7 * i);

      atlas_timeline_model_add_item (model, NULL, LONG_LABEL, 0, ATLAS_EVENT_KIND_SUMMIT, &date, NULL, FALSE);
    }
  atlas_timeline_model_finish (model);
  layout = new_layout (model, 1600);
  atlas_timeline_layout_set_view (layout, julian (2014, 1, 1), 5 * 365.25);
  labels = atlas_timeline_layout_get_labels (layout, &n);
  g_assert_cmpuint (n, ==, 3);
  for (guint i = 0; i < n; i++)
    {
      g_assert_false (labels[i].ellipsized);
      for (guint j = 0; j < i; j++)
        g_assert_cmpfloat (labels[i].rect.y, !=, labels[j].rect.y);
    }

  /* A lane of two rows: the third cuts the label that keeps the most */
  atlas_timeline_layout_set_fill_height (layout, 0);
  {
    g_autoptr(AtlasTimelineModel) four = atlas_timeline_model_new ();
    g_autoptr(AtlasTimelineLayout) crowded = NULL;
    guint n_cut = 0;

    atlas_timeline_model_add_lane (four, "Lane", NULL);
    for (guint i = 0; i < 5; i++)
      {
        AtlasDate date = day (2015, 3, 1 + 5 * i);

        atlas_timeline_model_add_item (four, NULL, LONG_LABEL, 0, ATLAS_EVENT_KIND_SUMMIT, &date, NULL, FALSE);
      }
    atlas_timeline_model_finish (four);
    crowded = new_layout (four, 1600);
    atlas_timeline_layout_set_view (crowded, julian (2014, 1, 1), 5 * 365.25);
    labels = atlas_timeline_layout_get_labels (crowded, &n);
    /* Three rows at most without a taller widget: two are cut, and the
     * last, with nothing after it, is whole */
    g_assert_cmpuint (n, ==, 5);
    for (guint i = 0; i < n; i++)
      n_cut += labels[i].ellipsized ? 1 : 0;
    g_assert_cmpuint (n_cut, ==, 2);
    g_assert_false (label_of (crowded, 4)->ellipsized);

    /* Its whole text is in the description that tooltips and screen
     * readers give */
    description = atlas_timeline_model_describe_item (four, labels[0].item, ", ");
    g_assert_true (g_str_has_prefix (description, LONG_LABEL));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/labels/whole", test_labels_whole);
  g_test_add_func ("/timeline/labels/stacked", test_labels_stacked);
  return g_test_run ();
}
