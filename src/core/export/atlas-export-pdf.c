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
 * taller than a page continues on the next, cut between the lines of
 * each of its cells.
 *
 * The pages are laid out once (where each one starts is kept), then drawn.
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
#include "atlas-export-pdf-private.h"
#include "atlas-export-private.h"
#include "atlas-palette.h"

#define MIN_FIT_SCALE 0.7         /* smallest type to keep a table on one page */
#define NOTE_LINES 6
#define ABOUT_LINES 3

/* Where a page starts: what the pages before it left to lay out */
typedef struct
{
  guint slice;
  guint row;                      /* the next row of the slice */
  guint *cursors;                 /* of a row begun on an earlier page: per
                                   * column of the slice, its next line */
  guint source;                   /* 0 while rows are left, else the next source */
  gboolean heading;               /* whether the sources' heading is drawn */
} Place;

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->cursors, g_free);
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

/* Draws one row (or the header when @row is -1) at @y, @height high:
 * all of it, or only lines @from to @to of each cell (arrays per column
 * of the slice) of a row taller than a page. */
static void
draw_row (AtlasPdf      *pdf,
          AtlasPdfSlice *slice,
          int            row,
          double         y,
          double         height,
          const guint   *from,
          const guint   *to)
{
  AtlasTable *table = pdf->table;
  cairo_t *cr = pdf->cr;
  double x;

  /* Fills, text, then the grid as one path: a long table is many pages,
   * and fewer drawing operations make it much quicker to write */
  x = ATLAS_PDF_MARGIN;
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

  x = ATLAS_PDF_MARGIN;
  cairo_set_source_rgb (cr, 0.118, 0.118, 0.118);
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double width = g_array_index (slice->widths, double, i);
      g_autofree char *text = row < 0 ? NULL : atlas_pdf_cell_text (table, row, c);

      if (row < 0)
        {
          atlas_pdf_header_layout (pdf, atlas_table_get_column_title (table, c), width);
          cairo_move_to (cr, x + ATLAS_PDF_PAD_X, y + ATLAS_PDF_PAD_Y);
          pango_cairo_show_layout (cr, pdf->layout);
        }
      else if (*text != '\0' && (from != NULL || strlen (text) > ATLAS_PDF_LONG_TEXT))
        {
          GArray *lines = atlas_pdf_cell_lines (pdf, slice, i, row, text);

          atlas_pdf_show_lines (pdf, text, lines, from ? from[i] : 0, to ? to[i] : lines->len,
                                x + ATLAS_PDF_PAD_X, y + ATLAS_PDF_PAD_Y, width,
                                atlas_pdf_cell_alignment (pdf, row, c));
        }
      else if (*text != '\0')
        {
          cairo_move_to (cr, x + ATLAS_PDF_PAD_X, y + ATLAS_PDF_PAD_Y);
          pango_cairo_show_layout (cr, atlas_pdf_cell_layout (pdf, slice, i, row, text));
        }
      x += width;
    }

  x = ATLAS_PDF_MARGIN;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      double width = g_array_index (slice->widths, double, i);

      cairo_rectangle (cr, x, y, width, height);
      x += width;
    }
  cairo_set_source_rgb (cr, 0.753, 0.749, 0.737);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
}

/* Of a row taller than a page, from each cell's @cursors on, the lines
 * that fit in @room (at least one when @at_top, so that every page moves
 * on); sets @ends past them and returns the height they take, 0 for none */
static double
take_lines (AtlasPdf      *pdf,
            AtlasPdfSlice *slice,
            guint          row,
            const guint   *cursors,
            double         room,
            gboolean       at_top,
            guint         *ends)
{
  double taken = 0;
  gboolean any = FALSE;

  room -= 2 * ATLAS_PDF_PAD_Y;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      g_autofree char *text = atlas_pdf_cell_text (pdf->table, row, g_array_index (slice->columns, guint, i));
      GArray *lines = *text != '\0' ? atlas_pdf_cell_lines (pdf, slice, i, row, text) : NULL;
      guint n = lines ? lines->len : 0;
      guint k = cursors[i];

      while (k < n && atlas_pdf_lines_height (lines, cursors[i], k + 1) <= room)
        k++;
      if (k == cursors[i] && k < n && at_top)
        k++;
      ends[i] = k;
      any = any || k > cursors[i];
      taken = MAX (taken, lines ? atlas_pdf_lines_height (lines, cursors[i], k) : 0);
    }
  return any ? taken + 2 * ATLAS_PDF_PAD_Y : 0;
}

