/* atlas-compare-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-palette.h"
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
#include "atlas-text.h"

/**
 * AtlasComparePage:
 *
 * The Compare page: cooperation areas (rows) against the chosen
 * programmes (columns), with a summary row that counts the areas each
 * programme lists. The programmes are chosen with a picker or a preset and
 * remembered; "only differences" hides the areas on which they all agree;
 * "show changes" marks, for two programmes, the areas added and dropped
 * from the first to the second. Selecting a cell, a row or a column puts
 * its evidence, with a note on how it is known, in the shared selection.
 * The table exports (off the main thread, atomically), copies and prints
 * as it is shown.
 */


G_DEFINE_FINAL_TYPE (AtlasComparePage, atlas_compare_page, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_ONLY_DIFFERENCES,
  PROP_SHOW_CHANGES,
  PROP_SHOW_WORDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static gboolean
can_show_changes (AtlasComparePage *self)
{
  return self->comparison != NULL && atlas_comparison_get_n_columns (self->comparison) == 2;
}

gboolean
_atlas_compare_page_changes_shown (AtlasComparePage *self)
{
  return self->show_changes && can_show_changes (self);
}

GtkWindow *
_atlas_compare_page_get_parent_window (AtlasComparePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void
_atlas_compare_page_add_toast (AtlasComparePage *self,
                               const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  /* Toast titles are Pango markup in libadwaita 1.2 */
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

/* Menu labels take mnemonics: a dataset's underscores are not ones. */
char *
_atlas_compare_page_escape_mnemonics (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '_')
        g_string_append_c (s, '_');
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

/* The areas shown, in the order shown. */
GPtrArray *
_atlas_compare_page_dup_shown_areas (AtlasComparePage *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  GPtrArray *areas = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (model, i);

      g_ptr_array_add (areas, g_object_ref (atlas_comparison_row_get_area (row)));
    }
  return areas;
}

/* --------------------------------------------------------------- labels */

static void
update_labels (AtlasComparePage *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_programmes = self->chosen->len;
  g_autofree char *programmes = NULL;
  g_autofree char *areas = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *hidden = NULL;
  g_autoptr(GString) info = g_string_new (NULL);
  const char *changes_tip;

  programmes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Programme", "%u Programmes", n_programmes),
                                n_programmes);
  gtk_menu_button_set_label (self->picker_button, programmes);

  /* Translators: %1$u areas shown of %2$u */
  areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u area shown", "%1$u of %2$u areas shown",
                                        n_rows),
                           n_shown, n_rows);
  gtk_label_set_text (self->counts_label, areas);

  if (self->area_filter != NULL)
    {
      g_autofree char *name = atlas_text_isolate_bidi (atlas_area_get_name (self->area_filter));

      g_string_append_printf (info, _("Showing only “%s”."), name);
    }
  hidden = _atlas_compare_page_hidden_note (self);
  if (hidden != NULL)
    {
      if (info->len > 0)
        g_string_append_c (info, ' ');
      g_string_append (info, hidden);
    }

  if (_atlas_compare_page_changes_shown (self))
    {
      guint counts_by_change[4] = { 0 };
      AtlasProgramme *first = atlas_comparison_get_programme (self->comparison, 0);
      AtlasProgramme *last = atlas_comparison_get_programme (self->comparison, 1);

      for (guint r = 0; r < atlas_comparison_get_n_rows (self->comparison); r++)
        counts_by_change[atlas_comparison_get_change (self->comparison, r)]++;
      if (info->len > 0)
        g_string_append_c (info, ' ');
      /* Translators: %1$s and %2$s are programmes; then counts of areas */
      counts = g_strdup_printf (_("From %1$s to %2$s: %3$u added, %4$u dropped, %5$u unchanged, %6$u cannot tell."),
                                atlas_programme_get_short_label (first), atlas_programme_get_short_label (last),
                                counts_by_change[ATLAS_CHANGE_ADDED], counts_by_change[ATLAS_CHANGE_DROPPED],
                                counts_by_change[ATLAS_CHANGE_SAME], counts_by_change[ATLAS_CHANGE_UNKNOWN]);
      g_string_append (info, counts);
      if (counts_by_change[ATLAS_CHANGE_UNKNOWN] > 0)
        {
          g_string_append_c (info, ' ');
          g_string_append (info, _("An area unknown for either programme cannot be called added or dropped."));
        }
    }
  gtk_label_set_text (self->info_label, info->str);
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button), self->area_filter != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->show_hidden_button), hidden != NULL);
  gtk_revealer_set_reveal_child (self->info_revealer, info->len > 0);

  if (can_show_changes (self))
    changes_tip = _("Mark the areas added and dropped from the first programme to the second");
  else
    changes_tip = _("Choose exactly two programmes to see what changed between them");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->changes_toggle), changes_tip);

  if (self->dataset == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Dataset"));
      adw_status_page_set_description (self->empty_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (n_programmes == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Programmes Chosen"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose programmes to compare with the Programmes button or a preset."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (n_shown == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Differences"));
      adw_status_page_set_description (self->empty_page,
                                       _("The chosen programmes agree on every area shown. "
                                         "Turn off “Only Differences” to see them all."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (self->area_filter != NULL)
    {
      /* One area: the programmes as rows, each with room for its words */
      atlas_compare_across_set_area (self->across, self->comparison, self->area_filter);
      gtk_stack_set_visible_child_name (self->stack, "across");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "table");
}

void
_atlas_compare_page_refilter (AtlasComparePage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_labels (self);
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  AtlasComparePage *self = user_data;
  AtlasComparisonRow *row = item;

  if (self->area_filter != NULL && atlas_comparison_row_get_area (row) != self->area_filter)
    return FALSE;
  if (self->only_differences && !atlas_comparison_row_is_summary (row) &&
      !(self->unknown_differs ? atlas_comparison_row_differs_with_unknown (atlas_comparison_row_get_comparison (row),
                                                                          atlas_comparison_row_get_index (row))
                              : atlas_comparison_row_get_differs (row)))
    return FALSE;
  return TRUE;
}

/* -------------------------------------------------------------- model */

void
_atlas_compare_page_rebuild (AtlasComparePage *self)
{
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(AtlasComparisonRow) summary = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_clear_pointer (&self->shown, g_ptr_array_unref);
  self->shown = _atlas_compare_page_shown_programmes (self);
  if (self->dataset != NULL)
    {
      comparison = atlas_comparison_new (self->dataset, self->shown);
      rows = atlas_comparison_row_list_new (comparison);
      summary = atlas_comparison_row_new_summary (comparison);
    }

  /* A row or cell marked in the old comparison may be gone */
  _atlas_compare_page_select_list_row (self, NULL);
  _atlas_compare_page_set_marks (self, NULL, NULL);

  g_set_object (&self->comparison, comparison);
  _atlas_compare_page_remove_stale_columns (self);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  g_list_store_splice (self->summary, 0, g_list_model_get_n_items (G_LIST_MODEL (self->summary)),
                       (gpointer *) (summary ? &summary : NULL), summary ? 1 : 0);
  _atlas_compare_page_add_columns (self);

  _atlas_compare_page_update_fixed_columns (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.show-changes", can_show_changes (self));
  /* The strips draw marks only: no wording for them to show */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.show-wording", !_atlas_compare_page_uses_strips (self));
  if (_atlas_compare_page_uses_strips (self))
    {
      /* Translators: the tooltip of the Wording button while the page shows more programmes than that */
      g_autofree char *tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "The wording shows for up to %u programme side by side; choose fewer to see it",
                                                           "The wording shows for up to %u programmes side by side; choose fewer to see it",
                                                           STRIP_MIN_COLUMNS),
                                              STRIP_MIN_COLUMNS);

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->wording_toggle), tip);
    }
  else
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->wording_toggle),
                                 _("Show each programme’s own wording and list position in wide cells, instead of one narrow column of marks per programme"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export", comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.copy", comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.print", comparison != NULL);
  atlas_programme_picker_set_chosen (self->picker, self->chosen);
  _atlas_compare_page_refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

static GPtrArray *
programmes_for_ids (AtlasComparePage   *self,
                    const char * const *ids)
{
  GPtrArray *programmes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) unknown = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      AtlasProgramme *programme = atlas_dataset_find_programme (self->dataset, ids[i]);

      if (programme != NULL)
        g_ptr_array_add (programmes, g_object_ref (programme));
      else if (ids[i][0] != '\0')
        g_string_append_printf (unknown, "%s%s", unknown->len ? ", " : "", ids[i]);
    }
  if (unknown->len > 0)
    {
      /* Translators: %s is a list of programme ids */
      g_autofree char *message = g_strdup_printf (_("Not in this dataset, so left out: %s"), unknown->str);

      _atlas_compare_page_add_toast (self, message);
    }
  if (programmes->len == 0)
    {
      g_ptr_array_unref (programmes);
      programmes = atlas_comparison_default_programmes (self->dataset);
    }
  return programmes;
}

static void
atlas_compare_page_dataset_changed (AtlasView *view)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (view);
  AtlasDataset *dataset = atlas_view_get_dataset (view);
  g_auto(GStrv) saved = NULL;
  g_auto(GStrv) pending = NULL;

  if (dataset == self->dataset && dataset != NULL)
    return;
  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->area_filter);

  atlas_programme_picker_set_programmes (self->picker, dataset ? atlas_dataset_get_programmes (dataset) : NULL);
  if (dataset == NULL)
    {
      g_ptr_array_set_size (self->chosen, 0);
      g_clear_object (&self->presets_menu);
      gtk_menu_button_set_menu_model (self->presets_button, NULL);
      _atlas_compare_page_rebuild (self);
      return;
    }

  /* A new menu each time: GTK 4.8's popover menu keeps the pages of
   * submenus removed from a live model and then warns of duplicates */
  g_clear_object (&self->presets_menu);
  self->presets_menu = atlas_comparison_presets_new (self->dataset);
  gtk_menu_button_set_menu_model (self->presets_button, self->presets_menu);
  pending = g_steal_pointer (&self->pending_ids);
  if (pending == NULL && self->settings != NULL)
    saved = g_settings_get_strv (self->settings, "compared-programmes");
  _atlas_compare_page_choose (self, programmes_for_ids (self, (const char * const *) (pending ? pending : saved)));
}

