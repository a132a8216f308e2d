/* test-loader.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "atlas-area-count.h"
#include "atlas-changelog-entry.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-error.h"
#include "atlas-excerpt.h"
#include "atlas-language.h"
#include "atlas-limits.h"
#include "atlas-loader.h"
#include "atlas-partner.h"
#include "atlas-problem.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-wording.h"

static char *
problems_to_text (GPtrArray *problems)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i), NULL);
      g_string_append_printf (s, "%s\n", line);
    }
  return g_string_free (s, FALSE);
}

static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_true (atlas_dataset_is_builtin (dataset));
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_partners (dataset)), ==, 4);
  g_assert_nonnull (atlas_dataset_find_programme (dataset, "kor-itpp"));
}

/* Each file in tests/data/good loads without a problem */
static void
test_good (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_file (file, NULL, &problems, &error);
  g_autofree char *text = problems_to_text (problems);

  g_assert_cmpstr (text, ==, "");
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_true (g_file_equal (atlas_dataset_get_file (dataset), file));
  g_assert_nonnull (atlas_dataset_find_programme (dataset, "kor-itpp"));
}

/* Each file in tests/data/bad gives exactly the problems in its .expected */
static void
test_bad (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autofree char *stem = g_strndup (path, strlen (path) - strlen (".json"));
  g_autofree char *expected_path = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));

  dataset = atlas_loader_load_file (file, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, error->code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  if (problems->len > 1)
    g_assert_cmpint (error->code, ==, ATLAS_LOAD_ERROR_MULTIPLE);
  else
    g_assert_cmpint (error->code, ==, ((AtlasProblem *) g_ptr_array_index (problems, 0))->code);

  text = problems_to_text (problems);
  g_assert_cmpstr (text, ==, expected);
}

static void
expect_load_error (const char     *data,
                   gsize           length,
                   AtlasLoadError  code,
                   const char     *fragment)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (data, length, NULL, &problems, &error);

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, fragment));
}

/* Hostile inputs made in memory, at sizes that do not belong in git */
static void
test_deep_nesting (void)
{
  gsize n = 100000;
  g_autofree char *data = g_malloc (2 * n + 1);

  memset (data, '[', n);
  memset (data + n, ']', n);
  data[2 * n] = '\0';
  expect_load_error (data, 2 * n, ATLAS_LOAD_ERROR_TOO_DEEP, "64 levels");

  /* Just within the limit parses (and then is not a dataset) */
  memset (data, '[', ATLAS_MAX_DEPTH);
  memset (data + ATLAS_MAX_DEPTH, ']', ATLAS_MAX_DEPTH);
  expect_load_error (data, 2 * ATLAS_MAX_DEPTH, ATLAS_LOAD_ERROR_FORMAT, "not a Partnership Atlas dataset");
}

static void
test_huge_array (void)
{
  /* A million values parse quickly and are then refused as no dataset */
  gsize n = 1000000;
  GString *s = g_string_sized_new (2 * n + 2);

  g_string_append_c (s, '[');
  for (gsize i = 0; i < n; i++)
    g_string_append (s, i ? ",0" : "0");
  g_string_append_c (s, ']');
  expect_load_error (s->str, s->len, ATLAS_LOAD_ERROR_FORMAT, "not a Partnership Atlas dataset");
  g_string_free (s, TRUE);
}

static void
test_too_large_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  FILE *f = g_fopen (path, "w");

  /* A sparse file: its size is refused before anything is read */
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, (long) ATLAS_MAX_FILE_SIZE + 1, SEEK_SET), ==, 0);
  fputc (' ', f);
  fclose (f);

  file = g_file_new_for_path (path);
  dataset = atlas_loader_load_file (file, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "512 MiB"));
  g_assert_cmpuint (problems->len, ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/atlas.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_file (file, NULL, &problems, &error);

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "could not be read"));
}

