/* atlas-dataset-dialog.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"

G_BEGIN_DECLS

GtkWidget *atlas_dataset_dialog_new (GtkWindow    *parent,
                                     AtlasDataset *dataset);
void       atlas_dataset_dialog_add_changelog (AdwPreferencesPage *page,
                                               AtlasDataset       *dataset);

G_END_DECLS
