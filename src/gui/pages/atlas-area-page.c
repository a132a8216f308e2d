/* atlas-area-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-area-page.h"
#include "atlas-labels.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-record-rows.h"
#include "atlas-view.h"
#include "atlas-text.h"

/**
 * AtlasAreaPage:
 *
 * One cooperation area across programmes: each programme that lists or
 * reports it, in that programme's own words (every source's wording and
 * place in its list) with its status; and how many programmes say nothing
 * of it, which is unknown rather than no.
 */

struct _AtlasAreaPage
{
  AtlasView parent_instance;

  GtkScrolledWindow *scroller;
  GtkLabel *title;
  GtkLabel *subtitle;
  GtkWidget *details_group;
  AdwActionRow *description_row;
  AdwActionRow *aliases_row;
  GtkWidget *wordings_group;
  GtkListBox *wordings;
  GtkLabel *unknown_note;
};

G_DEFINE_FINAL_TYPE (AtlasAreaPage, atlas_area_page, ATLAS_TYPE_VIEW)

/* Every source's wording, its place in that source's list and the source */
static char *
wordings_text (AtlasProgrammeArea *pa)
{
  GPtrArray *wordings = atlas_programme_area_get_wordings (pa);
  GString *s = g_string_new (NULL);

  for (guint i = 0; wordings != NULL && i < wordings->len; i++)
    {
      g_autofree char *line = atlas_label_wording (g_ptr_array_index (wordings, i), TRUE);

      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, line);
    }
  if (atlas_programme_area_get_note (pa) != NULL)
    {
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, atlas_programme_area_get_note (pa));
    }
  return g_string_free (s, FALSE);
}

static GtkWidget *
create_wording_row (gpointer item,
                    gpointer user_data)
{
  AtlasAreaPage *self = user_data;
  AtlasArea *area = atlas_area_page_get_area (self);
  AtlasProgramme *programme = item;
  AtlasProgrammeArea *pa = atlas_programme_find_area (programme, area);
  g_autofree char *text = wordings_text (pa);
  GtkWidget *row = atlas_row_new (atlas_programme_get_short_label (programme), text);

  atlas_row_set_record (GTK_LIST_BOX_ROW (row), G_OBJECT (pa));
  g_object_set_data_full (G_OBJECT (row), "atlas-programme", g_object_ref (programme), g_object_unref);
  atlas_row_add_status (ADW_ACTION_ROW (row), atlas_programme_area_get_status (pa));
  return row;
}

static void
wording_activated_cb (GtkListBox    *box,
                      GtkListBoxRow *row,
                      AtlasAreaPage *self)
{
  AtlasArea *area = atlas_area_page_get_area (self);
  AtlasProgramme *programme = g_object_get_data (G_OBJECT (row), "atlas-programme");
  g_autofree char *label = atlas_text_isolate_bidi (atlas_programme_get_short_label (programme));
  g_autofree char *name = atlas_text_isolate_bidi (atlas_area_get_name (area));
  g_autofree char *note = NULL;

  note = g_strdup_printf (_("%s: %s"), label, name);
  atlas_selection_set_item_with_note (atlas_view_get_selection (ATLAS_VIEW (self)), atlas_row_get_record (row), NULL, note);
}

static void
update (AtlasAreaPage *self)
{
  AtlasArea *area = atlas_area_page_get_area (self);
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));
  g_autoptr(GListStore) with_area = NULL;
  g_autofree char *aliases = NULL;
  guint n_unknown = 0, n_not_listed = 0;
  GString *note;

  if (area != NULL && dataset != NULL)
    {
      GListModel *programmes = atlas_dataset_get_programmes (dataset);

      with_area = g_list_store_new (ATLAS_TYPE_PROGRAMME);
      for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
        {
          g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);

          if (atlas_programme_find_area (programme, area) != NULL)
            g_list_store_append (with_area, programme);
          else if (atlas_programme_get_areas_complete (programme))
            n_not_listed++;
          else
            n_unknown++;
        }
    }
  gtk_list_box_bind_model (self->wordings, G_LIST_MODEL (with_area), create_wording_row, self, NULL);
  gtk_widget_set_visible (self->wordings_group,
                          with_area != NULL && g_list_model_get_n_items (G_LIST_MODEL (with_area)) > 0);

  if (area == NULL)
    return;

  gtk_label_set_text (self->title, atlas_area_get_name (area));
  gtk_label_set_text (self->subtitle,
                      atlas_area_get_group (area) ? atlas_area_group_get_name (atlas_area_get_group (area)) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), atlas_area_get_group (area) != NULL);
  atlas_row_set_value (self->description_row, atlas_area_get_description (area));
  aliases = g_strjoinv (C_("list separator", " · "), (char **) atlas_area_get_aliases (area));
  atlas_row_set_value (self->aliases_row, aliases);
  gtk_widget_set_visible (self->details_group,
                          atlas_area_get_description (area) != NULL || (aliases != NULL && *aliases != '\0'));

  note = g_string_new (NULL);
  if (n_unknown > 0)
    g_string_append_printf (note,
                            /* Translators: programmes for which no source says whether they cover an area */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "No source says whether %u other programme covers this area: unknown.",
                                         "No source says whether %u other programmes cover this area: unknown.",
                                         n_unknown),
                            n_unknown);
  if (n_not_listed > 0)
    {
      if (note->len > 0)
        g_string_append_c (note, ' ');
      g_string_append_printf (note,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "Not listed in %u programme whose whole list is known.",
                                           "Not listed in %u programmes whose whole list is known.",
                                           n_not_listed),
                              n_not_listed);
    }
  gtk_label_set_text (self->unknown_note, note->str);
  gtk_widget_set_visible (GTK_WIDGET (self->unknown_note), note->len > 0);
  g_string_free (note, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
atlas_area_page_record_changed (AtlasView *view)
{
  update (ATLAS_AREA_PAGE (view));
}

static void
atlas_area_page_dispose (GObject *object)
{
  AtlasAreaPage *self = (AtlasAreaPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_AREA_PAGE);

  G_OBJECT_CLASS (atlas_area_page_parent_class)->dispose (object);
}

static void
atlas_area_page_class_init (AtlasAreaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_area_page_dispose;

  view_class->record_type = ATLAS_TYPE_AREA;
  view_class->record_changed = atlas_area_page_record_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-area-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, subtitle);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, details_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, description_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, aliases_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, wordings_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, wordings);
  gtk_widget_class_bind_template_child (widget_class, AtlasAreaPage, unknown_note);
  gtk_widget_class_bind_template_callback (widget_class, wording_activated_cb);
}

static void
atlas_area_page_init (AtlasAreaPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AtlasArea *
atlas_area_page_get_area (AtlasAreaPage *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_PAGE (self), NULL);
  return (AtlasArea *) atlas_view_get_record (ATLAS_VIEW (self));
}
