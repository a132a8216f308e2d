/* atlas-programme-area.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRAMME_AREA (atlas_programme_area_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgrammeArea, atlas_programme_area, ATLAS, PROGRAMME_AREA, GObject)

AtlasArea *     atlas_programme_area_get_area (AtlasProgrammeArea *self);
AtlasAreaStatus atlas_programme_area_get_status (AtlasProgrammeArea *self);
GPtrArray *     atlas_programme_area_get_wordings (AtlasProgrammeArea *self);
GPtrArray *     atlas_programme_area_get_evidence (AtlasProgrammeArea *self);
const char *    atlas_programme_area_get_note (AtlasProgrammeArea *self);

G_END_DECLS
