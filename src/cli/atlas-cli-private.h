/* atlas-cli-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-dataset.h"

G_BEGIN_DECLS

/* What every headless command shares: loading a dataset (NULL: the
 * built-in one) with its problems printed, messages on standard error
 * and dataset text made safe for a terminal */
AtlasDataset *atlas_cli_load          (const char *path);
void          atlas_cli_print_message (const char *message);
char         *atlas_cli_for_stdout    (const char *text);

G_END_DECLS
