/* test-compare-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page under Xvfb, driven through its actions and API, never
 * through coordinates. Expectations are computed from the model. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "compare-test-utils.h"
#include "gui-test-utils.h"

#include "atlas-application.h"
#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-across.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-shown.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-evidence.h"
#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"

static AtlasDataset *dataset;

typedef struct
{
  AtlasSelection *selection;
  GtkWidget *window;
  AtlasComparePage *page;
} Fixture;

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "compared-programmes");
  g_settings_reset (settings, "compare-only-differences");
  g_settings_reset (settings, "compare-show-changes");
  g_settings_reset (settings, "compare-hide-empty-programmes");
  g_settings_reset (settings, "compare-hide-unknown");
  g_settings_reset (settings, "compare-unknown-differs");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  if (data == NULL)
    reset_settings ();
  f->selection = atlas_selection_new ();
  atlas_selection_set_dataset (f->selection, dataset);
  f->page = ATLAS_COMPARE_PAGE (atlas_compare_page_new (f->selection));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_idle ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_for_idle ();
  g_clear_object (&f->selection);
}

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return GTK_COLUMN_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found = find_column_view (child);
      if (found)
        return found;
    }
  return NULL;
}

/* The titles of the visible columns, in order */
static GPtrArray *
column_titles (Fixture *f)
{
  GListModel *columns = gtk_column_view_get_columns (find_column_view (GTK_WIDGET (f->page)));
  GPtrArray *titles = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        g_ptr_array_add (titles, g_strdup (gtk_column_view_column_get_title (column)));
    }
  return titles;
}

static gboolean
has_title (GPtrArray  *titles,
           const char *title)
{
  return g_ptr_array_find_with_equal_func (titles, title, g_str_equal, NULL);
}

static void
set_programmes (Fixture    *f,
                const char *ids)
{
  g_auto(GStrv) v = g_strsplit (ids, ",", -1);

  atlas_compare_page_set_programmes (f->page, (const char * const *) v);
  wait_for_idle ();
}

static AtlasProgramme *
programme (const char *id)
{
  AtlasProgramme *p = atlas_dataset_find_programme (dataset, id);

  g_assert_nonnull (p);
  return p;
}

static void
test_default_columns (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) itpps = atlas_comparison_default_programmes (dataset);
  g_autoptr(GPtrArray) titles = column_titles (f);
  g_auto(GStrv) ids = atlas_compare_page_dup_programmes (f->page);
  AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
  guint fixed = titles->len - itpps->len;

  g_assert_cmpuint (itpps->len, >, 1);
  g_assert_cmpuint (g_strv_length (ids), ==, itpps->len);
  g_assert_cmpuint (atlas_comparison_get_n_columns (comparison), ==, itpps->len);
  /* Narrow columns of marks by default: area and "covered by" come first,
   * the group and change columns are hidden, and each programme's header
   * is its short label on two lines (partner, then type and year) */
  g_assert_false (atlas_compare_page_get_show_wording (f->page));
  g_assert_cmpuint (fixed, ==, 2);
  g_assert_false (has_title (titles, "Group"));
  g_assert_false (has_title (titles, "Change"));
  for (guint i = 0; i < itpps->len; i++)
    {
      AtlasProgramme *itpp = g_ptr_array_index (itpps, i);
      g_autofree char *one_line = g_strdup (g_ptr_array_index (titles, fixed + i));

      g_assert_cmpint (atlas_programme_get_programme_type (itpp), ==, ATLAS_PROGRAMME_TYPE_ITPP);
      g_assert_cmpstr (ids[i], ==, atlas_programme_get_id (itpp));
      g_assert_nonnull (strchr (one_line, '\n'));
      g_strdelimit (one_line, "\n", ' ');
      g_assert_cmpstr (one_line, ==, atlas_programme_get_short_label (itpp));
    }
  g_assert_cmpuint (g_list_model_get_n_items (atlas_compare_page_get_rows (f->page)), ==,
                    g_list_model_get_n_items (atlas_dataset_get_areas (dataset)));
}

/* The default matrix fits the default window: the fixed columns and one
 * narrow column per ITPP take no more than what a 1,280-pixel window
 * leaves between the sidebar and the excerpts pane, and fourteen
 * programmes fit beside the areas when both are hidden. "Wording" brings
 * back the wide cells and the group column. */
static int
columns_width (Fixture *f)
{
  GListModel *columns = gtk_column_view_get_columns (find_column_view (GTK_WIDGET (f->page)));
  int width = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (gtk_column_view_column_get_visible (column))
        width += gtk_column_view_column_get_fixed_width (column);
    }
  return width;
}

static void
test_dense_fits (Fixture       *f,
                 gconstpointer  data)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  g_autoptr(GPtrArray) titles = NULL;
  GListModel *columns = gtk_column_view_get_columns (find_column_view (GTK_WIDGET (f->page)));
  g_autoptr(GString) all = g_string_new (NULL);
  int dense_width = columns_width (f);

  g_assert_cmpint (dense_width, <=, 1280 - 340 - 336);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);

      g_string_append_printf (all, "%s%s", i ? "," : "", atlas_programme_get_id (p));
    }
  set_programmes (f, all->str);
  g_assert_cmpuint (g_list_model_get_n_items (programmes), >=, 14);
  g_assert_cmpint (columns_width (f), <=, 1280);
  for (guint i = 2; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_false (gtk_column_view_column_get_expand (column));
    }

  atlas_compare_page_set_show_wording (f->page, TRUE);
  wait_for_idle ();
  titles = column_titles (f);
  g_assert_true (has_title (titles, "Group"));
  g_assert_cmpint (columns_width (f), >, 1280);
}

/* The ROK ITPP column shows its eleven listed areas, through the very
 * cell widget the column uses. */
