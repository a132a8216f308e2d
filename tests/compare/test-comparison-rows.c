/* test-comparison-rows.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The models behind the Compare page, without a display: the row objects,
 * the notes and evidence of cells, rows and columns, and the table "as
 * shown" that the page exports. Expectations come from the dataset. */

#include "config.h"

#include <string.h>

#include <locale.h>

#include "compare-test-utils.h"

#include "atlas-area.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-evidence.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-wording.h"

static AtlasDataset *dataset;

static AtlasComparison *
compare (const char *first,
         ...)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  AtlasComparison *comparison;
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    g_ptr_array_add (ids, (gpointer) id);
  va_end (args);
  g_ptr_array_add (ids, NULL);

  comparison = atlas_comparison_new_for_ids (dataset, (const char * const *) ids->pdata, &error);
  g_assert_no_error (error);
  return comparison;
}

static int
row_of (AtlasComparison *comparison,
        const char      *area_id)
{
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    if (g_str_equal (atlas_area_get_id (atlas_comparison_get_area (comparison, r)), area_id))
      return (int) r;
  g_assert_not_reached ();
}

/* Counts that cannot be misread: "covered by" is out of the programmes
 * whose status is known, and a row differs only where two known statuses
 * do; unknown is a gap in the sources, not a status. Over every ITPP of
 * the built-in dataset, whose rows mix known and unknown cells. */
static void
test_honest_counts (void)
{
  g_autoptr(GPtrArray) itpps = atlas_comparison_default_programmes (dataset);
  g_autoptr(AtlasComparison) comparison = atlas_comparison_new (dataset, itpps);
  guint n = atlas_comparison_get_n_columns (comparison);
  guint rows_with_gaps = 0, rows_one_known = 0;

  g_assert_cmpuint (n, >, 2);
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    {
      guint known = 0, covering = 0, listed = 0, reported = 0, not_listed = 0;

      for (guint c = 0; c < n; c++)
        switch (atlas_comparison_get_status (comparison, r, c))
          {
          case ATLAS_AREA_STATUS_LISTED: known++, covering++, listed++; break;
          case ATLAS_AREA_STATUS_REPORTED: known++, covering++, reported++; break;
          case ATLAS_AREA_STATUS_NOT_LISTED: known++, not_listed++; break;
          case ATLAS_AREA_STATUS_UNKNOWN: default: break;
          }
      g_assert_cmpuint (atlas_comparison_count_known (comparison, r), ==, known);
      g_assert_cmpuint (atlas_comparison_count_covering (comparison, r), ==, covering);
      g_assert_cmpint (atlas_comparison_row_differs (comparison, r), ==,
                       (listed > 0) + (reported > 0) + (not_listed > 0) > 1);
      /* Counting unknown as a status of its own */
      g_assert_cmpint (atlas_comparison_row_differs_with_unknown (comparison, r), ==,
                       (listed > 0) + (reported > 0) + (not_listed > 0) + (known < n) > 1);
      rows_with_gaps += known < n;
      rows_one_known += known == 1;
      /* one known status and unknowns elsewhere is no difference */
      if (known == 1)
        g_assert_false (atlas_comparison_row_differs (comparison, r));
    }
  g_assert_cmpuint (rows_with_gaps, >, 0);
  g_assert_cmpuint (rows_one_known, >, 0);
}

static void
test_rows (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-ipcp-2019", "kor-itpp", NULL);
  g_autoptr(GListModel) rows = atlas_comparison_row_list_new (comparison);
  g_autoptr(AtlasComparisonRow) summary = atlas_comparison_row_new_summary (comparison);
  AtlasProgramme *itpp = atlas_dataset_find_programme (dataset, "kor-itpp");
  guint n_rows = atlas_comparison_get_n_rows (comparison);

  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_rows);
  g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (atlas_dataset_get_areas (dataset)));

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (rows, r);
      AtlasArea *area = atlas_comparison_get_area (comparison, r);
      g_autofree char *name = NULL;
      guint covering, position;
      gboolean differs;
      int change;

      g_object_get (row, "name", &name, "covering", &covering, "differs", &differs,
                    "change", &change, "position", &position, NULL);
      g_assert_true (atlas_comparison_row_get_area (row) == area);
      g_assert_cmpstr (name, ==, atlas_area_get_name (area));
      g_assert_cmpuint (covering, ==, atlas_comparison_count_covering (comparison, r));
      g_assert_cmpint (differs, ==, atlas_comparison_row_differs (comparison, r));
      g_assert_cmpint (change, ==, atlas_comparison_get_change (comparison, r));
      g_assert_cmpuint (position, ==, atlas_area_get_position (area));
      g_assert_cmpint (atlas_comparison_row_get_status (row, itpp), ==, atlas_comparison_get_status (comparison, r, 1));
      g_assert_false (atlas_comparison_row_is_summary (row));
    }

  g_assert_true (atlas_comparison_row_is_summary (summary));
  g_assert_null (atlas_comparison_row_get_area (summary));
  g_assert_cmpuint (atlas_comparison_row_get_covering (summary), ==, 0);
  g_assert_nonnull (atlas_comparison_row_get_name (summary));
}

