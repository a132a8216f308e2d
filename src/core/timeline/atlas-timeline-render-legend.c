/* atlas-timeline-render-legend.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The legend: each entry's swatch drawn as the timeline draws what it
 * stands for, and the entries laid out for the legend widget and exports. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <pixman.h>

#include "atlas-timeline-render-private.h"

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
      _atlas_timeline_render_draw_symbol (cr, style, kind, x + LEGEND_SWATCH / 2, cy, 5, 1.0);
      break;
    case ATLAS_TIMELINE_SWATCH_BAR:
      cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
      _atlas_timeline_render_set_color (cr, period, 0.42);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, style->line_width);
      _atlas_timeline_render_set_color (cr, period, 1.0);
      cairo_stroke (cr);
      break;
    case ATLAS_TIMELINE_SWATCH_PLANNED:
      cairo_set_line_width (cr, 1.5);
      _atlas_timeline_render_set_color (cr, period, 0.45);
      _atlas_timeline_render_hatch (cr, &bar);
      cairo_rectangle (cr, bar.x, bar.y, bar.width, bar.height);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_set_line_width (cr, style->line_width);
      _atlas_timeline_render_set_color (cr, period, 1.0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case ATLAS_TIMELINE_SWATCH_IMPRECISE:
      cairo_rectangle (cr, x, cy - BRACKET_HEIGHT / 4, LEGEND_SWATCH, BRACKET_HEIGHT / 2);
      _atlas_timeline_render_set_color (cr, &style->foreground, 0.22);
      cairo_fill (cr);
      cairo_move_to (cr, x + 0.5, cy - BRACKET_HEIGHT / 2);
      cairo_line_to (cr, x + 0.5, cy + BRACKET_HEIGHT / 2);
      cairo_move_to (cr, x + LEGEND_SWATCH - 0.5, cy - BRACKET_HEIGHT / 2);
      cairo_line_to (cr, x + LEGEND_SWATCH - 0.5, cy + BRACKET_HEIGHT / 2);
      cairo_set_line_width (cr, 1);
      _atlas_timeline_render_set_color (cr, &style->foreground, 0.55);
      cairo_stroke (cr);
      break;
    case ATLAS_TIMELINE_SWATCH_BAND:
      cairo_rectangle (cr, x + 4, y, LEGEND_SWATCH - 8, height);
      _atlas_timeline_render_set_color (cr, &style->band, 2.0);
      cairo_fill (cr);
      break;
    case ATLAS_TIMELINE_SWATCH_TODAY:
    default:
      cairo_rectangle (cr, x + LEGEND_SWATCH / 2 - 1, y, 2, height);
      _atlas_timeline_render_set_color (cr, &style->today, 1.0);
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
          _atlas_timeline_render_set_color (cr, &style->foreground, 1.0);
          cairo_move_to (cr, cx + LEGEND_SWATCH + 6, cy + (row_height - text_height) / 2);
          pango_cairo_show_layout (cr, text);
          cairo_restore (cr);
        }
      cx += entry_width + LEGEND_GAP;
    }
  return cy + row_height - y;
}
