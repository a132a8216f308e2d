/* test-diff.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The record-level diff of two datasets: each kind of record added,
 * removed and changed, reordering that is no change, and what a change
 * does to the comparison. Each pair is tests/diff/base.json and a copy
 * edited here with json-glib. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "atlas-correction.h"
#include "atlas-correction-builder.h"
#include "atlas-diff.h"
#include "atlas-json-patch.h"
#include "atlas-diff-marks.h"
#include "atlas-diff-report.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"
#include "atlas-problem.h"

typedef void (*EditFunc) (JsonNode *root);

static JsonNode *
base_node (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "diff", "base.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static AtlasDataset *
load_node (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length;
  AtlasDataset *dataset;

  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  dataset = atlas_loader_load_data (text, length, NULL, &problems, &error);
  if (dataset == NULL)
    {
      g_autofree char *report = atlas_problems_to_text (problems, NULL, error);

      g_error ("%s", report);
    }
  return dataset;
}

/* The changes from base.json, edited by @old_edit, to base.json edited
 * by @new_edit (either may be %NULL) */
static GListModel *
diff_edits (EditFunc old_edit,
            EditFunc new_edit)
{
  g_autoptr(JsonNode) old_root = base_node ();
  g_autoptr(JsonNode) new_root = base_node ();
  g_autoptr(AtlasDataset) old_dataset = NULL;
  g_autoptr(AtlasDataset) new_dataset = NULL;

  if (old_edit != NULL)
    old_edit (old_root);
  if (new_edit != NULL)
    new_edit (new_root);
  old_dataset = load_node (old_root);
  new_dataset = load_node (new_root);
  return atlas_diff_datasets (old_dataset, new_dataset);
}

static JsonArray *
list (JsonNode   *root,
      const char *name)
{
  JsonObject *object = json_node_get_object (root);

  if (!json_object_has_member (object, name))
    json_object_set_array_member (object, name, json_array_new ());
  return json_object_get_array_member (object, name);
}

static JsonObject *
item (JsonNode   *root,
      const char *name,
      guint       index)
{
  return json_array_get_object_element (list (root, name), index);
}

static void
append (JsonArray  *array,
        const char *json)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (json, &error);

  g_assert_no_error (error);
  json_array_add_element (array, node);
}

static void
reverse (JsonArray *array)
{
  g_autoptr(GList) elements = json_array_get_elements (array);
  guint n = json_array_get_length (array);

  for (GList *l = elements; l != NULL; l = l->next)
    json_node_ref (l->data);
  for (guint i = 0; i < n; i++)
    json_array_remove_element (array, 0);
  for (GList *l = g_list_last (elements); l != NULL; l = l->prev)
    json_array_add_element (array, l->data);
}

static AtlasDiffChange *
change_at (GListModel *changes,
           guint       i)
{
  g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);

  return change;   /* the list holds it */
}

static void
assert_change (GListModel      *changes,
               guint            i,
               AtlasDiffKind    kind,
               AtlasDiffRecord  record,
               const char      *id,
               const char      *field,
               const char      *old_value,
               const char      *new_value)
{
  AtlasDiffChange *change;

  g_assert_cmpuint (i, <, g_list_model_get_n_items (changes));
  change = change_at (changes, i);
  g_assert_cmpstr (atlas_diff_record_to_code (atlas_diff_change_get_record (change)), ==,
                   atlas_diff_record_to_code (record));
  g_assert_cmpstr (atlas_diff_kind_to_code (atlas_diff_change_get_kind (change)), ==, atlas_diff_kind_to_code (kind));
  g_assert_cmpstr (atlas_diff_change_get_id (change), ==, id);
  g_assert_cmpstr (atlas_diff_change_get_field (change), ==, field);
  g_assert_cmpstr (atlas_diff_change_get_old_value (change), ==, old_value);
  g_assert_cmpstr (atlas_diff_change_get_new_value (change), ==, new_value);
}

/* {{{ Edits */

