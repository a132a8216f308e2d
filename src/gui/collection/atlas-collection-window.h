/* atlas-collection-window.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-collection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COLLECTION_WINDOW (atlas_collection_window_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCollectionWindow, atlas_collection_window, ATLAS, COLLECTION_WINDOW, AdwWindow)

GtkWidget *atlas_collection_window_new         (GtkWindow             *parent,
                                                AtlasCollection       *collection);
GtkListBox *atlas_collection_window_get_list   (AtlasCollectionWindow *self);

G_END_DECLS
