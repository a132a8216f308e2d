/* atlas-timeline-symbols.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The events' symbols (shapes that differ by kind, hollow or filled),
 * the hatching of planned periods and rounded or dashed outlines. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pixman.h>

#include "atlas-timeline-render-private.h"

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
void
_atlas_timeline_render_symbol_path (cairo_t        *cr,
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

double
_atlas_timeline_render_ring_width (const AtlasTimelineStyle *style)
{
  return MAX (2.0, style->line_width + 1);
}

/* Paints the markers of @kind in the current path, and clears it */
void
_atlas_timeline_render_paint_symbols (cairo_t                  *cr,
                                      const AtlasTimelineStyle *style,
                                      AtlasEventKind            kind,
                                      double                    alpha)
{
  _atlas_timeline_render_set_color (cr, &style->kinds[kind], alpha);
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
  _atlas_timeline_render_set_color (cr, &style->foreground, alpha);
  cairo_stroke (cr);
}

void
_atlas_timeline_render_draw_symbol (cairo_t                  *cr,
                                    const AtlasTimelineStyle *style,
                                    AtlasEventKind            kind,
                                    double                    x,
                                    double                    y,
                                    double                    radius,
                                    double                    alpha)
{
  cairo_new_path (cr);
  _atlas_timeline_render_symbol_path (cr, kind, x, y, radius, _atlas_timeline_render_ring_width (style));
  _atlas_timeline_render_paint_symbols (cr, style, kind, alpha);
}

void
_atlas_timeline_render_hatch (cairo_t                 *cr,
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
cairo_pattern_t *
_atlas_timeline_render_hatch_pattern (Painter        *p,
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
      _atlas_timeline_render_set_color (cr, &p->style->kinds[kind], 0.45 * (dimmed ? p->style->dim_alpha : 1.0));
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

void
_atlas_timeline_render_rounded_rect (cairo_t                 *cr,
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
void
_atlas_timeline_render_dashed_outline (cairo_t                 *cr,
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
