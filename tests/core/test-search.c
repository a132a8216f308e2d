/* test-search.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-area.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-search.h"
#include "atlas-search-matches.h"
#include "atlas-search-snippet.h"

/* A second, plain implementation of the folding, to check the fast one
 * against: normalize the whole text, drop non-spacing marks, case fold. */
static char *
reference_fold (const char *text)
{
  g_autofree char *nfkd = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  GString *stripped = g_string_new (NULL);

  for (const char *p = nfkd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) != G_UNICODE_NON_SPACING_MARK)
        g_string_append_unichar (stripped, c);
    }
  g_autofree char *plain = g_string_free (stripped, FALSE);

  return g_utf8_casefold (plain, -1);
}

static void
test_fold (void)
{
  static const struct { const char *text, *folded; } cases[] = {
    { "Cyber Défense", "cyber defense" },
    { "CAFÉ", "cafe" },
    { "Cafe\xcc\x81", "cafe" },                 /* e + combining acute */
    { "Straße", "strasse" },
    { "NATO’s “ITPP” 2023–2026", "nato's \"itpp\" 2023-2026" },
    { "ﬁle", "file" },
    { "Ｎａｔｏ", "nato" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = atlas_search_fold (cases[i].text);

      g_assert_cmpstr (folded, ==, cases[i].folded);
    }
}

/* Hangul is compared by its letters, so a syllable being typed already
 * finds the words that start with it. */
static void
test_fold_hangul (void)
{
  g_autofree char *word = atlas_search_fold ("대한민국");
  g_autofree char *typing = atlas_search_fold ("대하");
  g_autofree char *reference = reference_fold ("대한민국");

  g_assert_cmpstr (word, ==, reference);
  g_assert_true (g_str_has_prefix (word, typing));
}

static void
assert_ranges (const char *text,
               const char *query,
               const char *expected)
{
  g_autoptr(GArray) ranges = atlas_search_find (text, query);
  g_autoptr(GString) found = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      AtlasSearchRange *r = &g_array_index (ranges, AtlasSearchRange, i);

      g_assert_cmpuint (r->start, <, r->end);
      g_assert_cmpuint (r->end, <=, strlen (text));
      g_string_append_printf (found, "[%.*s]", (int) (r->end - r->start), text + r->start);
    }
  g_assert_cmpstr (found->str, ==, expected);
}

static void
test_find (void)
{
  assert_ranges ("Cyber défense and CYBER", "cyber", "[Cyber][CYBER]");
  assert_ranges ("Cyber défense", "DEFENSE", "[défense]");
  /* The combining accent belongs to the match it follows */
  assert_ranges ("de\xcc\x81" "fense", "defe", "[de\xcc\x81" "fe]");
  assert_ranges ("The Straße", "strasse", "[Straße]");
  assert_ranges ("The Straße", "stras", "[Straß]");
  assert_ranges ("NATO’s ITPP", "nato's", "[NATO’s]");
  assert_ranges ("대한민국 NATO", "대한", "[대한]");
  assert_ranges ("aaaa", "aa", "[aa][aa]");
  assert_ranges ("nothing here", "cyber", "");
  assert_ranges ("anything", "", "");
  assert_ranges ("anything", "   ", "");
}

/* Whether the excerpt's text or the editors' translation of it, folded by
 * the reference, contains the folded @q */
static gboolean
excerpt_contains (AtlasExcerpt *excerpt,
                  const char   *q)
{
  g_autofree char *text = reference_fold (atlas_excerpt_get_text (excerpt));
  g_autofree char *translation = NULL;

  if (strstr (text, q) != NULL)
    return TRUE;
  if (atlas_excerpt_get_translation (excerpt) == NULL)
    return FALSE;
  translation = reference_fold (atlas_excerpt_get_translation (excerpt));
  return strstr (translation, q) != NULL;
}

/* The records of @kind whose text, folded by the reference, contains the
 * folded query: what the search must find, computed the slow way. */
