/* test-timeline-filter.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's filters and search as the timeline applies them, on the
 * built-in dataset, with no display. What each filter keeps is counted
 * here from the records themselves, not from the filter's code. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-dataset.h"
#include "atlas-event.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-timeline-filter.h"
#include "atlas-timeline-model.h"
#include "atlas-timeline-row.h"
#include "timeline-test.h"

static AtlasTimelineModel *
builtin_model (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();

  return atlas_timeline_model_new_for_dataset (dataset);
}

static AtlasPartner *
partner (AtlasTimelineModel *model,
         const char         *id)
{
  AtlasPartner *found = atlas_dataset_find_partner (atlas_timeline_model_get_dataset (model), id);

  g_assert_nonnull (found);
  return found;
}

static gboolean
has_record (AtlasTimelineModel *model,
            GObject            *record)
{
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    if (atlas_timeline_model_get_item (model, i)->record == record)
      return TRUE;
  return FALSE;
}

static gboolean
has_event_of (AtlasTimelineModel *model,
              AtlasProgramme     *programme)
{
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      GObject *record = atlas_timeline_model_get_item (model, i)->record;

      if (ATLAS_IS_EVENT (record) && atlas_event_get_programme (ATLAS_EVENT (record)) == programme)
        return TRUE;
    }
  return FALSE;
}

/* The items are sorted, their lanes are lanes of the model, and no lane
 * is empty */
static void
assert_well_formed (AtlasTimelineModel *model)
{
  guint n_lanes = atlas_timeline_model_get_n_lanes (model);
  g_autofree guint *per_lane = g_new0 (guint, MAX (n_lanes, 1));

  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      g_assert_cmpuint (item->lane, <, n_lanes);
      per_lane[item->lane]++;
      if (i > 0)
        g_assert_cmpuint (atlas_timeline_model_get_item (model, i - 1)->first_day, <=, item->first_day);
    }
  for (guint i = 0; i < n_lanes; i++)
    g_assert_cmpuint (per_lane[i], >, 0);
}

/* A filter that lets everything through gives the model itself */
static void
test_inactive (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) same = NULL;
  g_autoptr(AtlasTimelineModel) none = NULL;

  g_assert_false (atlas_timeline_filter_is_active (filter));
  g_assert_false (atlas_timeline_filter_is_active (NULL));
  same = atlas_timeline_filter_apply (filter, model);
  g_assert_true (same == model);
  none = atlas_timeline_filter_apply (NULL, model);
  g_assert_true (none == model);

  /* Spaces alone are no search */
  atlas_timeline_filter_set_search_text (filter, "   ");
  g_assert_false (atlas_timeline_filter_is_active (filter));
}

/* A partner keeps its lane and the NATO-wide one; its programmes, the
 * events that concern it and those that name no partner */
static void
test_partner (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) filtered = NULL;
  AtlasPartner *korea = partner (model, "kor");
  guint expected = 0;

  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      GObject *record = atlas_timeline_model_get_item (model, i)->record;
      GPtrArray *partners = ATLAS_IS_EVENT (record) ? atlas_event_get_partners (ATLAS_EVENT (record)) : NULL;
      gboolean names_korea = FALSE;

      for (guint j = 0; partners != NULL && j < partners->len; j++)
        names_korea |= g_ptr_array_index (partners, j) == korea;
      if (ATLAS_IS_PROGRAMME (record))
        expected += atlas_programme_get_partner (ATLAS_PROGRAMME (record)) == korea;
      else
        expected += names_korea || partners == NULL || partners->len == 0;
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, atlas_timeline_model_get_n_items (model));

  atlas_timeline_filter_set_partner (filter, korea);
  g_assert_true (atlas_timeline_filter_is_active (filter));
  filtered = atlas_timeline_filter_apply (filter, model);
  g_assert_true (filtered != model);
  g_assert_true (atlas_timeline_model_get_dataset (filtered) == atlas_timeline_model_get_dataset (model));
  assert_well_formed (filtered);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (filtered), ==, expected);

  /* Five lanes become two: NATO-wide, then the Republic of Korea */
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (model), ==, 5);
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (filtered), ==, 2);
  g_assert_null (atlas_timeline_model_get_lane_partner (filtered, 0));
  g_assert_true (atlas_timeline_model_get_lane_partner (filtered, 1) == korea);

  g_assert_true (has_record (filtered, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                                "kor-itpp"))));
  g_assert_false (has_record (filtered, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                                 "jpn-itpp"))));
}

