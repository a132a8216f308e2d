/* atlas-highlight.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

PangoAttrList *atlas_highlight_attributes (const char *text,
                                           const char *query,
                                           guint       offset);
void           atlas_highlight_label      (GtkLabel   *label,
                                           const char *text,
                                           const char *query);

G_END_DECLS
