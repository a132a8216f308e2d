/* atlas-problems-dialog.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *atlas_problems_dialog_new (GtkWindow    *parent,
                                      GFile        *file,
                                      GPtrArray    *problems,
                                      const GError *error);

G_END_DECLS
