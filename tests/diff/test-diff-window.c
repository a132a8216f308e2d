/* test-diff-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window of the changes between two versions, under Xvfb: its
 * summary, the changes by kind with their old and new values and effect,
 * the changelog beside them, and the window's action. diff-demo shows
 * the window for two files of one's own. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "gui-test-utils.h"

#include "atlas-area.h"
#include "atlas-change-mark.h"
#include "atlas-changes-bar.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-comparison-row.h"
#include "atlas-correction.h"
#include "atlas-correction-dialog.h"
#include "atlas-diff.h"
#include "atlas-json-patch.h"
#include "atlas-diff-window.h"
#include "atlas-event.h"
#include "atlas-event-list.h"
#include "atlas-programme.h"
#include "atlas-sidebar.h"
#include "atlas-timeline-private.h"
#include "atlas-loader.h"
#include "atlas-window.h"

static AtlasDataset *
load_base (const char *from,
           const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "diff", "base.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  AtlasDataset *dataset;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  text = g_string_new_len (contents, length);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  dataset = atlas_loader_load_data (text->str, text->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static void
test_changes (void)
{
  g_autoptr(AtlasDataset) old_dataset = load_base (NULL, NULL);
  g_autoptr(AtlasDataset) new_dataset = load_base ("\"area\": \"space\", \"status\": \"reported\"",
                                                   "\"area\": \"space\", \"status\": \"listed\"");
  GtkWidget *window = atlas_diff_window_new (NULL, old_dataset, new_dataset);
  GtkWidget *summary, *group, *row, *changelog;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window, "the window to show");
  settle ();

  g_assert_cmpstr (gtk_widget_get_name (window), ==, "compare-version");
  summary = find_widget (window, ADW_TYPE_PREFERENCES_GROUP, "summary");
  g_assert_nonnull (summary);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (summary)), ==,
                   "Changes from release 1 to release 1");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (summary)), ==,
                   "1 change: 1 programme area");

  group = find_widget (window, ADW_TYPE_PREFERENCES_GROUP, "programme-area");
  g_assert_nonnull (group);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "Programmes’ areas");
  /* A change of a claim opens on its evidence in both versions */
  row = find_widget (group, ADW_TYPE_EXPANDER_ROW, "change");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "changed jpn-itpp/space · status");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==,
                   "reported → listed\nJapan ITPP · Space: Reported → Listed");
  g_assert_true (gtk_widget_has_css_class (row, "effect"));
  g_assert_false (adw_preferences_row_get_use_markup (ADW_PREFERENCES_ROW (row)));
  g_assert_null (find_widget (row, ADW_TYPE_ACTION_ROW, "evidence"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  find_all (row, ADW_TYPE_ACTION_ROW, rows);
  {
    guint headings = 0, quotes = 0;

    for (guint i = 0; i < rows->len; i++)
      {
        const char *name = gtk_widget_get_name (g_ptr_array_index (rows, i));
        const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

        if (g_str_equal (name, "evidence-heading"))
          {
            headings++;
            g_assert_cmpstr (title, ==, "In release 1");
          }
        else if (g_str_equal (name, "evidence"))
          {
            quotes++;
            /* the quote, in quotation marks, with its source below */
            g_assert_true (g_str_has_prefix (title, "“"));
            g_assert_nonnull (adw_action_row_get_subtitle (g_ptr_array_index (rows, i)));
          }
      }
    /* each version's heading, and the one excerpt behind the claim in each */
    g_assert_cmpuint (headings, ==, 2);
    g_assert_cmpuint (quotes, ==, 2);
  }
  /* opened again, it does not add them twice */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  g_ptr_array_set_size (rows, 0);
  find_all (row, ADW_TYPE_ACTION_ROW, rows);
  {
    guint evidence = 0;

    for (guint i = 0; i < rows->len; i++)
      evidence += g_str_has_prefix (gtk_widget_get_name (g_ptr_array_index (rows, i)), "evidence");
    g_assert_cmpuint (evidence, ==, 4);
  }

  /* The newer version's changelog beside the changes */
  changelog = find_widget (window, ADW_TYPE_PREFERENCES_PAGE, "changelog");
  g_assert_nonnull (changelog);
  g_assert_nonnull (find_widget (changelog, ADW_TYPE_PREFERENCES_GROUP, "changelog-entry"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_changes (void)
{
  g_autoptr(AtlasDataset) dataset = load_base (NULL, NULL);
  GtkWidget *window = atlas_diff_window_new (NULL, dataset, dataset);
  GtkWidget *summary = find_widget (window, ADW_TYPE_PREFERENCES_GROUP, "summary");

  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (summary)), ==, "No changes");
  g_assert_null (find_widget (window, ADW_TYPE_ACTION_ROW, "change"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Hostile text stays text: markup is never read from the dataset */
static void
test_markup_is_text (void)
{
  g_autoptr(AtlasDataset) old_dataset = load_base (NULL, NULL);
  g_autoptr(AtlasDataset) new_dataset = load_base ("\"name\": \"Space\"", "\"name\": \"<b>Space</b> &amp;\"");
  GtkWidget *window = atlas_diff_window_new (NULL, old_dataset, new_dataset);
  GtkWidget *group = find_widget (window, ADW_TYPE_PREFERENCES_GROUP, "area");
  GtkWidget *row = find_widget (group, ADW_TYPE_ACTION_ROW, "change");

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Space → <b>Space</b> &amp;");
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window, "the window to show");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_action (void)
{
  GtkWidgetClass *klass = g_type_class_ref (ATLAS_TYPE_WINDOW);
  const GVariantType *parameter_type;
  const char *name, *property;
  gboolean found = FALSE;
  GType owner;

  for (guint i = 0; gtk_widget_class_query_action (klass, i, &owner, &name, &parameter_type, &property); i++)
    found |= g_str_equal (name, "win.compare-version");
  g_assert_true (found);
  g_type_class_unref (klass);
}

static GtkWidget *
find_toplevel (GType       type,
               const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          (name == NULL || g_strcmp0 (gtk_widget_get_name (window), name) == 0))
        return window;
    }
  return NULL;
}

static gboolean
has_chooser (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL) != NULL;
}

static gboolean
has_file (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL;
}

static gboolean
has_changes_window (gpointer data)
{
  return find_toplevel (ADW_TYPE_WINDOW, "compare-version") != NULL;
}

/* The way from the menu: a file chosen, loaded and compared in a worker;
 * the shown version is release 1 of June 2026, the chosen one an older
 * release, so the window goes from the chosen one to the shown one */
static void
test_choose (void)
{
  g_autoptr(AtlasDataset) dataset = load_base (NULL, NULL);
  g_autofree char *older = g_build_filename (g_get_tmp_dir (), "atlas-test-diff-older.json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "diff", "base.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (older);
  g_autoptr(GError) error = NULL;
  GtkWidget *parent = gtk_window_new ();
  GtkWidget *chooser, *window, *summary;
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  AtlasDiffMarks *marks;

  atlas_selection_set_dataset (selection, dataset);
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  edited = g_string_new (text);
  g_string_replace (edited, "\"release\": \"1\", \"date\": \"2026-06\"", "\"release\": \"0\", \"date\": \"2025\"", 1);
  g_string_replace (edited, "\"release\": \"1\"", "\"release\": \"0\"", 1);
  g_file_set_contents (older, edited->str, edited->len, &error);
  g_assert_no_error (error);

  gtk_window_present (GTK_WINDOW (parent));
  atlas_diff_window_choose (GTK_WINDOW (parent), selection);
  wait_for (has_chooser, NULL, "the file chooser");
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, NULL);
  gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, &error);
  g_assert_no_error (error);
  wait_for (has_file, chooser, "the file chooser to select the file");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  wait_for (has_changes_window, NULL, "the window of the changes");

  window = find_toplevel (ADW_TYPE_WINDOW, "compare-version");
  summary = find_widget (window, ADW_TYPE_PREFERENCES_GROUP, "summary");
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (summary)), ==,
                   "Changes from release 0 to release 1");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (summary)), ==,
                   "3 changes: 2 changelog entries, 1 dataset detail");

  /* the shown dataset's views mark the same changes, the shown one the newer */
  marks = atlas_selection_get_changes (selection);
  g_assert_nonnull (marks);
  g_assert_true (atlas_diff_marks_get_new_dataset (marks) == dataset);
  g_assert_cmpstr (atlas_diff_marks_get_old_name (marks), ==, "release 0");
  g_assert_cmpuint (g_list_model_get_n_items (atlas_diff_marks_get_changes (marks)), ==, 3);
  /* and another dataset takes them away */
  atlas_selection_set_dataset (selection, NULL);
  g_assert_null (atlas_selection_get_changes (selection));

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (parent));
  g_unlink (older);
}

