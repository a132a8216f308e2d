/* atlas-change-mark.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-area.h"
#include "atlas-diff-change.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CHANGE_MARK (atlas_change_mark_get_type ())

G_DECLARE_FINAL_TYPE (AtlasChangeMark, atlas_change_mark, ATLAS, CHANGE_MARK, GtkWidget)

GtkWidget *atlas_change_mark_new          (void);
GObject   *atlas_change_mark_get_record   (AtlasChangeMark *self);
void       atlas_change_mark_set_record   (AtlasChangeMark *self,
                                           GObject         *record);
AtlasArea *atlas_change_mark_get_area     (AtlasChangeMark *self);
void       atlas_change_mark_set_area     (AtlasChangeMark *self,
                                           AtlasArea       *area);
const char *atlas_change_mark_get_text    (AtlasChangeMark *self);

gboolean   atlas_change_mark_record_of    (gpointer         item,
                                           AtlasDiffRecord *record,
                                           const char     **id);

G_END_DECLS
