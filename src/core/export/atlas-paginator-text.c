/* atlas-paginator-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The paginated table's text: fonts, the layouts of cells and their measures, and
 * long text, laid out in linear time.
 *
 * Pango lays a paragraph out in time that grows faster than its length
 * (a single unbroken run of 128 KiB takes a minute), so a long text is
 * never given to it whole: its lines are found a window of a few hundred
 * bytes at a time, each window starting where the last line of the one
 * before started (Pango breaks lines greedily, so a line depends only on
 * the text from its start), and kept as byte ranges with their heights.
 * A row taller than a page is then cut between lines, and each line is
 * drawn on its own. */

#include "config.h"

#include <string.h>

#include "atlas-paginator-private.h"

#define MEASURED_BYTES 4096       /* enough of a text to know it fills a column */
#define KEPT_LAYOUTS 1000         /* per column, of text that may repeat */
#define KEPT_LENGTH 256           /* longest text whose layout is kept */
#define LINE_WINDOW 512           /* bytes of a long text laid out at once */
#define MAX_LINE_WINDOW 65536     /* a window that still holds one line ends one */

PangoFontDescription *
_atlas_paginator_font (double      size,
                       PangoWeight weight)
{
  PangoFontDescription *desc = pango_font_description_from_string (ATLAS_PAGINATOR_FONT_FAMILIES);

  pango_font_description_set_size (desc, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (desc, weight);
  return desc;
}

/* The text a cell shows: a status with its glyph, so that the colour is
 * never all that tells the statuses apart. */
char *
_atlas_paginator_cell_text (AtlasTable *table,
                            guint       row,
                            guint       column)
{
  const char *text = atlas_table_get_text (table, row, column);

  if (atlas_table_get_kind (table, row, column) == ATLAS_CELL_STATUS)
    return g_strconcat (atlas_area_status_to_glyph (atlas_table_get_status (table, row, column)),
                        " ", text, NULL);
  return g_strdup (text);
}

void
_atlas_paginator_set_layout (AtlasPaginator       *self,
                             PangoFontDescription *desc,
                             const char           *text,
                             gssize                length,
                             double                width)
{
  pango_layout_set_font_description (self->layout, desc);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (self->layout, text, length);
  pango_layout_set_width (self->layout, width < 0 ? -1 : pango_units_from_double (MAX (width - 2 * ATLAS_PAGINATOR_PAD_X, 1)));
  pango_layout_set_height (self->layout, -1);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_NONE);
}

double
_atlas_paginator_layout_width (AtlasPaginator *self)
{
  PangoRectangle logical;

  pango_layout_get_extents (self->layout, NULL, &logical);
  return pango_units_to_double (logical.width);
}

double
_atlas_paginator_layout_height (AtlasPaginator *self)
{
  PangoRectangle logical;

  pango_layout_get_extents (self->layout, NULL, &logical);
  return pango_units_to_double (logical.height);
}

/* The width a text takes on one line, and the width of its longest word
 * (what it needs when wrapped as much as it can be). */
void
_atlas_paginator_measure (AtlasPaginator       *self,
                          PangoFontDescription *desc,
                          const char           *text,
                          double               *natural,
                          double               *minimum)
{
  gsize length = strlen (text);

  if (length > MEASURED_BYTES)
    length = g_utf8_find_prev_char (text, text + MEASURED_BYTES + 1) - text;

  _atlas_paginator_set_layout (self, desc, text, length, -1);
  *natural = _atlas_paginator_layout_width (self) + 2 * ATLAS_PAGINATOR_PAD_X;
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD);
  pango_layout_set_width (self->layout, 1);
  *minimum = _atlas_paginator_layout_width (self) + 2 * ATLAS_PAGINATOR_PAD_X;
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
}

/* A column title, wrapped at spaces only: its column is at least as wide
 * as its longest word (see measure()), so no word is ever broken */
void
_atlas_paginator_header_layout (AtlasPaginator *self,
                                const char     *title,
                                double          width)
{
  _atlas_paginator_set_layout (self, self->bold, title, -1, width);
  pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD);
  pango_layout_set_height (self->layout, -ATLAS_PAGINATOR_HEADER_LINES);
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
}

