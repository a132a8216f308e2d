/* test-dataset-about.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What version 2 of the format gives a reader: the “About this Dataset”
 * window (from the window's menu and action), an excerpt's kind of
 * source, language and the editors' translation, and a programme's
 * number of areas. On the small version 2 fixture, not the built-in
 * dataset. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>

#include "gui-test-utils.h"

#include "atlas-compare-cell.h"
#include "atlas-comparison.h"
#include "atlas-comparison-row.h"
#include "atlas-dataset.h"
#include "atlas-dataset-dialog.h"
#include "atlas-document-page.h"
#include "atlas-excerpt-row.h"
#include "atlas-labels.h"
#include "atlas-loader.h"
#include "atlas-programme-page.h"
#include "atlas-selection.h"
#include "atlas-window.h"

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "good", "version-2.json", NULL);
}

static AtlasDataset *
load_fixture (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static const char *
row_value (GtkWidget  *root,
           const char *name)
{
  GtkWidget *row = find_widget (root, ADW_TYPE_ACTION_ROW, name);

  g_assert_nonnull (row);
  if (!gtk_widget_get_visible (row))
    return NULL;
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* The text of the first label of @row's suffixes (a count) */
static const char *
row_suffix_text (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  find_all (row, GTK_TYPE_LABEL, labels);
  /* The title, the subtitle, then the suffix */
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (g_ascii_isdigit (text[0]))
        return text;
    }
  return NULL;
}

static void
test_dialog (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  GtkWidget *dialog = atlas_dataset_dialog_new (NULL, dataset);
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  GtkWidget *sources, *row;

  gtk_window_present (GTK_WINDOW (dialog));
  settle ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "About this Dataset");
  g_assert_cmpstr (row_value (dialog, "title"), ==, atlas_dataset_get_title (dataset));
  g_assert_cmpstr (row_value (dialog, "release"), ==, "2");
  g_assert_cmpstr (row_value (dialog, "licence"), ==, "CC BY 4.0");
  g_assert_cmpstr (row_value (dialog, "updated"), ==, "1 December 2026");

  /* Documents by kind: one each of four kinds, the weak one marked */
  sources = find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP, "sources");
  g_assert_nonnull (sources);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (sources)), ==, "4 documents");
  row = find_widget (sources, ADW_TYPE_ACTION_ROW, "blog");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Blog — weak source");
  g_assert_cmpstr (row_suffix_text (row), ==, "1");
  g_assert_nonnull (find_widget (sources, ADW_TYPE_ACTION_ROW, "official"));
  g_assert_nonnull (find_widget (sources, ADW_TYPE_ACTION_ROW, "academic"));
  g_assert_null (find_widget (sources, ADW_TYPE_ACTION_ROW, "forum"));

  /* The changelog, newest first, each change as written */
  find_all (dialog, ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (groups, i)), "changelog-entry") == 0)
      g_ptr_array_add (entries, g_ptr_array_index (groups, i));
  g_assert_cmpuint (entries->len, ==, 2);
  g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (entries, 0)), ==, "Release 2");
  g_assert_cmpstr (adw_preferences_group_get_description (g_ptr_array_index (entries, 0)), ==, "1 December 2026");
  g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (entries, 1)), ==, "Release 1");
  row = find_descendant (g_ptr_array_index (entries, 0), ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Areas for the Japan IPCP 2020 from the Ministry's page.");

  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
}

/* A dataset of version 1 has no release, licence or changelog, and says so */
static void
test_dialog_version_1 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_file (file, NULL, NULL, &error);
  GtkWidget *dialog;

  g_assert_no_error (error);
  dialog = atlas_dataset_dialog_new (NULL, dataset);
  gtk_window_present (GTK_WINDOW (dialog));
  settle ();
  g_assert_cmpstr (row_value (dialog, "release"), ==, "Not given by the dataset");
  g_assert_cmpstr (row_value (dialog, "licence"), ==, "Not given by the dataset");
  g_assert_null (row_value (dialog, "updated"));
  g_assert_nonnull (find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP, "no-changelog"));
  g_assert_null (find_widget (dialog, ADW_TYPE_PREFERENCES_GROUP, "changelog-entry"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  settle ();
}

static gboolean
not_loading (gpointer data)
{
  return !atlas_window_get_loading (data);
}

static GtkWindow *
find_toplevel (const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_widget_get_name (window), name) == 0)
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* Whether @model or a section of it has an item for @action */
static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The window's main menu offers it, and its action opens it on the
 * dataset shown; the programme page says “16 areas, 3 known” */
