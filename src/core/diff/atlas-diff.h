/* atlas-diff.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"
#include "atlas-diff-change.h"

G_BEGIN_DECLS

GListModel *atlas_diff_datasets  (AtlasDataset *old_dataset,
                                  AtlasDataset *new_dataset);
char       *atlas_diff_summarize (GListModel   *changes);

G_END_DECLS