static void
test_rok_itpp_listed (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *rows = atlas_compare_page_get_rows (f->page);
  AtlasProgramme *itpp = programme ("kor-itpp");
  AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
  g_autoptr(AtlasComparisonRow) summary = atlas_comparison_row_new_summary (comparison);
  GtkWidget *cell = g_object_ref_sink (atlas_compare_cell_new ());
  guint listed = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, i);

      atlas_compare_cell_bind (ATLAS_COMPARE_CELL (cell), row, itpp);
      if (atlas_compare_cell_get_status (ATLAS_COMPARE_CELL (cell)) == ATLAS_AREA_STATUS_LISTED)
        {
          listed++;
          g_assert_true (g_str_has_prefix (atlas_compare_cell_get_text (ATLAS_COMPARE_CELL (cell)), "● Listed #"));
        }
      if (g_str_equal (atlas_area_get_id (atlas_comparison_row_get_area (row)), "cyber"))
        {
          /* glyph and word, position, and the programme's own wording */
          g_assert_cmpstr (atlas_compare_cell_get_text (ATLAS_COMPARE_CELL (cell)), ==, "● Listed #4 “cybersecurity”");
          g_assert_true (g_str_has_prefix (gtk_widget_get_tooltip_text (cell), "Cyber defence in ROK ITPP 2023: listed"));
          g_assert_true (gtk_widget_has_css_class (cell, "status-listed"));
        }
      if (g_str_equal (atlas_area_get_id (atlas_comparison_row_get_area (row)), "space"))
        {
          g_assert_cmpstr (atlas_compare_cell_get_text (ATLAS_COMPARE_CELL (cell)), ==, "◐ Reported");
          g_assert_true (gtk_widget_has_css_class (cell, "status-reported"));
          g_assert_false (gtk_widget_has_css_class (cell, "status-listed"));
        }
      atlas_compare_cell_unbind (ATLAS_COMPARE_CELL (cell));
    }
  g_assert_cmpuint (listed, ==, 11);

  atlas_compare_cell_bind (ATLAS_COMPARE_CELL (cell), summary, itpp);
  g_assert_true (g_str_has_prefix (atlas_compare_cell_get_text (ATLAS_COMPARE_CELL (cell)), "11 listed"));
  g_object_unref (cell);
}

static AtlasChange
expected_change (AtlasAreaStatus first,
                 AtlasAreaStatus last)
{
  gboolean a = first == ATLAS_AREA_STATUS_LISTED || first == ATLAS_AREA_STATUS_REPORTED;
  gboolean b = last == ATLAS_AREA_STATUS_LISTED || last == ATLAS_AREA_STATUS_REPORTED;

  if (first == ATLAS_AREA_STATUS_UNKNOWN || last == ATLAS_AREA_STATUS_UNKNOWN)
    return ATLAS_CHANGE_UNKNOWN;
  if (a == b)
    return ATLAS_CHANGE_SAME;
  return b ? ATLAS_CHANGE_ADDED : ATLAS_CHANGE_DROPPED;
}

static void
test_show_changes (Fixture       *f,
                   gconstpointer  data)
{
  AtlasProgramme *ipcp = programme ("kor-ipcp-2019");
  AtlasProgramme *itpp = programme ("kor-itpp");
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, FALSE, FALSE, TRUE };
  g_autoptr(AtlasTable) table = NULL;
  g_autoptr(GPtrArray) titles = NULL;
  GListModel *rows;
  guint unknown_not_added = 0, not_in_ipcp = 0;

  /* More than two programmes: changes cannot be shown, whatever the
   * setting, and the toggle is off limits */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.show-changes", NULL) &&
                  atlas_compare_page_get_show_changes (f->page));
  atlas_compare_page_set_show_changes (f->page, TRUE);
  titles = column_titles (f);
  g_assert_false (has_title (titles, "Change"));
  g_clear_pointer (&titles, g_ptr_array_unref);

  /* The preset for the ROK: its last IPCP, then its ITPP */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.preset-changes", "s", "kor-itpp");
  wait_for_idle ();
  titles = column_titles (f);
  g_assert_true (has_title (titles, "Change"));
  g_assert_cmpstr (g_ptr_array_index (titles, titles->len - 2), ==, atlas_programme_get_short_label (ipcp));
  g_assert_cmpstr (g_ptr_array_index (titles, titles->len - 1), ==, atlas_programme_get_short_label (itpp));

  rows = atlas_compare_page_get_rows (f->page);
  table = atlas_compare_page_build_table (f->page, &options, TRUE);
  g_assert_cmpuint (atlas_table_get_n_rows (table), ==, g_list_model_get_n_items (rows));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, i);
      AtlasAreaStatus first = atlas_comparison_row_get_status (row, ipcp);
      AtlasAreaStatus last = atlas_comparison_row_get_status (row, itpp);
      AtlasChange change = expected_change (first, last);

      g_assert_cmpint (atlas_comparison_row_get_change (row), ==, change);
      /* What the page would export and copy says the same, in words */
      g_assert_cmpstr (atlas_table_get_text (table, i, table_column_of (table, "change")), ==, atlas_change_to_label (change));
      if (last == ATLAS_AREA_STATUS_LISTED && first == ATLAS_AREA_STATUS_UNKNOWN)
        {
          g_assert_cmpint (change, ==, ATLAS_CHANGE_UNKNOWN);
          g_assert_cmpstr (atlas_change_to_label (change), ==, "Cannot tell");
          unknown_not_added++;
        }
      if (last == ATLAS_AREA_STATUS_LISTED &&
          atlas_programme_find_area (ipcp, atlas_comparison_row_get_area (row)) == NULL)
        not_in_ipcp++;
    }
  /* The ROK's IPCP lists are not public: every area listed in the ITPP that
   * no source names for the IPCP is "cannot tell", never "added" */
  g_assert_cmpuint (not_in_ipcp, >, 0);
  g_assert_cmpuint (unknown_not_added, ==, not_in_ipcp);
}

static gboolean
all_agree (AtlasComparisonRow *row,
           AtlasComparison    *comparison)
{
  AtlasAreaStatus seen = ATLAS_AREA_STATUS_UNKNOWN;

  /* Unknown is a gap in the sources, not a status that differs */
  for (guint c = 0; c < atlas_comparison_get_n_columns (comparison); c++)
    {
      AtlasAreaStatus status = atlas_comparison_row_get_status (row, atlas_comparison_get_programme (comparison, c));

      if (status == ATLAS_AREA_STATUS_UNKNOWN)
        continue;
      if (seen != ATLAS_AREA_STATUS_UNKNOWN && status != seen)
        return FALSE;
      seen = status;
    }
  return TRUE;
}

