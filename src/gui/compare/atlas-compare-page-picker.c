/* atlas-compare-page-picker.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The programme picker: a searchable list of check buttons that chooses
 * the programmes compared, remembered in the settings. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export-dialog.h"
#include "atlas-partner.h"
#include "atlas-programme.h"

/* ------------------------------------------------------------- picker */

gboolean
_atlas_compare_page_is_chosen (AtlasComparePage *self,
                               AtlasProgramme   *programme)
{
  return g_ptr_array_find (self->chosen, programme, NULL);
}

void
_atlas_compare_page_sync_checks (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer check;

  self->syncing_checks = TRUE;
  g_hash_table_iter_init (&iter, self->bound_checks);
  while (g_hash_table_iter_next (&iter, &check, NULL))
    gtk_check_button_set_active (check, _atlas_compare_page_is_chosen (self, g_object_get_data (check, "atlas-programme")));
  self->syncing_checks = FALSE;
}

static void
save_choice (AtlasComparePage *self)
{
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  gboolean is_default;

  if (self->settings == NULL || self->dataset == NULL)
    return;

  /* Every ITPP is stored as the empty list, which stays right for a
   * dataset with other ITPPs. */
  defaults = atlas_comparison_default_programmes (self->dataset);
  is_default = defaults->len == self->chosen->len;
  for (guint i = 0; is_default && i < defaults->len; i++)
    is_default = g_ptr_array_index (defaults, i) == g_ptr_array_index (self->chosen, i);
  if (!is_default)
    for (guint i = 0; i < self->chosen->len; i++)
      g_strv_builder_add (builder, atlas_programme_get_id (g_ptr_array_index (self->chosen, i)));
  ids = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "compared-programmes", (const char * const *) ids);
}

/* Sets the chosen programmes (taking @programmes) in dataset order, so
 * that the older of two programmes is the first column and changes read
 * from older to newer. */
void
_atlas_compare_page_choose (AtlasComparePage *self,
                            GPtrArray        *programmes)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all = atlas_dataset_get_programmes (self->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (all, i);

      if (g_ptr_array_find (programmes, p, NULL))
        g_ptr_array_add (ordered, g_steal_pointer (&p));
    }
  g_ptr_array_unref (programmes);

  /* A table of hundreds of columns is unreadable, and GtkColumnView makes
   * every visible row a cell per column: a large dataset's "all ITPPs"
   * (487 in the x100 benchmark dataset) froze the window for minutes. The
   * exports of the command line take any number. */
  if (ordered->len > MAX_COLUMNS)
    {
      g_autofree char *message = NULL;

      /* Translators: %u is the number of programmes a comparison shows at most, %u the number asked for */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Showing the first %1$u of %2$u programme: choose the others in “Programmes to Compare”",
                                              "Showing the first %1$u of %2$u programmes: choose the others in “Programmes to Compare”",
                                              ordered->len),
                                 MAX_COLUMNS, ordered->len);
      g_ptr_array_set_size (ordered, MAX_COLUMNS);
      _atlas_compare_page_add_toast (self, message);
    }

  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  self->chosen = g_steal_pointer (&ordered);
  _atlas_compare_page_rebuild (self);
  save_choice (self);
}

void
_atlas_compare_page_toggle_programme (AtlasComparePage *self,
                                      AtlasProgramme   *programme)
{
  GPtrArray *programmes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->chosen->len; i++)
    g_ptr_array_add (programmes, g_object_ref (g_ptr_array_index (self->chosen, i)));
  if (!g_ptr_array_remove (programmes, programme))
    g_ptr_array_add (programmes, g_object_ref (programme));
  _atlas_compare_page_choose (self, programmes);
}

static void
check_toggled_cb (GtkCheckButton   *check,
                  AtlasComparePage *self)
{
  AtlasProgramme *programme = g_object_get_data (G_OBJECT (check), "atlas-programme");

  if (self->syncing_checks || programme == NULL)
    return;
  if (gtk_check_button_get_active (check) != _atlas_compare_page_is_chosen (self, programme))
    _atlas_compare_page_toggle_programme (self, programme);
}

static void
picker_setup_cb (AtlasComparePage *self,
                 GtkListItem      *item)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (title, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_list_item_set_child (item, check);
}

static void
picker_bind_cb (AtlasComparePage *self,
                GtkListItem      *item)
{
  AtlasProgramme *programme = gtk_list_item_get_item (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (label);

  gtk_label_set_text (GTK_LABEL (label), atlas_programme_get_short_label (programme));
  gtk_label_set_text (GTK_LABEL (title), atlas_programme_get_title (programme));
  g_object_set_data_full (G_OBJECT (check), "atlas-programme", g_object_ref (programme), g_object_unref);
  self->syncing_checks = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), _atlas_compare_page_is_chosen (self, programme));
  self->syncing_checks = FALSE;
  g_hash_table_add (self->bound_checks, check);
}

static void
picker_unbind_cb (AtlasComparePage *self,
                  GtkListItem      *item)
{
  GtkWidget *check = gtk_list_item_get_child (item);

  g_hash_table_remove (self->bound_checks, check);
  g_object_set_data (G_OBJECT (check), "atlas-programme", NULL);
}

static void
picker_activate_cb (AtlasComparePage *self,
                    guint             position)
{
  g_autoptr(AtlasProgramme) programme = g_list_model_get_item (G_LIST_MODEL (self->picker_model), position);

  if (programme != NULL)
    _atlas_compare_page_toggle_programme (self, programme);
}

static void
picker_search_changed_cb (AtlasComparePage *self)
{
  gtk_string_filter_set_search (self->picker_filter, gtk_editable_get_text (GTK_EDITABLE (self->picker_search)));
}

/* Enter in the search toggles the programme when one is left. */
static void
picker_search_activate_cb (AtlasComparePage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->picker_model)) == 1)
    picker_activate_cb (self, 0);
}

/* Escape in the search clears it, and on an empty search closes the
 * picker: GtkSearchEntry takes the key, so the popover never saw it and a
 * keyboard user could not leave the picker. The focus goes back to the
 * picker's button, where the page's keys (Ctrl+E, Ctrl+P) work. */
static void
picker_search_stop_cb (AtlasComparePage *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->picker_search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  else
    {
      gtk_popover_popdown (self->picker_popover);
      gtk_widget_grab_focus (GTK_WIDGET (self->picker_button));
    }
}

static void
picker_shown_cb (AtlasComparePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_search));
}

char *
_atlas_compare_page_programme_search_text (AtlasProgramme *programme)
{
  AtlasPartner *partner = atlas_programme_get_partner (programme);

  return g_strjoin (" ", atlas_programme_get_short_label (programme), atlas_programme_get_title (programme),
                    atlas_programme_get_id (programme), partner ? atlas_partner_get_name (partner) : "", NULL);
}

void
_atlas_compare_page_class_picker_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, picker_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_shown_cb);
}
