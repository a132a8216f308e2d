/* atlas-record-rows.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rows of the detail pages: boxed lists bound to models of records,
 * each row plain text (dataset text is never markup), and activating one
 * selects its record in the window's one selection. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-claim.h"
#include "atlas-labels.h"
#include "atlas-programme.h"
#include "atlas-record-rows.h"

/**
 * atlas_row_new:
 * @subtitle: (nullable):
 *
 * Returns: (transfer floating): an #AdwActionRow showing plain text
 */
GtkWidget *
atlas_row_new (const char *title,
               const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : "");
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/**
 * atlas_row_set_value:
 * @value: (nullable): the row's value, or %NULL to hide the row
 *
 * For the rows of a record's details: the title names what is shown and
 * the subtitle is the value; a row with nothing to say is hidden.
 */
void
atlas_row_set_value (AdwActionRow *row,
                     const char   *value)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (row, value ? value : "");
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL && *value != '\0');
}

/**
 * atlas_row_add_status:
 *
 * Adds an area status as a suffix, glyph and word.
 */
void
atlas_row_add_status (AdwActionRow    *row,
                      AtlasAreaStatus  status)
{
  g_autofree char *label = atlas_label_area_status (status);
  GtkWidget *widget = gtk_label_new (label);

  gtk_widget_add_css_class (widget, "area-status");
  gtk_widget_add_css_class (widget, atlas_area_status_to_code (status));
  adw_action_row_add_suffix (row, widget);
}

GObject *
atlas_row_get_record (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "atlas-record");
}

void
atlas_row_set_record (GtkListBoxRow *row,
                      GObject       *record)
{
  g_object_set_data_full (G_OBJECT (row), "atlas-record", g_object_ref (record), g_object_unref);
  gtk_list_box_row_set_activatable (row, TRUE);
}

/**
 * atlas_record_row_new:
 *
 * A #GtkListBoxCreateWidgetFunc for lists of records.
 *
 * Returns: (transfer floating): a row with the record's title and subtitle
 */
GtkWidget *
atlas_record_row_new (gpointer record,
                      gpointer user_data)
{
  g_autofree char *subtitle = atlas_label_record_subtitle (record);
  const char *title = ATLAS_IS_PROGRAMME (record) ? atlas_programme_get_short_label (record)
                                                  : atlas_label_record_title (record);
  GtkWidget *row = atlas_row_new (title, subtitle);

  atlas_row_set_record (GTK_LIST_BOX_ROW (row), record);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
row_activated_cb (GtkListBox     *box,
                  GtkListBoxRow  *row,
                  AtlasSelection *selection)
{
  GObject *record = atlas_row_get_record (row);

  if (record != NULL)
    atlas_selection_set_item (selection, record);
}

/**
 * atlas_list_box_bind_records:
 * @model: (nullable): the records to list
 *
 * Lists @model in @box with atlas_record_row_new(); activating a row
 * selects its record in @selection. Binds once per box, rebinds models.
 */
void
atlas_list_box_bind_records (GtkListBox     *box,
                             GListModel     *model,
                             AtlasSelection *selection)
{
  if (g_object_get_data (G_OBJECT (box), "atlas-selection") != selection)
    {
      g_object_set_data (G_OBJECT (box), "atlas-selection", selection);
      g_signal_handlers_disconnect_matched (box, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, row_activated_cb, NULL);
      if (selection != NULL)
        g_signal_connect_object (box, "row-activated", G_CALLBACK (row_activated_cb), selection, 0);
    }
  gtk_list_box_bind_model (box, model, atlas_record_row_new, NULL, NULL);
}

/**
 * atlas_claims_get_evidence:
 * @claims: (element-type AtlasClaim) (nullable):
 *
 * Returns: (transfer container) (element-type AtlasExcerpt): the excerpts
 *   behind all @claims, each once, for the excerpts pane
 */
GPtrArray *
atlas_claims_get_evidence (GPtrArray *claims)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      GPtrArray *evidence = atlas_claim_get_evidence (g_ptr_array_index (claims, i));

      for (guint j = 0; evidence != NULL && j < evidence->len; j++)
        if (!g_ptr_array_find (out, g_ptr_array_index (evidence, j), NULL))
          g_ptr_array_add (out, g_ptr_array_index (evidence, j));
    }
  return out;
}
