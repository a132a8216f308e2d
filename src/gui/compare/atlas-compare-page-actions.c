/* atlas-compare-page-actions.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's actions: selecting a cell, a row or a column,
 * choosing programmes and presets, opening a source. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-presets.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export-dialog.h"
#include "atlas-partner.h"
#include "atlas-programme.h"

/* ------------------------------------------------------------ actions */

static AtlasProgramme *
programme_param (AtlasComparePage *self,
                 GVariant         *parameter)
{
  return self->dataset ? atlas_dataset_find_programme (self->dataset, g_variant_get_string (parameter, NULL)) : NULL;
}

static AtlasArea *
area_param (AtlasComparePage *self,
            const char       *id)
{
  return self->dataset ? atlas_dataset_find_area (self->dataset, id) : NULL;
}

static void
select_cell_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  const char *area_id, *programme_id;
  AtlasArea *area;
  AtlasProgramme *programme;

  g_variant_get (parameter, "(&s&s)", &area_id, &programme_id);
  area = area_param (self, area_id);
  programme = self->dataset ? atlas_dataset_find_programme (self->dataset, programme_id) : NULL;
  if (area != NULL && programme != NULL)
    _atlas_compare_page_select_cell (self, area, programme);
}

static void
select_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasArea *area = area_param (self, g_variant_get_string (parameter, NULL));

  if (area != NULL)
    _atlas_compare_page_select_row (self, area);
}

static void
select_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);

  if (programme != NULL)
    _atlas_compare_page_select_column (self, programme);
}

static void
toggle_programme_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);

  if (programme != NULL)
    _atlas_compare_page_toggle_programme (self, programme);
}

static void
remove_programme_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);

  if (programme != NULL && _atlas_compare_page_is_chosen (self, programme))
    _atlas_compare_page_toggle_programme (self, programme);
}

static void
preset_all_itpps_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  if (self->dataset == NULL)
    return;
  g_clear_object (&self->area_filter);
  _atlas_compare_page_set_hide_empty (self, FALSE);
  _atlas_compare_page_choose (self, atlas_comparison_default_programmes (self->dataset));
}

static void
preset_changes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);
  AtlasProgramme *older = programme ? atlas_comparison_presets_replaced (programme) : NULL;
  GPtrArray *pair;

  if (older == NULL)
    return;
  pair = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (pair, g_object_ref (older));
  g_ptr_array_add (pair, g_object_ref (programme));
  g_clear_object (&self->area_filter);
  _atlas_compare_page_set_hide_empty (self, FALSE);
  _atlas_compare_page_choose (self, pair);
  atlas_compare_page_set_show_changes (self, TRUE);
}

static void
preset_area_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasArea *area = area_param (self, g_variant_get_string (parameter, NULL));
  GListModel *all;
  GPtrArray *programmes;

  if (area == NULL)
    return;
  all = atlas_dataset_get_programmes (self->dataset);
  programmes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (programmes, g_list_model_get_item (all, i));
  g_set_object (&self->area_filter, area);
  _atlas_compare_page_set_hide_empty (self, TRUE);
  _atlas_compare_page_choose (self, programmes);
  _atlas_compare_page_select_row (self, area);
}

static void
show_all_areas_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  g_clear_object (&self->area_filter);
  _atlas_compare_page_refilter (self);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  gtk_show_uri (_atlas_compare_page_get_parent_window (self), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

void
_atlas_compare_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compare.select-cell", "(ss)", select_cell_action);
  gtk_widget_class_install_action (widget_class, "compare.select-row", "s", select_row_action);
  gtk_widget_class_install_action (widget_class, "compare.select-column", "s", select_column_action);
  gtk_widget_class_install_action (widget_class, "compare.toggle-programme", "s", toggle_programme_action);
  gtk_widget_class_install_action (widget_class, "compare.remove-programme", "s", remove_programme_action);
  gtk_widget_class_install_action (widget_class, "compare.preset-all-itpps", NULL, preset_all_itpps_action);
  gtk_widget_class_install_action (widget_class, "compare.preset-changes", "s", preset_changes_action);
  /* The presets that cannot answer, shown with their reason: disabled */
  gtk_widget_class_install_action (widget_class, ATLAS_COMPARISON_PRESET_UNAVAILABLE, NULL, NULL);
  gtk_widget_class_install_action (widget_class, "compare.preset-area", "s", preset_area_action);
  gtk_widget_class_install_action (widget_class, "compare.show-all-areas", NULL, show_all_areas_action);
  gtk_widget_class_install_action (widget_class, "compare.export", NULL, _atlas_compare_page_export_action);
  gtk_widget_class_install_action (widget_class, "compare.cancel-export", NULL, _atlas_compare_page_cancel_export_action);
  gtk_widget_class_install_action (widget_class, "compare.copy", NULL, _atlas_compare_page_copy_action);
  gtk_widget_class_install_action (widget_class, "compare.print", NULL, _atlas_compare_page_print_action);
  gtk_widget_class_install_action (widget_class, "compare.open-file", "s", open_file_action);
}
