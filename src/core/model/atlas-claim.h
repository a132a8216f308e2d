/* atlas-claim.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CLAIM (atlas_claim_get_type ())

G_DECLARE_FINAL_TYPE (AtlasClaim, atlas_claim, ATLAS, CLAIM, GObject)

const AtlasDate * atlas_claim_get_date (AtlasClaim *self);
const char *      atlas_claim_get_text (AtlasClaim *self);
GPtrArray *       atlas_claim_get_evidence (AtlasClaim *self);
const char *      atlas_claim_get_note (AtlasClaim *self);

G_END_DECLS
