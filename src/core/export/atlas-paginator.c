/* atlas-paginator.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A table on pages of paper, drawn with cairo and Pango: what the PDF
 * export writes and the window's print operation prints.
 *
 * Page one opens with the title, the date, the source note and a legend
 * of the status marks; every page repeats the header row and ends with
 * its page number; the sources the cells cite follow the table. Text
 * wraps inside its cell at spaces, never inside a word that the column
 * was measured for (a title's always), and no column is ever cut off: a
 * table that does not fit the width of a portrait page turns to
 * landscape, then narrows its columns down to their longest word, then
 * shrinks its type a little, and when it is still too wide it is split
 * into slices of columns, each printed in full (down, then over) with the
 * leading label columns repeated. A row taller than a page continues on
 * the next, cut between the lines of each of its cells.
 *
 * The pages are laid out once, where each one starts kept, so that any
 * page can be drawn alone, in any order.
 *
 * Dataset text goes to Pango as plain text, never as markup. The fonts
 * named first cover Latin, CJK and Hangul; Pango falls back for the rest. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-export-private.h"
#include "atlas-paginator-private.h"
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
  guint source_line;              /* of a long source begun on an earlier page */
  gboolean heading;               /* whether the sources' heading is drawn */
} Place;

static void
place_clear (Place *place)
{
  g_clear_pointer (&place->cursors, g_free);
}

G_DEFINE_FINAL_TYPE (AtlasPaginator, atlas_paginator, G_TYPE_OBJECT)

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
draw_row (AtlasPaginator      *self,
          AtlasPaginatorSlice *slice,
          int                  row,
          double               y,
          double               height,
          const guint         *from,
          const guint         *to)
{
  AtlasTable *table = self->table;
  cairo_t *cr = self->cr;
  double x;

  /* Fills, text, then the grid as one path: a long table is many pages,
   * and fewer drawing operations make it much quicker to write */
  x = self->margin;
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

  x = self->margin;
  cairo_set_source_rgb (cr, 0.118, 0.118, 0.118);
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double width = g_array_index (slice->widths, double, i);
      g_autofree char *text = row < 0 ? NULL : _atlas_paginator_cell_text (table, row, c);

      if (row < 0)
        {
          _atlas_paginator_header_layout (self, atlas_table_get_column_title (table, c), width);
          cairo_move_to (cr, x + ATLAS_PAGINATOR_PAD_X, y + ATLAS_PAGINATOR_PAD_Y);
          pango_cairo_show_layout (cr, self->layout);
        }
      else if (*text != '\0' && (from != NULL || strlen (text) > ATLAS_PAGINATOR_LONG_TEXT))
        {
          GArray *lines = _atlas_paginator_cell_lines (self, slice, i, row, text);

          _atlas_paginator_show_lines (self, self->body, text, lines, from ? from[i] : 0, to ? to[i] : lines->len,
                                x + ATLAS_PAGINATOR_PAD_X, y + ATLAS_PAGINATOR_PAD_Y, width,
                                _atlas_paginator_cell_alignment (self, row, c));
        }
      else if (*text != '\0')
        {
          cairo_move_to (cr, x + ATLAS_PAGINATOR_PAD_X, y + ATLAS_PAGINATOR_PAD_Y);
          pango_cairo_show_layout (cr, _atlas_paginator_cell_layout (self, slice, i, row, text));
        }
      x += width;
    }

  x = self->margin;
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
take_lines (AtlasPaginator      *self,
            AtlasPaginatorSlice *slice,
            guint                row,
            const guint         *cursors,
            double               room,
            gboolean             at_top,
            guint               *ends)
{
  double taken = 0;
  gboolean any = FALSE;

  room -= 2 * ATLAS_PAGINATOR_PAD_Y;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      g_autofree char *text = _atlas_paginator_cell_text (self->table, row, g_array_index (slice->columns, guint, i));
      GArray *lines = *text != '\0' ? _atlas_paginator_cell_lines (self, slice, i, row, text) : NULL;
      guint n = lines ? lines->len : 0;
      guint k = cursors[i];

      while (k < n && _atlas_paginator_lines_height (lines, cursors[i], k + 1) <= room)
        k++;
      if (k == cursors[i] && k < n && at_top)
        k++;
      ends[i] = k;
      any = any || k > cursors[i];
      taken = MAX (taken, lines ? _atlas_paginator_lines_height (lines, cursors[i], k) : 0);
    }
  return any ? taken + 2 * ATLAS_PAGINATOR_PAD_Y : 0;
}

