/* atlas-view.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-view.h"

/**
 * AtlasView:
 *
 * The base of every widget that shows the window's #AtlasSelection: the
 * browse lists, the programmes table, the detail pages, the excerpts
 * pane. It holds the selection and calls the class's handlers when the
 * dataset, the selected record, the note or the search text change, so
 * that a view only says what it does then. Views follow the selection and
 * set it; they never reach into one another.
 *
 * It is the one derivable type of the window: the views differ only in
 * what they show, and each would otherwise repeat the same dozen lines of
 * signal bookkeeping.
 */

typedef struct
{
  AtlasSelection *selection;
  GObject *record;
} AtlasViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (AtlasView, atlas_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTION,
  PROP_RECORD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dataset_changed_cb (AtlasView *self)
{
  if (ATLAS_VIEW_GET_CLASS (self)->record_type != G_TYPE_INVALID)
    atlas_view_set_record (self, NULL);
  if (ATLAS_VIEW_GET_CLASS (self)->dataset_changed != NULL)
    ATLAS_VIEW_GET_CLASS (self)->dataset_changed (self);
}

static void
item_changed_cb (AtlasView *self)
{
  GType record_type = ATLAS_VIEW_GET_CLASS (self)->record_type;
  GObject *item = atlas_view_get_item (self);

  if (record_type != G_TYPE_INVALID && item != NULL && G_TYPE_CHECK_INSTANCE_TYPE (item, record_type))
    atlas_view_set_record (self, item);
  if (ATLAS_VIEW_GET_CLASS (self)->item_changed != NULL)
    ATLAS_VIEW_GET_CLASS (self)->item_changed (self);
}

static void
note_changed_cb (AtlasView *self)
{
  if (ATLAS_VIEW_GET_CLASS (self)->note_changed != NULL)
    ATLAS_VIEW_GET_CLASS (self)->note_changed (self);
}

static void
changes_changed_cb (AtlasView *self)
{
  if (ATLAS_VIEW_GET_CLASS (self)->changes_changed != NULL)
    ATLAS_VIEW_GET_CLASS (self)->changes_changed (self);
}

static void
search_text_changed_cb (AtlasView *self)
{
  if (ATLAS_VIEW_GET_CLASS (self)->search_text_changed != NULL)
    ATLAS_VIEW_GET_CLASS (self)->search_text_changed (self);
}

static void
disconnect (AtlasView *self)
{
  AtlasViewPrivate *priv = atlas_view_get_instance_private (self);

  if (priv->selection != NULL)
    g_signal_handlers_disconnect_by_data (priv->selection, self);
  g_clear_object (&priv->selection);
}

static void
atlas_view_dispose (GObject *object)
{
  AtlasView *self = (AtlasView *) object;
  GtkWidget *child;

  /* The subclass has disposed of its template: no handler runs now */
  disconnect (self);
  g_clear_object (&((AtlasViewPrivate *) atlas_view_get_instance_private (self))->record);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (atlas_view_parent_class)->dispose (object);
}

static void
atlas_view_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AtlasView *self = ATLAS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      g_value_set_object (value, atlas_view_get_selection (self));
      break;

    case PROP_RECORD:
      g_value_set_object (value, atlas_view_get_record (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_view_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  AtlasView *self = ATLAS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      atlas_view_set_selection (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_view_class_init (AtlasViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_view_dispose;
  object_class->get_property = atlas_view_get_property;
  object_class->set_property = atlas_view_set_property;

  /**
   * AtlasView:selection:
   *
   * The window's selection, which the view shows and sets.
   */
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         ATLAS_TYPE_SELECTION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasView:record:
   *
   * The record a page of one record shows (see #AtlasViewClass.record_type).
   */
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
atlas_view_init (AtlasView *self)
{
}

/**
 * atlas_view_get_selection:
 *
 * Returns: (transfer none) (nullable): the selection the view shows
 */
AtlasSelection *
atlas_view_get_selection (AtlasView *self)
{
  AtlasViewPrivate *priv = atlas_view_get_instance_private (self);

  g_return_val_if_fail (ATLAS_IS_VIEW (self), NULL);
  return priv->selection;
}

void
atlas_view_set_selection (AtlasView      *self,
                          AtlasSelection *selection)
{
  AtlasViewPrivate *priv = atlas_view_get_instance_private (self);

  g_return_if_fail (ATLAS_IS_VIEW (self));
  g_return_if_fail (!selection || ATLAS_IS_SELECTION (selection));

  if (priv->selection == selection)
    return;

  disconnect (self);
  if (selection != NULL)
    {
      priv->selection = g_object_ref (selection);
      g_signal_connect_object (selection, "notify::dataset", G_CALLBACK (dataset_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "notify::item", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "notify::note", G_CALLBACK (note_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "notify::search-text",
                               G_CALLBACK (search_text_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (selection, "notify::changes",
                               G_CALLBACK (changes_changed_cb), self, G_CONNECT_SWAPPED);
    }

  dataset_changed_cb (self);
  item_changed_cb (self);
  note_changed_cb (self);
  search_text_changed_cb (self);
  changes_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

/**
 * atlas_view_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
AtlasDataset *
atlas_view_get_dataset (AtlasView *self)
{
  AtlasSelection *selection = atlas_view_get_selection (self);

  return selection ? atlas_selection_get_dataset (selection) : NULL;
}

/**
 * atlas_view_get_item:
 *
 * Returns: (transfer none) (nullable): the selected record
 */
GObject *
atlas_view_get_item (AtlasView *self)
{
  AtlasSelection *selection = atlas_view_get_selection (self);

  return selection ? atlas_selection_get_item (selection) : NULL;
}

/**
 * atlas_view_get_search_text:
 *
 * Returns: the search text, or ""
 */
const char *
atlas_view_get_search_text (AtlasView *self)
{
  AtlasSelection *selection = atlas_view_get_selection (self);

  return selection ? atlas_selection_get_search_text (selection) : "";
}

/**
 * atlas_view_get_changes:
 *
 * Returns: (transfer none) (nullable): what changed between the dataset
 *   shown and another version of it, to mark
 */
AtlasDiffMarks *
atlas_view_get_changes (AtlasView *self)
{
  AtlasSelection *selection = atlas_view_get_selection (self);

  return selection ? atlas_selection_get_changes (selection) : NULL;
}

/**
 * atlas_view_get_record:
 *
 * Returns: (transfer none) (nullable): the record a page of one record
 *   shows
 */
GObject *
atlas_view_get_record (AtlasView *self)
{
  AtlasViewPrivate *priv = atlas_view_get_instance_private (self);

  g_return_val_if_fail (ATLAS_IS_VIEW (self), NULL);
  return priv->record;
}

/**
 * atlas_view_set_record:
 * @record: (nullable): the record to show
 *
 * For a page of one record that shows a record for a selected item of
 * another type (a document for its excerpt): the view shows @record until
 * another record of its type is selected or the dataset changes.
 */
void
atlas_view_set_record (AtlasView *self,
                       GObject   *record)
{
  AtlasViewPrivate *priv = atlas_view_get_instance_private (self);

  g_return_if_fail (ATLAS_IS_VIEW (self));
  g_return_if_fail (ATLAS_VIEW_GET_CLASS (self)->record_type != G_TYPE_INVALID);
  g_return_if_fail (record == NULL || G_TYPE_CHECK_INSTANCE_TYPE (record, ATLAS_VIEW_GET_CLASS (self)->record_type));

  if (!g_set_object (&priv->record, record))
    return;
  if (ATLAS_VIEW_GET_CLASS (self)->record_changed != NULL)
    ATLAS_VIEW_GET_CLASS (self)->record_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}
