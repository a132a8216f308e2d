/* test-paginator.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The core's paginator, for tables and papers of several sizes: every
 * column is in exactly one slice but the label column, which is in every
 * one; the pages of a slice hold every row once, in order; a row is cut
 * only when it is taller than a page; and every page repeats its slice's
 * header row (read back with pdftotext). */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "atlas-paginator.h"
#include "atlas-table.h"

typedef struct
{
  const char *name;
  guint n_rows;
  guint n_statuses;
  guint tall_row;         /* a row with a text of some pages, or G_MAXUINT */
  double width, height;
} Case;

static AtlasTable *
make_table (const Case *c)
{
  AtlasTable *table = atlas_table_new ("comparison", "Paginated");
  static const AtlasAreaStatus statuses[] = {
    ATLAS_AREA_STATUS_LISTED, ATLAS_AREA_STATUS_REPORTED, ATLAS_AREA_STATUS_NOT_LISTED, ATLAS_AREA_STATUS_UNKNOWN,
  };

  atlas_table_add_column (table, "area", "Area");
  for (guint s = 0; s < c->n_statuses; s++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", s);
      g_autofree char *title = g_strdup_printf ("H%03u", s);

      atlas_table_add_column (table, id, title);
    }
  atlas_table_add_column (table, "note", "Note");
  for (guint r = 0; r < c->n_rows; r++)
    {
      guint row = atlas_table_add_row (table);
      g_autofree char *area = g_strdup_printf ("Area %u", r);

      atlas_table_set_text (table, row, 0, area);
      for (guint s = 0; s < c->n_statuses; s++)
        atlas_table_set_status (table, row, 1 + s, statuses[(r + s) % 4], "Listed");
      if (r == c->tall_row)
        {
          g_autoptr(GString) text = g_string_new (NULL);

          for (guint i = 0; i < 4000; i++)
            g_string_append (text, "cooperation ");
          atlas_table_set_text (table, row, 1 + c->n_statuses, text->str);
        }
      else
        atlas_table_set_text (table, row, 1 + c->n_statuses, r % 5 == 0 ? "A note of a few words, wrapped" : "");
    }
  return table;
}

static void
check_slices (AtlasPaginator *paginator,
              AtlasTable     *table)
{
  guint n_columns = atlas_table_get_n_columns (table);
  g_autofree guint *seen = g_new0 (guint, n_columns);

  g_assert_cmpuint (atlas_paginator_get_n_slices (paginator), >=, 1);
  for (guint s = 0; s < atlas_paginator_get_n_slices (paginator); s++)
    {
      guint n;
      const guint *columns = atlas_paginator_get_slice_columns (paginator, s, &n);

      g_assert_cmpuint (n, >=, 1);
      /* the area first in every slice */
      g_assert_cmpuint (columns[0], ==, 0);
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpuint (columns[i], <, n_columns);
          seen[columns[i]]++;
          /* in the table's order */
          if (i > 0)
            g_assert_cmpuint (columns[i], >, columns[i - 1]);
        }
    }
  g_assert_cmpuint (seen[0], ==, atlas_paginator_get_n_slices (paginator));
  for (guint c = 1; c < n_columns; c++)
    g_assert_cmpuint (seen[c], ==, 1);
}

static void
check_rows (AtlasPaginator *paginator,
            AtlasTable     *table)
{
  guint n_rows = atlas_table_get_n_rows (table);
  guint n_pages = atlas_paginator_get_n_pages (paginator);
  guint slice = 0, next_row = 0;
  guint n_cut = 0;

  for (guint p = 0; p < n_pages; p++)
    {
      AtlasPaginatorPage page;

      atlas_paginator_get_page (paginator, p, &page);
      if (page.slice != slice)
        {
          /* a slice ends with every row, the next starts afresh */
          g_assert_cmpuint (page.slice, ==, slice + 1);
          g_assert_cmpuint (next_row, ==, n_rows);
          slice = page.slice;
          next_row = 0;
        }
      if (page.first_row == n_rows)
        {
          /* the sources, after every row */
          g_assert_cmpuint (next_row, ==, n_rows);
          continue;
        }
      if (page.row_continued)
        {
          /* only a row taller than a page goes on over pages */
          g_assert_cmpuint (page.first_row + 1, ==, next_row);
          g_assert_cmpfloat (atlas_paginator_get_row_height (paginator, slice, page.first_row), >,
                             atlas_paginator_get_room (paginator, slice));
          n_cut++;
        }
      else
        g_assert_cmpuint (page.first_row, ==, next_row);
      g_assert_cmpuint (page.end_row, >, page.first_row);
      next_row = page.end_row;
    }
  g_assert_cmpuint (slice + 1, ==, atlas_paginator_get_n_slices (paginator));
  g_assert_cmpuint (next_row, ==, n_rows);

  /* and a row that fits on a page is never cut */
  for (guint s = 0; s < atlas_paginator_get_n_slices (paginator); s++)
    for (guint r = 0; r < n_rows; r++)
      if (atlas_paginator_get_row_height (paginator, s, r) > atlas_paginator_get_room (paginator, s))
        g_assert_cmpuint (n_cut, >, 0);
}