static void
test_problem_cap (void)
{
  /* 300 bad ids: the first ATLAS_MAX_PROBLEMS are listed, then a count */
  g_autoptr(GString) s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"t\","
                                       "\"areas\":[],\"documents\":[],\"excerpts\":[],\"programmes\":[],"
                                       "\"partners\":[");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  const AtlasProblem *last;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (s, "%s{\"id\":\"\",\"name\":\"n\"}", i ? "," : "");
  g_string_append (s, "]}");

  dataset = atlas_loader_load_data (s->str, s->len, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_MULTIPLE);
  g_assert_cmpuint (problems->len, ==, ATLAS_MAX_PROBLEMS + 1);
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_cmpstr (last->message, ==, "200 more problems are not listed; at most 100 are");
}

static void
test_positions_count_characters (void)
{
  /* Columns count characters, not bytes: “é” and “東” are one each */
  const char *data = "{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"é東\",\"x\":1}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (data, strlen (data), NULL, &problems, NULL);
  const AtlasProblem *problem = NULL;

  g_assert_null (dataset);
  /* The others are the missing lists, at the start of the object */
  for (guint i = 0; i < problems->len; i++)
    if (g_strcmp0 (((AtlasProblem *) g_ptr_array_index (problems, i))->path, "$.x") == 0)
      problem = g_ptr_array_index (problems, i);
  g_assert_nonnull (problem);
  g_assert_cmpuint (problem->line, ==, 1);
  g_assert_cmpuint (problem->column, ==, 60);  /* the value of "x" */
  g_assert_cmpstr (problem->path, ==, "$.x");
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static AtlasDataset *
load_async (const char    *path,
            GCancellable  *cancellable,
            GPtrArray    **problems,
            GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  atlas_loader_load_file_async (file, cancellable, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return atlas_loader_load_file_finish (result, problems, error);
}

static void
test_async (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "several-problems.json", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  dataset = load_async (good, NULL, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_object (&dataset);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The problems come back with the error */
  dataset = load_async (bad, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_MULTIPLE);
  g_assert_cmpuint (problems->len, ==, 4);
  g_clear_error (&error);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_cancellable_cancel (cancellable);
  dataset = load_async (good, cancellable, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static AtlasDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* A programme finds each of its areas whatever order its list is in
 * (issue 21: the index is a sorted array, skipped when the list is in the
 * dataset's order), records share what is equal and stays correct, and
 * keys and strings with escapes and numbers come through the 16-byte
 * parse tree */
static void
test_compact_records (void)
{
  static const char json[] =
    "{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\\u00e9st\","
    "\"partners\":[{\"id\":\"kor\",\"name\":\"Korea\"}],"
    "\"areas\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"},{\"id\":\"c\",\"name\":\"C\"},"
    "{\"id\":\"d\",\"name\":\"D\"}],"
    "\"documents\":[{\"id\":\"doc\",\"title\":\"Doc\"}],"
    "\"excerpts\":[{\"id\":\"x1\",\"document\":\"doc\",\"text\":\"One \\\"quoted\\\"\"},"
    "{\"id\":\"x2\",\"document\":\"doc\",\"text\":\"Two\"}],"
    "\"programmes\":["
    "{\"id\":\"p1\",\"partner\":\"kor\",\"type\":\"itpp\",\"title\":\"P1\",\"status\":\"in-force\","
    "\"text_availability\":\"public\",\"areas\":["
    "{\"area\":\"a\",\"status\":\"listed\",\"evidence\":[\"x1\"],"
    "\"wordings\":[{\"text\":\"w\",\"position\":3}]},"
    "{\"area\":\"c\",\"status\":\"not-listed\"}]},"
    "{\"id\":\"p2\",\"partner\":\"kor\",\"type\":\"itpp\",\"title\":\"P2\",\"status\":\"in-force\","
    "\"text_availability\":\"public\",\"x-\\u006eote\":1,\"areas\":["
    "{\"area\":\"d\",\"status\":\"unknown\",\"note\":\"N\"},"
    "{\"area\":\"b\",\"status\":\"reported\",\"evidence\":[\"x1\"]},"
    "{\"area\":\"a\",\"status\":\"reported\",\"evidence\":[\"x1\",\"x2\"]}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (json, strlen (json), NULL, NULL, &error);
  AtlasProgramme *p1, *p2;
  AtlasArea *a, *b, *c, *d;
  AtlasProgrammeArea *pa;
  GListModel *areas;

  g_assert_no_error (error);
  g_assert_cmpstr (atlas_dataset_get_title (dataset), ==, "Tést");
  p1 = atlas_dataset_find_programme (dataset, "p1");
  p2 = atlas_dataset_find_programme (dataset, "p2");
  a = atlas_dataset_find_area (dataset, "a");
  b = atlas_dataset_find_area (dataset, "b");
  c = atlas_dataset_find_area (dataset, "c");
  d = atlas_dataset_find_area (dataset, "d");
  g_assert_cmpstr (atlas_excerpt_get_text (atlas_dataset_find_excerpt (dataset, "x1")), ==, "One \"quoted\"");

  /* In the dataset's order */
  g_assert_cmpint (atlas_programme_area_get_status (atlas_programme_find_area (p1, a)), ==, ATLAS_AREA_STATUS_LISTED);
  g_assert_null (atlas_programme_find_area (p1, b));
  g_assert_cmpint (atlas_programme_area_get_status (atlas_programme_find_area (p1, c)), ==, ATLAS_AREA_STATUS_NOT_LISTED);
  g_assert_null (atlas_programme_find_area (p1, d));
  pa = atlas_programme_find_area (p1, a);
  g_assert_cmpuint (atlas_programme_area_get_wordings (pa)->len, ==, 1);
  g_assert_cmpuint (atlas_wording_get_position (g_ptr_array_index (atlas_programme_area_get_wordings (pa), 0)), ==, 3);

  /* Out of it, each found as the list gives it */
  areas = atlas_programme_get_areas (p2);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 3);
  g_assert_null (g_list_model_get_item (areas, 3));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(AtlasProgrammeArea) item = g_list_model_get_item (areas, i);

      g_assert_true (atlas_programme_find_area (p2, atlas_programme_area_get_area (item)) == item);
    }
  g_assert_null (atlas_programme_find_area (p2, c));
  pa = atlas_programme_find_area (p2, d);
  g_assert_cmpstr (atlas_programme_area_get_note (pa), ==, "N");
  g_assert_cmpuint (atlas_programme_area_get_evidence (pa)->len, ==, 0);
  g_assert_cmpuint (atlas_programme_area_get_wordings (pa)->len, ==, 0);
  g_assert_null (atlas_programme_area_get_note (atlas_programme_find_area (p1, c)));

  /* One excerpt alone is one array; two are their own */
  g_assert_true (atlas_programme_area_get_evidence (atlas_programme_find_area (p1, a)) ==
                 atlas_programme_area_get_evidence (atlas_programme_find_area (p2, b)));
  g_assert_cmpuint (atlas_programme_area_get_evidence (atlas_programme_find_area (p2, a))->len, ==, 2);
  g_assert_cmpstr (atlas_excerpt_get_id (g_ptr_array_index (atlas_programme_area_get_evidence (atlas_programme_find_area (p2, a)), 1)),
                   ==, "x2");

  /* The lists of a partner and a document */
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_partner_programmes (dataset, atlas_dataset_find_partner (dataset, "kor"))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_document_excerpts (dataset, atlas_dataset_find_document (dataset, "doc"))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_events (dataset)), ==, 0);
}

/* Version 2's members reach the records with the values the file gives */
static void
test_version_2 (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ("version-2.json");
  AtlasDocument *mofa = atlas_dataset_find_document (dataset, "mofa");
  AtlasDocument *news = atlas_dataset_find_document (dataset, "news");
  AtlasExcerpt *ja = atlas_dataset_find_excerpt (dataset, "x-ja");
  AtlasExcerpt *ko = atlas_dataset_find_excerpt (dataset, "x-ko");
  AtlasExcerpt *fr = atlas_dataset_find_excerpt (dataset, "x-fr");
  AtlasProgramme *kor = atlas_dataset_find_programme (dataset, "kor-itpp");
  GPtrArray *changelog = atlas_dataset_get_changelog (dataset);
  GPtrArray *counts = atlas_programme_get_area_counts (kor);
  AtlasChangelogEntry *newest;
  AtlasAreaCount *second;

  g_assert_cmpuint (atlas_dataset_get_format_version (dataset), ==, 2);
  g_assert_cmpstr (atlas_dataset_get_release (dataset), ==, "2");
  g_assert_cmpstr (atlas_dataset_get_licence (dataset), ==, "CC BY 4.0");

  g_assert_cmpuint (changelog->len, ==, 2);
  newest = g_ptr_array_index (changelog, 0);
  g_assert_cmpstr (atlas_changelog_entry_get_release (newest), ==, "2");
  g_assert_cmpuint (atlas_changelog_entry_get_date (newest)->day, ==, 1);
  g_assert_cmpuint (g_strv_length ((char **) atlas_changelog_entry_get_changes (newest)), ==, 2);
  g_assert_cmpstr (atlas_changelog_entry_get_release (g_ptr_array_index (changelog, 1)), ==, "1");

  g_assert_cmpstr (atlas_document_get_language (mofa), ==, "ja");
  g_assert_true (atlas_document_get_undated (mofa));
  g_assert_false (atlas_date_is_set (atlas_document_get_date (mofa)));
  g_assert_cmpuint (atlas_document_get_accessed (mofa)->month, ==, 11);
  g_assert_cmpint (atlas_document_get_kind (mofa), ==, ATLAS_DOCUMENT_KIND_OFFICIAL);
  g_assert_false (atlas_document_get_undated (news));
  g_assert_false (atlas_date_is_set (atlas_document_get_accessed (news)));
  g_assert_false (atlas_document_is_weak (news));
  g_assert_true (atlas_document_is_weak (atlas_dataset_find_document (dataset, "blog")));
  g_assert_cmpint (atlas_document_get_kind (atlas_dataset_find_document (dataset, "paper")), ==,
                   ATLAS_DOCUMENT_KIND_ACADEMIC);

  /* An excerpt's language is its document's unless it says its own */
  g_assert_cmpstr (atlas_excerpt_get_language (ja), ==, "ja");
  g_assert_cmpstr (atlas_excerpt_get_language (fr), ==, "fr-FR");
  g_assert_null (atlas_document_get_language (atlas_dataset_find_document (dataset, "paper")));
  g_assert_cmpstr (atlas_excerpt_get_translation (ja), ==, "16 areas, such as cyber and space");
  g_assert_cmpstr (atlas_excerpt_get_translation_language (ja), ==, "en");
  g_assert_null (atlas_excerpt_get_translation (ko));
  g_assert_null (atlas_excerpt_get_translation_language (ko));

  g_assert_cmpuint (counts->len, ==, 2);
  g_assert_cmpuint (atlas_area_count_get_count (g_ptr_array_index (counts, 0)), ==, 9);
  second = g_ptr_array_index (counts, 1);
  g_assert_cmpuint (atlas_area_count_get_count (second), ==, 11);
  g_assert_cmpstr (atlas_area_count_get_note (second), ==, "A blog counts the sub-areas.");
  g_assert_true (g_ptr_array_index (atlas_area_count_get_evidence (second), 0) == ko);
}

/* A version 1 file has none of version 2's values, and says it is version 1 */
static void
test_version_1_unchanged (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ("minimal.json");
  AtlasExcerpt *excerpt = atlas_dataset_find_excerpt (dataset, "x1");

  g_assert_cmpuint (atlas_dataset_get_format_version (dataset), ==, 1);
  g_assert_null (atlas_dataset_get_release (dataset));
  g_assert_null (atlas_dataset_get_licence (dataset));
  g_assert_cmpuint (atlas_dataset_get_changelog (dataset)->len, ==, 0);
  g_assert_null (atlas_excerpt_get_language (excerpt));
  g_assert_null (atlas_excerpt_get_translation (excerpt));
  g_assert_false (atlas_document_get_undated (atlas_excerpt_get_document (excerpt)));
  g_assert_cmpuint (atlas_programme_get_area_counts (atlas_dataset_find_programme (dataset, "kor-itpp"))->len, ==, 0);
}

/* An excerpt without a locator is placed by its page's address, never
 * left without one where the document is a web page */
static void
test_locator_composed (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ("version-2.json");
  g_autoptr(AtlasDataset) v1 = load_fixture ("minimal.json");
  GListModel *excerpts = atlas_dataset_get_excerpts (dataset);
  g_autofree char *composed = NULL;
  g_autofree char *none = NULL;
  g_autofree char *own = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (excerpts, i);

      g_assert_null (atlas_excerpt_get_locator (x));
      if (g_str_equal (atlas_excerpt_get_id (x), "x-ja"))
        composed = atlas_excerpt_describe_locator (x);
      else if (g_str_equal (atlas_excerpt_get_id (x), "x-fr"))
        none = atlas_excerpt_describe_locator (x);
    }
  g_assert_cmpstr (composed, ==, "quoted on the page at https://www.mofa.go.jp/example");
  g_assert_null (none);

  {
    g_autoptr(AtlasExcerpt) x = g_list_model_get_item (atlas_dataset_get_excerpts (v1), 0);

    own = atlas_excerpt_describe_locator (x);
    g_assert_cmpstr (own, ==, "¶ 1");
  }
}

/* “9 areas, 8 known”: the count the sources give and the areas whose
 * status is known (listed, reported or not listed) */
static void
test_area_count_description (void)
{
  g_autoptr(AtlasDataset) dataset = load_fixture ("version-2.json");
  g_autoptr(AtlasDataset) v1 = load_fixture ("minimal.json");
  AtlasProgramme *kor = atlas_dataset_find_programme (dataset, "kor-itpp");
  AtlasProgramme *jpn = atlas_dataset_find_programme (dataset, "jpn-itpp");
  g_autofree char *kor_text = atlas_programme_describe_area_count (kor);
  g_autofree char *jpn_text = atlas_programme_describe_area_count (jpn);
  g_autofree char *none = atlas_programme_describe_area_count (atlas_dataset_find_programme (v1, "kor-itpp"));

  /* One area listed, one unknown */
  g_assert_cmpuint (atlas_programme_count_known_areas (kor), ==, 1);
  g_assert_cmpuint (atlas_programme_count_known_areas (jpn), ==, 3);
  g_assert_cmpstr (jpn_text, ==, "16 areas, 3 known");
  g_assert_cmpstr (kor_text, ==, "9 or 11 areas (the sources disagree), 1 known");
  g_assert_null (none);

  /* More known than the sources count (other sources report more): said
   * so, not “1 area, 2 known” */
  {
    static const char json[] =
      "{\"format\":\"partnership-atlas\",\"version\":2,\"title\":\"T\","
      "\"partners\":[{\"id\":\"p\",\"name\":\"P\"}],"
      "\"areas\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"}],"
      "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}],"
      "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}],"
      "\"programmes\":[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"ipcp\",\"title\":\"G\","
      "\"status\":\"superseded\",\"text_availability\":\"not-public\","
      "\"area_counts\":[{\"count\":1,\"evidence\":[\"x\"]}],"
      "\"areas\":[{\"area\":\"a\",\"status\":\"reported\",\"evidence\":[\"x\"]},"
      "{\"area\":\"b\",\"status\":\"reported\",\"evidence\":[\"x\"]}]}]}";
    g_autoptr(GError) error = NULL;
    g_autoptr(AtlasDataset) more = atlas_loader_load_data (json, strlen (json), NULL, NULL, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    text = atlas_programme_describe_area_count (atlas_dataset_find_programme (more, "g"));
    g_assert_cmpstr (text, ==, "the sources count 1 area; 2 known");
  }
}

