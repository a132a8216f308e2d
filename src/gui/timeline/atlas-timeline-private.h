/* atlas-timeline-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline widget's instance and what its two files share:
 * atlas-timeline.c keeps the view, the selection and the drawing;
 * atlas-timeline-input.c turns pointer, touch and keys into pans, zooms
 * and selections. */

#pragma once

#include <adwaita.h>

#include "atlas-timeline.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-legend.h"
#include "atlas-timeline-render.h"

G_BEGIN_DECLS

#define ZOOM_STEP 1.5
#define WHEEL_PAN 64.0
#define KINETIC_FRICTION 4.0
#define KINETIC_STOP 30.0
#define CORNER_PADDING 6.0
#define MIN_WIDTH 320
#define MIN_TIME_WIDTH 200
#define NATURAL_WIDTH 960
#define MIN_LANES_HEIGHT 120
#define NATURAL_LANES_HEIGHT 1200
#define WHEEL_SCROLL 48.0
#define KEY_PAN 0.1                 /* of the time axis, per Shift+arrow */

/* What the kept picture shows; a new one is drawn when any of it changes */
typedef struct
{
  guint generation;
  guint style_serial;
  int width;
  int height;
  int scale;
  double scroll;
  int selected;
  int selected_lane;
  gboolean focused;
  guint changes_serial;
} PictureKey;

struct _AtlasTimeline
{
  AtlasView parent_instance;

  char *search_text;
  guint today;

  AtlasTimelineModel *model;
  AtlasTimelineLayout *layout;
  AtlasTimelineStyle style;
  guint32 hidden_kinds;
  int selected;
  int selected_lane;

  double shown_start;
  double shown_span;
  double drag_start;
  double drag_scroll;
  double zoom_start;
  double zoom_span;
  double zoom_x;
  double pointer_x;             /* where the pointer is, or -1 outside */
  double kinetic_velocity;
  double kinetic_velocity_y;
  gint64 kinetic_time;
  guint kinetic_id;

  GtkAdjustment *vadjustment;   /* the lanes' scroll, under the ruler */
  double lanes_view;            /* the height of the lanes in sight */
  int pending_lane;             /* to reveal once laid out, or -1 */
  guint style_serial;
  GdkTexture *picture;
  PictureKey picture_key;

  GtkWidget *corner;
  GtkWidget *legend_bar;        /* one line: the legend's button and a summary */
  GtkLabel *legend_summary;     /* what the filters hide */
  AtlasTimelineLegend *legend;  /* in the button's popover */
  GtkWidget *scrollbar;
  GtkWidget *earlier_button;    /* "← 1953": items before the view */
  GtkWidget *later_button;      /* and after it */

  GSettings *settings;          /* where each dataset's range is kept */
  gboolean show_eras;           /* the IPCP and ITPP eras as bands */
  guint save_id;
  gboolean restoring;

  /* The window's filters and search: what is drawn is what they let through */
  AtlasTimelineFilter *filter;

  /* What changed since another version, per item of the model
   * (atlas-timeline-changes.c); the marks and the model it was made for,
   * compared as pointers only */
  guint8 *changed;
  guint n_changed;
  gpointer changed_marks;
  gpointer changed_model;
  guint changes_serial;
};

void
_atlas_timeline_sync_view (AtlasTimeline *self);

void
_atlas_timeline_stop_kinetic (AtlasTimeline *self);

void
_atlas_timeline_pan (AtlasTimeline *self,
                     double         dx);

void
_atlas_timeline_zoom (AtlasTimeline *self,
                      double         factor,
                      double         anchor_x);

double
_atlas_timeline_center_x (AtlasTimeline *self);

double
_atlas_timeline_ruler_height (AtlasTimeline *self);

gboolean
_atlas_timeline_lanes_overflow (AtlasTimeline *self);

void
_atlas_timeline_scroll_lanes (AtlasTimeline *self,
                              double         dy);

double
_atlas_timeline_to_layout_y (AtlasTimeline *self,
                             double         y);

void
_atlas_timeline_select_index (AtlasTimeline *self,
                              int            index);

void
_atlas_timeline_update_edges (AtlasTimeline *self);

const guint8 *
_atlas_timeline_get_changed (AtlasTimeline *self,
                             guint         *n);

char *
_atlas_timeline_describe_change (AtlasTimeline *self,
                                 guint          index);

void
_atlas_timeline_changes_changed (AtlasView *view);

void
_atlas_timeline_schedule_save_range (AtlasTimeline *self);

void
_atlas_timeline_flush_save_range (AtlasTimeline *self);

void
_atlas_timeline_restore_range (AtlasTimeline *self);

void
_atlas_timeline_show_outside (AtlasTimeline *self,
                              gboolean       later);

void
_atlas_timeline_class_input_init (GtkWidgetClass *widget_class);

G_END_DECLS