static void
test_only_differences (Fixture       *f,
                       gconstpointer  data)
{
  GListModel *rows = atlas_compare_page_get_rows (f->page);
  g_autoptr(GListModel) all = NULL;
  AtlasComparison *comparison;
  guint agreeing = 0;

  set_programmes (f, "kor-ipcp-2019,kor-itpp,nzl-itpp,jpn-itpp");
  comparison = atlas_compare_page_get_comparison (f->page);
  all = atlas_comparison_row_list_new (comparison);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (all, i);
      agreeing += all_agree (row, comparison);
    }
  g_assert_cmpuint (agreeing, >, 0);
  g_assert_cmpuint (agreeing, <, g_list_model_get_n_items (all));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.only-differences", NULL);
  g_assert_true (atlas_compare_page_get_only_differences (f->page));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (all) - agreeing);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, i);
      g_assert_false (all_agree (row, comparison));
    }

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.only-differences", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (all));
}

static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  AtlasArea *cyber = atlas_dataset_find_area (dataset, "cyber");
  AtlasArea *public_diplomacy = atlas_dataset_find_area (dataset, "public-diplomacy");
  AtlasProgramme *itpp = programme ("kor-itpp");
  AtlasProgrammeArea *pa = atlas_programme_find_area (itpp, cyber);
  g_autoptr(GPtrArray) pa_evidence = atlas_evidence_for (dataset, G_OBJECT (pa));
  g_autoptr(GPtrArray) itpp_evidence = atlas_evidence_for (dataset, G_OBJECT (itpp));
  GListModel *evidence = atlas_selection_get_evidence (f->selection);
  GtkSelectionModel *model;
  GListModel *rows;
  guint position = GTK_INVALID_LIST_POSITION;

  set_programmes (f, "kor-ipcp-2019,kor-itpp,nzl-itpp");

  /* A listed cell: its excerpts and what it says */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.select-cell", "(ss)", "cyber", "kor-itpp");
  g_assert_true (atlas_selection_get_item (f->selection) == G_OBJECT (pa));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, pa_evidence->len);
  g_assert_true (g_str_has_prefix (atlas_selection_get_note (f->selection),
                                   "Cyber defence in ROK ITPP 2023: listed (position 4, “cybersecurity”"));

  /* An unknown cell (no source names public diplomacy for the 2019 IPCP):
   * nothing to show, and why */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.select-cell", "(ss)", "public-diplomacy", "kor-ipcp-2019");
  g_assert_true (atlas_selection_get_item (f->selection) == G_OBJECT (public_diplomacy));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, 0);
  g_assert_nonnull (strstr (atlas_selection_get_note (f->selection), "unknown"));
  g_assert_nonnull (strstr (atlas_selection_get_note (f->selection), "No source mentions"));

  /* A reported cell says so, and by whom: a party's own source is no
   * secondary one */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.select-cell", "(ss)", "cyber", "nzl-itpp");
  g_assert_true (ATLAS_IS_PROGRAMME_AREA (atlas_selection_get_item (f->selection)));
  g_assert_cmpint (atlas_programme_area_get_status (ATLAS_PROGRAMME_AREA (atlas_selection_get_item (f->selection))), ==,
                   ATLAS_AREA_STATUS_REPORTED);
  if (atlas_programme_area_is_reported_by_party (ATLAS_PROGRAMME_AREA (atlas_selection_get_item (f->selection))))
    g_assert_nonnull (strstr (atlas_selection_get_note (f->selection), "reported by an official source of a party"));
  else
    g_assert_nonnull (strstr (atlas_selection_get_note (f->selection), "reported by a secondary source"));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >, 0);

  /* A row: the area across the programmes */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.select-row", "s", "cyber");
  g_assert_true (atlas_selection_get_item (f->selection) == G_OBJECT (cyber));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), >=, pa_evidence->len);
  g_assert_true (g_str_has_prefix (atlas_selection_get_note (f->selection),
                                   "Cyber defence in the 3 programmes compared: 1 listed, 2 reported"));

  /* A column: the programme's own evidence */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.select-column", "s", "kor-itpp");
  g_assert_true (atlas_selection_get_item (f->selection) == G_OBJECT (itpp));
  g_assert_cmpuint (g_list_model_get_n_items (evidence), ==, itpp_evidence->len);
  g_assert_nonnull (strstr (atlas_selection_get_note (f->selection), "11 listed"));

  /* Selecting a row in the list, as a click or a key does */
  model = gtk_column_view_get_model (find_column_view (GTK_WIDGET (f->page)));
  rows = G_LIST_MODEL (model);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, i);
      if (atlas_comparison_row_get_area (row) == cyber)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  atlas_selection_set_item (f->selection, NULL);
  gtk_selection_model_select_item (model, position, TRUE);
  g_assert_true (atlas_selection_get_item (f->selection) == G_OBJECT (cyber));
  g_assert_nonnull (strstr (atlas_selection_get_note (f->selection), "programmes compared"));
}

static void
test_columns_follow_choice (Fixture       *f,
                            gconstpointer  data)
{
  GListModel *columns = gtk_column_view_get_columns (find_column_view (GTK_WIDGET (f->page)));
  g_autoptr(GPtrArray) before = column_titles (f);
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  AtlasProgramme *jpn_ipcp = programme ("jpn-ipcp-2020");
  AtlasProgramme *jpn_itpp = programme ("jpn-itpp");
  AtlasProgramme *kor_itpp = programme ("kor-itpp");
  g_autoptr(GtkColumnViewColumn) jpn_column = NULL;
  g_autoptr(GtkColumnViewColumn) jpn_column_after = NULL;
  guint jpn_at = 0;

  for (guint i = 0; i < before->len; i++)
    if (g_str_equal (g_ptr_array_index (before, i), atlas_programme_get_short_label (jpn_itpp)))
      jpn_at = i;
  g_assert_cmpuint (jpn_at, >, 0);
  jpn_column = g_list_model_get_item (columns, jpn_at);
  g_assert_cmpstr (gtk_column_view_column_get_title (jpn_column), ==, atlas_programme_get_short_label (jpn_itpp));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.toggle-programme", "s", "jpn-ipcp-2020");
  wait_for_idle ();
  added = column_titles (f);
  g_assert_cmpuint (added->len, ==, before->len + 1);
  /* In dataset order: Japan's IPCP comes just before its ITPP */
  g_assert_cmpstr (g_ptr_array_index (added, jpn_at), ==, atlas_programme_get_short_label (jpn_ipcp));
  g_assert_cmpstr (g_ptr_array_index (added, jpn_at + 1), ==, atlas_programme_get_short_label (jpn_itpp));
  /* The column that stays is the same column (its width, its sort) */
  jpn_column_after = g_list_model_get_item (columns, jpn_at + 1);
  g_assert_true (jpn_column_after == jpn_column);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.remove-programme", "s", "kor-itpp");
  wait_for_idle ();
  removed = column_titles (f);
  g_assert_cmpuint (removed->len, ==, before->len);
  g_assert_false (has_title (removed, atlas_programme_get_short_label (kor_itpp)));
  g_assert_cmpint (atlas_comparison_find_column (atlas_compare_page_get_comparison (f->page), kor_itpp), ==, -1);
}