static gboolean
row_done (AtlasPaginator      *self,
          AtlasPaginatorSlice *slice,
          guint                row,
          const guint         *cursors)
{
  for (guint i = 0; i < slice->columns->len; i++)
    {
      g_autofree char *text = _atlas_paginator_cell_text (self->table, row, g_array_index (slice->columns, guint, i));

      if (*text != '\0' && cursors[i] < _atlas_paginator_cell_lines (self, slice, i, row, text)->len)
        return FALSE;
    }
  return TRUE;
}

static double
footer_top (AtlasPaginator *self)
{
  return self->page_height - self->margin - self->line_height - self->about_height;
}

/* Where the header row starts on pages after the first */
static double
running_head_bottom (AtlasPaginator *self)
{
  return self->margin + self->line_height + 4;
}

/* What the marks in the cells mean, each word and meaning beside its
 * mark on its tint, flowing over as many lines as they need. Returns
 * where the legend ends. */
static double
draw_legend (AtlasPaginator *self,
             double          top,
             gboolean        draw)
{
  double width = _atlas_paginator_printable_width (self);
  double swatch = self->line_height + 2;
  double x = self->margin, y = top, line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (atlas_export_legend_order); i++)
    {
      AtlasAreaStatus status = atlas_export_legend_order[i];
      g_autofree char *text = g_strdup_printf ("%s — %s", atlas_area_status_to_label (status),
                                               atlas_area_status_describe (status));
      double rgb[3] = { 1, 1, 1 };
      double w, h;

      _atlas_paginator_set_layout (self, self->small, text, -1, width - swatch - 4 + 2 * ATLAS_PAGINATOR_PAD_X);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD);
      w = _atlas_paginator_layout_width (self);
      h = MAX (_atlas_paginator_layout_height (self), swatch);
      if (x > self->margin && x + swatch + 4 + w > self->margin + width)
        {
          x = self->margin;
          y += line + 3;
          line = 0;
        }
      if (draw)
        {
          cairo_move_to (self->cr, x + swatch + 4, y + (swatch - self->line_height * ATLAS_PAGINATOR_SMALL_SIZE / ATLAS_PAGINATOR_BODY_SIZE) / 2);
          cairo_set_source_rgb (self->cr, 0.118, 0.118, 0.118);
          pango_cairo_show_layout (self->cr, self->layout);

          status_colour (status, rgb);
          cairo_set_source_rgb (self->cr, rgb[0], rgb[1], rgb[2]);
          cairo_rectangle (self->cr, x, y, swatch, swatch);
          cairo_fill_preserve (self->cr);
          cairo_set_source_rgb (self->cr, 0.753, 0.749, 0.737);
          cairo_set_line_width (self->cr, 0.5);
          cairo_stroke (self->cr);

          _atlas_paginator_set_layout (self, self->body, atlas_area_status_to_glyph (status), -1, swatch + 2 * ATLAS_PAGINATOR_PAD_X);
          pango_layout_set_alignment (self->layout, PANGO_ALIGN_CENTER);
          cairo_set_source_rgb (self->cr, 0.118, 0.118, 0.118);
          cairo_move_to (self->cr, x, y + (swatch - _atlas_paginator_layout_height (self)) / 2);
          pango_cairo_show_layout (self->cr, self->layout);
          pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);
        }
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      x += swatch + 4 + w + 14;
      line = MAX (line, h);
    }
  return y + line;
}

/* Starts a page: the title block on the first, a running head on the
 * others, the footer, and the header row. Returns where rows start. */