static gboolean
row_done (AtlasPdf      *pdf,
          AtlasPdfSlice *slice,
          guint          row,
          const guint   *cursors)
{
  for (guint i = 0; i < slice->columns->len; i++)
    {
      g_autofree char *text = atlas_pdf_cell_text (pdf->table, row, g_array_index (slice->columns, guint, i));

      if (*text != '\0' && cursors[i] < atlas_pdf_cell_lines (pdf, slice, i, row, text)->len)
        return FALSE;
    }
  return TRUE;
}

static double
footer_top (AtlasPdf *pdf)
{
  return pdf->page_height - ATLAS_PDF_MARGIN - pdf->line_height - pdf->about_height;
}

/* Where the header row starts on pages after the first */
static double
running_head_bottom (AtlasPdf *pdf)
{
  return ATLAS_PDF_MARGIN + pdf->line_height + 4;
}

/* What the marks in the cells mean, each word and meaning beside its
 * mark on its tint, flowing over as many lines as they need. Returns
 * where the legend ends. */
static double
draw_legend (AtlasPdf *pdf,
             double    top,
             gboolean  draw)
{
  double width = atlas_pdf_printable_width (pdf);
  double swatch = pdf->line_height + 2;
  double x = ATLAS_PDF_MARGIN, y = top, line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (atlas_export_legend_order); i++)
    {
      AtlasAreaStatus status = atlas_export_legend_order[i];
      g_autofree char *text = g_strdup_printf ("%s — %s", atlas_area_status_to_label (status),
                                               atlas_area_status_describe (status));
      double rgb[3] = { 1, 1, 1 };
      double w, h;

      atlas_pdf_set_layout (pdf, pdf->small, text, -1, width - swatch - 4 + 2 * ATLAS_PDF_PAD_X);
      pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD);
      w = atlas_pdf_layout_width (pdf);
      h = MAX (atlas_pdf_layout_height (pdf), swatch);
      if (x > ATLAS_PDF_MARGIN && x + swatch + 4 + w > ATLAS_PDF_MARGIN + width)
        {
          x = ATLAS_PDF_MARGIN;
          y += line + 3;
          line = 0;
        }
      if (draw)
        {
          cairo_move_to (pdf->cr, x + swatch + 4, y + (swatch - pdf->line_height * ATLAS_PDF_SMALL_SIZE / ATLAS_PDF_BODY_SIZE) / 2);
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          pango_cairo_show_layout (pdf->cr, pdf->layout);

          status_colour (status, rgb);
          cairo_set_source_rgb (pdf->cr, rgb[0], rgb[1], rgb[2]);
          cairo_rectangle (pdf->cr, x, y, swatch, swatch);
          cairo_fill_preserve (pdf->cr);
          cairo_set_source_rgb (pdf->cr, 0.753, 0.749, 0.737);
          cairo_set_line_width (pdf->cr, 0.5);
          cairo_stroke (pdf->cr);

          atlas_pdf_set_layout (pdf, pdf->body, atlas_area_status_to_glyph (status), -1, swatch + 2 * ATLAS_PDF_PAD_X);
          pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_CENTER);
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, x, y + (swatch - atlas_pdf_layout_height (pdf)) / 2);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
          pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);
        }
      pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
      x += swatch + 4 + w + 14;
      line = MAX (line, h);
    }
  return y + line;
}

/* Starts a page: the title block on the first, a running head on the
 * others, the footer, and the header row. Returns where rows start. */