static void
reorder_everything (JsonNode *root)
{
  static const char * const lists[] = {
    "changelog", "partners", "area_groups", "areas", "documents", "excerpts", "programmes", "events",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    reverse (list (root, lists[i]));
  for (guint i = 0; i < json_array_get_length (list (root, "programmes")); i++)
    reverse (json_object_get_array_member (item (root, "programmes", i), "areas"));
}

static void
add_records (JsonNode *root)
{
  append (list (root, "changelog"), "{\"release\": \"0\", \"date\": \"2025\", \"changes\": [\"Draft.\"]}");
  append (list (root, "partners"), "{\"id\": \"aus\", \"name\": \"Australia\"}");
  append (list (root, "area_groups"), "{\"id\": \"soft\", \"name\": \"Soft security\"}");
  append (list (root, "areas"), "{\"id\": \"wps\", \"name\": \"Women, peace and security\", \"group\": \"soft\"}");
  append (list (root, "documents"), "{\"id\": \"brief\", \"title\": \"A brief\", \"kind\": \"policy-brief\"}");
  append (list (root, "excerpts"), "{\"id\": \"x-brief\", \"document\": \"brief\", \"text\": \"WPS is new.\"}");
  append (list (root, "programmes"),
          "{\"id\": \"aus-itpp\", \"partner\": \"aus\", \"type\": \"itpp\", \"title\": \"Australia ITPP\","
          " \"status\": \"planned\", \"text_availability\": \"unknown\"}");
  append (json_object_get_array_member (item (root, "programmes", 1), "areas"),
          "{\"area\": \"wps\", \"status\": \"listed\", \"evidence\": [\"x-brief\"]}");
  append (list (root, "events"),
          "{\"id\": \"ev-aus\", \"date\": \"2025-03\", \"kind\": \"announcement\", \"title\": \"Australia\","
          " \"evidence\": [\"x-brief\"]}");
}

static void
change_fields (JsonNode *root)
{
  JsonObject *kor = item (root, "programmes", 0);
  JsonObject *cyber = json_array_get_object_element (json_object_get_array_member (kor, "areas"), 0);
  JsonObject *wording = json_array_get_object_element (json_object_get_array_member (cyber, "wordings"), 0);
  JsonObject *period = json_object_get_object_member (kor, "period");
  JsonArray *event_partners = json_object_get_array_member (item (root, "events", 1), "partners");

  json_object_set_string_member (json_node_get_object (root), "release", "2");
  json_object_set_string_member (item (root, "partners", 0), "short_name", "Korea");
  json_object_set_string_member (item (root, "area_groups", 0), "name", "Technologies");
  json_object_remove_member (item (root, "areas", 0), "aliases");
  json_object_set_string_member (item (root, "documents", 1), "date", "2023-07");
  json_object_set_string_member (item (root, "excerpts", 1), "locator", "¶ 3");
  json_object_set_string_member (kor, "status", "superseded");
  json_object_set_string_member (period, "end", "2026-06");
  json_object_set_int_member (wording, "position", 2);
  json_array_add_string_element (event_partners, "kor");
}

static void
japan_lists_space (JsonNode *root)
{
  JsonObject *jpn = item (root, "programmes", 1);
  JsonObject *space = json_array_get_object_element (json_object_get_array_member (jpn, "areas"), 1);

  json_object_set_string_member (space, "status", "listed");
}

static void
japan_complete (JsonNode *root)
{
  json_object_set_boolean_member (item (root, "programmes", 1), "areas_complete", TRUE);
}

static void
rename_area (JsonNode *root)
{
  /* A new id: one removal and one addition, and the references follow */
  json_object_set_string_member (item (root, "areas", 2), "id", "hadr-2");
}

/* }}} */

static void
test_identical (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, NULL);
  g_autofree char *summary = atlas_diff_summarize (changes);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
  g_assert_cmpstr (summary, ==, "No changes");
}

static void
test_reordered (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, reorder_everything);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 0);
}

