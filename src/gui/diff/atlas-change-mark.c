/* atlas-change-mark.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A row's mark of what changed since (or until) another version of the
 * dataset: "Δ date, evidence" beside a record in the browse lists while
 * the window marks the changes, nothing otherwise. It finds the changes
 * through the view it is in, so that a list's row factory needs only to
 * give it the row's record; it follows them as they come and go. */

#include "config.h"


#include "atlas-change-mark.h"
#include "atlas-diff-marks.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-timeline-row.h"
#include "atlas-view.h"

struct _AtlasChangeMark
{
  GtkWidget parent_instance;

  GObject *record;
  AtlasArea *area;              /* the record is a programme under this area */
  GtkLabel *label;
  AtlasView *view;              /* the view it is in, while rooted */
  AtlasSelection *selection;    /* the view's selection it follows */
};

G_DEFINE_FINAL_TYPE (AtlasChangeMark, atlas_change_mark, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_AREA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * atlas_change_mark_record_of:
 * @item: a record, or a row of the timeline
 * @record: (out): the kind of record, as the changes name it
 * @id: (out) (transfer none): its id
 *
 * Returns: whether @item is a record the changes can name
 */
gboolean
atlas_change_mark_record_of (gpointer         item,
                             AtlasDiffRecord *record,
                             const char     **id)
{
  /* the timeline's list: a row of the timeline */
  if (ATLAS_IS_TIMELINE_ROW (item))
    item = atlas_timeline_row_get_record (item);
  if (ATLAS_IS_PROGRAMME (item))
    {
      *record = ATLAS_DIFF_RECORD_PROGRAMME;
      *id = atlas_programme_get_id (item);
    }
  else if (ATLAS_IS_EVENT (item))
    {
      *record = ATLAS_DIFF_RECORD_EVENT;
      *id = atlas_event_get_id (item);
    }
  else if (ATLAS_IS_DOCUMENT (item))
    {
      *record = ATLAS_DIFF_RECORD_DOCUMENT;
      *id = atlas_document_get_id (item);
    }
  else if (ATLAS_IS_PARTNER (item))
    {
      *record = ATLAS_DIFF_RECORD_PARTNER;
      *id = atlas_partner_get_id (item);
    }
  else if (ATLAS_IS_AREA (item))
    {
      *record = ATLAS_DIFF_RECORD_AREA;
      *id = atlas_area_get_id (item);
    }
  else if (ATLAS_IS_EXCERPT (item))
    {
      *record = ATLAS_DIFF_RECORD_EXCERPT;
      *id = atlas_excerpt_get_id (item);
    }
  else
    return FALSE;
  return TRUE;
}

static void
update (AtlasChangeMark *self)
{
  AtlasDiffMarks *marks = self->selection ? atlas_selection_get_changes (self->selection) : NULL;
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *cell = NULL;
  AtlasDiffRecord record;
  const char *id;

  if (marks != NULL && atlas_change_mark_record_of (self->record, &record, &id))
    {
      /* a programme under an area: its claim on that area */
      if (record == ATLAS_DIFF_RECORD_PROGRAMME && self->area != NULL)
        {
          record = ATLAS_DIFF_RECORD_PROGRAMME_AREA;
          id = cell = g_strconcat (id, "/", atlas_area_get_id (self->area), NULL);
        }
      summary = atlas_diff_marks_summarize (marks, record, id);
      description = atlas_diff_marks_describe (marks, record, id);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), summary != NULL);
  if (summary != NULL)
    {
      g_autofree char *shown = g_strconcat ("Δ ", summary, NULL);

      gtk_label_set_text (self->label, shown);
    }
  else
    gtk_label_set_text (self->label, "");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description ? description : summary);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
follow_selection (AtlasChangeMark *self)
{
  AtlasSelection *selection = self->view ? atlas_view_get_selection (self->view) : NULL;

  if (self->selection == selection)
    return;
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "notify::changes", G_CALLBACK (update), self);
}

static void
view_selection_cb (AtlasChangeMark *self)
{
  follow_selection (self);
  update (self);
}

