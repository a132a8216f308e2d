/* atlas-area-count.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_AREA_COUNT (atlas_area_count_get_type ())

G_DECLARE_FINAL_TYPE (AtlasAreaCount, atlas_area_count, ATLAS, AREA_COUNT, GObject)

guint        atlas_area_count_get_count (AtlasAreaCount *self);
GPtrArray *  atlas_area_count_get_evidence (AtlasAreaCount *self);
const char * atlas_area_count_get_note (AtlasAreaCount *self);

G_END_DECLS
