/* atlas-programme-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-evidence.h"
#include "atlas-excerpt.h"
#include "atlas-labels.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-programme-page.h"
#include "atlas-record-rows.h"
#include "atlas-view.h"
#include "atlas-search.h"
#include "atlas-wording.h"
#include "atlas-text.h"

/**
 * AtlasProgrammePage:
 *
 * One programme: what it is, when it was signed (every claim, marked when
 * the sources disagree), its period, how public its text is, its areas in
 * its own order and words with their status and the other sources'
 * wordings, its events and its sources. It shows the programme last
 * selected; activating a row selects what the row is about.
 */

struct _AtlasProgrammePage
{
  AtlasView parent_instance;

  GtkScrolledWindow *scroller;
  GtkLabel *title;
  GtkLabel *subtitle;
  AdwActionRow *partner_row;
  AdwActionRow *type_row;
  AdwActionRow *status_row;
  AdwActionRow *signed_row;
  GtkWidget *signed_warning;
  AdwActionRow *period_row;
  AdwActionRow *text_row;
  AdwActionRow *areas_complete_row;
  AdwActionRow *area_count_row;
  AdwActionRow *supersedes_row;
  AdwActionRow *note_row;
  GtkWidget *listed_group;
  GtkListBox *listed;
  GtkWidget *reported_group;
  GtkListBox *reported;
  GtkWidget *other_group;
  GtkListBox *other;
  GtkLabel *unknown_note;
  GtkWidget *events_group;
  GtkListBox *events;
  GtkWidget *sources_group;
  GtkListBox *sources;
};

G_DEFINE_FINAL_TYPE (AtlasProgrammePage, atlas_programme_page, ATLAS_TYPE_VIEW)

/* {{{ Areas */

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = atlas_search_fold (a);
  g_autofree char *fb = atlas_search_fold (b);

  return g_strcmp0 (fa, fb) == 0;
}

/* The canonical name when the programme words it otherwise, then every
 * other source's wording or place where it differs from the first. */
static char *
area_subtitle (AtlasProgrammeArea *pa)
{
  GPtrArray *wordings = atlas_programme_area_get_wordings (pa);
  const char *name = atlas_area_get_name (atlas_programme_area_get_area (pa));
  GString *s = g_string_new (NULL);
  AtlasWording *first = NULL;

  if (wordings != NULL && wordings->len > 0)
    first = g_ptr_array_index (wordings, 0);

  if (first != NULL && !same_words (name, atlas_wording_get_text (first)))
    /* Translators: the canonical name of a cooperation area, under a programme's own wording of it */
    {
      g_autofree char *isolated = atlas_text_isolate_bidi (name);
      g_string_append_printf (s, _("Area: %s"), isolated);
    }

  for (guint i = 1; wordings != NULL && i < wordings->len; i++)
    {
      AtlasWording *wording = g_ptr_array_index (wordings, i);
      guint position = atlas_wording_get_position (wording);
      g_autofree char *line = NULL;

      if (!same_words (atlas_wording_get_text (wording), atlas_wording_get_text (first)))
        line = atlas_label_wording (wording, TRUE);
      else if (position > 0 && position != atlas_wording_get_position (first))
        line = atlas_label_wording (wording, FALSE);
      if (line == NULL)
        continue;
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, line);
    }

  if (atlas_programme_area_is_reported_by_party (pa))
    {
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, _("Reported by an official source of a party to the programme"));
    }

  if (atlas_programme_area_get_note (pa) != NULL)
    {
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, atlas_programme_area_get_note (pa));
    }
  return g_string_free (s, FALSE);
}

static void
show_area_clicked_cb (GtkButton *button,
                      gpointer   user_data)
{
  AtlasProgrammePage *self = user_data;
  AtlasArea *area = g_object_get_data (G_OBJECT (button), "atlas-area");

  atlas_selection_set_item (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (area));
}

