/* atlas-compare-page-choice.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The choice of programmes compared: kept in dataset order, shown by the
 * programme picker (atlas-programme-picker.c) and remembered in the
 * settings. */

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
#include "atlas-programme-picker.h"

/* ------------------------------------------------------------- choice */

gboolean
_atlas_compare_page_is_chosen (AtlasComparePage *self,
                               AtlasProgramme   *programme)
{
  return g_ptr_array_find (self->chosen, programme, NULL);
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
picker_toggled_cb (AtlasComparePage *self,
                   AtlasProgramme   *programme)
{
  _atlas_compare_page_toggle_programme (self, programme);
}

/* The picker's Escape on an empty search closes it. The focus goes back
 * to the picker's button, where the page's keys (Ctrl+E, Ctrl+P) work. */
static void
picker_dismissed_cb (AtlasComparePage *self)
{
  gtk_popover_popdown (self->picker_popover);
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_button));
}

static void
picker_shown_cb (AtlasComparePage *self)
{
  atlas_programme_picker_reset (self->picker);
}

void
_atlas_compare_page_class_choice_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (ATLAS_TYPE_PROGRAMME_PICKER);
  gtk_widget_class_bind_template_callback (widget_class, picker_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_dismissed_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_shown_cb);
}
