/* atlas-area-page.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_AREA_PAGE (atlas_area_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasAreaPage, atlas_area_page, ATLAS, AREA_PAGE, AtlasView)

AtlasArea *atlas_area_page_get_area (AtlasAreaPage *self);

G_END_DECLS