static GtkColumnViewColumn *
find_column (Fixture    *f,
             const char *title)
{
  GListModel *columns = gtk_column_view_get_columns (find_column_view (GTK_WIDGET (f->page)));

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

/* Sorting by a column header orders the areas; the summary row stays
 * last, whatever the order. */
static void
test_sorting (Fixture       *f,
              gconstpointer  data)
{
  GtkColumnView *view = find_column_view (GTK_WIDGET (f->page));
  GListModel *rows = atlas_compare_page_get_rows (f->page);
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (view));
  guint n = g_list_model_get_n_items (rows);
  g_autoptr(AtlasComparisonRow) last = NULL;

  gtk_column_view_sort_by_column (view, find_column (f, "Covered By"), GTK_SORT_DESCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(AtlasComparisonRow) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(AtlasComparisonRow) b = g_list_model_get_item (rows, i);

      g_assert_cmpuint (atlas_comparison_row_get_covering (a), >=, atlas_comparison_row_get_covering (b));
    }

  gtk_column_view_sort_by_column (view, find_column (f, "Cooperation Area"), GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(AtlasComparisonRow) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(AtlasComparisonRow) b = g_list_model_get_item (rows, i);

      /* As the column's string sorter does: ignoring case ("CBRN defence" after "Capability …") */
      g_autofree char *name_a = g_utf8_casefold (atlas_comparison_row_get_name (a), -1);
      g_autofree char *name_b = g_utf8_casefold (atlas_comparison_row_get_name (b), -1);

      g_assert_cmpint (g_utf8_collate (name_a, name_b), <=, 0);
    }

  gtk_column_view_sort_by_column (view, find_column (f, "Group"), GTK_SORT_ASCENDING);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(AtlasComparisonRow) a = g_list_model_get_item (rows, i - 1);
      g_autoptr(AtlasComparisonRow) b = g_list_model_get_item (rows, i);
      AtlasArea *area_a = atlas_comparison_row_get_area (a);
      AtlasArea *area_b = atlas_comparison_row_get_area (b);
      guint group_a = atlas_area_group_get_position (atlas_area_get_group (area_a));
      guint group_b = atlas_area_group_get_position (atlas_area_get_group (area_b));

      g_assert_true (group_a < group_b ||
                     (group_a == group_b && atlas_area_get_position (area_a) < atlas_area_get_position (area_b)));
    }

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, n + 1);
  last = g_list_model_get_item (shown, n);
  g_assert_true (atlas_comparison_row_is_summary (last));
}

static guint
count_group_captions (Fixture    *f,
                      GHashTable *names)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint n = 0;

  find_all (GTK_WIDGET (f->page), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "compare-group") && gtk_widget_get_visible (labels->pdata[i]))
      {
        if (names != NULL)
          g_assert_true (g_hash_table_contains (names, gtk_label_get_text (labels->pdata[i])));
        n++;
      }
  return n;
}

/* The areas come under their group's name, shown above the first area
 * of each group while the rows are in the dataset's order, not when sorted */
static void
test_group_sections (Fixture       *f,
                     gconstpointer  data)
{
  GtkColumnView *view = find_column_view (GTK_WIDGET (f->page));
  GListModel *groups = atlas_dataset_get_area_groups (dataset);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkColumnViewColumn) area_column = g_list_model_get_item (gtk_column_view_get_columns (view), 0);

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(AtlasAreaGroup) group = g_list_model_get_item (groups, i);

      g_hash_table_add (names, (gpointer) atlas_area_group_get_name (group));
    }
  g_assert_cmpuint (count_group_captions (f, names), >, 0);
  g_assert_cmpuint (count_group_captions (f, names), <=, g_list_model_get_n_items (groups));

  gtk_column_view_sort_by_column (view, area_column, GTK_SORT_DESCENDING);
  wait_for_idle ();
  g_assert_cmpuint (count_group_captions (f, NULL), ==, 0);
  gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  wait_for_idle ();
  g_assert_cmpuint (count_group_captions (f, names), >, 0);
}

/* The focused cell, if any */
static AtlasCompareCell *
focused_cell (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  if (focus != NULL && !ATLAS_IS_COMPARE_CELL (focus))
    focus = gtk_widget_get_ancestor (focus, ATLAS_TYPE_COMPARE_CELL);
  return focus ? ATLAS_COMPARE_CELL (focus) : NULL;
}

static AtlasComparisonRow *
shown_row (Fixture *f,
           guint    position)
{
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (find_column_view (GTK_WIDGET (f->page))));
  AtlasComparisonRow *row = g_list_model_get_item (shown, position);

  g_object_unref (row);    /* the model keeps it */
  return row;
}

/* The arrow keys' action moves the focus cell by cell, clamped to the
 * table; the focused cell names its area, programme and status */
