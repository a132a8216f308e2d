/* atlas-comparison-presets.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"
#include "atlas-programme.h"

G_BEGIN_DECLS

/* The actions the presets menu's items name, and their targets */
#define ATLAS_COMPARISON_PRESET_ALL_ITPPS "compare.preset-all-itpps"
#define ATLAS_COMPARISON_PRESET_CHANGES   "compare.preset-changes"  /* "s": the newer programme's id */
#define ATLAS_COMPARISON_PRESET_AREA      "compare.preset-area"     /* "s": the area's id */
/* A "what changed" that cannot answer, shown with its reason: an action
 * the page installs and keeps disabled */
#define ATLAS_COMPARISON_PRESET_UNAVAILABLE "compare.preset-unavailable"

GMenuModel     *atlas_comparison_presets_new      (AtlasDataset   *dataset);
AtlasProgramme *atlas_comparison_presets_replaced (AtlasProgramme *programme);
char           *atlas_comparison_presets_escape   (const char     *text);

G_END_DECLS