static void
test_added (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, add_records);
  g_autofree char *summary = atlas_diff_summarize (changes);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 9);
  assert_change (changes, 0, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_CHANGELOG, "0", NULL, NULL, "Draft.");
  assert_change (changes, 1, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_PARTNER, "aus", NULL, NULL, "Australia");
  assert_change (changes, 2, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_AREA_GROUP, "soft", NULL, NULL, "Soft security");
  assert_change (changes, 3, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_AREA, "wps", NULL, NULL,
                 "Women, peace and security");
  assert_change (changes, 4, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_DOCUMENT, "brief", NULL, NULL, "A brief");
  assert_change (changes, 5, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_EXCERPT, "x-brief", NULL, NULL, "WPS is new.");
  assert_change (changes, 6, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_PROGRAMME, "aus-itpp", NULL, NULL,
                 "Australia ITPP");
  assert_change (changes, 7, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/wps", NULL, NULL,
                 "listed");
  assert_change (changes, 8, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_EVENT, "ev-aus", NULL, NULL, "Australia");
  /* A new area is a new row, not a cell that moved */
  g_assert_null (atlas_diff_change_get_effect (change_at (changes, 7)));
  g_assert_cmpstr (summary, ==, "9 changes: 1 changelog entry, 1 partner, 1 area group, 1 area, 1 document, "
                                "1 excerpt, 1 programme, 1 programme area, 1 event");
}

static void
test_removed (void)
{
  g_autoptr(GListModel) changes = diff_edits (add_records, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 9);
  assert_change (changes, 0, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_CHANGELOG, "0", NULL, "Draft.", NULL);
  assert_change (changes, 1, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_PARTNER, "aus", NULL, "Australia", NULL);
  assert_change (changes, 2, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_AREA_GROUP, "soft", NULL, "Soft security", NULL);
  assert_change (changes, 3, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_AREA, "wps", NULL,
                 "Women, peace and security", NULL);
  assert_change (changes, 4, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_DOCUMENT, "brief", NULL, "A brief", NULL);
  assert_change (changes, 5, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_EXCERPT, "x-brief", NULL, "WPS is new.", NULL);
  assert_change (changes, 6, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_PROGRAMME, "aus-itpp", NULL,
                 "Australia ITPP", NULL);
  assert_change (changes, 7, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/wps", NULL,
                 "listed", NULL);
  assert_change (changes, 8, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_EVENT, "ev-aus", NULL, "Australia", NULL);
}

static void
test_changed (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, change_fields);
  g_autofree char *summary = atlas_diff_summarize (changes);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 10);
  assert_change (changes, 0, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_DATASET, "", "release", "1", "2");
  assert_change (changes, 1, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_PARTNER, "kor", "short_name", "ROK", "Korea");
  assert_change (changes, 2, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_AREA_GROUP, "tech", "name",
                 "Technology", "Technologies");
  assert_change (changes, 3, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_AREA, "cyber", "aliases", "cybersecurity", NULL);
  /* The same month, but a day less precise */
  assert_change (changes, 4, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_DOCUMENT, "news", "date",
                 "2023-07-14", "2023-07");
  assert_change (changes, 5, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_EXCERPT, "x-en", "locator", "¶ 2", "¶ 3");
  assert_change (changes, 6, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_PROGRAMME, "kor-itpp", "status",
                 "in-force", "superseded");
  assert_change (changes, 7, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_PROGRAMME, "kor-itpp", "period.end",
                 "2026", "2026-06");
  assert_change (changes, 8, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "kor-itpp/cyber", "wordings",
                 "cyber defence #1 [x-en]", "cyber defence #2 [x-en]");
  assert_change (changes, 9, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_EVENT, "ev-talks", "partners", "jpn", "jpn, kor");
  g_assert_cmpstr (summary, ==, "10 changes: 2 programmes, 1 dataset detail, 1 partner, 1 area group, 1 area, "
                                "1 document, 1 excerpt, 1 programme area, 1 event");
}

static void
test_renamed_id (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, rename_area);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
  assert_change (changes, 0, ATLAS_DIFF_REMOVED, ATLAS_DIFF_RECORD_AREA, "hadr", NULL,
                 "Humanitarian assistance and disaster relief", NULL);
  assert_change (changes, 1, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_AREA, "hadr-2", NULL, NULL,
                 "Humanitarian assistance and disaster relief");
}

