/* test-citations.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The citations of documents: CSL-JSON read back with json-glib, BibTeX
 * and RIS checked record by record, on the built-in dataset and on
 * tests/export/citations.json, made to hold what is hard to write: LaTeX's
 * special characters, an organisation as author, an undated document,
 * dates known to the year or the month, ids that are no BibTeX keys. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "atlas-citations.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-error.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"

static AtlasDataset *
load_small (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "export", "citations.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_file (file, NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static AtlasDataset *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_builtin (&error);

  g_assert_no_error (error);
  return dataset;
}

static char *
export_all (AtlasDataset        *dataset,
            AtlasCitationFormat  format)
{
  g_autoptr(GPtrArray) documents = atlas_citations_all_documents (dataset);

  return atlas_citations_to_string (format, documents);
}

/* The entry of @key, from its "@type{key," to the next entry */
static char *
bibtex_entry (const char *bibtex,
              const char *type_and_key)
{
  g_autofree char *start = g_strdup_printf ("\n@%s,", type_and_key);
  const char *begin = strstr (bibtex, start);
  const char *end;

  g_assert_nonnull (begin);
  end = strstr (begin + 1, "\n@");
  return end ? g_strndup (begin + 1, end - begin - 1) : g_strdup (begin + 1);
}

static JsonArray *
parse_csl (JsonParser *parser,
           const char *text)
{
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_node_get_array (json_parser_get_root (parser));
}

static JsonObject *
csl_item (JsonArray  *items,
          const char *id)
{
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "id"), id))
        return item;
    }
  g_assert_not_reached ();
}

/* "issued": { "date-parts": [ [ …@n parts… ] ] } */
static JsonArray *
date_parts (JsonObject *item,
            const char *member)
{
  JsonObject *date = json_object_get_object_member (item, member);
  JsonArray *parts = json_object_get_array_member (date, "date-parts");

  g_assert_cmpuint (json_array_get_length (parts), ==, 1);
  return json_array_get_array_element (parts, 0);
}

static void
test_formats (void)
{
  AtlasCitationFormat format;

  g_assert_true (atlas_citation_format_from_name ("csl-json", &format));
  g_assert_cmpint (format, ==, ATLAS_CITATION_CSL_JSON);
  g_assert_true (atlas_citation_format_from_name ("BibTeX", &format));
  g_assert_cmpint (format, ==, ATLAS_CITATION_BIBTEX);
  g_assert_true (atlas_citation_format_from_name ("ris", &format));
  g_assert_cmpint (format, ==, ATLAS_CITATION_RIS);
  g_assert_false (atlas_citation_format_from_name ("endnote", &format));
  g_assert_false (atlas_citation_format_from_name (NULL, &format));
  g_assert_cmpstr (atlas_citation_format_extension (ATLAS_CITATION_BIBTEX), ==, "bib");
  g_assert_cmpstr (atlas_citation_format_mime_type (ATLAS_CITATION_CSL_JSON), ==,
                   "application/vnd.citationstyles.csl+json");
}

static void
check_split (const char *name,
             const char *family,
             const char *given)
{
  g_autofree char *f = NULL;
  g_autofree char *g = NULL;
  gboolean split = atlas_citation_split_name (name, &f, &g);

  g_assert_cmpint (split, ==, family != NULL);
  g_assert_cmpstr (f, ==, family);
  g_assert_cmpstr (g, ==, given);
}

static void
test_split_name (void)
{
  check_split ("Hae-Won Jun", "Jun", "Hae-Won");
  check_split ("Kim Sung-han", "Kim", "Sung-han");
  check_split ("Jean Dupont-Aignan", "Dupont-Aignan", "Jean");
  check_split ("John F. Kennedy", "Kennedy", "John F.");
  check_split ("Pacheco Pardo, Ramon", "Pacheco Pardo", "Ramon");
  check_split ("Jörg Müller", "Müller", "Jörg");
  /* Not split: a reference manager writes them whole */
  check_split ("Ramon Pacheco Pardo", NULL, NULL);
  check_split ("Ursula von der Leyen", NULL, NULL);
  check_split ("NATO Public Diplomacy Division", NULL, NULL);
  check_split ("NATO Watch", NULL, NULL);
  check_split ("Ministry of Defence", NULL, NULL);
  check_split ("林 肇 (Hayashi Hajime)", NULL, NULL);
  check_split ("박미영 (Park Mi-young)", NULL, NULL);
  check_split ("Reuters", NULL, NULL);
  check_split (", Given", NULL, NULL);
  check_split ("A, B, C", NULL, NULL);
}

