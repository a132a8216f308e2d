/* atlas-comparison-notes.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-comparison.h"

G_BEGIN_DECLS

int         atlas_comparison_find_column      (AtlasComparison *comparison,
                                               AtlasProgramme  *programme);
const char *atlas_comparison_cell_wording     (AtlasComparison *comparison,
                                               guint            row,
                                               guint            column);
guint       atlas_comparison_cell_position    (AtlasComparison *comparison,
                                               guint            row,
                                               guint            column);
char       *atlas_comparison_describe_cell    (AtlasComparison *comparison,
                                               guint            row,
                                               guint            column);
GPtrArray  *atlas_comparison_cell_evidence    (AtlasComparison *comparison,
                                               guint            row,
                                               guint            column);
char       *atlas_comparison_describe_row     (AtlasComparison *comparison,
                                               guint            row,
                                               gboolean         with_change);
GPtrArray  *atlas_comparison_row_evidence     (AtlasComparison *comparison,
                                               guint            row);
char       *atlas_comparison_describe_column  (AtlasComparison *comparison,
                                               guint            column);
char       *atlas_comparison_describe_change  (AtlasComparison *comparison,
                                               guint            row);

G_END_DECLS
