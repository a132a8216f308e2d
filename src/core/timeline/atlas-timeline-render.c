/* atlas-timeline-render.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pixman.h>

#include "atlas-timeline-render.h"

/* The one drawing routine of the timeline: the widget calls it from its
 * snapshot and the exports on their cairo surfaces, so both show the same
 * picture. It draws only what the layout found in view. */

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

/* A point in user space in the image's pixels, and back: cairo's device
 * space leaves out the surface's device scale (2 on a HiDPI screen) */
static void
to_pixels (Painter *p,
           double  *x,
           double  *y)
{
  cairo_user_to_device (p->cr, x, y);
  *x = *x * p->sx + p->ox;
  *y = *y * p->sy + p->oy;
}

static void
from_pixels (Painter *p,
             double  *x,
             double  *y)
{
  *x = (*x - p->ox) / p->sx;
  *y = (*y - p->oy) / p->sy;
  cairo_device_to_user (p->cr, x, y);
}

/* Makes user space the image's pixels, until cairo_restore() */
static void
pixel_space (Painter *p)
{
  cairo_save (p->cr);
  cairo_identity_matrix (p->cr);
  cairo_scale (p->cr, 1 / p->sx, 1 / p->sy);
  cairo_translate (p->cr, -p->ox, -p->oy);
}

/* On an image, @x in user space moved to the nearest pixel edge: a
 * rectangle on pixel edges is filled by copying spans, where one between
 * them is rasterized with coverage, several times slower. Vector surfaces
 * keep exact coordinates. */
static double
snap_x (Painter *p,
        double   x)
{
  double y = 0;

  if (!p->pixels)
    return x;
  to_pixels (p, &x, &y);
  x = round (x);
  from_pixels (p, &x, &y);
  return x;
}

/* Whether any of [@y, @y + @height) is in the part drawn */
static gboolean
in_view (Painter *p,
         double   y,
         double   height)
{
  return y < p->bottom && y + height > p->top;
}

static gboolean
lane_in_view (Painter *p,
              guint    lane)
{
  const AtlasTimelineLaneBox *box = atlas_timeline_layout_get_lane_box (p->layout, lane);

  return box != NULL && in_view (p, box->y, box->height);
}

