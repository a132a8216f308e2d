/* atlas-area-group.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_AREA_GROUP (atlas_area_group_get_type ())

G_DECLARE_FINAL_TYPE (AtlasAreaGroup, atlas_area_group, ATLAS, AREA_GROUP, GObject)

const char * atlas_area_group_get_id (AtlasAreaGroup *self);
const char * atlas_area_group_get_name (AtlasAreaGroup *self);
guint        atlas_area_group_get_position (AtlasAreaGroup *self);

G_END_DECLS