static double
begin_page (AtlasPaginator      *self,
            AtlasPaginatorSlice *slice,
            gboolean             draw)
{
  AtlasTable *table = self->table;
  double width = _atlas_paginator_printable_width (self);
  double y = self->margin;

  if (self->page == 1)
    {
      g_autofree char *meta = NULL;

      _atlas_paginator_set_layout (self, self->title, atlas_table_get_title (table), -1, width + 2 * ATLAS_PAGINATOR_PAD_X);
      pango_layout_set_height (self->layout, -3);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      if (draw)
        {
          cairo_set_source_rgb (self->cr, 0.118, 0.118, 0.118);
          cairo_move_to (self->cr, self->margin, y);
          pango_cairo_show_layout (self->cr, self->layout);
        }
      y += _atlas_paginator_layout_height (self) + 2;

      meta = atlas_table_get_note (table)
             ? g_strconcat (self->dated, "\n", atlas_table_get_note (table), NULL)
             : g_strdup (self->dated);
      _atlas_paginator_set_layout (self, self->small, meta, -1, width + 2 * ATLAS_PAGINATOR_PAD_X);
      pango_layout_set_height (self->layout, -NOTE_LINES);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      if (draw)
        {
          cairo_set_source_rgb (self->cr, 0.369, 0.361, 0.392);
          cairo_move_to (self->cr, self->margin, y);
          pango_cairo_show_layout (self->cr, self->layout);
        }
      y += _atlas_paginator_layout_height (self) + 6;
      if (atlas_table_has_statuses (table))
        y = draw_legend (self, y, draw) + 4;
      y += 4;
    }
  else
    {
      if (draw)
        {
          cairo_set_source_rgb (self->cr, 0.369, 0.361, 0.392);
          _atlas_paginator_show_text (self, self->small, atlas_table_get_title (table), self->margin, y, width, 1);
        }
      y = running_head_bottom (self);
    }

  if (draw)
    {
      g_autofree char *page = NULL;

      cairo_set_source_rgb (self->cr, 0.369, 0.361, 0.392);
      /* Translators: in the footer of an exported PDF */
      page = g_strdup_printf (_("Page %u of %u"), self->page, self->n_pages);
      _atlas_paginator_set_layout (self, self->small, page, -1, width + 2 * ATLAS_PAGINATOR_PAD_X);
      pango_layout_set_alignment (self->layout, PANGO_ALIGN_RIGHT);
      cairo_move_to (self->cr, self->margin, footer_top (self));
      pango_cairo_show_layout (self->cr, self->layout);
      pango_layout_set_alignment (self->layout, PANGO_ALIGN_LEFT);

      if (self->slices->len > 1 && slice != NULL)
        {
          /* Translators: in the footer of a PDF whose table is too wide
           * for the paper and is printed in slices of columns */
          g_autofree char *columns = g_strdup_printf (_("Columns %u–%u of %u"), slice->first + 1, slice->last + 1,
                                                      atlas_table_get_n_columns (table));

          _atlas_paginator_show_text (self, self->small, columns, self->margin, footer_top (self), width / 2, 1);
        }
      /* Every page says which data it shows: the dataset, its release
       * and file, when and with what it was exported, the selection */
      _atlas_paginator_show_text (self, self->small, self->about, self->margin, footer_top (self) + self->line_height, width, ABOUT_LINES);

      if (slice != NULL)
        draw_row (self, slice, -1, y, slice->header_height, NULL, NULL);
    }
  return slice != NULL ? y + slice->header_height : y;
}

/* The lines of long source @i's reference, laid out once */
static GArray *
source_lines (AtlasPaginator *self,
              guint           i,
              double          width)
{
  if (self->source_lines->len < i)
    g_ptr_array_set_size (self->source_lines, i);
  if (g_ptr_array_index (self->source_lines, i - 1) == NULL)
    g_ptr_array_index (self->source_lines, i - 1) =
      _atlas_paginator_text_lines (self, self->small, atlas_table_get_source_reference (self->table, i), width,
                                   PANGO_ALIGN_LEFT);
  return g_ptr_array_index (self->source_lines, i - 1);
}

/* The sources that the cells' [1], [2]… cite, after the table, from
 * @place on, as many as fit below @y. Returns whether some are left. */