static void
atlas_change_mark_root (GtkWidget *widget)
{
  AtlasChangeMark *self = ATLAS_CHANGE_MARK (widget);

  GTK_WIDGET_CLASS (atlas_change_mark_parent_class)->root (widget);

  self->view = ATLAS_VIEW (gtk_widget_get_ancestor (widget, ATLAS_TYPE_VIEW));
  if (self->view != NULL)
    g_signal_connect_swapped (self->view, "notify::selection", G_CALLBACK (view_selection_cb), self);
  view_selection_cb (self);
}

static void
atlas_change_mark_unroot (GtkWidget *widget)
{
  AtlasChangeMark *self = ATLAS_CHANGE_MARK (widget);

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  self->view = NULL;
  follow_selection (self);

  GTK_WIDGET_CLASS (atlas_change_mark_parent_class)->unroot (widget);
}

static void
atlas_change_mark_dispose (GObject *object)
{
  AtlasChangeMark *self = ATLAS_CHANGE_MARK (object);

  g_clear_pointer ((GtkWidget **) &self->label, gtk_widget_unparent);
  g_clear_object (&self->record);
  g_clear_object (&self->area);

  G_OBJECT_CLASS (atlas_change_mark_parent_class)->dispose (object);
}

static void
atlas_change_mark_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasChangeMark *self = ATLAS_CHANGE_MARK (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_change_mark_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasChangeMark *self = ATLAS_CHANGE_MARK (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      atlas_change_mark_set_record (self, g_value_get_object (value));
      break;

    case PROP_AREA:
      atlas_change_mark_set_area (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_change_mark_class_init (AtlasChangeMarkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_change_mark_dispose;
  object_class->get_property = atlas_change_mark_get_property;
  object_class->set_property = atlas_change_mark_set_property;
  widget_class->root = atlas_change_mark_root;
  widget_class->unroot = atlas_change_mark_unroot;

  /**
   * AtlasChangeMark:record:
   *
   * The record whose changes are marked.
   */
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasChangeMark:area:
   *
   * Where the record is a programme listed under an area: that area, so
   * that the mark is of the programme's claim on it.
   */
  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL,
                         ATLAS_TYPE_AREA,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "changemark");
}

static void
atlas_change_mark_init (AtlasChangeMark *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->label, 0);
  /* a few words; the tooltip has it all */
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "version-change");
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
atlas_change_mark_new (void)
{
  return g_object_new (ATLAS_TYPE_CHANGE_MARK, NULL);
}

/**
 * atlas_change_mark_get_record:
 *
 * Returns: (transfer none) (nullable): the record whose changes are marked
 */
GObject *
atlas_change_mark_get_record (AtlasChangeMark *self)
{
  g_return_val_if_fail (ATLAS_IS_CHANGE_MARK (self), NULL);

  return self->record;
}

void
atlas_change_mark_set_record (AtlasChangeMark *self,
                              GObject         *record)
{
  g_return_if_fail (ATLAS_IS_CHANGE_MARK (self));
  g_return_if_fail (!record || G_IS_OBJECT (record));

  if (g_set_object (&self->record, record))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
    }
}

/**
 * atlas_change_mark_get_area:
 *
 * Returns: (transfer none) (nullable): the area the record is listed under
 */
AtlasArea *
atlas_change_mark_get_area (AtlasChangeMark *self)
{
  g_return_val_if_fail (ATLAS_IS_CHANGE_MARK (self), NULL);

  return self->area;
}

void
atlas_change_mark_set_area (AtlasChangeMark *self,
                            AtlasArea       *area)
{
  g_return_if_fail (ATLAS_IS_CHANGE_MARK (self));
  g_return_if_fail (!area || ATLAS_IS_AREA (area));

  if (g_set_object (&self->area, area))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA]);
    }
}

/**
 * atlas_change_mark_get_text:
 *
 * Returns: (transfer none): what the mark shows ("" when nothing changed)
 */
const char *
atlas_change_mark_get_text (AtlasChangeMark *self)
{
  g_return_val_if_fail (ATLAS_IS_CHANGE_MARK (self), NULL);

  return gtk_label_get_text (self->label);
}
