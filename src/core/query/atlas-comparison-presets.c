/* atlas-comparison-presets.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-comparison.h"
#include "atlas-comparison-presets.h"
#include "atlas-dataset.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-limits.h"

/*
 * The Compare page's presets: ready-made choices of programmes, as a menu
 * of actions (see the ATLAS_COMPARISON_PRESET_* names) built from the
 * dataset alone, so that what the menu offers is known without a display.
 *
 *  - every ITPP;
 *  - "what changed", for each ITPP that replaced an IPCP: the pair, older
 *    first, offered only when something is known of both sides' areas;
 *  - one area across every programme, by area group.
 */

/**
 * atlas_comparison_presets_escape:
 *
 * Menu labels take mnemonics: a dataset's underscores are not ones.
 *
 * Returns: (transfer full): @text with each underscore doubled
 */
char *
atlas_comparison_presets_escape (const char *text)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '_')
        g_string_append_c (s, '_');
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/**
 * atlas_comparison_presets_replaced:
 *
 * The programme an ITPP replaced, when that was an IPCP: the pair for
 * "what changed".
 *
 * Returns: (transfer none) (nullable): the IPCP @programme replaced, or
 *   %NULL when @programme is no ITPP that replaced one
 */
AtlasProgramme *
atlas_comparison_presets_replaced (AtlasProgramme *programme)
{
  AtlasProgramme *older;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (programme), NULL);

  if (atlas_programme_get_programme_type (programme) != ATLAS_PROGRAMME_TYPE_ITPP)
    return NULL;
  older = atlas_programme_get_supersedes (programme);
  if (older == NULL || atlas_programme_get_programme_type (older) != ATLAS_PROGRAMME_TYPE_IPCP)
    return NULL;
  return older;
}

/* Of how many areas the comparison would know the programme's status:
 * every area when its list is complete, else those with a claim */
static guint
count_known_statuses (AtlasDataset   *dataset,
                      AtlasProgramme *programme)
{
  GListModel *areas = atlas_programme_get_areas (programme);
  guint known = 0;

  if (atlas_programme_get_areas_complete (programme))
    return g_list_model_get_n_items (atlas_dataset_get_areas (dataset));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, i);

      known += atlas_programme_area_get_status (pa) != ATLAS_AREA_STATUS_UNKNOWN;
    }
  return known;
}

/* Each programme that replaced another, with how many areas are known on
 * each side; one that cannot answer (nothing known of a side) is listed
 * with the reason and cannot be chosen */
static GMenuModel *
changes_menu (AtlasDataset *dataset)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  GMenu *changes = g_menu_new ();

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      AtlasProgramme *older = atlas_comparison_presets_replaced (programme);
      g_autofree char *label = NULL;
      g_autofree char *escaped = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (older == NULL)
        continue;
      if (!atlas_comparison_has_area_data (older) || !atlas_comparison_has_area_data (programme))
        {
          AtlasProgramme *unknown = atlas_comparison_has_area_data (older) ? programme : older;

          /* Translators: a “what changed” preset that cannot be chosen, and why: older → newer, then the programme of which no area is known */
          label = g_strdup_printf (_("%1$s → %2$s: no area of %3$s is known"), atlas_programme_get_short_label (older),
                                   atlas_programme_get_short_label (programme), atlas_programme_get_short_label (unknown));
          escaped = atlas_comparison_presets_escape (label);
          item = g_menu_item_new (escaped, ATLAS_COMPARISON_PRESET_UNAVAILABLE);
          g_menu_append_item (changes, item);
          continue;
        }
      /* Translators: a “what changed” preset: older programme → newer
       * programme, and of how many areas each one's status is known */
      label = g_strdup_printf (_("%1$s → %2$s (%3$u and %4$u areas known)"), atlas_programme_get_short_label (older),
                               atlas_programme_get_short_label (programme),
                               count_known_statuses (dataset, older), count_known_statuses (dataset, programme));
      escaped = atlas_comparison_presets_escape (label);
      item = g_menu_item_new (escaped, NULL);
      g_menu_item_set_action_and_target_value (item, ATLAS_COMPARISON_PRESET_CHANGES,
                                               g_variant_new_string (atlas_programme_get_id (programme)));
      g_menu_append_item (changes, item);
    }
  return G_MENU_MODEL (changes);
}

/* A section per area group, in the dataset's order, then the areas of no
 * group in a section without a title */
static GMenuModel *
areas_menu (AtlasDataset *dataset)
{
  GListModel *groups = atlas_dataset_get_area_groups (dataset);
  GListModel *areas = atlas_dataset_get_areas (dataset);
  GMenu *by_area = g_menu_new ();

  for (guint g = 0; g <= g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(AtlasAreaGroup) group = g < g_list_model_get_n_items (groups) ? g_list_model_get_item (groups, g) : NULL;
      g_autoptr(GMenu) section = g_menu_new ();
      g_autofree char *group_label = group ? atlas_comparison_presets_escape (atlas_area_group_get_name (group)) : NULL;

      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(AtlasArea) area = g_list_model_get_item (areas, i);
          g_autofree char *label = NULL;
          g_autoptr(GMenuItem) item = NULL;

          if (atlas_area_get_group (area) != group)
            continue;
          label = atlas_comparison_presets_escape (atlas_area_get_name (area));
          item = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target_value (item, ATLAS_COMPARISON_PRESET_AREA,
                                                   g_variant_new_string (atlas_area_get_id (area)));
          g_menu_append_item (section, item);
        }
      if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
        g_menu_append_section (by_area, group_label, G_MENU_MODEL (section));
    }
  return G_MENU_MODEL (by_area);
}

/**
 * atlas_comparison_presets_new:
 *
 * The presets for @dataset, as two sections: every ITPP and (when there
 * is any) the submenu of "what changed" pairs; then the submenu of areas,
 * when there are at most %ATLAS_MAX_PRESET_AREAS.
 * A new menu each time: GTK 4.8's popover menu keeps the pages of
 * submenus removed from a live model and then warns of duplicates.
 *
 * Returns: (transfer full): the menu
 */
GMenuModel *
atlas_comparison_presets_new (AtlasDataset *dataset)
{
  g_autoptr(GMenuModel) changes = NULL;
  g_autoptr(GMenuModel) by_area = NULL;
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) second = g_menu_new ();
  GMenu *presets = g_menu_new ();

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  changes = changes_menu (dataset);
  if (g_list_model_get_n_items (atlas_dataset_get_areas (dataset)) <= ATLAS_MAX_PRESET_AREAS)
    by_area = areas_menu (dataset);
  g_menu_append (first, _("_All ITPPs"), ATLAS_COMPARISON_PRESET_ALL_ITPPS);
  if (g_menu_model_get_n_items (changes) > 0)
    g_menu_append_submenu (first, _("What _Changed"), changes);
  if (by_area != NULL)
    g_menu_append_submenu (second, _("One Area Across All _Programmes"), by_area);
  g_menu_append_section (presets, NULL, G_MENU_MODEL (first));
  if (by_area != NULL)
    g_menu_append_section (presets, NULL, G_MENU_MODEL (second));
  return G_MENU_MODEL (presets);
}