static void
atlas_compare_page_item_changed (AtlasView *view)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (view);

  /* Another view selected something: this page's marks no longer say
   * what the excerpts pane shows. */
  if (self->selecting)
    return;
  _atlas_compare_page_select_list_row (self, NULL);
  _atlas_compare_page_set_marks (self, NULL, NULL);
}

static void
row_selected_cb (AtlasComparePage *self)
{
  AtlasComparisonRow *row = gtk_single_selection_get_selected_item (self->row_selection);
  AtlasArea *area;

  if (self->selecting || row == NULL)
    return;
  area = atlas_comparison_row_get_area (row);
  if (area != NULL)
    _atlas_compare_page_select_row (self, area);
  else
    _atlas_compare_page_select_list_row (self, NULL);
}

/* ------------------------------------------------------------ GObject */

/* The width a column needs to show its title whole: the header's text is
 * set bold, with about 12 px on each side */
static int
title_width (AtlasComparePage    *self,
             GtkColumnViewColumn *column)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                  gtk_column_view_column_get_title (column));
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int width = 0;

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + 24;
}

/* On a narrow window the programmes matter more than the group and the
 * count, which the summary and sorting still give; the areas' column
 * still shows its title whole (“Domaine de coopération” was cut). */
static gboolean
apply_narrow (gpointer user_data)
{
  AtlasComparePage *self = user_data;

  self->narrow_source = 0;
  _atlas_compare_page_update_fixed_columns (self);
  if (self->narrow)
    gtk_column_view_column_set_fixed_width (self->area_column, MAX (140, title_width (self, self->area_column)));
  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), !self->narrow);
  return G_SOURCE_REMOVE;
}