static void
test_effect (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, japan_lists_space);
  g_autoptr(GListModel) complete = diff_edits (NULL, japan_complete);

  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 1);
  assert_change (changes, 0, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/space", "status",
                 "reported", "listed");
  g_assert_cmpstr (atlas_diff_change_get_effect (change_at (changes, 0)), ==,
                   "Japan ITPP · Space: Reported → Listed");

  /* The whole list known: the area it leaves out is now not listed */
  g_assert_cmpuint (g_list_model_get_n_items (complete), ==, 1);
  assert_change (complete, 0, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_PROGRAMME, "jpn-itpp", "areas_complete",
                 "false", "true");
  g_assert_cmpstr (atlas_diff_change_get_effect (change_at (complete, 0)), ==,
                   "Japan ITPP · Humanitarian assistance and disaster relief: Unknown → Not listed");
}

/* The second release: Japan's space listed, with a second excerpt; the
 * signing a day earlier; a new event */
static void
second_release (JsonNode *root)
{
  JsonObject *jpn = item (root, "programmes", 1);
  JsonObject *space = json_array_get_object_element (json_object_get_array_member (jpn, "areas"), 1);

  json_object_set_string_member (space, "status", "listed");
  json_array_add_string_element (json_object_get_array_member (space, "evidence"), "x-en");
  json_object_set_string_member (item (root, "events", 0), "date", "2023-07-12");
  append (list (root, "events"), "{\"id\": \"ev-new\", \"date\": \"2024\", \"kind\": \"dialogue\", "
                                 "\"title\": \"Talks\", \"partners\": [\"kor\"], \"evidence\": [\"x-en\"]}");
}