static gboolean
excerpt_in (GPtrArray    *excerpts,
            AtlasExcerpt *excerpt)
{
  return g_ptr_array_find (excerpts, excerpt, NULL);
}

static void
test_cell_listed (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-itpp", NULL);
  int r = row_of (comparison, "cyber");
  AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, r, 0);
  g_autofree char *note = atlas_comparison_describe_cell (comparison, r, 0);
  g_autoptr(GPtrArray) evidence = atlas_comparison_cell_evidence (comparison, r, 0);
  g_autoptr(GPtrArray) expected = atlas_evidence_for (dataset, G_OBJECT (pa));

  g_assert_cmpint (atlas_comparison_get_status (comparison, r, 0), ==, ATLAS_AREA_STATUS_LISTED);
  g_assert_cmpstr (atlas_comparison_cell_wording (comparison, r, 0), ==, "cybersecurity");
  g_assert_cmpuint (atlas_comparison_cell_position (comparison, r, 0), ==, 4);
  g_assert_true (g_str_has_prefix (note, "Cyber defence in ROK ITPP 2023: listed (position 4, “cybersecurity”"));
  /* The other source's wording and position are kept too */
  g_assert_nonnull (strstr (note, "position 10, “cyber defence”"));
  g_assert_cmpuint (evidence->len, >, 0);
  g_assert_cmpuint (evidence->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_true (excerpt_in (evidence, g_ptr_array_index (expected, i)));

  /* A wording equal to the canonical name is not repeated */
  r = row_of (comparison, "dialogue-consultation");
  g_assert_null (atlas_comparison_cell_wording (comparison, r, 0));
  g_assert_cmpuint (atlas_comparison_cell_position (comparison, r, 0), ==, 1);
}

static void
test_cell_reported (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-itpp", NULL);
  int r = row_of (comparison, "space");
  g_autofree char *note = atlas_comparison_describe_cell (comparison, r, 0);
  g_autoptr(GPtrArray) evidence = atlas_comparison_cell_evidence (comparison, r, 0);
  AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, r, 0);

  g_assert_cmpint (atlas_comparison_get_status (comparison, r, 0), ==, ATLAS_AREA_STATUS_REPORTED);
  g_assert_nonnull (strstr (note, "reported by a secondary source"));
  /* The dataset's own note on the cell follows */
  g_assert_nonnull (strstr (note, atlas_programme_area_get_note (pa)));
  g_assert_cmpuint (atlas_comparison_cell_position (comparison, r, 0), ==, 0);
  g_assert_cmpuint (evidence->len, >, 0);
}

static void
test_cell_unknown (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-ipcp-2019", NULL);
  int r = row_of (comparison, "public-diplomacy");
  g_autofree char *note = atlas_comparison_describe_cell (comparison, r, 0);
  g_autoptr(GPtrArray) evidence = atlas_comparison_cell_evidence (comparison, r, 0);

  g_assert_false (atlas_programme_get_areas_complete (atlas_comparison_get_programme (comparison, 0)));
  g_assert_null (atlas_comparison_get_cell (comparison, r, 0));
  g_assert_cmpint (atlas_comparison_get_status (comparison, r, 0), ==, ATLAS_AREA_STATUS_UNKNOWN);
  g_assert_cmpuint (evidence->len, ==, 0);
  g_assert_nonnull (strstr (note, "unknown"));
  g_assert_nonnull (strstr (note, "No source mentions"));
  g_assert_nonnull (strstr (note, "none gives the programme’s whole list"));
  g_assert_null (strstr (note, "not listed"));
}

/* A complete list makes a missing area "not listed", and the excerpts
 * shown are those that give the list. */
