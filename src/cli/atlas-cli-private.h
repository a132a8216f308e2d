/* atlas-cli-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-cli-print.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

/* What every headless command shares: loading a dataset (NULL: the
 * built-in one) with its problems printed; and printing
 * (atlas-cli-print.h) */
AtlasDataset *atlas_cli_load          (const char *path);
const char   *atlas_cli_output_target (const char *output);

G_END_DECLS
