/* atlas-partner.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PARTNER (atlas_partner_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPartner, atlas_partner, ATLAS, PARTNER, GObject)

const char * atlas_partner_get_id (AtlasPartner *self);
const char * atlas_partner_get_name (AtlasPartner *self);
const char * atlas_partner_get_short_name (AtlasPartner *self);
const char * atlas_partner_get_note (AtlasPartner *self);
GPtrArray *  atlas_partner_get_relations_since (AtlasPartner *self);
GPtrArray *  atlas_partner_get_evidence (AtlasPartner *self);

G_END_DECLS