static void
test_window (void)
{
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  g_autofree char *path = fixture_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  gboolean in_menu = FALSE;
  GtkWindow *dialog;
  GtkWidget *page;
  AtlasDataset *dataset;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  atlas_window_open (window, file);
  wait_for (not_loading, window, "the load to end");
  dataset = atlas_window_get_dataset (window);
  g_assert_cmpstr (atlas_dataset_get_release (dataset), ==, "2");

  find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GMenuModel *model = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));

      in_menu |= model != NULL && menu_has_action (model, "win.about-dataset");
    }
  g_assert_true (in_menu);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.about-dataset", NULL));
  settle ();
  dialog = find_toplevel ("about-dataset");
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_cmpstr (row_value (GTK_WIDGET (dialog), "release"), ==, "2");
  gtk_window_destroy (dialog);
  settle ();

  atlas_selection_set_item (atlas_window_get_selection (window),
                            G_OBJECT (atlas_dataset_find_programme (dataset, "jpn-itpp")));
  settle ();
  page = find_descendant (GTK_WIDGET (window), ATLAS_TYPE_PROGRAMME_PAGE);
  g_assert_nonnull (page);
  g_assert_cmpstr (row_value (page, "area-count"), ==, "16 areas, 3 known");
  atlas_selection_set_item (atlas_window_get_selection (window),
                            G_OBJECT (atlas_dataset_find_programme (dataset, "kor-itpp")));
  settle ();
  g_assert_cmpstr (row_value (page, "area-count"), ==, "9 or 11 areas (the sources disagree), 1 known");

  /* A document's page: its language, kind of source, that it is undated,
   * and when it was read */
  atlas_selection_set_item (atlas_window_get_selection (window),
                            G_OBJECT (atlas_dataset_find_document (dataset, "mofa")));
  settle ();
  page = find_descendant (GTK_WIDGET (window), ATLAS_TYPE_DOCUMENT_PAGE);
  g_assert_nonnull (page);
  g_assert_cmpstr (row_value (page, "language"), ==, "Japanese");
  g_assert_cmpstr (row_value (page, "kind"), ==, "Official document");
  g_assert_cmpstr (row_value (page, "date"), ==, "Undated: the document gives no date");
  g_assert_cmpstr (row_value (page, "accessed"), ==, "30 November 2026");
  atlas_selection_set_item (atlas_window_get_selection (window),
                            G_OBJECT (atlas_dataset_find_document (dataset, "blog")));
  settle ();
  g_assert_cmpstr (row_value (page, "kind"), ==, "Blog — weak source");
  g_assert_null (row_value (page, "accessed"));

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static GtkWidget *
excerpt_row (AtlasDataset *dataset,
             const char   *id)
{
  GtkWidget *row = atlas_excerpt_row_new ();

  atlas_excerpt_row_set_show_document (ATLAS_EXCERPT_ROW (row), TRUE);
  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (row), atlas_dataset_find_excerpt (dataset, id));
  return row;
}