static void
set_color (cairo_t                  *cr,
           const AtlasTimelineColor *color,
           double                    alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
show_text (Painter                  *p,
           const char               *text,
           const AtlasTimelineRect  *rect,
           gboolean                  ellipsize,
           gboolean                  bold,
           const AtlasTimelineColor *color,
           double                    alpha)
{
  PangoLayout *layout = atlas_timeline_layout_get_text (p->layout, text, ellipsize ? rect->width : -1, bold);
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  set_color (p->cr, color, alpha);
  cairo_move_to (p->cr, rect->x, rect->y + (rect->height - height) / 2);
  pango_cairo_show_layout (p->cr, layout);
}

static void
polygon (cairo_t      *cr,
         double        x,
         double        y,
         double        radius,
         guint         sides,
         double        rotation)
{
  for (guint i = 0; i < sides; i++)
    {
      double angle = rotation + 2 * G_PI * i / sides;

      cairo_line_to (cr, x + radius * cos (angle), y + radius * sin (angle));
    }
  cairo_close_path (cr);
}

static void
star (cairo_t *cr,
      double   x,
      double   y,
      double   radius)
{
  for (guint i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + G_PI * i / 5;
      double r = i % 2 ? radius * 0.45 : radius * 1.15;

      cairo_line_to (cr, x + r * cos (angle), y + r * sin (angle));
    }
  cairo_close_path (cr);
}

static gboolean
kind_is_hollow (AtlasEventKind kind)
{
  return kind == ATLAS_EVENT_KIND_DIALOGUE || kind == ATLAS_EVENT_KIND_REVISION ||
         kind == ATLAS_EVENT_KIND_STATEMENT;
}

/* Adds the marker of @kind to the current path. A hollow marker is a ring
 * @ring wide, filled with the even-odd rule: filling is much cheaper than
 * stroking, which counts with thousands of markers. */
static void
symbol_path (cairo_t        *cr,
             AtlasEventKind  kind,
             double          x,
             double          y,
             double          r,
             double          ring)
{
  double half = ring / 2;

  cairo_new_sub_path (cr);
  switch (kind)
    {
    case ATLAS_EVENT_KIND_DIALOGUE:
      cairo_arc (cr, x, y, r * 0.8 + half, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r * 0.8 - half, 0, 2 * G_PI);
      break;
    case ATLAS_EVENT_KIND_OTHER:
      cairo_arc (cr, x, y, r * 0.9, 0, 2 * G_PI);
      break;
    case ATLAS_EVENT_KIND_DECLARATION:
      polygon (cr, x, y + r * 0.15, r * 1.15, 3, -G_PI / 2);
      break;
    case ATLAS_EVENT_KIND_REVISION:
      polygon (cr, x, y, r + half * G_SQRT2, 4, -G_PI / 2);
      cairo_new_sub_path (cr);
      polygon (cr, x, y, r - half * G_SQRT2, 4, -G_PI / 2);
      break;
    case ATLAS_EVENT_KIND_SIGNING:
      polygon (cr, x, y, r * 1.2, 4, -G_PI / 2);
      break;
    case ATLAS_EVENT_KIND_SUMMIT:
      star (cr, x, y, r);
      break;
    case ATLAS_EVENT_KIND_ACCESSION:
      cairo_rectangle (cr, x - r, y - r * 0.35, 2 * r, r * 0.7);
      cairo_rectangle (cr, x - r * 0.35, y - r, r * 0.7, r * 0.65);
      cairo_rectangle (cr, x - r * 0.35, y + r * 0.35, r * 0.7, r * 0.65);
      break;
    case ATLAS_EVENT_KIND_ANNOUNCEMENT:
      polygon (cr, x, y - r * 0.15, r * 1.15, 3, G_PI / 2);
      break;
    case ATLAS_EVENT_KIND_STATEMENT:
      cairo_rectangle (cr, x - r * 0.8 - half, y - r * 0.8 - half, r * 1.6 + ring, r * 1.6 + ring);
      cairo_rectangle (cr, x - r * 0.8 + half, y - r * 0.8 + half, r * 1.6 - ring, r * 1.6 - ring);
      break;
    case ATLAS_EVENT_KIND_MISSION:
      cairo_rectangle (cr, x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      break;
    case ATLAS_EVENT_KIND_NEGOTIATION:
      polygon (cr, x, y, r, 6, 0);
      break;
    case ATLAS_EVENT_KIND_PERIOD:
    default:
      cairo_rectangle (cr, x - r * 1.4, y - r * 0.6, r * 2.8, r * 1.2);
      break;
    }
}

static double
ring_width (const AtlasTimelineStyle *style)
{
  return MAX (2.0, style->line_width + 1);
}

/* Paints the markers of @kind in the current path, and clears it */
static void
paint_symbols (cairo_t                  *cr,
               const AtlasTimelineStyle *style,
               AtlasEventKind            kind,
               double                    alpha)
{
  set_color (cr, &style->kinds[kind], alpha);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  if (!style->high_contrast || kind_is_hollow (kind))
    {
      cairo_fill (cr);
      cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
      return;
    }
  /* In high contrast, an edge sets the marker off from what is behind it */
  cairo_fill_preserve (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_line_width (cr, 1.5);
  set_color (cr, &style->foreground, alpha);
  cairo_stroke (cr);
}

static void
draw_symbol (cairo_t                  *cr,
             const AtlasTimelineStyle *style,
             AtlasEventKind            kind,
             double                    x,
             double                    y,
             double                    radius,
             double                    alpha)
{
  cairo_new_path (cr);
  symbol_path (cr, kind, x, y, radius, ring_width (style));
  paint_symbols (cr, style, kind, alpha);
}

static void
hatch (cairo_t                 *cr,
       const AtlasTimelineRect *rect)
{
  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  for (double x = rect->x - rect->height; x < rect->x + rect->width; x += HATCH_SPACING)
    {
      cairo_move_to (cr, x, rect->y + rect->height);
      cairo_line_to (cr, x + rect->height, rect->y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* The hatching of planned bars as a tile that repeats: on an image, a bar
 * is hatched by one fill, where stroking its lines cost hundreds of
 * segments (most of a frame with many planned periods). Vector surfaces
 * keep the lines, which print sharper. */
static cairo_pattern_t *
hatch_pattern (Painter        *p,
               AtlasEventKind  kind,
               gboolean        dimmed)
{
  cairo_pattern_t **slot = &p->hatches[kind][dimmed ? 1 : 0];

  if (*slot == NULL)
    {
      double scale_x, scale_y;
      cairo_surface_t *tile;
      cairo_t *cr;

      cairo_surface_get_device_scale (cairo_get_target (p->cr), &scale_x, &scale_y);
      tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (HATCH_SPACING * scale_x),
                                         (int) ceil (HATCH_SPACING * scale_y));
      cairo_surface_set_device_scale (tile, scale_x, scale_y);
      cr = cairo_create (tile);
      cairo_set_line_width (cr, 1.5);
      set_color (cr, &p->style->kinds[kind], 0.45 * (dimmed ? p->style->dim_alpha : 1.0));
      for (int i = -1; i <= 1; i++)
        {
          cairo_move_to (cr, i * HATCH_SPACING, HATCH_SPACING);
          cairo_line_to (cr, (i + 1) * HATCH_SPACING, 0);
        }
      cairo_stroke (cr);
      cairo_destroy (cr);
      *slot = cairo_pattern_create_for_surface (tile);
      cairo_pattern_set_extend (*slot, CAIRO_EXTEND_REPEAT);
      cairo_pattern_set_filter (*slot, CAIRO_FILTER_NEAREST);
      cairo_surface_destroy (tile);
    }
  return *slot;
}

static void
rounded_rect (cairo_t                 *cr,
              const AtlasTimelineRect *rect,
              double                   radius)
{
  /* Quarter circles as Bézier curves (what cairo_arc () makes of them,
   * without its trigonometry: thousands of bars have four each) */
  const double k = 0.5522847498;
  double x0 = rect->x, y0 = rect->y, x1 = rect->x + rect->width, y1 = rect->y + rect->height;
  double r;

  r = MIN (radius, MIN (rect->width, rect->height) / 2);
  cairo_new_sub_path (cr);
  cairo_move_to (cr, x0, y0 + r);
  cairo_curve_to (cr, x0, y0 + r - k * r, x0 + r - k * r, y0, x0 + r, y0);
  cairo_line_to (cr, x1 - r, y0);
  cairo_curve_to (cr, x1 - r + k * r, y0, x1, y0 + r - k * r, x1, y0 + r);
  cairo_line_to (cr, x1, y1 - r);
  cairo_curve_to (cr, x1, y1 - r + k * r, x1 - r + k * r, y1, x1 - r, y1);
  cairo_line_to (cr, x0 + r, y1);
  cairo_curve_to (cr, x0 + r - k * r, y1, x0, y1 - r + k * r, x0, y1 - r);
  cairo_close_path (cr);
}

/* The dashed outline of a planned bar, as filled dashes along its edges
 * from @origin (its start, so that dashes do not crawl as it is cut at
 * the edge of the view): stroking a dashed path costs cairo a hundred
 * times as much */
static void
dashed_outline (cairo_t                 *cr,
                const AtlasTimelineRect *rect,
                double                   origin,
                double                   line)
{
  const double on = 4, period = 7;
  double right = rect->x + rect->width, bottom = rect->y + rect->height;

  cairo_new_path (cr);
  for (double x = origin + floor ((rect->x - origin) / period) * period; x < right; x += period)
    {
      double x0 = MAX (x, rect->x), x1 = MIN (x + on, right);

      if (x1 <= x0)
        continue;
      cairo_rectangle (cr, x0, rect->y, x1 - x0, line);
      cairo_rectangle (cr, x0, bottom - line, x1 - x0, line);
    }
  for (double y = rect->y + line + 1; y < bottom - line; y += period)
    {
      double h = MIN (on, bottom - line - y);

      if (origin >= rect->x)
        cairo_rectangle (cr, rect->x, y, line, h);
      cairo_rectangle (cr, right - line, y, line, h);
    }
  cairo_fill (cr);
}

/* {{{ Bars on an image, in whole pixels */

/* A rectangle in device pixels, [x0, x1) × [y0, y1), with corners
 * rounded @r pixels */
typedef struct
{
  int x0, y0, x1, y1, r;
} PixelBox;

/* @rect in user space as a box of whole pixels */
static PixelBox
pixel_box (Painter                 *p,
           const AtlasTimelineRect *rect,
           int                      r)
{
  double x0 = rect->x, y0 = rect->y, x1 = rect->x + rect->width, y1 = rect->y + rect->height;

  to_pixels (p, &x0, &y0);
  to_pixels (p, &x1, &y1);
  return (PixelBox) { (int) round (x0), (int) round (y0), (int) round (x1), (int) round (y1), r };
}

/* How far row @y of @box is in from its sides: a quarter circle of r
 * pixels, a pixel in where the circle covers less than half of it */
static gboolean
pixel_row (const PixelBox *box,
           int             y,
           int            *x0,
           int            *x1)
{
  int d, inset = 0;

  if (box->x1 <= box->x0 || y < box->y0 || y >= box->y1)
    return FALSE;
  d = MIN (y - box->y0, box->y1 - 1 - y);
  if (d < box->r)
    {
      double dy = box->r - d - 0.5;

      inset = (int) round (box->r - sqrt (MAX (box->r * box->r - dy * dy, 0)));
    }
  *x0 = box->x0 + inset;
  *x1 = box->x1 - inset;
  return *x1 > *x0;
}

/* Lets fill_bits() draw, from here to end_bits(), where cairo would
 * draw the same: an image surface drawn on directly, with the operator
 * OVER and a clip of one rectangle */
static void
begin_bits (Painter *p)
{
  cairo_surface_t *target = cairo_get_target (p->cr);
  cairo_rectangle_list_t *clip;
  cairo_format_t format;

  g_assert (p->bits == NULL);
  if (!p->pixels || cairo_get_group_target (p->cr) != target || cairo_get_operator (p->cr) != CAIRO_OPERATOR_OVER)
    return;
  format = cairo_image_surface_get_format (target);
  if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24)
    return;
  pixel_space (p);
  clip = cairo_copy_clip_rectangle_list (p->cr);
  cairo_restore (p->cr);
  if (clip->status == CAIRO_STATUS_SUCCESS && clip->num_rectangles == 1)
    {
      const cairo_rectangle_t *r = &clip->rectangles[0];

      /* A clip between pixels would want coverage at its edges */
      if (r->x == floor (r->x) && r->y == floor (r->y) && r->width == floor (r->width) && r->height == floor (r->height))
        {
          cairo_surface_flush (target);
          p->clip = (pixman_box32_t) { (int) r->x, (int) r->y, (int) (r->x + r->width), (int) (r->y + r->height) };
          p->bits = pixman_image_create_bits_no_clear (format == CAIRO_FORMAT_ARGB32 ? PIXMAN_a8r8g8b8 : PIXMAN_x8r8g8b8,
                                                       cairo_image_surface_get_width (target),
                                                       cairo_image_surface_get_height (target),
                                                       (uint32_t *) (gpointer) cairo_image_surface_get_data (target),
                                                       cairo_image_surface_get_stride (target));
        }
    }
  cairo_rectangle_list_destroy (clip);
}

static void
end_bits (Painter *p)
{
  g_clear_pointer (&p->bits, pixman_image_unref);
}

/* Fills @boxes in a colour straight into the image's pixels. The boxes
 * are clipped in place: returns how many are left, at the start. */
static guint
fill_bits_rgba (Painter        *p,
                pixman_box32_t *boxes,
                guint           n_boxes,
                double          r,
                double          g,
                double          b,
                double          a)
{
  pixman_color_t color;
  guint n = 0;

  for (guint i = 0; i < n_boxes; i++)
    {
      pixman_box32_t box = {
        MAX (boxes[i].x1, p->clip.x1), MAX (boxes[i].y1, p->clip.y1),
        MIN (boxes[i].x2, p->clip.x2), MIN (boxes[i].y2, p->clip.y2),
      };

      if (box.x2 > box.x1 && box.y2 > box.y1)
        boxes[n++] = box;
    }
  if (n == 0)
    return 0;
  /* Premultiplied, as cairo gives them to pixman */
  a = CLAMP (a, 0, 1);
  color = (pixman_color_t) { (guint16) (r * a * 0xffff + 0.5), (guint16) (g * a * 0xffff + 0.5),
                             (guint16) (b * a * 0xffff + 0.5), (guint16) (a * 0xffff + 0.5) };
  cairo_surface_flush (cairo_get_target (p->cr));
  pixman_image_fill_boxes (PIXMAN_OP_OVER, p->bits, &color, (int) n, boxes);
  cairo_surface_mark_dirty (cairo_get_target (p->cr));
  return n;
}

/* Fills the boxes gathered in p->boxes with the solid source straight
 * into the image's pixels: cairo's fill of a path costs several
 * microseconds before the first pixel, which counts with hundreds of
 * bars each of three fills */
static gboolean
fill_bits (Painter *p)
{
  double r, g, b, a;

  if (p->bits == NULL || cairo_pattern_get_rgba (cairo_get_source (p->cr), &r, &g, &b, &a) != CAIRO_STATUS_SUCCESS)
    return FALSE;
  g_array_set_size (p->boxes, fill_bits_rgba (p, (pixman_box32_t *) (gpointer) p->boxes->data, p->boxes->len,
                                               r, g, b, a));
  return TRUE;
}

/* Puts in p->boxes @outer less @inner (or all of @outer without @inner)
 * as rectangles on whole pixels, rows alike merged: the boxes cairo fills
 * fastest. @inner lies within @outer. */
static void
pixel_ring_boxes (Painter        *p,
                  const PixelBox *outer,
                  const PixelBox *inner)
{
  int run[4] = { 0 }, run_y = outer->y0;
  guint run_n = 0;

  g_array_set_size (p->boxes, 0);
  for (int y = outer->y0; y <= outer->y1; y++)
    {
      int row[4], ox0, ox1, ix0, ix1;
      guint n = 0;

      if (y < outer->y1 && pixel_row (outer, y, &ox0, &ox1))
        {
          if (inner != NULL && pixel_row (inner, y, &ix0, &ix1))
            {
              if (ix0 > ox0)
                {
                  row[n++] = ox0;
                  row[n++] = ix0;
                }
              if (ox1 > ix1)
                {
                  row[n++] = ix1;
                  row[n++] = ox1;
                }
            }
          else
            {
              row[n++] = ox0;
              row[n++] = ox1;
            }
        }
      if (y < outer->y1 && n == run_n && memcmp (row, run, n * sizeof (int)) == 0)
        continue;
      for (guint i = 0; i < run_n; i += 2)
        {
          pixman_box32_t box = { run[i], run_y, run[i + 1], y };

          g_array_append_val (p->boxes, box);
        }
      memcpy (run, row, n * sizeof (int));
      run_n = n;
      run_y = y;
    }
}

/* Fills p->boxes with the source */
static void
fill_pixel_boxes (Painter *p)
{
  cairo_t *cr = p->cr;

  if (fill_bits (p))
    return;

  pixel_space (p);
  cairo_new_path (cr);
  for (guint i = 0; i < p->boxes->len; i++)
    {
      const pixman_box32_t *box = &g_array_index (p->boxes, pixman_box32_t, i);

      cairo_rectangle (cr, box->x1, box->y1, box->x2 - box->x1, box->y2 - box->y1);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
fill_pixel_ring (Painter        *p,
                 const PixelBox *outer,
                 const PixelBox *inner)
{
  pixel_ring_boxes (p, outer, inner);
  fill_pixel_boxes (p);
}

/* A tile of one dash and its gap, @period long, across or down */
static cairo_pattern_t *
dash_tile (const AtlasTimelineColor *color,
           double                    alpha,
           int                       on,
           int                       period,
           gboolean                  across)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, across ? period : 1, across ? 1 : period);
  cairo_pattern_t *pattern;
  cairo_t *cr = cairo_create (tile);

  cairo_rectangle (cr, 0, 0, across ? on : 1, across ? 1 : on);
  set_color (cr, color, alpha);
  cairo_fill (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_surface_destroy (tile);
  return pattern;
}

static void
dash_tile_clear (gpointer data)
{
  DashTile *tile = data;

  cairo_pattern_destroy (tile->across);
  cairo_pattern_destroy (tile->down);
}

/* Fills a box on whole device pixels with @pattern, its tile starting
 * at (@x, @y) */
static void
fill_tiled (cairo_t         *cr,
            cairo_pattern_t *pattern,
            int              x,
            int              y,
            int              x0,
            int              y0,
            int              x1,
            int              y1)
{
  cairo_matrix_t matrix;

  if (x1 <= x0 || y1 <= y0)
    return;
  cairo_matrix_init_translate (&matrix, -x, -y);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_set_source (cr, pattern);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_fill (cr);
}

/* The dashes along a planned bar's edges, as dashed_outline() draws them,
 * on whole pixels: each edge is one fill of a repeating tile, not a
 * rectangle per dash */
static void
fill_pixel_dashes (Painter                  *p,
                   const PixelBox           *box,
                   const AtlasTimelineColor *color,
                   double                    alpha,
                   int                       origin,
                   int                       line,
                   double                    scale)
{
  int on = MAX ((int) round (4 * scale), 1), period = MAX ((int) round (7 * scale), on + 1);
  int top = box->y0 + line + (int) round (scale), bottom = box->y1 - line;
  cairo_t *cr = p->cr;
  DashTile *tile = NULL;

  for (guint i = 0; i < p->dashes->len && tile == NULL; i++)
    {
      DashTile *t = &g_array_index (p->dashes, DashTile, i);

      if (t->color == color && t->alpha == alpha)
        tile = t;
    }
  if (tile == NULL)
    {
      DashTile t = { color, alpha, dash_tile (color, alpha, on, period, TRUE), dash_tile (color, alpha, on, period, FALSE) };

      g_array_append_val (p->dashes, t);
      tile = &g_array_index (p->dashes, DashTile, p->dashes->len - 1);
    }

  pixel_space (p);
  fill_tiled (cr, tile->across, origin, 0, box->x0, box->y0, box->x1, box->y0 + line);
  fill_tiled (cr, tile->across, origin, 0, box->x0, box->y1 - line, box->x1, box->y1);
  if (origin >= box->x0)
    fill_tiled (cr, tile->down, 0, top, box->x0, top, box->x0 + line, bottom);
  fill_tiled (cr, tile->down, 0, top, box->x1 - line, top, box->x1, bottom);
  cairo_restore (cr);
}

/* draw_bar() on an image: the same bar with its edges on whole pixels.
 * Its rounded corners as curves made most of the cost of a frame. */
static void
draw_bar_pixels (Painter                  *p,
                 const AtlasTimelineItem  *item,
                 const AtlasTimelineRect  *rect,
                 const AtlasTimelineRect  *solid,
                 double                    hatch_x,
                 double                    line,
                 double                    radius,
                 gboolean                  selected,
                 double                    alpha)
{
  const AtlasTimelineColor *color = &p->style->kinds[item->kind];
  cairo_t *cr = p->cr;
  double scale = p->sx;
  PixelBox outer, inner;
  int l;

  l = MAX ((int) round (line * scale), 1);
  outer = pixel_box (p, rect, (int) round (radius * scale));
  outer.x1 = MAX (outer.x1, outer.x0 + 2);
  outer.y1 = MAX (outer.y1, outer.y0 + 2);
  inner = (PixelBox) { outer.x0 + l, outer.y0 + l, outer.x1 - l, outer.y1 - l, MAX (outer.r - l, 0) };

  if (item->planned)
    {
      double hx = hatch_x, hy = rect->y;
      cairo_pattern_t *hatch = hatch_pattern (p, item->kind, alpha < 1.0);
      cairo_matrix_t matrix;

      /* A faint fill and the hatching, of the same boxes */
      pixel_ring_boxes (p, &outer, NULL);
      set_color (cr, color, 0.10 * alpha);
      fill_pixel_boxes (p);
      /* The hatching moves with its bar, by whole pixels */
      cairo_matrix_init_translate (&matrix, -round (hatch_x), -round (rect->y));
      cairo_pattern_set_matrix (hatch, &matrix);
      cairo_set_source (cr, hatch);
      fill_pixel_boxes (p);
      to_pixels (p, &hx, &hy);
      fill_pixel_dashes (p, &outer, selected ? &p->style->selection : color, alpha, (int) round (hx), l, scale);
      return;
    }

  set_color (cr, color, 0.16 * alpha);
  fill_pixel_ring (p, &inner, NULL);
  if (solid->width > 0)
    {
      PixelBox box = pixel_box (p, solid, 0);

      box.x0 = MAX (box.x0, inner.x0);
      box.x1 = MIN (box.x1, inner.x1);
      box.y0 = inner.y0;
      box.y1 = inner.y1;
      if (box.x1 > box.x0)
        {
          set_color (cr, color, 0.42 * alpha);
          fill_pixel_ring (p, &box, NULL);
        }
    }
  set_color (cr, selected ? &p->style->selection : color, alpha);
  fill_pixel_ring (p, &outer, &inner);
}

/* }}} */

static void
draw_bar (Painter                 *p,
          guint                    index,
          const AtlasTimelineItem *item,
          gboolean                 selected,
          double                   alpha)
{
  const AtlasTimelineColor *color = &p->style->kinds[item->kind];
  AtlasTimelineRect rect, solid, inner;
  cairo_t *cr = p->cr;
  double x_start_end, x_end_start, line, radius = 3, hatch_x, left, right;

  atlas_timeline_layout_get_item_rect (p->layout, index, &rect);
  rect.width = MAX (rect.width, 2);
  solid = rect;
  /* A start or end known only to the year or month is faint across it */
  x_start_end = atlas_timeline_layout_day_to_x (p->layout, item->start_last_day + 1.0);
  x_end_start = atlas_timeline_layout_day_to_x (p->layout, item->end_first_day);
  if (item->start.precision < ATLAS_DATE_PRECISION_DAY)
    solid.x = MIN (x_start_end, rect.x + rect.width);
  if (item->end.precision < ATLAS_DATE_PRECISION_DAY)
    solid.width = MAX (x_end_start, solid.x) - solid.x;
  else
    solid.width = rect.x + rect.width - solid.x;

  /* Zoomed in, a bar may be thousands of pixels wide: only what is in
   * sight is drawn, its cut ends out of sight */
  hatch_x = rect.x;
  left = p->metrics->gutter - BAR_OVERHANG;
  right = p->width + BAR_OVERHANG;
  if (rect.x < left)
    {
      rect.width -= left - rect.x;
      rect.x = left;
    }
  rect.width = MAX (MIN (rect.width, right - rect.x), 2);
  if (solid.x < left)
    {
      solid.width -= left - solid.x;
      solid.x = left;
    }
  solid.width = MIN (solid.width, right - solid.x);

  line = selected ? p->style->line_width + 1.5 : p->style->line_width;
  if (p->pixels)
    {
      draw_bar_pixels (p, item, &rect, &solid, hatch_x, line, radius, selected, alpha);
      return;
    }
  inner = (AtlasTimelineRect) { rect.x + line, rect.y + line, MAX (rect.width - 2 * line, 0), rect.height - 2 * line };

  if (item->planned)
    {
      /* Planned, not fact: hatched and dashed, never solid */
      rounded_rect (cr, &rect, radius);
      set_color (cr, color, 0.10 * alpha);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_fill (cr);
      cairo_set_line_width (cr, 1.5);
      set_color (cr, color, 0.45 * alpha);
      hatch (cr, &rect);
      cairo_restore (cr);
      set_color (cr, selected ? &p->style->selection : color, alpha);
      dashed_outline (cr, &rect, hatch_x, line);
      return;
    }

  /* Fills only, no clip and no stroke: bars are many in a long view */
  rounded_rect (cr, &inner, MAX (radius - line, 0));
  set_color (cr, color, 0.16 * alpha);
  cairo_fill (cr);
  solid.x = MAX (solid.x, inner.x);
  solid.width = MIN (solid.x + solid.width, inner.x + inner.width) - solid.x;
  if (solid.width > 0)
    {
      cairo_rectangle (cr, solid.x, inner.y, solid.width, inner.height);
      set_color (cr, color, 0.42 * alpha);
      cairo_fill (cr);
    }
  rounded_rect (cr, &rect, radius);
  rounded_rect (cr, &inner, MAX (radius - line, 0));
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  set_color (cr, selected ? &p->style->selection : color, alpha);
  cairo_fill (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

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

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *x = a;
  const Mark *y = b;

  if (x->dimmed != y->dimmed)
    return x->dimmed ? -1 : 1;
  return (int) x->kind - (int) y->kind;
}

static void draw_planned_rings (Painter                  *p,
                                const Mark               *marks,
                                guint                     from,
                                guint                     to,
                                const AtlasTimelineColor *color,
                                double                    alpha);

/* The marker of @mark's kind, dimness and plannedness on a tile of its
 * own, drawn once a picture: on an image, copying it where each marker
 * goes costs a fraction of filling thousands of curved outlines */
static cairo_pattern_t *
marker_sprite (Painter    *p,
               const Mark *mark)
{
  cairo_pattern_t **slot = &p->sprites[mark->kind][mark->dimmed ? 1 : 0][mark->planned ? 1 : 0];

  if (*slot == NULL)
    {
      double center;
      cairo_surface_t *tile;
      Mark centered = *mark;
      Painter q = *p;

      /* Room for the largest marker and the dashed ring of a planned
       * one, in the image's pixels */
      p->sprite_size = 2 * (int) ceil ((p->metrics->marker_radius * 1.5 + 3) * p->sx);
      tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, p->sprite_size, p->sprite_size);
      center = p->sprite_size / 2.0 / p->sx;
      centered.x = centered.y = center;
      centered.imprecise = FALSE;
      q.cr = cairo_create (tile);
      q.pixels = FALSE;
      cairo_scale (q.cr, p->sx, p->sy);
      cairo_new_path (q.cr);
      symbol_path (q.cr, mark->kind, center, center, p->metrics->marker_radius, ring_width (p->style));
      paint_symbols (q.cr, p->style, mark->kind, mark->dimmed ? p->style->dim_alpha : 1.0);
      if (mark->planned)
        draw_planned_rings (&q, &centered, 0, 1, &p->style->kinds[mark->kind], mark->dimmed ? p->style->dim_alpha : 1.0);
      cairo_destroy (q.cr);
      cairo_surface_flush (tile);
      *slot = cairo_pattern_create_for_surface (tile);
      cairo_pattern_set_filter (*slot, CAIRO_FILTER_NEAREST);
      cairo_surface_destroy (tile);
    }
  return *slot;
}

/* Copies the sprites of marks[from, to) where they go, centred on the
 * nearest pixel */
static void
draw_sprites (Painter    *p,
              const Mark *marks,
              guint       from,
              guint       to)
{
  cairo_t *cr = p->cr;

  if (p->bits != NULL)
    cairo_surface_flush (cairo_get_target (cr));
  for (guint i = from; i < to; i++)
    {
      cairo_pattern_t *sprite = marker_sprite (p, &marks[i]);
      double x = marks[i].x, y = marks[i].y;
      cairo_matrix_t matrix;
      int x0, y0;

      to_pixels (p, &x, &y);
      x0 = (int) round (x - p->sprite_size / 2.0);
      y0 = (int) round (y - p->sprite_size / 2.0);
      if (p->bits != NULL)
        {
          pixman_image_t **bits = &p->sprite_bits[marks[i].kind][marks[i].dimmed ? 1 : 0][marks[i].planned ? 1 : 0];
          pixman_box32_t box = {
            MAX (x0, p->clip.x1), MAX (y0, p->clip.y1),
            MIN (x0 + p->sprite_size, p->clip.x2), MIN (y0 + p->sprite_size, p->clip.y2),
          };

          if (*bits == NULL)
            {
              cairo_surface_t *tile = NULL;

              cairo_pattern_get_surface (sprite, &tile);
              *bits = pixman_image_create_bits_no_clear (PIXMAN_a8r8g8b8, p->sprite_size, p->sprite_size,
                                                         (uint32_t *) (gpointer) cairo_image_surface_get_data (tile),
                                                         cairo_image_surface_get_stride (tile));
            }
          if (box.x2 > box.x1 && box.y2 > box.y1)
            pixman_image_composite32 (PIXMAN_OP_OVER, *bits, NULL, p->bits, box.x1 - x0, box.y1 - y0, 0, 0,
                                      box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
          continue;
        }
      pixel_space (p);
      cairo_matrix_init_translate (&matrix, -x0, -y0);
      cairo_pattern_set_matrix (sprite, &matrix);
      cairo_set_source (cr, sprite);
      cairo_rectangle (cr, x0, y0, p->sprite_size, p->sprite_size);
      cairo_fill (cr);
      cairo_restore (cr);
    }
  if (p->bits != NULL)
    cairo_surface_mark_dirty (cairo_get_target (cr));
}

/* Draws marks[from, to), all of one kind and dimness, each layer as one
 * path: a frame of ten thousand markers is a few dozen fills, not ten
 * thousand */
static void
draw_marks (Painter    *p,
            const Mark *marks,
            guint       from,
            guint       to)
{
  const AtlasTimelineColor *color = &p->style->kinds[marks[from].kind];
  double alpha = marks[from].dimmed ? p->style->dim_alpha : 1.0;
  double r = p->metrics->marker_radius;
  cairo_t *cr = p->cr;
  gboolean planned = FALSE;

  /* A date known to the month or year: a faint bracket over all of it,
   * with the marker in its middle, never on a made-up day */
  cairo_new_path (cr);
  for (guint i = from; i < to; i++)
    if (marks[i].imprecise)
      cairo_rectangle (cr, marks[i].x0, marks[i].y - BRACKET_HEIGHT / 4, marks[i].x1 - marks[i].x0, BRACKET_HEIGHT / 2);
  set_color (cr, color, 0.22 * alpha);
  cairo_fill (cr);
  for (guint i = from; i < to; i++)
    if (marks[i].imprecise)
      {
        cairo_rectangle (cr, marks[i].x0, marks[i].y - BRACKET_HEIGHT / 2, 1, BRACKET_HEIGHT);
        cairo_rectangle (cr, marks[i].x1 - 1, marks[i].y - BRACKET_HEIGHT / 2, 1, BRACKET_HEIGHT);
      }
  set_color (cr, color, 0.55 * alpha);
  cairo_fill (cr);

  if (p->pixels)
    {
      draw_sprites (p, marks, from, to);
      return;
    }
  for (guint i = from; i < to; i++)
    {
      symbol_path (cr, marks[i].kind, marks[i].x, marks[i].y, r, ring_width (p->style));
      planned |= marks[i].planned;
    }
  paint_symbols (cr, p->style, marks[from].kind, alpha);
  if (planned)
    draw_planned_rings (p, marks, from, to, color, alpha);
}

/* Planned: a dashed ring */
static void
draw_planned_rings (Painter                  *p,
                    const Mark               *marks,
                    guint                     from,
                    guint                     to,
                    const AtlasTimelineColor *color,
                    double                    alpha)
{
  cairo_t *cr = p->cr;

  cairo_new_path (cr);
  for (guint i = from; i < to; i++)
    if (marks[i].planned)
      {
        cairo_new_sub_path (cr);
        cairo_arc (cr, marks[i].x, marks[i].y, p->metrics->marker_radius + 2, 0, 2 * G_PI);
      }
  cairo_set_dash (cr, (double[]) { 2, 2 }, 2, 0);
  cairo_set_line_width (cr, 1);
  set_color (cr, color, alpha);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static Mark
make_mark (Painter                 *p,
           guint                    index,
           const AtlasTimelineItem *item)
{
  Mark mark = { 0 };

  mark.x0 = atlas_timeline_layout_day_to_x (p->layout, item->first_day);
  mark.x1 = atlas_timeline_layout_day_to_x (p->layout, item->last_day + 1.0);
  mark.x = (mark.x0 + mark.x1) / 2;
  mark.y = atlas_timeline_layout_get_lane_box (p->layout, item->lane)->markers_y;
  mark.kind = item->kind;
  mark.dimmed = atlas_timeline_layout_item_is_dimmed (p->layout, index);
  mark.imprecise = item->start.precision < ATLAS_DATE_PRECISION_DAY && mark.x1 - mark.x0 >= 3;
  mark.planned = item->planned;
  return mark;
}

typedef struct
{
  double x0;
  double x1;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *x = a;
  const Span *y = b;

  return x->x0 < y->x0 ? -1 : x->x0 > y->x0;
}

static void
draw_bands (Painter     *p,
            const guint *visible,
            guint        n_visible,
            int          selected)
{
  /* A summit known only to the year is not a year-long summit: the less
   * precise the date, the fainter its band. Bands of one precision and
   * dimness are one fill, of their union: overlapping rectangles in one
   * path cost cairo a sort of all their edges, disjoint ones do not. */
  static const double precision_alpha[] = {
    [ATLAS_DATE_PRECISION_NONE] = 0.35,
    [ATLAS_DATE_PRECISION_YEAR] = 0.35,
    [ATLAS_DATE_PRECISION_MONTH] = 0.7,
    [ATLAS_DATE_PRECISION_DAY] = 1.0,
  };
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  /* On an image, what each column of pixels lets through of what is under
   * the bands: the layers are then filled as one, each pixel once */
  g_autofree double *keep = NULL;
  double top, bottom, unused = 0;

  if (p->bits != NULL && p->clip.x2 > p->clip.x1)
    {
      keep = g_new (double, p->clip.x2 - p->clip.x1);
      for (int x = p->clip.x1; x < p->clip.x2; x++)
        keep[x - p->clip.x1] = 1;
    }

  for (guint layer = 0; layer < 2 * G_N_ELEMENTS (precision_alpha); layer++)
    {
      AtlasDatePrecision precision = layer % G_N_ELEMENTS (precision_alpha);
      gboolean dimmed = layer >= G_N_ELEMENTS (precision_alpha);
      const Span *s;
      Span run;

      g_array_set_size (spans, 0);
      for (guint v = 0; v < n_visible; v++)
        {
          const AtlasTimelineItem *item = atlas_timeline_model_get_item (p->model, visible[v]);
          Span span;

          if (!item->band || item->start.precision != precision || (int) visible[v] == selected ||
              atlas_timeline_layout_item_is_dimmed (p->layout, visible[v]) != dimmed)
            continue;
          span.x0 = atlas_timeline_layout_day_to_x (p->layout, item->first_day);
          span.x1 = MAX (atlas_timeline_layout_day_to_x (p->layout, item->last_day + 1.0), span.x0 + 2);
          span.x0 = snap_x (p, span.x0);
          span.x1 = snap_x (p, span.x1);
          g_array_append_val (spans, span);
        }
      if (spans->len == 0)
        continue;

      g_array_sort (spans, compare_spans);
      s = (const Span *) (gpointer) spans->data;
      run = s[0];
      cairo_new_path (p->cr);
      for (guint i = 1; i <= spans->len; i++)
        {
          if (i < spans->len && s[i].x0 <= run.x1)
            {
              run.x1 = MAX (run.x1, s[i].x1);
              continue;
            }
          if (keep != NULL)
            {
              double x0 = run.x0, x1 = run.x1;
              double a = p->style->band.alpha * precision_alpha[precision] * (dimmed ? p->style->dim_alpha : 1.0);

              to_pixels (p, &x0, &unused);
              to_pixels (p, &x1, &unused);
              for (int x = MAX ((int) round (x0), p->clip.x1); x < MIN ((int) round (x1), p->clip.x2); x++)
                keep[x - p->clip.x1] *= 1 - CLAMP (a, 0, 1);
            }
          else
            cairo_rectangle (p->cr, run.x0, p->top, run.x1 - run.x0, p->bottom - p->top);
          if (i < spans->len)
            run = s[i];
        }
      if (keep != NULL)
        continue;
      set_color (p->cr, &p->style->band, precision_alpha[precision] * (dimmed ? p->style->dim_alpha : 1.0));
      cairo_fill (p->cr);
    }

  if (keep != NULL)
    {
      int x0 = p->clip.x1;

      top = p->top;
      bottom = p->bottom;
      unused = 0;
      to_pixels (p, &unused, &top);
      unused = 0;
      to_pixels (p, &unused, &bottom);
      for (int x = p->clip.x1 + 1; x <= p->clip.x2; x++)
        {
          double k = keep[x0 - p->clip.x1];
          pixman_box32_t box = { x0, (int) round (top), x, (int) round (bottom) };

          if (x < p->clip.x2 && keep[x - p->clip.x1] == k)
            continue;
          if (k < 1)
            fill_bits_rgba (p, &box, 1, p->style->band.red, p->style->band.green, p->style->band.blue, 1 - k);
          x0 = x;
        }
    }

  if (selected >= 0 && atlas_timeline_model_get_item (p->model, (guint) selected)->band)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (p->model, (guint) selected);
      double x0 = atlas_timeline_layout_day_to_x (p->layout, item->first_day);
      double x1 = MAX (atlas_timeline_layout_day_to_x (p->layout, item->last_day + 1.0), x0 + 2);

      cairo_rectangle (p->cr, x0, p->top, x1 - x0, p->bottom - p->top);
      set_color (p->cr, &p->style->selection, 0.15);
      cairo_fill (p->cr);
    }
}

static void
draw_labels (Painter                        *p,
             const AtlasTimelineRenderState *state)
{
  const AtlasTimelineLabel *labels;
  guint n_labels;

  labels = atlas_timeline_layout_get_labels (p->layout, &n_labels);
  for (guint l = 0; l < n_labels; l++)
    {
      const AtlasTimelineLabel *label = &labels[l];
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (p->model, label->item);
      double alpha = atlas_timeline_layout_item_is_dimmed (p->layout, label->item) ? p->style->dim_alpha : 1.0;

      if (!in_view (p, label->rect.y, label->rect.height))
        continue;
      if ((int) label->item == state->selected && !label->inside)
        {
          cairo_rectangle (p->cr, label->rect.x - 2, label->rect.y, label->rect.width + 4, label->rect.height);
          set_color (p->cr, &p->style->selection, 0.2);
          cairo_fill (p->cr);
        }
      show_text (p, item->label, &label->rect, label->ellipsized, FALSE, &p->style->foreground, alpha);
    }
}

static void
draw_focus (Painter *p,
            int      index)
{
  AtlasTimelineRect rect;

  if (!atlas_timeline_layout_get_item_rect (p->layout, (guint) index, &rect))
    return;
  cairo_rectangle (p->cr, rect.x - 4.5, rect.y - 4.5, rect.width + 9, rect.height + 9);
  cairo_set_line_width (p->cr, 1);
  cairo_set_dash (p->cr, (double[]) { 2, 2 }, 2, 0);
  set_color (p->cr, &p->style->foreground, 1.0);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

static void
draw_ruler (Painter *p)
{
  const AtlasTimelineTick *ticks;
  AtlasTimelineRect today;
  double bottom = p->metrics->ruler_height;
  guint n_ticks;

  cairo_rectangle (p->cr, 0, 0, p->width, bottom);
  set_color (p->cr, &p->style->gutter, 1.0);
  cairo_fill (p->cr);
  cairo_rectangle (p->cr, 0, bottom - 1, p->width, 1);
  set_color (p->cr, &p->style->grid, 2.0);
  cairo_fill (p->cr);

  cairo_save (p->cr);
  cairo_rectangle (p->cr, p->metrics->gutter, 0, p->width - p->metrics->gutter, bottom);
  cairo_clip (p->cr);
  ticks = atlas_timeline_layout_get_ticks (p->layout, &n_ticks);
  for (guint t = 0; t < n_ticks; t++)
    {
      double length = ticks[t].major ? 10 : 5;

      cairo_rectangle (p->cr, round (ticks[t].x), bottom - length, 1, length);
      set_color (p->cr, &p->style->secondary, ticks[t].major ? 1.0 : 0.6);
      cairo_fill (p->cr);
      if (ticks[t].text != NULL)
        show_text (p, ticks[t].text, &ticks[t].text_rect, FALSE, FALSE, &p->style->secondary, 1.0);
    }
  if (atlas_timeline_layout_get_today_label (p->layout, &today))
    show_text (p, C_("timeline", "Today"), &today, FALSE, FALSE, &p->style->today, 1.0);
  cairo_restore (p->cr);
}

static void
draw_gutter (Painter                        *p,
             const AtlasTimelineRenderState *state)
{
  const AtlasTimelineLaneBox *lanes;
  double gutter = p->metrics->gutter;
  guint n_lanes;

  cairo_rectangle (p->cr, 0, p->top, gutter, p->bottom - p->top);
  set_color (p->cr, &p->style->gutter, 1.0);
  cairo_fill (p->cr);
  cairo_rectangle (p->cr, gutter - 1, p->top, 1, p->bottom - p->top);
  set_color (p->cr, &p->style->grid, 2.0);
  cairo_fill (p->cr);

  lanes = atlas_timeline_layout_get_lanes (p->layout, &n_lanes);
  for (guint i = p->first_lane; i < p->end_lane; i++)
    {
      const char *name = atlas_timeline_model_get_lane_name (p->model, lanes[i].lane);
      AtlasTimelineRect rect = { LANE_NAME_INSET, lanes[i].y + 4, gutter - 2 * LANE_NAME_INSET,
                                 p->metrics->row_height };
      gboolean highlighted = (int) lanes[i].lane == state->selected_lane;

      if (highlighted)
        {
          cairo_rectangle (p->cr, 0, lanes[i].y, 4, lanes[i].height);
          set_color (p->cr, &p->style->selection, 1.0);
          cairo_fill (p->cr);
        }
      if (rect.width > 8)
        show_text (p, name, &rect, TRUE, TRUE, highlighted ? &p->style->selection : &p->style->foreground, 1.0);
    }
}

static void
draw_lanes (Painter *p,
            double   x,
            double   width)
{
  const AtlasTimelineLaneBox *lanes;
  guint n_lanes;

  lanes = atlas_timeline_layout_get_lanes (p->layout, &n_lanes);
  for (guint i = p->first_lane; i < p->end_lane; i++)
    {
      if (i % 2 == 1)
        {
          cairo_rectangle (p->cr, x, lanes[i].y, width, lanes[i].height);
          set_color (p->cr, &p->style->lane_alternate, 1.0);
          cairo_fill (p->cr);
        }
      cairo_rectangle (p->cr, x, lanes[i].y + lanes[i].height - 1, width, 1);
      set_color (p->cr, &p->style->grid, 1.0);
      cairo_fill (p->cr);
    }
}

static void
draw_grid (Painter *p)
{
  const AtlasTimelineTick *ticks;
  guint n_ticks;

  ticks = atlas_timeline_layout_get_ticks (p->layout, &n_ticks);
  set_color (p->cr, &p->style->grid, 1.0);
  for (guint t = 0; t < n_ticks; t++)
    if (ticks[t].major)
      cairo_rectangle (p->cr, round (ticks[t].x), p->top, 1, p->bottom - p->top);
  cairo_fill (p->cr);
}

static void
draw_items (Painter                        *p,
            const AtlasTimelineRenderState *state,
            const guint                    *visible,
            guint                           n_visible)
{
  guint n_lanes = atlas_timeline_model_get_n_lanes (p->model);
  g_autofree double *last_x = g_new (double, n_lanes);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_autoptr(GHashTable) labelled = g_hash_table_new (NULL, NULL);
  const AtlasTimelineLabel *labels;
  guint n_labels;
  const Mark *m;
  Mark selected;
  gboolean has_selected = FALSE;
  guint from = 0;

  g_autofree gboolean *in_lane = g_new (gboolean, n_lanes);

  for (guint i = 0; i < n_lanes; i++)
    {
      last_x[i] = -G_MAXDOUBLE;
      in_lane[i] = lane_in_view (p, i);
    }
  labels = atlas_timeline_layout_get_labels (p->layout, &n_labels);
  for (guint l = 0; l < n_labels; l++)
    g_hash_table_add (labelled, GUINT_TO_POINTER (labels[l].item));

  for (guint v = 0; v < n_visible; v++)
    {
      guint index = visible[v];
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (p->model, index);
      Mark mark;

      /* Lanes scrolled out of sight: bands are drawn apart */
      if (!in_lane[item->lane])
        continue;
      if (item->is_span)
        {
          double alpha = atlas_timeline_layout_item_is_dimmed (p->layout, index) ? p->style->dim_alpha : 1.0;

          draw_bar (p, index, item, (int) index == state->selected, alpha);
          continue;
        }
      mark = make_mark (p, index, item);
      if ((int) index == state->selected)
        {
          selected = mark;
          has_selected = TRUE;
          continue;
        }
      /* A marker mostly under the one before it would not be seen: thousands
       * of events in a pixel column are drawn as a few. One with a label
       * is always drawn, for its label points at it. */
      if (fabs (mark.x - last_x[item->lane]) < MIN_MARKER_DISTANCE &&
          !g_hash_table_contains (labelled, GUINT_TO_POINTER (index)))
        continue;
      last_x[item->lane] = mark.x;
      g_array_append_val (marks, mark);
    }

  g_array_sort (marks, compare_marks);
  m = (const Mark *) (gpointer) marks->data;
  for (guint i = 1; i <= marks->len; i++)
    if (i == marks->len || compare_marks (&m[i], &m[from]) != 0)
      {
        draw_marks (p, m, from, i);
        from = i;
      }

  /* The selected marker goes on top, ringed */
  if (has_selected)
    {
      cairo_new_path (p->cr);
      cairo_arc (p->cr, selected.x, selected.y, p->metrics->marker_radius + 3.5, 0, 2 * G_PI);
      cairo_set_line_width (p->cr, 2);
      set_color (p->cr, &p->style->selection, 1.0);
      cairo_stroke (p->cr);
      draw_marks (p, &selected, 0, 1);
    }
}

/**
 * atlas_timeline_render:
 * @state: (nullable): selection and focus, or %NULL for none
 *
 * Draws the timeline as @layout lays it out, from (0, 0) to the layout's
 * width and height: the whole of it, as the exports do.
 */
void
atlas_timeline_render (cairo_t                        *cr,
                       AtlasTimelineLayout            *layout,
                       const AtlasTimelineStyle       *style,
                       const AtlasTimelineRenderState *state)
{
  g_return_if_fail (layout != NULL);

  atlas_timeline_render_area (cr, layout, style, state, 0, atlas_timeline_layout_get_height (layout));
}

/* The lane boxes that meet [p->top, p->bottom): lanes are laid out top
 * to bottom, so a binary search finds the first */
static void
find_lanes_in_view (Painter *p)
{
  const AtlasTimelineLaneBox *lanes;
  guint n_lanes, lo = 0, hi;

  lanes = atlas_timeline_layout_get_lanes (p->layout, &n_lanes);
  hi = n_lanes;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (lanes[mid].y + lanes[mid].height <= p->top)
        lo = mid + 1;
      else
        hi = mid;
    }
  p->first_lane = lo;
  while (lo < n_lanes && lanes[lo].y < p->bottom)
    lo++;
  p->end_lane = lo;
}

/**
 * atlas_timeline_render_area:
 * @state: (nullable): selection and focus, or %NULL for none
 * @scroll_y: how far the lanes are scrolled up, under the ruler
 * @height: the height of the picture
 *
 * Draws the part of the timeline a window of @height shows: the ruler at
 * the top and under it the lanes from @scroll_y down. Only the lanes and
 * items in that part are drawn, so the cost of a picture does not grow
 * with the number of lanes. atlas_timeline_render() is this routine for
 * the whole height.
 */
void
atlas_timeline_render_area (cairo_t                        *cr,
                            AtlasTimelineLayout            *layout,
                            const AtlasTimelineStyle       *style,
                            const AtlasTimelineRenderState *state,
                            double                          scroll_y,
                            double                          height)
{
  static const AtlasTimelineRenderState no_state = ATLAS_TIMELINE_RENDER_STATE_INIT;
  const guint *visible;
  guint n_visible;
  guint32 today;
  double ruler, gutter;
  Painter p;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  if (state == NULL)
    state = &no_state;

  p = (Painter) {
    .cr = cr,
    .layout = layout,
    .model = atlas_timeline_layout_get_model (layout),
    .style = style,
    .metrics = atlas_timeline_layout_get_metrics (layout),
    .width = atlas_timeline_layout_get_width (layout),
    .pixels = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE,
    .dashes = g_array_new (FALSE, FALSE, sizeof (DashTile)),
  };
  g_array_set_clear_func (p.dashes, dash_tile_clear);
  cairo_surface_get_device_scale (cairo_get_target (cr), &p.sx, &p.sy);
  cairo_surface_get_device_offset (cairo_get_target (cr), &p.ox, &p.oy);
  p.boxes = g_array_new (FALSE, FALSE, sizeof (pixman_box32_t));
  ruler = p.metrics->ruler_height;
  gutter = p.metrics->gutter;
  scroll_y = CLAMP (scroll_y, 0, MAX (atlas_timeline_layout_get_height (layout) - ruler, 0));
  p.top = ruler + scroll_y;
  p.bottom = MIN (scroll_y + height, atlas_timeline_layout_get_height (layout));
  find_lanes_in_view (&p);
  visible = atlas_timeline_layout_get_visible (layout, &n_visible);
  today = atlas_timeline_layout_get_today (layout);

  cairo_save (cr);

  /* The lanes, scrolled under the ruler */
  if (p.bottom > p.top)
    {
      cairo_save (cr);
      cairo_rectangle (cr, 0, ruler, p.width, p.bottom - p.top);
      cairo_clip (cr);
      cairo_translate (cr, 0, -scroll_y);
      cairo_rectangle (cr, 0, p.top, p.width, p.bottom - p.top);
      set_color (cr, &style->background, 1.0);
      cairo_fill (cr);
      draw_lanes (&p, 0, p.width);

      cairo_save (cr);
      cairo_rectangle (cr, gutter, p.top, p.width - gutter, p.bottom - p.top);
      cairo_clip (cr);
      begin_bits (&p);
      draw_grid (&p);
      draw_bands (&p, visible, n_visible, state->selected);
      if (today != 0)
        {
          double x = round (atlas_timeline_layout_day_to_x (layout, today));

          cairo_rectangle (cr, x, p.top, 1.5 * style->line_width, p.bottom - p.top);
          set_color (cr, &style->today, 0.9);
          cairo_fill (cr);
        }
      draw_items (&p, state, visible, n_visible);
      draw_labels (&p, state);
      if (state->focused && state->selected >= 0)
        draw_focus (&p, state->selected);
      end_bits (&p);
      cairo_restore (cr);

      draw_gutter (&p, state);
      cairo_restore (cr);
    }
  for (guint k = 0; k < ATLAS_TIMELINE_N_KINDS; k++)
    for (guint d = 0; d < 2; d++)
      {
        g_clear_pointer (&p.hatches[k][d], cairo_pattern_destroy);
        for (guint planned = 0; planned < 2; planned++)
          {
            g_clear_pointer (&p.sprite_bits[k][d][planned], pixman_image_unref);
            g_clear_pointer (&p.sprites[k][d][planned], cairo_pattern_destroy);
          }
      }
  g_array_unref (p.dashes);
  g_array_unref (p.boxes);

  /* The ruler stays put */
  cairo_rectangle (cr, 0, 0, p.width, MIN (ruler, height));
  cairo_clip (cr);
  draw_ruler (&p);
  if (today != 0 && atlas_timeline_layout_day_to_x (layout, today) >= gutter)
    {
      double x = round (atlas_timeline_layout_day_to_x (layout, today));

      cairo_rectangle (cr, x, 0, 1.5 * style->line_width, ruler);
      set_color (cr, &style->today, 1.0);
      cairo_fill (cr);
    }
  /* The corner above the lane names */
  cairo_rectangle (cr, 0, 0, gutter, ruler);
  set_color (cr, &style->gutter, 1.0);
  cairo_fill (cr);
  cairo_rectangle (cr, gutter - 1, 0, 1, ruler);
  set_color (cr, &style->grid, 2.0);
  cairo_fill (cr);
  cairo_restore (cr);
}

/**
 * atlas_timeline_render_swatch:
 *
 * Draws what a legend entry stands for, %ATLAS_TIMELINE_SWATCH_WIDTH wide
 * and @height high from (@x, @y), as the timeline draws it.
 */
void
atlas_timeline_render_swatch (cairo_t                  *cr,
                              const AtlasTimelineStyle *style,
                              AtlasTimelineSwatch       swatch,
                              AtlasEventKind            kind,
                              double                    x,
                              double                    y,
                              double                    height)
{
  const AtlasTimelineColor *period = &style->kinds[ATLAS_EVENT_KIND_PERIOD];
  AtlasTimelineRect bar = { x, y + height / 2 - 6, LEGEND_SWATCH, 12 };
  double cy = y + height / 2;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (kind < ATLAS_TIMELINE_N_KINDS);

  cairo_save (cr);
  switch (swatch)
    {
    case ATLAS_TIMELINE_SWATCH_SYMBOL:
      draw_symbol (cr, style, kind, x + LEGEND_SWATCH / 2, cy, 5, 1.0);
      break;
    case ATLAS_TIMELINE_SWATCH_BAR:
      cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
      set_color (cr, period, 0.42);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, style->line_width);
      set_color (cr, period, 1.0);
      cairo_stroke (cr);
      break;
    case ATLAS_TIMELINE_SWATCH_PLANNED:
      cairo_set_line_width (cr, 1.5);
      set_color (cr, period, 0.45);
      hatch (cr, &bar);
      cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_set_line_width (cr, style->line_width);
      set_color (cr, period, 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case ATLAS_TIMELINE_SWATCH_IMPRECISE:
      cairo_rectangle (cr, x, cy - BRACKET_HEIGHT / 4, LEGEND_SWATCH, BRACKET_HEIGHT / 2);
      set_color (cr, &style->foreground, 0.22);
      cairo_fill (cr);
      cairo_move_to (cr, x + 0.5, cy - BRACKET_HEIGHT / 2);
      cairo_line_to (cr, x + 0.5, cy + BRACKET_HEIGHT / 2);
      cairo_move_to (cr, x + LEGEND_SWATCH - 0.5, cy - BRACKET_HEIGHT / 2);
      cairo_line_to (cr, x + LEGEND_SWATCH - 0.5, cy + BRACKET_HEIGHT / 2);
      cairo_set_line_width (cr, 1);
      set_color (cr, &style->foreground, 0.55);
      cairo_stroke (cr);
      break;
    case ATLAS_TIMELINE_SWATCH_BAND:
      cairo_rectangle (cr, x + 4, y, LEGEND_SWATCH - 8, height);
      set_color (cr, &style->band, 2.0);
      cairo_fill (cr);
      break;
    case ATLAS_TIMELINE_SWATCH_TODAY:
    default:
      cairo_rectangle (cr, x + LEGEND_SWATCH / 2 - 1, y, 2, height);
      set_color (cr, &style->today, 1.0);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

/**
 * atlas_timeline_render_legend_entries:
 * @all_kinds: list the kinds hidden too, for toggles
 * @entries: (out caller-allocates) (array fixed-size=16): room for
 *   %ATLAS_TIMELINE_MAX_LEGEND_ENTRIES entries
 *
 * Lists what the legend of @layout explains: each kind of event in the
 * model (those shown, or all), then planned periods, imprecise dates,
 * summits and today when there are any.
 *
 * Returns: the number of entries
 */
guint
atlas_timeline_render_legend_entries (AtlasTimelineLayout      *layout,
                                      gboolean                  all_kinds,
                                      AtlasTimelineLegendEntry *entries)
{
  AtlasTimelineModel *model = atlas_timeline_layout_get_model (layout);
  guint32 kinds = atlas_timeline_model_get_kinds (model);
  gboolean bands = FALSE;
  guint n = 0;

  g_return_val_if_fail (layout != NULL, 0);

  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    bands |= atlas_timeline_model_get_item (model, i)->band;
  for (guint k = 0; k < ATLAS_TIMELINE_N_KINDS; k++)
    if ((kinds & (1u << k)) && (all_kinds || atlas_timeline_layout_get_kind_visible (layout, k)))
      entries[n++] = (AtlasTimelineLegendEntry) {
        k == ATLAS_EVENT_KIND_PERIOD ? ATLAS_TIMELINE_SWATCH_BAR : ATLAS_TIMELINE_SWATCH_SYMBOL,
        k, atlas_event_kind_to_label (k)
      };
  /* Translators: legend of the timeline: hatched bars and dashed rings */
  entries[n++] = (AtlasTimelineLegendEntry) { ATLAS_TIMELINE_SWATCH_PLANNED, 0, _("Planned or expected") };
  /* Translators: legend of the timeline: the faint bracket drawn over a whole month or year */
  entries[n++] = (AtlasTimelineLegendEntry) { ATLAS_TIMELINE_SWATCH_IMPRECISE, 0, _("Date known only to the month or year") };
  if (bands)
    /* Translators: legend of the timeline: the band drawn across every lane */
    entries[n++] = (AtlasTimelineLegendEntry) { ATLAS_TIMELINE_SWATCH_BAND, 0, _("Summit or joint moment, across all lanes") };
  if (atlas_timeline_layout_get_today (layout) != 0)
    entries[n++] = (AtlasTimelineLegendEntry) { ATLAS_TIMELINE_SWATCH_TODAY, 0, C_("timeline", "Today") };
  return n;
}

/**
 * atlas_timeline_render_legend:
 * @cr: (nullable): where to draw, or %NULL to measure only
 *
 * Draws the legend of what @layout shows, wrapped to @width.
 *
 * Returns: the legend's height
 */
double
atlas_timeline_render_legend (cairo_t                  *cr,
                              AtlasTimelineLayout      *layout,
                              const AtlasTimelineStyle *style,
                              double                    x,
                              double                    y,
                              double                    width)
{
  AtlasTimelineLegendEntry entries[ATLAS_TIMELINE_MAX_LEGEND_ENTRIES];
  g_autoptr(PangoLayout) text = NULL;
  const AtlasTimelineMetrics *metrics;
  guint n_entries;
  double row_height;
  double cx = x, cy = y;

  g_return_val_if_fail (layout != NULL, 0);
  g_return_val_if_fail (style != NULL, 0);

  text = pango_layout_new (atlas_timeline_layout_get_context (layout));
  metrics = atlas_timeline_layout_get_metrics (layout);
  row_height = metrics->row_height + 6;
  n_entries = atlas_timeline_render_legend_entries (layout, FALSE, entries);

  pango_layout_set_font_description (text, atlas_timeline_layout_get_font (layout));
  for (guint i = 0; i < n_entries; i++)
    {
      int text_width, text_height;
      double entry_width;

      pango_layout_set_text (text, entries[i].label, -1);
      pango_layout_get_pixel_size (text, &text_width, &text_height);
      entry_width = LEGEND_SWATCH + 6 + text_width;
      if (cx > x && cx + entry_width > x + width)
        {
          cx = x;
          cy += row_height;
        }
      if (cr != NULL)
        {
          cairo_save (cr);
          atlas_timeline_render_swatch (cr, style, entries[i].swatch, entries[i].kind, cx, cy + 3, row_height - 6);
          set_color (cr, &style->foreground, 1.0);
          cairo_move_to (cr, cx + LEGEND_SWATCH + 6, cy + (row_height - text_height) / 2);
          pango_cairo_show_layout (cr, text);
          cairo_restore (cr);
        }
      cx += entry_width + LEGEND_GAP;
    }
  return cy + row_height - y;
}
