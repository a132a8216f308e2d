/* atlas-paginator-plan.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The paginated table measured: the widths of its columns, its paper turned
 * when it is wide, its type a little smaller when that keeps it whole,
 * its columns in slices when it is wider still, and the height of every
 * row in each slice. */

#include "config.h"

#include <string.h>

#include "atlas-paginator-private.h"

#define MAX_COLUMN_WIDTH 170.0    /* longer text wraps */
#define MIN_SCALE 0.7             /* smallest type before splitting columns */
#define SLIGHTLY_SMALLER 0.9      /* type that small still keeps text on one line */
#define LABEL_SHARE 0.45          /* most of a page's width the repeated columns may take */
#define SAMPLE_ROWS 1000          /* rows measured to size the columns */

void
_atlas_paginator_slice_free (gpointer data)
{
  AtlasPaginatorSlice *slice = data;

  g_array_unref (slice->columns);
  g_array_unref (slice->widths);
  g_free (slice->row_heights);
  g_clear_pointer (&slice->layouts, g_ptr_array_unref);
  g_clear_pointer (&slice->lines, g_hash_table_unref);
  g_free (slice);
}

static AtlasPaginatorSlice *
slice_new (void)
{
  AtlasPaginatorSlice *slice = g_new0 (AtlasPaginatorSlice, 1);

  slice->columns = g_array_new (FALSE, FALSE, sizeof (guint));
  slice->widths = g_array_new (FALSE, FALSE, sizeof (double));
  return slice;
}

double
_atlas_paginator_printable_width (AtlasPaginator *self)
{
  return self->page_width - 2 * self->margin;
}

void
_atlas_paginator_set_scale (AtlasPaginator *self,
                            double          scale)
{
  self->scale = scale;
  pango_font_description_set_size (self->body, (int) (ATLAS_PAGINATOR_BODY_SIZE * scale * PANGO_SCALE));
  pango_font_description_set_size (self->bold, (int) (ATLAS_PAGINATOR_BODY_SIZE * scale * PANGO_SCALE));
}