static guint
count_excerpts_containing (AtlasDataset *dataset,
                           const char   *query)
{
  GListModel *excerpts = atlas_dataset_get_excerpts (dataset);
  g_autofree char *q = g_strstrip (reference_fold (query));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
    {
      g_autoptr(AtlasExcerpt) excerpt = g_list_model_get_item (excerpts, i);

      n += excerpt_contains (excerpt, q);
    }
  return n;
}

static AtlasDataset *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_builtin (&error);

  g_assert_no_error (error);
  return dataset;
}

static gboolean
matches_contain (AtlasSearch     *search,
                 AtlasSearchKind  kind,
                 GObject         *record)
{
  for (guint i = 0; i < atlas_search_get_n_matches (search, kind); i++)
    if (atlas_search_get_match (search, kind, i) == record)
      return TRUE;
  return FALSE;
}

static void
test_builtin_kinds (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasSearch) search = atlas_search_new (dataset);
  GObject *korea = G_OBJECT (atlas_dataset_find_partner (dataset, "kor"));
  GObject *cyber = G_OBJECT (atlas_dataset_find_area (dataset, "cyber"));
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  guint n_korean = 0;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);

      n_korean += atlas_programme_get_partner (programme) == ATLAS_PARTNER (korea);
    }
  g_assert_cmpuint (n_korean, >, 0);

  /* A partner's programmes are found by its name */
  atlas_search_set_query (search, "KOREA");
  g_assert_cmpuint (atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_PARTNER), ==, 1);
  g_assert_true (atlas_search_get_match (search, ATLAS_SEARCH_KIND_PARTNER, 0) == korea);
  g_assert_cmpuint (atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_PROGRAMME), ==, n_korean);
  g_assert_cmpuint (atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_EXCERPT), ==,
                    count_excerpts_containing (dataset, "korea"));

  /* An area is found by another source's wording of it */
  atlas_search_set_query (search, "Cyber Défence");
  g_assert_true (matches_contain (search, ATLAS_SEARCH_KIND_AREA, cyber));
  atlas_search_set_query (search, "cybersecurity");
  g_assert_true (matches_contain (search, ATLAS_SEARCH_KIND_AREA, cyber));

  /* Case and accents do not matter */
  atlas_search_set_query (search, "defence");
  {
    guint n = atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_EXCERPT);

    g_assert_cmpuint (n, >, 0);
    g_assert_cmpuint (n, ==, count_excerpts_containing (dataset, "defence"));
    atlas_search_set_query (search, "DÉFENCE");
    g_assert_cmpuint (atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_EXCERPT), ==, n);
  }

  atlas_search_set_query (search, "");
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    g_assert_cmpuint (atlas_search_get_n_matches (search, kind), ==, 0);
}

/* A generated dataset with many excerpts, a few of them accented, to check
 * the scan across record boundaries and the incremental path against the
 * reference. */
