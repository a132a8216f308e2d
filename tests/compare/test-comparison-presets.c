/* test-comparison-presets.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's presets menu, without a display: what it offers for
 * the built-in dataset and for a small one, computed from the datasets,
 * and that a dataset's underscores are no mnemonics. */

#include "config.h"

#include <locale.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-comparison.h"
#include "atlas-comparison-presets.h"
#include "atlas-limits.h"
#include "atlas-loader.h"

static AtlasDataset *builtin;

static AtlasDataset *
load_good (const char *name,
           const char *from,
           const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) changed = NULL;
  AtlasDataset *dataset;
  gsize length;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  changed = g_string_new_len (text, length);
  if (from != NULL)
    g_assert_cmpuint (g_string_replace (changed, from, to, 0), >, 0);
  dataset = atlas_loader_load_data (changed->str, changed->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

static char *
item_string (GMenuModel *menu,
             int         index,
             const char *attribute)
{
  char *value = NULL;

  g_menu_model_get_item_attribute (menu, index, attribute, "s", &value);
  return value;
}

/* The item's link (a section or a submenu), which must be there */
static GMenuModel *
item_link (GMenuModel *menu,
           int         index,
           const char *link)
{
  GMenuModel *model = g_menu_model_get_item_link (menu, index, link);

  g_assert_nonnull (model);
  return model;
}

static void
assert_all_itpps (GMenuModel *first)
{
  g_autofree char *label = item_string (first, 0, G_MENU_ATTRIBUTE_LABEL);
  g_autofree char *action = item_string (first, 0, G_MENU_ATTRIBUTE_ACTION);

  g_assert_cmpstr (label, ==, "_All ITPPs");
  g_assert_cmpstr (action, ==, ATLAS_COMPARISON_PRESET_ALL_ITPPS);
}

/* Every area once, under its group's section, in the dataset's order of
 * groups and areas; the areas of no group last, in a section of no title */
static void
assert_areas (AtlasDataset *dataset,
              GMenuModel   *by_area)
{
  GListModel *groups = atlas_dataset_get_area_groups (dataset);
  GListModel *areas = atlas_dataset_get_areas (dataset);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_sections = 0;

  for (guint g = 0; g <= g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(AtlasAreaGroup) group = g < g_list_model_get_n_items (groups) ? g_list_model_get_item (groups, g) : NULL;
      g_autoptr(GMenuModel) section = NULL;
      g_autofree char *title = NULL;
      int n = 0;

      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(AtlasArea) area = g_list_model_get_item (areas, i);

          n += atlas_area_get_group (area) == group;
        }
      if (n == 0)
        continue;

      section = item_link (by_area, (int) n_sections++, G_MENU_LINK_SECTION);
      title = item_string (by_area, (int) n_sections - 1, G_MENU_ATTRIBUTE_LABEL);
      if (group != NULL)
        g_assert_cmpstr (title, ==, atlas_area_group_get_name (group));
      else
        g_assert_null (title);
      g_assert_cmpint (g_menu_model_get_n_items (section), ==, n);
      for (int i = 0; i < n; i++)
        {
          g_autofree char *action = item_string (section, i, G_MENU_ATTRIBUTE_ACTION);
          g_autofree char *target = item_string (section, i, G_MENU_ATTRIBUTE_TARGET);
          g_autofree char *label = item_string (section, i, G_MENU_ATTRIBUTE_LABEL);
          AtlasArea *area = atlas_dataset_find_area (dataset, target);

          g_assert_cmpstr (action, ==, ATLAS_COMPARISON_PRESET_AREA);
          g_assert_nonnull (area);
          g_assert_true (atlas_area_get_group (area) == group);
          g_assert_cmpstr (label, ==, atlas_area_get_name (area));
          g_assert_true (g_hash_table_add (seen, (gpointer) atlas_area_get_id (area)));
        }
    }
  g_assert_cmpint (g_menu_model_get_n_items (by_area), ==, (int) n_sections);
  g_assert_cmpuint (g_hash_table_size (seen), ==, g_list_model_get_n_items (areas));
}

