/* atlas-changes-bar.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHANGES_BAR (atlas_changes_bar_get_type ())

G_DECLARE_FINAL_TYPE (AtlasChangesBar, atlas_changes_bar, ATLAS, CHANGES_BAR, AtlasView)

GtkWidget *atlas_changes_bar_new (void);

G_END_DECLS