static double
begin_page (AtlasPdf      *pdf,
            AtlasPdfSlice *slice,
            gboolean       draw)
{
  AtlasTable *table = pdf->table;
  double width = atlas_pdf_printable_width (pdf);
  double y = ATLAS_PDF_MARGIN;

  if (pdf->page == 1)
    {
      g_autofree char *meta = NULL;

      atlas_pdf_set_layout (pdf, pdf->title, atlas_table_get_title (table), -1, width + 2 * ATLAS_PDF_PAD_X);
      pango_layout_set_height (pdf->layout, -3);
      pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_END);
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, ATLAS_PDF_MARGIN, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
        }
      y += atlas_pdf_layout_height (pdf) + 2;

      meta = atlas_table_get_note (table)
             ? g_strconcat (pdf->dated, "\n", atlas_table_get_note (table), NULL)
             : g_strdup (pdf->dated);
      cairo_set_source_rgb (pdf->cr, 0.369, 0.361, 0.392);
      atlas_pdf_set_layout (pdf, pdf->small, meta, -1, width + 2 * ATLAS_PDF_PAD_X);
      pango_layout_set_height (pdf->layout, -NOTE_LINES);
      pango_layout_set_ellipsize (pdf->layout, PANGO_ELLIPSIZE_END);
      if (draw)
        {
          cairo_move_to (pdf->cr, ATLAS_PDF_MARGIN, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
        }
      y += atlas_pdf_layout_height (pdf) + 6;
      if (atlas_table_has_statuses (table))
        y = draw_legend (pdf, y, draw) + 4;
      y += 4;
    }
  else
    {
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.369, 0.361, 0.392);
          atlas_pdf_show_text (pdf, pdf->small, atlas_table_get_title (table), ATLAS_PDF_MARGIN, y, width, 1);
        }
      y = running_head_bottom (pdf);
    }

  if (draw)
    {
      g_autofree char *page = NULL;

      cairo_set_source_rgb (pdf->cr, 0.369, 0.361, 0.392);
      /* Translators: in the footer of an exported PDF */
      page = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
      atlas_pdf_set_layout (pdf, pdf->small, page, -1, width + 2 * ATLAS_PDF_PAD_X);
      pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_RIGHT);
      cairo_move_to (pdf->cr, ATLAS_PDF_MARGIN, footer_top (pdf));
      pango_cairo_show_layout (pdf->cr, pdf->layout);
      pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);

      if (pdf->slices->len > 1 && slice != NULL)
        {
          /* Translators: in the footer of a PDF whose table is too wide
           * for the paper and is printed in slices of columns */
          g_autofree char *columns = g_strdup_printf (_("Columns %u–%u of %u"), slice->first + 1, slice->last + 1,
                                                      atlas_table_get_n_columns (table));

          atlas_pdf_show_text (pdf, pdf->small, columns, ATLAS_PDF_MARGIN, footer_top (pdf), width / 2, 1);
        }
      /* Every page says which data it shows: the dataset, its release
       * and file, when and with what it was exported, the selection */
      atlas_pdf_show_text (pdf, pdf->small, pdf->about, ATLAS_PDF_MARGIN, footer_top (pdf) + pdf->line_height, width, ABOUT_LINES);

      if (slice != NULL)
        draw_row (pdf, slice, -1, y, slice->header_height, NULL, NULL);
    }
  return slice != NULL ? y + slice->header_height : y;
}

/* The sources that the cells' [1], [2]… cite, after the table, from
 * @place on, as many as fit below @y. Returns whether some are left. */
static gboolean
run_sources (AtlasPdf *pdf,
             Place    *place,
             double    y,
             gboolean  draw)
{
  AtlasTable *table = pdf->table;
  double bottom = footer_top (pdf) - 6;
  double width = atlas_pdf_printable_width (pdf);
  double indent = 24;

  if (!place->heading)
    {
      double heading;

      /* Translators: the heading of the list of sources after an exported table */
      atlas_pdf_set_layout (pdf, pdf->bold, _("Sources"), -1, width + 2 * ATLAS_PDF_PAD_X);
      heading = atlas_pdf_layout_height (pdf);
      if (y > running_head_bottom (pdf))
        y += 14;
      /* The heading never ends a page alone */
      if (y + heading + 2 * pdf->line_height > bottom && y > running_head_bottom (pdf))
        return TRUE;
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, ATLAS_PDF_MARGIN, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
        }
      y += heading + 4;
      place->heading = TRUE;
    }

  for (; place->source <= atlas_table_get_n_sources (table); place->source++)
    {
      guint i = place->source;
      g_autofree char *number = g_strdup_printf ("[%u]", i);
      double height;

      /* An address breaks anywhere, the words at spaces */
      atlas_pdf_set_layout (pdf, pdf->small, atlas_table_get_source_reference (table, i), -1,
                            width - indent + 2 * ATLAS_PDF_PAD_X);
      height = atlas_pdf_layout_height (pdf);
      if (y + height > bottom && y > running_head_bottom (pdf))
        return TRUE;
      if (draw)
        {
          cairo_set_source_rgb (pdf->cr, 0.118, 0.118, 0.118);
          cairo_move_to (pdf->cr, ATLAS_PDF_MARGIN + indent, y);
          pango_cairo_show_layout (pdf->cr, pdf->layout);
          atlas_pdf_show_text (pdf, pdf->small, number, ATLAS_PDF_MARGIN, y, indent - 4, 1);
        }
      y += height + 3;
    }
  return FALSE;
}