/* Every document once, with the members CSL requires and dates of the
 * precision the dataset gives */
static void
test_builtin_csl_json (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autofree char *text = export_all (dataset, ATLAS_CITATION_CSL_JSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *items = parse_csl (parser, text);
  GListModel *documents = atlas_dataset_get_documents (dataset);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (json_array_get_length (items), ==, g_list_model_get_n_items (documents));
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      g_autoptr(AtlasDocument) document = g_list_model_get_item (documents, i);
      const AtlasDate *date = atlas_document_get_date (document);

      g_assert_true (g_hash_table_add (ids, (gpointer) json_object_get_string_member (item, "id")));
      g_assert_nonnull (json_object_get_string_member (item, "type"));
      g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, atlas_document_get_title (document));
      if (atlas_date_is_set (date))
        g_assert_cmpuint (json_array_get_length (date_parts (item, "issued")), ==, date->precision);
      else
        g_assert_false (json_object_has_member (item, "issued"));
      if (atlas_document_get_url (document) != NULL)
        g_assert_cmpstr (json_object_get_string_member (item, "URL"), ==, atlas_document_get_url (document));
    }

  /* Family names where they can be told */
  {
    JsonObject *csds = csl_item (items, "csds");
    JsonArray *authors = json_object_get_array_member (csds, "author");
    JsonObject *kim = json_array_get_object_element (authors, 0);

    g_assert_cmpstr (json_object_get_string_member (kim, "family"), ==, "Kim");
    g_assert_cmpstr (json_object_get_string_member (kim, "given"), ==, "Sung-han");
    g_assert_cmpstr (json_object_get_string_member (csds, "type"), ==, "report");
  }
}

/* Balanced braces in each entry, counting only those not escaped */
static void
test_builtin_bibtex (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autofree char *text = export_all (dataset, ATLAS_CITATION_BIBTEX);
  g_auto(GStrv) entries = g_strsplit (text, "\n@", -1);
  guint n_documents = g_list_model_get_n_items (atlas_dataset_get_documents (dataset));

  g_assert_cmpuint (g_strv_length (entries), ==, n_documents + 1);
  for (guint i = 1; entries[i] != NULL; i++)
    {
      int depth = 0;

      g_assert_true (g_str_has_prefix (entries[i], "report{") || g_str_has_prefix (entries[i], "article{") ||
                     g_str_has_prefix (entries[i], "online{") || g_str_has_prefix (entries[i], "misc{"));
      for (const char *p = entries[i]; *p; p++)
        {
          if (*p == '\\')
            p++;
          else if (*p == '{')
            depth++;
          else if (*p == '}')
            g_assert_cmpint (--depth, >=, 0);
        }
      g_assert_cmpint (depth, ==, 0);
      g_assert_nonnull (strstr (entries[i], "  title = {{"));
    }
  g_assert_nonnull (strstr (text, "\n@report{csds,\n  author = {Kim, Sung-han and {Ramon Pacheco Pardo}},\n"));
  g_assert_nonnull (strstr (text, "  urldate = {2026-12},\n"));
}

/* One complete record per document, every line a tag */
static void
test_builtin_ris (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autofree char *text = export_all (dataset, ATLAS_CITATION_RIS);
  g_auto(GStrv) lines = g_strsplit (text, "\r\n", -1);
  guint n_documents = g_list_model_get_n_items (atlas_dataset_get_documents (dataset));
  guint records = 0;
  gboolean open = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        {
          g_assert_false (open);
          continue;
        }
      g_assert_cmpuint (strlen (lines[i]), >=, 6);
      g_assert_true (g_ascii_isupper (lines[i][0]) && g_ascii_isalnum (lines[i][1]));
      g_assert_true (strncmp (lines[i] + 2, "  - ", 4) == 0);
      if (g_str_has_prefix (lines[i], "TY  - "))
        {
          g_assert_false (open);
          open = TRUE;
        }
      else if (g_str_has_prefix (lines[i], "ER  - "))
        {
          g_assert_true (open);
          open = FALSE;
          records++;
        }
      else
        g_assert_true (open);
    }
  g_assert_false (open);
  g_assert_cmpuint (records, ==, n_documents);
  g_assert_null (strchr (text, '\n') == NULL ? NULL : strstr (text, "\n\n"));
}