/* The window's pages mark what changed: the Compare page's cells (and the
 * count in its summary row), the timeline's items, and the bar above the
 * pages that says what is marked and ends the marking */
static void
test_marks_on_pages (void)
{
  g_autoptr(AtlasDataset) old_dataset = load_base (NULL, NULL);
  g_autoptr(AtlasDataset) newest = NULL;
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(AtlasDiffMarks) marks = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  const char *ids[] = { "kor-itpp", "jpn-itpp", NULL };
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = atlas_changes_bar_new ();
  GtkWidget *page, *timeline, *revealer, *list, *timeline_window;
  AtlasTimelineModel *model;
  const guint8 *changed;
  guint n_changed, n_marked = 0, n_summary = 0;

  {
    /* the same edit and Japan's space listed, from the text of the first */
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "diff", "base.json", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GString) text = NULL;
    g_autoptr(GError) error = NULL;

    g_file_get_contents (path, &contents, NULL, &error);
    g_assert_no_error (error);
    text = g_string_new (contents);
    g_assert_cmpuint (g_string_replace (text, "\"date\": \"2023-07-13\", \"kind\": \"signing\"",
                                        "\"date\": \"2023-07-12\", \"kind\": \"signing\"", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (text, "\"area\": \"space\", \"status\": \"reported\"",
                                        "\"area\": \"space\", \"status\": \"listed\"", 1), ==, 1);
    newest = atlas_loader_load_data (text->str, text->len, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  changes = atlas_diff_datasets (old_dataset, newest);
  marks = atlas_diff_marks_new (changes, old_dataset, newest, "release 1", "release 2");

  atlas_selection_set_dataset (selection, newest);
  page = atlas_compare_page_new (selection);
  atlas_compare_page_set_programmes (ATLAS_COMPARE_PAGE (page), ids);
  timeline = atlas_timeline_new ();
  atlas_view_set_selection (ATLAS_VIEW (timeline), selection);
  atlas_view_set_selection (ATLAS_VIEW (bar), selection);
  list = atlas_event_list_new ();
  atlas_view_set_selection (ATLAS_VIEW (list), selection);
  g_object_bind_property (timeline, "model", list, "model", G_BINDING_SYNC_CREATE);
  gtk_widget_set_vexpand (list, TRUE);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_widget_set_vexpand (timeline, TRUE);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), page);
  gtk_box_append (GTK_BOX (box), list);
  /* in a window of its own, as the Timeline page has the window's height */
  timeline_window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (timeline_window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (timeline_window), timeline);
  gtk_window_present (GTK_WINDOW (timeline_window));
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window, "the window to show");
  settle ();

  revealer = gtk_widget_get_first_child (bar);
  g_assert_true (GTK_IS_REVEALER (revealer));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  atlas_selection_set_changes (selection, marks);
  settle ();

  /* The cell that changed, and only it; its column's count */
  find_all (page, ATLAS_TYPE_COMPARE_CELL, cells);
  g_assert_cmpuint (cells->len, >, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      AtlasCompareCell *cell = g_ptr_array_index (cells, i);
      AtlasComparisonRow *row = atlas_compare_cell_get_row (cell);
      AtlasProgramme *programme = atlas_compare_cell_get_programme (cell);
      const char *change = atlas_compare_cell_get_change (cell);
      gboolean is_japan;

      if (row == NULL || programme == NULL)
        continue;
      is_japan = g_str_equal (atlas_programme_get_id (programme), "jpn-itpp");
      if (atlas_comparison_row_is_summary (row))
        {
          n_summary++;
          if (is_japan)
            g_assert_cmpstr (change, ==, "1 area changed from release 1 to release 2");
          else
            g_assert_null (change);
          continue;
        }
      if (is_japan && g_str_equal (atlas_area_get_id (atlas_comparison_row_get_area (row)), "space"))
        {
          n_marked++;
          g_assert_cmpstr (change, ==, "Changed from release 1 to release 2\nJapan ITPP · Space: Reported → Listed");
          g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "version-changed"));
          g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (cell)), "Reported → Listed"));
        }
      else
        {
          g_assert_null (change);
          g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "version-changed"));
        }
    }
  g_assert_cmpuint (n_marked, ==, 1);

  /* The timeline: the signing, not the talks */
  model = atlas_timeline_get_model (ATLAS_TIMELINE (timeline));
  changed = _atlas_timeline_get_changed (ATLAS_TIMELINE (timeline), &n_changed);
  g_assert_nonnull (changed);
  g_assert_cmpuint (n_changed, ==, atlas_timeline_model_get_n_items (model));
  for (guint i = 0; i < n_changed; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);
      gboolean is_signing = ATLAS_IS_EVENT (item->record) &&
                            g_str_equal (atlas_event_get_id (ATLAS_EVENT (item->record)), "ev-sign");
      g_autofree char *description = _atlas_timeline_describe_change (ATLAS_TIMELINE (timeline), i);

      g_assert_cmpint (changed[i] != 0, ==, is_signing);
      if (is_signing)
        g_assert_cmpstr (description, ==, "Changed from release 1 to release 2\ndate: 2023-07-13 → 2023-07-12");
      else
        g_assert_null (description);
    }

  /* The timeline's list: a first column says what changed, row by row */
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (find_descendant (list, GTK_TYPE_COLUMN_VIEW));
    g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (gtk_column_view_get_columns (view), 0);
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    gboolean found = FALSE;

    g_assert_cmpstr (gtk_column_view_column_get_title (first), ==, "Δ since release 1");
    find_all (GTK_WIDGET (view), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), "Δ date") == 0)
        {
          found = TRUE;
          g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (labels, i)), ==,
                           "Changed from release 1 to release 2\ndate: 2023-07-13 → 2023-07-12");
        }
    g_assert_true (found);
  }

  /* The bar says what is marked; Stop Marking takes every mark away */
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  find_all (bar, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "Stop _Marking") == 0)
      g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
  g_assert_null (atlas_selection_get_changes (selection));
  settle ();
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  for (guint i = 0; i < cells->len; i++)
    g_assert_null (atlas_compare_cell_get_change (g_ptr_array_index (cells, i)));
  g_assert_null (_atlas_timeline_get_changed (ATLAS_TIMELINE (timeline), &n_changed));
  {
    GtkColumnView *view = GTK_COLUMN_VIEW (find_descendant (list, GTK_TYPE_COLUMN_VIEW));
    g_autoptr(GtkColumnViewColumn) first = g_list_model_get_item (gtk_column_view_get_columns (view), 0);

    g_assert_cmpstr (gtk_column_view_column_get_title (first), !=, "Δ since release 1");
  }

  gtk_window_destroy (GTK_WINDOW (timeline_window));
  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
}

