/* atlas-timeline-render-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The painter that the drawing's files share: atlas-timeline-render.c
 * draws the ruler, lanes, bands, labels and focus in order; -symbols.c
 * draws the event symbols and the patterns; -bars.c the programme bars
 * (in whole pixels on an image); -marks.c the thinned point markers;
 * -render-legend.c the legend's swatches and entries. */

#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "atlas-timeline-render.h"

G_BEGIN_DECLS

#define LANE_NAME_INSET 12.0
#define HATCH_SPACING 6.0
#define BRACKET_HEIGHT 8.0
#define LEGEND_SWATCH ATLAS_TIMELINE_SWATCH_WIDTH
#define LEGEND_GAP 18.0
#define MIN_MARKER_DISTANCE 5.0
#define BAR_OVERHANG 20.0

typedef struct
{
  cairo_t *cr;
  AtlasTimelineLayout *layout;
  AtlasTimelineModel *model;
  const AtlasTimelineStyle *style;
  const AtlasTimelineMetrics *metrics;
  double width;
  double top;                   /* the lanes drawn: from @top to @bottom, */
  double bottom;                /* in the layout's coordinates */
  guint first_lane;             /* the lane boxes between them */
  guint end_lane;
  cairo_pattern_t *hatches[ATLAS_TIMELINE_N_KINDS][2];  /* by kind, dimmed */
  gboolean pixels;              /* drawing on an image: snap to its pixels */
  double sx, sy, ox, oy;        /* its device scale and offset */
  /* On an image cairo would fill without a mask: its pixels, to fill
   * boxes in one call; and the clip there, in pixels */
  pixman_image_t *bits;
  pixman_box32_t clip;
  GArray *boxes;                /* of pixman_box32_t */
  GArray *dashes;               /* of DashTiles, on an image */
  /* On an image, each marker drawn once, by kind, dimness and plannedness */
  cairo_pattern_t *sprites[ATLAS_TIMELINE_N_KINDS][2][2];
  pixman_image_t *sprite_bits[ATLAS_TIMELINE_N_KINDS][2][2];   /* their pixels */
  int sprite_size;              /* in device pixels */
} Painter;

/* The dashes of planned bars' outlines in one colour, as two tiles that
 * repeat along an edge */
typedef struct
{
  const AtlasTimelineColor *color;
  double alpha;
  cairo_pattern_t *across;      /* for the top and bottom edges */
  cairo_pattern_t *down;        /* for the sides */
} DashTile;

/* A point marker to draw, after thinning */
typedef struct
{
  double x;
  double x0;
  double x1;
  double y;
  guint8 kind;
  guint8 dimmed;
  guint8 imprecise;
  guint8 planned;
} Mark;

void
_atlas_timeline_render_symbol_path (cairo_t        *cr,
                                    AtlasEventKind  kind,
                                    double          x,
                                    double          y,
                                    double          r,
                                    double          ring);

double
_atlas_timeline_render_ring_width (const AtlasTimelineStyle *style);

void
_atlas_timeline_render_paint_symbols (cairo_t                  *cr,
                                      const AtlasTimelineStyle *style,
                                      AtlasEventKind            kind,
                                      double                    alpha);

void
_atlas_timeline_render_draw_symbol (cairo_t                  *cr,
                                    const AtlasTimelineStyle *style,
                                    AtlasEventKind            kind,
                                    double                    x,
                                    double                    y,
                                    double                    radius,
                                    double                    alpha);

void
_atlas_timeline_render_hatch (cairo_t                 *cr,
                              const AtlasTimelineRect *rect);

cairo_pattern_t *
_atlas_timeline_render_hatch_pattern (Painter        *p,
                                      AtlasEventKind  kind,
                                      gboolean        dimmed);

void
_atlas_timeline_render_rounded_rect (cairo_t                 *cr,
                                     const AtlasTimelineRect *rect,
                                     double                   radius);

void
_atlas_timeline_render_dashed_outline (cairo_t                 *cr,
                                       const AtlasTimelineRect *rect,
                                       double                   origin,
                                       double                   line);

void
_atlas_timeline_render_begin_bits (Painter *p);

void
_atlas_timeline_render_end_bits (Painter *p);

guint
_atlas_timeline_render_fill_bits_rgba (Painter        *p,
                                       pixman_box32_t *boxes,
                                       guint           n_boxes,
                                       double          r,
                                       double          g,
                                       double          b,
                                       double          a);

void
_atlas_timeline_render_dash_tile_clear (gpointer data);

void
_atlas_timeline_render_draw_bar (Painter                 *p,
                                 guint                    index,
                                 const AtlasTimelineItem *item,
                                 gboolean                 selected,
                                 double                   alpha);

int
_atlas_timeline_render_compare_marks (gconstpointer a,
                                      gconstpointer b);

void
_atlas_timeline_render_draw_marks (Painter    *p,
                                   const Mark *marks,
                                   guint       from,
                                   guint       to);

Mark
_atlas_timeline_render_make_mark (Painter                 *p,
                                  guint                    index,
                                  const AtlasTimelineItem *item);

void
_atlas_timeline_render_to_pixels (Painter *p,
                                  double  *x,
                                  double  *y);

void
_atlas_timeline_render_pixel_space (Painter *p);

void
_atlas_timeline_render_set_color (cairo_t                  *cr,
                                  const AtlasTimelineColor *color,
                                  double                    alpha);

G_END_DECLS