static void
test_bibtex_escaping (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  g_autofree char *text = export_all (dataset, ATLAS_CITATION_BIBTEX);
  g_autofree char *escapes = bibtex_entry (text, "article{escapes");
  g_autofree char *org = bibtex_entry (text, "online{org-page");
  g_autofree char *blog = bibtex_entry (text, "online{doc-9-blog");

  g_assert_cmpstr (escapes, ==,
                   "@article{escapes,\n"
                   "  author = {Müller, Jörg and Sagan-Dupont, Françoise},\n"
                   "  title = {{Braces \\{and\\} 100\\% \\& more: \\$x\\_1\\textasciicircum{}2\\$ "
                   "\\textasciitilde{} \\#1 \\textbackslash{} back}},\n"
                   "  journaltitle = {Journal of Things \\& Stuff},\n"
                   "  date = {2021-03},\n"
                   "  langid = {german},\n"
                   "}\n");
  /* An organisation in braces is one name; the address is verbatim */
  g_assert_cmpstr (org, ==,
                   "@online{org-page,\n"
                   "  author = {{NATO Public Diplomacy Division}},\n"
                   "  title = {{An organisation’s page}},\n"
                   "  organization = {NATO},\n"
                   "  date = {2019},\n"
                   "  url = {https://example.org/a%20b?x=1&y=2},\n"
                   "  urldate = {2026-12-01},\n"
                   "  langid = {english},\n"
                   "}\n");
  g_assert_nonnull (strstr (blog, "  author = {Kim, Sung-han and {林 肇 (Hayashi Hajime)}},\n"));
  g_assert_nonnull (strstr (blog, "  series = {Post 7},\n"));
  /* Undated: no date at all, the rest as known */
  g_assert_nonnull (strstr (text, "\n@article{undated,\n  entrysubtype = {newspaper},\n  title = {{한국어 제목}},\n"
                                  "  journaltitle = {연합뉴스},\n  url = {https://example.kr/news/1},\n"
                                  "  urldate = {2026-12},\n  langid = {korean},\n}\n"));
  g_assert_nonnull (strstr (text, "\n@misc{uncited,\n  title = {{Nobody cites this}},\n}\n"));
}

static void
test_csl_small (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  g_autofree char *text = export_all (dataset, ATLAS_CITATION_CSL_JSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *items = parse_csl (parser, text);
  JsonObject *escapes = csl_item (items, "escapes");
  JsonObject *org = csl_item (items, "org-page");
  JsonObject *undated = csl_item (items, "undated");
  JsonArray *parts;

  g_assert_cmpuint (json_array_get_length (items), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (escapes, "title"), ==,
                   "Braces {and} 100% & more: $x_1^2$ ~ #1 \\ back");
  g_assert_cmpstr (json_object_get_string_member (escapes, "type"), ==, "article-journal");
  g_assert_cmpstr (json_object_get_string_member (escapes, "container-title"), ==, "Journal of Things & Stuff");
  g_assert_cmpstr (json_object_get_string_member (escapes, "language"), ==, "de-AT");
  parts = date_parts (escapes, "issued");
  g_assert_cmpuint (json_array_get_length (parts), ==, 2);
  g_assert_cmpint (json_array_get_int_element (parts, 0), ==, 2021);
  g_assert_cmpint (json_array_get_int_element (parts, 1), ==, 3);

  g_assert_cmpstr (json_object_get_string_member (org, "type"), ==, "webpage");
  g_assert_cmpstr (json_object_get_string_member (org, "publisher"), ==, "NATO");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (org, "author"), 0), "literal"), ==,
                   "NATO Public Diplomacy Division");
  parts = date_parts (org, "issued");
  g_assert_cmpuint (json_array_get_length (parts), ==, 1);
  g_assert_cmpint (json_array_get_int_element (parts, 0), ==, 2019);
  g_assert_cmpuint (json_array_get_length (date_parts (org, "accessed")), ==, 3);

  g_assert_false (json_object_has_member (undated, "issued"));
  g_assert_false (json_object_has_member (undated, "author"));
  g_assert_cmpstr (json_object_get_string_member (undated, "type"), ==, "article-newspaper");
  g_assert_cmpuint (json_array_get_length (date_parts (undated, "accessed")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (csl_item (items, "doc-9-blog"), "type"), ==, "post-weblog");
  g_assert_cmpstr (json_object_get_string_member (csl_item (items, "uncited"), "type"), ==, "document");
}

