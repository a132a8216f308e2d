/* atlas-export-pdf-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of the PDF writer share: the layout of the table on
 * pages (atlas-export-pdf.c), its columns and rows measured
 * (atlas-export-pdf-plan.c) and its text (atlas-export-pdf-text.c). */

#pragma once

#include <pango/pangocairo.h>

#include "atlas-table.h"

G_BEGIN_DECLS

#define ATLAS_PDF_FONT_FAMILIES "DejaVu Sans, Noto Sans CJK JP, NanumGothic"
#define ATLAS_PDF_BODY_SIZE 8.5             /* points */
#define ATLAS_PDF_TITLE_SIZE 15.0
#define ATLAS_PDF_SMALL_SIZE 7.5
#define ATLAS_PDF_MARGIN 36.0               /* half an inch */
#define ATLAS_PDF_PAD_X 3.0
#define ATLAS_PDF_PAD_Y 2.0
#define ATLAS_PDF_HEADER_LINES 6            /* a longer column title is ellipsized */
/* Text longer than this is laid out in windows and drawn line by line
 * (see atlas_pdf_text_lines()): Pango's time for one paragraph grows
 * faster than its length */
#define ATLAS_PDF_LONG_TEXT 512

/* One line of a long text as Pango broke it: its bytes in the text, and
 * where it lies below the text's top */
typedef struct
{
  guint start;
  guint end;
  double top;
  double height;
  gboolean rtl;                   /* of a right-to-left paragraph */
} AtlasPdfLine;

typedef struct
{
  GArray *columns;                /* of guint: table columns, labels first */
  GArray *widths;                 /* of double */
  guint first, last;              /* the columns of its own, for the footer */
  double header_height;
  double *row_heights;
  GPtrArray *layouts;             /* per column: short text → PangoLayout */
  GHashTable *lines;              /* row × column → GArray of AtlasPdfLine */
} AtlasPdfSlice;

typedef struct
{
  AtlasTable *table;
  cairo_t *cr;
  PangoContext *context;
  PangoLayout *layout;            /* for text that is not kept */
  PangoLayout *lines_layout;      /* for long text, a window or a line at a time */
  PangoFontDescription *body;
  PangoFontDescription *bold;
  PangoFontDescription *title;
  PangoFontDescription *small;
  double page_width;
  double page_height;
  double scale;                   /* of the type and the columns */
  double line_height;             /* of one line of body text, unscaled */
  GPtrArray *slices;
  char *dated;
  char *about;                    /* the footer's lines on the data */
  double about_height;
  guint n_pages;
  guint page;
} AtlasPdf;

double         atlas_pdf_printable_width (AtlasPdf             *pdf);
void           atlas_pdf_set_scale       (AtlasPdf             *pdf,
                                          double                scale);
PangoFontDescription *
               atlas_pdf_font            (double                size,
                                          PangoWeight           weight);
char          *atlas_pdf_cell_text       (AtlasTable           *table,
                                          guint                 row,
                                          guint                 column);
void           atlas_pdf_set_layout      (AtlasPdf             *pdf,
                                          PangoFontDescription *desc,
                                          const char           *text,
                                          gssize                length,
                                          double                width);
double         atlas_pdf_layout_width    (AtlasPdf             *pdf);
double         atlas_pdf_layout_height   (AtlasPdf             *pdf);
void           atlas_pdf_measure         (AtlasPdf             *pdf,
                                          PangoFontDescription *desc,
                                          const char           *text,
                                          double               *natural,
                                          double               *minimum);
void           atlas_pdf_header_layout   (AtlasPdf             *pdf,
                                          const char           *title,
                                          double                width);
PangoLayout   *atlas_pdf_cell_layout     (AtlasPdf             *pdf,
                                          AtlasPdfSlice        *slice,
                                          guint                 i,
                                          guint                 row,
                                          const char           *text);
GArray        *atlas_pdf_cell_lines      (AtlasPdf             *pdf,
                                          AtlasPdfSlice        *slice,
                                          guint                 i,
                                          guint                 row,
                                          const char           *text);
double         atlas_pdf_lines_height    (GArray               *lines,
                                          guint                 from,
                                          guint                 to);
void           atlas_pdf_show_lines      (AtlasPdf             *pdf,
                                          const char           *text,
                                          GArray               *lines,
                                          guint                 from,
                                          guint                 to,
                                          double                x,
                                          double                y,
                                          double                width,
                                          PangoAlignment        alignment);
PangoAlignment atlas_pdf_cell_alignment  (AtlasPdf             *pdf,
                                          guint                 row,
                                          guint                 column);
void           atlas_pdf_show_text       (AtlasPdf             *pdf,
                                          PangoFontDescription *desc,
                                          const char           *text,
                                          double                x,
                                          double                y,
                                          double                width,
                                          int                   max_lines);

void           atlas_pdf_slice_free      (gpointer              slice);
void           atlas_pdf_plan_slices     (AtlasPdf             *pdf);
void           atlas_pdf_measure_rows    (AtlasPdf             *pdf,
                                          AtlasPdfSlice        *slice);

G_END_DECLS
