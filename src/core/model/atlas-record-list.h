/* atlas-record-list.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_RECORD_LIST (atlas_record_list_get_type ())

G_DECLARE_FINAL_TYPE (AtlasRecordList, atlas_record_list, ATLAS, RECORD_LIST, GObject)

AtlasRecordList *atlas_record_list_new_take (GType      item_type,
                                             GPtrArray *items);
AtlasRecordList *atlas_record_list_new      (GType      item_type);
gpointer         atlas_record_list_get      (AtlasRecordList *self,
                                             guint            position);
guint            atlas_record_list_get_size (AtlasRecordList *self);

G_END_DECLS
