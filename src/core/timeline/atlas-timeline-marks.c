/* atlas-timeline-marks.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The events' markers, thinned where they crowd and drawn from one
 * sprite per symbol on images. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pixman.h>

#include "atlas-timeline-render-private.h"

int
_atlas_timeline_render_compare_marks (gconstpointer a,
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
      _atlas_timeline_render_symbol_path (q.cr, mark->kind, center, center, p->metrics->marker_radius, _atlas_timeline_render_ring_width (p->style));
      _atlas_timeline_render_paint_symbols (q.cr, p->style, mark->kind, mark->dimmed ? p->style->dim_alpha : 1.0);
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

      _atlas_timeline_render_to_pixels (p, &x, &y);
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
      _atlas_timeline_render_pixel_space (p);
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
void
_atlas_timeline_render_draw_marks (Painter    *p,
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
  _atlas_timeline_render_set_color (cr, color, 0.22 * alpha);
  cairo_fill (cr);
  for (guint i = from; i < to; i++)
    if (marks[i].imprecise)
      {
        cairo_rectangle (cr, marks[i].x0, marks[i].y - BRACKET_HEIGHT / 2, 1, BRACKET_HEIGHT);
        cairo_rectangle (cr, marks[i].x1 - 1, marks[i].y - BRACKET_HEIGHT / 2, 1, BRACKET_HEIGHT);
      }
  _atlas_timeline_render_set_color (cr, color, 0.55 * alpha);
  cairo_fill (cr);

  if (p->pixels)
    {
      draw_sprites (p, marks, from, to);
      return;
    }
  for (guint i = from; i < to; i++)
    {
      _atlas_timeline_render_symbol_path (cr, marks[i].kind, marks[i].x, marks[i].y, r, _atlas_timeline_render_ring_width (p->style));
      planned |= marks[i].planned;
    }
  _atlas_timeline_render_paint_symbols (cr, p->style, marks[from].kind, alpha);
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
  _atlas_timeline_render_set_color (cr, color, alpha);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

Mark
_atlas_timeline_render_make_mark (Painter                 *p,
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
