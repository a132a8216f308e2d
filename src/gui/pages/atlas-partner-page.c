/* atlas-partner-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-event.h"
#include "atlas-labels.h"
#include "atlas-partner.h"
#include "atlas-partner-page.h"
#include "atlas-record-rows.h"
#include "atlas-view.h"
#include "atlas-text.h"

/**
 * AtlasPartnerPage:
 *
 * One partner: since when it has relations with NATO (every claim, marked
 * when the sources disagree), its programmes and its events.
 */

struct _AtlasPartnerPage
{
  AtlasView parent_instance;

  GtkScrolledWindow *scroller;
  GtkLabel *title;
  GtkLabel *subtitle;
  AdwActionRow *relations_row;
  GtkWidget *relations_warning;
  AdwActionRow *note_row;
  GtkWidget *programmes_group;
  GtkListBox *programmes;
  GtkWidget *events_group;
  GtkListBox *events;
};

G_DEFINE_FINAL_TYPE (AtlasPartnerPage, atlas_partner_page, ATLAS_TYPE_VIEW)

static gboolean
event_of_partner (gpointer item,
                  gpointer user_data)
{
  GPtrArray *partners = atlas_event_get_partners (item);

  return partners != NULL && g_ptr_array_find (partners, user_data, NULL);
}

static void
bind_records (AtlasPartnerPage *self,
              GtkListBox       *box,
              GtkWidget        *group,
              GListModel       *model)
{
  atlas_list_box_bind_records (box, model, atlas_view_get_selection (ATLAS_VIEW (self)));
  gtk_widget_set_visible (group, model != NULL && g_list_model_get_n_items (model) > 0);
}

static void
update (AtlasPartnerPage *self)
{
  AtlasPartner *partner = atlas_partner_page_get_partner (self);
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));
  g_autoptr(GListModel) events = NULL;
  g_autofree char *relations = NULL;
  GListModel *programmes = NULL;

  if (partner != NULL && dataset != NULL)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (event_of_partner, partner, NULL);

      programmes = atlas_dataset_get_partner_programmes (dataset, partner);
      events = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (atlas_dataset_get_events (dataset)),
                                                        GTK_FILTER (filter)));
    }
  bind_records (self, self->programmes, self->programmes_group, programmes);
  bind_records (self, self->events, self->events_group, events);

  if (partner == NULL)
    return;

  gtk_label_set_text (self->title, atlas_partner_get_name (partner));
  gtk_label_set_text (self->subtitle, atlas_partner_get_short_name (partner));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), atlas_partner_get_short_name (partner) != NULL);
  relations = atlas_label_claims (atlas_partner_get_relations_since (partner));
  atlas_row_set_value (self->relations_row, relations);
  gtk_widget_set_visible (self->relations_warning,
                          atlas_claims_disagree (atlas_partner_get_relations_since (partner)));
  atlas_row_set_value (self->note_row, atlas_partner_get_note (partner));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
atlas_partner_page_record_changed (AtlasView *view)
{
  update (ATLAS_PARTNER_PAGE (view));
}

static void
detail_activated_cb (GtkListBox       *box,
                     GtkListBoxRow    *row,
                     AtlasPartnerPage *self)
{
  AtlasPartner *partner = atlas_partner_page_get_partner (self);
  GPtrArray *claims;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *name = NULL;
  g_autofree char *note = NULL;

  if (row != GTK_LIST_BOX_ROW (self->relations_row) || partner == NULL)
    return;

  name = atlas_text_isolate_bidi (atlas_partner_get_name (partner));
  claims = atlas_partner_get_relations_since (partner);
  evidence = atlas_claims_get_evidence (claims);
  if (atlas_claims_disagree (claims))
    /* Translators: %s is a partner country */
    note = g_strdup_printf (_("Since when %s has had relations with NATO: the sources disagree"), name);
  else
    /* Translators: %s is a partner country */
    note = g_strdup_printf (_("Since when %s has had relations with NATO"), name);
  atlas_selection_set_item_with_note (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (partner), evidence, note);
}

static void
atlas_partner_page_dispose (GObject *object)
{
  AtlasPartnerPage *self = (AtlasPartnerPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PARTNER_PAGE);

  G_OBJECT_CLASS (atlas_partner_page_parent_class)->dispose (object);
}

static void
atlas_partner_page_class_init (AtlasPartnerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_partner_page_dispose;

  view_class->record_type = ATLAS_TYPE_PARTNER;
  view_class->record_changed = atlas_partner_page_record_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-partner-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, subtitle);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, relations_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, relations_warning);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, programmes_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, programmes);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, events_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasPartnerPage, events);
  gtk_widget_class_bind_template_callback (widget_class, detail_activated_cb);
}

static void
atlas_partner_page_init (AtlasPartnerPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AtlasPartner *
atlas_partner_page_get_partner (AtlasPartnerPage *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER_PAGE (self), NULL);
  return (AtlasPartner *) atlas_view_get_record (ATLAS_VIEW (self));
}
