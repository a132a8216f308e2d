/* atlas-programme-page.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRAMME_PAGE (atlas_programme_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgrammePage, atlas_programme_page, ATLAS, PROGRAMME_PAGE, AtlasView)

AtlasProgramme *atlas_programme_page_get_programme (AtlasProgrammePage *self);

G_END_DECLS