/* Lays out page @page (from 1) from @place, and draws it when @draw;
 * moves @place to where the next page starts. Both the count and the
 * drawing take the same decisions. Returns whether a page follows. */
static gboolean
run_page (AtlasPdf *pdf,
          guint     page,
          Place    *place,
          gboolean  draw)
{
  guint n_rows = atlas_table_get_n_rows (pdf->table);
  double bottom = footer_top (pdf) - 6;
  AtlasPdfSlice *slice = g_ptr_array_index (pdf->slices, place->slice);
  double top, y;

  pdf->page = page;
  if (place->source > 0)
    return run_sources (pdf, place, begin_page (pdf, NULL, draw), draw);

  y = top = begin_page (pdf, slice, draw);
  while (place->row < n_rows)
    {
      guint r = place->row;
      double height = slice->row_heights[r];
      g_autofree guint *ends = NULL;
      double taken;

      if (place->cursors == NULL)
        {
          if (y + height <= bottom)
            {
              if (draw)
                draw_row (pdf, slice, r, y, height, NULL, NULL);
              y += height;
              place->row++;
              continue;
            }
          /* A row goes to the next page when it fits there; one taller
           * than any page starts where it is */
          if (y > top && height <= bottom - running_head_bottom (pdf) - slice->header_height)
            return TRUE;
          place->cursors = g_new0 (guint, slice->columns->len);
        }

      /* and goes on over as many pages as it needs */
      ends = g_new0 (guint, slice->columns->len);
      taken = take_lines (pdf, slice, r, place->cursors, bottom - y, y <= top, ends);
      if (taken == 0)
        return TRUE;
      if (draw)
        draw_row (pdf, slice, r, y, taken, place->cursors, ends);
      y += taken;
      memcpy (place->cursors, ends, slice->columns->len * sizeof (guint));
      if (!row_done (pdf, slice, r, place->cursors))
        return TRUE;
      g_clear_pointer (&place->cursors, g_free);
      place->row++;
    }

  if (place->slice + 1 < pdf->slices->len)
    {
      place->slice++;
      place->row = 0;
      return TRUE;
    }
  if (atlas_table_get_n_sources (pdf->table) == 0)
    return FALSE;
  place->source = 1;
  return run_sources (pdf, place, y, draw);
}

/* Lays every page out, keeping where each starts in @starts */
static void
paginate (AtlasPdf *pdf,
          GArray   *starts)
{
  Place place = { 0 };
  gboolean more;

  g_array_set_size (starts, 0);
  do
    {
      Place start = place;

      if (place.cursors != NULL)
        start.cursors = g_memdup2 (place.cursors, sizeof (guint) *
                                   ((AtlasPdfSlice *) g_ptr_array_index (pdf->slices, place.slice))->columns->len);
      g_array_append_val (starts, start);
      more = run_page (pdf, starts->len, &place, FALSE);
    }
  while (more);
  place_clear (&place);
  pdf->n_pages = starts->len;
}

/* A table that only just spills over onto a second page is set in
 * slightly smaller type when that makes it fit on one. */