static const char *
source_of (GtkWidget *row)
{
  GtkWidget *label = find_widget (row, GTK_TYPE_LABEL, "source");

  g_assert_nonnull (label);
  return gtk_widget_get_visible (label) ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* The editors' translation beside a quotation, labelled as theirs; the
 * kind of source and, where it is not the interface's, the language */
static void
test_excerpt_row (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *ja = excerpt_row (dataset, "x-ja");
  GtkWidget *en = excerpt_row (dataset, "x-en");
  GtkWidget *ko = excerpt_row (dataset, "x-ko");
  GtkWidget *fr = excerpt_row (dataset, "x-fr");
  GtkWidget *translation;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  gboolean quote_kept = FALSE;

  gtk_box_append (GTK_BOX (box), ja);
  gtk_box_append (GTK_BOX (box), en);
  gtk_box_append (GTK_BOX (box), ko);
  gtk_box_append (GTK_BOX (box), fr);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  settle ();

  translation = find_widget (ja, GTK_TYPE_BOX, "translation");
  g_assert_nonnull (translation);
  g_assert_true (gtk_widget_get_visible (translation));
  find_all (translation, GTK_TYPE_LABEL, labels);
  g_assert_cmpuint (labels->len, ==, 2);
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 0)), ==, "Translation by the dataset’s editors");
  g_assert_cmpstr (gtk_label_get_text (g_ptr_array_index (labels, 1)), ==, "“16 areas, such as cyber and space”");
  /* Beside the quotation, not in its place */
  find_all (ja, GTK_TYPE_LABEL, all);
  for (guint i = 0; i < all->len; i++)
    quote_kept |= g_strcmp0 (gtk_label_get_text (g_ptr_array_index (all, i)), "“サイバー、宇宙など16の分野”") == 0;
  g_assert_true (quote_kept);
  g_assert_false (gtk_widget_get_visible (find_widget (en, GTK_TYPE_BOX, "translation")));

  g_assert_cmpstr (source_of (ja), ==, "Official document · In Japanese");
  g_assert_cmpstr (source_of (en), ==, "News");
  g_assert_cmpstr (source_of (ko), ==, "Blog — weak source · In Korean");
  g_assert_true (gtk_widget_has_css_class (find_widget (ko, GTK_TYPE_LABEL, "source"), "warning"));
  g_assert_false (gtk_widget_has_css_class (find_widget (en, GTK_TYPE_LABEL, "source"), "warning"));
  g_assert_cmpstr (source_of (fr), ==, "Academic · In French");

  /* A document in lists and search results: who, when (or that it gives
   * no date) and what kind of source */
  {
    g_autofree char *mofa = atlas_label_record_subtitle (G_OBJECT (atlas_dataset_find_document (dataset, "mofa")));
    g_autofree char *blog = atlas_label_record_subtitle (G_OBJECT (atlas_dataset_find_document (dataset, "blog")));
    g_autofree char *news = atlas_label_record_subtitle (G_OBJECT (atlas_dataset_find_document (dataset, "news")));

    g_assert_cmpstr (mofa, ==, "外務省 · undated · Official document");
    g_assert_cmpstr (blog, ==, "August 2023 · Blog — weak source");
    g_assert_cmpstr (news, ==, "A. Writer · Example News · 14 July 2023 · News");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* The Compare page's summary row says how many areas the sources give,
 * in the cell where there is room and in its note always */
static void
test_compare_summary (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ();
  const char *ids[] = { "kor-itpp", "jpn-itpp", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasComparison) comparison = atlas_comparison_new_for_ids (dataset, ids, &error);
  g_autoptr(AtlasComparisonRow) summary = NULL;
  GtkWidget *cell = g_object_ref_sink (atlas_compare_cell_new ());
  AtlasProgramme *jpn = atlas_dataset_find_programme (dataset, "jpn-itpp");

  g_assert_no_error (error);
  summary = atlas_comparison_row_new_summary (comparison);
  atlas_compare_cell_bind (ATLAS_COMPARE_CELL (cell), summary, jpn);
  g_assert_nonnull (strstr (atlas_compare_cell_get_text (ATLAS_COMPARE_CELL (cell)), "16 areas, 3 known"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "16 areas, 3 known"));
  atlas_compare_cell_unbind (ATLAS_COMPARE_CELL (cell));

  atlas_compare_cell_set_dense (ATLAS_COMPARE_CELL (cell), TRUE);
  atlas_compare_cell_bind (ATLAS_COMPARE_CELL (cell), summary, jpn);
  g_assert_null (strstr (atlas_compare_cell_get_text (ATLAS_COMPARE_CELL (cell)), "areas,"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "16 areas, 3 known"));
  atlas_compare_cell_unbind (ATLAS_COMPARE_CELL (cell));
  g_object_unref (cell);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("atlas-test-home-XXXXXX", NULL);

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/dataset-about/dialog", test_dialog);
  g_test_add_func ("/dataset-about/dialog-version-1", test_dialog_version_1);
  g_test_add_func ("/dataset-about/window", test_window);
  g_test_add_func ("/dataset-about/excerpt-row", test_excerpt_row);
  g_test_add_func ("/dataset-about/compare-summary", test_compare_summary);

  return g_test_run ();
}
