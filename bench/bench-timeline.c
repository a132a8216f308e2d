/* bench-timeline.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline with every event of a large dataset.
 *
 *   bench-timeline [--runs=N] FILE
 *
 * Needs a display (bench/run starts Xvfb). Per run:
 *   timeline-model   atlas_timeline_model_new_for_dataset ()
 *   timeline-layout  a new AtlasTimelineLayout at 1280 px laid out whole:
 *                    lanes, ticks, visible items and labels
 *   timeline-frame   one frame of the AtlasTimeline widget in a 1280×800
 *                    window after its view changed (a zoom by 0.1 %, so
 *                    that it lays out and draws again), drawn offscreen:
 *                    its snapshot () (called directly, as GTK would reuse
 *                    the last node) rendered to a texture with the
 *                    window's renderer; for the whole range, the last ten
 *                    years and the lanes scrolled to the bottom ("view"),
 *                    and with GTK's cairo renderer instead of the window's
 *   timeline-draw    the snapshot alone: layout and the widget's drawing
 *                    into its picture, without the renderer
 *   timeline-repaint a frame when nothing changed: the widget hands over
 *                    the picture it kept
 *   timeline-floor   the window's renderer rendering a plain colour of the
 *                    window's size to a texture: what any frame costs here
 */

#include "config.h"

#include <adwaita.h>

#include "atlas-loader.h"
#include "atlas-selection.h"
#include "atlas-timeline.h"
#include "atlas-timeline-view-range.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-model.h"

#include "bench-common.h"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_laid_out (AtlasTimeline *timeline)
{
  AtlasTimelineLayout *layout = atlas_timeline_get_layout (timeline);

  return gtk_widget_get_mapped (GTK_WIDGET (timeline)) &&
         gtk_widget_get_width (GTK_WIDGET (timeline)) > 600 &&
         layout != NULL &&
         atlas_timeline_layout_get_width (layout) == gtk_widget_get_width (GTK_WIDGET (timeline));
}

static void
layout_whole (AtlasTimelineLayout *layout)
{
  guint n;

  atlas_timeline_layout_get_height (layout);
  atlas_timeline_layout_get_lanes (layout, &n);
  atlas_timeline_layout_get_ticks (layout, &n);
  atlas_timeline_layout_get_visible (layout, &n);
  atlas_timeline_layout_get_labels (layout, &n);
}

/* One frame: the widget's own snapshot, called directly (GTK would
 * otherwise hand back the node it drew last time), rendered by @renderer.
 * Returns the time of the whole, and in @drawn that of the snapshot. */
static double
frame (GtkWidget   *widget,
       GskRenderer *renderer,
       double      *drawn)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gint64 start = bench_now_us ();

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  *drawn = (bench_now_us () - start) / 1000.0;
  if (node != NULL)
    texture = gsk_renderer_render_texture (renderer, node,
                                           &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                                gtk_widget_get_height (widget)));
  return (bench_now_us () - start) / 1000.0;
}

/* A change of view, as a zoom makes: the widget lays out and draws again */
static void
nudge (AtlasTimeline *timeline,
       int            run)
{
  double start, span;

  atlas_timeline_get_visible_range (timeline, &start, &span);
  atlas_timeline_set_visible_range (timeline, start, span * (run % 2 ? 1.001 : 1 / 1.001));
}

static void
bench_frames (const char    *path,
              const char    *view,
              AtlasTimeline *timeline,
              GskRenderer   *cairo_renderer,
              int            runs)
{
  GtkWidget *widget = GTK_WIDGET (timeline);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  g_autofree char *cairo_view = g_strdup_printf ("%s, cairo renderer", view);
  double time, drawn;

  /* One unreported frame first: glyph caches, the renderer's shaders */
  for (int run = -1; run < runs; run++)
    {
      nudge (timeline, run);
      time = frame (widget, renderer, &drawn);
      if (run >= 0)
        {
          bench_emit ("timeline-frame", "file", path, "view", view, "run#", (double) run,
                      "time_ms#", time, NULL);
          bench_emit ("timeline-draw", "file", path, "view", view, "run#", (double) run,
                      "time_ms#", drawn, NULL);
        }
      time = frame (widget, renderer, &drawn);
      if (run >= 0)
        bench_emit ("timeline-repaint", "file", path, "view", view, "run#", (double) run,
                    "time_ms#", time, NULL);
    }
  for (int run = -1; run < runs; run++)
    {
      nudge (timeline, run);
      time = frame (widget, cairo_renderer, &drawn);
      if (run >= 0)
        bench_emit ("timeline-frame", "file", path, "view", cairo_view, "run#", (double) run,
                    "time_ms#", time, NULL);
    }
}

/* Frames during a zoom: Ctrl+plus and Ctrl+minus in turn from the first
 * view, each a step of 1.5 around the view's middle (nothing selected),
 * as the reader zooms; the widget lays out the new view, announces what
 * lies beyond its edges and draws */
