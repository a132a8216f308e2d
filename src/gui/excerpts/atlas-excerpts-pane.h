/* atlas-excerpts-pane.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EXCERPTS_PANE (atlas_excerpts_pane_get_type ())

G_DECLARE_FINAL_TYPE (AtlasExcerptsPane, atlas_excerpts_pane, ATLAS, EXCERPTS_PANE, AtlasView)

const char     *atlas_excerpts_pane_get_title     (AtlasExcerptsPane *self);
GListModel     *atlas_excerpts_pane_get_model     (AtlasExcerptsPane *self);
const char     *atlas_excerpts_pane_get_heading   (AtlasExcerptsPane  *self,
                                                   guint               position,
                                                   const char        **sources);

G_END_DECLS