static void
test_ris_small (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  g_autofree char *text = export_all (dataset, ATLAS_CITATION_RIS);

  g_assert_true (g_str_has_prefix (text,
                                   "TY  - JOUR\r\nID  - escapes\r\nAU  - Müller, Jörg\r\nAU  - Sagan-Dupont, Françoise\r\n"
                                   "TI  - Braces {and} 100% & more: $x_1^2$ ~ #1 \\ back\r\n"
                                   "T2  - Journal of Things & Stuff\r\nPB  - Journal of Things & Stuff\r\n"
                                   "PY  - 2021\r\nDA  - 2021/03\r\nLA  - de-AT\r\nER  - \r\n"));
  g_assert_nonnull (strstr (text, "\r\nTY  - ELEC\r\nID  - org-page\r\nAU  - NATO Public Diplomacy Division\r\n"));
  g_assert_nonnull (strstr (text, "PY  - 2019\r\nDA  - 2019\r\nUR  - https://example.org/a%20b?x=1&y=2\r\n"
                                  "Y2  - 2026/12/01\r\n"));
  /* Undated: neither PY nor DA */
  g_assert_nonnull (strstr (text, "TY  - NEWS\r\nID  - undated\r\nTI  - 한국어 제목\r\nT2  - 연합뉴스\r\nPB  - 연합뉴스\r\n"
                                  "UR  - https://example.kr/news/1\r\nY2  - 2026/12\r\nLA  - ko\r\nER  - \r\n"));
  g_assert_nonnull (strstr (text, "TY  - BLOG\r\nID  - doc-9-blog\r\nAU  - Kim, Sung-han\r\nAU  - 林 肇 (Hayashi Hajime)\r\n"));
}

static char *
document_ids (GPtrArray *documents)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < documents->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", atlas_document_get_id (g_ptr_array_index (documents, i)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* A programme's documents are those of its areas, wordings, signing,
 * evidence…, in the dataset's order */
static void
test_programmes (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  const char *itpp[] = { "kor-itpp", NULL };
  const char *both[] = { "kor-ipcp", "kor-itpp", NULL };
  const char *unknown[] = { "kor-itpp", "jpn-itpp", NULL };
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  documents = atlas_citations_for_programmes (dataset, itpp, &error);
  g_assert_no_error (error);
  ids = document_ids (documents);
  g_assert_cmpstr (ids, ==, "escapes org/page{é} 9-blog");
  g_clear_pointer (&documents, g_ptr_array_unref);
  g_clear_pointer (&ids, g_free);

  documents = atlas_citations_for_programmes (dataset, both, &error);
  g_assert_no_error (error);
  ids = document_ids (documents);
  g_assert_cmpstr (ids, ==, "escapes org/page{é} undated 9-blog");
  g_clear_pointer (&documents, g_ptr_array_unref);

  documents = atlas_citations_for_programmes (dataset, unknown, &error);
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "“jpn-itpp”"));
  g_assert_null (documents);
}

