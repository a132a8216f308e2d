/* test-timeline-eras.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The IPCP and ITPP eras, without a display: computed from the
 * programmes drawn (a programme without a period lasts until its
 * successor starts), placed in view by the layout, and left out when
 * hidden or when a dataset has no such programmes. */

#include "config.h"

#include <locale.h>
#include <math.h>

#include <pango/pangocairo.h>

#include "atlas-timeline-eras.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-render.h"
#include "timeline-test.h"

static AtlasDataset *
load_json (const char *programmes,
           const char *events)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  json = g_strdup_printf ("{\"format\": \"partnership-atlas\", \"version\": 1, \"title\": \"Eras\",\n"
                          "\"area_groups\": [], \"areas\": [{\"id\": \"a\", \"name\": \"Area\"}],\n"
                          "\"documents\": [{\"id\": \"d\", \"title\": \"Document\", \"date\": \"2020\", "
                          "\"kind\": \"policy-brief\"}],\n"
                          "\"excerpts\": [{\"id\": \"x\", \"document\": \"d\", \"text\": \"Text.\"}],\n"
                          "\"partners\": [{\"id\": \"p\", \"name\": \"Partner\"}],\n"
                          "\"programmes\": [%s],\n\"events\": [%s]}\n", programmes, events);
  dataset = atlas_loader_load_data (json, strlen (json), NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

#define PROGRAMME(id, type, extra) \
  "{\"id\": \"" id "\", \"partner\": \"p\", \"type\": \"" type "\", \"title\": \"" id "\", " \
  "\"status\": \"superseded\", \"text_availability\": \"not-public\", \"areas\": []" extra "}"
#define SIGNING(id, date, programme) \
  "{\"id\": \"" id "\", \"date\": \"" date "\", \"kind\": \"signing\", \"title\": \"" id "\", " \
  "\"partners\": [\"p\"], \"programme\": \"" programme "\", \"evidence\": [\"x\"]}"

static void
test_eras_supersedes (void)
{
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasTimelineModel) model = NULL;
  AtlasTimelineEra eras[ATLAS_TIMELINE_N_ERAS];

  /* Two IPCPs known only by their signings, then an ITPP with a period
   * that supersedes the second, and a programme of another type */
  dataset = load_json (PROGRAMME ("ipcp-1", "ipcp", "") ", "
                       PROGRAMME ("ipcp-2", "ipcp", ", \"supersedes\": \"ipcp-1\"") ", "
                       PROGRAMME ("itpp", "itpp", ", \"supersedes\": \"ipcp-2\", \"period\": "
                                  "{\"start\": \"2020-03\", \"end\": \"2023\", \"evidence\": [\"x\"]}") ", "
                       PROGRAMME ("other", "other", ", \"period\": "
                                  "{\"start\": \"1990\", \"end\": \"2040\", \"evidence\": [\"x\"]}"),
                       SIGNING ("s1", "2010-05-01", "ipcp-1") ", " SIGNING ("s2", "2015-02-02", "ipcp-2"));
  model = atlas_timeline_model_new_for_dataset (dataset);
  g_assert_cmpuint (atlas_timeline_eras_compute (model, eras), ==, 2);
  g_assert_cmpint (eras[0].type, ==, ATLAS_PROGRAMME_TYPE_IPCP);
  g_assert_cmpuint (eras[0].first_day, ==, julian (2010, 5, 1));
  /* The last IPCP lasts until the ITPP that superseded it started */
  g_assert_cmpuint (eras[0].last_day, ==, julian (2020, 2, 29));
  g_assert_cmpint (eras[1].type, ==, ATLAS_PROGRAMME_TYPE_ITPP);
  g_assert_cmpuint (eras[1].first_day, ==, julian (2020, 3, 1));
  g_assert_cmpuint (eras[1].last_day, ==, julian (2023, 12, 31));
}

static void
test_eras_none (void)
{
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasTimelineModel) model = NULL;
  g_autoptr(AtlasTimelineModel) empty = atlas_timeline_model_new ();
  AtlasTimelineEra eras[ATLAS_TIMELINE_N_ERAS];

  atlas_timeline_model_finish (empty);
  g_assert_cmpuint (atlas_timeline_eras_compute (empty, eras), ==, 0);

  /* One ITPP alone: one era, its own */
  dataset = load_json (PROGRAMME ("itpp", "itpp", ""), SIGNING ("s", "2024-07", "itpp"));
  model = atlas_timeline_model_new_for_dataset (dataset);
  g_assert_cmpuint (atlas_timeline_eras_compute (model, eras), ==, 1);
  g_assert_cmpint (eras[0].type, ==, ATLAS_PROGRAMME_TYPE_ITPP);
  g_assert_cmpuint (eras[0].first_day, ==, julian (2024, 7, 1));
  g_assert_cmpuint (eras[0].last_day, ==, julian (2024, 7, 31));
}

