/* atlas-event-list.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-changes-column.h"
#include "atlas-event-list.h"
#include "atlas-list-scroll.h"
#include "atlas-timeline-row.h"

/**
 * AtlasEventList:
 *
 * The timeline as a table: a row per item drawn (events, programme
 * periods), with its date as precise as it is known, kind, partners and
 * title, sorted by date. It shows the model the timeline draws, so the
 * window's filters apply to both alike, and it shares the window's
 * selection: choosing a row selects its record, and a record selected
 * elsewhere selects its row and scrolls to it.
 */

struct _AtlasEventList
{
  AtlasView parent_instance;

  AtlasTimelineModel *model;
  gboolean syncing;

  GtkScrolledWindow *scroller;
  GtkColumnView *column_view;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *partners_column;
  GtkColumnViewColumn *title_column;
  guint narrow_id;
  gboolean narrow;              /* the kind and partner columns taken out */
  GtkColumnViewColumn *kept[2]; /* they are kept while out */
  double fitted_width;          /* the width the columns were fitted to */
  GtkSingleSelection *selection_model;
  GtkSortListModel *sort_model;
  GtkColumnViewColumn *changes_column;  /* while changes are marked */
};

G_DEFINE_FINAL_TYPE (AtlasEventList, atlas_event_list, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

enum {
  ACTIVATE_ITEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
follow_selection (AtlasEventList *self)
{
  GObject *item = atlas_view_get_item (ATLAS_VIEW (self));
  int index = self->model && item ? atlas_timeline_model_find_shown (self->model, item) : -1;
  GListModel *rows = G_LIST_MODEL (self->selection_model);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; index >= 0 && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasTimelineRow) row = g_list_model_get_item (rows, i);

      if (atlas_timeline_row_get_index (row) == (guint) index)
        {
          position = i;
          break;
        }
    }

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection_model, position);
  self->syncing = FALSE;
  atlas_list_scroll_to_item (GTK_WIDGET (self->column_view), position);
}

static void
selected_item_changed_cb (AtlasEventList *self)
{
  AtlasTimelineRow *row = gtk_single_selection_get_selected_item (self->selection_model);
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  if (self->syncing || row == NULL || selection == NULL || atlas_timeline_row_get_record (row) == NULL)
    return;
  atlas_selection_set_item (selection, atlas_timeline_row_get_record (row));
}

/* Enter or a double click opens the record's page, as on the timeline */
static void
activate_cb (AtlasEventList *self,
             guint           position)
{
  g_autoptr(AtlasTimelineRow) row = g_list_model_get_item (G_LIST_MODEL (self->selection_model), position);

  if (row != NULL && atlas_timeline_row_get_record (row) != NULL)
    g_signal_emit (self, signals[ACTIVATE_ITEM], 0, atlas_timeline_row_get_record (row));
}

/* Below this width the kind and partner columns are left out, so that
 * the dates and titles fit and wrap; the title's tooltip names both */
#define NARROW_WIDTH 560
#define MIN_TITLE_WIDTH 160

/* The titles take the width the other columns leave: a column view
 * measures a row's height at its columns' fixed widths, so a title that
 * wraps in a narrower column than it is shown in would leave the row
 * too tall, and one in a wider column would run off the side */
static void
fit_columns (gpointer user_data)
{
  AtlasEventList *self = user_data;
  double width = gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->scroller));
  gboolean narrow = width < NARROW_WIDTH;
  int others;

  self->narrow_id = 0;
  self->fitted_width = width;
  /* Taken out rather than hidden: GTK 4.8 still counts a hidden column's
   * width in the rows' and measures the others' cells at none */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (narrow)
        {
          gtk_column_view_remove_column (self->column_view, self->kind_column);
          gtk_column_view_remove_column (self->column_view, self->partners_column);
        }
      else
        {
          gtk_column_view_insert_column (self->column_view, 1, self->kind_column);
          gtk_column_view_insert_column (self->column_view, 2, self->partners_column);
        }
    }
  others = gtk_column_view_column_get_fixed_width (self->date_column);
  if (!narrow)
    others += gtk_column_view_column_get_fixed_width (self->kind_column) +
              gtk_column_view_column_get_fixed_width (self->partners_column);
  gtk_column_view_column_set_fixed_width (self->title_column, MAX (MIN_TITLE_WIDTH, (int) width - others));
}