/* The layout of a cell's text in column @i of @slice. Laying text out is
 * most of the work, and a comparison repeats a few values (statuses,
 * programme and area names) thousands of times, so the layouts of short
 * text are kept for the column, up to a limit; others use the one shared
 * layout and are valid until the next call. */
PangoLayout *
_atlas_paginator_cell_layout (AtlasPaginator      *self,
                              AtlasPaginatorSlice *slice,
                              guint                i,
                              guint                row,
                              const char          *text)
{
  GHashTable *kept = g_ptr_array_index (slice->layouts, i);
  double width = g_array_index (slice->widths, double, i);
  guint column = g_array_index (slice->columns, guint, i);
  PangoAlignment alignment = _atlas_paginator_cell_alignment (self, row, column);
  PangoLayout *layout = g_hash_table_lookup (kept, text);

  if (layout != NULL && pango_layout_get_alignment (layout) == alignment)
    return layout;

  if (layout != NULL || strlen (text) > KEPT_LENGTH || g_hash_table_size (kept) >= KEPT_LAYOUTS)
    layout = self->layout;
  else
    {
      layout = pango_layout_new (self->context);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      g_hash_table_insert (kept, g_strdup (text), layout);
    }
  pango_layout_set_font_description (layout, self->body);
  /* The shared layout may come from a title, wrapped at spaces only */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width - 2 * ATLAS_PAGINATOR_PAD_X, 1)));
  pango_layout_set_height (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

void
_atlas_paginator_show_text (AtlasPaginator       *self,
                            PangoFontDescription *desc,
                            const char           *text,
                            double                x,
                            double                y,
                            double                width,
                            int                   max_lines)
{
  _atlas_paginator_set_layout (self, desc, text, -1, width + 2 * ATLAS_PAGINATOR_PAD_X);
  if (max_lines > 0)
    {
      pango_layout_set_height (self->layout, -max_lines);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
    }
  cairo_move_to (self->cr, x, y);
  pango_cairo_show_layout (self->cr, self->layout);
}

PangoAlignment
_atlas_paginator_cell_alignment (AtlasPaginator *self,
                                 guint           row,
                                 guint           column)
{
  return atlas_table_get_kind (self->table, row, column) == ATLAS_CELL_NUMBER ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;
}

/* The direction of a paragraph, from its first strong letter (what
 * Pango's layout takes too) */
static PangoDirection
base_direction (const char *text,
                gsize       length)
{
  PangoDirection direction;

  /* Deprecated for Pango's own use, and still the one way to ask it */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  direction = pango_find_base_dir (text, length);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return direction;
}

static void
set_lines_layout (AtlasPaginator       *self,
                  PangoFontDescription *desc,
                  double                width,
                  PangoAlignment        alignment)
{
  PangoLayout *layout = self->lines_layout;

  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width - 2 * ATLAS_PAGINATOR_PAD_X, 1)));
  pango_layout_set_alignment (layout, alignment);
}

/* Appends the lines of the paragraph between @start and @end of @text
 * to @lines, from @y down; see the comment at the top of the file */
static void
add_paragraph (AtlasPaginator *self,
               const char     *text,
               gsize           start,
               gsize           end,
               GArray         *lines,
               double         *y)
{
  PangoLayout *layout = self->lines_layout;
  gboolean rtl = base_direction (text + start, end - start) == PANGO_DIRECTION_RTL;
  gsize window = LINE_WINDOW;
  gsize pos = start;

  do
    {
      gsize stop = MIN (end, pos + window);
      PangoLayoutIter *iter;
      gboolean whole;
      gsize next = stop;
      int n;

      /* A window ends between characters */
      while (stop > pos + 1 && stop < end && (text[stop] & 0xC0) == 0x80)
        stop--;
      whole = stop == end;
      pango_layout_set_text (layout, text + pos, stop - pos);
      n = pango_layout_get_line_count (layout);
      /* The last line of a window may go on after it: it starts the next
       * one, unless it is the only line (zero-width text), when the
       * window grows */
      if (!whole && n < 2 && window < MAX_LINE_WINDOW)
        {
          window *= 2;
          continue;
        }

      iter = pango_layout_get_iter (layout);
      for (int i = 0; i < n; i++, pango_layout_iter_next_line (iter))
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          AtlasPaginatorLine kept;
          int top, bottom;

          if (!whole && i == n - 1 && n >= 2)
            {
              next = pos + line->start_index;
              break;
            }
          pango_layout_iter_get_line_yrange (iter, &top, &bottom);
          kept.start = pos + line->start_index;
          kept.end = pos + line->start_index + line->length;
          kept.top = *y;
          kept.height = pango_units_to_double (bottom - top);
          kept.rtl = rtl;
          g_array_append_val (lines, kept);
          *y += kept.height;
        }
      pango_layout_iter_free (iter);
      pos = next;
      window = LINE_WINDOW;
    }
  while (pos < end);
}

