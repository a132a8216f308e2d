/* atlas-timeline-bars.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The programmes' bars: on an image, filled in whole device pixels
 * (crisp at any scale and fast), elsewhere as cairo paths. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pixman.h>

#include "atlas-timeline-render-private.h"

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

  _atlas_timeline_render_to_pixels (p, &x0, &y0);
  _atlas_timeline_render_to_pixels (p, &x1, &y1);
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
void
_atlas_timeline_render_begin_bits (Painter *p)
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
  _atlas_timeline_render_pixel_space (p);
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

void
_atlas_timeline_render_end_bits (Painter *p)
{
  g_clear_pointer (&p->bits, pixman_image_unref);
}

/* Fills @boxes in a colour straight into the image's pixels. The boxes
 * are clipped in place: returns how many are left, at the start. */
guint
_atlas_timeline_render_fill_bits_rgba (Painter        *p,
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
  g_array_set_size (p->boxes, _atlas_timeline_render_fill_bits_rgba (p, (pixman_box32_t *) (gpointer) p->boxes->data, p->boxes->len,
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

  _atlas_timeline_render_pixel_space (p);
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
  _atlas_timeline_render_set_color (cr, color, alpha);
  cairo_fill (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_NEAREST);
  cairo_surface_destroy (tile);
  return pattern;
}

void
_atlas_timeline_render_dash_tile_clear (gpointer data)
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

  _atlas_timeline_render_pixel_space (p);
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
      cairo_pattern_t *hatch = _atlas_timeline_render_hatch_pattern (p, item->kind, alpha < 1.0);
      cairo_matrix_t matrix;

      /* A faint fill and the hatching, of the same boxes */
      pixel_ring_boxes (p, &outer, NULL);
      _atlas_timeline_render_set_color (cr, color, 0.10 * alpha);
      fill_pixel_boxes (p);
      /* The hatching moves with its bar, by whole pixels */
      cairo_matrix_init_translate (&matrix, -round (hatch_x), -round (rect->y));
      cairo_pattern_set_matrix (hatch, &matrix);
      cairo_set_source (cr, hatch);
      fill_pixel_boxes (p);
      _atlas_timeline_render_to_pixels (p, &hx, &hy);
      fill_pixel_dashes (p, &outer, selected ? &p->style->selection : color, alpha, (int) round (hx), l, scale);
      return;
    }

  _atlas_timeline_render_set_color (cr, color, 0.16 * alpha);
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
          _atlas_timeline_render_set_color (cr, color, 0.42 * alpha);
          fill_pixel_ring (p, &box, NULL);
        }
    }
  _atlas_timeline_render_set_color (cr, selected ? &p->style->selection : color, alpha);
  fill_pixel_ring (p, &outer, &inner);
}

/* }}} */

void
_atlas_timeline_render_draw_bar (Painter                 *p,
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
      _atlas_timeline_render_rounded_rect (cr, &rect, radius);
      _atlas_timeline_render_set_color (cr, color, 0.10 * alpha);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_fill (cr);
      cairo_set_line_width (cr, 1.5);
      _atlas_timeline_render_set_color (cr, color, 0.45 * alpha);
      _atlas_timeline_render_hatch (cr, &rect);
      cairo_restore (cr);
      _atlas_timeline_render_set_color (cr, selected ? &p->style->selection : color, alpha);
      _atlas_timeline_render_dashed_outline (cr, &rect, hatch_x, line);
      return;
    }

  /* Fills only, no clip and no stroke: bars are many in a long view */
  _atlas_timeline_render_rounded_rect (cr, &inner, MAX (radius - line, 0));
  _atlas_timeline_render_set_color (cr, color, 0.16 * alpha);
  cairo_fill (cr);
  solid.x = MAX (solid.x, inner.x);
  solid.width = MIN (solid.x + solid.width, inner.x + inner.width) - solid.x;
  if (solid.width > 0)
    {
      cairo_rectangle (cr, solid.x, inner.y, solid.width, inner.height);
      _atlas_timeline_render_set_color (cr, color, 0.42 * alpha);
      cairo_fill (cr);
    }
  _atlas_timeline_render_rounded_rect (cr, &rect, radius);
  _atlas_timeline_render_rounded_rect (cr, &inner, MAX (radius - line, 0));
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  _atlas_timeline_render_set_color (cr, selected ? &p->style->selection : color, alpha);
  cairo_fill (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}
