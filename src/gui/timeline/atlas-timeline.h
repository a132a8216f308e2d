/* atlas-timeline.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-selection.h"
#include "atlas-view.h"
#include "atlas-timeline-export.h"
#include "atlas-timeline-filter.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-style.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE (atlas_timeline_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimeline, atlas_timeline, ATLAS, TIMELINE, AtlasView)

GtkWidget                *atlas_timeline_new                (void);
const char               *atlas_timeline_get_search_text    (AtlasTimeline  *self);
void                      atlas_timeline_set_search_text    (AtlasTimeline  *self,
                                                             const char     *search_text);
guint                     atlas_timeline_get_today          (AtlasTimeline  *self);
void                      atlas_timeline_set_today          (AtlasTimeline  *self,
                                                             guint           today);
AtlasTimelineModel       *atlas_timeline_get_model          (AtlasTimeline  *self);
AtlasTimelineLayout      *atlas_timeline_get_layout         (AtlasTimeline  *self);
const AtlasTimelineStyle *atlas_timeline_get_style          (AtlasTimeline  *self);
void                      atlas_timeline_get_visible_range  (AtlasTimeline  *self,
                                                             double         *start_day,
                                                             double         *span_days);
void                      atlas_timeline_set_visible_range  (AtlasTimeline  *self,
                                                             double          start_day,
                                                             double          span_days);
void                      atlas_timeline_set_lane_visible   (AtlasTimeline  *self,
                                                             guint           lane,
                                                             gboolean        visible);
void                      atlas_timeline_set_kind_visible   (AtlasTimeline  *self,
                                                             AtlasEventKind  kind,
                                                             gboolean        visible);
void                      atlas_timeline_set_partner_visible (AtlasTimeline *self,
                                                              AtlasPartner  *partner,
                                                              gboolean       visible);
int                       atlas_timeline_get_selected_index (AtlasTimeline  *self);
GtkAdjustment            *atlas_timeline_get_vadjustment    (AtlasTimeline  *self);
gboolean                  atlas_timeline_select_at          (AtlasTimeline  *self,
                                                             double          x,
                                                             double          y);
gboolean                  atlas_timeline_export             (AtlasTimeline             *self,
                                                             AtlasTimelineExportFormat  format,
                                                             gboolean                   visible_range,
                                                             int                        width,
                                                             gboolean                   dark,
                                                             GFile                     *file,
                                                             GCancellable              *cancellable,
                                                             GError                   **error);
void                      atlas_timeline_set_settings       (AtlasTimeline             *self,
                                                             GSettings                 *settings);
gboolean                  atlas_timeline_get_show_eras      (AtlasTimeline             *self);
void                      atlas_timeline_set_show_eras      (AtlasTimeline             *self,
                                                             gboolean                   show);
const AtlasTimelineFilter *atlas_timeline_get_filter        (AtlasTimeline             *self);
void                      atlas_timeline_set_filter         (AtlasTimeline             *self,
                                                             const AtlasTimelineFilter *filter);

G_END_DECLS
