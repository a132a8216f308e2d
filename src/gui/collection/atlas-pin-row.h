/* atlas-pin-row.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-collection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PIN_ROW (atlas_pin_row_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPinRow, atlas_pin_row, ATLAS, PIN_ROW, GtkListBoxRow)

GtkWidget *atlas_pin_row_new     (AtlasCollection *collection,
                                  AtlasPin        *pin);
AtlasPin  *atlas_pin_row_get_pin (AtlasPinRow     *self);

G_END_DECLS
