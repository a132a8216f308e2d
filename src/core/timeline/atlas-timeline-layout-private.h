/* atlas-timeline-layout-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The layout's instance and what its files share: atlas-timeline-layout.c
 * keeps the view (range, lanes, visibility) and answers its getters;
 * -text.c measures text; -ticks.c places the ruler's ticks; -labels.c
 * places the items' labels; -hit.c finds the item at a point and the next
 * one for the keyboard. */

#pragma once

#include <pango/pango.h>

#include "atlas-timeline-eras.h"
#include "atlas-timeline-layout.h"

G_BEGIN_DECLS

#define LANE_PADDING 6.0
#define MARKER_ROW 16.0
#define MARKER_RADIUS 5.0
#define TRACK_GAP 3.0
#define LABEL_GAP 10.0
#define MIN_LABEL_WIDTH 40.0
#define MIN_BAR_LABEL_WIDTH 24.0
#define MAX_LABEL_ROWS 3
/* When the lanes share a taller widget, labels stack up to this deep
 * rather than being cut */
#define MAX_FILL_LABEL_ROWS 8
#define MAX_GUTTER 220.0
#define TICK_LABEL_GAP 12.0
#define MIN_MINOR_SPACING 6.0
#define TEXT_INSET 4.0
#define MAX_CACHED_TEXTS 2048

/* A month, on average, for choosing tick steps */
#define DAYS_PER_MONTH 30.436875

/* The narrowest view: about six weeks, so months stay readable */
#define MIN_SPAN_DAYS 45.0


struct _AtlasTimelineLayout
{
  AtlasTimelineModel *model;
  PangoContext *context;
  PangoFontDescription *font;
  PangoLayout *measure;
  GHashTable *texts;            /* "bold:width:text" → shaped PangoLayout */
  PangoItem *ascii[2];          /* how plain ASCII is shaped, regular and bold */
  gboolean ascii_known[2];

  double width;
  double min_gutter;
  double min_ruler;
  double view_start;
  double view_span;
  guint32 today;
  gboolean view_set;

  gboolean *lane_visible;
  guint32 hidden_kinds;
  char *search;
  guint8 *dimmed;
  float *label_widths;          /* natural width of each item's label, or < 0 */
  float *label_more_than;       /* what it is known to be wider than, or 0 */

  AtlasTimelineMetrics metrics;
  GArray *lanes;                /* AtlasTimelineLaneBox */
  int *lane_box;                /* model lane → index in lanes, or -1 */
  double height;
  gboolean short_names;         /* lanes named short, for a narrow widget */
  double natural_height;        /* the lanes' height before they fill */
  double fill_height;           /* the height they share, or 0 */
  gboolean lanes_dirty;

  GArray *visible;              /* guint */
  GArray *labels;               /* AtlasTimelineLabel */
  GArray *ticks;                /* AtlasTimelineTick */
  guint tick_step;
  double widest_tick[2];        /* widest label of months, of years; or < 0 */
  AtlasTimelineRect today_label;
  gboolean today_label_shown;
  gboolean view_dirty;
  guint generation;             /* counts the changes of what is drawn */

  gboolean show_eras;
  AtlasTimelineEra eras[ATLAS_TIMELINE_N_ERAS];
  guint n_eras;
  GArray *era_boxes;            /* AtlasTimelineEraBox, in view */
};

void
_atlas_timeline_layout_clear_ascii (AtlasTimelineLayout *self);

double
_atlas_timeline_layout_text_width (AtlasTimelineLayout *self,
                                   const char          *text,
                                   gboolean             bold);

double
_atlas_timeline_layout_label_width (AtlasTimelineLayout *self,
                                    guint                index,
                                    double               room);

const AtlasTimelineLaneBox *
_atlas_timeline_layout_lane_box (AtlasTimelineLayout *self,
                                 guint                lane);

double
_atlas_timeline_layout_marker_x (AtlasTimelineLayout     *self,
                                 const AtlasTimelineItem *item);

void
_atlas_timeline_layout_bar_rect (AtlasTimelineLayout        *self,
                                 const AtlasTimelineItem    *item,
                                 const AtlasTimelineLaneBox *box,
                                 AtlasTimelineRect          *rect);

gboolean
_atlas_timeline_layout_shown (AtlasTimelineLayout     *self,
                              const AtlasTimelineItem *item);

void
_atlas_timeline_layout_place_point_labels (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_place_bar_labels (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_clear_tick (gpointer data);

void
_atlas_timeline_layout_place_ticks (AtlasTimelineLayout *self);

double
_atlas_timeline_layout_pixels_per_day (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_ensure_view (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_invalidate_view (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_invalidate_lanes (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_place_eras (AtlasTimelineLayout *self);

double
_atlas_timeline_layout_content_width (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_ensure_lanes (AtlasTimelineLayout *self);

void
_atlas_timeline_layout_bounds (AtlasTimelineLayout *self,
                               double              *lo,
                               double              *hi);

void
_atlas_timeline_layout_clamp_view (AtlasTimelineLayout *self);

G_END_DECLS