static GtkWidget *
create_area_row (gpointer item,
                 gpointer user_data)
{
  AtlasProgrammeArea *pa = item;
  AtlasArea *area = atlas_programme_area_get_area (pa);
  GPtrArray *wordings = atlas_programme_area_get_wordings (pa);
  AtlasWording *first = wordings && wordings->len > 0 ? g_ptr_array_index (wordings, 0) : NULL;
  g_autofree char *subtitle = area_subtitle (pa);
  g_autofree char *tooltip = NULL;
  GtkWidget *row, *button;

  row = atlas_row_new (first ? atlas_wording_get_text (first) : atlas_area_get_name (area), subtitle);
  atlas_row_set_record (GTK_LIST_BOX_ROW (row), G_OBJECT (pa));

  if (first != NULL && atlas_wording_get_position (first) > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", atlas_wording_get_position (first));
      GtkWidget *label = gtk_label_new (number);

      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "area-position");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), label);
    }
  atlas_row_add_status (ADW_ACTION_ROW (row), atlas_programme_area_get_status (pa));

  /* Translators: %s is the name of a cooperation area */
  tooltip = g_strdup_printf (_("Show “%s” in Every Programme"), atlas_area_get_name (area));
  button = gtk_button_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data_full (G_OBJECT (button), "atlas-area", g_object_ref (area), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (show_area_clicked_cb), user_data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static gboolean
status_is (gpointer item,
           gpointer user_data)
{
  return atlas_programme_area_get_status (item) == GPOINTER_TO_UINT (user_data);
}

static gboolean
status_is_other (gpointer item,
                 gpointer user_data)
{
  AtlasAreaStatus status = atlas_programme_area_get_status (item);

  return status != ATLAS_AREA_STATUS_LISTED && status != ATLAS_AREA_STATUS_REPORTED;
}

/* Binds the areas of the programme that @match keeps to @box, and hides
 * @group when there are none. */
static void
bind_areas (AtlasProgrammePage *self,
            GtkListBox         *box,
            GtkWidget          *group,
            GtkCustomFilterFunc match,
            AtlasAreaStatus     status)
{
  AtlasProgramme *programme = atlas_programme_page_get_programme (self);

  g_autoptr(GtkFilterListModel) model = NULL;

  if (programme != NULL)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (match, GUINT_TO_POINTER (status), NULL);

      model = gtk_filter_list_model_new (g_object_ref (atlas_programme_get_areas (programme)),
                                         GTK_FILTER (filter));
    }
  gtk_list_box_bind_model (box, G_LIST_MODEL (model), create_area_row, self, NULL);
  gtk_widget_set_visible (group, model != NULL && g_list_model_get_n_items (G_LIST_MODEL (model)) > 0);
}

/* }}} */
/* {{{ Events and sources */

static gboolean
event_of_programme (gpointer item,
                    gpointer user_data)
{
  return atlas_event_get_programme (item) == user_data;
}

static GListModel *
events_model (AtlasProgrammePage *self,
              AtlasDataset       *dataset)
{
  AtlasProgramme *programme = atlas_programme_page_get_programme (self);
  GtkCustomFilter *filter = gtk_custom_filter_new (event_of_programme, programme, NULL);

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (atlas_dataset_get_events (dataset)),
                                                  GTK_FILTER (filter)));
}

/* The documents behind @record, each once, in the order first cited */
static GListModel *
sources_model (AtlasDataset *dataset,
               GObject      *record)
{
  g_autoptr(GPtrArray) evidence = atlas_evidence_for (dataset, record);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GListStore *store = g_list_store_new (ATLAS_TYPE_DOCUMENT);

  for (guint i = 0; i < evidence->len; i++)
    {
      AtlasDocument *document = atlas_excerpt_get_document (g_ptr_array_index (evidence, i));

      if (g_hash_table_add (seen, document))
        g_list_store_append (store, document);
    }
  return G_LIST_MODEL (store);
}

static void
bind_records (AtlasProgrammePage *self,
              GtkListBox         *box,
              GtkWidget          *group,
              GListModel         *model)
{
  atlas_list_box_bind_records (box, model, atlas_view_get_selection (ATLAS_VIEW (self)));
  gtk_widget_set_visible (group, model != NULL && g_list_model_get_n_items (model) > 0);
}

/* }}} */