static AtlasDataset *
generate_dataset (guint n_excerpts)
{
  static const char *words[] = {
    "cyber", "defence", "Défense", "space", "ITPP", "NATO", "maritime", "résilience",
    "interoperability", "대한민국", "science", "partner", "a", "ab", "abc",
  };
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;
  GRand *rand = g_rand_new_with_seed (42);

  g_string_append (json, "{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"Generated\","
                         "\"partners\":[{\"id\":\"p\",\"name\":\"Partner\"}],"
                         "\"areas\":[{\"id\":\"a\",\"name\":\"Area\"}],"
                         "\"documents\":[{\"id\":\"d\",\"title\":\"Document\"}],"
                         "\"programmes\":[],\"excerpts\":[");
  for (guint i = 0; i < n_excerpts; i++)
    {
      guint n_words = g_rand_int_range (rand, 1, 12);

      g_string_append_printf (json, "%s{\"id\":\"x%u\",\"document\":\"d\",\"text\":\"", i ? "," : "", i);
      for (guint w = 0; w < n_words; w++)
        g_string_append_printf (json, "%s%s", w ? " " : "",
                                words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      g_string_append (json, "\"}");
    }
  g_string_append (json, "]}");
  g_rand_free (rand);

  dataset = atlas_loader_load_data (json->str, json->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

static void
test_incremental (void)
{
  static const char *typed[] = {
    "d", "de", "def", "defe", "defen", "defens", "defense", "defence", "c", "cy", "cyber",
    "cyber ", "cyber d", "a", "ab", "abc", "b", "대", "대한", "résil", "RESIL", "zzz", "",
  };
  g_autoptr(AtlasDataset) dataset = generate_dataset (3000);
  g_autoptr(AtlasSearch) typing = atlas_search_new (dataset);

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(AtlasSearch) fresh = atlas_search_new (dataset);
      const GArray *a, *b;

      atlas_search_set_query (typing, typed[i]);
      atlas_search_set_query (fresh, typed[i]);
      a = atlas_search_matches_get_indices (ATLAS_SEARCH_MATCHES (atlas_search_get_matches (typing, ATLAS_SEARCH_KIND_EXCERPT)));
      b = atlas_search_matches_get_indices (ATLAS_SEARCH_MATCHES (atlas_search_get_matches (fresh, ATLAS_SEARCH_KIND_EXCERPT)));

      g_test_message ("query “%s”", typed[i]);
      g_assert_cmpuint (a->len, ==, b->len);
      g_assert_cmpmem (a->data, a->len * sizeof (guint), b->data, b->len * sizeof (guint));
      if (*typed[i] != '\0')
        g_assert_cmpuint (a->len, ==, count_excerpts_containing (dataset, typed[i]));
    }
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  guint *changes = user_data;

  g_assert_cmpuint (position, ==, 0);
  changes[0] += removed;
  changes[1] += added;
  changes[2]++;
}

/* The lists tell their views what changed, and their length follows */
static void
test_matches_model (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasSearch) search = atlas_search_new (dataset);
  GListModel *excerpts = atlas_search_get_matches (search, ATLAS_SEARCH_KIND_EXCERPT);
  guint changes[3] = { 0, 0, 0 };
  guint n;

  g_assert_true (g_list_model_get_item_type (excerpts) == G_TYPE_OBJECT);
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), ==, 0);
  g_signal_connect (excerpts, "items-changed", G_CALLBACK (items_changed_cb), changes);

  atlas_search_set_query (search, "itpp");
  n = g_list_model_get_n_items (excerpts);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (changes[1], ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (excerpts, i);

      g_assert_true (ATLAS_IS_EXCERPT (item));
      g_assert_true (excerpt_contains (ATLAS_EXCERPT (item), "itpp"));
    }
  g_assert_null (g_list_model_get_item (excerpts, n));

  /* Setting the same query again changes nothing */
  atlas_search_set_query (search, "  ITPP ");
  g_assert_cmpuint (changes[2], ==, 1);

  atlas_search_set_query (search, NULL);
  g_assert_cmpuint (changes[0], ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), ==, 0);
}

/* A passage in Japanese is found by the English words of the editors'
 * translation, and by its own words; one without a translation is not
 * found by words it does not have */
static void
test_translation (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "version-2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_file (file, NULL, NULL, &error);
  g_autoptr(AtlasSearch) search = NULL;
  GListModel *excerpts;
  g_autoptr(GObject) first = NULL;

  g_assert_no_error (error);
  search = atlas_search_new (dataset);
  excerpts = atlas_search_get_matches (search, ATLAS_SEARCH_KIND_EXCERPT);

  atlas_search_set_query (search, "Cyber and SPACE");
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), ==, 1);
  first = g_list_model_get_item (excerpts, 0);
  g_assert_true (first == G_OBJECT (atlas_dataset_find_excerpt (dataset, "x-ja")));

  atlas_search_set_query (search, "宇宙");
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), ==, 1);

  /* “cyber defence” is the French passage's translation and the English
   * passage's text, not the Korean blog's */
  atlas_search_set_query (search, "cyber defence");
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), ==, count_excerpts_containing (dataset, "cyber defence"));
}

/* Whether @text, folded by the reference, contains the folded @q */
static gboolean
text_contains (const char *text,
               const char *q)
{
  g_autofree char *folded = NULL;

  if (text == NULL)
    return FALSE;
  folded = reference_fold (text);
  return strstr (folded, q) != NULL;
}