static void
test_cell_not_listed (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-itpp", NULL);
  int r = row_of (comparison, "strategic-communications");
  g_autofree char *note = atlas_comparison_describe_cell (comparison, r, 0);
  g_autoptr(GPtrArray) evidence = atlas_comparison_cell_evidence (comparison, r, 0);
  g_autoptr(GPtrArray) list_excerpts = g_ptr_array_new ();

  g_assert_true (atlas_programme_get_areas_complete (atlas_comparison_get_programme (comparison, 0)));
  g_assert_cmpint (atlas_comparison_get_status (comparison, r, 0), ==, ATLAS_AREA_STATUS_NOT_LISTED);
  g_assert_nonnull (strstr (note, "not listed"));
  g_assert_nonnull (strstr (note, "whole list"));

  for (guint row = 0; row < atlas_comparison_get_n_rows (comparison); row++)
    {
      AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, row, 0);
      GPtrArray *wordings;

      if (pa == NULL || atlas_programme_area_get_status (pa) != ATLAS_AREA_STATUS_LISTED)
        continue;
      wordings = atlas_programme_area_get_wordings (pa);
      for (guint w = 0; w < wordings->len; w++)
        {
          GPtrArray *some = atlas_wording_get_evidence (g_ptr_array_index (wordings, w));
          for (guint i = 0; some && i < some->len; i++)
            if (!g_ptr_array_find (list_excerpts, g_ptr_array_index (some, i), NULL))
              g_ptr_array_add (list_excerpts, g_ptr_array_index (some, i));
        }
    }
  g_assert_cmpuint (evidence->len, >, 0);
  g_assert_cmpuint (evidence->len, ==, list_excerpts->len);
  for (guint i = 0; i < evidence->len; i++)
    g_assert_true (excerpt_in (list_excerpts, g_ptr_array_index (evidence, i)));
}

static void
test_row_and_column (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-ipcp-2019", "kor-itpp", NULL);
  /* No source names public diplomacy for the 2019 IPCP */
  int r = row_of (comparison, "public-diplomacy");
  g_autofree char *row_note = atlas_comparison_describe_row (comparison, r, FALSE);
  g_autofree char *change_note = atlas_comparison_describe_row (comparison, r, TRUE);
  g_autofree char *column_note = atlas_comparison_describe_column (comparison, 1);
  g_autoptr(GPtrArray) evidence = atlas_comparison_row_evidence (comparison, r);
  g_autoptr(GPtrArray) itpp_evidence = atlas_comparison_cell_evidence (comparison, r, 1);
  g_autofree char *listed = g_strdup_printf ("%u listed", atlas_comparison_count_listed (comparison, 1));

  g_assert_cmpstr (row_note, ==, "Public diplomacy in the 2 programmes compared: 1 listed, 1 unknown.");
  g_assert_nonnull (strstr (change_note, "cannot tell, because the area is unknown for ROK IPCP 2019"));
  g_assert_cmpint (atlas_comparison_get_change (comparison, r), ==, ATLAS_CHANGE_UNKNOWN);
  /* The row's evidence holds every programme's excerpts for the area */
  for (guint i = 0; i < itpp_evidence->len; i++)
    g_assert_true (excerpt_in (evidence, g_ptr_array_index (itpp_evidence, i)));
  g_assert_cmpuint (atlas_comparison_count_listed (comparison, 1), ==, 11);
  g_assert_nonnull (strstr (column_note, listed));
  g_assert_nonnull (strstr (column_note, "whole list"));
  g_assert_cmpint (atlas_comparison_find_column (comparison, atlas_dataset_find_programme (dataset, "kor-itpp")), ==, 1);
  g_assert_cmpint (atlas_comparison_find_column (comparison, atlas_dataset_find_programme (dataset, "jpn-itpp")), ==, -1);
}

