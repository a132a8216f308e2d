/* atlas-timeline-render.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-style.h"

G_BEGIN_DECLS

/**
 * AtlasTimelineRenderState:
 * @selected: the selected item, or -1
 * @hovered: the item under the pointer, or -1
 * @selected_lane: a lane to highlight (its partner is selected), or -1
 * @focused: draw a focus ring around the selected item
 * @changed: (nullable) (array length=n_changed): per item of the model,
 *   non-zero where it changed since (or until) another version of the
 *   dataset: a dashed ring around it (or %NULL for none)
 * @n_changed: the length of @changed
 *
 * What the screen shows beyond the layout; exports leave it empty.
 */
typedef struct
{
  int selected;
  int hovered;
  int selected_lane;
  gboolean focused;
  const guint8 *changed;
  guint n_changed;
} AtlasTimelineRenderState;

#define ATLAS_TIMELINE_RENDER_STATE_INIT { -1, -1, -1, FALSE, NULL, 0 }

typedef enum
{
  ATLAS_TIMELINE_SWATCH_SYMBOL,
  ATLAS_TIMELINE_SWATCH_BAR,
  ATLAS_TIMELINE_SWATCH_PLANNED,
  ATLAS_TIMELINE_SWATCH_IMPRECISE,
  ATLAS_TIMELINE_SWATCH_BAND,
  ATLAS_TIMELINE_SWATCH_TODAY,
} AtlasTimelineSwatch;

/**
 * AtlasTimelineLegendEntry:
 * @swatch: what is drawn
 * @kind: the kind of event, for %ATLAS_TIMELINE_SWATCH_SYMBOL and
 *   %ATLAS_TIMELINE_SWATCH_BAR; these entries can be toggled
 * @label: what it means, translated
 */
typedef struct
{
  AtlasTimelineSwatch swatch;
  AtlasEventKind kind;
  const char *label;
} AtlasTimelineLegendEntry;

#define ATLAS_TIMELINE_SWATCH_WIDTH 22.0
#define ATLAS_TIMELINE_MAX_LEGEND_ENTRIES (ATLAS_TIMELINE_N_KINDS + 4)

void   atlas_timeline_render        (cairo_t                        *cr,
                                     AtlasTimelineLayout            *layout,
                                     const AtlasTimelineStyle       *style,
                                     const AtlasTimelineRenderState *state);
void   atlas_timeline_render_area   (cairo_t                        *cr,
                                     AtlasTimelineLayout            *layout,
                                     const AtlasTimelineStyle       *style,
                                     const AtlasTimelineRenderState *state,
                                     double                          scroll_y,
                                     double                          height);
void   atlas_timeline_render_swatch (cairo_t                        *cr,
                                     const AtlasTimelineStyle       *style,
                                     AtlasTimelineSwatch             swatch,
                                     AtlasEventKind                  kind,
                                     double                          x,
                                     double                          y,
                                     double                          height);
guint  atlas_timeline_render_legend_entries (AtlasTimelineLayout      *layout,
                                             gboolean                  all_kinds,
                                             AtlasTimelineLegendEntry *entries);
double atlas_timeline_render_legend (cairo_t                        *cr,
                                     AtlasTimelineLayout            *layout,
                                     const AtlasTimelineStyle       *style,
                                     double                          x,
                                     double                          y,
                                     double                          width);

G_END_DECLS