/* The browse lists mark what changed beside each record: a programme by
 * its areas, a programme under an area by its claim on that area; the
 * marks come and go with the changes */
static AtlasChangeMark *
find_mark (GPtrArray  *marks,
           const char *programme_id,
           gboolean    under_area)
{
  for (guint i = 0; i < marks->len; i++)
    {
      AtlasChangeMark *mark = g_ptr_array_index (marks, i);
      GObject *record = atlas_change_mark_get_record (mark);

      if (ATLAS_IS_PROGRAMME (record) &&
          g_str_equal (atlas_programme_get_id (ATLAS_PROGRAMME (record)), programme_id) &&
          (atlas_change_mark_get_area (mark) != NULL) == under_area)
        return mark;
    }
  return NULL;
}

static void
test_sidebar_marks (void)
{
  g_autoptr(AtlasDataset) old_dataset = load_base (NULL, NULL);
  g_autoptr(AtlasDataset) newest = load_base ("\"area\": \"space\", \"status\": \"reported\"",
                                              "\"area\": \"space\", \"status\": \"listed\"");
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  g_autoptr(GListModel) changes = atlas_diff_datasets (old_dataset, newest);
  g_autoptr(AtlasDiffMarks) marks = atlas_diff_marks_new (changes, old_dataset, newest, "release 1", "release 2");
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *sidebar = g_object_new (ATLAS_TYPE_SIDEBAR, NULL);
  GtkStack *lists;
  AtlasChangeMark *mark;

  atlas_selection_set_dataset (selection, newest);
  atlas_view_set_selection (ATLAS_VIEW (sidebar), selection);
  gtk_window_set_child (GTK_WINDOW (window), sidebar);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window, "the window to show");
  settle ();

  /* no changes: no mark shows */
  find_all (sidebar, ATLAS_TYPE_CHANGE_MARK, found);
  g_assert_cmpuint (found->len, >, 0);
  for (guint i = 0; i < found->len; i++)
    g_assert_false (gtk_widget_get_visible (g_ptr_array_index (found, i)));

  atlas_selection_set_changes (selection, marks);
  settle ();

  /* Partners: Japan's ITPP by its one area, Korea's not at all */
  mark = find_mark (found, "jpn-itpp", FALSE);
  g_assert_nonnull (mark);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mark)));
  g_assert_cmpstr (atlas_change_mark_get_text (mark), ==, "Δ 1 area");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (mark)), "Reported → Listed"));
  mark = find_mark (found, "kor-itpp", FALSE);
  g_assert_nonnull (mark);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (mark)));
  g_assert_cmpstr (atlas_change_mark_get_text (mark), ==, "");

  /* Areas: under Space, Japan's ITPP by its claim on it */
  {
    g_autoptr(GPtrArray) stacks = g_ptr_array_new ();

    lists = NULL;
    find_all (sidebar, GTK_TYPE_STACK, stacks);
    for (guint i = 0; i < stacks->len; i++)
      if (gtk_stack_get_child_by_name (g_ptr_array_index (stacks, i), "areas") != NULL)
        lists = g_ptr_array_index (stacks, i);
    g_assert_nonnull (lists);
  }
  gtk_stack_set_visible_child_name (lists, "areas");
  {
    GtkWidget *view = find_descendant (gtk_stack_get_child_by_name (lists, "areas"), GTK_TYPE_LIST_VIEW);
    GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (view)));
    gboolean expanded = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (rows) && !expanded; i++)
      {
        g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
        g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

        if (ATLAS_IS_AREA (item) && g_str_equal (atlas_area_get_id (ATLAS_AREA (item)), "space"))
          {
            gtk_tree_list_row_set_expanded (row, TRUE);
            expanded = TRUE;
          }
      }
    g_assert_true (expanded);
  }
  settle ();
  g_ptr_array_set_size (found, 0);
  find_all (sidebar, ATLAS_TYPE_CHANGE_MARK, found);
  mark = find_mark (found, "jpn-itpp", TRUE);
  g_assert_nonnull (mark);
  g_assert_cmpstr (atlas_area_get_id (atlas_change_mark_get_area (mark)), ==, "space");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (mark)));
  g_assert_cmpstr (atlas_change_mark_get_text (mark), ==, "Δ status");

  /* Stop Marking: every mark goes */
  atlas_selection_set_changes (selection, NULL);
  settle ();
  for (guint i = 0; i < found->len; i++)
    g_assert_false (gtk_widget_get_visible (g_ptr_array_index (found, i)));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
}