static void
test_shown_wide (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-ipcp-2019", "kor-itpp", NULL);
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, FALSE };
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autoptr(AtlasTable) full = atlas_tables_comparison (comparison, &options);
  g_autoptr(AtlasTable) all = atlas_comparison_shown_table (comparison, &options, NULL, FALSE);
  g_autoptr(AtlasTable) shown = NULL;
  int change, group, status, position;

  /* Nothing hidden and no change column: the plain export */
  g_assert_cmpuint (atlas_table_get_n_rows (all), ==, atlas_table_get_n_rows (full));
  g_assert_cmpuint (atlas_table_get_n_columns (all), ==, atlas_table_get_n_columns (full));

  g_ptr_array_add (areas, atlas_dataset_find_area (dataset, "space"));
  g_ptr_array_add (areas, atlas_dataset_find_area (dataset, "public-diplomacy"));
  shown = atlas_comparison_shown_table (comparison, &options, areas, TRUE);
  change = table_column_of (shown, "change");
  group = table_column_of (shown, "group");
  status = table_column_of (shown, "kor-itpp");
  position = table_column_of (shown, "kor-itpp.position");

  g_assert_cmpuint (atlas_table_get_n_columns (shown), ==, atlas_table_get_n_columns (full) + 1);
  g_assert_cmpint (change, ==, group + 1);
  g_assert_cmpuint (atlas_table_get_n_rows (shown), ==, 2);
  g_assert_cmpstr (atlas_table_get_text (shown, 0, table_column_of (shown, "area_id")), ==, "space");
  g_assert_cmpstr (atlas_table_get_text (shown, 1, table_column_of (shown, "area_id")), ==, "public-diplomacy");
  g_assert_cmpstr (atlas_table_get_text (shown, 1, change), ==, "unknown");
  g_assert_cmpint (atlas_table_get_kind (shown, 1, status), ==, ATLAS_CELL_STATUS);
  g_assert_cmpint (atlas_table_get_status (shown, 1, status), ==, ATLAS_AREA_STATUS_LISTED);
  g_assert_cmpint (atlas_table_get_kind (shown, 1, position), ==, ATLAS_CELL_NUMBER);
  g_assert_cmpstr (atlas_table_get_text (shown, 1, position), ==, "11");
  g_assert_cmpstr (atlas_table_get_note (shown), ==, atlas_table_get_note (full));
}

static void
test_shown_long (void)
{
  g_autoptr(AtlasComparison) comparison = compare ("kor-ipcp-2019", "kor-itpp", NULL);
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_LONG, TRUE, TRUE, FALSE };
  g_autoptr(GPtrArray) areas = g_ptr_array_new ();
  g_autoptr(AtlasTable) shown = NULL;
  g_autoptr(AtlasTable) evidence = NULL;
  const char *expected[][2] = {
    { "kor-ipcp-2019", "space" }, { "kor-ipcp-2019", "public-diplomacy" },
    { "kor-itpp", "space" }, { "kor-itpp", "public-diplomacy" },
  };
  int programme_column, area_column;

  g_ptr_array_add (areas, atlas_dataset_find_area (dataset, "space"));
  g_ptr_array_add (areas, atlas_dataset_find_area (dataset, "public-diplomacy"));
  shown = atlas_comparison_shown_table (comparison, &options, areas, FALSE);
  programme_column = table_column_of (shown, "programme_id");
  area_column = table_column_of (shown, "area_id");
  g_assert_cmpint (table_column_of (shown, "change"), ==, -1);
  g_assert_cmpuint (atlas_table_get_n_rows (shown), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (atlas_table_get_text (shown, i, programme_column), ==, expected[i][0]);
      g_assert_cmpstr (atlas_table_get_text (shown, i, area_column), ==, expected[i][1]);
    }

  evidence = atlas_comparison_shown_evidence (comparison, &options, areas);
  g_assert_cmpuint (atlas_table_get_n_rows (evidence), >, 0);
  for (guint i = 0; i < atlas_table_get_n_rows (evidence); i++)
    {
      const char *area_id = atlas_table_get_text (evidence, i, table_column_of (evidence, "area_id"));
      g_assert_true (g_str_equal (area_id, "space") || g_str_equal (area_id, "public-diplomacy"));
    }
}

/* A programme has area data when it has an area claim or a complete list */
static void
test_has_area_data (void)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  guint with = 0, without = 0;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);
      gboolean expected = atlas_programme_get_areas_complete (p) ||
                          g_list_model_get_n_items (atlas_programme_get_areas (p)) > 0;

      g_assert_cmpint (atlas_comparison_has_area_data (p), ==, expected);
      if (expected)
        with++;
      else
        without++;
    }
  g_assert_cmpuint (with, >, 0);
  g_assert_cmpuint (without, >, 0);
}

/* “Reported” names who reports: a party to the programme (an official
 * source) is no secondary source. And a column tells the number of areas
 * the sources give, with how many are known. On a version 2 fixture. */