static void
test_marks (void)
{
  g_autoptr(JsonNode) old_root = base_node ();
  g_autoptr(JsonNode) new_root = base_node ();
  g_autoptr(AtlasDataset) old_dataset = NULL;
  g_autoptr(AtlasDataset) new_dataset = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(AtlasDiffMarks) marks = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *cell = NULL;
  g_autofree char *event = NULL;
  g_autofree char *added = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *space;

  second_release (new_root);
  old_dataset = load_node (old_root);
  new_dataset = load_node (new_root);
  changes = atlas_diff_datasets (old_dataset, new_dataset);
  marks = atlas_diff_marks_new (changes, old_dataset, new_dataset, "release 1", "release 2");

  /* Each record's changes, found by the record */
  space = atlas_diff_marks_lookup (marks, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/space");
  g_assert_nonnull (space);
  g_assert_cmpuint (space->len, ==, 2);
  g_assert_null (atlas_diff_marks_lookup (marks, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/cyber"));
  g_assert_null (atlas_diff_marks_lookup (marks, ATLAS_DIFF_RECORD_EVENT, "jpn-itpp/space"));
  g_assert_null (atlas_diff_marks_describe (marks, ATLAS_DIFF_RECORD_EVENT, "ev-talks"));
  g_assert_cmpuint (atlas_diff_marks_count_cells (marks, "jpn-itpp"), ==, 1);
  g_assert_cmpuint (atlas_diff_marks_count_cells (marks, "kor-itpp"), ==, 0);

  /* In words: the cell as the comparison says it, the number of excerpts
   * rather than their ids */
  cell = atlas_diff_marks_describe (marks, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/space");
  g_assert_cmpstr (cell, ==,
                   "Changed from release 1 to release 2\n"
                   "Japan ITPP · Space: Reported → Listed\n"
                   "evidence: 1 excerpt → 2 excerpts");
  event = atlas_diff_marks_describe (marks, ATLAS_DIFF_RECORD_EVENT, "ev-sign");
  g_assert_cmpstr (event, ==, "Changed from release 1 to release 2\ndate: 2023-07-13 → 2023-07-12");
  added = atlas_diff_marks_describe (marks, ATLAS_DIFF_RECORD_EVENT, "ev-new");
  g_assert_cmpstr (added, ==, "New in release 2\nadded: Talks");
  {
    g_autofree char *programme = atlas_diff_marks_summarize (marks, ATLAS_DIFF_RECORD_PROGRAMME, "jpn-itpp");
    g_autofree char *signing = atlas_diff_marks_summarize (marks, ATLAS_DIFF_RECORD_EVENT, "ev-sign");
    g_autofree char *talks = atlas_diff_marks_summarize (marks, ATLAS_DIFF_RECORD_EVENT, "ev-new");

    /* its own record is the same, one of its areas changed */
    g_assert_cmpstr (programme, ==, "1 area");
    g_assert_cmpstr (signing, ==, "date");
    g_assert_cmpstr (talks, ==, "new");
    g_assert_null (atlas_diff_marks_summarize (marks, ATLAS_DIFF_RECORD_PROGRAMME, "kor-itpp"));
  }
  summary = atlas_diff_marks_get_summary (marks);
  g_assert_cmpstr (summary, ==, "4 changes: 2 programme areas, 2 events — from release 1 to release 2");

  /* The evidence on each side */
  before = atlas_diff_marks_get_evidence (marks, g_ptr_array_index (space, 0), FALSE);
  after = atlas_diff_marks_get_evidence (marks, g_ptr_array_index (space, 0), TRUE);
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpstr (atlas_excerpt_get_id (g_ptr_array_index (before, 0)), ==, "x-ja");
  g_assert_true (atlas_diff_find_record (old_dataset, ATLAS_DIFF_RECORD_EVENT, "ev-new") == NULL);
  g_assert_nonnull (atlas_diff_find_record (new_dataset, ATLAS_DIFF_RECORD_EVENT, "ev-new"));
  g_assert_null (atlas_diff_find_record (new_dataset, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "no-slash"));
}

static void
test_reports (void)
{
  g_autoptr(GListModel) changes = diff_edits (NULL, japan_lists_space);
  g_autofree char *text = atlas_diff_report (changes, ATLAS_DIFF_FORMAT_TEXT, "a.json", "b.json");
  g_autofree char *html = atlas_diff_report (changes, ATLAS_DIFF_FORMAT_HTML, "<a>.json", "b.json");
  g_autofree char *md = atlas_diff_report (changes, ATLAS_DIFF_FORMAT_MARKDOWN, "a.json", "b.json");

  g_assert_cmpstr (text, ==,
                   "1 change: 1 programme area\n"
                   "\n"
                   "Programmes’ areas\n"
                   "  changed jpn-itpp/space status: reported → listed\n"
                   "    Japan ITPP · Space: Reported → Listed\n");
  g_assert_nonnull (strstr (html, "<h1>Changes from &lt;a&gt;.json to b.json</h1>"));
  g_assert_null (strstr (html, "<a>"));
  g_assert_nonnull (strstr (md, "| changed | jpn-itpp/space | status: reported → listed | "
                                "Japan ITPP · Space: Reported → Listed |"));
}

/* {{{ Corrections made from what a reader proposes */

static char *
node_text (JsonNode *root,
           gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, length);
}

/* The correction of @request against base.json (edited by @edit), applied;
 * the changes from base.json to the corrected dataset */
static GListModel *
correct (EditFunc                      edit,
         const AtlasCorrectionRequest *request,
         char                        **correction_out)
{
  g_autoptr(JsonNode) root = base_node ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasCorrection) correction = NULL;
  g_autoptr(AtlasDataset) old_dataset = NULL;
  g_autoptr(AtlasDataset) new_dataset = NULL;
  g_autofree char *text = NULL;
  g_autofree char *corrected = NULL;
  g_autofree char *dataset = NULL;
  gsize length, corrected_length;

  if (edit != NULL)
    edit (root);
  dataset = node_text (root, &length);
  text = atlas_correction_build (dataset, length, request, "2026-12-07", &error);
  g_assert_no_error (error);
  correction = atlas_correction_new_from_data (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (atlas_correction_get_dataset (correction), ==, "1");
  corrected = atlas_correction_apply (correction, dataset, length, &corrected_length, &error);
  g_assert_no_error (error);
  old_dataset = atlas_loader_load_data (dataset, length, NULL, NULL, &error);
  g_assert_no_error (error);
  new_dataset = atlas_loader_load_data (corrected, corrected_length, NULL, NULL, &error);
  g_assert_no_error (error);
  if (correction_out != NULL)
    *correction_out = g_steal_pointer (&text);
  return atlas_diff_datasets (old_dataset, new_dataset);
}

static guint
count_changes (GListModel      *changes,
               AtlasDiffRecord  record,
               AtlasDiffKind    kind)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      AtlasDiffChange *change = change_at (changes, i);

      n += atlas_diff_change_get_record (change) == record && atlas_diff_change_get_kind (change) == kind;
    }
  return n;
}

static void
test_correction_cell (void)
{
  AtlasCorrectionRequest request = {
    .target = ATLAS_CORRECTION_CELL, .programme = "jpn-itpp", .area = "space", .status = "listed",
    .wording = "宇宙", .quote = "宇宙、サイバー", .url = "https://example.org/list",
    .title = "The list", .note = "The list names space.",
  };
  g_autofree char *text = NULL;
  g_autoptr(GListModel) changes = correct (NULL, &request, &text);

  /* Exactly the correction: the claim's status, wording and evidence, the
   * new source and quotation */
  g_assert_cmpint (atlas_diff_change_get_record (change_at (changes, 0)), ==, ATLAS_DIFF_RECORD_DOCUMENT);
  g_assert_cmpint (atlas_diff_change_get_kind (change_at (changes, 0)), ==, ATLAS_DIFF_ADDED);
  g_assert_true (g_str_has_prefix (atlas_diff_change_get_id (change_at (changes, 0)), "reader-"));
  g_assert_cmpstr (atlas_diff_change_get_new_value (change_at (changes, 0)), ==, "The list");
  g_assert_cmpuint (count_changes (changes, ATLAS_DIFF_RECORD_EXCERPT, ATLAS_DIFF_ADDED), ==, 1);
  g_assert_cmpuint (count_changes (changes, ATLAS_DIFF_RECORD_PROGRAMME_AREA, ATLAS_DIFF_CHANGED), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 5);
  g_assert_nonnull (strstr (text, "\"op\" : \"test\""));
  g_assert_nonnull (strstr (text, "\"accessed\" : \"2026-12-07\""));
  g_assert_nonnull (strstr (text, "The list names space."));
}

static void
test_correction_new_claim (void)
{
  /* No source of the dataset speaks of Japan and HADR */
  AtlasCorrectionRequest request = {
    .target = ATLAS_CORRECTION_CELL, .programme = "jpn-itpp", .area = "hadr", .status = "reported",
    .quote = "humanitarian assistance", .url = "https://www.mofa.go.jp/example", .title = "ignored",
  };
  g_autoptr(GListModel) changes = correct (NULL, &request, NULL);

  /* the dataset's own document of that address, no new one */
  g_assert_cmpuint (count_changes (changes, ATLAS_DIFF_RECORD_DOCUMENT, ATLAS_DIFF_ADDED), ==, 0);
  g_assert_cmpuint (count_changes (changes, ATLAS_DIFF_RECORD_EXCERPT, ATLAS_DIFF_ADDED), ==, 1);
  assert_change (changes, 1, ATLAS_DIFF_ADDED, ATLAS_DIFF_RECORD_PROGRAMME_AREA, "jpn-itpp/hadr", NULL, NULL,
                 "reported");
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 2);
}

