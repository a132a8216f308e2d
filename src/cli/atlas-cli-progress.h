/* atlas-cli-progress.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-progress.h"

G_BEGIN_DECLS

AtlasProgress *atlas_cli_progress_new (void);
void           atlas_cli_progress_end (AtlasProgress *progress);

G_END_DECLS