static void
fit_one_page (AtlasPdf *pdf,
              GArray   *starts)
{
  AtlasPdfSlice *slice = g_ptr_array_index (pdf->slices, 0);
  double scale = pdf->scale;

  for (double smaller = scale - 0.05; smaller >= MIN_FIT_SCALE - 0.001; smaller -= 0.05)
    {
      /* in the same columns: smaller text only wraps less */
      atlas_pdf_set_scale (pdf, smaller);
      atlas_pdf_measure_rows (pdf, slice);
      paginate (pdf, starts);
      if (pdf->n_pages == 1)
        return;
    }
  atlas_pdf_set_scale (pdf, scale);
  atlas_pdf_measure_rows (pdf, slice);
  paginate (pdf, starts);
}

/* Draws the pages laid out in @starts */
static gboolean
draw_pages (AtlasPdf        *pdf,
            GArray          *starts,
            AtlasCairoSink  *sink,
            GCancellable    *cancellable,
            GError         **error)
{
  for (guint p = 0; p < starts->len; p++)
    {
      Place place = g_array_index (starts, Place, p);

      place.cursors = NULL;
      if (g_array_index (starts, Place, p).cursors != NULL)
        place.cursors = g_memdup2 (g_array_index (starts, Place, p).cursors, sizeof (guint) *
                                   ((AtlasPdfSlice *) g_ptr_array_index (pdf->slices, place.slice))->columns->len);
      run_page (pdf, p + 1, &place, TRUE);
      place_clear (&place);
      cairo_show_page (pdf->cr);
      if (sink->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&sink->error));
          return FALSE;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return TRUE;
}

static void
pdf_clear (AtlasPdf *pdf)
{
  g_clear_object (&pdf->layout);
  g_clear_object (&pdf->lines_layout);
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
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (Place));
  AtlasPdf pdf = { 0 };
  gboolean ok;

  g_array_set_clear_func (starts, (GDestroyNotify) place_clear);
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
  pdf.lines_layout = pango_layout_new (context);
  pango_layout_set_wrap (pdf.lines_layout, PANGO_WRAP_WORD_CHAR);
  {
    /* A line broken inside a word ends without a hyphen: it is drawn
     * alone, and a hyphen in an address or a code would read as its own */
    g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
    pango_layout_set_attributes (pdf.lines_layout, attrs);
  }
  pdf.body = atlas_pdf_font (ATLAS_PDF_BODY_SIZE, PANGO_WEIGHT_NORMAL);
  pdf.bold = atlas_pdf_font (ATLAS_PDF_BODY_SIZE, PANGO_WEIGHT_BOLD);
  pdf.title = atlas_pdf_font (ATLAS_PDF_TITLE_SIZE, PANGO_WEIGHT_BOLD);
  pdf.small = atlas_pdf_font (ATLAS_PDF_SMALL_SIZE, PANGO_WEIGHT_NORMAL);
  pdf.scale = 1.0;
  pdf.slices = g_ptr_array_new_with_free_func (atlas_pdf_slice_free);
  pdf.dated = atlas_export_dated_line (now);

  atlas_pdf_set_layout (&pdf, pdf.body, "Ag", -1, -1);
  pdf.line_height = atlas_pdf_layout_height (&pdf);
  {
    g_autoptr(GPtrArray) lines = atlas_export_about_lines (table, now);

    g_ptr_array_add (lines, NULL);
    pdf.about = g_strjoinv (" ", (char **) lines->pdata);
  }

  atlas_pdf_plan_slices (&pdf);
  /* on the paper's width, now that it is known */
  atlas_pdf_set_layout (&pdf, pdf.small, pdf.about, -1, atlas_pdf_printable_width (&pdf) + 2 * ATLAS_PDF_PAD_X);
  pango_layout_set_height (pdf.layout, -ABOUT_LINES);
  pango_layout_set_ellipsize (pdf.layout, PANGO_ELLIPSIZE_END);
  pdf.about_height = atlas_pdf_layout_height (&pdf) + 2;
  for (guint s = 0; s < pdf.slices->len; s++)
    atlas_pdf_measure_rows (&pdf, g_ptr_array_index (pdf.slices, s));
  paginate (&pdf, starts);
  if (pdf.n_pages == 2 && pdf.slices->len == 1)
    fit_one_page (&pdf, starts);
  cairo_pdf_surface_set_size (cairo_get_target (pdf.cr), pdf.page_width, pdf.page_height);
  ok = draw_pages (&pdf, starts, &sink, cancellable, &local_error);

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