/* Every page with rows shows the titles of its slice's columns */
static void
check_headers (AtlasPaginator *paginator,
               AtlasTable     *table)
{
  g_autofree char *dir = g_dir_make_tmp ("paginator-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  if (pdftotext == NULL)
    {
      g_rmdir (dir);
      return;
    }
  atlas_paginator_get_page_size (paginator, &width, &height);
  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  for (guint p = 0; p < atlas_paginator_get_n_pages (paginator); p++)
    {
      atlas_paginator_draw_page (paginator, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  for (guint p = 0; p < atlas_paginator_get_n_pages (paginator); p++)
    {
      g_autofree char *number = g_strdup_printf ("%u", p + 1);
      const char *argv[] = { pdftotext, "-raw", "-f", number, "-l", number, path, "-", NULL };
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      AtlasPaginatorPage page;
      const guint *columns;
      guint n;
      int status;

      atlas_paginator_get_page (paginator, p, &page);
      if (page.first_row == atlas_table_get_n_rows (table))
        continue;
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &text, NULL, &status, &error));
      g_assert_no_error (error);
      columns = atlas_paginator_get_slice_columns (paginator, page.slice, &n);
      for (guint i = 0; i < n; i++)
        {
          const char *title = atlas_table_get_column_title (table, columns[i]);

          if (strstr (text, title) == NULL)
            g_error ("page %u lacks the header “%s”:\n%s", p + 1, title, text);
        }
    }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(AtlasTable) table = make_table (c);
  g_autoptr(AtlasPaginator) paginator = atlas_paginator_new (table, c->width, c->height, 36);
  double width, height;

  atlas_paginator_get_page_size (paginator, &width, &height);
  /* the paper, perhaps turned */
  g_assert_cmpfloat (MIN (width, height), ==, MIN (c->width, c->height));
  g_assert_cmpfloat (MAX (width, height), ==, MAX (c->width, c->height));
  g_assert_cmpuint (atlas_paginator_get_n_pages (paginator), >=, 1);

  check_slices (paginator, table);
  check_rows (paginator, table);
  check_headers (paginator, table);
}

/* A narrow table stays on portrait paper, a wide one turns it and takes
 * slices, more of them and more pages on smaller paper */
static void
test_sizes (void)
{
  Case narrow = { NULL, 10, 3, G_MAXUINT, 595.2756, 841.8898 };
  Case wide = { NULL, 10, 80, G_MAXUINT, 595.2756, 841.8898 };
  Case small = { NULL, 10, 80, G_MAXUINT, 300, 420 };
  g_autoptr(AtlasTable) t1 = make_table (&narrow);
  g_autoptr(AtlasTable) t2 = make_table (&wide);
  g_autoptr(AtlasPaginator) p1 = atlas_paginator_new (t1, narrow.width, narrow.height, 36);
  g_autoptr(AtlasPaginator) p2 = atlas_paginator_new (t2, wide.width, wide.height, 36);
  g_autoptr(AtlasPaginator) p3 = atlas_paginator_new (t2, small.width, small.height, 36);
  g_autoptr(AtlasPaginator) p4 = atlas_paginator_new (t1, narrow.height, narrow.width, 36);
  double width, height;

  g_assert_cmpuint (atlas_paginator_get_n_slices (p1), ==, 1);
  g_assert_cmpuint (atlas_paginator_get_n_pages (p1), ==, 1);
  atlas_paginator_get_page_size (p1, &width, &height);
  g_assert_cmpfloat (width, <, height);

  /* landscape paper given stays landscape, whatever the table */
  atlas_paginator_get_page_size (p4, &width, &height);
  g_assert_cmpfloat (width, ==, narrow.height);
  g_assert_cmpfloat (height, ==, narrow.width);

  g_assert_cmpuint (atlas_paginator_get_n_slices (p2), >, 1);
  atlas_paginator_get_page_size (p2, &width, &height);
  g_assert_cmpfloat (width, >, height);
  /* smaller paper, more slices and pages */
  g_assert_cmpuint (atlas_paginator_get_n_slices (p3), >, atlas_paginator_get_n_slices (p2));
  g_assert_cmpuint (atlas_paginator_get_n_pages (p3), >, atlas_paginator_get_n_pages (p2));
}

int
main (int   argc,
      char *argv[])
{
  static const Case cases[] = {
    { "a4-narrow", 40, 3, G_MAXUINT, 595.2756, 841.8898 },
    { "a4-long", 400, 4, G_MAXUINT, 595.2756, 841.8898 },
    { "letter-wide", 120, 60, G_MAXUINT, 612, 792 },
    { "a4-tall-row", 30, 4, 12, 595.2756, 841.8898 },
    { "small-wide-tall-row", 50, 40, 3, 300, 420 },
    { "a3-landscape-given", 200, 30, G_MAXUINT, 1190.55, 841.89 },
  };

  g_test_init (&argc, &argv, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/paginator/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/paginator/sizes", test_sizes);
  return g_test_run ();
}
