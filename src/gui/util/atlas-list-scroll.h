/* atlas-list-scroll.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void atlas_list_scroll_to_item (GtkWidget *list,
                                guint      position);

G_END_DECLS