static void
test_reported_by_kind_and_area_count (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "version-2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) v2 = atlas_loader_load_file (file, NULL, NULL, &error);
  g_autoptr(AtlasComparison) comparison = NULL;
  const char *ids[] = { "jpn-itpp", "kor-itpp", NULL };
  g_autofree char *official = NULL;
  g_autofree char *academic = NULL;
  g_autofree char *jpn = NULL;
  g_autofree char *kor = NULL;
  int r_cyber = -1, r_hadr = -1;

  g_assert_no_error (error);
  comparison = atlas_comparison_new_for_ids (v2, ids, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    {
      const char *id = atlas_area_get_id (atlas_comparison_get_area (comparison, r));

      if (g_str_equal (id, "cyber"))
        r_cyber = (int) r;
      else if (g_str_equal (id, "hadr"))
        r_hadr = (int) r;
    }
  g_assert_cmpint (r_cyber, >=, 0);
  g_assert_cmpint (r_hadr, >=, 0);

  /* Cyber rests on the Ministry's own page, HADR on a paper */
  official = atlas_comparison_describe_cell (comparison, r_cyber, 0);
  academic = atlas_comparison_describe_cell (comparison, r_hadr, 0);
  g_assert_true (atlas_programme_area_is_reported_by_party (atlas_comparison_get_cell (comparison, r_cyber, 0)));
  g_assert_false (atlas_programme_area_is_reported_by_party (atlas_comparison_get_cell (comparison, r_hadr, 0)));
  g_assert_null (strstr (official, "secondary"));
  g_assert_nonnull (strstr (official, "official source of a party to the programme"));
  g_assert_nonnull (strstr (academic, "reported by a secondary source"));

  jpn = atlas_comparison_describe_column (comparison, 0);
  kor = atlas_comparison_describe_column (comparison, 1);
  g_assert_nonnull (strstr (jpn, "16 areas, 3 known"));
  /* Its counts do not call the Ministry's page a secondary source either */
  g_assert_nonnull (strstr (jpn, "3 reported outside the programme’s own list"));
  g_assert_null (strstr (jpn, "secondary"));
  g_assert_nonnull (strstr (kor, "9 or 11 areas (the sources disagree), 1 known"));
}

/* A programme's own areas known: its complete list's, or those listed or
 * reported; reports beyond a complete list are told apart */
static void
test_known_areas (void)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  guint n_complete_with_beyond = 0;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);
      GListModel *areas = atlas_programme_get_areas (p);
      guint listed = 0, reported = 0;
      g_autofree char *described = atlas_programme_describe_area_count (p);

      for (guint a = 0; a < g_list_model_get_n_items (areas); a++)
        {
          g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, a);

          listed += atlas_programme_area_get_status (pa) == ATLAS_AREA_STATUS_LISTED;
          reported += atlas_programme_area_get_status (pa) == ATLAS_AREA_STATUS_REPORTED;
        }
      if (atlas_programme_get_areas_complete (p))
        {
          g_assert_cmpuint (atlas_programme_count_known_areas (p), ==, listed);
          g_assert_cmpuint (atlas_programme_count_reported_beyond (p), ==, reported);
          if (reported > 0 && described != NULL)
            {
              g_assert_nonnull (strstr (described, "more reported beyond its list"));
              n_complete_with_beyond++;
            }
        }
      else
        {
          g_assert_cmpuint (atlas_programme_count_known_areas (p), ==, listed + reported);
          g_assert_cmpuint (atlas_programme_count_reported_beyond (p), ==, 0);
        }
    }
  g_assert_cmpuint (n_complete_with_beyond, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  dataset = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/comparison-rows/rows", test_rows);
  g_test_add_func ("/comparison-rows/honest-counts", test_honest_counts);
  g_test_add_func ("/comparison-rows/has-area-data", test_has_area_data);
  g_test_add_func ("/comparison-rows/known-areas", test_known_areas);
  g_test_add_func ("/comparison-rows/cell/listed", test_cell_listed);
  g_test_add_func ("/comparison-rows/cell/reported", test_cell_reported);
  g_test_add_func ("/comparison-rows/cell/unknown", test_cell_unknown);
  g_test_add_func ("/comparison-rows/cell/not-listed", test_cell_not_listed);
  g_test_add_func ("/comparison-rows/row-and-column", test_row_and_column);
  g_test_add_func ("/comparison-rows/shown/wide", test_shown_wide);
  g_test_add_func ("/comparison-rows/shown/long", test_shown_long);
  g_test_add_func ("/comparison-rows/reported-by-kind-and-area-count", test_reported_by_kind_and_area_count);
  ret = g_test_run ();
  g_object_unref (dataset);
  return ret;
}
