/* test-compare-matrix.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page with many programmes: each row drawn by one
 * AtlasCompareStrip instead of a cell widget per programme
 * (atlas-compare-page-matrix.c), with the same keyboard, selection,
 * accessible names and change marks as the cells of a small table. */

#include "config.h"

#include <string.h>

#include "gui-test-utils.h"

#include "atlas-area.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-strip.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-diff.h"
#include "atlas-diff-marks.h"
#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-selection.h"

#define N_AREAS 30

typedef struct
{
  AtlasSelection *selection;
  GtkWidget *window;
  AtlasComparePage *page;
} Fixture;

/* N_AREAS areas; @n_programmes programmes of as many partners, each area
 * listed, reported, not listed or unknown by turns. @changed: the status
 * of the second area in the third programme, or NULL for the usual. */
static AtlasDataset *
make_dataset (guint       n_programmes,
              const char *changed)
{
  g_autoptr(GString) s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"Matrix\","
                                       "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}],"
                                       "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}],"
                                       "\"partners\":[");
  static const char *statuses[] = { "listed", "reported", "not-listed", NULL };
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  for (guint p = 0; p < n_programmes; p++)
    g_string_append_printf (s, "%s{\"id\":\"p%u\",\"name\":\"Partner %u\"}", p ? "," : "", p, p);
  g_string_append (s, "],\"areas\":[");
  for (guint a = 0; a < N_AREAS; a++)
    g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"Area %u\"}", a ? "," : "", a, a);
  g_string_append (s, "],\"programmes\":[");
  for (guint p = 0; p < n_programmes; p++)
    {
      gboolean first = TRUE;

      g_string_append_printf (s, "%s{\"id\":\"g%u\",\"partner\":\"p%u\",\"type\":\"itpp\",\"title\":\"Programme %u\","
                              "\"status\":\"in-force\",\"text_availability\":\"public\",\"areas\":[",
                              p ? "," : "", p, p, p);
      for (guint a = 0; a < N_AREAS; a++)
        {
          const char *status = statuses[(a + p) % 4];

          if (changed != NULL && a == 1 && p == 2)
            status = changed;
          if (status == NULL)
            continue;
          g_string_append_printf (s, "%s{\"area\":\"a%u\",\"status\":\"%s\",\"evidence\":[\"x\"]}",
                                  first ? "" : ",", a, status);
          first = FALSE;
        }
      g_string_append (s, "]}");
    }
  g_string_append (s, "]}");
  dataset = atlas_loader_load_data (s->str, s->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
open_page (Fixture      *f,
           AtlasDataset *dataset)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_reset (settings, "compared-programmes");
  g_settings_reset (settings, "compare-hide-unknown");
  f->selection = atlas_selection_new ();
  atlas_selection_set_dataset (f->selection, dataset);
  f->page = ATLAS_COMPARE_PAGE (atlas_compare_page_new (f->selection));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  settle ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(AtlasDataset) dataset = make_dataset (GPOINTER_TO_UINT (data), NULL);

  open_page (f, dataset);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_for_idle ();
  g_clear_object (&f->selection);
}

static GListModel *
shown_rows (Fixture *f)
{
  return G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (f->page),
                                                                                    GTK_TYPE_COLUMN_VIEW))));
}

static AtlasComparisonRow *
shown_row (Fixture *f,
           guint    position)
{
  AtlasComparisonRow *row = g_list_model_get_item (shown_rows (f), position);

  g_object_unref (row);    /* the model keeps it */
  return row;
}

/* The strip of @row, if it is built; not the header's */
static AtlasCompareStrip *
strip_of (Fixture            *f,
          AtlasComparisonRow *row)
{
  g_autoptr(GPtrArray) strips = g_ptr_array_new ();

  find_all (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_STRIP, strips);
  for (guint i = 0; i < strips->len; i++)
    if (atlas_compare_strip_get_row (strips->pdata[i]) == row && row != NULL)
      return strips->pdata[i];
  return NULL;
}

