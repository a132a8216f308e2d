/* atlas-pin-button.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-collection.h"
#include "atlas-excerpt.h"
#include "atlas-pin-button.h"
#include "atlas-window-collection.h"

/**
 * AtlasPinButton:
 *
 * Pins an excerpt into the collection of the window it is in, and shows
 * whether it is pinned: pressed while it is, whoever pinned it (the
 * button, “Pin All Excerpts” or the collection's window).
 */

struct _AtlasPinButton
{
  GtkToggleButton parent_instance;

  AtlasExcerpt *excerpt;
  AtlasCollection *collection;
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (AtlasPinButton, atlas_pin_button, GTK_TYPE_TOGGLE_BUTTON)

static void
sync_state (AtlasPinButton *self)
{
  gboolean pinned = self->excerpt != NULL && self->collection != NULL &&
                    atlas_collection_find (self->collection, atlas_excerpt_get_id (self->excerpt), NULL) != NULL;

  self->syncing = TRUE;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self), pinned);
  self->syncing = FALSE;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), pinned ? _("Unpin from Collection") : _("Pin to Collection"));
  gtk_widget_set_visible (GTK_WIDGET (self), self->collection != NULL && self->excerpt != NULL);
}

static void
atlas_pin_button_toggled (GtkToggleButton *button)
{
  AtlasPinButton *self = ATLAS_PIN_BUTTON (button);

  if (self->syncing || self->collection == NULL || self->excerpt == NULL)
    return;
  if (gtk_toggle_button_get_active (button))
    atlas_collection_pin_excerpt (self->collection, self->excerpt, NULL);
  else
    atlas_collection_unpin (self->collection, atlas_excerpt_get_id (self->excerpt));
  sync_state (self);
}

static void
set_collection (AtlasPinButton  *self,
                AtlasCollection *collection)
{
  if (self->collection == collection)
    return;
  if (self->collection != NULL)
    g_signal_handlers_disconnect_by_func (self->collection, sync_state, self);
  g_set_object (&self->collection, collection);
  if (collection != NULL)
    g_signal_connect_swapped (collection, "items-changed", G_CALLBACK (sync_state), self);
  sync_state (self);
}

static void
atlas_pin_button_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (atlas_pin_button_parent_class)->root (widget);
  set_collection (ATLAS_PIN_BUTTON (widget), atlas_widget_get_collection (widget));
}

static void
atlas_pin_button_unroot (GtkWidget *widget)
{
  set_collection (ATLAS_PIN_BUTTON (widget), NULL);
  GTK_WIDGET_CLASS (atlas_pin_button_parent_class)->unroot (widget);
}

static void
atlas_pin_button_dispose (GObject *object)
{
  AtlasPinButton *self = ATLAS_PIN_BUTTON (object);

  set_collection (self, NULL);
  g_clear_object (&self->excerpt);

  G_OBJECT_CLASS (atlas_pin_button_parent_class)->dispose (object);
}

static void
atlas_pin_button_class_init (AtlasPinButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkToggleButtonClass *toggle_class = GTK_TOGGLE_BUTTON_CLASS (klass);

  object_class->dispose = atlas_pin_button_dispose;
  widget_class->root = atlas_pin_button_root;
  widget_class->unroot = atlas_pin_button_unroot;
  toggle_class->toggled = atlas_pin_button_toggled;
}

static void
atlas_pin_button_init (AtlasPinButton *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self), "view-pin-symbolic");
  gtk_widget_set_name (GTK_WIDGET (self), "pin");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: keeps the excerpt in the reader's collection */
                                  _("Pin to Collection"), -1);
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "circular");
  sync_state (self);
}

void
atlas_pin_button_set_excerpt (AtlasPinButton *self,
                              AtlasExcerpt   *excerpt)
{
  g_return_if_fail (ATLAS_IS_PIN_BUTTON (self));
  g_return_if_fail (!excerpt || ATLAS_IS_EXCERPT (excerpt));

  g_set_object (&self->excerpt, excerpt);
  sync_state (self);
}