static void
test_reference (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  g_autofree char *escapes = atlas_citation_reference (atlas_dataset_find_document (dataset, "escapes"));
  g_autofree char *org = atlas_citation_reference (atlas_dataset_find_document (dataset, "org/page{é}"));
  g_autofree char *undated = atlas_citation_reference (atlas_dataset_find_document (dataset, "undated"));
  g_autofree char *blog = atlas_citation_reference (atlas_dataset_find_document (dataset, "9-blog"));
  g_autofree char *uncited = atlas_citation_reference (atlas_dataset_find_document (dataset, "uncited"));
  g_autofree char *excerpt = atlas_citation_excerpt_reference (atlas_dataset_find_excerpt (dataset, "x-undated"));
  g_autofree char *no_locator = atlas_citation_excerpt_reference (atlas_dataset_find_excerpt (dataset, "x-org"));

  g_assert_cmpstr (escapes, ==, "Jörg Müller and Françoise Sagan-Dupont. Braces {and} 100% & more: $x_1^2$ ~ #1 \\ back. "
                                "Journal of Things & Stuff, March 2021.");
  g_assert_cmpstr (org, ==, "NATO Public Diplomacy Division. An organisation’s page. NATO, 2019. "
                            "https://example.org/a%20b?x=1&y=2 (accessed 1 December 2026).");
  g_assert_cmpstr (undated, ==, "한국어 제목. 연합뉴스, undated. https://example.kr/news/1 (accessed December 2026).");
  g_assert_cmpstr (blog, ==, "Kim Sung-han and 林 肇 (Hayashi Hajime). Will it rain? Post 7. A blog, 19 November 2024.");
  g_assert_cmpstr (uncited, ==, "Nobody cites this.");
  g_assert_cmpstr (excerpt, ==, "“사이버 방위” (¶ 2)\n"
                                "한국어 제목. 연합뉴스, undated. https://example.kr/news/1 (accessed December 2026).");
  g_assert_true (g_str_has_prefix (no_locator, "“Cyber is an area.”\nNATO Public Diplomacy Division."));
}

/* Right-to-left text cannot carry the reference's own words along */
static void
test_reference_bidi (void)
{
  const char *data =
    "{ \"format\": \"partnership-atlas\", \"version\": 1, \"title\": \"t\", \"partners\": [], \"areas\": [],"
    "  \"documents\": [ { \"id\": \"d\", \"title\": \"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\", \"publisher\": \"P\","
    "    \"date\": \"2020\" } ], \"excerpts\": [], \"programmes\": [] }";
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (data, strlen (data), NULL, NULL, &error);
  g_autofree char *reference = NULL;

  g_assert_no_error (error);
  reference = atlas_citation_reference (atlas_dataset_find_document (dataset, "d"));
  g_assert_cmpstr (reference, ==, "\xe2\x81\xa8\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d\xe2\x81\xa9. P, 2020.");
}

/* The file holds what the stream got, and replaces the old one whole */
static void
test_to_file (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  g_autoptr(GPtrArray) documents = atlas_citations_all_documents (dataset);
  g_autofree char *expected = atlas_citations_to_string (ATLAS_CITATION_BIBTEX, documents);
  g_autofree char *dir = g_dir_make_tmp ("atlas-citations-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "refs.bib", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (atlas_citations_to_file (ATLAS_CITATION_BIBTEX, documents, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  /* A folder is refused, and nothing is left behind */
  g_assert_false (atlas_citations_to_file (ATLAS_CITATION_RIS, documents, folder, NULL, &error));
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE);
  g_remove (path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/citations/formats", test_formats);
  g_test_add_func ("/citations/split-name", test_split_name);
  g_test_add_func ("/citations/builtin/csl-json", test_builtin_csl_json);
  g_test_add_func ("/citations/builtin/bibtex", test_builtin_bibtex);
  g_test_add_func ("/citations/builtin/ris", test_builtin_ris);
  g_test_add_func ("/citations/small/bibtex-escaping", test_bibtex_escaping);
  g_test_add_func ("/citations/small/csl-json", test_csl_small);
  g_test_add_func ("/citations/small/ris", test_ris_small);
  g_test_add_func ("/citations/programmes", test_programmes);
  g_test_add_func ("/citations/reference", test_reference);
  g_test_add_func ("/citations/reference-bidi", test_reference_bidi);
  g_test_add_func ("/citations/to-file", test_to_file);

  return g_test_run ();
}