static void
test_keyboard_cells (Fixture       *f,
                     gconstpointer  data)
{
  AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
  GListModel *shown = G_LIST_MODEL (gtk_column_view_get_model (find_column_view (GTK_WIDGET (f->page))));
  guint n_columns = atlas_comparison_get_n_columns (comparison);
  guint n_rows = g_list_model_get_n_items (shown);
  GPtrArray *cells = g_ptr_array_new ();
  AtlasCompareCell *cell = NULL;
  const char *name;

  g_assert_cmpuint (n_columns, >, 2);
  find_all (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_CELL, cells);
  for (guint i = 0; i < cells->len && cell == NULL; i++)
    if (atlas_compare_cell_get_row (cells->pdata[i]) == shown_row (f, 0) &&
        atlas_compare_cell_get_programme (cells->pdata[i]) == atlas_comparison_get_programme (comparison, 0))
      cell = cells->pdata[i];
  g_ptr_array_unref (cells);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (cell)));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 1, 0);
  cell = focused_cell (f);
  g_assert_nonnull (cell);
  g_assert_true (atlas_compare_cell_get_programme (cell) == atlas_comparison_get_programme (comparison, 1));
  g_assert_true (atlas_compare_cell_get_row (cell) == shown_row (f, 0));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 0, 1);
  cell = focused_cell (f);
  g_assert_true (atlas_compare_cell_get_programme (cell) == atlas_comparison_get_programme (comparison, 1));
  g_assert_true (atlas_compare_cell_get_row (cell) == shown_row (f, 1));
  /* What a screen reader says of it */
  name = gtk_widget_get_tooltip_text (GTK_WIDGET (cell));
  g_assert_nonnull (strstr (name, atlas_programme_get_short_label (atlas_comparison_get_programme (comparison, 1))));
  g_assert_nonnull (strstr (name, atlas_comparison_row_get_name (shown_row (f, 1))));

  /* Clamped: left of the first column is the first column (Home) */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", -1000, 0);
  cell = focused_cell (f);
  g_assert_true (atlas_compare_cell_get_programme (cell) == atlas_comparison_get_programme (comparison, 0));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 1000, 0);
  cell = focused_cell (f);
  g_assert_true (atlas_compare_cell_get_programme (cell) == atlas_comparison_get_programme (comparison, n_columns - 1));

  /* Ctrl+End: the last row, scrolled into view first */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 1000, 1000);
  for (guint i = 0; i < 100 && atlas_compare_cell_get_row (focused_cell (f)) != shown_row (f, n_rows - 1); i++)
    {
      g_usleep (10000);
      wait_for_idle ();
    }
  cell = focused_cell (f);
  g_assert_true (atlas_compare_cell_get_row (cell) == shown_row (f, n_rows - 1));
  g_assert_true (atlas_compare_cell_get_programme (cell) == atlas_comparison_get_programme (comparison, n_columns - 1));
}

/* View Options: programmes without area data left out with a note that
 * names them, unknown cells blanked, unknown counted as a difference */
static void
test_view_options (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) itpps = atlas_comparison_default_programmes (dataset);
  GListModel *rows = atlas_compare_page_get_rows (f->page);
  GtkWidget *view = find_descendant (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW);
  AtlasComparison *comparison;
  guint with_data = 0, n_differ = 0, n_differ_unknown = 0;
  g_auto(GStrv) chosen = NULL;

  for (guint i = 0; i < itpps->len; i++)
    with_data += atlas_comparison_has_area_data (g_ptr_array_index (itpps, i));
  g_assert_cmpuint (with_data, <, itpps->len);
  g_assert_cmpuint (with_data, >, 0);
  g_assert_cmpuint (atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (f->page)), ==, itpps->len);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-hide-empty-programmes", NULL);
  wait_for_idle ();
  comparison = atlas_compare_page_get_comparison (f->page);
  g_assert_cmpuint (atlas_comparison_get_n_columns (comparison), ==, with_data);
  for (guint c = 0; c < atlas_comparison_get_n_columns (comparison); c++)
    g_assert_true (atlas_comparison_has_area_data (atlas_comparison_get_programme (comparison, c)));
  /* The choice itself is kept: only the view leaves them out, and says so */
  chosen = atlas_compare_page_dup_programmes (f->page);
  g_assert_cmpuint (g_strv_length (chosen), ==, itpps->len);
  for (guint i = 0; i < itpps->len; i++)
    {
      AtlasProgramme *p = g_ptr_array_index (itpps, i);
      GtkWidget *revealer = find_descendant (GTK_WIDGET (f->page), GTK_TYPE_REVEALER);
      GtkWidget *label = find_descendant (gtk_revealer_get_child (GTK_REVEALER (revealer)), GTK_TYPE_LABEL);

      g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
      if (!atlas_comparison_has_area_data (p))
        g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), atlas_programme_get_short_label (p)));
    }
  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-hide-empty-programmes", NULL);
  wait_for_idle ();
  g_assert_cmpuint (atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (f->page)), ==, itpps->len);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-hide-unknown", NULL);
  g_assert_true (gtk_widget_has_css_class (view, "hide-unknown"));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-hide-unknown", NULL);
  g_assert_false (gtk_widget_has_css_class (view, "hide-unknown"));

  comparison = atlas_compare_page_get_comparison (f->page);
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    {
      n_differ += atlas_comparison_row_differs (comparison, r);
      n_differ_unknown += atlas_comparison_row_differs_with_unknown (comparison, r);
    }
  g_assert_cmpuint (n_differ_unknown, >, n_differ);
  atlas_compare_page_set_only_differences (f->page, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_differ);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-unknown-differs", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_differ_unknown);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-unknown-differs", NULL);

  /* Copy, export and print take what is shown, and say what it leaves out */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-hide-unknown", NULL);
  {
    AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, FALSE, FALSE, TRUE };
    g_autoptr(AtlasTable) table = atlas_compare_page_build_table (f->page, &options, TRUE);
    guint n_blank = 0;

    g_assert_cmpuint (atlas_table_get_n_rows (table), ==, n_differ);
    g_assert_nonnull (strstr (atlas_table_get_note (table), "only the areas where programmes of known status differ"));
    g_assert_nonnull (strstr (atlas_table_get_note (table), "cells of unknown status left blank"));
    for (guint r = 0; r < atlas_table_get_n_rows (table); r++)
      for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
        if (atlas_table_get_kind (table, r, c) == ATLAS_CELL_STATUS &&
            atlas_table_get_status (table, r, c) == ATLAS_AREA_STATUS_UNKNOWN)
          {
            g_assert_cmpstr (atlas_table_get_text (table, r, c), ==, "");
            n_blank++;
          }
    g_assert_cmpuint (n_blank, >, 0);
  }
  gtk_widget_activate_action (GTK_WIDGET (f->page), "view.compare-hide-unknown", NULL);
  atlas_compare_page_set_only_differences (f->page, FALSE);
}

/* A narrow column's short header has the programme's whole title in its
 * tooltip and accessible name */
static void
test_headers_described (Fixture       *f,
                        gconstpointer  data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW));
  GListModel *columns = gtk_column_view_get_columns (view);
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (view));
  GtkWidget *title = gtk_widget_get_first_child (header);
  guint n_programmes = 0;

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++, title = gtk_widget_get_next_sibling (title))
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      AtlasProgramme *programme = g_object_get_data (G_OBJECT (column), "atlas-programme");
      const char *tooltip;

      g_assert_nonnull (title);
      tooltip = gtk_widget_get_tooltip_text (title);
      g_assert_nonnull (tooltip);
      g_assert_null (strchr (tooltip, '\n'));
      if (programme == NULL)
        continue;
      n_programmes++;
      /* The header itself is short; the tooltip is the title and status */
      g_assert_null (strstr (gtk_column_view_column_get_title (column), atlas_programme_get_title (programme)));
      g_assert_true (g_str_has_prefix (tooltip, atlas_programme_get_title (programme)));
      g_assert_nonnull (strstr (tooltip, atlas_programme_status_to_label (atlas_programme_get_status (programme))));
    }
  g_assert_cmpuint (n_programmes, ==, atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (f->page)));
}

