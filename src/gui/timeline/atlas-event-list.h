/* atlas-event-list.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-timeline-model.h"
#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EVENT_LIST (atlas_event_list_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEventList, atlas_event_list, ATLAS, EVENT_LIST, AtlasView)

GtkWidget          *atlas_event_list_new        (void);
AtlasTimelineModel *atlas_event_list_get_model  (AtlasEventList     *self);
void                atlas_event_list_set_model  (AtlasEventList     *self,
                                                 AtlasTimelineModel *model);
GListModel         *atlas_event_list_get_rows   (AtlasEventList     *self);
gboolean            atlas_event_list_get_narrow (AtlasEventList     *self);

G_END_DECLS
