/* atlas-timeline-view-range.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-timeline-model.h"

G_BEGIN_DECLS

/* Whether the item at @index is drawn at all (its lane and kind shown) */
typedef gboolean (*AtlasTimelineShownFunc) (guint    index,
                                            gpointer user_data);

/* Of the items' starts, the share the first view must hold */
#define ATLAS_TIMELINE_FIRST_VIEW_SHARE 0.9

gboolean atlas_timeline_view_range_first   (AtlasTimelineModel *model,
                                            double             *start_day,
                                            double             *span_days);
guint    atlas_timeline_view_range_outside (AtlasTimelineModel *model,
                                            AtlasTimelineShownFunc shown,
                                            gpointer            user_data,
                                            double              start_day,
                                            double              end_day,
                                            guint              *n_after,
                                            guint32            *earliest,
                                            guint32            *latest);
void     atlas_timeline_view_range_zoom    (double              start_day,
                                            double              span_days,
                                            double              fraction,
                                            double              factor,
                                            double              min_span,
                                            double              max_span,
                                            double             *new_start,
                                            double             *new_span);

gboolean atlas_timeline_view_range_keep_items (AtlasTimelineModel *model,
                                              AtlasTimelineShownFunc shown,
                                              gpointer            user_data,
                                              double             *start_day,
                                              double              span_days);

gboolean atlas_timeline_view_range_between (AtlasTimelineModel *model,
                                            const AtlasDate    *from,
                                            const AtlasDate    *to,
                                            double             *start_day,
                                            double             *span_days);

G_END_DECLS