/* Events are found by their title and note, computed the slow way */
static void
test_events (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasSearch) search = atlas_search_new (dataset);
  GListModel *events = atlas_dataset_get_events (dataset);
  GObject *ccdcoe = G_OBJECT (atlas_dataset_find_event (dataset, "ev-kor-2022-ccdcoe"));
  guint expected = 0;

  g_assert_nonnull (ccdcoe);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      expected += text_contains (atlas_event_get_title (event), "cyber") ||
                  text_contains (atlas_event_get_note (event), "cyber");
    }
  g_assert_cmpuint (expected, >=, 2);

  atlas_search_set_query (search, "cyber");
  g_assert_cmpuint (atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_EVENT), ==, expected);
  g_assert_true (matches_contain (search, ATLAS_SEARCH_KIND_EVENT, ccdcoe));
  g_assert_cmpstr (atlas_search_get_matched_text (search, ccdcoe), ==,
                   atlas_event_get_title (ATLAS_EVENT (ccdcoe)));

  /* Upper case, full-width and an accent the text does not have find the same */
  for (guint i = 0; i < 3; i++)
    {
      static const char *queries[] = { "CYBER", "ＣＹＢＥＲ", "cybér" };

      atlas_search_set_query (search, queries[i]);
      g_assert_cmpuint (atlas_search_get_n_matches (search, ATLAS_SEARCH_KIND_EVENT), ==, expected);
    }
}

/* A programme is found by its own wording of an area, a document by its
 * author and publisher, and the text that matched is the one that holds
 * the query */
static void
test_programmes_documents (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasSearch) search = atlas_search_new (dataset);
  GObject *kor_itpp = G_OBJECT (atlas_dataset_find_programme (dataset, "kor-itpp"));
  GObject *hybrid = G_OBJECT (atlas_dataset_find_area (dataset, "hybrid-threats"));
  GObject *cyber = G_OBJECT (atlas_dataset_find_area (dataset, "cyber"));
  GListModel *documents = atlas_dataset_get_documents (dataset);
  AtlasDocument *authored = NULL;
  AtlasDocument *published = NULL;
  const char *matched;

  atlas_search_set_query (search, "cybersecurity");
  g_assert_true (matches_contain (search, ATLAS_SEARCH_KIND_PROGRAMME, kor_itpp));
  matched = atlas_search_get_matched_text (search, kor_itpp);
  g_assert_nonnull (matched);
  g_assert_true (text_contains (matched, "cybersecurity"));
  g_assert_cmpstr (matched, !=, atlas_programme_get_title (ATLAS_PROGRAMME (kor_itpp)));

  /* The area's name when that matches, else the wording that did */
  atlas_search_set_query (search, "cyber");
  g_assert_cmpstr (atlas_search_get_matched_text (search, cyber), ==, atlas_area_get_name (ATLAS_AREA (cyber)));
  matched = atlas_search_get_matched_text (search, hybrid);
  g_assert_nonnull (matched);
  g_assert_true (text_contains (matched, "cyber"));
  g_assert_false (text_contains (atlas_area_get_name (ATLAS_AREA (hybrid)), "cyber"));
  g_assert_null (atlas_search_get_matched_text (search, G_OBJECT (atlas_dataset_find_partner (dataset, "kor"))));

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AtlasDocument) document = g_list_model_get_item (documents, i);
      const char * const *authors = atlas_document_get_authors (document);
      g_autofree char *author = authors != NULL && authors[0] != NULL ? reference_fold (authors[0]) : NULL;

      /* An author whose name is not in the title, so that only the author field can match */
      if (authored == NULL && author != NULL && !text_contains (atlas_document_get_title (document), author))
        authored = document;
      if (published == NULL && atlas_document_get_publisher (document) != NULL)
        published = document;
    }
  g_assert_nonnull (authored);
  g_assert_nonnull (published);

  {
    g_autofree char *upper = g_utf8_strup (atlas_document_get_authors (authored)[0], -1);

    atlas_search_set_query (search, upper);
    g_assert_true (matches_contain (search, ATLAS_SEARCH_KIND_DOCUMENT, G_OBJECT (authored)));
    g_assert_cmpstr (atlas_search_get_matched_text (search, G_OBJECT (authored)), ==,
                     atlas_document_get_authors (authored)[0]);
  }
  atlas_search_set_query (search, atlas_document_get_publisher (published));
  g_assert_true (matches_contain (search, ATLAS_SEARCH_KIND_DOCUMENT, G_OBJECT (published)));
}

