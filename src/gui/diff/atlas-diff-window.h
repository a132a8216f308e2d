/* atlas-diff-window.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"

G_BEGIN_DECLS

GtkWidget *atlas_diff_window_new    (GtkWindow    *parent,
                                     AtlasDataset *old_dataset,
                                     AtlasDataset *new_dataset);
void       atlas_diff_window_choose (GtkWindow    *parent,
                                     AtlasDataset *dataset);

G_END_DECLS
