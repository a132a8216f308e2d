/* atlas-loader.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* Resource path of the built-in dataset, within the core library */
#define ATLAS_BUILTIN_DATASET_PATH "/io/github/partnership_atlas/PartnershipAtlas/atlas-dataset.json"

AtlasDataset *atlas_loader_load_data          (const char          *data,
                                               gsize                length,
                                               GFile               *file,
                                               GPtrArray          **problems,
                                               GError             **error);
char         *atlas_loader_read_file          (GFile               *file,
                                               GCancellable        *cancellable,
                                               gsize               *length,
                                               GError             **error);
AtlasDataset *atlas_loader_load_file          (GFile               *file,
                                               GCancellable        *cancellable,
                                               GPtrArray          **problems,
                                               GError             **error);
void          atlas_loader_load_file_async    (GFile               *file,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
AtlasDataset *atlas_loader_load_file_finish   (GAsyncResult        *result,
                                               GPtrArray          **problems,
                                               GError             **error);
AtlasDataset *atlas_loader_load_builtin       (GError             **error);

G_END_DECLS
