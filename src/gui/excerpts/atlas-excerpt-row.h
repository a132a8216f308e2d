/* atlas-excerpt-row.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EXCERPT_ROW (atlas_excerpt_row_get_type ())

G_DECLARE_FINAL_TYPE (AtlasExcerptRow, atlas_excerpt_row, ATLAS, EXCERPT_ROW, GtkWidget)

GtkWidget    *atlas_excerpt_row_new         (void);
AtlasExcerpt *atlas_excerpt_row_get_excerpt (AtlasExcerptRow *self);
void          atlas_excerpt_row_set_excerpt (AtlasExcerptRow *self,
                                             AtlasExcerpt    *excerpt);
void          atlas_excerpt_row_set_query   (AtlasExcerptRow *self,
                                             const char      *query);
void          atlas_excerpt_row_set_show_document (AtlasExcerptRow *self,
                                             gboolean         show_document);

G_END_DECLS
