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
#include "atlas-rows.h"
#include "atlas-view.h"

/**
 * AtlasPartnerPage:
 *
 * One partner: since when it has relations with NATO (every claim, marked
 * when the sources disagree), its programmes and its events.
 */

struct _AtlasPartnerPage
{
  AtlasView parent_instance;

  AtlasPartner *partner;

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

enum {
  PROP_0,
  PROP_PARTNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));
  g_autoptr(GListModel) events = NULL;
  g_autofree char *relations = NULL;
  GListModel *programmes = NULL;

  if (self->partner != NULL && dataset != NULL)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (event_of_partner, self->partner, NULL);

      programmes = atlas_dataset_get_partner_programmes (dataset, self->partner);
      events = G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (atlas_dataset_get_events (dataset)),
                                                        GTK_FILTER (filter)));
    }
  bind_records (self, self->programmes, self->programmes_group, programmes);
  bind_records (self, self->events, self->events_group, events);

  if (self->partner == NULL)
    return;

  gtk_label_set_text (self->title, atlas_partner_get_name (self->partner));
  gtk_label_set_text (self->subtitle, atlas_partner_get_short_name (self->partner));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), atlas_partner_get_short_name (self->partner) != NULL);
  relations = atlas_label_claims (atlas_partner_get_relations_since (self->partner));
  atlas_row_set_value (self->relations_row, relations);
  gtk_widget_set_visible (self->relations_warning,
                          atlas_claims_disagree (atlas_partner_get_relations_since (self->partner)));
  atlas_row_set_value (self->note_row, atlas_partner_get_note (self->partner));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
detail_activated_cb (GtkListBox       *box,
                     GtkListBoxRow    *row,
                     AtlasPartnerPage *self)
{
  GPtrArray *claims;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *note = NULL;

  if (row != GTK_LIST_BOX_ROW (self->relations_row) || self->partner == NULL)
    return;

  claims = atlas_partner_get_relations_since (self->partner);
  evidence = atlas_claims_get_evidence (claims);
  if (atlas_claims_disagree (claims))
    /* Translators: %s is a partner country */
    note = g_strdup_printf (_("Since when %s has had relations with NATO: the sources disagree"),
                            atlas_partner_get_name (self->partner));
  else
    /* Translators: %s is a partner country */
    note = g_strdup_printf (_("Since when %s has had relations with NATO"), atlas_partner_get_name (self->partner));
  atlas_selection_set_item_with_note (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (self->partner), evidence, note);
}

static void
set_partner (AtlasPartnerPage *self,
             AtlasPartner     *partner)
{
  if (!g_set_object (&self->partner, partner))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER]);
}

static void
atlas_partner_page_item_changed (AtlasView *view)
{
  AtlasPartnerPage *self = ATLAS_PARTNER_PAGE (view);
  GObject *item = atlas_view_get_item (view);

  if (ATLAS_IS_PARTNER (item))
    set_partner (self, ATLAS_PARTNER (item));
}

static void
atlas_partner_page_dataset_changed (AtlasView *view)
{
  AtlasPartnerPage *self = ATLAS_PARTNER_PAGE (view);

  set_partner (self, NULL);
}

static void
atlas_partner_page_dispose (GObject *object)
{
  AtlasPartnerPage *self = (AtlasPartnerPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PARTNER_PAGE);
  g_clear_object (&self->partner);

  G_OBJECT_CLASS (atlas_partner_page_parent_class)->dispose (object);
}

static void
atlas_partner_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasPartnerPage *self = ATLAS_PARTNER_PAGE (object);

  switch (prop_id)
    {
    case PROP_PARTNER:
      g_value_set_object (value, self->partner);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_partner_page_class_init (AtlasPartnerPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_partner_page_dispose;
  object_class->get_property = atlas_partner_page_get_property;

  view_class->dataset_changed = atlas_partner_page_dataset_changed;
  view_class->item_changed = atlas_partner_page_item_changed;

  properties[PROP_PARTNER] =
    g_param_spec_object ("partner", NULL, NULL,
                         ATLAS_TYPE_PARTNER,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

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
  return self->partner;
}