static void
measure_columns (AtlasPaginator *self,
                 double         *natural,
                 double         *minimum)
{
  AtlasTable *table = self->table;
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_sampled = MIN (atlas_table_get_n_rows (table), SAMPLE_ROWS);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      _atlas_paginator_measure (self, self->bold, atlas_table_get_column_title (table, c), &natural[c], &minimum[c]);
      for (guint r = 0; r < n_sampled; r++)
        {
          g_autofree char *text = _atlas_paginator_cell_text (table, r, c);
          double n, m;

          if (g_hash_table_contains (seen, text))
            continue;
          _atlas_paginator_measure (self, self->body, text, &n, &m);
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
fit_slice (AtlasPaginatorSlice *slice,
           const double        *natural,
           const double        *minimum,
           double               width)
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
count_labels (AtlasPaginator *self,
              const double   *natural)
{
  AtlasTable *table = self->table;
  guint n_columns = atlas_table_get_n_columns (table);
  guint n = 1;
  double width = natural[0];

  if (atlas_table_get_n_rows (table) == 0)
    return 1;
  while (n < n_columns - 1 &&
         atlas_table_get_kind (table, 0, n) != ATLAS_CELL_STATUS &&
         width + natural[n] <= LABEL_SHARE * _atlas_paginator_printable_width (self))
    width += natural[n++];
  return n;
}

static void
set_landscape (AtlasPaginator *self)
{
  double w = MAX (self->page_width, self->page_height);
  double h = MIN (self->page_width, self->page_height);

  self->page_width = w;
  self->page_height = h;
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

void
_atlas_paginator_plan_slices (AtlasPaginator *self)
{
  guint n_columns = atlas_table_get_n_columns (self->table);
  g_autofree double *natural = g_new0 (double, MAX (n_columns, 1));
  g_autofree double *minimum = g_new0 (double, MAX (n_columns, 1));
  double sum_natural = 0, sum_minimum = 0;
  AtlasPaginatorSlice *slice;
  guint n_labels;
  double width, used, pads;

  measure_columns (self, natural, minimum);
  for (guint c = 0; c < n_columns; c++)
    {
      sum_natural += natural[c];
      sum_minimum += minimum[c];
    }

  /* A table a little too wide for its page is set in slightly smaller
   * type rather than wrapped; a wider one turns the page */
  if (sum_natural * SLIGHTLY_SMALLER > _atlas_paginator_printable_width (self))
    set_landscape (self);
  width = _atlas_paginator_printable_width (self);

  /* Smaller type narrows the text, not the cells' padding */
  pads = n_columns * 2 * ATLAS_PAGINATOR_PAD_X;
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
      _atlas_paginator_set_scale (self, scale);
      for (guint c = 0; c < n_columns; c++)
        {
          natural[c] = (natural[c] - 2 * ATLAS_PAGINATOR_PAD_X) * scale + 2 * ATLAS_PAGINATOR_PAD_X;
          minimum[c] = (minimum[c] - 2 * ATLAS_PAGINATOR_PAD_X) * scale + 2 * ATLAS_PAGINATOR_PAD_X;
        }
      fit_slice (slice, natural, minimum, width);
      g_ptr_array_add (self->slices, slice);
      return;
    }

  n_labels = count_labels (self, natural);
  slice = NULL;
  used = 0;
  for (guint c = n_labels; c < n_columns; c++)
    {
      if (slice != NULL && used + natural[c] > width)
        {
          fit_slice (slice, natural, minimum, width);
          g_ptr_array_add (self->slices, g_steal_pointer (&slice));
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
  g_ptr_array_add (self->slices, slice);
}

static double
header_cell_height (AtlasPaginator *self,
                    const char     *title,
                    double          width)
{
  _atlas_paginator_header_layout (self, title, width);
  return _atlas_paginator_layout_height (self) + 2 * ATLAS_PAGINATOR_PAD_Y;
}

void
_atlas_paginator_measure_rows (AtlasPaginator      *self,
                               AtlasPaginatorSlice *slice)
{
  AtlasTable *table = self->table;
  guint n_rows = atlas_table_get_n_rows (table);
  double empty = self->line_height * self->scale + 2 * ATLAS_PAGINATOR_PAD_Y;

  /* The type may have changed size since the last time */
  g_clear_pointer (&slice->layouts, g_ptr_array_unref);
  slice->layouts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_clear_pointer (&slice->lines, g_hash_table_unref);
  slice->lines = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  slice->header_height = empty;
  for (guint i = 0; i < slice->columns->len; i++)
    {
      guint c = g_array_index (slice->columns, guint, i);
      double width = g_array_index (slice->widths, double, i);

      slice->header_height = MAX (slice->header_height,
                                  header_cell_height (self, atlas_table_get_column_title (table, c), width));
      g_ptr_array_add (slice->layouts, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref));
    }

  g_free (slice->row_heights);
  slice->row_heights = g_new (double, MAX (n_rows, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      double height = empty;

      for (guint i = 0; i < slice->columns->len; i++)
        {
          g_autofree char *text = _atlas_paginator_cell_text (table, r, g_array_index (slice->columns, guint, i));
          PangoRectangle logical;

          if (*text == '\0')
            continue;
          if (strlen (text) > ATLAS_PAGINATOR_LONG_TEXT)
            {
              GArray *lines = _atlas_paginator_cell_lines (self, slice, i, r, text);

              height = MAX (height, _atlas_paginator_lines_height (lines, 0, lines->len) + 2 * ATLAS_PAGINATOR_PAD_Y);
              continue;
            }
          pango_layout_get_extents (_atlas_paginator_cell_layout (self, slice, i, r, text), NULL, &logical);
          height = MAX (height, pango_units_to_double (logical.height) + 2 * ATLAS_PAGINATOR_PAD_Y);
        }
      slice->row_heights[r] = height;
    }
}

