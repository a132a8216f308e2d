/* atlas-compare-print.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-table.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_PRINT (atlas_compare_print_get_type ())

G_DECLARE_FINAL_TYPE (AtlasComparePrint, atlas_compare_print, ATLAS, COMPARE_PRINT, GtkPrintOperation)

AtlasComparePrint *atlas_compare_print_new (AtlasTable *table);

G_END_DECLS
