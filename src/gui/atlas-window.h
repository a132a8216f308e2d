/* atlas-window.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-application.h"
#include "atlas-dataset.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_WINDOW (atlas_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasWindow, atlas_window, ATLAS, WINDOW, AdwApplicationWindow)

AtlasWindow    *atlas_window_new               (AtlasApplication *application);
AtlasDataset   *atlas_window_get_dataset       (AtlasWindow      *self);
AtlasSelection *atlas_window_get_selection     (AtlasWindow      *self);
gboolean        atlas_window_get_loading       (AtlasWindow      *self);
void            atlas_window_open              (AtlasWindow      *self,
                                                GFile            *file);
void            atlas_window_restore_last_file (AtlasWindow      *self);

G_END_DECLS