/* The picker lists every programme; activating one adds or removes it. */
static void
test_picker (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW);
  GListModel *model;
  g_autoptr(AtlasProgramme) first = NULL;
  g_auto(GStrv) with = NULL;
  g_auto(GStrv) without = NULL;

  g_assert_nonnull (list);
  model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (atlas_dataset_get_programmes (dataset)));
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (atlas_programme_get_programme_type (first), !=, ATLAS_PROGRAMME_TYPE_ITPP);

  g_signal_emit_by_name (list, "activate", 0);
  with = atlas_compare_page_dup_programmes (f->page);
  g_assert_cmpstr (with[0], ==, atlas_programme_get_id (first));
  g_signal_emit_by_name (list, "activate", 0);
  without = atlas_compare_page_dup_programmes (f->page);
  g_assert_false (g_strv_contains ((const char * const *) without, atlas_programme_get_id (first)));
}

static void
test_presets (Fixture       *f,
              gconstpointer  data)
{
  GListModel *rows = atlas_compare_page_get_rows (f->page);
  g_autoptr(AtlasComparisonRow) row = NULL;
  g_auto(GStrv) ids = NULL;
  g_auto(GStrv) itpps = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.preset-area", "s", "cyber");
  wait_for_idle ();
  ids = atlas_compare_page_dup_programmes (f->page);
  g_assert_cmpuint (g_strv_length (ids), ==, g_list_model_get_n_items (atlas_dataset_get_programmes (dataset)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 1);
  row = g_list_model_get_item (rows, 0);
  g_assert_cmpstr (atlas_area_get_id (atlas_comparison_row_get_area (row)), ==, "cyber");
  g_assert_nonnull (atlas_compare_page_get_area_filter (f->page));
  /* Across every programme, only those of which some area is known */
  {
    AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
    GListModel *all = atlas_dataset_get_programmes (dataset);
    guint with_data = 0;

    for (guint i = 0; i < g_list_model_get_n_items (all); i++)
      {
        g_autoptr(AtlasProgramme) p = g_list_model_get_item (all, i);
        with_data += atlas_comparison_has_area_data (p);
      }
    g_assert_cmpuint (atlas_comparison_get_n_columns (comparison), ==, with_data);

    /* …shown as rows, a programme each, rather than one row of columns */
    {
      AtlasCompareAcross *across = ATLAS_COMPARE_ACROSS (find_descendant (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_ACROSS));
      GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (GTK_WIDGET (across), GTK_TYPE_STACK));
      GListModel *across_rows = atlas_compare_across_get_rows (across);

      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "across");
      g_assert_cmpstr (atlas_area_get_id (atlas_compare_across_get_area (across)), ==, "cyber");
      g_assert_cmpuint (g_list_model_get_n_items (across_rows), ==, with_data);
      for (guint c = 0; c < with_data; c++)
        {
          g_autoptr(AtlasProgramme) p = g_list_model_get_item (across_rows, c);

          g_assert_true (p == atlas_comparison_get_programme (comparison, c));
        }
    }
  }

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.show-all-areas", NULL);
  g_assert_null (atlas_compare_page_get_area_filter (f->page));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_ancestor (find_descendant (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_ACROSS),
                                                                                   GTK_TYPE_STACK))),
                   ==, "table");
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, g_list_model_get_n_items (atlas_dataset_get_areas (dataset)));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.preset-changes", "s", "jpn-itpp");
  g_clear_pointer (&ids, g_strfreev);
  ids = atlas_compare_page_dup_programmes (f->page);
  g_assert_cmpstr (ids[0], ==, "jpn-ipcp-2020");
  g_assert_cmpstr (ids[1], ==, "jpn-itpp");
  g_assert_null (ids[2]);
  g_assert_true (atlas_compare_page_get_show_changes (f->page));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.preset-all-itpps", NULL);
  itpps = atlas_compare_page_dup_programmes (f->page);
  g_assert_cmpuint (g_strv_length (itpps), ==, atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (f->page)));
  for (guint i = 0; itpps[i]; i++)
    g_assert_cmpint (atlas_programme_get_programme_type (programme (itpps[i])), ==, ATLAS_PROGRAMME_TYPE_ITPP);
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_auto(GStrv) saved = NULL;
  g_auto(GStrv) restored = NULL;
  g_auto(GStrv) empty = NULL;
  Fixture second = { 0 };

  set_programmes (f, "kor-itpp,kor-ipcp-2019,no-such-programme");
  saved = g_settings_get_strv (settings, "compared-programmes");
  /* Unknown ids are left out; the order is the dataset's */
  g_assert_cmpuint (g_strv_length (saved), ==, 2);
  g_assert_cmpstr (saved[0], ==, "kor-ipcp-2019");
  g_assert_cmpstr (saved[1], ==, "kor-itpp");
  atlas_compare_page_set_only_differences (f->page, TRUE);
  g_assert_true (g_settings_get_boolean (settings, "compare-only-differences"));

  /* A new page (the next start) restores the choice */
  fixture_set_up (&second, GINT_TO_POINTER (1));
  restored = atlas_compare_page_dup_programmes (second.page);
  g_assert_cmpstrv (restored, saved);
  g_assert_true (atlas_compare_page_get_only_differences (second.page));
  fixture_tear_down (&second, NULL);

  /* Every ITPP is stored as "nothing chosen" */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.preset-all-itpps", NULL);
  empty = g_settings_get_strv (settings, "compared-programmes");
  g_assert_cmpuint (g_strv_length (empty), ==, 0);
}

/* Before a dataset, the ids wait for one (the window may set them from
 * the command line first). */
