/* atlas-export-pdf.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The table as a PDF for A4 or Letter paper, drawn with cairo and Pango.
 *
 * Page one opens with the title, the date, the source note and a legend
 * of the status marks; every page repeats the header row and ends with
 * its page number; the sources the cells cite follow the table. Text
 * wraps inside its cell at spaces, never inside a word that the column
 * was measured for (a title's always), and no column is ever cut off: a table that does not fit the
 * width of a portrait page turns to landscape, then narrows its columns
 * down to their longest word, then shrinks its type a little, and when it
 * is still too wide it is split into slices of columns, each printed in
 * full (down, then over) with the leading label columns repeated. A row
 * taller than a page continues on the next.
 *
 * Dataset text goes to Pango as plain text, never as markup. The fonts
 * named first cover Latin, CJK and Hangul; Pango falls back for the rest. */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "atlas-cairo-sink.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export-private.h"
#include "atlas-palette.h"

#define FONT_FAMILIES "DejaVu Sans, Noto Sans CJK JP, NanumGothic"
#define BODY_SIZE 8.5             /* points */
#define TITLE_SIZE 15.0
#define SMALL_SIZE 7.5
#define MARGIN 36.0               /* half an inch */
#define PAD_X 3.0
#define PAD_Y 2.0
#define MAX_COLUMN_WIDTH 170.0    /* longer text wraps */
#define MIN_SCALE 0.7             /* smallest type before splitting columns */
#define MIN_FIT_SCALE 0.7         /* smallest type to keep a table on one page */
#define SLIGHTLY_SMALLER 0.9      /* type that small still keeps text on one line */
#define LABEL_SHARE 0.45          /* most of a page's width the repeated columns may take */
#define SAMPLE_ROWS 1000          /* rows measured to size the columns */
#define MEASURED_BYTES 4096       /* enough of a text to know it fills a column */
#define HEADER_LINES 6            /* a longer column title is ellipsized */
#define NOTE_LINES 6
#define ABOUT_LINES 3
#define KEPT_LAYOUTS 1000         /* per column, of text that may repeat */
#define KEPT_LENGTH 256           /* longest text whose layout is kept */

typedef struct
{
  GArray *columns;                /* of guint: table columns, labels first */
  GArray *widths;                 /* of double */
  guint first, last;              /* the columns of its own, for the footer */
  double header_height;
  double *row_heights;
  GPtrArray *layouts;             /* per column: text → PangoLayout */
} Slice;

typedef struct
{
  AtlasTable *table;
  cairo_t *cr;
  PangoContext *context;
  PangoLayout *layout;            /* for text that is not kept */
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
} Pdf;

static void
slice_free (gpointer data)
{
  Slice *slice = data;

  g_array_unref (slice->columns);
  g_array_unref (slice->widths);
  g_free (slice->row_heights);
  g_clear_pointer (&slice->layouts, g_ptr_array_unref);
  g_free (slice);
}

static Slice *
slice_new (void)
{
  Slice *slice = g_new0 (Slice, 1);

  slice->columns = g_array_new (FALSE, FALSE, sizeof (guint));
  slice->widths = g_array_new (FALSE, FALSE, sizeof (double));
  return slice;
}

static double
printable_width (Pdf *pdf)
{
  return pdf->page_width - 2 * MARGIN;
}

static PangoFontDescription *
font (double size,
      PangoWeight weight)
{
  PangoFontDescription *desc = pango_font_description_from_string (FONT_FAMILIES);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (desc, weight);
  return desc;
}

static void
set_scale (Pdf    *pdf,
           double  scale)
{
  pdf->scale = scale;
  pango_font_description_set_size (pdf->body, (int) (BODY_SIZE * scale * PANGO_SCALE));
  pango_font_description_set_size (pdf->bold, (int) (BODY_SIZE * scale * PANGO_SCALE));
}

/* The text a cell shows: a status with its glyph, so that the colour is
 * never all that tells the statuses apart. */
static char *
cell_text (AtlasTable *table,
           guint       row,
           guint       column)
{
  const char *text = atlas_table_get_text (table, row, column);

  if (atlas_table_get_kind (table, row, column) == ATLAS_CELL_STATUS)
    return g_strconcat (atlas_area_status_to_glyph (atlas_table_get_status (table, row, column)),
                        " ", text, NULL);
  return g_strdup (text);
}