/* Whether anything is known of a programme's areas */
static gboolean
has_area_data (AtlasProgramme *programme)
{
  return atlas_programme_get_areas_complete (programme) ||
         g_list_model_get_n_items (atlas_programme_get_areas (programme)) > 0;
}

/* Of how many areas a comparison knows @programme's status */
static guint
known_statuses (AtlasProgramme *programme)
{
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(AtlasComparison) comparison = NULL;
  guint known = 0;

  g_ptr_array_add (one, programme);
  comparison = atlas_comparison_new (builtin, one);
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    known += atlas_comparison_get_status (comparison, r, 0) != ATLAS_AREA_STATUS_UNKNOWN;
  return known;
}

/* The built-in dataset: every ITPP; a "what changed" pair for each ITPP
 * that replaced an IPCP, older first, when something is known of both
 * sides' areas; one area across all programmes */
static void
test_builtin (void)
{
  g_autoptr(GMenuModel) presets = atlas_comparison_presets_new (builtin);
  g_autoptr(GMenuModel) first = NULL;
  g_autoptr(GMenuModel) second = NULL;
  g_autoptr(GMenuModel) changes = NULL;
  g_autoptr(GMenuModel) by_area = NULL;
  g_autofree char *changes_label = NULL;
  g_autofree char *areas_label = NULL;
  GListModel *programmes = atlas_dataset_get_programmes (builtin);
  int n_pairs = 0, n_unavailable = 0;

  g_assert_cmpint (g_menu_model_get_n_items (presets), ==, 2);
  first = item_link (presets, 0, G_MENU_LINK_SECTION);
  second = item_link (presets, 1, G_MENU_LINK_SECTION);
  assert_all_itpps (first);

  if (g_menu_model_get_n_items (first) > 1)
    {
      changes_label = item_string (first, 1, G_MENU_ATTRIBUTE_LABEL);
      g_assert_cmpstr (changes_label, ==, "What _Changed");
      changes = item_link (first, 1, G_MENU_LINK_SUBMENU);
    }
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      AtlasProgramme *older = atlas_programme_get_supersedes (programme);
      g_autofree char *expected = NULL;
      g_autofree char *label = NULL;
      g_autofree char *action = NULL;
      g_autofree char *target = NULL;

      if (atlas_programme_get_programme_type (programme) != ATLAS_PROGRAMME_TYPE_ITPP || older == NULL ||
          atlas_programme_get_programme_type (older) != ATLAS_PROGRAMME_TYPE_IPCP)
        {
          g_assert_null (atlas_comparison_presets_replaced (programme));
          continue;
        }
      g_assert_true (atlas_comparison_presets_replaced (programme) == older);
      g_assert_nonnull (changes);
      g_assert_cmpint (n_pairs, <, g_menu_model_get_n_items (changes));
      label = item_string (changes, n_pairs, G_MENU_ATTRIBUTE_LABEL);
      action = item_string (changes, n_pairs, G_MENU_ATTRIBUTE_ACTION);
      target = item_string (changes, n_pairs, G_MENU_ATTRIBUTE_TARGET);
      if (!has_area_data (older) || !has_area_data (programme))
        {
          /* Offered with the reason, and not to be chosen */
          expected = g_strdup_printf ("%s → %s: no area of %s is known", atlas_programme_get_short_label (older),
                                      atlas_programme_get_short_label (programme),
                                      atlas_programme_get_short_label (has_area_data (older) ? programme : older));
          g_assert_cmpstr (label, ==, expected);
          g_assert_cmpstr (action, ==, ATLAS_COMPARISON_PRESET_UNAVAILABLE);
          g_assert_null (target);
          n_unavailable++;
        }
      else
        {
          expected = g_strdup_printf ("%s → %s (%u and %u areas known)", atlas_programme_get_short_label (older),
                                      atlas_programme_get_short_label (programme),
                                      known_statuses (older), known_statuses (programme));
          g_assert_cmpstr (label, ==, expected);
          g_assert_cmpstr (action, ==, ATLAS_COMPARISON_PRESET_CHANGES);
          g_assert_cmpstr (target, ==, atlas_programme_get_id (programme));
        }
      n_pairs++;
    }
  /* Every pair is in the submenu, those that cannot answer too */
  g_assert_cmpint (n_pairs, >, n_unavailable);
  g_assert_cmpint (g_menu_model_get_n_items (first), ==, n_pairs > 0 ? 2 : 1);
  if (changes != NULL)
    g_assert_cmpint (g_menu_model_get_n_items (changes), ==, n_pairs);

  g_assert_cmpint (g_menu_model_get_n_items (second), ==, 1);
  areas_label = item_string (second, 0, G_MENU_ATTRIBUTE_LABEL);
  g_assert_cmpstr (areas_label, ==, "One Area Across All _Programmes");
  by_area = item_link (second, 0, G_MENU_LINK_SUBMENU);
  assert_areas (builtin, by_area);
}

