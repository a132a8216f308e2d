/* atlas-programme-picker.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRAMME_PICKER (atlas_programme_picker_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgrammePicker, atlas_programme_picker, ATLAS, PROGRAMME_PICKER, GtkWidget)

GtkWidget  *atlas_programme_picker_new            (void);
GListModel *atlas_programme_picker_get_programmes (AtlasProgrammePicker *self);
void        atlas_programme_picker_set_programmes (AtlasProgrammePicker *self,
                                                   GListModel           *programmes);
void        atlas_programme_picker_set_chosen     (AtlasProgrammePicker *self,
                                                   GPtrArray            *chosen);
void        atlas_programme_picker_reset          (AtlasProgrammePicker *self);

G_END_DECLS