static void
update (AtlasProgrammePage *self)
{
  AtlasProgramme *p = atlas_programme_page_get_programme (self);
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));
  g_autoptr(GListModel) events = NULL;
  g_autoptr(GListModel) sources = NULL;
  g_autofree char *signed_ = NULL;
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *area_count = NULL;
  AtlasPartner *partner;

  if (p != NULL && dataset != NULL)
    {
      events = events_model (self, dataset);
      sources = sources_model (dataset, G_OBJECT (p));
    }
  bind_areas (self, self->listed, self->listed_group, status_is, ATLAS_AREA_STATUS_LISTED);
  bind_areas (self, self->reported, self->reported_group, status_is, ATLAS_AREA_STATUS_REPORTED);
  bind_areas (self, self->other, self->other_group, status_is_other, 0);
  bind_records (self, self->events, self->events_group, events);
  bind_records (self, self->sources, self->sources_group, sources);

  if (p == NULL)
    return;

  partner = atlas_programme_get_partner (p);
  gtk_label_set_text (self->title, atlas_programme_get_title (p));
  subtitle = atlas_label_record_subtitle (G_OBJECT (p));
  gtk_label_set_text (self->subtitle, subtitle);

  atlas_row_set_value (self->partner_row, partner ? atlas_partner_get_name (partner) : NULL);
  atlas_row_set_value (self->type_row, atlas_programme_type_to_label (atlas_programme_get_programme_type (p)));
  atlas_row_set_value (self->status_row, atlas_programme_status_to_label (atlas_programme_get_status (p)));

  signed_ = atlas_label_claims (atlas_programme_get_signed (p));
  atlas_row_set_value (self->signed_row, signed_);
  gtk_widget_set_visible (self->signed_warning, atlas_claims_disagree (atlas_programme_get_signed (p)));

  period = atlas_label_period (p);
  if (period != NULL && atlas_programme_get_period_planned (p))
    {
      /* Translators: a period that is planned, not yet agreed or begun */
      g_autofree char *planned = g_strdup_printf (_("%s (planned)"), period);

      g_free (period);
      period = g_steal_pointer (&planned);
    }
  atlas_row_set_value (self->period_row, period);

  atlas_row_set_value (self->text_row,
                       atlas_text_availability_to_label (atlas_programme_get_text_availability (p)));
  atlas_row_set_value (self->areas_complete_row,
                       atlas_programme_get_areas_complete (p)
                       ? _("Complete: areas not named here are not in the programme")
                       : _("Not known to be complete: areas not named here are unknown, not absent"));
  area_count = atlas_programme_describe_area_count (p);
  atlas_row_set_value (self->area_count_row, area_count);
  atlas_row_set_value (self->supersedes_row,
                       atlas_programme_get_supersedes (p)
                       ? atlas_programme_get_title (atlas_programme_get_supersedes (p)) : NULL);
  atlas_row_set_value (self->note_row, atlas_programme_get_note (p));

  gtk_label_set_text (self->unknown_note,
                      atlas_programme_get_areas_complete (p)
                      ? _("The sources give the whole list of areas: any other area is not listed.")
                      : _("The sources do not give the whole list of areas: any other area is unknown."));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
atlas_programme_page_record_changed (AtlasView *view)
{
  update (ATLAS_PROGRAMME_PAGE (view));
}

/* Selects the programme with the excerpts behind one of its claims */
static void
select_claims (AtlasProgrammePage *self,
               GPtrArray          *excerpts,
               const char         *note)
{
  AtlasProgramme *programme = atlas_programme_page_get_programme (self);

  atlas_selection_set_item_with_note (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (programme), excerpts, note);
}