static AtlasCompareStrip *
focused_strip (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return ATLAS_IS_COMPARE_STRIP (focus) ? ATLAS_COMPARE_STRIP (focus) : NULL;
}

/* Up to the threshold a cell widget per programme; past it a strip per
 * row, whose marks are the comparison's, under a header strip of as many
 * programmes, in one column in place of one per programme */
static void
test_strips_past_threshold (void)
{
  static const guint sizes[] = { 16, 17 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Fixture fixture = { 0 }, *f = &fixture;
      g_autoptr(AtlasDataset) dataset = make_dataset (sizes[i], NULL);
      g_autoptr(GPtrArray) cells = g_ptr_array_new ();
      g_autoptr(GPtrArray) strips = g_ptr_array_new ();
      AtlasComparison *comparison;
      GListModel *columns;
      guint n_headers = 0, n_rows = 0;

      open_page (f, dataset);
      comparison = atlas_compare_page_get_comparison (f->page);
      g_assert_cmpuint (atlas_comparison_get_n_columns (comparison), ==, sizes[i]);
      find_all (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_CELL, cells);
      find_all (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_STRIP, strips);
      columns = gtk_column_view_get_columns (GTK_COLUMN_VIEW (find_descendant (GTK_WIDGET (f->page),
                                                                               GTK_TYPE_COLUMN_VIEW)));
      /* the Wording button works where there are cells to show it in */
      {
        g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
        GtkWidget *wording = NULL;

        find_all (GTK_WIDGET (f->page), GTK_TYPE_TOGGLE_BUTTON, toggles);
        for (guint t = 0; t < toggles->len; t++)
          if (g_strcmp0 (gtk_button_get_label (toggles->pdata[t]), "Wording") == 0)
            wording = toggles->pdata[t];
        g_assert_nonnull (wording);
        g_assert_cmpint (gtk_widget_get_sensitive (wording), ==, sizes[i] <= 16);
      }
      if (sizes[i] <= 16)
        {
          g_assert_cmpuint (cells->len, >, 0);
          g_assert_cmpuint (strips->len, ==, 0);
          g_assert_cmpuint (g_list_model_get_n_items (columns), >, sizes[i]);
        }
      else
        {
          g_assert_cmpuint (cells->len, ==, 0);
          g_assert_cmpuint (g_list_model_get_n_items (columns), <, 6);
          for (guint s = 0; s < strips->len; s++)
            {
              AtlasCompareStrip *strip = strips->pdata[s];
              AtlasComparisonRow *row = atlas_compare_strip_get_row (strip);

              g_assert_cmpuint (atlas_compare_strip_get_n_cells (strip), ==, sizes[i]);
              if (row == NULL)
                {
                  /* the header names every programme */
                  for (guint c = 0; c < sizes[i]; c++)
                    g_assert_nonnull (strstr (atlas_compare_strip_get_focus_label (strip),
                                              atlas_programme_get_short_label (atlas_comparison_get_programme (comparison, c))));
                  n_headers++;
                  continue;
                }
              if (atlas_comparison_row_is_summary (row))
                continue;
              n_rows++;
              for (guint c = 0; c < sizes[i]; c++)
                g_assert_cmpint (atlas_compare_strip_get_status (strip, c), ==,
                                 atlas_comparison_get_status (comparison, atlas_comparison_row_get_index (row), c));
            }
          g_assert_cmpuint (n_headers, ==, 1);
          g_assert_cmpuint (n_rows, >, 10);
          /* 17 columns of marks are wider than 16 */
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (strip_of (f, shown_row (f, 0)))), ==,
                           17 * ATLAS_COMPARE_STRIP_CELL_WIDTH);
        }
      fixture_tear_down (f, NULL);
    }
}

/* The arrow keys' action moves the focused cell within a strip and from
 * strip to strip, clamped to the table; the strip's accessible name is the
 * focused cell's ("Area 1 in Partner 1 ITPP: …") */
