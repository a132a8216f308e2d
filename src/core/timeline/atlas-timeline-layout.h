/* atlas-timeline-layout.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "atlas-timeline-model.h"

G_BEGIN_DECLS

typedef struct _AtlasTimelineLayout AtlasTimelineLayout;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} AtlasTimelineRect;

/**
 * AtlasTimelineMetrics:
 * @gutter: width of the column of lane names, left of the time axis
 * @ruler_height: height of the time ruler above the lanes
 * @row_height: height of one row of labels
 * @bar_height: height of a span's bar
 * @track_gap: space between bar tracks
 * @marker_radius: half the size of a point's marker
 * @era_height: height of the strip at the top of the ruler that names the
 *   eras, or 0 when they are hidden
 */
typedef struct
{
  double gutter;
  double ruler_height;
  double row_height;
  double bar_height;
  double track_gap;
  double marker_radius;
  double era_height;
} AtlasTimelineMetrics;

/**
 * AtlasTimelineLaneBox:
 * @lane: the lane's index in the model
 * @y: top of the lane
 * @height: its height
 * @bars_y: top of its first bar track
 * @markers_y: the line its point markers sit on
 * @labels_y: top of its first row of labels
 * @n_label_rows: how many rows of labels it has room for
 */
typedef struct
{
  guint lane;
  double y;
  double height;
  double bars_y;
  double markers_y;
  double labels_y;
  guint n_label_rows;
} AtlasTimelineLaneBox;

/**
 * AtlasTimelineLabel:
 * @item: the item labelled
 * @rect: where the text goes; no two labels' rectangles overlap
 * @inside: drawn inside the item's bar
 * @ellipsized: the text is longer than @rect and is cut with an ellipsis
 */
typedef struct
{
  guint item;
  AtlasTimelineRect rect;
  gboolean inside;
  gboolean ellipsized;
} AtlasTimelineLabel;

/**
 * AtlasTimelineTick:
 * @day: the Julian day of the first day of the month it marks
 * @x: where it is drawn
 * @major: a labelled step rather than a subdivision
 * @text: (nullable): its label, or %NULL when it has none or the label
 *   would collide with another
 * @text_rect: where the label goes
 */
typedef struct
{
  guint32 day;
  double x;
  gboolean major;
  char *text;
  AtlasTimelineRect text_rect;
} AtlasTimelineTick;

/**
 * AtlasTimelineEraBox:
 * @type: the era's type of programme (IPCP or ITPP)
 * @x0: where its band starts, in view or not
 * @x1: where it ends
 * @strip: its part of the ruler's strip, within the time axis
 * @label: where its label goes; 0 wide when there is no room
 * @ellipsized: the label is cut with an ellipsis
 * @text: the label, translated
 */
typedef struct
{
  AtlasProgrammeType type;
  double x0;
  double x1;
  AtlasTimelineRect strip;
  AtlasTimelineRect label;
  gboolean ellipsized;
  const char *text;
} AtlasTimelineEraBox;

AtlasTimelineLayout        *atlas_timeline_layout_new            (AtlasTimelineModel          *model,
                                                                  PangoContext                *context);
void                        atlas_timeline_layout_free           (AtlasTimelineLayout         *self);
AtlasTimelineModel         *atlas_timeline_layout_get_model      (AtlasTimelineLayout         *self);
PangoContext               *atlas_timeline_layout_get_context    (AtlasTimelineLayout         *self);
const PangoFontDescription *atlas_timeline_layout_get_font       (AtlasTimelineLayout         *self);
void                        atlas_timeline_layout_set_font       (AtlasTimelineLayout         *self,
                                                                  const PangoFontDescription  *font);
void                        atlas_timeline_layout_invalidate_text (AtlasTimelineLayout        *self);
PangoLayout                *atlas_timeline_layout_get_text       (AtlasTimelineLayout         *self,
                                                                  const char                  *text,
                                                                  double                       width,
                                                                  gboolean                     bold);

void                        atlas_timeline_layout_set_width      (AtlasTimelineLayout         *self,
                                                                  double                       width);
double                      atlas_timeline_layout_get_width      (AtlasTimelineLayout         *self);
double                      atlas_timeline_layout_get_height     (AtlasTimelineLayout         *self);
const char                 *atlas_timeline_layout_get_lane_label (AtlasTimelineLayout       *self,
                                                                  guint                      lane);
void                        atlas_timeline_layout_set_fill_height (AtlasTimelineLayout        *self,
                                                                   double                      height);
double                      atlas_timeline_layout_get_natural_height (AtlasTimelineLayout     *self);
void                        atlas_timeline_layout_set_corner     (AtlasTimelineLayout         *self,
                                                                  double                       width,
                                                                  double                       height);
const AtlasTimelineMetrics *atlas_timeline_layout_get_metrics    (AtlasTimelineLayout         *self);
guint32                     atlas_timeline_layout_today_from_clock (void);
void                        atlas_timeline_layout_set_today      (AtlasTimelineLayout         *self,
                                                                  guint32                      today);
guint32                     atlas_timeline_layout_get_today      (AtlasTimelineLayout         *self);

void                        atlas_timeline_layout_set_lane_visible (AtlasTimelineLayout       *self,
                                                                    guint                      lane,
                                                                    gboolean                   visible);
gboolean                    atlas_timeline_layout_get_lane_visible (AtlasTimelineLayout       *self,
                                                                    guint                      lane);