static gboolean
run_sources (AtlasPaginator *self,
             Place          *place,
             double          y,
             gboolean        draw)
{
  AtlasTable *table = self->table;
  double bottom = footer_top (self) - 6;
  double width = _atlas_paginator_printable_width (self);
  double indent = 24;

  if (!place->heading)
    {
      double heading;

      /* Translators: the heading of the list of sources after an exported table */
      _atlas_paginator_set_layout (self, self->bold, _("Sources"), -1, width + 2 * ATLAS_PAGINATOR_PAD_X);
      heading = _atlas_paginator_layout_height (self);
      if (y > running_head_bottom (self))
        y += 14;
      /* The heading never ends a page alone */
      if (y + heading + 2 * self->line_height > bottom && y > running_head_bottom (self))
        return TRUE;
      if (draw)
        {
          cairo_set_source_rgb (self->cr, 0.118, 0.118, 0.118);
          cairo_move_to (self->cr, self->margin, y);
          pango_cairo_show_layout (self->cr, self->layout);
        }
      y += heading + 4;
      place->heading = TRUE;
    }

  for (; place->source <= atlas_table_get_n_sources (table); place->source++)
    {
      guint i = place->source;
      const char *reference = atlas_table_get_source_reference (table, i);
      g_autofree char *number = g_strdup_printf ("[%u]", i);
      GArray *lines;
      guint end;

      if (strlen (reference) <= ATLAS_PAGINATOR_LONG_TEXT)
        {
          double height;

          /* An address breaks anywhere, the words at spaces */
          _atlas_paginator_set_layout (self, self->small, reference, -1, width - indent + 2 * ATLAS_PAGINATOR_PAD_X);
          height = _atlas_paginator_layout_height (self);
          if (y + height > bottom && y > running_head_bottom (self))
            return TRUE;
          if (draw)
            {
              cairo_set_source_rgb (self->cr, 0.118, 0.118, 0.118);
              cairo_move_to (self->cr, self->margin + indent, y);
              pango_cairo_show_layout (self->cr, self->layout);
              _atlas_paginator_show_text (self, self->small, number, self->margin, y, indent - 4, 1);
            }
          y += height + 3;
          continue;
        }

      /* A long one (dataset text: a title may be 1 MiB) goes on over
       * pages, line by line, as a long cell does */
      lines = source_lines (self, i, width - indent + 2 * ATLAS_PAGINATOR_PAD_X);
      end = place->source_line;
      while (end < lines->len && y + _atlas_paginator_lines_height (lines, place->source_line, end + 1) <= bottom)
        end++;
      if (end == place->source_line && y > running_head_bottom (self))
        return TRUE;
      if (end == place->source_line)
        end++;
      if (draw)
        {
          cairo_set_source_rgb (self->cr, 0.118, 0.118, 0.118);
          _atlas_paginator_show_lines (self, self->small, reference, lines, place->source_line, end,
                                       self->margin + indent, y, width - indent + 2 * ATLAS_PAGINATOR_PAD_X,
                                       PANGO_ALIGN_LEFT);
          if (place->source_line == 0)
            _atlas_paginator_show_text (self, self->small, number, self->margin, y, indent - 4, 1);
        }
      y += _atlas_paginator_lines_height (lines, place->source_line, end);
      if (end < lines->len)
        {
          place->source_line = end;
          return TRUE;
        }
      place->source_line = 0;
      y += 3;
    }
  return FALSE;
}

/* Lays out page @page (from 1) from @place, and draws it when @draw;
 * moves @place to where the next page starts. Both the count and the
 * drawing take the same decisions. Returns whether a page follows. */