static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
  guint n_columns = atlas_comparison_get_n_columns (comparison);
  guint n_rows = g_list_model_get_n_items (shown_rows (f));
  AtlasCompareStrip *strip = strip_of (f, shown_row (f, 0));
  g_autofree char *expected = NULL;

  g_assert_nonnull (strip);
  atlas_compare_strip_set_focus_column (strip, 0);
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (strip)));

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 1, 0);
  g_assert_true (focused_strip (f) == strip);
  g_assert_cmpuint (atlas_compare_strip_get_focus_column (strip), ==, 1);

  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 0, 1);
  strip = focused_strip (f);
  g_assert_nonnull (strip);
  g_assert_true (atlas_compare_strip_get_row (strip) == shown_row (f, 1));
  g_assert_cmpuint (atlas_compare_strip_get_focus_column (strip), ==, 1);
  expected = atlas_comparison_describe_cell (comparison, atlas_comparison_row_get_index (shown_row (f, 1)), 1);
  g_assert_cmpstr (atlas_compare_strip_get_focus_label (strip), ==, expected);
  g_assert_nonnull (strstr (expected, atlas_comparison_row_get_name (shown_row (f, 1))));
  g_assert_nonnull (strstr (expected, atlas_programme_get_short_label (atlas_comparison_get_programme (comparison, 1))));

  /* Clamped: Home, End */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", -1000, 0);
  g_assert_cmpuint (atlas_compare_strip_get_focus_column (focused_strip (f)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 1000, 0);
  g_assert_cmpuint (atlas_compare_strip_get_focus_column (focused_strip (f)), ==, n_columns - 1);

  /* Ctrl+End: the last row, scrolled into view first */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.move-focus", "(ii)", 1000, 1000);
  for (guint i = 0; i < 100 && (focused_strip (f) == NULL ||
                                atlas_compare_strip_get_row (focused_strip (f)) != shown_row (f, n_rows - 1)); i++)
    {
      g_usleep (10000);
      wait_for_idle ();
    }
  strip = focused_strip (f);
  g_assert_nonnull (strip);
  g_assert_true (atlas_compare_strip_get_row (strip) == shown_row (f, n_rows - 1));
  g_assert_cmpuint (atlas_compare_strip_get_focus_column (strip), ==, n_columns - 1);
}

/* Activating a strip (Enter, a click) selects its focused cell: the page
 * says which, and the strip marks it */
static void
test_select (Fixture       *f,
             gconstpointer  data)
{
  AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
  AtlasComparisonRow *row = shown_row (f, 2);
  AtlasCompareStrip *strip = strip_of (f, row);
  AtlasCompareStrip *other = strip_of (f, shown_row (f, 3));
  AtlasArea *area = NULL;
  AtlasProgramme *programme = NULL;
  g_autofree char *note = NULL;

  g_assert_nonnull (strip);
  g_assert_false (atlas_compare_page_get_selected_cell (f->page, NULL, NULL));
  atlas_compare_strip_set_focus_column (strip, 4);
  g_assert_true (gtk_widget_activate (GTK_WIDGET (strip)));
  settle ();

  g_assert_true (atlas_compare_page_get_selected_cell (f->page, &area, &programme));
  g_assert_true (area == atlas_comparison_row_get_area (row));
  g_assert_true (programme == atlas_comparison_get_programme (comparison, 4));
  /* the excerpts pane is told through the shared selection */
  note = atlas_comparison_describe_cell (comparison, atlas_comparison_row_get_index (row), 4);
  g_assert_cmpstr (atlas_selection_get_note (f->selection), ==, note);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_selection_get_evidence (f->selection)), ==, 1);
  g_assert_cmpint (atlas_compare_strip_get_marked (strip), ==, 4);
  g_assert_nonnull (other);
  g_assert_cmpint (atlas_compare_strip_get_marked (other), ==, -1);
}

/* A cell that changed between two versions says so in its strip, and only
 * it */