/* A period event drawn by its programme's bar is found at that bar in a
 * filtered model too */
static void
test_drawn_by_programme (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) filtered = NULL;
  AtlasDataset *dataset = atlas_timeline_model_get_dataset (model);
  AtlasProgramme *itpp = atlas_dataset_find_programme (dataset, "kor-itpp");
  GListModel *events = atlas_dataset_get_events (dataset);
  AtlasEvent *period = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      if (atlas_event_get_kind (event) == ATLAS_EVENT_KIND_PERIOD && atlas_event_get_programme (event) == itpp)
        period = event;
    }
  g_assert_nonnull (period);
  g_assert_false (has_record (model, G_OBJECT (period)));
  g_assert_cmpint (atlas_timeline_model_find_record (model, G_OBJECT (period)), ==,
                   atlas_timeline_model_find_record (model, G_OBJECT (itpp)));

  atlas_timeline_filter_set_partner (filter, atlas_programme_get_partner (itpp));
  filtered = atlas_timeline_filter_apply (filter, model);
  g_assert_cmpint (atlas_timeline_model_find_record (filtered, G_OBJECT (itpp)), >=, 0);
  g_assert_cmpint (atlas_timeline_model_find_record (filtered, G_OBJECT (period)), ==,
                   atlas_timeline_model_find_record (filtered, G_OBJECT (itpp)));
}

/* A type or status keeps the programmes of that type or status and their
 * events; events of no programme stay */
static void
test_type_and_status (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) itpps = NULL;
  g_autoptr(AtlasTimelineModel) in_force = NULL;
  guint no_programme = 0;

  filter->programme_type = ATLAS_PROGRAMME_TYPE_ITPP;
  itpps = atlas_timeline_filter_apply (filter, model);
  assert_well_formed (itpps);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (itpps); i++)
    {
      GObject *record = atlas_timeline_model_get_item (itpps, i)->record;
      AtlasProgramme *programme = ATLAS_IS_PROGRAMME (record) ? ATLAS_PROGRAMME (record)
                                  : atlas_event_get_programme (ATLAS_EVENT (record));

      if (programme != NULL)
        g_assert_cmpint (atlas_programme_get_programme_type (programme), ==, ATLAS_PROGRAMME_TYPE_ITPP);
      else
        no_programme++;
    }
  /* Every event of no programme is still there */
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      GObject *record = atlas_timeline_model_get_item (model, i)->record;

      if (ATLAS_IS_EVENT (record) && atlas_event_get_programme (ATLAS_EVENT (record)) == NULL)
        no_programme--;
    }
  g_assert_cmpuint (no_programme, ==, 0);
  g_assert_true (has_record (itpps, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                             "kor-itpp-2027"))));

  filter->status = ATLAS_PROGRAMME_STATUS_IN_FORCE;
  in_force = atlas_timeline_filter_apply (filter, model);
  assert_well_formed (in_force);
  g_assert_true (has_record (in_force, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                                "kor-itpp"))));
  g_assert_false (has_record (in_force, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                                 "kor-itpp-2027"))));
  g_assert_cmpuint (atlas_timeline_model_get_n_items (in_force), <, atlas_timeline_model_get_n_items (itpps));
}

/* A year range keeps what meets one of its years, at the precision the
 * dates have */
