/* atlas-pin-row.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-pin-row.h"

/**
 * AtlasPinRow:
 *
 * One pin of the collection: the quotation (verbatim, never translated),
 * its citation, what it was pinned from, a line when its excerpt left the
 * dataset, the reader's note (edited in place) and the buttons that move
 * and remove it. A row can be dragged onto another to take its place.
 */

struct _AtlasPinRow
{
  GtkListBoxRow parent_instance;

  AtlasCollection *collection;
  AtlasPin *pin;

  GtkLabel *quote;
  GtkLabel *citation;
  GtkLabel *context;
  GtkWidget *vanished;
  GtkTextView *note;
};

G_DEFINE_FINAL_TYPE (AtlasPinRow, atlas_pin_row, GTK_TYPE_LIST_BOX_ROW)

static gboolean
find (AtlasPinRow *self,
      guint       *position)
{
  return atlas_collection_find (self->collection, atlas_pin_get_excerpt_id (self->pin), position) != NULL;
}

static void
update_moves (AtlasPinRow *self)
{
  guint position = 0;
  gboolean found = find (self, &position);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->collection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.move-up", found && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pin.move-down", found && position + 1 < n);
}

static void
move (AtlasPinRow *self,
      int          by)
{
  guint position;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->collection));
  GtkWidget *list = gtk_widget_get_parent (GTK_WIDGET (self));

  if (!find (self, &position) || (by < 0 && position == 0) || (by > 0 && position + 1 >= n))
    return;
  atlas_collection_move (self->collection, position, position + by);
  /* The list made a new row for the pin: keep the focus on its button */
  if (GTK_IS_LIST_BOX (list))
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), position + by);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (ATLAS_PIN_ROW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (ATLAS_PIN_ROW (widget), 1);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasPinRow *self = ATLAS_PIN_ROW (widget);

  atlas_collection_unpin (self->collection, atlas_pin_get_excerpt_id (self->pin));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 AtlasPinRow   *self)
{
  return gdk_content_provider_new_typed (ATLAS_TYPE_PIN, self->pin);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               AtlasPinRow   *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

/* A pin dropped on the row takes the row's place */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AtlasPinRow   *self)
{
  AtlasPin *dropped = g_value_get_object (value);
  guint from, to;

  if (!ATLAS_IS_PIN (dropped) || dropped == self->pin ||
      atlas_collection_find (self->collection, atlas_pin_get_excerpt_id (dropped), &from) != dropped ||
      !find (self, &to))
    return FALSE;
  atlas_collection_move (self->collection, from, to);
  return TRUE;
}

static void
note_changed_cb (GtkTextBuffer *buffer,
                 AtlasPinRow   *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  atlas_pin_set_note (self->pin, text);
}

static void
atlas_pin_row_dispose (GObject *object)
{
  AtlasPinRow *self = ATLAS_PIN_ROW (object);

  if (self->note != NULL)
    g_signal_handlers_disconnect_by_func (gtk_text_view_get_buffer (self->note), note_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PIN_ROW);
  g_clear_object (&self->pin);
  g_clear_object (&self->collection);

  G_OBJECT_CLASS (atlas_pin_row_parent_class)->dispose (object);
}

static void
atlas_pin_row_class_init (AtlasPinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_pin_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-pin-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPinRow, quote);
  gtk_widget_class_bind_template_child (widget_class, AtlasPinRow, citation);
  gtk_widget_class_bind_template_child (widget_class, AtlasPinRow, context);
  gtk_widget_class_bind_template_child (widget_class, AtlasPinRow, vanished);
  gtk_widget_class_bind_template_child (widget_class, AtlasPinRow, note);

  gtk_widget_class_install_action (widget_class, "pin.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "pin.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "pin.remove", NULL, remove_action);
}

static void
atlas_pin_row_init (AtlasPinRow *self)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (ATLAS_TYPE_PIN, GDK_ACTION_MOVE);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
atlas_pin_row_new (AtlasCollection *collection,
                   AtlasPin        *pin)
{
  AtlasPinRow *self;
  g_autofree char *quoted = NULL;
  g_autofree char *citation = NULL;
  GtkTextBuffer *buffer;
  const char *context;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (collection), NULL);
  g_return_val_if_fail (ATLAS_IS_PIN (pin), NULL);

  self = g_object_new (ATLAS_TYPE_PIN_ROW, NULL);
  self->collection = g_object_ref (collection);
  self->pin = g_object_ref (pin);

  /* Translators: a verbatim quotation, in the quotation marks of your language */
  quoted = g_strdup_printf (C_("citation", "“%s”"), atlas_pin_get_text (pin) ? atlas_pin_get_text (pin) : "");
  gtk_label_set_text (self->quote, quoted);
  citation = atlas_pin_dup_citation (pin);
  gtk_label_set_text (self->citation, citation);
  context = atlas_pin_get_context (pin);
  if (context != NULL)
    {
      /* Translators: what an excerpt was pinned from, such as a cell of the comparison */
      g_autofree char *text = g_strdup_printf (_("Pinned from: %s"), context);

      gtk_label_set_text (self->context, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->context), context != NULL);
  gtk_widget_set_visible (self->vanished, atlas_pin_get_vanished (pin));

  buffer = gtk_text_view_get_buffer (self->note);
  gtk_text_buffer_set_text (buffer, atlas_pin_get_note (pin) ? atlas_pin_get_note (pin) : "", -1);
  g_signal_connect (buffer, "changed", G_CALLBACK (note_changed_cb), self);
  update_moves (self);
  return GTK_WIDGET (self);
}

AtlasPin *
atlas_pin_row_get_pin (AtlasPinRow *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN_ROW (self), NULL);
  return self->pin;
}
