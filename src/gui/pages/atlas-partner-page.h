/* atlas-partner-page.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PARTNER_PAGE (atlas_partner_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPartnerPage, atlas_partner_page, ATLAS, PARTNER_PAGE, AtlasView)

AtlasPartner *atlas_partner_page_get_partner (AtlasPartnerPage *self);

G_END_DECLS