static void
set_layout (Pdf                  *pdf,
            PangoFontDescription *desc,
            const char           *text,
            gssize                length,
            double                width)
{
  pango_layout_set_font_description (pdf->layout, desc);
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pdf->layout, text, length);
  pango_layout_set_width (pdf->layout, width < 0 ? -1 : pango_units_from_double (MAX (width - 2 * PAD_X, 1)));
  pango_layout_set_height (pdf->layout, -1);
  pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_NONE);
}

static double
layout_width (Pdf *pdf)
{
  PangoRectangle logical;

  pango_layout_get_extents (pdf->layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static double
layout_height (Pdf *pdf)
{
  PangoRectangle logical;

  pango_layout_get_extents (pdf->layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

/* The width a text takes on one line, and the width of its longest word
 * (what it needs when wrapped as much as it can be). */
static void
measure (Pdf                  *pdf,
         PangoFontDescription *desc,
         const char           *text,
         double               *natural,
         double               *minimum)
{
  gsize length = strlen (text);

  if (length > MEASURED_BYTES)
    length = g_utf8_find_prev_char (text, text + MEASURED_BYTES + 1) - text;

  set_layout (pdf, desc, text, length, -1);
  *natural = layout_width (pdf) + 2 * PAD_X;
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD);
  pango_layout_set_width (pdf->layout, 1);
  *minimum = layout_width (pdf) + 2 * PAD_X;
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
}

static void
measure_columns (Pdf    *pdf,
                 double *natural,
                 double *minimum)
{
  AtlasTable *table = pdf->table;
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_sampled = MIN (atlas_table_get_n_rows (table), SAMPLE_ROWS);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      measure (pdf, pdf->bold, atlas_table_get_column_title (table, c), &natural[c], &minimum[c]);
      for (guint r = 0; r < n_sampled; r++)
        {
          g_autofree char *text = cell_text (table, r, c);
          double n, m;

          if (g_hash_table_contains (seen, text))
            continue;
          measure (pdf, pdf->body, text, &n, &m);
          /* A status stays on one line */
          if (atlas_table_get_kind (table, r, c) == ATLAS_CELL_STATUS)
            m = n;
          g_hash_table_add (seen, g_steal_pointer (&text));
          natural[c] = MAX (natural[c], n);
          minimum[c] = MAX (minimum[c], m);
        }
      natural[c] = MIN (natural[c], MAX_COLUMN_WIDTH);
      minimum[c] = MIN (minimum[c], natural[c]);
    }
}

/* Widths for @slice's columns that fill at most @width: each column gets
 * its natural width when all fit, else its minimum plus a share of what is
 * left in proportion to how much more it would like. */
static void
fit_slice (Slice        *slice,
           const double *natural,
           const double *minimum,
           double        width)
{
  double sum_natural = 0, sum_minimum = 0;

  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      sum_natural += natural[c];
      sum_minimum += minimum[c];
    }

  g_array_set_size (slice->widths, 0);
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double w;

      if (sum_natural <= width)
        w = natural[c];
      else if (sum_minimum <= width)
        w = minimum[c] + (natural[c] - minimum[c]) * (width - sum_minimum) / (sum_natural - sum_minimum);
      else
        w = minimum[c] * width / sum_minimum;
      g_array_append_val (slice->widths, w);
    }
}

/* How many leading columns label a row (the area's id and name): those
 * before the first status, as many as fit in a share of the page. */
static guint
count_labels (Pdf          *pdf,
              const double *natural)
{
  AtlasTable *table = pdf->table;
  guint n_columns = atlas_table_get_n_columns (table);
  guint n = 1;
  double width = natural[0];

  if (atlas_table_get_n_rows (table) == 0)
    return 1;
  while (n < n_columns - 1 &&
         atlas_table_get_kind (table, 0, n) != ATLAS_CELL_STATUS &&
         width + natural[n] <= LABEL_SHARE * printable_width (pdf))
    width += natural[n++];
  return n;
}

static void
set_landscape (Pdf *pdf)
{
  double w = MAX (pdf->page_width, pdf->page_height);
  double h = MIN (pdf->page_width, pdf->page_height);

  pdf->page_width = w;
  pdf->page_height = h;
  cairo_pdf_surface_set_size (cairo_get_target (pdf->cr), w, h);
}

