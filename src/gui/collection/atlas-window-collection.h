/* atlas-window-collection.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-collection.h"

G_BEGIN_DECLS

AtlasCollection *atlas_widget_get_collection         (GtkWidget       *widget);
gboolean         atlas_window_save_collection        (GtkWidget       *window);

void             _atlas_window_collection_class_init (GtkWidgetClass  *widget_class);
void             _atlas_window_init_collection       (GtkWidget       *window);
void             _atlas_window_dispose_collection    (GtkWidget       *window);

G_END_DECLS