static void
test_correction_dates (void)
{
  AtlasCorrectionRequest event = {
    .target = ATLAS_CORRECTION_EVENT_DATE, .event = "ev-sign", .date = "2023-07-11",
    .quote = "on Tuesday", .url = "https://example.org/news", .title = "News",
  };
  AtlasCorrectionRequest signing = {
    .target = ATLAS_CORRECTION_SIGNED, .programme = "jpn-itpp", .date = "2023-07-12",
    .quote = "agreed", .url = "https://example.org/news", .title = "News",
  };
  g_autoptr(GListModel) moved = correct (NULL, &event, NULL);
  g_autoptr(GListModel) signed_ = correct (NULL, &signing, NULL);

  assert_change (moved, 2, ATLAS_DIFF_CHANGED, ATLAS_DIFF_RECORD_EVENT, "ev-sign", "date", "2023-07-13",
                 "2023-07-11");
  g_assert_cmpuint (count_changes (moved, ATLAS_DIFF_RECORD_EVENT, ATLAS_DIFF_CHANGED), ==, 2);
  /* a claim beside the dataset's (Japan's ITPP had none) */
  g_assert_cmpuint (count_changes (signed_, ATLAS_DIFF_RECORD_PROGRAMME, ATLAS_DIFF_CHANGED), ==, 1);
  g_assert_nonnull (strstr (atlas_diff_change_get_new_value (change_at (signed_, 2)), "2023-07-12"));
}

