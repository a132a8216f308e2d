/* compare-demo.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shows the Compare page alone in a window, to look at it (not installed):
 *
 *   compare-demo [--programmes=ID,ID] [--changes] [--differences]
 *                [--area=ID] [--cell=AREA,PROGRAMME] [--column=PROGRAMME]
 *                [--action=compare.export] [--print-to=FILE.pdf]
 *                [--export-to=FILE.csv]
 *
 * Under the page, a line shows what the shared selection holds. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "atlas-compare-page.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-row.h"
#include "atlas-loader.h"

static char *programmes;
static char *area;
static char *cell;
static char *column;
static char *action;
static char *print_to;
static char *export_to;
static gboolean changes;
static gboolean differences;

static const GOptionEntry entries[] = {
  { "programmes", 0, 0, G_OPTION_ARG_STRING, &programmes, "Programmes to compare", "IDS" },
  { "changes", 0, 0, G_OPTION_ARG_NONE, &changes, "Show changes", NULL },
  { "differences", 0, 0, G_OPTION_ARG_NONE, &differences, "Only differences", NULL },
  { "area", 0, 0, G_OPTION_ARG_STRING, &area, "One area across all programmes", "ID" },
  { "cell", 0, 0, G_OPTION_ARG_STRING, &cell, "Select a cell", "AREA,PROGRAMME" },
  { "column", 0, 0, G_OPTION_ARG_STRING, &column, "Select a column", "PROGRAMME" },
  { "print-to", 0, 0, G_OPTION_ARG_FILENAME, &print_to, "Print the table as shown to a PDF file and quit", "FILE" },
  { "export-to", 0, 0, G_OPTION_ARG_FILENAME, &export_to, "Export the table as shown to a CSV file, as the export dialog does", "FILE" },
  { "action", 0, 0, G_OPTION_ARG_STRING, &action, "Activate a page action once shown, such as compare.export", "NAME" },
  { NULL }
};

static void
update_status (AtlasSelection *selection,
               GParamSpec     *pspec,
               GtkLabel       *label)
{
  g_autofree char *text = NULL;
  guint n = g_list_model_get_n_items (atlas_selection_get_evidence (selection));

  text = g_strdup_printf ("%u excerpts · %s", n, atlas_selection_get_note (selection) ?: "(no note)");
  gtk_label_set_text (label, text);
}

static void
evidence_changed (GListModel *evidence,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GtkLabel   *label)
{
  update_status (g_object_get_data (G_OBJECT (label), "selection"), NULL, label);
}

static gboolean
export_later (gpointer page)
{
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, TRUE };
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (export_to);

  atlas_compare_page_export (page, ATLAS_EXPORT_CSV, &options, TRUE, FALSE, file, NULL, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
activate_cb (GApplication *app)
{
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *box, *page, *status;

  dataset = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);
  atlas_selection_set_dataset (selection, dataset);

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), "Compare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_maximize (GTK_WINDOW (window));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  page = atlas_compare_page_new (selection);
  gtk_widget_set_vexpand (page, TRUE);
  status = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (status), TRUE);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_set_margin_start (status, 12);
  gtk_widget_set_margin_end (status, 12);
  gtk_widget_set_margin_top (status, 6);
  gtk_widget_set_margin_bottom (status, 6);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), status);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  g_signal_connect_object (selection, "notify::note", G_CALLBACK (update_status), status, 0);
  g_object_set_data_full (G_OBJECT (status), "selection", g_object_ref (selection), g_object_unref);
  g_signal_connect_object (atlas_selection_get_evidence (selection), "items-changed",
                           G_CALLBACK (evidence_changed), status, 0);

  if (programmes != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (programmes, ",", -1);
      atlas_compare_page_set_programmes (ATLAS_COMPARE_PAGE (page), (const char * const *) ids);
    }
  atlas_compare_page_set_show_changes (ATLAS_COMPARE_PAGE (page), changes);
  atlas_compare_page_set_only_differences (ATLAS_COMPARE_PAGE (page), differences);
  if (area != NULL)
    gtk_widget_activate_action (page, "compare.preset-area", "s", area);
  if (cell != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (cell, ",", 2);
      if (parts[0] && parts[1])
        gtk_widget_activate_action (page, "compare.select-cell", "(ss)", parts[0], parts[1]);
    }
  if (column != NULL)
    gtk_widget_activate_action (page, "compare.select-column", "s", column);

  if (print_to != NULL)
    {
      AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, TRUE };
      g_autoptr(AtlasTable) table = NULL;
      g_autoptr(AtlasComparePrint) print = NULL;

      /* as the Print action makes it */
      options.for_people = TRUE;
      table = atlas_compare_page_build_table (ATLAS_COMPARE_PAGE (page), &options, TRUE);
      print = atlas_compare_print_new (table);
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), print_to);
      gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
      g_assert_no_error (error);
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
  if (export_to != NULL)
    /* Late enough for a screenshot to catch the toast */
    g_timeout_add_seconds (8, export_later, page);
  if (action != NULL)
    gtk_widget_activate_action (page, action, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, ATLAS_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_setenv ("GSETTINGS_SCHEMA_DIR", ATLAS_SCHEMA_DIR, FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);

  app = adw_application_new ("io.github.partnership_atlas.CompareDemo", G_APPLICATION_NON_UNIQUE);
  g_application_add_main_option_entries (G_APPLICATION (app), entries);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