/* The scale of the type at which text of @sum points (with @pads of
 * padding in it) fits in @width; a little less, for the rounding of
 * font sizes */
static double
text_scale (double width,
            double sum,
            double pads)
{
  return 0.995 * MAX (width - pads, 1) / MAX (sum - pads, 1);
}

static void
plan_slices (Pdf *pdf)
{
  guint n_columns = atlas_table_get_n_columns (pdf->table);
  g_autofree double *natural = g_new0 (double, MAX (n_columns, 1));
  g_autofree double *minimum = g_new0 (double, MAX (n_columns, 1));
  double sum_natural = 0, sum_minimum = 0;
  Slice *slice;
  guint n_labels;
  double width, used, pads;

  measure_columns (pdf, natural, minimum);
  for (guint c = 0; c < n_columns; c++)
    {
      sum_natural += natural[c];
      sum_minimum += minimum[c];
    }

  /* A table a little too wide for its page is set in slightly smaller
   * type rather than wrapped; a wider one turns the page */
  if (sum_natural * SLIGHTLY_SMALLER > printable_width (pdf))
    set_landscape (pdf);
  width = printable_width (pdf);

  /* Smaller type narrows the text, not the cells' padding */
  pads = n_columns * 2 * PAD_X;
  if (sum_natural * SLIGHTLY_SMALLER <= width || sum_minimum <= width || n_columns < 2 ||
      text_scale (width, sum_minimum, pads) >= MIN_SCALE)
    {
      double scale;

      if (sum_natural * SLIGHTLY_SMALLER <= width)
        scale = MIN (1.0, text_scale (width, sum_natural, pads));
      else if (sum_minimum <= width)
        scale = 1.0;
      else
        scale = text_scale (width, sum_minimum, pads);

      slice = slice_new ();
      for (guint c = 0; c < n_columns; c++)
        g_array_append_val (slice->columns, c);
      slice->first = 0;
      slice->last = n_columns ? n_columns - 1 : 0;
      set_scale (pdf, scale);
      for (guint c = 0; c < n_columns; c++)
        {
          natural[c] = (natural[c] - 2 * PAD_X) * scale + 2 * PAD_X;
          minimum[c] = (minimum[c] - 2 * PAD_X) * scale + 2 * PAD_X;
        }
      fit_slice (slice, natural, minimum, width);
      g_ptr_array_add (pdf->slices, slice);
      return;
    }

  n_labels = count_labels (pdf, natural);
  slice = NULL;
  used = 0;
  for (guint c = n_labels; c < n_columns; c++)
    {
      if (slice != NULL && used + natural[c] > width)
        {
          fit_slice (slice, natural, minimum, width);
          g_ptr_array_add (pdf->slices, g_steal_pointer (&slice));
        }
      if (slice == NULL)
        {
          slice = slice_new ();
          used = 0;
          for (guint l = 0; l < n_labels; l++)
            {
              g_array_append_val (slice->columns, l);
              used += natural[l];
            }
          slice->first = c;
        }
      g_array_append_val (slice->columns, c);
      slice->last = c;
      used += natural[c];
    }
  fit_slice (slice, natural, minimum, width);
  g_ptr_array_add (pdf->slices, slice);
}

/* A column title, wrapped at spaces only: its column is at least as wide
 * as its longest word (see measure()), so no word is ever broken */
static void
header_layout (Pdf        *pdf,
               const char *title,
               double      width)
{
  set_layout (pdf, pdf->bold, title, -1, width);
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD);
  pango_layout_set_height (pdf->layout, -HEADER_LINES);
  pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_END);
}

static double
header_cell_height (Pdf        *pdf,
                    const char *title,
                    double      width)
{
  header_layout (pdf, title, width);
  return layout_height (pdf) + 2 * PAD_Y;
}

/* The layout of a cell's text in column @i of @slice. Laying text out is
 * most of the work, and a comparison repeats a few values (statuses,
 * programme and area names) thousands of times, so the layouts of short
 * text are kept for the column, up to a limit; others use the one shared
 * layout and are valid until the next call. */
