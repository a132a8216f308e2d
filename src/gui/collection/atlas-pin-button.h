/* atlas-pin-button.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PIN_BUTTON (atlas_pin_button_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPinButton, atlas_pin_button, ATLAS, PIN_BUTTON, GtkToggleButton)

void atlas_pin_button_set_excerpt (AtlasPinButton *self,
                                   AtlasExcerpt   *excerpt);

G_END_DECLS
