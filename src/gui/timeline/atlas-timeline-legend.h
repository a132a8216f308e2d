/* atlas-timeline-legend.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-timeline.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_LEGEND (atlas_timeline_legend_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelineLegend, atlas_timeline_legend, ATLAS, TIMELINE_LEGEND, GtkWidget)

GtkWidget     *atlas_timeline_legend_new          (void);
AtlasTimeline *atlas_timeline_legend_get_timeline (AtlasTimelineLegend *self);
void           atlas_timeline_legend_set_timeline (AtlasTimelineLegend *self,
                                                   AtlasTimeline       *timeline);
void           atlas_timeline_legend_rebuild      (AtlasTimelineLegend *self);
void           atlas_timeline_legend_sync_eras    (AtlasTimelineLegend *self);

G_END_DECLS