static void
atlas_compare_page_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  gtk_widget_measure (GTK_WIDGET (self->toasts), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
atlas_compare_page_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  gboolean narrow = width < 600;

  gtk_widget_allocate (GTK_WIDGET (self->toasts), width, height, baseline, NULL);

  /* Columns change size requests: not while allocating */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_source == 0)
        self->narrow_source = g_idle_add (apply_narrow, self);
    }
}

/* The statuses' tints come from the core's palette, which the exports use
 * too, for the style the window has: GTK 4.8's CSS cannot tell dark from
 * light, so they are loaded again when the style changes */
static void
load_tints (GtkCssProvider *tints)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *css = atlas_palette_status_css (adw_style_manager_get_dark (style),
                                                   adw_style_manager_get_high_contrast (style));

  gtk_css_provider_load_from_data (tints, css, -1);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GtkCssProvider *tints;
  GdkDisplay *display = gdk_display_get_default ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/ui/atlas-compare-page.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* Lives as long as the display and the style manager */
  tints = gtk_css_provider_new ();
  load_tints (tints);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (tints),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_swapped (style, "notify::dark", G_CALLBACK (load_tints), tints);
  g_signal_connect_swapped (style, "notify::high-contrast", G_CALLBACK (load_tints), tints);
}

static void
atlas_compare_page_dispose (GObject *object)
{
  AtlasComparePage *self = (AtlasComparePage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  _atlas_compare_page_stop_showing_export (self);
  g_clear_handle_id (&self->narrow_source, g_source_remove);
  /* Sorted by the strips' column, the rows would be sorted again as the
   * view lets its columns go, and the page's labels told of it */
  if (self->column_view != NULL)
    gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_object (&self->matrix_column);
  for (guint i = 0; i < N_FIXED_COLUMNS; i++)
    g_clear_object (&self->fixed_columns[i]);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_COMPARE_PAGE);
  g_clear_pointer ((GtkWidget **) &self->toasts, gtk_widget_unparent);

  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_object (&self->comparison);
  g_clear_object (&self->area_filter);
  g_clear_object (&self->marked_area);
  g_clear_object (&self->marked_programme);
  g_clear_object (&self->row_selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);
  g_clear_object (&self->summary);
  g_clear_object (&self->presets_menu);

  G_OBJECT_CLASS (atlas_compare_page_parent_class)->dispose (object);
}