static gboolean
run_page (AtlasPaginator *self,
          guint           page,
          Place          *place,
          gboolean        draw)
{
  guint n_rows = atlas_table_get_n_rows (self->table);
  double bottom = footer_top (self) - 6;
  AtlasPaginatorSlice *slice = g_ptr_array_index (self->slices, place->slice);
  double top, y;

  self->page = page;
  if (place->source > 0)
    return run_sources (self, place, begin_page (self, NULL, draw), draw);

  y = top = begin_page (self, slice, draw);
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
                draw_row (self, slice, r, y, height, NULL, NULL);
              y += height;
              place->row++;
              continue;
            }
          /* A row goes to the next page when it fits there; one taller
           * than any page starts where it is */
          if (y > top && height <= bottom - running_head_bottom (self) - slice->header_height)
            return TRUE;
          place->cursors = g_new0 (guint, slice->columns->len);
        }

      /* and goes on over as many pages as it needs */
      ends = g_new0 (guint, slice->columns->len);
      taken = take_lines (self, slice, r, place->cursors, bottom - y, y <= top, ends);
      if (taken == 0)
        return TRUE;
      if (draw)
        draw_row (self, slice, r, y, taken, place->cursors, ends);
      y += taken;
      memcpy (place->cursors, ends, slice->columns->len * sizeof (guint));
      if (!row_done (self, slice, r, place->cursors))
        return TRUE;
      g_clear_pointer (&place->cursors, g_free);
      place->row++;
    }

  if (place->slice + 1 < self->slices->len)
    {
      place->slice++;
      place->row = 0;
      return TRUE;
    }
  if (atlas_table_get_n_sources (self->table) == 0)
    return FALSE;
  place->source = 1;
  return run_sources (self, place, y, draw);
}

/* Lays every page out, keeping where each starts in @starts */
static void
paginate (AtlasPaginator *self,
          GArray         *starts)
{
  Place place = { 0 };
  gboolean more;

  g_array_set_size (starts, 0);
  do
    {
      Place start = place;

      if (place.cursors != NULL)
        start.cursors = g_memdup2 (place.cursors, sizeof (guint) *
                                   ((AtlasPaginatorSlice *) g_ptr_array_index (self->slices, place.slice))->columns->len);
      g_array_append_val (starts, start);
      more = run_page (self, starts->len, &place, FALSE);
    }
  while (more);
  place_clear (&place);
  self->n_pages = starts->len;
}

/* A table that only just spills over onto a second page is set in
 * slightly smaller type when that makes it fit on one. */
static void
fit_one_page (AtlasPaginator *self,
              GArray         *starts)
{
  AtlasPaginatorSlice *slice = g_ptr_array_index (self->slices, 0);
  double scale = self->scale;

  for (double smaller = scale - 0.05; smaller >= MIN_FIT_SCALE - 0.001; smaller -= 0.05)
    {
      /* in the same columns: smaller text only wraps less */
      _atlas_paginator_set_scale (self, smaller);
      _atlas_paginator_measure_rows (self, slice);
      paginate (self, starts);
      if (self->n_pages == 1)
        return;
    }
  _atlas_paginator_set_scale (self, scale);
  _atlas_paginator_measure_rows (self, slice);
  paginate (self, starts);
}

static void
atlas_paginator_finalize (GObject *object)
{
  AtlasPaginator *self = (AtlasPaginator *) object;

  g_clear_pointer (&self->starts, g_array_unref);
  g_clear_pointer (&self->source_lines, g_ptr_array_unref);
  g_clear_pointer (&self->slices, g_ptr_array_unref);
  g_clear_object (&self->layout);
  g_clear_object (&self->lines_layout);
  g_clear_pointer (&self->body, pango_font_description_free);
  g_clear_pointer (&self->bold, pango_font_description_free);
  g_clear_pointer (&self->title, pango_font_description_free);
  g_clear_pointer (&self->small, pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_pointer (&self->dated, g_free);
  g_clear_pointer (&self->about, g_free);
  g_clear_pointer (&self->table, atlas_table_unref);

  G_OBJECT_CLASS (atlas_paginator_parent_class)->finalize (object);
}

static void
atlas_paginator_class_init (AtlasPaginatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_paginator_finalize;
}

static void
atlas_paginator_init (AtlasPaginator *self)
{
  self->starts = g_array_new (FALSE, FALSE, sizeof (Place));
  g_array_set_clear_func (self->starts, (GDestroyNotify) place_clear);
  self->slices = g_ptr_array_new_with_free_func (_atlas_paginator_slice_free);
  self->source_lines = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->scale = 1.0;
}

/* Its own context, not one from the surface drawn on: the PDF export and
 * the print operation then measure alike, in points, with outlines not
 * bent to a device's pixel grid */
static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  /* Widths in fractions of a point, so that text measured at one size
   * takes, in smaller type, the share of its column it was given */
  pango_context_set_round_glyph_positions (context, FALSE);
  return context;
}