static void
bench_zoom (const char    *path,
            AtlasTimeline *timeline,
            int            runs)
{
  GtkWidget *widget = GTK_WIDGET (timeline);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  const char *view = "zooming by 1.5 from the first view";
  double start, span, time, drawn;

  if (!atlas_timeline_view_range_first (atlas_timeline_get_model (timeline), &start, &span))
    return;
  atlas_timeline_set_visible_range (timeline, start, span);
  for (int run = -1; run < runs; run++)
    {
      gtk_widget_activate_action (widget, run % 2 ? "timeline.zoom-out" : "timeline.zoom-in", NULL);
      time = frame (widget, renderer, &drawn);
      if (run >= 0)
        {
          bench_emit ("timeline-frame", "file", path, "view", view, "run#", (double) run,
                      "time_ms#", time, NULL);
          bench_emit ("timeline-draw", "file", path, "view", view, "run#", (double) run,
                      "time_ms#", drawn, NULL);
        }
    }
}

/* The renderer's own cost: a plain colour of the widget's size */
static void
bench_floor (const char *path,
             GtkWidget  *widget,
             int         runs)
{
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget), gtk_widget_get_height (widget));

  for (int run = -1; run < runs; run++)
    {
      g_autoptr(GskRenderNode) node = gsk_color_node_new (&(GdkRGBA) { 1, 1, 1, 1 }, &bounds);
      g_autoptr(GdkTexture) texture = NULL;
      gint64 start = bench_now_us ();

      texture = gsk_renderer_render_texture (renderer, node, &bounds);
      if (run >= 0)
        bench_emit ("timeline-floor", "file", path, "view", G_OBJECT_TYPE_NAME (renderer), "run#", (double) run,
                    "time_ms#", (bench_now_us () - start) / 1000.0, NULL);
    }
}

/* Lets the widget take a change in: a few turns of the main loop */
static void
settle (void)
{
  gint64 until = bench_now_us () + 200000;

  while (bench_now_us () < until)
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 5;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (default 5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE - time the timeline");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasSelection) selection = NULL;
  g_autoptr(GskRenderer) cairo_renderer = NULL;
  AtlasTimeline *timeline;
  GtkAdjustment *lanes;
  GtkWidget *window;
  gboolean timed_out = FALSE;
  double first, last;
  const char *path;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bench-timeline: %s\n", error ? error->message : "name one FILE");
      return 2;
    }
  path = argv[1];
  adw_init ();

  file = g_file_new_for_path (path);
  dataset = atlas_loader_load_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("bench-timeline: %s: %s\n", path, error->message);
      return 1;
    }

  selection = atlas_selection_new ();
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  timeline = ATLAS_TIMELINE (atlas_timeline_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (timeline));
  atlas_view_set_selection (ATLAS_VIEW (timeline), selection);
  atlas_selection_set_dataset (selection, dataset);
  for (int run = -1; run < runs; run++)
    {
      g_autoptr(AtlasTimelineModel) model = NULL;
      g_autoptr(AtlasTimelineLayout) layout = NULL;
      gint64 start = bench_now_us (), built;

      model = atlas_timeline_model_new_for_dataset (dataset);
      built = bench_now_us ();
      layout = atlas_timeline_layout_new (model, gtk_widget_get_pango_context (GTK_WIDGET (timeline)));
      atlas_timeline_layout_set_width (layout, 1280);
      layout_whole (layout);
      if (run >= 0)
        {
          bench_emit ("timeline-model", "file", path, "run#", (double) run,
                      "items#", (double) atlas_timeline_model_get_n_items (model),
                      "time_ms#", (built - start) / 1000.0, NULL);
          bench_emit ("timeline-layout", "file", path, "run#", (double) run,
                      "time_ms#", (bench_now_us () - built) / 1000.0,
                      "height#", atlas_timeline_layout_get_height (layout), NULL);
        }
    }

  gtk_window_present (GTK_WINDOW (window));
  g_timeout_add_seconds (30, timeout_cb, &timed_out);
  while (!is_laid_out (timeline) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    {
      g_printerr ("bench-timeline: the timeline was not laid out within 30 s\n");
      return 1;
    }

  cairo_renderer = gsk_cairo_renderer_new ();
  if (!gsk_renderer_realize (cairo_renderer, NULL, &error))
    {
      g_printerr ("bench-timeline: %s\n", error->message);
      return 1;
    }

  settle ();
  bench_floor (path, GTK_WIDGET (timeline), runs);
  bench_frames (path, "whole range", timeline, cairo_renderer, runs);
  bench_zoom (path, timeline, runs);
  atlas_timeline_layout_get_bounds (atlas_timeline_get_layout (timeline), &first, &last);
  atlas_timeline_set_visible_range (timeline, MAX (first, last - 3653), MIN (3653, last - first));
  settle ();
  bench_frames (path, "last ten years", timeline, cairo_renderer, runs);
  /* The lanes scrolled to the bottom, when they are taller than the window */
  lanes = atlas_timeline_get_vadjustment (timeline);
  if (gtk_adjustment_get_upper (lanes) > gtk_adjustment_get_page_size (lanes))
    {
      gtk_adjustment_set_value (lanes, gtk_adjustment_get_upper (lanes));
      settle ();
      bench_frames (path, "last ten years, bottom lanes", timeline, cairo_renderer, runs);
    }
  gsk_renderer_unrealize (cairo_renderer);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
