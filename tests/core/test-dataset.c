/* test-dataset.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in dataset's promises: every claim rests on an excerpt, every
 * excerpt is a real passage of its source, and the facts that the sources
 * disagree on are kept as disagreements. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "atlas-area.h"
#include "atlas-claim.h"
#include "atlas-comparison.h"
#include "atlas-date.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-wording.h"

static AtlasDataset *dataset;

static void
test_partners (void)
{
  static const char *ids[] = { "aus", "jpn", "kor", "nzl" };

  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_partners (dataset)), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      AtlasPartner *partner = atlas_dataset_find_partner (dataset, ids[i]);
      GListModel *programmes;
      gboolean ipcp = FALSE, itpp = FALSE;

      g_assert_nonnull (partner);
      programmes = atlas_dataset_get_partner_programmes (dataset, partner);
      for (guint k = 0; k < g_list_model_get_n_items (programmes); k++)
        {
          g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, k);

          ipcp |= atlas_programme_get_programme_type (p) == ATLAS_PROGRAMME_TYPE_IPCP;
          itpp |= atlas_programme_get_programme_type (p) == ATLAS_PROGRAMME_TYPE_ITPP;
        }
      g_assert_true (ipcp);
      g_assert_true (itpp);
    }
}

static void
test_rok_itpp_areas (void)
{
  AtlasProgramme *itpp = atlas_dataset_find_programme (dataset, "kor-itpp");
  GListModel *areas = atlas_programme_get_areas (itpp);
  guint listed = 0;
  /* RUSI, CSDS and two Korean reports each reproduce the list of eleven */
  enum { N_LISTS = 4 };
  gboolean seen[N_LISTS][12] = { { FALSE } };
  AtlasProgrammeArea *cyber;

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, i);
      GPtrArray *wordings = atlas_programme_area_get_wordings (pa);

      if (atlas_programme_area_get_status (pa) != ATLAS_AREA_STATUS_LISTED)
        continue;
      listed++;
      /* Every source's list: each wording has its place in its own list */
      g_assert_cmpuint (wordings->len, ==, N_LISTS);
      for (guint w = 0; w < N_LISTS; w++)
        {
          guint position = atlas_wording_get_position (g_ptr_array_index (wordings, w));

          g_assert_cmpuint (position, >=, 1);
          g_assert_cmpuint (position, <=, 11);
          g_assert_false (seen[w][position]);
          seen[w][position] = TRUE;
        }
    }
  g_assert_cmpuint (listed, ==, 11);

  /* "cybersecurity" in one list, "cyber defence" in the other: one area */
  cyber = atlas_programme_find_area (itpp, atlas_dataset_find_area (dataset, "cyber"));
  g_assert_nonnull (cyber);
  {
    GPtrArray *wordings = atlas_programme_area_get_wordings (cyber);
    const char *a = atlas_wording_get_text (g_ptr_array_index (wordings, 0));
    const char *b = atlas_wording_get_text (g_ptr_array_index (wordings, 1));

    g_assert_true ((g_str_equal (a, "cybersecurity") && g_str_equal (b, "cyber defence")) ||
                   (g_str_equal (b, "cybersecurity") && g_str_equal (a, "cyber defence")));
  }
}

static void
test_conflicts_kept (void)
{
  AtlasProgramme *itpp = atlas_dataset_find_programme (dataset, "kor-itpp");
  GPtrArray *signed_ = atlas_programme_get_signed (itpp);
  gboolean eleventh = FALSE, thirteenth = FALSE;
  GPtrArray *since = atlas_partner_get_relations_since (atlas_dataset_find_partner (dataset, "kor"));

  for (guint i = 0; i < signed_->len; i++)
    {
      AtlasClaim *claim = g_ptr_array_index (signed_, i);
      g_autofree char *date = atlas_date_to_iso (atlas_claim_get_date (claim));

      g_assert_cmpuint (atlas_claim_get_evidence (claim)->len, >, 0);
      eleventh |= g_strcmp0 (date, "2023-07-11") == 0;
      thirteenth |= g_strcmp0 (date, "2023-07-13") == 0;
    }
  g_assert_true (eleventh);
  g_assert_true (thirteenth);
  g_assert_cmpuint (since->len, >=, 2);
}