/**
 * atlas_paginator_new:
 * @table: the table to lay out
 * @paper_width: of the paper, in points
 * @paper_height: in points: landscape stays so, portrait turns to
 *   landscape when the table is wide
 * @margin: on every side, in points
 *
 * Lays @table out on pages of the paper: the widths of its columns, the
 * paper turned to landscape when the table is wide, slices of columns
 * when it is wider still (each with the leading label columns), the rows
 * of each slice on pages with the header row repeated, a row taller than
 * a page cut between lines, and the sources the cells cite after the
 * table. The PDF export and the print operation both draw its pages.
 *
 * Returns: (transfer full): the table on pages
 */
AtlasPaginator *
atlas_paginator_new (AtlasTable *table,
                     double      paper_width,
                     double      paper_height,
                     double      margin)
{
  g_autoptr(GDateTime) now = atlas_export_now ();
  AtlasPaginator *self;

  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (paper_width > 2 * margin && paper_height > 2 * margin, NULL);

  self = g_object_new (ATLAS_TYPE_PAGINATOR, NULL);
  self->table = atlas_table_ref (table);
  self->page_width = paper_width;
  self->page_height = paper_height;
  self->margin = margin;
  self->context = create_context ();
  self->layout = pango_layout_new (self->context);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  self->lines_layout = pango_layout_new (self->context);
  pango_layout_set_wrap (self->lines_layout, PANGO_WRAP_WORD_CHAR);
  {
    /* A line broken inside a word ends without a hyphen: it is drawn
     * alone, and a hyphen in an address or a code would read as its own */
    g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
    pango_layout_set_attributes (self->lines_layout, attrs);
  }
  self->body = _atlas_paginator_font (ATLAS_PAGINATOR_BODY_SIZE, PANGO_WEIGHT_NORMAL);
  self->bold = _atlas_paginator_font (ATLAS_PAGINATOR_BODY_SIZE, PANGO_WEIGHT_BOLD);
  self->title = _atlas_paginator_font (ATLAS_PAGINATOR_TITLE_SIZE, PANGO_WEIGHT_BOLD);
  self->small = _atlas_paginator_font (ATLAS_PAGINATOR_SMALL_SIZE, PANGO_WEIGHT_NORMAL);
  self->dated = atlas_export_dated_line (now);

  _atlas_paginator_set_layout (self, self->body, "Ag", -1, -1);
  self->line_height = _atlas_paginator_layout_height (self);
  {
    g_autoptr(GPtrArray) lines = atlas_export_about_lines (table, now);

    g_ptr_array_add (lines, NULL);
    self->about = g_strjoinv (" ", (char **) lines->pdata);
  }

  _atlas_paginator_plan_slices (self);
  /* on the paper's width, now that it is known */
  _atlas_paginator_set_layout (self, self->small, self->about, -1,
                               _atlas_paginator_printable_width (self) + 2 * ATLAS_PAGINATOR_PAD_X);
  pango_layout_set_height (self->layout, -ABOUT_LINES);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  self->about_height = _atlas_paginator_layout_height (self) + 2;
  for (guint s = 0; s < self->slices->len; s++)
    _atlas_paginator_measure_rows (self, g_ptr_array_index (self->slices, s));
  paginate (self, self->starts);
  if (self->n_pages == 2 && self->slices->len == 1)
    fit_one_page (self, self->starts);
  return self;
}

/**
 * atlas_paginator_get_page_size:
 *
 * The paper as the pages are laid out on it: turned to landscape when
 * the table is wide.
 */
void
atlas_paginator_get_page_size (AtlasPaginator *self,
                               double         *width,
                               double         *height)
{
  g_return_if_fail (ATLAS_IS_PAGINATOR (self));

  if (width != NULL)
    *width = self->page_width;
  if (height != NULL)
    *height = self->page_height;
}