/* The width is known while the list is allocated, where columns cannot
 * change: they change just after */
static void
width_changed_cb (AtlasEventList *self)
{
  double width = gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->scroller));

  if (width <= 0 || width == self->fitted_width || self->narrow_id != 0)
    return;
  self->narrow_id = g_idle_add_once (fit_columns, self);
}

/**
 * atlas_event_list_get_narrow:
 *
 * Returns: whether the list leaves out its kind and partner columns, as
 *   it does when narrow
 */
gboolean
atlas_event_list_get_narrow (AtlasEventList *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_LIST (self), FALSE);
  return self->narrow;
}

static void
atlas_event_list_item_changed (AtlasView *view)
{
  follow_selection (ATLAS_EVENT_LIST (view));
}

static void
atlas_event_list_dispose (GObject *object)
{
  AtlasEventList *self = (AtlasEventList *) object;

  g_clear_handle_id (&self->narrow_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_EVENT_LIST);
  g_clear_object (&self->changes_column);
  g_clear_object (&self->kept[0]);
  g_clear_object (&self->kept[1]);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (atlas_event_list_parent_class)->dispose (object);
}

static void
atlas_event_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      atlas_event_list_set_model (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_list_changes_changed (AtlasView *view)
{
  AtlasEventList *self = ATLAS_EVENT_LIST (view);

  atlas_changes_column_sync (self->column_view, &self->changes_column, view);
}

static void
atlas_event_list_class_init (AtlasEventListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  view_class->changes_changed = atlas_event_list_changes_changed;
  object_class->dispose = atlas_event_list_dispose;
  object_class->get_property = atlas_event_list_get_property;
  object_class->set_property = atlas_event_list_set_property;

  view_class->item_changed = atlas_event_list_item_changed;

  /**
   * AtlasEventList:model:
   *
   * The timeline model listed: the timeline's, as the filters left it.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         ATLAS_TYPE_TIMELINE_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasEventList::activate-item:
   * @item: the record: an #AtlasEvent or #AtlasProgramme
   *
   * Enter or a double click on a row: the window opens its details.
   */
  signals[ACTIVATE_ITEM] =
    g_signal_new ("activate-item",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  g_type_ensure (ATLAS_TYPE_TIMELINE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-event-list.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, column_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, date_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, kind_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, partners_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, title_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, selection_model);
  gtk_widget_class_bind_template_child (widget_class, AtlasEventList, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
}

static void
atlas_event_list_init (AtlasEventList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kept[0] = g_object_ref (self->kind_column);
  self->kept[1] = g_object_ref (self->partners_column);
  g_signal_connect_swapped (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                            G_CALLBACK (width_changed_cb), self);
}

GtkWidget *
atlas_event_list_new (void)
{
  return g_object_new (ATLAS_TYPE_EVENT_LIST, NULL);
}

/**
 * atlas_event_list_get_model:
 *
 * Returns: (transfer none) (nullable): the timeline model listed
 */
AtlasTimelineModel *
atlas_event_list_get_model (AtlasEventList *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_LIST (self), NULL);
  return self->model;
}

void
atlas_event_list_set_model (AtlasEventList     *self,
                            AtlasTimelineModel *model)
{
  g_autoptr(GListModel) rows = NULL;

  g_return_if_fail (ATLAS_IS_EVENT_LIST (self));
  g_return_if_fail (!model || ATLAS_IS_TIMELINE_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;
  rows = atlas_timeline_row_list_new (model);
  self->syncing = TRUE;
  gtk_sort_list_model_set_model (self->sort_model, rows);
  self->syncing = FALSE;
  follow_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * atlas_event_list_get_rows:
 *
 * Returns: (transfer none): the rows as shown, in their order: a
 *   #GtkSingleSelection of #AtlasTimelineRow
 */
GListModel *
atlas_event_list_get_rows (AtlasEventList *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT_LIST (self), NULL);
  return G_LIST_MODEL (self->selection_model);
}