static PangoLayout *
cell_layout (Pdf        *pdf,
             Slice      *slice,
             guint       i,
             guint       row,
             const char *text)
{
  GHashTable *kept = g_ptr_array_index (slice->layouts, i);
  double width = g_array_index (slice->widths, double, i);
  guint column = g_array_index (slice->columns, guint, i);
  PangoAlignment alignment = atlas_table_get_kind (pdf->table, row, column) == ATLAS_CELL_NUMBER
                             ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
  PangoLayout *layout = g_hash_table_lookup (kept, text);

  if (layout != NULL && pango_layout_get_alignment (layout) == alignment)
    return layout;

  if (layout != NULL || strlen (text) > KEPT_LENGTH || g_hash_table_size (kept) >= KEPT_LAYOUTS)
    layout = pdf->layout;
  else
    {
      layout = pango_layout_new (pdf->context);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      g_hash_table_insert (kept, g_strdup (text), layout);
    }
  pango_layout_set_font_description (layout, pdf->body);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width - 2 * PAD_X, 1)));
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

static void
measure_rows (Pdf   *pdf,
              Slice *slice)
{
  AtlasTable *table = pdf->table;
  guint n_rows = atlas_table_get_n_rows (table);
  double empty = pdf->line_height * pdf->scale + 2 * PAD_Y;

  /* The type may have changed size since the last time */
  g_clear_pointer (&slice->layouts, g_ptr_array_unref);
  slice->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);

  slice->header_height = empty;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double width = g_array_index (slice->widths, double, i);

      slice->header_height = MAX (slice->header_height,
                                  header_cell_height (pdf, atlas_table_get_column_title (table, c), width));
      g_ptr_array_add (slice->layouts, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref));
    }

  g_free (slice->row_heights);
  slice->row_heights = g_new (double, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      double height = empty;

      for (guint i = 0; i < slice->columns->len; i++)
        {
          g_autofree char *text = cell_text (table, r, g_array_index (slice->columns, guint, i));
          PangoRectangle logical;

          if (*text == '\0')
            continue;
          pango_layout_get_extents (cell_layout (pdf, slice, i, r, text), NULL, &logical);
          height = MAX (height, pango_units_to_double (logical.height) + 2 * PAD_Y);
        }
      slice->row_heights[r] = height;
    }
}

static void
show_text (Pdf                  *pdf,
           PangoFontDescription *desc,
           const char           *text,
           double                x,
           double                y,
           double                width,
           int                   max_lines)
{
  set_layout (pdf, desc, text, -1, width + 2 * PAD_X);
  if (max_lines > 0)
    {
      pango_layout_set_height (pdf->layout, -max_lines);
      pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_END);
    }
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
}

/* Sets @rgb to the fill of @status; FALSE for none (white) */
static gboolean
status_colour (AtlasAreaStatus  status,
               double          *rgb)
{
  /* The window's tints, from the core's palette */
  if (status == ATLAS_AREA_STATUS_UNKNOWN || status > ATLAS_AREA_STATUS_NOT_LISTED)
    return FALSE;
  atlas_palette_to_doubles (atlas_palette_status_fill (status, FALSE), rgb);
  return TRUE;
}

/* Draws one row (or the header when @row is -1) at @y, showing only what
 * lies between @y and @y + @visible: a row taller than a page is drawn
 * once per page with a growing @offset. */
static void
draw_row (Pdf    *pdf,
          Slice  *slice,
          int     row,
          double  y,
          double  height,
          double  offset,
          double  visible)
{
  AtlasTable *table = pdf->table;
  cairo_t *cr = pdf->cr;
  double x;

  cairo_save (cr);
  if (offset > 0 || visible < height)
    {
      cairo_rectangle (cr, MARGIN - 1, y, printable_width (pdf) + 2, visible);
      cairo_clip (cr);
      cairo_translate (cr, 0, -offset);
    }

  /* Fills, text, then the grid as one path: a long table is many pages,
   * and fewer drawing operations make it much quicker to write */
  x = MARGIN;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double width = g_array_index (slice->widths, double, i);
      double rgb[3] = { 0.922, 0.922, 0.922 };  /* the header's */

      if (row < 0 ||
          (atlas_table_get_kind (table, row, c) == ATLAS_CELL_STATUS &&
           status_colour (atlas_table_get_status (table, row, c), rgb)))
        {
          cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
          cairo_rectangle (cr, x, y, width, height);
          cairo_fill (cr);
        }
      x += width;
    }

  x = MARGIN;
  cairo_set_source_rgb (cr, 0.118, 0.118, 0.118);
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double width = g_array_index (slice->widths, double, i);
      g_autofree char *text = row < 0 ? NULL : cell_text (table, row, c);

      if (row < 0)
        {
          header_layout (pdf, atlas_table_get_column_title (table, c), width);
          cairo_move_to (cr, x + PAD_X, y + PAD_Y);
          pango_cairo_show_layout (cr, pdf->layout);
        }
      else if (*text != '\0')
        {
          cairo_move_to (cr, x + PAD_X, y + PAD_Y);
          pango_cairo_show_layout (cr, cell_layout (pdf, slice, i, row, text));
        }
      x += width;
    }

  x = MARGIN;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      double width = g_array_index (slice->widths, double, i);

      cairo_rectangle (cr, x, y, width, height);
      x += width;
    }
  cairo_set_source_rgb (cr, 0.753, 0.749, 0.737);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static double