void                        atlas_timeline_layout_set_kind_visible (AtlasTimelineLayout       *self,
                                                                    AtlasEventKind             kind,
                                                                    gboolean                   visible);
gboolean                    atlas_timeline_layout_get_kind_visible (AtlasTimelineLayout       *self,
                                                                    AtlasEventKind             kind);
void                        atlas_timeline_layout_set_show_eras  (AtlasTimelineLayout         *self,
                                                                  gboolean                     show);
gboolean                    atlas_timeline_layout_get_show_eras  (AtlasTimelineLayout         *self);
const AtlasTimelineEraBox  *atlas_timeline_layout_get_eras       (AtlasTimelineLayout         *self,
                                                                  guint                       *n_eras);
void                        atlas_timeline_layout_set_search     (AtlasTimelineLayout         *self,
                                                                  const char                  *text);
const char                 *atlas_timeline_layout_get_search     (AtlasTimelineLayout         *self);
gboolean                    atlas_timeline_layout_item_is_shown  (AtlasTimelineLayout         *self,
                                                                  guint                        index);
gboolean                    atlas_timeline_layout_item_is_dimmed (AtlasTimelineLayout         *self,
                                                                  guint                        index);
guint                       atlas_timeline_layout_get_generation (AtlasTimelineLayout        *self);

void                        atlas_timeline_layout_get_bounds     (AtlasTimelineLayout         *self,
                                                                  double                      *start_day,
                                                                  double                      *end_day);
double                      atlas_timeline_layout_get_min_span   (AtlasTimelineLayout         *self);
double                      atlas_timeline_layout_get_view_start (AtlasTimelineLayout         *self);
double                      atlas_timeline_layout_get_view_span  (AtlasTimelineLayout         *self);
void                        atlas_timeline_layout_set_view       (AtlasTimelineLayout         *self,
                                                                  double                       start_day,
                                                                  double                       span_days);
void                        atlas_timeline_layout_zoom           (AtlasTimelineLayout         *self,
                                                                  double                       factor,
                                                                  double                       anchor_x);
void                        atlas_timeline_layout_pan            (AtlasTimelineLayout         *self,
                                                                  double                       dx);
void                        atlas_timeline_layout_pinch          (AtlasTimelineLayout         *self,
                                                                  double                       start_day,
                                                                  double                       span_days,
                                                                  double                       x,
                                                                  double                       new_x,
                                                                  double                       scale);
void                        atlas_timeline_layout_zoom_to_fit    (AtlasTimelineLayout         *self);
void                        atlas_timeline_layout_zoom_to_shown  (AtlasTimelineLayout         *self);
void                        atlas_timeline_layout_zoom_to_first_view (AtlasTimelineLayout     *self);
void                        atlas_timeline_layout_zoom_to_item   (AtlasTimelineLayout         *self,
                                                                  guint                        index);
gboolean                    atlas_timeline_layout_scroll_to_item (AtlasTimelineLayout         *self,
                                                                  guint                        index);
double                      atlas_timeline_layout_day_to_x       (AtlasTimelineLayout         *self,
                                                                  double                       day);
double                      atlas_timeline_layout_x_to_day       (AtlasTimelineLayout         *self,
                                                                  double                       x);

const AtlasTimelineLaneBox *atlas_timeline_layout_get_lanes      (AtlasTimelineLayout         *self,
                                                                  guint                       *n_lanes);
const AtlasTimelineLaneBox *atlas_timeline_layout_get_lane_box   (AtlasTimelineLayout         *self,
                                                                  guint                        lane);
const AtlasTimelineTick    *atlas_timeline_layout_get_ticks      (AtlasTimelineLayout         *self,
                                                                  guint                       *n_ticks);
guint                       atlas_timeline_layout_get_tick_step  (AtlasTimelineLayout         *self);
gboolean                    atlas_timeline_layout_get_today_label (AtlasTimelineLayout        *self,
                                                                   AtlasTimelineRect          *rect);
const AtlasTimelineLabel   *atlas_timeline_layout_get_labels     (AtlasTimelineLayout         *self,
                                                                  guint                       *n_labels);
const guint                *atlas_timeline_layout_get_visible    (AtlasTimelineLayout         *self,
                                                                  guint                       *n_visible);
gboolean                    atlas_timeline_layout_get_item_rect  (AtlasTimelineLayout         *self,
                                                                  guint                        index,
                                                                  AtlasTimelineRect           *rect);
int                         atlas_timeline_layout_hit_test       (AtlasTimelineLayout         *self,
                                                                  double                       x,
                                                                  double                       y);

int                         atlas_timeline_layout_step           (AtlasTimelineLayout         *self,
                                                                  int                          from,
                                                                  int                          direction);
int                         atlas_timeline_layout_change_lane    (AtlasTimelineLayout         *self,
                                                                  int                          from,
                                                                  int                          direction);

void                        atlas_timeline_layout_clamp_range    (double                       data_start,
                                                                  double                       data_end,
                                                                  double                      *start_day,
                                                                  double                      *span_days);
void                        atlas_timeline_layout_pinch_range    (double                       start_day,
                                                                  double                       span_days,
                                                                  double                       fraction,
                                                                  double                       new_fraction,
                                                                  double                       scale,
                                                                  double                      *new_start,
                                                                  double                      *new_span);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasTimelineLayout, atlas_timeline_layout_free)

G_END_DECLS