static void
ends_on_the_15th (JsonNode *root)
{
  json_object_set_string_member (item (root, "events", 0), "end", "2023-07-15");
}

static void
test_correction_refused (void)
{
  g_autoptr(JsonNode) root = base_node ();
  g_autofree char *dataset = NULL;
  gsize length;
  const struct { AtlasCorrectionRequest request; const char *message; } cases[] = {
    { { .target = ATLAS_CORRECTION_CELL, .programme = "jpn-itpp", .area = "space", .status = "listed",
        .quote = "  ", .url = "https://example.org", .title = "T" }, "Quote the source" },
    { { .target = ATLAS_CORRECTION_CELL, .programme = "jpn-itpp", .area = "space", .status = "listed",
        .quote = "q", .url = "ftp://example.org", .title = "T" }, "https://" },
    { { .target = ATLAS_CORRECTION_CELL, .programme = "jpn-itpp", .area = "space", .status = "unknown",
        .quote = "q", .url = "https://example.org", .title = "T" }, "listed, reported or not listed" },
    { { .target = ATLAS_CORRECTION_CELL, .programme = "nope", .area = "space", .status = "listed",
        .quote = "q", .url = "https://example.org", .title = "T" }, "no such programme" },
    { { .target = ATLAS_CORRECTION_CELL, .programme = "jpn-itpp", .area = "hadr", .wording = "w",
        .quote = "q", .url = "https://example.org", .title = "T" }, "propose a status" },
    { { .target = ATLAS_CORRECTION_EVENT_DATE, .event = "ev-sign", .date = "2023-02-30",
        .quote = "q", .url = "https://example.org", .title = "T" }, "YYYY-MM-DD" },
    /* the loader's own rule: an event does not end before it starts */
    { { .target = ATLAS_CORRECTION_EVENT_DATE, .event = "ev-sign", .date = "2023-08-01",
        .quote = "q", .url = "https://example.org", .title = "T" }, "would not load" },
  };

  ends_on_the_15th (root);
  dataset = node_text (root, &length);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = atlas_correction_build (dataset, length, &cases[i].request, NULL, &error);

      g_assert_null (text);
      g_assert_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: “%s” does not say “%s”", i, error->message, cases[i].message);
    }
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/identical", test_identical);
  g_test_add_func ("/diff/reordered", test_reordered);
  g_test_add_func ("/diff/added", test_added);
  g_test_add_func ("/diff/removed", test_removed);
  g_test_add_func ("/diff/changed", test_changed);
  g_test_add_func ("/diff/renamed-id", test_renamed_id);
  g_test_add_func ("/diff/effect", test_effect);
  g_test_add_func ("/diff/reports", test_reports);
  g_test_add_func ("/diff/marks", test_marks);
  g_test_add_func ("/diff/correction/cell", test_correction_cell);
  g_test_add_func ("/diff/correction/new-claim", test_correction_new_claim);
  g_test_add_func ("/diff/correction/dates", test_correction_dates);
  g_test_add_func ("/diff/correction/refused", test_correction_refused);

  return g_test_run ();
}
