/* atlas-paginator-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of the paginator share: the table on pages
 * (atlas-paginator.c), its columns and rows measured
 * (atlas-paginator-plan.c) and its text (atlas-paginator-text.c). */

#pragma once

#include <pango/pangocairo.h>

#include "atlas-paginator.h"

G_BEGIN_DECLS

#define ATLAS_PAGINATOR_FONT_FAMILIES "DejaVu Sans, Noto Sans CJK JP, NanumGothic"
#define ATLAS_PAGINATOR_BODY_SIZE 8.5             /* points */
#define ATLAS_PAGINATOR_TITLE_SIZE 15.0
#define ATLAS_PAGINATOR_SMALL_SIZE 7.5
#define ATLAS_PAGINATOR_PAD_X 3.0
#define ATLAS_PAGINATOR_PAD_Y 2.0
#define ATLAS_PAGINATOR_HEADER_LINES 6            /* a longer column title is ellipsized */
/* Text longer than this is laid out in windows and drawn line by line
 * (see _atlas_paginator_text_lines()): Pango's time for one paragraph grows
 * faster than its length */
#define ATLAS_PAGINATOR_LONG_TEXT 512

/* One line of a long text as Pango broke it: its bytes in the text, and
 * where it lies below the text's top. Small, as a table may hold many long
 * texts: a float is exact to a few hundredths of a point 1,000 pages down */
typedef struct
{
  guint start;
  guint end : 31;                 /* strings are at most 1 MiB */
  guint rtl : 1;                  /* of a right-to-left paragraph */
  float top;
  float height;
} AtlasPaginatorLine;

typedef struct
{
  GArray *columns;                /* of guint: table columns, labels first */
  GArray *widths;                 /* of double */
  guint first, last;              /* the columns of its own, for the footer */
  double header_height;
  double *row_heights;
  GPtrArray *layouts;             /* per column: short text → PangoLayout */
  GHashTable *lines;              /* row × column → GArray of AtlasPaginatorLine */
} AtlasPaginatorSlice;

struct _AtlasPaginator
{
  GObject parent_instance;

  AtlasTable *table;
  cairo_t *cr;                    /* while a page is drawn */
  PangoContext *context;
  PangoLayout *layout;            /* for text that is not kept */
  PangoLayout *lines_layout;      /* for long text, a window or a line at a time */
  PangoFontDescription *body;
  PangoFontDescription *bold;
  PangoFontDescription *title;
  PangoFontDescription *small;
  double page_width;
  double page_height;
  double margin;
  double scale;                   /* of the type and the columns */
  double line_height;             /* of one line of body text, unscaled */
  GPtrArray *slices;
  char *dated;
  char *about;                    /* the footer's lines on the data */
  double about_height;
  GArray *starts;                 /* of the pages: where each starts */
  GPtrArray *source_lines;        /* per source: NULL, or a long one's lines */
  guint n_pages;
  guint page;
};

double                _atlas_paginator_printable_width (AtlasPaginator       *self);
void                  _atlas_paginator_set_scale       (AtlasPaginator       *self,
                                                        double                scale);
PangoFontDescription *_atlas_paginator_font            (double                size,
                                                        PangoWeight           weight);
char                 *_atlas_paginator_cell_text       (AtlasTable           *table,
                                                        guint                 row,
                                                        guint                 column);
void                  _atlas_paginator_set_layout      (AtlasPaginator       *self,
                                                        PangoFontDescription *desc,
                                                        const char           *text,
                                                        gssize                length,
                                                        double                width);
double                _atlas_paginator_layout_width    (AtlasPaginator       *self);
double                _atlas_paginator_layout_height   (AtlasPaginator       *self);
void                  _atlas_paginator_measure         (AtlasPaginator       *self,
                                                        PangoFontDescription *desc,
                                                        const char           *text,
                                                        double               *natural,
                                                        double               *minimum);
void                  _atlas_paginator_header_layout   (AtlasPaginator       *self,
                                                        const char           *title,
                                                        double                width);
PangoLayout          *_atlas_paginator_cell_layout     (AtlasPaginator       *self,
                                                        AtlasPaginatorSlice  *slice,
                                                        guint                 i,
                                                        guint                 row,
                                                        const char           *text);
GArray               *_atlas_paginator_cell_lines      (AtlasPaginator       *self,
                                                        AtlasPaginatorSlice  *slice,
                                                        guint                 i,
                                                        guint                 row,
                                                        const char           *text);
double                _atlas_paginator_lines_height    (GArray               *lines,
                                                        guint                 from,
                                                        guint                 to);
GArray               *_atlas_paginator_text_lines      (AtlasPaginator       *self,
                                                        PangoFontDescription *desc,
                                                        const char           *text,
                                                        double                width,
                                                        PangoAlignment        alignment);
void                  _atlas_paginator_show_lines      (AtlasPaginator       *self,
                                                        PangoFontDescription *desc,
                                                        const char           *text,
                                                        GArray               *lines,
                                                        guint                 from,
                                                        guint                 to,
                                                        double                x,
                                                        double                y,
                                                        double                width,
                                                        PangoAlignment        alignment);
PangoAlignment        _atlas_paginator_cell_alignment  (AtlasPaginator       *self,
                                                        guint                 row,
                                                        guint                 column);
void                  _atlas_paginator_show_text       (AtlasPaginator       *self,
                                                        PangoFontDescription *desc,
                                                        const char           *text,
                                                        double                x,
                                                        double                y,
                                                        double                width,
                                                        int                   max_lines);
void                  _atlas_paginator_slice_free      (gpointer              slice);
void                  _atlas_paginator_plan_slices     (AtlasPaginator       *self);
void                  _atlas_paginator_measure_rows    (AtlasPaginator       *self,
                                                        AtlasPaginatorSlice  *slice);

G_END_DECLS
