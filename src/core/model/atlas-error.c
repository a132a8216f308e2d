/* atlas-error.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-error.h"

G_DEFINE_QUARK (atlas-load-error-quark, atlas_load_error)
G_DEFINE_QUARK (atlas-export-error-quark, atlas_export_error)