static void
test_programmes_before_dataset (void)
{
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  AtlasComparePage *page;
  g_auto(GStrv) ids = NULL;
  const char *wanted[] = { "aus-ipcp-2019", "aus-itpp", NULL };

  reset_settings ();
  page = ATLAS_COMPARE_PAGE (g_object_ref_sink (atlas_compare_page_new (selection)));
  g_assert_null (atlas_compare_page_get_comparison (page));
  atlas_compare_page_set_programmes (page, wanted);
  atlas_selection_set_dataset (selection, dataset);
  ids = atlas_compare_page_dup_programmes (page);
  g_assert_cmpstrv (ids, wanted);
  g_object_unref (page);
}

/* A dataset with @n ITPPs: the minimal one's, copied under new ids */
static AtlasDataset *
dataset_with_itpps (guint n)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;
  JsonObject *root;
  JsonArray *programmes;
  g_autofree char *model_text = NULL;
  AtlasDataset *result;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  programmes = json_object_get_array_member (root, "programmes");
  model_text = json_to_string (json_array_get_element (programmes, 0), FALSE);
  for (guint i = 0; i < n; i++)
    {
      /* (json_node_copy() would share the object) */
      JsonNode *copy = json_from_string (model_text, NULL);
      g_autofree char *id = g_strdup_printf ("itpp-%03u", i);

      json_object_set_string_member (json_node_get_object (copy), "id", id);
      json_array_add_element (programmes, copy);
    }
  text = json_to_string (json_parser_get_root (parser), FALSE);
  result = atlas_loader_load_data (text, strlen (text), NULL, &problems, &error);
  g_assert_no_error (error);
  return result;
}

/* A large dataset's "all ITPPs" is cut to a table a person can read (and
 * that GtkColumnView can draw), and the page says so */
static void
test_many_programmes_capped (void)
{
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  g_autoptr(AtlasDataset) many = dataset_with_itpps (60);
  GtkWidget *window = gtk_window_new ();
  AtlasComparePage *page = ATLAS_COMPARE_PAGE (atlas_compare_page_new (selection));
  g_auto(GStrv) ids = NULL;
  guint n_itpps = 0;
  GListModel *all = atlas_dataset_get_programmes (many);

  reset_settings ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  atlas_selection_set_dataset (selection, many);
  wait_for_idle ();

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (all, i);
      n_itpps += atlas_programme_get_programme_type (p) == ATLAS_PROGRAMME_TYPE_ITPP;
    }
  g_assert_cmpuint (n_itpps, >, 40);

  ids = atlas_compare_page_dup_programmes (page);
  g_assert_cmpuint (g_strv_length (ids), ==, 40);
  g_assert_cmpuint (atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (page)), ==, 40);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (find_column_view (GTK_WIDGET (page)))), <, 40 + 10);

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_idle ();
}

static void
test_command_line (void)
{
  g_autoptr(AtlasApplication) app = atlas_application_new ();
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  const char *expected[] = { "kor-ipcp-2019", "kor-itpp", NULL };

  g_assert_null (atlas_application_get_compare_programmes (app));
  g_variant_dict_insert (options, "compare", "s", "kor-ipcp-2019, kor-itpp");
  /* -1: go on to start the GUI */
  g_assert_cmpint (G_APPLICATION_GET_CLASS (app)->handle_local_options (G_APPLICATION (app), options), ==, -1);
  g_assert_cmpstrv ((char **) atlas_application_get_compare_programmes (app), (char **) expected);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError *error;
} Result;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;

  r->ok = atlas_compare_page_export_finish (ATLAS_COMPARE_PAGE (object), result, &r->error);
  r->done = TRUE;
}

static void
wait_for_result (Result *r)
{
  while (!r->done)
    g_main_context_iteration (NULL, TRUE);
  wait_for_idle ();
}

/* RFC 4180, enough to read back what the exporter writes */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        g_ptr_array_add (row, g_strdup (field->str)), g_string_truncate (field, 0);
      else if (*p == '\r' && p[1] == '\n')
        ;
      else if (*p == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_false (quoted);
  if (row->len > 0 || field->len > 0)
    {
      g_ptr_array_add (row, g_strdup (field->str));
      g_ptr_array_add (rows, row);
    }
  else
    g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("compare-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comparison.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, FALSE };
  AtlasComparison *comparison;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *header;
  Result r = { 0 };
  int itpp_column = -1;

  set_programmes (f, "kor-ipcp-2019,kor-itpp");
  comparison = atlas_compare_page_get_comparison (f->page);
  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &options, FALSE, FALSE, file, NULL, exported_cb, &r);
  wait_for_result (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 1 + atlas_comparison_get_n_rows (comparison));
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (g_ptr_array_index (header, 0), ==, "area_id");
  for (guint c = 0; c < header->len; c++)
    if (g_str_equal (g_ptr_array_index (header, c), "kor-itpp"))
      itpp_column = c;
  g_assert_cmpint (itpp_column, >, 0);
  for (guint r2 = 0; r2 < atlas_comparison_get_n_rows (comparison); r2++)
    {
      GPtrArray *row = g_ptr_array_index (rows, r2 + 1);

      g_assert_cmpuint (row->len, ==, header->len);
      g_assert_cmpstr (g_ptr_array_index (row, 0), ==, atlas_area_get_id (atlas_comparison_get_area (comparison, r2)));
      g_assert_cmpstr (g_ptr_array_index (row, itpp_column), ==,
                       atlas_area_status_to_code (atlas_comparison_get_status (comparison, r2, 1)));
    }

  /* As shown: only the differences, with the change column */
  atlas_compare_page_set_only_differences (f->page, TRUE);
  atlas_compare_page_set_show_changes (f->page, TRUE);
  memset (&r, 0, sizeof r);
  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &options, TRUE, FALSE, file, NULL, exported_cb, &r);
  wait_for_result (&r);
  g_assert_true (r.ok);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&rows, g_ptr_array_unref);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  rows = parse_csv (text);
  g_assert_cmpuint (rows->len, ==, 1 + g_list_model_get_n_items (atlas_compare_page_get_rows (f->page)));
  g_assert_true (g_ptr_array_find_with_equal_func (g_ptr_array_index (rows, 0), "change", g_str_equal, NULL));

  g_unlink (path);
  g_rmdir (dir);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* A directory where the file should go: an error, said to the user, and
 * the directory untouched. */
/* With the data package asked for, datapackage.json beside the CSV names
 * it and the dataset; without, none is written, and none for a format
 * other than CSV or TSV */