static void
test_eras_builtin (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasTimelineModel) model = atlas_timeline_model_new_for_dataset (dataset);
  g_autoptr(GObject) context = (GObject *) pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(AtlasTimelineLayout) layout = NULL;
  AtlasTimelineEra eras[ATLAS_TIMELINE_N_ERAS];
  const AtlasTimelineEraBox *boxes;
  double ruler_with;
  guint n;

  /* IPCPs from June 2012 (New Zealand's; one source dates Australia's
   * to that month) until the last ITPP took the
   * place of the last IPCP (New Zealand's, July 2024); ITPPs from 2023 to
   * the planned 2027–2030 */
  g_assert_cmpuint (atlas_timeline_eras_compute (model, eras), ==, 2);
  g_assert_cmpint (eras[0].type, ==, ATLAS_PROGRAMME_TYPE_IPCP);
  g_assert_cmpuint (eras[0].first_day, ==, julian (2012, 6, 1));
  g_assert_cmpuint (eras[0].last_day, ==, julian (2024, 6, 30));
  g_assert_cmpint (eras[1].type, ==, ATLAS_PROGRAMME_TYPE_ITPP);
  g_assert_cmpuint (eras[1].first_day, ==, julian (2023, 1, 1));
  g_assert_cmpuint (eras[1].last_day, ==, julian (2030, 12, 31));

  /* Laid out: shown by default, both in view, labelled, the first label
   * ending before the second begins, in a strip above the ruler's labels */
  layout = atlas_timeline_layout_new (model, PANGO_CONTEXT (context));
  atlas_timeline_layout_set_width (layout, 1600);
  atlas_timeline_layout_set_view (layout, julian (2008, 1, 1), 25 * 365.25);
  g_assert_true (atlas_timeline_layout_get_show_eras (layout));
  boxes = atlas_timeline_layout_get_eras (layout, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpfloat (boxes[0].x0, <, boxes[1].x0);
  g_assert_cmpfloat (boxes[0].label.width, >, 0);
  g_assert_cmpfloat (boxes[1].label.width, >, 0);
  g_assert_false (boxes[0].ellipsized);
  g_assert_cmpfloat (boxes[0].label.x + boxes[0].label.width, <=, boxes[1].label.x);
  g_assert_cmpfloat (boxes[0].strip.x, >=, atlas_timeline_layout_get_metrics (layout)->gutter);
  g_assert_cmpfloat (atlas_timeline_layout_get_metrics (layout)->era_height, >, 0);
  ruler_with = atlas_timeline_layout_get_metrics (layout)->ruler_height;

  /* Hidden: no bands and no strip */
  atlas_timeline_layout_set_show_eras (layout, FALSE);
  atlas_timeline_layout_get_eras (layout, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpfloat (atlas_timeline_layout_get_metrics (layout)->era_height, ==, 0);
  g_assert_cmpfloat (atlas_timeline_layout_get_metrics (layout)->ruler_height, <, ruler_with);

  /* Out of view: a view of 2000 alone meets neither */
  atlas_timeline_layout_set_show_eras (layout, TRUE);
  atlas_timeline_layout_set_view (layout, julian (2005, 1, 1), 365);
  atlas_timeline_layout_get_eras (layout, &n);
  g_assert_cmpuint (n, ==, 0);
}

/* The colour drawn at (@x, @y) of an image, as 0xRRGGBB */
static guint32
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y)
{
  const guint32 *row = (const guint32 *) (gpointer) (cairo_image_surface_get_data (surface) +
                                                     (int) y * cairo_image_surface_get_stride (surface));

  return row[(int) x] & 0xffffff;
}

static void
test_eras_drawn (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasTimelineModel) model = atlas_timeline_model_new_for_dataset (dataset);
  g_autoptr(GObject) context = (GObject *) pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(AtlasTimelineLayout) layout = atlas_timeline_layout_new (model, PANGO_CONTEXT (context));
  const AtlasTimelineEraBox *boxes;
  guint n;

  atlas_timeline_layout_set_width (layout, 1600);
  atlas_timeline_layout_set_view (layout, julian (2008, 1, 1), 25 * 365.25);
  boxes = atlas_timeline_layout_get_eras (layout, &n);
  g_assert_cmpuint (n, ==, 2);

  /* In each style, the strip has the era's colour where its label is
   * not, the lanes below a faint band of it; hidden, neither */
  for (guint style_index = 0; style_index < 3; style_index++)
    {
      AtlasTimelineStyle style;
      double x = boxes[0].strip.x + boxes[0].strip.width / 2, y = boxes[0].strip.y + boxes[0].strip.height / 2;
      double lane_y = atlas_timeline_layout_get_metrics (layout)->ruler_height + 2;
      guint32 strip, band, gutter = 0, background = 0;

      atlas_timeline_style_init (&style, style_index == 1, style_index == 2);
      for (guint shown = 0; shown < 2; shown++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, (int) ceil (atlas_timeline_layout_get_height (layout)));
          cairo_t *cr = cairo_create (surface);

          atlas_timeline_layout_set_show_eras (layout, shown);
          atlas_timeline_render (cr, layout, &style, NULL);
          cairo_destroy (cr);
          cairo_surface_flush (surface);
          if (!shown)
            {
              gutter = pixel_at (surface, x, y);
              background = pixel_at (surface, x, lane_y);
            }
          else
            {
              strip = pixel_at (surface, x, y);
              band = pixel_at (surface, x, lane_y);
              g_assert_cmphex (strip, !=, gutter);
              g_assert_cmphex (band, !=, background);
              /* The strip is the era's colour (over the ruler, in its alpha) */
              g_assert_cmpint ((int) (strip >> 8 & 0xff), >, (int) (strip >> 16 & 0xff));
            }
          cairo_surface_destroy (surface);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/eras/supersedes", test_eras_supersedes);
  g_test_add_func ("/timeline/eras/none", test_eras_none);
  g_test_add_func ("/timeline/eras/builtin", test_eras_builtin);
  g_test_add_func ("/timeline/eras/drawn", test_eras_drawn);
  return g_test_run ();
}
