/* test-export-dialog.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's export dialog under Xvfb: the choices it offers for
 * each format, and that what it is given is what it gives back. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "gui-test-utils.h"

#include "atlas-export-dialog.h"

static GtkWidget *
find_titled_row (GtkWidget  *root,
                 const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Paper is offered for PDF only, and the chosen paper comes back with the
 * other options. */
static void
test_paper (void)
{
  AtlasExportDialog *dialog = atlas_export_dialog_new (NULL, 20, 20);
  GtkWidget *paper = find_titled_row (GTK_WIDGET (dialog), "Paper");
  AtlasTableOptions options = { 0 };
  AtlasTableOptions back = { 0 };

  g_assert_nonnull (paper);
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_CSV);
  g_assert_false (gtk_widget_get_visible (paper));
  if (!atlas_export_format_is_available (ATLAS_EXPORT_PDF))
    {
      g_test_skip ("this build writes no PDF");
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_PDF);
  g_assert_true (gtk_widget_get_visible (paper));
  g_assert_cmpint (atlas_export_dialog_get_format (dialog), ==, ATLAS_EXPORT_PDF);

  options.layout = ATLAS_TABLE_LAYOUT_LONG;
  options.include_evidence = TRUE;
  options.paper = ATLAS_PAPER_LETTER;
  atlas_export_dialog_set_options (dialog, &options);
  atlas_export_dialog_get_options (dialog, &back);
  g_assert_cmpint (back.paper, ==, ATLAS_PAPER_LETTER);
  g_assert_cmpint (back.layout, ==, ATLAS_TABLE_LAYOUT_LONG);
  g_assert_true (back.include_evidence);
  g_assert_false (back.include_wording);

  /* The row the reader changes is the one read */
  adw_combo_row_set_selected (ADW_COMBO_ROW (paper), 0);
  atlas_export_dialog_get_options (dialog, &back);
  g_assert_cmpint (back.paper, ==, ATLAS_PAPER_A4);

  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_HTML);
  g_assert_false (gtk_widget_get_visible (paper));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* JSON is for scripts: its headers are always codes */
static void
test_json_is_never_localized (void)
{
  AtlasExportDialog *dialog = atlas_export_dialog_new (NULL, 20, 20);
  GtkWidget *localized = find_titled_row (GTK_WIDGET (dialog), "Headers in Your Language");

  g_assert_nonnull (localized);
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_JSON);
  g_assert_false (gtk_widget_get_sensitive (localized));
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_CSV);
  g_assert_true (gtk_widget_get_sensitive (localized));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The data package is offered for CSV and TSV only, and given back only
 * for them */
static void
test_datapackage (void)
{
  AtlasExportDialog *dialog = atlas_export_dialog_new (NULL, 20, 20);
  GtkWidget *row = find_titled_row (GTK_WIDGET (dialog), "Data Package");

  g_assert_nonnull (row);
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_CSV);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_false (atlas_export_dialog_get_datapackage (dialog));
  atlas_export_dialog_set_datapackage (dialog, TRUE);
  g_assert_true (atlas_export_dialog_get_datapackage (dialog));
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_TSV);
  g_assert_true (gtk_widget_get_visible (row));
  g_assert_true (atlas_export_dialog_get_datapackage (dialog));
  atlas_export_dialog_set_format (dialog, ATLAS_EXPORT_HTML);
  g_assert_false (gtk_widget_get_visible (row));
  g_assert_false (atlas_export_dialog_get_datapackage (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/export-dialog/paper", test_paper);
  g_test_add_func ("/export-dialog/datapackage", test_datapackage);
  g_test_add_func ("/export-dialog/json-is-never-localized", test_json_is_never_localized);

  return g_test_run ();
}