footer_top (Pdf *pdf)
{
  return pdf->page_height - MARGIN - pdf->line_height - pdf->about_height;
}

/* Where to end the part of a row taller than a page that is drawn on one
 * page: the last line end of its tallest cell between @from and @limit
 * (in the row's own coordinates), so that no line is cut in half. */
static double
line_break_before (Pdf    *pdf,
                   Slice  *slice,
                   guint   row,
                   double  from,
                   double  limit)
{
  g_autofree char *text = NULL;
  PangoLayout *layout;
  PangoLayoutIter *iter;
  double tallest = -1, cut = limit;
  guint column = 0;

  for (guint i = 0; i < slice->columns->len; i++)
    {
      g_autofree char *cell = cell_text (pdf->table, row, g_array_index (slice->columns, guint, i));
      PangoRectangle logical;

      pango_layout_get_extents (cell_layout (pdf, slice, i, row, cell), NULL, &logical);
      if (logical.height > tallest)
        {
          tallest = logical.height;
          column = i;
        }
    }
  text = cell_text (pdf->table, row, g_array_index (slice->columns, guint, column));
  layout = cell_layout (pdf, slice, column, row, text);

  iter = pango_layout_get_iter (layout);
  do
    {
      int top, bottom;
      double end;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      end = PAD_Y + pango_units_to_double (bottom);
      if (end > limit)
        break;
      if (end > from)
        cut = end;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* A single line taller than the page is cut where the page ends */
  return cut > from ? cut : limit;
}

/* What the marks in the cells mean, each word and meaning beside its
 * mark on its tint, flowing over as many lines as they need. Returns
 * where the legend ends. */
static double
draw_legend (Pdf      *pdf,
             double    top,
             gboolean  draw)
{
  double width = printable_width (pdf);
  double swatch = pdf->line_height + 2;
  double x = MARGIN, y = top, line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (atlas_export_legend_order); i++)
    {
      AtlasAreaStatus status = atlas_export_legend_order[i];
      g_autofree char *text = g_strdup_printf ("%s — %s", atlas_area_status_to_label (status),
                                               atlas_area_status_describe (status));
      double rgb[3] = { 1, 1, 1 };
      double w, h;

      set_layout (pdf, pdf->small, text, -1, width - swatch - 4 + 2 * PAD_X);
      pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD);
      w = layout_width (pdf);
      h = MAX (layout_height (pdf), swatch);
      if (x > MARGIN && x + swatch + 4 + w > MARGIN + width)
        {
          x = MARGIN;
          y += line + 3;
          line = 0;
        }
      if (draw)
        {
          cairo_move_to (pdf->cr, x + swatch + 4, y + (swatch - pdf->line_height * SMALL_SIZE / BODY_SIZE) / 2);
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          pango_cairo_show_layout (pdf->cr, pdf->layout);

          status_colour (status, rgb);
          cairo_set_source_rgb (pdf->cr, rgb[0], rgb[1], rgb[2]);
          cairo_rectangle (pdf->cr, x, y, swatch, swatch);
          cairo_fill_preserve (pdf->cr);
          cairo_set_source_rgb (pdf->cr, 0.753, 0.749, 0.737);
          cairo_set_line_width (pdf->cr, 0.5);
          cairo_stroke (pdf->cr);

          set_layout (pdf, pdf->body, atlas_area_status_to_glyph (status), -1, swatch + 2 * PAD_X);
          pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_CENTER);
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, x, y + (swatch - layout_height (pdf)) / 2);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
          pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);
        }
      pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
      x += swatch + 4 + w + 14;
      line = MAX (line, h);
    }
  return y + line;
}

