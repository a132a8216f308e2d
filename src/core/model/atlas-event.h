/* atlas-event.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EVENT (atlas_event_get_type ())

G_DECLARE_FINAL_TYPE (AtlasEvent, atlas_event, ATLAS, EVENT, GObject)

const char *      atlas_event_get_id (AtlasEvent *self);
const AtlasDate * atlas_event_get_date (AtlasEvent *self);
const AtlasDate * atlas_event_get_end (AtlasEvent *self);
AtlasEventKind    atlas_event_get_kind (AtlasEvent *self);
const char *      atlas_event_get_title (AtlasEvent *self);
GPtrArray *       atlas_event_get_partners (AtlasEvent *self);
AtlasProgramme *  atlas_event_get_programme (AtlasEvent *self);
gboolean          atlas_event_get_planned (AtlasEvent *self);
GPtrArray *       atlas_event_get_alternatives (AtlasEvent *self);
GPtrArray *       atlas_event_get_evidence (AtlasEvent *self);
const char *      atlas_event_get_note (AtlasEvent *self);

G_END_DECLS
