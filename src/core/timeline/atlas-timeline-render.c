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
#include "atlas-timeline-render-private.h"

/* The one drawing routine of the timeline: the widget calls it from its
 * snapshot and the exports on their cairo surfaces, so both show the same
 * picture. It draws only what the layout found in view. */

/* A point in user space in the image's pixels, and back: cairo's device
 * space leaves out the surface's device scale (2 on a HiDPI screen) */
void
_atlas_timeline_render_to_pixels (Painter *p,
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
void
_atlas_timeline_render_pixel_space (Painter *p)
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
  _atlas_timeline_render_to_pixels (p, &x, &y);
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

void
_atlas_timeline_render_set_color (cairo_t                  *cr,
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
  _atlas_timeline_render_set_color (p->cr, color, alpha);
  cairo_move_to (p->cr, rect->x, rect->y + (rect->height - height) / 2);
  pango_cairo_show_layout (p->cr, layout);
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

              _atlas_timeline_render_to_pixels (p, &x0, &unused);
              _atlas_timeline_render_to_pixels (p, &x1, &unused);
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
      _atlas_timeline_render_set_color (p->cr, &p->style->band, precision_alpha[precision] * (dimmed ? p->style->dim_alpha : 1.0));
      cairo_fill (p->cr);
    }

  if (keep != NULL)
    {
      int x0 = p->clip.x1;

      top = p->top;
      bottom = p->bottom;
      unused = 0;
      _atlas_timeline_render_to_pixels (p, &unused, &top);
      unused = 0;
      _atlas_timeline_render_to_pixels (p, &unused, &bottom);
      for (int x = p->clip.x1 + 1; x <= p->clip.x2; x++)
        {
          double k = keep[x0 - p->clip.x1];
          pixman_box32_t box = { x0, (int) round (top), x, (int) round (bottom) };

          if (x < p->clip.x2 && keep[x - p->clip.x1] == k)
            continue;
          if (k < 1)
            _atlas_timeline_render_fill_bits_rgba (p, &box, 1, p->style->band.red, p->style->band.green, p->style->band.blue, 1 - k);
          x0 = x;
        }
    }

  if (selected >= 0 && atlas_timeline_model_get_item (p->model, (guint) selected)->band)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (p->model, (guint) selected);
      double x0 = atlas_timeline_layout_day_to_x (p->layout, item->first_day);
      double x1 = MAX (atlas_timeline_layout_day_to_x (p->layout, item->last_day + 1.0), x0 + 2);

      cairo_rectangle (p->cr, x0, p->top, x1 - x0, p->bottom - p->top);
      _atlas_timeline_render_set_color (p->cr, &p->style->selection, 0.15);
      cairo_fill (p->cr);
    }
}

/* The eras behind the lanes, each a faint band of its colour */
static void
draw_era_bands (Painter *p)
{
  const AtlasTimelineEraBox *eras;
  guint n_eras;

  eras = atlas_timeline_layout_get_eras (p->layout, &n_eras);
  for (guint i = 0; i < n_eras; i++)
    {
      guint index = atlas_timeline_era_index (eras[i].type);
      double x0 = snap_x (p, eras[i].strip.x), x1 = snap_x (p, eras[i].strip.x + eras[i].strip.width);

      cairo_rectangle (p->cr, x0, p->top, x1 - x0, p->bottom - p->top);
      _atlas_timeline_render_set_color (p->cr, &p->style->eras[index], p->style->era_band_alpha);
      cairo_fill (p->cr);
    }
}