/* An ITPP that replaced nothing offers no "what changed" */
static void
test_no_changes (void)
{
  g_autoptr(AtlasDataset) dataset = load_good ("minimal.json", NULL, NULL);
  g_autoptr(GMenuModel) presets = atlas_comparison_presets_new (dataset);
  g_autoptr(GMenuModel) first = item_link (presets, 0, G_MENU_LINK_SECTION);
  g_autoptr(GMenuModel) second = item_link (presets, 1, G_MENU_LINK_SECTION);
  g_autoptr(GMenuModel) by_area = item_link (second, 0, G_MENU_LINK_SUBMENU);

  g_assert_cmpint (g_menu_model_get_n_items (first), ==, 1);
  assert_all_itpps (first);
  g_assert_null (atlas_comparison_presets_replaced (atlas_dataset_find_programme (dataset, "kor-itpp")));
  /* Technology (cyber), then the area of no group (space) */
  g_assert_cmpint (g_menu_model_get_n_items (by_area), ==, 2);
  assert_areas (dataset, by_area);
}

/* N areas, one programme that lists them all */
static AtlasDataset *
many_areas (guint n)
{
  g_autoptr(GString) s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\","
                                       "\"partners\":[{\"id\":\"p\",\"name\":\"P\"}],"
                                       "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}],"
                                       "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}],"
                                       "\"areas\":[");
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  for (guint a = 0; a < n; a++)
    g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"Area %u\"}", a ? "," : "", a, a);
  g_string_append (s, "],\"programmes\":[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\","
                   "\"status\":\"in-force\",\"text_availability\":\"public\",\"areas\":[");
  for (guint a = 0; a < n; a++)
    g_string_append_printf (s, "%s{\"area\":\"a%u\",\"status\":\"listed\",\"evidence\":[\"x\"]}", a ? "," : "", a);
  g_string_append (s, "]}]}");
  dataset = atlas_loader_load_data (s->str, s->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

/* The areas' submenu up to the limit; past it, none, which keeps GTK's
 * popover menu from building thousands of items */
static void
test_many_areas (void)
{
  g_autoptr(AtlasDataset) at_limit = many_areas (ATLAS_MAX_PRESET_AREAS);
  g_autoptr(AtlasDataset) past = many_areas (ATLAS_MAX_PRESET_AREAS + 1);
  g_autoptr(GMenuModel) presets = atlas_comparison_presets_new (at_limit);
  g_autoptr(GMenuModel) fewer = atlas_comparison_presets_new (past);
  g_autoptr(GMenuModel) second = item_link (presets, 1, G_MENU_LINK_SECTION);
  g_autoptr(GMenuModel) by_area = item_link (second, 0, G_MENU_LINK_SUBMENU);
  g_autoptr(GMenuModel) first = item_link (fewer, 0, G_MENU_LINK_SECTION);
  g_autoptr(GMenuModel) section = item_link (by_area, 0, G_MENU_LINK_SECTION);

  g_assert_cmpint (g_menu_model_get_n_items (section), ==, ATLAS_MAX_PRESET_AREAS);
  g_assert_cmpint (g_menu_model_get_n_items (fewer), ==, 1);
  assert_all_itpps (first);
}

/* "What changed" can be chosen only when something is known of the older
 * programme's areas: with nothing known, it could only answer "cannot
 * tell" for every area; it is listed all the same, with the reason */
#define IPCP "{ \"id\": \"kor-ipcp\", \"partner\": \"kor\", \"type\": \"ipcp\", " \
             "\"title\": \"ROK IPCP\", \"status\": \"superseded\", " \
             "\"text_availability\": \"not-public\"%s },"

static void
test_changes_need_area_data (void)
{
  const struct { const char *ipcp_extra; gboolean offered; } cases[] = {
    { "", FALSE },
    { ", \"areas_complete\": true", TRUE },
    { ", \"areas\": [ { \"area\": \"space\", \"status\": \"listed\", \"evidence\": [\"x1\"] } ]", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ipcp = g_strdup_printf (IPCP, cases[i].ipcp_extra);
      g_autofree char *programmes = g_strconcat ("\"programmes\": [ ", ipcp, NULL);
      g_autofree char *text = NULL;
      g_autoptr(GString) changed = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasDataset) dataset = NULL;
      g_autoptr(GMenuModel) presets = NULL;
      g_autoptr(GMenuModel) first = NULL;
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
      gsize length;

      /* The IPCP, and the ITPP that replaced it */
      g_file_get_contents (path, &text, &length, &error);
      g_assert_no_error (error);
      changed = g_string_new_len (text, length);
      g_assert_cmpuint (g_string_replace (changed, "\"programmes\": [", programmes, 1), ==, 1);
      g_assert_cmpuint (g_string_replace (changed, "\"title\": \"ROK ITPP\",",
                                          "\"title\": \"ROK ITPP\", \"supersedes\": \"kor-ipcp\",", 1), ==, 1);
      dataset = atlas_loader_load_data (changed->str, changed->len, NULL, NULL, &error);
      g_assert_no_error (error);

      presets = atlas_comparison_presets_new (dataset);
      first = item_link (presets, 0, G_MENU_LINK_SECTION);
      g_assert_nonnull (atlas_comparison_presets_replaced (atlas_dataset_find_programme (dataset, "kor-itpp")));
      /* The pair is always listed; it can be chosen only with area data */
      g_assert_cmpint (g_menu_model_get_n_items (first), ==, 2);
      {
        g_autoptr(GMenuModel) changes = item_link (first, 1, G_MENU_LINK_SUBMENU);
        g_autofree char *action = item_string (changes, 0, G_MENU_ATTRIBUTE_ACTION);

        g_assert_cmpint (g_menu_model_get_n_items (changes), ==, 1);
        g_assert_cmpstr (action, ==, cases[i].offered ? ATLAS_COMPARISON_PRESET_CHANGES : ATLAS_COMPARISON_PRESET_UNAVAILABLE);
      }
    }
}

/* A dataset's underscores are shown, not taken for mnemonics */
static void
test_underscores (void)
{
  g_autoptr(AtlasDataset) dataset = load_good ("minimal.json", "\"Cyber defence\"", "\"Cyber_defence\"");
  g_autoptr(GMenuModel) presets = atlas_comparison_presets_new (dataset);
  g_autoptr(GMenuModel) second = item_link (presets, 1, G_MENU_LINK_SECTION);
  g_autoptr(GMenuModel) by_area = item_link (second, 0, G_MENU_LINK_SUBMENU);
  g_autoptr(GMenuModel) technology = item_link (by_area, 0, G_MENU_LINK_SECTION);
  g_autofree char *label = item_string (technology, 0, G_MENU_ATTRIBUTE_LABEL);
  g_autofree char *escaped = atlas_comparison_presets_escape ("_a__b_");

  g_assert_cmpstr (label, ==, "Cyber__defence");
  g_assert_cmpstr (escaped, ==, "__a____b__");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  builtin = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/compare/presets/builtin", test_builtin);
  g_test_add_func ("/compare/presets/no-changes", test_no_changes);
  g_test_add_func ("/compare/presets/changes-need-area-data", test_changes_need_area_data);
  g_test_add_func ("/compare/presets/underscores", test_underscores);
  g_test_add_func ("/compare/presets/many-areas", test_many_areas);

  status = g_test_run ();
  g_clear_object (&builtin);
  return status;
}