static void
test_export_datapackage (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("compare-export-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "comparison.csv", NULL);
  g_autofree char *html = g_build_filename (dir, "comparison.html", NULL);
  g_autofree char *package = g_build_filename (dir, "datapackage.json", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GFile) html_file = g_file_new_for_path (html);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, FALSE, FALSE, FALSE };
  JsonArray *resources;
  JsonObject *resource;
  Result r = { 0 };

  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &options, FALSE, FALSE, csv_file, NULL, exported_cb, &r);
  wait_for_result (&r);
  g_assert_no_error (r.error);
  g_assert_false (g_file_test (package, G_FILE_TEST_EXISTS));

  memset (&r, 0, sizeof r);
  atlas_compare_page_export (f->page, ATLAS_EXPORT_HTML, &options, FALSE, TRUE, html_file, NULL, exported_cb, &r);
  wait_for_result (&r);
  g_assert_no_error (r.error);
  g_assert_false (g_file_test (package, G_FILE_TEST_EXISTS));

  memset (&r, 0, sizeof r);
  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &options, FALSE, TRUE, csv_file, NULL, exported_cb, &r);
  wait_for_result (&r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_true (json_parser_load_from_file (parser, package, &error));
  g_assert_no_error (error);
  resources = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "resources");
  g_assert_cmpuint (json_array_get_length (resources), ==, 1);
  resource = json_array_get_object_element (resources, 0);
  g_assert_cmpstr (json_object_get_string_member (resource, "path"), ==, "comparison.csv");

  g_unlink (package);
  g_unlink (csv);
  g_unlink (html);
  g_rmdir (dir);
}

static void
test_export_fails (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("compare-export-XXXXXX", NULL);
  g_autofree char *inside = g_build_filename (dir, "keep.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GDir) listing = NULL;
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, FALSE, FALSE, FALSE };
  g_autofree char *kept = NULL;
  AdwMessageDialog *dialog;
  Result r = { 0 };
  guint n = 0;

  g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
  g_assert_null (find_message_dialog ());
  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &options, FALSE, FALSE, file, NULL, exported_cb, &r);
  wait_for_result (&r);
  g_assert_false (r.ok);
  g_assert_error (r.error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);

  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_get_contents (inside, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "keep");
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    n++;
  g_assert_cmpuint (n, ==, 1);

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, r.error->message);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_clear_error (&r.error);
  g_unlink (inside);
  g_rmdir (dir);
}

static void
read_text_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->page));
  GdkContentFormats *formats;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  set_programmes (f, "kor-ipcp-2019,kor-itpp");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.copy", NULL);
  formats = gdk_clipboard_get_formats (clipboard);
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
  g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8"));

  gdk_clipboard_read_text_async (clipboard, NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Area id\tCooperation area\tGroup\t"));
  g_assert_nonnull (strstr (lines[0], "\tROK ITPP 2023\t"));
  g_assert_cmpuint (g_strv_length (lines), >=, 1 + atlas_comparison_get_n_rows (atlas_compare_page_get_comparison (f->page)));
}

/* The printout's text, as pdftotext reads it, or NULL without poppler */
static char *
print_to_text (AtlasComparePrint *print,
               const char        *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  char *text = NULL;
  const char *argv[] = { pdftotext, "-raw", path, "-", NULL };
  gsize length;
  int n_pages, status;

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            NULL, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_object_get (print, "n-pages", &n_pages, NULL);
  g_assert_cmpint (n_pages, >=, 1);
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  if (pdftotext == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_unlink (path);
  return text;
}

/* The printout shows what the view shows: blank unknown cells when asked,
 * with the view's note under the legend */
static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("compare-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "comparison.pdf", NULL);
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (g_object_unref);
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, TRUE };
  g_autoptr(AtlasTable) plain_table = NULL;
  g_autoptr(AtlasTable) blank_table = NULL;
  g_autoptr(AtlasComparePrint) plain = NULL;
  g_autoptr(AtlasComparePrint) blank = NULL;
  g_autofree char *plain_text = NULL;
  g_autofree char *blank_text = NULL;
  GListModel *rows = atlas_compare_page_get_rows (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, i);
      g_ptr_array_add (areas, g_object_ref (atlas_comparison_row_get_area (row)));
    }
  options.for_people = TRUE;
  plain_table = atlas_comparison_shown_table (atlas_compare_page_get_comparison (f->page), &options, areas, FALSE);
  plain = atlas_compare_print_new (plain_table);
  plain_text = print_to_text (plain, path);
  options.blank_unknown = TRUE;
  options.view_note = "Shown: cells of unknown status left blank.";
  blank_table = atlas_comparison_shown_table (atlas_compare_page_get_comparison (f->page), &options, areas, FALSE);
  blank = atlas_compare_print_new (blank_table);
  blank_text = print_to_text (blank, path);
  g_rmdir (dir);
  if (plain_text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (plain_text, "? Unknown"));
  g_assert_null (strstr (blank_text, "? Unknown"));
  g_assert_nonnull (strstr (blank_text, "Listed"));
  g_assert_nonnull (strstr (blank_text, "Shown: cells of unknown status left blank."));
  g_assert_null (strstr (plain_text, "Shown:"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  dataset = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);

#define ADD(path, func) \
  g_test_add ("/compare-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("default-columns", test_default_columns);
  ADD ("dense-fits", test_dense_fits);
  ADD ("rok-itpp-listed", test_rok_itpp_listed);
  ADD ("show-changes", test_show_changes);
  ADD ("only-differences", test_only_differences);
  ADD ("select", test_select);
  ADD ("columns-follow-choice", test_columns_follow_choice);
  ADD ("presets", test_presets);
  ADD ("sorting", test_sorting);
  ADD ("picker", test_picker);
  ADD ("headers-described", test_headers_described);
  ADD ("view-options", test_view_options);
  ADD ("keyboard-cells", test_keyboard_cells);
  ADD ("group-sections", test_group_sections);
  ADD ("settings", test_settings);
  ADD ("export", test_export);
  ADD ("export-fails", test_export_fails);
  ADD ("export-datapackage", test_export_datapackage);
  ADD ("copy", test_copy);
  ADD ("print", test_print);
#undef ADD
  g_test_add_func ("/compare-page/programmes-before-dataset", test_programmes_before_dataset);
  g_test_add_func ("/compare-page/command-line", test_command_line);
  g_test_add_func ("/compare-page/many-programmes-capped", test_many_programmes_capped);

  ret = g_test_run ();
  g_object_unref (dataset);
  return ret;
}
