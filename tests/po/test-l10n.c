/* test-l10n.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The core in each language of po/LINGUAS, without a display: dates in
 * the translator's format, the built-in dataset's vocabulary and enum
 * labels from the po files, the excerpts and document titles verbatim;
 * and the locale-aware sorting and counting helpers. The catalogues are
 * the build tree's (ATLAS_LOCALEDIR); what they should say is read from
 * po/<lang>.po itself. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "atlas-dataset.h"
#include "atlas-date.h"
#include "atlas-document.h"
#include "atlas-enums.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"
#include "atlas-locale.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-area.h"
#include "atlas-citations.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-model.h"
#include "atlas-vocabulary.h"

#include "po-lookup.h"
#include "../timeline/timeline-test.h"

/* glibc keeps translations it has looked up; this tells it the language changed */
extern int _nl_msg_cat_cntr;

static void
use_language (const char *lang)
{
  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;
}

/* What the po file says, which must differ from the English */
static char *
expect (const char *lang,
        const char *context,
        const char *msgid)
{
  char *translation = po_lookup (lang, context, msgid);

  if (translation == NULL)
    g_error ("po/%s.po has no translation of “%s” (%s)", lang, msgid, context ? context : "no context");
  return translation;
}

static AtlasDate
date (const char *iso)
{
  AtlasDate d;
  g_autoptr(GError) error = NULL;

  g_assert_true (atlas_date_parse (iso, &d, &error));
  g_assert_no_error (error);
  return d;
}

static void
test_dates (gconstpointer data)
{
  static const struct {
    const char *lang, *year, *month, *day, *short_month, *short_day;
  } known[] = {
    { "fr", "2023", "juillet 2023", "13 juillet 2023", "juil. 2023", "13 juil. 2023" },
    { "ja", "2023年", "2023年7月", "2023年7月13日", "2023/7", "2023/7/13" },
    { "ko", "2023년", "2023년 7월", "2023년 7월 13일", "2023. 7.", "2023. 7. 13." },
  };
  const char *lang = data;
  AtlasDate year = date ("2023"), month = date ("2023-07"), day = date ("2023-07-13");
  g_autofree char *y = NULL, *m = NULL, *d = NULL, *sy = NULL, *sm = NULL, *sd = NULL;

  use_language (lang);
  y = atlas_date_format (&year);
  m = atlas_date_format (&month);
  d = atlas_date_format (&day);
  sy = atlas_date_format_short (&year);
  sm = atlas_date_format_short (&month);
  sd = atlas_date_format_short (&day);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (known[i].lang, lang))
      {
        g_assert_cmpstr (y, ==, known[i].year);
        g_assert_cmpstr (m, ==, known[i].month);
        g_assert_cmpstr (d, ==, known[i].day);
        /* Table cells: short, as precise */
        g_assert_cmpstr (sy, ==, known[i].year);
        g_assert_cmpstr (sm, ==, known[i].short_month);
        g_assert_cmpstr (sd, ==, known[i].short_day);
        return;
      }

  /* A language without expectations here: at least translated, and with
   * no more precision than the date has */
  g_assert_cmpstr (m, !=, "July 2023");
  g_assert_null (strstr (m, "13"));
  g_assert_nonnull (strstr (d, "13"));
}

static AtlasDataset *builtin (gboolean translated);

/* The labels of the timeline's ruler over a view, in order, with the
 * checks every ruler must pass whatever the language: in view, one after
 * another without touching */
static GPtrArray *
ruler_labels (AtlasTimelineModel *model,
              double              width,
              guint32             start,
              double              span,
              guint              *step)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  g_autoptr(AtlasTimelineLayout) layout = NULL;
  const AtlasTimelineTick *ticks;
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);
  double last_end = -G_MAXDOUBLE;
  guint n_ticks;

  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_font_description (context, font);
  layout = atlas_timeline_layout_new (model, context);
  g_object_unref (context);
  atlas_timeline_layout_set_width (layout, width);
  atlas_timeline_layout_set_view (layout, start, span);
  *step = atlas_timeline_layout_get_tick_step (layout);
  ticks = atlas_timeline_layout_get_ticks (layout, &n_ticks);
  for (guint t = 0; t < n_ticks; t++)
    {
      if (ticks[t].text == NULL)
        continue;
      g_assert_cmpfloat (ticks[t].text_rect.x, >, last_end);
      g_assert_cmpfloat (ticks[t].text_rect.x + ticks[t].text_rect.width, <=, width);
      last_end = ticks[t].text_rect.x + ticks[t].text_rect.width;
      g_ptr_array_add (labels, g_strdup (ticks[t].text));
    }
  return labels;
}