/* The eras' strip at the top of the ruler: each era's part, named */
static void
draw_era_strip (Painter *p)
{
  const AtlasTimelineEraBox *eras;
  guint n_eras;

  eras = atlas_timeline_layout_get_eras (p->layout, &n_eras);
  for (guint i = 0; i < n_eras; i++)
    {
      const AtlasTimelineEraBox *era = &eras[i];

      _atlas_timeline_render_rounded_rect (p->cr, &era->strip, 3);
      _atlas_timeline_render_set_color (p->cr, &p->style->eras[atlas_timeline_era_index (era->type)], 1.0);
      if (p->style->high_contrast)
        {
          cairo_fill_preserve (p->cr);
          cairo_set_line_width (p->cr, 1);
          _atlas_timeline_render_set_color (p->cr, &p->style->foreground, 1.0);
          cairo_stroke (p->cr);
        }
      else
        cairo_fill (p->cr);
      if (era->label.width > 0)
        show_text (p, era->text, &era->label, era->ellipsized, FALSE, &p->style->foreground, 1.0);
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
          _atlas_timeline_render_set_color (p->cr, &p->style->selection, 0.2);
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
  _atlas_timeline_render_set_color (p->cr, &p->style->foreground, 1.0);
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
  _atlas_timeline_render_set_color (p->cr, &p->style->gutter, 1.0);
  cairo_fill (p->cr);
  cairo_rectangle (p->cr, 0, bottom - 1, p->width, 1);
  _atlas_timeline_render_set_color (p->cr, &p->style->grid, 2.0);
  cairo_fill (p->cr);

  cairo_save (p->cr);
  cairo_rectangle (p->cr, p->metrics->gutter, 0, p->width - p->metrics->gutter, bottom);
  cairo_clip (p->cr);
  draw_era_strip (p);
  ticks = atlas_timeline_layout_get_ticks (p->layout, &n_ticks);
  for (guint t = 0; t < n_ticks; t++)
    {
      double length = ticks[t].major ? 10 : 5;

      cairo_rectangle (p->cr, round (ticks[t].x), bottom - length, 1, length);
      _atlas_timeline_render_set_color (p->cr, &p->style->secondary, ticks[t].major ? 1.0 : 0.6);
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
  _atlas_timeline_render_set_color (p->cr, &p->style->gutter, 1.0);
  cairo_fill (p->cr);
  cairo_rectangle (p->cr, gutter - 1, p->top, 1, p->bottom - p->top);
  _atlas_timeline_render_set_color (p->cr, &p->style->grid, 2.0);
  cairo_fill (p->cr);

  lanes = atlas_timeline_layout_get_lanes (p->layout, &n_lanes);
  for (guint i = p->first_lane; i < p->end_lane; i++)
    {
      const char *name = atlas_timeline_layout_get_lane_label (p->layout, lanes[i].lane);
      AtlasTimelineRect rect = { LANE_NAME_INSET, lanes[i].y + 4, gutter - 2 * LANE_NAME_INSET,
                                 p->metrics->row_height };
      gboolean highlighted = (int) lanes[i].lane == state->selected_lane;

      if (highlighted)
        {
          cairo_rectangle (p->cr, 0, lanes[i].y, 4, lanes[i].height);
          _atlas_timeline_render_set_color (p->cr, &p->style->selection, 1.0);
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
          _atlas_timeline_render_set_color (p->cr, &p->style->lane_alternate, 1.0);
          cairo_fill (p->cr);
        }
      cairo_rectangle (p->cr, x, lanes[i].y + lanes[i].height - 1, width, 1);
      _atlas_timeline_render_set_color (p->cr, &p->style->grid, 1.0);
      cairo_fill (p->cr);
    }
}

static void
draw_grid (Painter *p)
{
  const AtlasTimelineTick *ticks;
  guint n_ticks;

  ticks = atlas_timeline_layout_get_ticks (p->layout, &n_ticks);
  _atlas_timeline_render_set_color (p->cr, &p->style->grid, 1.0);
  for (guint t = 0; t < n_ticks; t++)
    if (ticks[t].major)
      cairo_rectangle (p->cr, round (ticks[t].x), p->top, 1, p->bottom - p->top);
  cairo_fill (p->cr);
}

static gboolean
is_changed (const AtlasTimelineRenderState *state,
            guint                           index)
{
  return state->changed != NULL && index < state->n_changed && state->changed[index] != 0;
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
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (AtlasTimelineRect));
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

          _atlas_timeline_render_draw_bar (p, index, item, (int) index == state->selected, alpha);
          if (is_changed (state, index))
            {
              AtlasTimelineRect rect;

              if (atlas_timeline_layout_get_item_rect (p->layout, index, &rect))
                g_array_append_val (changed, rect);
            }
          continue;
        }
      mark = _atlas_timeline_render_make_mark (p, index, item);
      if (is_changed (state, index))
        {
          double r = p->metrics->marker_radius + 3.5;
          AtlasTimelineRect ring = { mark.x - r, mark.y - r, 2 * r, 2 * r };

          g_array_append_val (changed, ring);
        }
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

  g_array_sort (marks, _atlas_timeline_render_compare_marks);
  m = (const Mark *) (gpointer) marks->data;
  for (guint i = 1; i <= marks->len; i++)
    if (i == marks->len || _atlas_timeline_render_compare_marks (&m[i], &m[from]) != 0)
      {
        _atlas_timeline_render_draw_marks (p, m, from, i);
        from = i;
      }

  /* What changed since the other version: dashed, where the selection's
   * ring is whole */
  if (changed->len > 0)
    {
      static const double dash[] = { 3.0, 2.0 };

      cairo_save (p->cr);
      cairo_new_path (p->cr);
      for (guint i = 0; i < changed->len; i++)
        {
          const AtlasTimelineRect *rect = &g_array_index (changed, AtlasTimelineRect, i);

          if (rect->width == rect->height)
            {
              cairo_new_sub_path (p->cr);
              cairo_arc (p->cr, rect->x + rect->width / 2, rect->y + rect->height / 2, rect->width / 2, 0, 2 * G_PI);
            }
          else
            cairo_rectangle (p->cr, rect->x - 2, rect->y - 2, rect->width + 4, rect->height + 4);
        }
      cairo_set_line_width (p->cr, 1.5);
      cairo_set_dash (p->cr, dash, G_N_ELEMENTS (dash), 0);
      _atlas_timeline_render_set_color (p->cr, &p->style->selection, 1.0);
      cairo_stroke (p->cr);
      cairo_restore (p->cr);
    }

  /* The selected marker goes on top, ringed */
  if (has_selected)
    {
      cairo_new_path (p->cr);
      cairo_arc (p->cr, selected.x, selected.y, p->metrics->marker_radius + 3.5, 0, 2 * G_PI);
      cairo_set_line_width (p->cr, 2);
      _atlas_timeline_render_set_color (p->cr, &p->style->selection, 1.0);
      cairo_stroke (p->cr);
      _atlas_timeline_render_draw_marks (p, &selected, 0, 1);
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
  g_array_set_clear_func (p.dashes, _atlas_timeline_render_dash_tile_clear);
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
      _atlas_timeline_render_set_color (cr, &style->background, 1.0);
      cairo_fill (cr);
      draw_lanes (&p, 0, p.width);

      cairo_save (cr);
      cairo_rectangle (cr, gutter, p.top, p.width - gutter, p.bottom - p.top);
      cairo_clip (cr);
      draw_era_bands (&p);
      _atlas_timeline_render_begin_bits (&p);
      draw_grid (&p);
      draw_bands (&p, visible, n_visible, state->selected);
      if (today != 0)
        {
          double x = round (atlas_timeline_layout_day_to_x (layout, today));

          cairo_rectangle (cr, x, p.top, 1.5 * style->line_width, p.bottom - p.top);
          _atlas_timeline_render_set_color (cr, &style->today, 0.9);
          cairo_fill (cr);
        }
      draw_items (&p, state, visible, n_visible);
      draw_labels (&p, state);
      if (state->focused && state->selected >= 0)
        draw_focus (&p, state->selected);
      _atlas_timeline_render_end_bits (&p);
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
      _atlas_timeline_render_set_color (cr, &style->today, 1.0);
      cairo_fill (cr);
    }
  /* The corner above the lane names */
  cairo_rectangle (cr, 0, 0, gutter, ruler);
  _atlas_timeline_render_set_color (cr, &style->gutter, 1.0);
  cairo_fill (cr);
  cairo_rectangle (cr, gutter - 1, 0, 1, ruler);
  _atlas_timeline_render_set_color (cr, &style->grid, 2.0);
  cairo_fill (cr);
  cairo_restore (cr);
}