static void
test_changes (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(AtlasDataset) old_dataset = make_dataset (GPOINTER_TO_UINT (data), "not-listed");
  AtlasDataset *dataset = atlas_selection_get_dataset (f->selection);
  g_autoptr(GListModel) changes = atlas_diff_datasets (old_dataset, dataset);
  g_autoptr(AtlasDiffMarks) marks = atlas_diff_marks_new (changes, old_dataset, dataset, "release 1", "release 2");
  g_autoptr(GPtrArray) strips = g_ptr_array_new ();
  guint n_changed = 0;

  atlas_selection_set_changes (f->selection, marks);
  settle ();
  find_all (GTK_WIDGET (f->page), ATLAS_TYPE_COMPARE_STRIP, strips);
  for (guint s = 0; s < strips->len; s++)
    {
      AtlasCompareStrip *strip = strips->pdata[s];
      AtlasComparisonRow *row = atlas_compare_strip_get_row (strip);

      if (row == NULL || atlas_comparison_row_is_summary (row))
        continue;
      for (guint c = 0; c < atlas_compare_strip_get_n_cells (strip); c++)
        if (atlas_compare_strip_get_change (strip, c) != NULL)
          {
            n_changed++;
            g_assert_cmpstr (atlas_area_get_id (atlas_comparison_row_get_area (row)), ==, "a1");
            g_assert_cmpstr (atlas_programme_get_id (atlas_compare_strip_get_programme (strip, c)), ==, "g2");
            g_assert_nonnull (strstr (atlas_compare_strip_get_change (strip, c), "release 1"));
          }
    }
  g_assert_cmpuint (n_changed, ==, 1);

  atlas_selection_set_changes (f->selection, NULL);
  settle ();
  for (guint s = 0; s < strips->len; s++)
    for (guint c = 0; c < atlas_compare_strip_get_n_cells (strips->pdata[s]); c++)
      g_assert_null (atlas_compare_strip_get_change (strips->pdata[s], c));
}

/* A programme's name in the header sorts the rows by its statuses, and
 * again the other way round */
static void
test_sort_by_programme (Fixture       *f,
                        gconstpointer  data)
{
  AtlasComparison *comparison = atlas_compare_page_get_comparison (f->page);
  AtlasProgramme *programme = atlas_comparison_get_programme (comparison, 5);
  GListModel *rows = shown_rows (f);
  static const int ranks[] = {
    [ATLAS_AREA_STATUS_LISTED] = 0,
    [ATLAS_AREA_STATUS_REPORTED] = 1,
    [ATLAS_AREA_STATUS_NOT_LISTED] = 2,
    [ATLAS_AREA_STATUS_UNKNOWN] = 3,
  };

  for (int turn = 0; turn < 2; turn++)
    {
      int previous = turn == 0 ? -1 : 4;
      guint changes = 0;

      gtk_widget_activate_action (GTK_WIDGET (f->page), "compare.sort-by-programme", "s",
                                  atlas_programme_get_id (programme));
      settle ();
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, i);
          int rank;

          if (atlas_comparison_row_is_summary (row))
            continue;
          rank = ranks[atlas_comparison_row_get_status (row, programme)];
          if (turn == 0)
            g_assert_cmpint (rank, >=, previous);
          else
            g_assert_cmpint (rank, <=, previous);
          changes += rank != previous;
          previous = rank;
        }
      /* four statuses in turn: the order is not the dataset's */
      g_assert_cmpuint (changes, ==, 4);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/compare-matrix/strips-past-threshold", test_strips_past_threshold);
  g_test_add ("/compare-matrix/keyboard", Fixture, GUINT_TO_POINTER (30), fixture_set_up, test_keyboard,
              fixture_tear_down);
  g_test_add ("/compare-matrix/select", Fixture, GUINT_TO_POINTER (30), fixture_set_up, test_select,
              fixture_tear_down);
  g_test_add ("/compare-matrix/sort-by-programme", Fixture, GUINT_TO_POINTER (30), fixture_set_up,
              test_sort_by_programme, fixture_tear_down);
  g_test_add ("/compare-matrix/changes", Fixture, GUINT_TO_POINTER (30), fixture_set_up, test_changes,
              fixture_tear_down);
  return g_test_run ();
}
