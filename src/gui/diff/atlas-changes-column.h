/* atlas-changes-column.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-view.h"

G_BEGIN_DECLS

void atlas_changes_column_sync (GtkColumnView        *column_view,
                                GtkColumnViewColumn **column,
                                AtlasView            *view);

G_END_DECLS
