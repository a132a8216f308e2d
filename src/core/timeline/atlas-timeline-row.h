/* atlas-timeline-row.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-timeline-model.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_ROW (atlas_timeline_row_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelineRow, atlas_timeline_row, ATLAS, TIMELINE_ROW, GObject)

GListModel  *atlas_timeline_row_list_new       (AtlasTimelineModel *model);
guint        atlas_timeline_row_get_index      (AtlasTimelineRow   *self);
GObject     *atlas_timeline_row_get_record     (AtlasTimelineRow   *self);
guint        atlas_timeline_row_get_first_day  (AtlasTimelineRow   *self);
const char  *atlas_timeline_row_get_date       (AtlasTimelineRow   *self);
const char  *atlas_timeline_row_get_kind       (AtlasTimelineRow   *self);
const char  *atlas_timeline_row_get_partners   (AtlasTimelineRow   *self);
const char  *atlas_timeline_row_get_title      (AtlasTimelineRow   *self);
const char  *atlas_timeline_row_get_description (AtlasTimelineRow  *self);

G_END_DECLS