static void
atlas_compare_page_finalize (GObject *object)
{
  AtlasComparePage *self = (AtlasComparePage *) object;

  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->hidden, g_ptr_array_unref);
  g_clear_pointer (&self->pending_ids, g_strfreev);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->bound_areas, g_hash_table_unref);
  g_clear_pointer (&self->bound_strips, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_compare_page_parent_class)->finalize (object);
}

static void
atlas_compare_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_ONLY_DIFFERENCES:
      g_value_set_boolean (value, self->only_differences);
      break;

    case PROP_SHOW_CHANGES:
      g_value_set_boolean (value, self->show_changes);
      break;

    case PROP_SHOW_WORDING:
      g_value_set_boolean (value, self->show_wording);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_compare_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_ONLY_DIFFERENCES:
      atlas_compare_page_set_only_differences (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_CHANGES:
      atlas_compare_page_set_show_changes (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_WORDING:
      atlas_compare_page_set_show_wording (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_compare_page_class_init (AtlasComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_compare_page_dispose;
  object_class->finalize = atlas_compare_page_finalize;
  object_class->get_property = atlas_compare_page_get_property;
  object_class->set_property = atlas_compare_page_set_property;
  widget_class->measure = atlas_compare_page_measure;
  widget_class->size_allocate = atlas_compare_page_size_allocate;
  view_class->dataset_changed = atlas_compare_page_dataset_changed;
  view_class->item_changed = atlas_compare_page_item_changed;
  view_class->changes_changed = _atlas_compare_page_changes_changed;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         ATLAS_TYPE_COMPARISON,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparePage:only-differences:
   *
   * Whether the areas on which all chosen programmes agree are hidden.
   */
  properties[PROP_ONLY_DIFFERENCES] =
    g_param_spec_boolean ("only-differences", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparePage:show-changes:
   *
   * Whether a comparison of two programmes marks the areas added and
   * dropped from the first to the second. Kept while other choices are
   * shown; it takes effect whenever two programmes are chosen.
   */
  properties[PROP_SHOW_CHANGES] =
    g_param_spec_boolean ("show-changes", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparePage:show-wording:
   *
   * Whether the cells show each programme's own wording and list position
   * in wide columns. When not (the default), each programme is one narrow
   * column of status marks, so that every chosen programme fits beside the
   * areas; the wording is then in each cell's tooltip and the excerpts pane.
   */
  properties[PROP_SHOW_WORDING] =
    g_param_spec_boolean ("show-wording", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, toasts);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker_popover);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, presets_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, changes_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, wording_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, counts_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, info_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, info_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, export_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, export_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, show_hidden_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, area_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, group_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, covering_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, change_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, across);
  _atlas_compare_page_class_columns_init (widget_class);

  gtk_widget_class_install_property_action (widget_class, "compare.only-differences", "only-differences");
  gtk_widget_class_install_property_action (widget_class, "compare.show-changes", "show-changes");
  gtk_widget_class_install_property_action (widget_class, "compare.show-wording", "show-wording");
  _atlas_compare_page_class_choice_init (widget_class);

  _atlas_compare_page_class_actions_init (widget_class);
  _atlas_compare_page_class_keys_init (widget_class);
  _atlas_compare_page_class_matrix_init (widget_class);

  /* The export dialog had no key: it was only in the Export menu */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "compare.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "compare.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "compare.print", NULL);

  g_type_ensure (ATLAS_TYPE_COMPARISON_ROW);
  g_type_ensure (ATLAS_TYPE_COMPARE_ACROSS);
}

static void
atlas_compare_page_init (AtlasComparePage *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GListStore) parts = NULL;
  g_autoptr(GtkExpression) change_expression = NULL;
  GtkSorter *sorter;

  /* It allocates its toasts itself and watches its width there: AtlasView's
   * bin layout would take over its measure () and size_allocate () */
  gtk_widget_set_layout_manager (GTK_WIDGET (self), NULL);
  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fixed_columns[0] = g_object_ref (self->area_column);
  self->fixed_columns[1] = g_object_ref (self->group_column);
  self->fixed_columns[2] = g_object_ref (self->covering_column);
  self->fixed_columns[3] = g_object_ref (self->change_column);
  self->chosen = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  self->columns = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->bound_areas = g_hash_table_new (NULL, NULL);
  self->bound_strips = g_hash_table_new (NULL, NULL);
  self->export_format = ATLAS_EXPORT_CSV;
  self->export_options.layout = ATLAS_TABLE_LAYOUT_WIDE;
  self->export_options.include_wording = TRUE;
  self->export_options.localized = TRUE;
  /* The paper of the user's locale, as the print dialog offers it */
  self->export_options.paper = g_str_equal (gtk_paper_size_get_default (), GTK_PAPER_NAME_LETTER) ? ATLAS_PAPER_LETTER
                                                                                               : ATLAS_PAPER_A4;

  /* rows → sorted by the column headers → filtered, then the summary
   * row, which stays last whatever the order */
  self->rows = g_list_store_new (ATLAS_TYPE_COMPARISON_ROW);
  self->summary = g_list_store_new (ATLAS_TYPE_COMPARISON_ROW);
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), g_object_ref (sorter));
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, self->filtered);
  g_list_store_append (parts, self->summary);
  self->row_selection = gtk_single_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (parts)))));
  gtk_single_selection_set_autoselect (self->row_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->row_selection, TRUE);
  gtk_single_selection_set_selected (self->row_selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->row_selection));
  g_signal_connect_swapped (self->row_selection, "notify::selected-item", G_CALLBACK (row_selected_cb), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_labels), self);
  g_signal_connect_swapped (self->row_selection, "items-changed", G_CALLBACK (_atlas_compare_page_update_groups), self);

  change_expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (_atlas_compare_page_change_rank), NULL, NULL);
  gtk_column_view_column_set_sorter (self->change_column,
                                     GTK_SORTER (gtk_numeric_sorter_new (g_steal_pointer (&change_expression))));

  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_settings_bind (self->settings, "compare-only-differences", self, "only-differences", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "compare-show-changes", self, "show-changes", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "compare-show-wording", self, "show-wording", G_SETTINGS_BIND_DEFAULT);
    }
  _atlas_compare_page_init_view_options (self);
  _atlas_compare_page_init_keys (self);

  _atlas_compare_page_update_fixed_columns (self);
  update_labels (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.show-changes", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), ATLAS_COMPARISON_PRESET_UNAVAILABLE, FALSE);
}