static void
test_evidence_everywhere (void)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  GListModel *events = atlas_dataset_get_events (dataset);
  gboolean planned_period = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);
      GListModel *areas = atlas_programme_get_areas (p);
      GPtrArray *signed_ = atlas_programme_get_signed (p);

      for (guint k = 0; k < g_list_model_get_n_items (areas); k++)
        {
          g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, k);
          g_assert_cmpuint (atlas_programme_area_get_evidence (pa)->len, >, 0);
        }
      for (guint k = 0; k < signed_->len; k++)
        g_assert_cmpuint (atlas_claim_get_evidence (g_ptr_array_index (signed_, k))->len, >, 0);
      if (atlas_date_is_set (atlas_programme_get_period_start (p)))
        g_assert_cmpuint (atlas_programme_get_period_evidence (p)->len, >, 0);
    }

  g_assert_cmpuint (g_list_model_get_n_items (events), >=, 25);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) e = g_list_model_get_item (events, i);

      g_assert_cmpuint (atlas_event_get_evidence (e)->len, >, 0);
      if (atlas_event_get_planned (e) && atlas_event_get_date (e)->year == 2027 &&
          atlas_event_get_end (e)->year == 2030)
        planned_period = TRUE;
    }
  g_assert_true (planned_period);
}

static void
test_documents (void)
{
  GListModel *documents = atlas_dataset_get_documents (dataset);

  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_excerpts (dataset)), >=, 40);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AtlasDocument) d = g_list_model_get_item (documents, i);

      g_assert_nonnull (atlas_document_get_title (d));
      g_assert_nonnull (atlas_document_get_publisher (d));
      g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_document_excerpts (dataset, d)), >, 0);
    }
}

/* Every document is cited as its page shows it: a real or a marked
 * descriptive title (never a bare number), a publisher that is not this
 * project, and the address of every web page. */
static void
test_citations (void)
{
  GListModel *documents = atlas_dataset_get_documents (dataset);
  g_autoptr(GRegex) bare_number = g_regex_new ("(item|article|page|remarks) [0-9]+( |$)", 0, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AtlasDocument) d = g_list_model_get_item (documents, i);
      const char *title = atlas_document_get_title (d);

      g_assert_false (g_regex_match (bare_number, title, 0, NULL));
      g_assert_null (strstr (atlas_document_get_publisher (d), "Partnership Atlas"));
      /* Every document but the CSDS brief, whose address is unconfirmed, is a web page */
      if (!g_str_equal (atlas_document_get_id (d), "csds"))
        g_assert_nonnull (atlas_document_get_url (d));
    }
}

/* The second release: a version, a changelog and a licence; every
 * document cited with its language, kind and date (or undated); every
 * non-English excerpt in its language, with the editors' translation
 * into English; at least 100 known comparison cells, and no programme
 * without area data but those the sources leave unconfirmed */
static void
test_second_release (void)
{
  static const char *unconfirmed[] = { "jpn-ipcp-2018", "aus-ipcp-2013", "kor-itpp-2027", NULL };
  GListModel *documents = atlas_dataset_get_documents (dataset);
  GListModel *excerpts = atlas_dataset_get_excerpts (dataset);
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(AtlasComparison) comparison = NULL;
  guint known = 0, translated = 0;

  g_assert_nonnull (atlas_dataset_get_current_release (dataset));
  g_assert_cmpuint (atlas_dataset_get_changelog (dataset)->len, >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AtlasDocument) d = g_list_model_get_item (documents, i);

      g_assert_nonnull (atlas_document_get_language (d));
      g_assert_cmpint (atlas_document_get_undated (d), !=, atlas_date_is_set (atlas_document_get_date (d)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (excerpts, i);
      const char *language = atlas_excerpt_get_language (x);

      g_assert_nonnull (language);
      if (!g_str_has_prefix (language, "en"))
        {
          /* The editors' English, labelled as theirs, never in place of the quote */
          g_assert_nonnull (atlas_excerpt_get_translation (x));
          g_assert_cmpstr (atlas_excerpt_get_translation_language (x), ==, "en");
          g_assert_cmpstr (atlas_excerpt_get_translation (x), !=, atlas_excerpt_get_text (x));
          translated++;
        }
    }
  g_assert_cmpuint (translated, >, 0);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      AtlasProgramme *p = g_list_model_get_item (programmes, i);

      g_ptr_array_add (all, p);
      g_object_unref (p);    /* the dataset keeps it */
      g_assert_cmpint (atlas_comparison_has_area_data (p), !=,
                       g_strv_contains (unconfirmed, atlas_programme_get_id (p)));
    }
  comparison = atlas_comparison_new (dataset, all);
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    known += atlas_comparison_count_known (comparison, r);
  g_assert_cmpuint (known, >=, 100);
}