/* Where the header row starts on pages after the first */
static double
running_head_bottom (Pdf *pdf)
{
  return MARGIN + pdf->line_height + 4;
}

/* Starts a page: the title block on the first, a running head on the
 * others, the footer, and the header row. Returns where rows start. */
static double
begin_page (Pdf      *pdf,
            Slice    *slice,
            gboolean  draw)
{
  AtlasTable *table = pdf->table;
  double width = printable_width (pdf);
  double y = MARGIN;

  pdf->page++;

  if (pdf->page == 1)
    {
      g_autofree char *meta = NULL;

      set_layout (pdf, pdf->title, atlas_table_get_title (table), -1, width + 2 * PAD_X);
      pango_layout_set_height (pdf->layout, -3);
      pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_END);
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, MARGIN, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
        }
      y += layout_height (pdf) + 2;

      meta = atlas_table_get_note (table)
             ? g_strconcat (pdf->dated, "\n", atlas_table_get_note (table), NULL)
             : g_strdup (pdf->dated);
      cairo_set_source_rgb (pdf->cr, 0.369, 0.361, 0.392);
      set_layout (pdf, pdf->small, meta, -1, width + 2 * PAD_X);
      pango_layout_set_height (pdf->layout, -NOTE_LINES);
      pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_END);
      if (draw)
        {
          cairo_move_to (pdf->cr, MARGIN, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
        }
      y += layout_height (pdf) + 6;
      if (atlas_table_has_statuses (table))
        y = draw_legend (pdf, y, draw) + 4;
      y += 4;
    }
  else
    {
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.369, 0.361, 0.392);
          show_text (pdf, pdf->small, atlas_table_get_title (table), MARGIN, y, width, 1);
        }
      y = running_head_bottom (pdf);
    }

  if (draw)
    {
      g_autofree char *page = NULL;

      cairo_set_source_rgb (pdf->cr, 0.369, 0.361, 0.392);
      /* Translators: in the footer of an exported PDF */
      page = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
      set_layout (pdf, pdf->small, page, -1, width + 2 * PAD_X);
      pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_RIGHT);
      cairo_move_to (pdf->cr, MARGIN, footer_top (pdf));
      pango_cairo_show_layout (pdf->cr, pdf->layout);
      pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);

      if (pdf->slices->len > 1 && slice != NULL)
        {
          /* Translators: in the footer of a PDF whose table is too wide
           * for the paper and is printed in slices of columns */
          g_autofree char *columns = g_strdup_printf (_("Columns %u–%u of %u"), slice->first + 1, slice->last + 1,
                                                      atlas_table_get_n_columns (table));

          show_text (pdf, pdf->small, columns, MARGIN, footer_top (pdf), width / 2, 1);
        }
      /* Every page says which data it shows: the dataset, its release
       * and file, when and with what it was exported, the selection */
      show_text (pdf, pdf->small, pdf->about, MARGIN, footer_top (pdf) + pdf->line_height, width, ABOUT_LINES);

      if (slice != NULL)
        draw_row (pdf, slice, -1, y, slice->header_height, 0, slice->header_height);
    }
  return slice != NULL ? y + slice->header_height : y;
}