GtkWidget *
atlas_compare_page_new (AtlasSelection *selection)
{
  return g_object_new (ATLAS_TYPE_COMPARE_PAGE, "selection", selection, NULL);
}

/**
 * atlas_compare_page_set_programmes:
 * @ids: (nullable) (array zero-terminated=1): programme ids, or %NULL or
 *   empty for every ITPP
 *
 * Chooses the programmes to compare, as the command line's --compare
 * does. Ids not in the dataset are left out, with a note to the user.
 * Before the page has a dataset, the ids wait for one.
 */
void
atlas_compare_page_set_programmes (AtlasComparePage   *self,
                                   const char * const *ids)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  if (self->dataset == NULL)
    {
      g_clear_pointer (&self->pending_ids, g_strfreev);
      self->pending_ids = g_strdupv ((char **) (ids ? ids : (const char * const[]) { NULL }));
      return;
    }
  g_clear_object (&self->area_filter);
  _atlas_compare_page_choose (self, programmes_for_ids (self, ids));
}

/**
 * atlas_compare_page_dup_programmes:
 *
 * Returns: (transfer full): the ids of the programmes compared, in
 *   column order
 */
char **
atlas_compare_page_dup_programmes (AtlasComparePage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);

  for (guint i = 0; i < self->chosen->len; i++)
    g_strv_builder_add (builder, atlas_programme_get_id (g_ptr_array_index (self->chosen, i)));
  return g_strv_builder_end (builder);
}

