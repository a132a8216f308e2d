/* atlas-diff-window.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-dataset.h"
#include "atlas-diff-marks.h"
#include "atlas-selection.h"
#include "atlas-window.h"

G_BEGIN_DECLS

GtkWidget *atlas_diff_window_new    (GtkWindow    *parent,
                                     AtlasDataset *old_dataset,
                                     AtlasDataset *new_dataset);
GtkWidget *atlas_diff_window_new_for_marks (GtkWindow      *parent,
                                            AtlasDiffMarks *marks);
void       atlas_diff_window_choose (GtkWindow      *parent,
                                     AtlasSelection *selection);

void       atlas_diff_window_mark_changes_since (AtlasWindow *window,
                                                 GFile       *file);

G_END_DECLS