static void
test_ruler (gconstpointer data)
{
  /* A year from mid-January 2001: the first label is February with its
   * year, then March */
  static const struct {
    const char *lang, *first, *march;
  } known[] = {
    { "fr", "févr. 2001", "mars" },
    { "ja", "2001年2月", "3月" },
    { "ko", "2001년 2월", "3월" },
  };
  static const char *english[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  const char *lang = data;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasTimelineModel) model = NULL;
  g_autoptr(GPtrArray) months = NULL;
  g_autoptr(GPtrArray) quarters = NULL;
  guint step;

  use_language (lang);
  dataset = builtin (TRUE);
  model = atlas_timeline_model_new_for_dataset (dataset);
  months = ruler_labels (model, 1200, julian (2001, 1, 15), 365, &step);
  g_assert_cmpuint (step, ==, 1);
  g_assert_cmpuint (months->len, >=, 6);
  /* No month is named in English, whatever LC_TIME says */
  for (guint i = 0; i < months->len; i++)
    for (guint m = 0; m < G_N_ELEMENTS (english); m++)
      g_assert_null (strstr (g_ptr_array_index (months, i), english[m]));
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_str_equal (known[i].lang, lang))
      {
        g_assert_cmpstr (g_ptr_array_index (months, 0), ==, known[i].first);
        g_assert_cmpstr (g_ptr_array_index (months, 1), ==, known[i].march);
      }

  /* Narrower, the longer labels take coarser steps rather than overlap
   * (checked in ruler_labels); the year is still there */
  quarters = ruler_labels (model, 400, julian (2001, 1, 15), 3 * 365, &step);
  g_assert_cmpuint (step, >=, 3);
  g_assert_cmpuint (quarters->len, >, 1);
  for (guint i = 0; i < quarters->len; i++)
    for (guint m = 0; m < G_N_ELEMENTS (english); m++)
      g_assert_null (strstr (g_ptr_array_index (quarters, i), english[m]));
}

static AtlasDataset *
builtin (gboolean translated)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_builtin (&error);

  g_assert_no_error (error);
  if (translated)
    atlas_vocabulary_translate (dataset);
  return dataset;
}

static void
test_vocabulary (gconstpointer data)
{
  const char *lang = data;
  g_autoptr(AtlasDataset) english = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autofree char *cyber = NULL, *korea = NULL, *itpp = NULL, *title = NULL, *listed = NULL;
  GListModel *excerpts, *documents;
  AtlasProgramme *programme;

  use_language (lang);
  english = builtin (FALSE);
  dataset = builtin (TRUE);

  cyber = expect (lang, "dataset: area", "Cyber defence");
  g_assert_cmpstr (cyber, !=, "Cyber defence");
  g_assert_cmpstr (atlas_area_get_name (atlas_dataset_find_area (dataset, "cyber")), ==, cyber);
  /* loading alone translates nothing: a user's dataset is shown as written */
  g_assert_cmpstr (atlas_area_get_name (atlas_dataset_find_area (english, "cyber")), ==, "Cyber defence");

  korea = expect (lang, "dataset: partner", "Republic of Korea");
  g_assert_cmpstr (atlas_partner_get_name (atlas_dataset_find_partner (dataset, "kor")), ==, korea);

  programme = atlas_dataset_find_programme (dataset, "kor-itpp");
  itpp = expect (lang, "dataset: programme",
                 atlas_programme_get_title (atlas_dataset_find_programme (english, "kor-itpp")));
  g_assert_cmpstr (atlas_programme_get_title (programme), ==, itpp);
  /* the short label is made again from the translated names */
  g_assert_cmpstr (atlas_programme_get_short_label (programme), !=,
                   atlas_programme_get_short_label (atlas_dataset_find_programme (english, "kor-itpp")));

  title = expect (lang, "dataset: title", atlas_dataset_get_title (english));
  g_assert_cmpstr (atlas_dataset_get_title (dataset), ==, title);

  listed = expect (lang, "atlas_area_status", "Listed");
  g_assert_cmpstr (atlas_area_status_to_label (ATLAS_AREA_STATUS_LISTED), ==, listed);
  g_assert_cmpstr (atlas_area_status_to_code (ATLAS_AREA_STATUS_LISTED), ==, "listed");

  /* Quotations stay as they were written, in every language */
  excerpts = atlas_dataset_get_excerpts (dataset);
  g_assert_cmpuint (g_list_model_get_n_items (excerpts), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (excerpts, i);
      g_autoptr(AtlasExcerpt) e = g_list_model_get_item (atlas_dataset_get_excerpts (english), i);

      g_assert_cmpstr (atlas_excerpt_get_text (x), ==, atlas_excerpt_get_text (e));
    }
  documents = atlas_dataset_get_documents (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AtlasDocument) x = g_list_model_get_item (documents, i);
      g_autoptr(AtlasDocument) e = g_list_model_get_item (atlas_dataset_get_documents (english), i);

      g_assert_cmpstr (atlas_document_get_title (x), ==, atlas_document_get_title (e));
    }
}