/**
 * atlas_compare_page_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
AtlasComparison *
atlas_compare_page_get_comparison (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return self->comparison;
}

/**
 * atlas_compare_page_get_rows:
 *
 * Returns: (transfer none): the #AtlasComparisonRow of each area shown,
 *   sorted and filtered as shown (without the summary row)
 */
GListModel *
atlas_compare_page_get_rows (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

gboolean
atlas_compare_page_get_only_differences (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  return self->only_differences;
}

void
atlas_compare_page_set_only_differences (AtlasComparePage *self,
                                         gboolean          only_differences)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;
  self->only_differences = only_differences;
  _atlas_compare_page_refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
}

gboolean
atlas_compare_page_get_show_changes (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  return self->show_changes;
}

void
atlas_compare_page_set_show_changes (AtlasComparePage *self,
                                     gboolean          show_changes)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  show_changes = !!show_changes;
  if (self->show_changes == show_changes)
    return;
  self->show_changes = show_changes;
  _atlas_compare_page_update_fixed_columns (self);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CHANGES]);
}

gboolean
atlas_compare_page_get_show_wording (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  return self->show_wording;
}

void
atlas_compare_page_set_show_wording (AtlasComparePage *self,
                                     gboolean          show_wording)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  show_wording = !!show_wording;
  if (self->show_wording == show_wording)
    return;
  self->show_wording = show_wording;
  _atlas_compare_page_apply_density (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_WORDING]);
}

/**
 * atlas_compare_page_get_area_filter:
 *
 * Returns: (transfer none) (nullable): the one area shown by the "one area
 *   across all programmes" preset, or %NULL
 */
AtlasArea *
atlas_compare_page_get_area_filter (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return self->area_filter;
}