/* Runs of white space count as one space: the sources are wrapped text. */
static char *
fold_space (const char *text)
{
  GString *s = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0)
        space = TRUE;
      else
        {
          if (space && s->len > 0)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_unichar (s, c);
        }
    }
  return g_string_free (s, FALSE);
}

/* The source file a document or an excerpt names, folded; NULL if it has none */
static const char *
source_text (GHashTable *texts,
             const char *sources,
             JsonObject *record)
{
  const char *file = json_object_get_string_member_with_default (record, "x-source-file", NULL);
  g_autofree char *path = NULL;
  char *contents = NULL;

  if (file == NULL)
    return NULL;
  if (g_hash_table_contains (texts, file))
    return g_hash_table_lookup (texts, file);
  path = g_build_filename (sources, file, NULL);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_hash_table_insert (texts, g_strdup (file), fold_space (contents));
  g_free (contents);
  return g_hash_table_lookup (texts, file);
}

static void
test_excerpts_verbatim (void)
{
  const char *root = g_getenv ("ATLAS_SOURCE_ROOT");
  g_autofree char *sources = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_document = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_excerpt = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *top;
  JsonArray *documents, *excerpts;
  guint checked = 0;

  g_assert_nonnull (root);
  sources = g_build_filename (root, "..", "shared", "sources", NULL);
  if (!g_file_test (sources, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/sources is not beside the checkout");
      return;
    }

  /* The mapping from document (or, where one passage comes from another
   * file, from excerpt) to source file is an x- member, which the loader
   * ignores, so read it from the JSON itself. */
  json = g_build_filename (root, "data", "atlas-dataset.json", NULL);
  g_assert_true (json_parser_load_from_file (parser, json, NULL));
  top = json_node_get_object (json_parser_get_root (parser));
  documents = json_object_get_array_member (top, "documents");
  for (guint i = 0; i < json_array_get_length (documents); i++)
    {
      JsonObject *d = json_array_get_object_element (documents, i);
      const char *text = source_text (texts, sources, d);

      g_assert_nonnull (text);
      g_hash_table_insert (by_document, (gpointer) json_object_get_string_member (d, "id"), (gpointer) text);
    }
  excerpts = json_object_get_array_member (top, "excerpts");
  for (guint i = 0; i < json_array_get_length (excerpts); i++)
    {
      JsonObject *x = json_array_get_object_element (excerpts, i);
      const char *text = source_text (texts, sources, x);

      if (text != NULL)
        g_hash_table_insert (by_excerpt, (gpointer) json_object_get_string_member (x, "id"), (gpointer) text);
    }

  for (guint i = 0; i < g_list_model_get_n_items (atlas_dataset_get_excerpts (dataset)); i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (atlas_dataset_get_excerpts (dataset), i);
      const char *source = g_hash_table_lookup (by_excerpt, atlas_excerpt_get_id (x));
      g_autofree char *text = fold_space (atlas_excerpt_get_text (x));
      g_auto(GStrv) pieces = NULL;

      if (source == NULL)
        source = g_hash_table_lookup (by_document, atlas_document_get_id (atlas_excerpt_get_document (x)));
      g_assert_nonnull (source);
      /* An omission “…” splits a quotation into verbatim pieces */
      pieces = g_strsplit (text, "…", -1);
      for (guint k = 0; pieces[k]; k++)
        {
          g_strstrip (pieces[k]);
          if (*pieces[k] == '\0' || g_str_equal (pieces[k], "[") || g_str_equal (pieces[k], "]"))
            continue;
          if (strstr (source, pieces[k]) == NULL)
            g_error ("Excerpt %s is not verbatim in its source: “%s”", atlas_excerpt_get_id (x), pieces[k]);
        }
      checked++;
    }
  g_assert_cmpuint (checked, >=, 40);
}

typedef struct
{
  GMutex mutex;
  GCond cond;
  gboolean freed;
  GThread *thread;
} Freed;

/* Object data goes last, once the dataset has freed its records */
static void
freed_cb (gpointer data)
{
  Freed *freed = data;

  g_mutex_lock (&freed->mutex);
  freed->freed = TRUE;
  freed->thread = g_thread_self ();
  g_cond_signal (&freed->cond);
  g_mutex_unlock (&freed->mutex);
}

/* The last reference goes to another thread, which frees the dataset and
 * its records; an earlier one is simply dropped */
static void
test_release (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *loaded = atlas_loader_load_builtin (&error);
  g_autoptr(AtlasProgramme) kept = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  Freed freed = { 0 };

  g_assert_no_error (error);
  g_mutex_init (&freed.mutex);
  g_cond_init (&freed.cond);
  g_object_set_data_full (G_OBJECT (loaded), "test-freed", &freed, freed_cb);
  kept = g_list_model_get_item (atlas_dataset_get_programmes (loaded), 0);

  g_object_ref (loaded);
  atlas_dataset_release (loaded);
  g_assert_false (freed.freed);
  g_assert_cmpint (G_OBJECT (loaded)->ref_count, ==, 1);

  atlas_dataset_release (loaded);
  g_mutex_lock (&freed.mutex);
  while (!freed.freed)
    if (!g_cond_wait_until (&freed.cond, &freed.mutex, deadline))
      break;
  g_mutex_unlock (&freed.mutex);
  g_assert_true (freed.freed);
  g_assert_true (freed.thread != g_thread_self ());

  /* A record someone still holds outlives its dataset */
  g_assert_cmpstr (atlas_programme_get_id (kept), !=, NULL);
  g_mutex_clear (&freed.mutex);
  g_cond_clear (&freed.cond);
}

/* Whether @text gives @number as a number of its own, not as part of a
 * longer one (“11” in “July 11”, not in “2011”) */
static gboolean
states_number (const char *text,
               guint       number)
{
  g_autofree char *pattern = g_strdup_printf ("(?<![0-9])%u(?![0-9])", number);

  return g_regex_match_simple (pattern, text, 0, 0);
}

/* Every excerpt cited for a signing date states that date: its year, or
 * the day of a date known to the day (“VILNIUS, July 11”, “오는 20일”).
 * A passage that says what was done but not when (“we have now finalized
 * our programme”, “on Tuesday”) supports the programme, not the date. */
static void
test_dates_stated (void)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  guint checked = 0;

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);
      GPtrArray *claims = atlas_programme_get_signed (p);

      for (guint c = 0; claims != NULL && c < claims->len; c++)
        {
          AtlasClaim *claim = g_ptr_array_index (claims, c);
          const AtlasDate *date = atlas_claim_get_date (claim);
          GPtrArray *evidence = atlas_claim_get_evidence (claim);

          g_assert_true (evidence != NULL && evidence->len > 0);
          for (guint k = 0; k < evidence->len; k++)
            {
              AtlasExcerpt *x = g_ptr_array_index (evidence, k);
              const char *text = atlas_excerpt_get_text (x);

              if (!states_number (text, date->year) &&
                  !(date->precision == ATLAS_DATE_PRECISION_DAY && states_number (text, date->day)))
                g_error ("%s: excerpt %s, cited for its signing in %u, does not state the date: “%s”",
                         atlas_programme_get_id (p), atlas_excerpt_get_id (x), date->year, text);
              checked++;
            }
        }
    }
  g_assert_cmpuint (checked, >=, 20);

  /* The ROK ITPP's two dates, each with the sources that state it */
  {
    AtlasProgramme *itpp = atlas_dataset_find_programme (dataset, "kor-itpp");
    GPtrArray *claims = atlas_programme_get_signed (itpp);
    GPtrArray *july_11 = atlas_claim_get_evidence (g_ptr_array_index (claims, 0));

    g_assert_cmpuint (claims->len, ==, 2);
    g_assert_cmpuint (july_11->len, ==, 2);
    for (guint k = 0; k < july_11->len; k++)
      g_assert_null (strstr (atlas_excerpt_get_text (g_ptr_array_index (july_11, k)), "finalized"));
  }
}