static void
detail_activated_cb (GtkListBox         *box,
                     GtkListBoxRow      *row,
                     AtlasProgrammePage *self)
{
  AtlasProgramme *p = atlas_programme_page_get_programme (self);

  if (p == NULL || atlas_view_get_selection (ATLAS_VIEW (self)) == NULL)
    return;

  if (row == GTK_LIST_BOX_ROW (self->partner_row) && atlas_programme_get_partner (p) != NULL)
    atlas_selection_set_item (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (atlas_programme_get_partner (p)));
  else if (row == GTK_LIST_BOX_ROW (self->supersedes_row) && atlas_programme_get_supersedes (p) != NULL)
    atlas_selection_set_item (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (atlas_programme_get_supersedes (p)));
  else if (row == GTK_LIST_BOX_ROW (self->signed_row))
    {
      GPtrArray *claims = atlas_programme_get_signed (p);
      g_autoptr(GPtrArray) none = NULL;
      g_autofree char *label = atlas_text_isolate_bidi (atlas_programme_get_short_label (p));
      g_autofree char *note = NULL;

      if (atlas_claims_disagree (atlas_programme_get_signed (p)))
        /* Translators: %s is a programme, as in “ROK ITPP 2023” */
        note = g_strdup_printf (_("When %s was signed: the sources disagree"), label);
      else
        /* Translators: %s is a programme, as in “ROK ITPP 2023” */
        note = g_strdup_printf (_("When %s was signed"), label);
      /* The pane groups the excerpts under each date they back */
      if (claims == NULL)
        claims = none = g_ptr_array_new ();
      atlas_selection_set_item_with_claims (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (p), claims, note);
    }
  else if (row == GTK_LIST_BOX_ROW (self->period_row))
    {
      g_autofree char *label = atlas_text_isolate_bidi (atlas_programme_get_short_label (p));
      g_autofree char *note = NULL;

      /* Translators: %s is a programme, as in “ROK ITPP 2023” */
      note = g_strdup_printf (_("The period of %s"), label);
      select_claims (self, atlas_programme_get_period_evidence (p), note);
    }
  else
    return;

  /* The excerpts answer the click: the pane opens beside the page, or,
   * on a narrow window, in its place */
  if (row == GTK_LIST_BOX_ROW (self->signed_row) || row == GTK_LIST_BOX_ROW (self->period_row))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.view-excerpts", NULL);
}

static void
area_activated_cb (GtkListBox         *box,
                   GtkListBoxRow      *row,
                   AtlasProgrammePage *self)
{
  AtlasProgramme *programme = atlas_programme_page_get_programme (self);
  AtlasProgrammeArea *pa = ATLAS_PROGRAMME_AREA (atlas_row_get_record (row));
  g_autofree char *label = atlas_text_isolate_bidi (atlas_programme_get_short_label (programme));
  g_autofree char *area = atlas_text_isolate_bidi (atlas_area_get_name (atlas_programme_area_get_area (pa)));
  g_autofree char *note = NULL;

  /* Translators: a programme and one of its areas, as in “ROK ITPP 2023: Cyber defence” */
  note = g_strdup_printf (_("%s: %s"), label, area);
  atlas_selection_set_item_with_note (atlas_view_get_selection (ATLAS_VIEW (self)), G_OBJECT (pa), NULL, note);
}

static void
atlas_programme_page_dispose (GObject *object)
{
  AtlasProgrammePage *self = (AtlasProgrammePage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PROGRAMME_PAGE);

  G_OBJECT_CLASS (atlas_programme_page_parent_class)->dispose (object);
}

static void
atlas_programme_page_class_init (AtlasProgrammePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_programme_page_dispose;

  view_class->record_type = ATLAS_TYPE_PROGRAMME;
  view_class->record_changed = atlas_programme_page_record_changed;

  /**
   * AtlasProgrammePage:programme:
   *
   * The programme shown: the one selected last.
   */
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-programme-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, subtitle);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, partner_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, type_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, status_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, signed_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, signed_warning);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, period_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, text_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, areas_complete_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, area_count_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, supersedes_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, note_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, listed_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, listed);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, reported_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, reported);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, other_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, other);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, unknown_note);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, events_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, events);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, sources_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePage, sources);
  gtk_widget_class_bind_template_callback (widget_class, detail_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_activated_cb);
}

static void
atlas_programme_page_init (AtlasProgrammePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

AtlasProgramme *
atlas_programme_page_get_programme (AtlasProgrammePage *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_PAGE (self), NULL);
  return (AtlasProgramme *) atlas_view_get_record (ATLAS_VIEW (self));
}