static gboolean
next_page (Pdf           *pdf,
           gboolean       draw,
           AtlasCairoSink          *sink,
           GCancellable  *cancellable,
           GError       **error)
{
  if (!draw)
    return TRUE;
  cairo_show_page (pdf->cr);
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* The sources that the cells' [1], [2]… cite, after the table, on as
 * many pages as they need */
static gboolean
run_sources (Pdf           *pdf,
             double         y,
             gboolean       draw,
             AtlasCairoSink *sink,
             GCancellable  *cancellable,
             GError       **error)
{
  AtlasTable *table = pdf->table;
  double bottom = footer_top (pdf) - 6;
  double width = printable_width (pdf);
  double indent = 24;
  double heading;

  if (atlas_table_get_n_sources (table) == 0)
    return TRUE;

  /* Translators: the heading of the list of sources after an exported table */
  set_layout (pdf, pdf->bold, _("Sources"), -1, width + 2 * PAD_X);
  heading = layout_height (pdf);
  y += 14;
  /* The heading never ends a page alone */
  if (y + heading + 2 * pdf->line_height > bottom)
    {
      if (!next_page (pdf, draw, sink, cancellable, error))
        return FALSE;
      y = begin_page (pdf, NULL, draw);
      set_layout (pdf, pdf->bold, _("Sources"), -1, width + 2 * PAD_X);
    }
  if (draw)
    {
      cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
      cairo_move_to (pdf->cr, MARGIN, y);
      pango_cairo_show_layout (pdf->cr, pdf->layout);
    }
  y += heading + 4;

  for (guint i = 1; i <= atlas_table_get_n_sources (table); i++)
    {
      g_autofree char *number = g_strdup_printf ("[%u]", i);
      double height;

      /* An address breaks anywhere, the words at spaces */
      set_layout (pdf, pdf->small, atlas_table_get_source_reference (table, i), -1, width - indent + 2 * PAD_X);
      height = layout_height (pdf);
      if (y + height > bottom && y > running_head_bottom (pdf))
        {
          if (!next_page (pdf, draw, sink, cancellable, error))
            return FALSE;
          y = begin_page (pdf, NULL, draw);
          /* which used the layout for its footer */
          set_layout (pdf, pdf->small, atlas_table_get_source_reference (table, i), -1, width - indent + 2 * PAD_X);
        }
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, MARGIN + indent, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
          show_text (pdf, pdf->small, number, MARGIN, y, indent - 4, 1);
        }
      y += height + 3;
    }
  return TRUE;
}

/* Lays the rows out on pages: counts them when @draw is FALSE, draws them
 * when it is TRUE. Both runs take the same decisions. */
static gboolean
run_pages (Pdf           *pdf,
           gboolean       draw,
           AtlasCairoSink          *sink,
           GCancellable  *cancellable,
           GError       **error)
{
  guint n_rows = atlas_table_get_n_rows (pdf->table);
  double bottom = footer_top (pdf) - 6;

  pdf->page = 0;
  for (guint s = 0; s < pdf->slices->len; s++)
    {
      Slice *slice = g_ptr_array_index (pdf->slices, s);
      double top, y;

      if (s > 0 && !next_page (pdf, draw, sink, cancellable, error))
        return FALSE;
      y = top = begin_page (pdf, slice, draw);

      for (guint r = 0; r < n_rows; r++)
        {
          double height = slice->row_heights[r];
          double offset = 0;

          atlas_export_report_fraction (((draw ? pdf->slices->len : 0) + s + (double) r / n_rows) / (2.0 * pdf->slices->len));
          /* A row goes to the next page when it fits there; one taller
           * than any page starts where it is */
          if (y + height > bottom && y > top &&
              height <= bottom - running_head_bottom (pdf) - slice->header_height)
            {
              if (!next_page (pdf, draw, sink, cancellable, error))
                return FALSE;
              y = top = begin_page (pdf, slice, draw);
            }

          /* and goes on over as many pages as it needs */
          while (height - offset > bottom - y)
            {
              double cut = line_break_before (pdf, slice, r, offset, offset + bottom - y);

              if (draw)
                draw_row (pdf, slice, r, y, height, offset, cut - offset);
              offset = cut;
              if (!next_page (pdf, draw, sink, cancellable, error))
                return FALSE;
              y = top = begin_page (pdf, slice, draw);
            }
          if (draw)
            draw_row (pdf, slice, r, y, height, offset, height - offset);
          y += height - offset;
        }
      if (s + 1 == pdf->slices->len && !run_sources (pdf, y, draw, sink, cancellable, error))
        return FALSE;
    }
  pdf->n_pages = pdf->page;
  return TRUE;
}

/* A table that only just spills over onto a second page is set in
 * slightly smaller type when that makes it fit on one. */
static void
fit_one_page (Pdf *pdf)
{
  Slice *slice = g_ptr_array_index (pdf->slices, 0);
  double scale = pdf->scale;

  for (double smaller = scale - 0.05; smaller >= MIN_FIT_SCALE - 0.001; smaller -= 0.05)
    {
      /* in the same columns: smaller text only wraps less */
      set_scale (pdf, smaller);
      measure_rows (pdf, slice);
      run_pages (pdf, FALSE, NULL, NULL, NULL);
      if (pdf->n_pages == 1)
        return;
    }
  set_scale (pdf, scale);
  measure_rows (pdf, slice);
  run_pages (pdf, FALSE, NULL, NULL, NULL);
}