static void
test_kind_names (void)
{
  static const char *names[] = { "programme", "partner", "area", "event", "document", "excerpt" };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == ATLAS_SEARCH_N_KINDS);
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      g_assert_cmpstr (atlas_search_kind_to_name (kind), ==, names[kind]);
      g_assert_nonnull (atlas_search_kind_to_label (kind));
    }
}

static void
test_snippet (void)
{
  static const char *long_text =
    "The two sides agreed to deepen their cooperation in many fields over the next four years, "
    "including cyber defence, maritime security, humanitarian assistance and disaster relief, "
    "non-proliferation, science and technology, and strategic communications, as the programme says.";
  g_autofree char *s = atlas_search_snippet (long_text, "CYBER DÉFENCE", 20, 30);
  g_autofree char *start = atlas_search_snippet (long_text, "two sides", 20, 30);
  g_autofree char *end = atlas_search_snippet (long_text, "programme says", 20, 30);
  g_autofree char *none = atlas_search_snippet (long_text, "space", 10, 10);
  g_autofree char *whole = atlas_search_snippet ("cyber defence", "defence", 40, 100);
  g_autofree char *cjk = atlas_search_snippet ("日本とNATOは2026年までの4年間を対象に、サイバー防衛や宇宙安全保障など新たな課題に対応するための協力文書を発表しました。",
                                               "サイバー", 5, 5);

  /* The match whole, some words either side, cut between words */
  g_assert_nonnull (strstr (s, "cyber defence"));
  g_assert_true (g_str_has_prefix (s, "…"));
  g_assert_true (g_str_has_suffix (s, "…"));
  g_assert_cmpuint (g_utf8_strlen (s, -1), <, g_utf8_strlen (long_text, -1) / 2);
  g_assert_true (strstr (long_text, s + strlen ("…")) == NULL); /* cut at the end */
  {
    g_autofree char *inner = g_strndup (s + strlen ("…"), strlen (s) - 2 * strlen ("…"));

    g_assert_nonnull (strstr (long_text, inner));
    /* Whole words: the characters around the cut in the text are spaces */
    g_assert_true (strstr (long_text, inner)[-1] == ' ');
    g_assert_true (strstr (long_text, inner)[strlen (inner)] == ' ' ||
                   strstr (long_text, inner)[strlen (inner)] == ',');
  }

  /* No mark on the side that was not cut */
  g_assert_true (g_str_has_prefix (start, "The two sides"));
  g_assert_true (g_str_has_suffix (end, "programme says."));
  g_assert_false (g_str_has_prefix (end, "The"));

  /* Without a match, the beginning */
  g_assert_true (g_str_has_prefix (none, "The two"));
  g_assert_true (g_str_has_suffix (none, "…"));

  g_assert_cmpstr (whole, ==, "cyber defence");

  /* Text without spaces is cut where the context ends, the match whole */
  g_assert_nonnull (strstr (cjk, "サイバー"));
  g_assert_true (g_str_has_prefix (cjk, "…"));
  g_assert_true (g_str_has_suffix (cjk, "…"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/fold-hangul", test_fold_hangul);
  g_test_add_func ("/search/find", test_find);
  g_test_add_func ("/search/builtin-kinds", test_builtin_kinds);
  g_test_add_func ("/search/incremental", test_incremental);
  g_test_add_func ("/search/matches-model", test_matches_model);
  g_test_add_func ("/search/translation", test_translation);
  g_test_add_func ("/search/events", test_events);
  g_test_add_func ("/search/programmes-documents", test_programmes_documents);
  g_test_add_func ("/search/kind-names", test_kind_names);
  g_test_add_func ("/search/snippet", test_snippet);

  return g_test_run ();
}