static const char *
string_name (gpointer item)
{
  return item;
}

static void
test_collate_sort (void)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *sorted[] = { "Australia", "Japan", "New Zealand", "Republic of Korea", "Republic of Korea", NULL };

  use_language ("");
  g_ptr_array_add (names, (gpointer) "Republic of Korea");
  g_ptr_array_add (names, NULL);
  g_ptr_array_add (names, (gpointer) "New Zealand");
  g_ptr_array_add (names, (gpointer) "Australia");
  g_ptr_array_add (names, (gpointer) "Republic of Korea");
  g_ptr_array_add (names, (gpointer) "Japan");
  atlas_collate_sort (names, string_name);

  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, sorted[i]);
  for (guint i = 0; i + 1 < names->len; i++)
    g_assert_cmpint (atlas_collate (g_ptr_array_index (names, i), g_ptr_array_index (names, i + 1)), <=, 0);
  g_assert_cmpint (atlas_collate (NULL, "Japan"), >, 0);
  g_assert_cmpint (atlas_collate ("Japan", NULL), <, 0);
  g_assert_cmpint (atlas_collate (NULL, NULL), ==, 0);
}

/* A copied reference in the reader's language, the dataset's words as
 * they are */
static void
test_citation (gconstpointer data)
{
  const char *lang = data;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autofree char *undated = NULL, *accessed = NULL, *quoted = NULL, *when = NULL, *reference = NULL;
  g_autofree char *read = NULL, *before = NULL, *excerpt = NULL, *opening = NULL;
  g_autoptr(AtlasExcerpt) first = NULL;
  AtlasDocument *document;

  use_language (lang);
  dataset = builtin (TRUE);
  document = atlas_dataset_find_document (dataset, "nato-news-171177");
  undated = expect (lang, "citation", "undated");
  accessed = expect (lang, "citation", "(accessed %s)");
  quoted = expect (lang, "citation", "“%s”");
  when = atlas_date_format (atlas_document_get_accessed (document));
  /* (the translation as a format, filled in by hand) */
  before = g_strndup (accessed, strstr (accessed, "%s") - accessed);
  read = g_strconcat (before, when, strstr (accessed, "%s") + 2, NULL);

  reference = atlas_citation_reference (document);
  g_assert_true (g_str_has_prefix (reference, atlas_document_get_title (document)));
  g_assert_nonnull (strstr (reference, undated));
  g_assert_nonnull (strstr (reference, read));

  first = g_list_model_get_item (atlas_dataset_get_document_excerpts (dataset, document), 0);
  excerpt = atlas_citation_excerpt_reference (first);
  opening = g_strndup (quoted, strstr (quoted, "%s") - quoted);
  g_assert_true (g_str_has_prefix (excerpt, opening));
  g_assert_true (g_str_has_suffix (excerpt, reference));
}

static void
test_format_count (void)
{
  g_autofree char *count = atlas_format_count (1234567);
  g_autofree char *small = atlas_format_count (7);
  GString *digits = g_string_new (NULL);

  /* Grouped as the locale says (not at all in C.UTF-8): the digits stay */
  for (const char *p = count; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  g_assert_cmpstr (digits->str, ==, "1234567");
  g_assert_cmpstr (small, ==, "7");
  g_string_free (digits, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) languages = NULL;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ATLAS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  languages = po_linguas ();
  for (guint i = 0; languages[i]; i++)
    {
      g_autofree char *dates = g_strdup_printf ("/l10n/%s/dates", languages[i]);
      g_autofree char *vocabulary = g_strdup_printf ("/l10n/%s/vocabulary", languages[i]);
      g_autofree char *ruler = g_strdup_printf ("/l10n/%s/ruler", languages[i]);
      g_autofree char *citation = g_strdup_printf ("/l10n/%s/citation", languages[i]);

      g_test_add_data_func (dates, languages[i], test_dates);
      g_test_add_data_func (vocabulary, languages[i], test_vocabulary);
      g_test_add_data_func (ruler, languages[i], test_ruler);
      g_test_add_data_func (citation, languages[i], test_citation);
    }
  g_test_add_func ("/l10n/collate-sort", test_collate_sort);
  g_test_add_func ("/l10n/format-count", test_format_count);

  return g_test_run ();
}