static void
test_language_tags (void)
{
  const char *good[] = { "en", "ja", "ko", "fr", "zh", "zh-Hant", "zh-Hant-TW", "fr-CA", "es-419",
                         "sl-rozaj-biske", "de-CH-1901", "en-US-x-twain", "x-whatever", "zh-yue", "EN" };
  const char *bad[] = { "", "e", "english", "Japanese", "en_US", "en-", "-en", "en--US", "ja-JP-",
                        "en-a", "en-x", "1x", "en-toolongsubtag", "ja jp", "fr-CA-a-" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (atlas_language_tag_is_valid (good[i]));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      if (atlas_language_tag_is_valid (bad[i]))
        g_error ("“%s” was taken for a language tag", bad[i]);
    }

  /* The untranslated interface is in English; names follow the primary subtag */
  g_assert_true (atlas_language_tag_is_ui_language ("en-GB"));
  g_assert_false (atlas_language_tag_is_ui_language ("ja"));
  g_assert_false (atlas_language_tag_is_ui_language (NULL));
  g_assert_cmpstr (atlas_language_tag_to_label ("ja"), ==, "Japanese");
  g_assert_cmpstr (atlas_language_tag_to_label ("zh-Hant"), ==, "Chinese");
  g_assert_cmpstr (atlas_language_tag_to_label ("tlh"), ==, "tlh");
}

