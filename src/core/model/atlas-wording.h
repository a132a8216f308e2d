/* atlas-wording.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WORDING (atlas_wording_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWording, atlas_wording, ATLAS, WORDING, GObject)

const char * atlas_wording_get_text (AtlasWording *self);
guint        atlas_wording_get_position (AtlasWording *self);
GPtrArray *  atlas_wording_get_evidence (AtlasWording *self);

G_END_DECLS