static void
pdf_clear (Pdf *pdf)
{
  g_clear_object (&pdf->layout);
  g_clear_pointer (&pdf->body, pango_font_description_free);
  g_clear_pointer (&pdf->bold, pango_font_description_free);
  g_clear_pointer (&pdf->title, pango_font_description_free);
  g_clear_pointer (&pdf->small, pango_font_description_free);
  g_clear_pointer (&pdf->slices, g_ptr_array_unref);
  g_clear_object (&pdf->context);
  g_clear_pointer (&pdf->dated, g_free);
  g_clear_pointer (&pdf->about, g_free);
  g_clear_pointer (&pdf->cr, cairo_destroy);
}

gboolean
atlas_export_pdf_write (AtlasTable     *table,
                        AtlasTable     *evidence,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  PangoContext *context;
  g_autoptr(GError) local_error = NULL;
  cairo_font_options_t *options;
  cairo_surface_t *surface;
  cairo_status_t status;
  AtlasCairoSink sink = { stream, cancellable, NULL };
  Pdf pdf = { 0 };
  gboolean ok;

  if (atlas_table_get_paper (table) == ATLAS_PAPER_LETTER)
    {
      pdf.page_width = 612;
      pdf.page_height = 792;
    }
  else
    {
      pdf.page_width = 595.2756;
      pdf.page_height = 841.8898;
    }

  surface = cairo_pdf_surface_create_for_stream (atlas_cairo_sink_write, &sink, pdf.page_width, pdf.page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, atlas_table_get_title (table));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Partnership Atlas " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  pdf.cr = cairo_create (surface);
  cairo_surface_destroy (surface);

  /* Sizes in points, and outlines not bent to a screen's pixel grid */
  context = pango_cairo_create_context (pdf.cr);
  pango_cairo_context_set_resolution (context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  /* Widths in fractions of a point, so that text measured at one size
   * takes, in smaller type, the share of its column it was given */
  pango_context_set_round_glyph_positions (context, FALSE);

  pdf.table = table;
  pdf.context = context;
  pdf.layout = pango_layout_new (context);
  pango_layout_set_wrap (pdf.layout, PANGO_WRAP_WORD_CHAR);
  pdf.body = font (BODY_SIZE, PANGO_WEIGHT_NORMAL);
  pdf.bold = font (BODY_SIZE, PANGO_WEIGHT_BOLD);
  pdf.title = font (TITLE_SIZE, PANGO_WEIGHT_BOLD);
  pdf.small = font (SMALL_SIZE, PANGO_WEIGHT_NORMAL);
  pdf.scale = 1.0;
  pdf.slices = g_ptr_array_new_with_free_func (slice_free);
  pdf.dated = atlas_export_dated_line (now);

  set_layout (&pdf, pdf.body, "Ag", -1, -1);
  pdf.line_height = layout_height (&pdf);
  {
    g_autoptr(GPtrArray) lines = atlas_export_about_lines (table, now);

    g_ptr_array_add (lines, NULL);
    pdf.about = g_strjoinv (" ", (char **) lines->pdata);
  }

  plan_slices (&pdf);
  /* on the paper's width, now that it is known */
  set_layout (&pdf, pdf.small, pdf.about, -1, printable_width (&pdf) + 2 * PAD_X);
  pango_layout_set_height (pdf.layout, -ABOUT_LINES);
  pango_layout_set_ellipsize (pdf.layout, PANGO_ELLIPSIZE_END);
  pdf.about_height = layout_height (&pdf) + 2;
  for (guint s = 0; s < pdf.slices->len; s++)
    measure_rows (&pdf, g_ptr_array_index (pdf.slices, s));
  ok = run_pages (&pdf, FALSE, &sink, cancellable, &local_error);
  if (ok && pdf.n_pages == 2 && pdf.slices->len == 1)
    fit_one_page (&pdf);
  ok = ok && run_pages (&pdf, TRUE, &sink, cancellable, &local_error);

  /* Finishing writes the rest of the file; after a failure nothing more
   * may reach the stream. */
  surface = cairo_surface_reference (cairo_get_target (pdf.cr));
  if (!ok && sink.error == NULL)
    sink.error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
  pdf_clear (&pdf);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!ok)
    {
      g_clear_error (&sink.error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: %s is cairo's reason, in English */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
