/* atlas-record-rows.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-selection.h"

G_BEGIN_DECLS

GtkWidget *atlas_row_new               (const char     *title,
                                        const char     *subtitle);
void       atlas_row_set_value         (AdwActionRow   *row,
                                        const char     *value);
void       atlas_row_add_status        (AdwActionRow   *row,
                                        AtlasAreaStatus status);
GtkWidget *atlas_record_row_new        (gpointer        record,
                                        gpointer        user_data);
GObject   *atlas_row_get_record        (GtkListBoxRow  *row);
void       atlas_row_set_record        (GtkListBoxRow  *row,
                                        GObject        *record);
GPtrArray *atlas_claims_get_evidence   (GPtrArray      *claims);
void       atlas_list_box_bind_records (GtkListBox     *box,
                                        GListModel     *model,
                                        AtlasSelection *selection);

G_END_DECLS
