/* atlas-area.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_AREA (atlas_area_get_type ())

G_DECLARE_FINAL_TYPE (AtlasArea, atlas_area, ATLAS, AREA, GObject)

const char *         atlas_area_get_id (AtlasArea *self);
const char *         atlas_area_get_name (AtlasArea *self);
AtlasAreaGroup *     atlas_area_get_group (AtlasArea *self);
const char * const * atlas_area_get_aliases (AtlasArea *self);
const char *         atlas_area_get_description (AtlasArea *self);
guint                atlas_area_get_position (AtlasArea *self);

G_END_DECLS