/* No locator is the editors' key into their notes (“stored quote (P5)”) */
static void
test_locators_readable (void)
{
  GListModel *excerpts = atlas_dataset_get_excerpts (dataset);
  g_autoptr(GRegex) key = g_regex_new ("\\(P[0-9]+\\)|stored quote|as recorded", 0, 0, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (excerpts, i);
      const char *locator = atlas_excerpt_get_locator (x);

      if (locator != NULL && g_regex_match (key, locator, 0, NULL))
        g_error ("Excerpt %s has an internal key for locator: “%s”", atlas_excerpt_get_id (x), locator);
    }
}

/* The numbers of areas say what they count: listed and reported apart,
 * the sources' own number beside them, and words, never “0”, for a
 * programme of which no source names an area */
static void
test_area_numbers (void)
{
  const struct { const char *id; const char *known; const char *total; const char *whole; } cases[] = {
    { "kor-itpp", "11 listed · 8 reported", "11 areas, 11 known", "11 areas, 11 known; 8 more reported beyond its list" },
    { "jpn-ipcp-2020", "7 reported", "9 areas, 7 known", "9 areas, 7 known" },
    { "jpn-itpp", "16 reported", "16 areas, 16 known", "16 areas, 16 known" },
    { "aus-itpp", "8 reported", NULL, NULL },
    { "jpn-ipcp-2018", "No area data", NULL, NULL },
    { "aus-ipcp-2013", "No area data", NULL, NULL },
    { "kor-itpp-2027", "No area data", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AtlasProgramme *p = atlas_dataset_find_programme (dataset, cases[i].id);
      g_autofree char *known = atlas_programme_describe_known_areas (p);
      g_autofree char *total = atlas_programme_describe_area_total (p);
      g_autofree char *whole = atlas_programme_describe_area_count (p);

      g_test_message ("%s", cases[i].id);
      g_assert_cmpstr (known, ==, cases[i].known);
      g_assert_cmpstr (total, ==, cases[i].total);
      g_assert_cmpstr (whole, ==, cases[i].whole);
      g_assert_true (atlas_programme_has_area_data (p) == (strcmp (cases[i].known, "No area data") != 0));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  dataset = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/dataset/partners", test_partners);
  g_test_add_func ("/dataset/release", test_release);
  g_test_add_func ("/dataset/rok-itpp-areas", test_rok_itpp_areas);
  g_test_add_func ("/dataset/conflicts-kept", test_conflicts_kept);
  g_test_add_func ("/dataset/evidence-everywhere", test_evidence_everywhere);
  g_test_add_func ("/dataset/documents", test_documents);
  g_test_add_func ("/dataset/citations", test_citations);
  g_test_add_func ("/dataset/second-release", test_second_release);
  g_test_add_func ("/dataset/excerpts-verbatim", test_excerpts_verbatim);
  g_test_add_func ("/dataset/area-numbers", test_area_numbers);
  g_test_add_func ("/dataset/dates-stated", test_dates_stated);
  g_test_add_func ("/dataset/locators-readable", test_locators_readable);

  status = g_test_run ();
  g_clear_object (&dataset);
  return status;
}