static void
test_years (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) filtered = NULL;
  guint expected = 0;

  filter->year_from = 2013;
  filter->year_to = 2014;
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      /* The first and last days the item covers meet 2013–2014 */
      if (item->first_day <= julian (2014, 12, 31) && item->last_day >= julian (2013, 1, 1))
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);

  filtered = atlas_timeline_filter_apply (filter, model);
  assert_well_formed (filtered);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (filtered), ==, expected);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (filtered); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (filtered, i);

      g_assert_cmpuint (item->first_day, <=, julian (2014, 12, 31));
      g_assert_cmpuint (item->last_day, >=, julian (2013, 1, 1));
    }
  /* The Japanese IPCP was signed then (its signing stands for it); the
   * 2023 ITPP was not yet */
  g_assert_true (has_event_of (filtered, atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                       "jpn-ipcp-2014")));
  g_assert_false (has_record (filtered, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                                 "kor-itpp"))));

  /* An open end */
  filter->year_to = 0;
  filter->year_from = 2027;
  g_clear_object (&filtered);
  filtered = atlas_timeline_filter_apply (filter, model);
  g_assert_true (has_record (filtered, G_OBJECT (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                                "kor-itpp-2027"))));
  for (guint i = 0; i < atlas_timeline_model_get_n_items (filtered); i++)
    g_assert_cmpuint (atlas_timeline_model_get_item (filtered, i)->last_day, >=, julian (2027, 1, 1));
}

/* The search keeps what contains the text, case and accents aside */
static void
test_search (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) vilnius = NULL;
  g_autoptr(AtlasTimelineModel) madrid = NULL;
  g_autoptr(AtlasTimelineModel) nothing = NULL;
  guint32 first, last;

  atlas_timeline_filter_set_search_text (filter, "  VILNIUS ");
  vilnius = atlas_timeline_filter_apply (filter, model);
  assert_well_formed (vilnius);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (vilnius), >=, 1);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (vilnius); i++)
    {
      g_autofree char *text = atlas_timeline_model_describe_item (vilnius, i, " ");

      g_assert_nonnull (strstr (text, "Vilnius"));
    }

  atlas_timeline_filter_set_search_text (filter, "Mádríd");
  madrid = atlas_timeline_filter_apply (filter, model);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (madrid), ==, 1);
  g_assert_nonnull (strstr (atlas_timeline_model_get_item (madrid, 0)->label, "Madrid"));

  /* Searching and filtering together, to nothing: no lanes, no range */
  atlas_timeline_filter_set_search_text (filter, "Madrid");
  atlas_timeline_filter_set_partner (filter, partner (model, "kor"));
  filter->year_to = 2010;
  nothing = atlas_timeline_filter_apply (filter, model);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (nothing), ==, 0);
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (nothing), ==, 0);
  g_assert_false (atlas_timeline_model_get_range (nothing, &first, &last));
}

static void
test_copy_and_equal (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineFilter) copy = NULL;

  atlas_timeline_filter_set_partner (filter, partner (model, "jpn"));
  atlas_timeline_filter_set_search_text (filter, "ITPP");
  filter->year_from = 2020;
  copy = atlas_timeline_filter_copy (filter);
  g_assert_true (atlas_timeline_filter_equal (filter, copy));
  g_assert_true (copy->search_text != filter->search_text);
  copy->year_from = 2021;
  g_assert_false (atlas_timeline_filter_equal (filter, copy));
  g_assert_false (atlas_timeline_filter_equal (filter, NULL));
  g_assert_true (atlas_timeline_filter_equal (NULL, NULL));
}

static AtlasTimelineRow *
row_of (GListModel *rows,
        const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasTimelineRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (atlas_timeline_row_get_title (row), title) == 0)
        return row;
    }
  g_error ("No row “%s”", title);
}

/* The event list has a row per item, in date order, with dates as precise
 * as they are known */