guint
atlas_paginator_get_n_pages (AtlasPaginator *self)
{
  g_return_val_if_fail (ATLAS_IS_PAGINATOR (self), 0);

  return self->n_pages;
}

void
atlas_paginator_get_page (AtlasPaginator     *self,
                          guint               page,
                          AtlasPaginatorPage *out)
{
  guint n_rows;
  Place *start, *next;

  g_return_if_fail (ATLAS_IS_PAGINATOR (self));
  g_return_if_fail (page < self->n_pages);
  g_return_if_fail (out != NULL);

  n_rows = atlas_table_get_n_rows (self->table);
  start = &g_array_index (self->starts, Place, page);
  next = page + 1 < self->n_pages ? &g_array_index (self->starts, Place, page + 1) : NULL;
  out->slice = start->slice;
  out->row_continued = start->cursors != NULL;
  if (start->source > 0)
    {
      out->first_row = out->end_row = n_rows;
      return;
    }
  out->first_row = start->row;
  if (next != NULL && next->slice == start->slice && next->source == 0)
    out->end_row = next->row + (next->cursors != NULL ? 1 : 0);
  else
    out->end_row = n_rows;
}

guint
atlas_paginator_get_n_slices (AtlasPaginator *self)
{
  g_return_val_if_fail (ATLAS_IS_PAGINATOR (self), 0);

  return self->slices->len;
}

/**
 * atlas_paginator_get_slice_columns:
 * @n_columns: (out): how many
 *
 * Returns: (array length=n_columns) (transfer none): the table's columns
 *   that the pages of @slice show, the repeated label columns first
 */
const guint *
atlas_paginator_get_slice_columns (AtlasPaginator *self,
                                   guint           slice,
                                   guint          *n_columns)
{
  AtlasPaginatorSlice *s;

  g_return_val_if_fail (ATLAS_IS_PAGINATOR (self), NULL);
  g_return_val_if_fail (slice < self->slices->len, NULL);

  s = g_ptr_array_index (self->slices, slice);
  *n_columns = s->columns->len;
  return (const guint *) s->columns->data;
}

/**
 * atlas_paginator_get_row_height:
 *
 * Returns: the height of @row in the columns of @slice, in points
 */
double
atlas_paginator_get_row_height (AtlasPaginator *self,
                                guint           slice,
                                guint           row)
{
  g_return_val_if_fail (ATLAS_IS_PAGINATOR (self), 0);
  g_return_val_if_fail (slice < self->slices->len, 0);
  g_return_val_if_fail (row < atlas_table_get_n_rows (self->table), 0);

  return ((AtlasPaginatorSlice *) g_ptr_array_index (self->slices, slice))->row_heights[row];
}

/**
 * atlas_paginator_get_room:
 *
 * Returns: the height a page after the first has for the rows of @slice,
 *   under its header row: a row no taller is never cut
 */
double
atlas_paginator_get_room (AtlasPaginator *self,
                          guint           slice)
{
  g_return_val_if_fail (ATLAS_IS_PAGINATOR (self), 0);
  g_return_val_if_fail (slice < self->slices->len, 0);

  return footer_top (self) - 6 - running_head_bottom (self) -
         ((AtlasPaginatorSlice *) g_ptr_array_index (self->slices, slice))->header_height;
}

/**
 * atlas_paginator_draw_page:
 * @cr: where to draw, in points, the paper's top left corner at 0, 0
 * @page: from 0
 *
 * Draws one page, in any order.
 */
void
atlas_paginator_draw_page (AtlasPaginator *self,
                           cairo_t        *cr,
                           guint           page)
{
  Place place;

  g_return_if_fail (ATLAS_IS_PAGINATOR (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  place = g_array_index (self->starts, Place, page);
  if (place.cursors != NULL)
    place.cursors = g_memdup2 (place.cursors, sizeof (guint) *
                               ((AtlasPaginatorSlice *) g_ptr_array_index (self->slices, place.slice))->columns->len);
  self->cr = cr;
  cairo_save (cr);
  run_page (self, page + 1, &place, TRUE);
  cairo_restore (cr);
  self->cr = NULL;
  place_clear (&place);
}
