/* atlas-paginator.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "atlas-table.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PAGINATOR (atlas_paginator_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPaginator, atlas_paginator, ATLAS, PAGINATOR, GObject)

/**
 * AtlasPaginatorPage:
 * @slice: the slice of columns the page shows (see
 *   atlas_paginator_get_slice_columns()), each page of a slice with its
 *   header row
 * @first_row: the first row drawn on the page
 * @end_row: one past the last row begun on the page (@first_row when it
 *   holds only the list of sources)
 * @row_continued: whether @first_row began on the page before: a row
 *   taller than a page goes on over as many as it needs
 *
 * What one page of a table shows: a range of rows in a slice of columns.
 */
typedef struct
{
  guint slice;
  guint first_row;
  guint end_row;
  gboolean row_continued;
} AtlasPaginatorPage;

AtlasPaginator *atlas_paginator_new               (AtlasTable         *table,
                                                   double              paper_width,
                                                   double              paper_height,
                                                   double              margin);
void            atlas_paginator_get_page_size     (AtlasPaginator     *self,
                                                   double             *width,
                                                   double             *height);
guint           atlas_paginator_get_n_pages       (AtlasPaginator     *self);
void            atlas_paginator_get_page          (AtlasPaginator     *self,
                                                   guint               page,
                                                   AtlasPaginatorPage *out);
guint           atlas_paginator_get_n_slices      (AtlasPaginator     *self);
const guint    *atlas_paginator_get_slice_columns (AtlasPaginator     *self,
                                                   guint               slice,
                                                   guint              *n_columns);
double          atlas_paginator_get_row_height    (AtlasPaginator     *self,
                                                   guint               slice,
                                                   guint               row);
double          atlas_paginator_get_room          (AtlasPaginator     *self,
                                                   guint               slice);
void            atlas_paginator_draw_page         (AtlasPaginator     *self,
                                                   cairo_t            *cr,
                                                   guint               page);

G_END_DECLS