static void
test_rows (void)
{
  g_autoptr(AtlasTimelineModel) model = builtin_model ();
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();
  g_autoptr(AtlasTimelineModel) korea = NULL;
  g_autoptr(GListModel) rows = atlas_timeline_row_list_new (model);
  g_autoptr(GListModel) korea_rows = NULL;
  g_autoptr(GListModel) none = atlas_timeline_row_list_new (NULL);
  AtlasTimelineRow *row;

  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, atlas_timeline_model_get_n_items (model));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasTimelineRow) r = g_list_model_get_item (rows, i);

      g_assert_cmpuint (atlas_timeline_row_get_index (r), ==, i);
      g_assert_true (atlas_timeline_row_get_record (r) == atlas_timeline_model_get_item (model, i)->record);
      if (i > 0)
        {
          g_autoptr(AtlasTimelineRow) previous = g_list_model_get_item (rows, i - 1);

          g_assert_cmpuint (atlas_timeline_row_get_first_day (previous), <=, atlas_timeline_row_get_first_day (r));
        }
    }

  /* Known to the month, to the day, to the year */
  row = row_of (rows, "Republic of Korea joins the NATO Cooperative Cyber Defence Centre of Excellence");
  g_assert_cmpstr (atlas_timeline_row_get_date (row), ==, "May 2022");
  row = row_of (rows, "Republic of Korea–NATO IPCP signed");
  g_assert_cmpstr (atlas_timeline_row_get_date (row), ==, "20 September 2012");
  g_assert_cmpstr (atlas_timeline_row_get_kind (row), ==, "Signing");
  g_assert_cmpstr (atlas_timeline_row_get_partners (row), ==, "Republic of Korea");
  row = row_of (rows, "New Zealand–NATO IPCP signed");
  g_assert_cmpstr (atlas_timeline_row_get_date (row), ==, "4 June 2012");
  row = row_of (rows, "NATO Madrid summit, attended by the IP4");
  g_assert_cmpstr (atlas_timeline_row_get_date (row), ==, "2022");
  g_assert_nonnull (strstr (atlas_timeline_row_get_partners (row), "Japan"));
  /* A declaration of the alliance names no partner */
  row = row_of (rows, "NATO 2022 Strategic Concept mentions China for the first time");
  g_assert_cmpstr (atlas_timeline_row_get_partners (row), ==, "NATO-wide");
  /* A planned period says so */
  row = row_of (rows, atlas_programme_get_title (atlas_dataset_find_programme (atlas_timeline_model_get_dataset (model),
                                                                              "kor-itpp-2027")));
  g_assert_cmpstr (atlas_timeline_row_get_date (row), ==, "2027–2030");
  g_assert_nonnull (strstr (atlas_timeline_row_get_kind (row), "(planned)"));
  g_assert_nonnull (strstr (atlas_timeline_row_get_description (row), "2027–2030"));

  /* The rows of a filtered model are its items */
  atlas_timeline_filter_set_partner (filter, partner (model, "kor"));
  korea = atlas_timeline_filter_apply (filter, model);
  korea_rows = atlas_timeline_row_list_new (korea);
  g_assert_cmpuint (g_list_model_get_n_items (korea_rows), ==, atlas_timeline_model_get_n_items (korea));
  g_assert_cmpuint (g_list_model_get_n_items (korea_rows), <, g_list_model_get_n_items (rows));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/filter/inactive", test_inactive);
  g_test_add_func ("/timeline/filter/partner", test_partner);
  g_test_add_func ("/timeline/filter/drawn-by-programme", test_drawn_by_programme);
  g_test_add_func ("/timeline/filter/type-and-status", test_type_and_status);
  g_test_add_func ("/timeline/filter/years", test_years);
  g_test_add_func ("/timeline/filter/search", test_search);
  g_test_add_func ("/timeline/filter/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/timeline/filter/rows", test_rows);

  return g_test_run ();
}