/* Suggest a Correction: what the reader fills in becomes a correction
 * file that --apply takes, with exactly the proposed change; what is
 * missing is said in the dialog and nothing is written */
static void
test_correction_dialog (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "diff", "base.json", NULL);
  g_autofree char *copy = g_build_filename (g_get_tmp_dir (), "atlas-test-correction-base.json", NULL);
  g_autofree char *out_path = g_build_filename (g_get_tmp_dir (), "atlas-test-correction.json", NULL);
  g_autoptr(GFile) base = g_file_new_for_path (copy);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasDataset) corrected = NULL;
  g_autoptr(AtlasCorrection) correction = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fixed = NULL;
  AtlasProgramme *programme, *p;
  AtlasArea *area, *a;
  AtlasEvent *event;
  AtlasCorrectionTarget target;
  GtkWidget *dialog;
  GtkLabel *error_label = NULL;
  gsize length, fixed_length;
  gboolean space_listed = FALSE;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (copy, contents, length, &error);
  g_assert_no_error (error);
  g_unlink (out_path);
  dataset = atlas_loader_load_file (base, NULL, NULL, &error);
  g_assert_no_error (error);
  programme = atlas_dataset_find_programme (dataset, "jpn-itpp");
  area = atlas_dataset_find_area (dataset, "space");

  /* Which claim the selection is */
  g_assert_true (atlas_correction_dialog_target_for (dataset, G_OBJECT (area), area, programme, &target, &p, &a,
                                                     &event));
  g_assert_cmpint (target, ==, ATLAS_CORRECTION_CELL);
  g_assert_true (p == programme && a == area);
  g_assert_false (atlas_correction_dialog_target_for (dataset, G_OBJECT (area), NULL, NULL, &target, &p, &a, &event));
  g_assert_true (atlas_correction_dialog_target_for (dataset, G_OBJECT (atlas_dataset_find_event (dataset, "ev-sign")),
                                                     NULL, NULL, &target, &p, &a, &event));
  g_assert_cmpint (target, ==, ATLAS_CORRECTION_EVENT_DATE);
  g_assert_true (atlas_correction_dialog_target_for (dataset, G_OBJECT (atlas_programme_find_area (programme, area)),
                                                     NULL, NULL, &target, &p, &a, &event));
  g_assert_true (target == ATLAS_CORRECTION_CELL && p == programme && a == area);

  dialog = atlas_correction_dialog_new (NULL, dataset, ATLAS_CORRECTION_CELL, programme, area, NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for (is_mapped, dialog, "the dialog to show");

  /* Nothing quoted: refused, said, nothing written */
  gtk_editable_set_text (GTK_EDITABLE (find_widget (dialog, ADW_TYPE_ENTRY_ROW, NULL)), "");
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    AdwComboRow *status = ADW_COMBO_ROW (find_descendant (dialog, ADW_TYPE_COMBO_ROW));

    adw_combo_row_set_selected (status, 1);
    find_all (dialog, ADW_TYPE_ENTRY_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      {
        const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

        if (g_str_has_prefix (title, "Address"))
          gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, i)), "https://example.org/list");
        else if (g_str_has_prefix (title, "Title"))
          gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (rows, i)), "The list");
      }
  }
  g_assert_false (atlas_correction_dialog_save_to (ATLAS_CORRECTION_DIALOG (dialog), out, &error));
  g_assert_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT);
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (out, NULL));
  find_all (dialog, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error"))
      error_label = g_ptr_array_index (labels, i);
  g_assert_nonnull (error_label);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "Quote"));

  /* Quoted: saved, and the error gone */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (find_descendant (dialog, GTK_TYPE_TEXT_VIEW))),
                            "宇宙、サイバー", -1);
  g_assert_true (atlas_correction_dialog_save_to (ATLAS_CORRECTION_DIALOG (dialog), out, &error));
  g_assert_no_error (error);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));

  /* --apply's way: the corrected dataset differs by the cell and its evidence */
  g_file_get_contents (out_path, &text, NULL, &error);
  g_assert_no_error (error);
  correction = atlas_correction_new_from_data (text, strlen (text), &error);
  g_assert_no_error (error);
  fixed = atlas_correction_apply (correction, contents, length, &fixed_length, &error);
  g_assert_no_error (error);
  corrected = atlas_loader_load_data (fixed, fixed_length, NULL, NULL, &error);
  g_assert_no_error (error);
  changes = atlas_diff_datasets (dataset, corrected);
  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);

      g_assert_cmpint (atlas_diff_change_get_record (change), !=, ATLAS_DIFF_RECORD_EVENT);
      space_listed |= g_strcmp0 (atlas_diff_change_get_id (change), "jpn-itpp/space") == 0 &&
                      g_strcmp0 (atlas_diff_change_get_field (change), "status") == 0 &&
                      g_strcmp0 (atlas_diff_change_get_new_value (change), "listed") == 0;
    }
  g_assert_true (space_listed);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_unlink (out_path);
  g_unlink (copy);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/diff-window/changes", test_changes);
  g_test_add_func ("/diff-window/no-changes", test_no_changes);
  g_test_add_func ("/diff-window/markup-is-text", test_markup_is_text);
  g_test_add_func ("/diff-window/action", test_action);
  g_test_add_func ("/diff-window/choose", test_choose);
  g_test_add_func ("/diff-window/marks-on-pages", test_marks_on_pages);
  g_test_add_func ("/diff-window/sidebar-marks", test_sidebar_marks);
  g_test_add_func ("/diff-window/correction", test_correction_dialog);

  return g_test_run ();
}