/* The lines of @text in type @desc in a column @width wide (with its
 * padding), found in time linear in its length */
GArray *
_atlas_paginator_text_lines (AtlasPaginator       *self,
                             PangoFontDescription *desc,
                             const char           *text,
                             double                width,
                             PangoAlignment        alignment)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (AtlasPaginatorLine));
  gsize length = strlen (text);
  gsize start = 0;
  double y = 0;

  set_lines_layout (self, desc, width, alignment);
  for (;;)
    {
      int delimiter, next;

      pango_find_paragraph_boundary (text + start, length - start, &delimiter, &next);
      add_paragraph (self, text, start, start + delimiter, lines, &y);
      /* A text that ends with a line break ends with an empty line, as
       * in one layout of it */
      if (delimiter == next)
        break;
      start += next;
    }
  return lines;
}

/**
 * _atlas_paginator_cell_lines:
 *
 * Returns: (transfer none): the lines of @text, the cell of @row in
 *   column @i of @slice, laid out once per slice
 */
GArray *
_atlas_paginator_cell_lines (AtlasPaginator      *self,
                             AtlasPaginatorSlice *slice,
                             guint                i,
                             guint                row,
                             const char          *text)
{
  gpointer key = GSIZE_TO_POINTER ((gsize) row * slice->columns->len + i);
  GArray *lines = g_hash_table_lookup (slice->lines, key);

  if (lines == NULL)
    {
      guint column = g_array_index (slice->columns, guint, i);

      lines = _atlas_paginator_text_lines (self, self->body, text, g_array_index (slice->widths, double, i),
                          _atlas_paginator_cell_alignment (self, row, column));
      g_hash_table_insert (slice->lines, key, lines);
    }
  return lines;
}

double
_atlas_paginator_lines_height (GArray *lines,
                               guint   from,
                               guint   to)
{
  AtlasPaginatorLine *first, *last;

  if (from >= to)
    return 0;
  first = &g_array_index (lines, AtlasPaginatorLine, from);
  last = &g_array_index (lines, AtlasPaginatorLine, to - 1);
  return last->top + last->height - first->top;
}

/* Draws lines @from to @to of @text, the first at @y: each on its own,
 * in the direction of its paragraph */
void
_atlas_paginator_show_lines (AtlasPaginator       *self,
                             PangoFontDescription *desc,
                             const char           *text,
                             GArray               *lines,
                             guint                 from,
                             guint                 to,
                             double                x,
                             double                y,
                             double                width,
                             PangoAlignment        alignment)
{
  double top;

  if (from >= to)
    return;
  top = g_array_index (lines, AtlasPaginatorLine, from).top;
  set_lines_layout (self, desc, width, alignment);
  for (guint k = from; k < to; k++)
    {
      AtlasPaginatorLine *line = &g_array_index (lines, AtlasPaginatorLine, k);
      const char *start = text + line->start;
      gsize length = line->end - line->start;
      PangoDirection direction = base_direction (start, length);

      /* A line alone takes its direction from its own first letter; an
       * invisible mark gives it its paragraph's */
      if (line->rtl != (direction == PANGO_DIRECTION_RTL))
        {
          g_autoptr(GString) marked = g_string_new (line->rtl ? "\xe2\x80\x8f" : "\xe2\x80\x8e");  /* RLM, LRM */

          g_string_append_len (marked, start, length);
          pango_layout_set_text (self->lines_layout, marked->str, marked->len);
        }
      else
        pango_layout_set_text (self->lines_layout, start, length);
      cairo_move_to (self->cr, x, y + line->top - top);
      pango_cairo_show_layout (self->cr, self->lines_layout);
    }
}
