/* atlas-mnemonic-names.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void atlas_mnemonic_names_fix (GtkWidget *root);

G_END_DECLS