static void
test_document_kind_weight (void)
{
  for (AtlasDocumentKind k = ATLAS_DOCUMENT_KIND_OTHER; k <= ATLAS_DOCUMENT_KIND_FORUM; k++)
    {
      gboolean weak = k == ATLAS_DOCUMENT_KIND_BLOG || k == ATLAS_DOCUMENT_KIND_FORUM;

      g_assert_cmpint (atlas_document_kind_is_weak (k), ==, weak);
      /* A weak kind says so; the others are their label */
      if (weak)
        g_assert_nonnull (strstr (atlas_document_kind_describe_weight (k), "weak source"));
      else
        g_assert_cmpstr (atlas_document_kind_describe_weight (k), ==, atlas_document_kind_to_label (k));
    }
}

static void
add_corpus (const char *kind,
            GTestDataFunc func)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", kind, NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *test = g_strdup_printf ("/loader/%s/%.*s", kind, (int) (strlen (file) - 5), file);
      /* Owned by the test suite until the end of the run */
      char *path = g_build_filename (dir_path, file, NULL);

      g_test_add_data_func_full (test, path, func, g_free);
    }
}

/* The report on a file that did not load, as the command line prints it
 * and the window shows it */
static void
test_problems_to_text (void)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No such file");
  g_autofree char *two = NULL;
  g_autofree char *nameless = NULL;
  g_autofree char *only_error = NULL;
  g_autofree char *bare_error = NULL;

  g_ptr_array_add (problems, atlas_problem_new (ATLAS_LOAD_ERROR_VALUE, 3, 7, "$.areas[0].id", "an id may not be empty"));
  g_ptr_array_add (problems, atlas_problem_new (ATLAS_LOAD_ERROR_VALUE, 0, 0, NULL, "no programmes"));
  two = atlas_problems_to_text (problems, "d.json", error);
  g_assert_cmpstr (two, ==, "d.json:3:7: $.areas[0].id: an id may not be empty\nd.json: no programmes");
  nameless = atlas_problems_to_text (problems, NULL, NULL);
  g_assert_cmpstr (nameless, ==, "3:7: $.areas[0].id: an id may not be empty\nno programmes");
  only_error = atlas_problems_to_text (none, "d.json", error);
  g_assert_cmpstr (only_error, ==, "d.json: No such file");
  bare_error = atlas_problems_to_text (NULL, NULL, error);
  g_assert_cmpstr (bare_error, ==, "No such file");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/builtin", test_builtin);
  g_test_add_func ("/loader/problems-to-text", test_problems_to_text);
  g_test_add_func ("/loader/async", test_async);
  g_test_add_func ("/loader/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/loader/hostile/huge-array", test_huge_array);
  g_test_add_func ("/loader/hostile/too-large-file", test_too_large_file);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  g_test_add_func ("/loader/problem-cap", test_problem_cap);
  g_test_add_func ("/loader/positions-count-characters", test_positions_count_characters);
  g_test_add_func ("/loader/compact-records", test_compact_records);
  g_test_add_func ("/loader/version-2", test_version_2);
  g_test_add_func ("/loader/version-1-unchanged", test_version_1_unchanged);
  g_test_add_func ("/loader/area-count-description", test_area_count_description);
  g_test_add_func ("/loader/locator-composed", test_locator_composed);
  g_test_add_func ("/loader/language-tags", test_language_tags);
  g_test_add_func ("/loader/document-kind-weight", test_document_kind_weight);
  add_corpus ("good", test_good);
  add_corpus ("bad", test_bad);

  return g_test_run ();
}
