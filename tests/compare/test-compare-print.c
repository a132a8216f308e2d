/* test-compare-print.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's print operation and the PDF export lay a table out with
 * the one paginator of the core: printed to a file (GTK's own PDF
 * export), a table gives the same pages, page sizes and text, page by
 * page, as the PDF export of the same table, read with poppler's pdfinfo
 * and pdftotext. Under Xvfb. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "atlas-compare-print.h"
#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-export.h"
#include "atlas-loader.h"
#include "atlas-tables.h"

static AtlasDataset *dataset;

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
n_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:") + strspn (pages + strlen ("\nPages:"), " "), NULL, 10);
}

/* "Page size: 841.89 x 595.276 pts (A4)" and the rotation of @page, as a
 * reader shows it */
static char *
page_size (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdfinfo", "-f", number, "-l", number, path, NULL };
  g_autofree char *info = run (argv);
  g_autofree char *key = g_strdup_printf ("Page %4u size:", page);
  g_autofree char *rot_key = g_strdup_printf ("Page %4u rot:", page);
  const char *size = strstr (info, key);
  const char *rot = strstr (info, rot_key);

  g_autofree char *size_value = NULL;
  g_autofree char *rot_value = NULL;

  g_assert_nonnull (size);
  g_assert_nonnull (rot);
  size_value = g_strndup (size + strlen (key), strcspn (size + strlen (key), "\n"));
  rot_value = g_strndup (rot + strlen (rot_key), strcspn (rot + strlen (rot_key), "\n"));
  return g_strconcat (size_value, " rotated", rot_value, NULL);
}

static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-raw", "-f", number, "-l", number, path, "-", NULL };

  return run (argv);
}

static void
print_to (AtlasTable *table,
          const char *path)
{
  g_autoptr(AtlasComparePrint) print = atlas_compare_print_new (table);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
}

/* Prints and exports the comparison of the first @n_programmes, and
 * compares them page by page; returns the number of pages */
static guint
check_same (guint      n_programmes,
            AtlasPaper paper,
            gboolean   evidence)
{
  g_autofree char *dir = g_dir_make_tmp ("compare-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (exported);
  g_autoptr(GPtrArray) programmes = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all = atlas_dataset_get_programmes (dataset);
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(AtlasTable) table = NULL;
  g_autoptr(GError) error = NULL;
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, evidence, TRUE };
  guint n;

  for (guint i = 0; i < MIN (n_programmes, g_list_model_get_n_items (all)); i++)
    g_ptr_array_add (programmes, g_list_model_get_item (all, i));
  comparison = atlas_comparison_new (dataset, programmes);
  options.paper = paper;
  options.for_people = TRUE;
  table = atlas_tables_comparison (comparison, &options);

  g_assert_true (atlas_export_to_file (ATLAS_EXPORT_PDF, table, NULL, file, NULL, &error));
  g_assert_no_error (error);
  print_to (table, printed);

  n = n_pages (exported);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n_pages (printed), ==, n);
  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *want_size = page_size (exported, p);
      g_autofree char *got_size = page_size (printed, p);
      g_autofree char *want = page_text (exported, p);
      g_autofree char *got = page_text (printed, p);

      g_assert_cmpstr (got_size, ==, want_size);
      g_assert_cmpstr (got, ==, want);
      /* every page has its number */
      {
        g_autofree char *footer = g_strdup_printf ("Page %u of %u", p, n);
        g_assert_nonnull (strstr (got, footer));
      }
    }
  g_unlink (printed);
  g_unlink (exported);
  g_rmdir (dir);
  return n;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext or pdfinfo is not installed");
      return FALSE;
    }
  return TRUE;
}

/* Two programmes fit a portrait A4 page */
static void
test_narrow (void)
{
  if (have_poppler ())
    check_same (2, ATLAS_PAPER_A4, FALSE);
}

/* Every programme, with evidence and its sources: landscape, in slices
 * of columns, on Letter paper */
static void
test_wide (void)
{
  if (have_poppler ())
    g_assert_cmpuint (check_same (G_MAXUINT, ATLAS_PAPER_LETTER, TRUE), >, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  /* The footer's date, the same in both */
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  dataset = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/compare-print/narrow", test_narrow);
  g_test_add_func ("/compare-print/wide", test_wide);
  return g_test_run ();
}
