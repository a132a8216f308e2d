/* atlas-window-collection.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-collection-window.h"
#include "atlas-dataset.h"
#include "atlas-excerpt.h"
#include "atlas-labels.h"
#include "atlas-window-collection.h"
#include "atlas-window-private.h"

/* The window's part in the reader's collection: one AtlasCollection a
 * window, pointed at the file of whatever dataset the window shows (the
 * same file again after a reload, so the pins stay), saved shortly after
 * each change and when the window goes; the win.show-collection and
 * win.pin-all-excerpts actions. */

#define SAVE_DELAY_MS 300

static AtlasWindow *
window_of (GtkWidget *widget)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, ATLAS_TYPE_WINDOW);

  if (window == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (widget);

      /* The collection's own window, transient for the main one */
      if (GTK_IS_WINDOW (root))
        window = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (root)));
    }
  return ATLAS_IS_WINDOW (window) ? ATLAS_WINDOW (window) : NULL;
}

/**
 * atlas_widget_get_collection:
 *
 * Returns: (transfer none) (nullable): the collection of the window
 *   @widget is in
 */
AtlasCollection *
atlas_widget_get_collection (GtkWidget *widget)
{
  AtlasWindow *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  self = window_of (widget);
  return self ? self->collection : NULL;
}

static void
show_error (AtlasWindow *self,
            const char  *heading,
            const char  *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * atlas_window_save_collection:
 *
 * Saves the collection now, if anything is waiting to be saved.
 */
gboolean
atlas_window_save_collection (GtkWidget *window)
{
  AtlasWindow *self = ATLAS_WINDOW (window);
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->collection_save_source, g_source_remove);
  if (!self->collection_dirty || atlas_collection_get_file (self->collection) == NULL)
    return TRUE;
  self->collection_dirty = FALSE;
  if (!atlas_collection_save (self->collection, &error))
    {
      if (gtk_widget_get_mapped (window))
        show_error (self, _("The Collection Could Not Be Saved"), error->message);
      else
        g_warning ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_cb (gpointer data)
{
  AtlasWindow *self = data;

  self->collection_save_source = 0;
  atlas_window_save_collection (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static void
collection_changed_cb (AtlasWindow *self)
{
  if (self->collection_loading)
    return;
  self->collection_dirty = TRUE;
  g_clear_handle_id (&self->collection_save_source, g_source_remove);
  self->collection_save_source = g_timeout_add (SAVE_DELAY_MS, save_cb, self);
}

static void
update_actions (AtlasWindow *self)
{
  GListModel *evidence = atlas_selection_get_evidence (self->selection);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.pin-all-excerpts",
                                 evidence != NULL && g_list_model_get_n_items (evidence) > 0);
}

static void
dataset_changed_cb (AtlasWindow *self)
{
  AtlasDataset *dataset = _atlas_window_get_dataset (self);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GFile *current;

  update_actions (self);
  if (dataset == NULL)
    return;
  file = atlas_collection_file_for_dataset (dataset);
  current = atlas_collection_get_file (self->collection);
  if (current == NULL || !g_file_equal (current, file))
    {
      atlas_window_save_collection (GTK_WIDGET (self));
      atlas_collection_set_file (self->collection, file);
      atlas_collection_set_title (self->collection, NULL);
      self->collection_loading = TRUE;
      if (!atlas_collection_load (self->collection, &error))
        show_error (self, _("The Collection Could Not Be Read"), error->message);
      self->collection_loading = FALSE;
    }
  /* Pins of excerpts the dataset no longer has stay, marked vanished */
  atlas_collection_resolve (self->collection, dataset);
}

static void
show_collection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (self->collection_window == NULL)
    {
      self->collection_window = atlas_collection_window_new (GTK_WINDOW (self), self->collection);
      g_object_add_weak_pointer (G_OBJECT (self->collection_window), (gpointer *) &self->collection_window);
    }
  gtk_window_present (GTK_WINDOW (self->collection_window));
}

/* What a cell of the comparison, or another record, is called where its
 * excerpts are pinned from it: the selection's note when there is one
 * (“Cyber defence in ROK ITPP 2023: listed.”) */
static char *
describe_item (AtlasWindow *self)
{
  GObject *item = atlas_selection_get_item (self->selection);
  const char *note = atlas_selection_get_note (self->selection);

  if (note != NULL && *note != '\0')
    return g_strdup (note);
  if (item == NULL || ATLAS_IS_EXCERPT (item))
    return NULL;
  return g_strdup (atlas_label_record_title (item));
}

static void
pin_all_excerpts_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  GListModel *evidence = atlas_selection_get_evidence (self->selection);
  g_autofree char *context = describe_item (self);
  guint n = evidence ? g_list_model_get_n_items (evidence) : 0;
  guint added = 0;
  g_autofree char *title = NULL;
  AdwToast *toast;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasExcerpt) excerpt = g_list_model_get_item (evidence, i);

      if (atlas_collection_find (self->collection, atlas_excerpt_get_id (excerpt), NULL) == NULL)
        {
          atlas_collection_pin_excerpt (self->collection, excerpt, context);
          added++;
        }
    }
  title = added > 0
    /* Translators: a toast once the excerpts pane's excerpts are pinned */
    ? g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u excerpt pinned", "%u excerpts pinned", added), added)
    : g_strdup (_("These excerpts are pinned already"));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Show Collection"));
  adw_toast_set_action_name (toast, "win.show-collection");
  adw_toast_overlay_add_toast (self->toasts, toast);
}

void
_atlas_window_collection_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-collection", NULL, show_collection_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_K, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.show-collection", NULL);
  gtk_widget_class_install_action (widget_class, "win.pin-all-excerpts", NULL, pin_all_excerpts_action);
}

void
_atlas_window_init_collection (GtkWidget *window)
{
  AtlasWindow *self = ATLAS_WINDOW (window);
  GListModel *evidence = atlas_selection_get_evidence (self->selection);

  self->collection = atlas_collection_new (NULL, NULL);
  g_signal_connect_object (self->collection, "changed", G_CALLBACK (collection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::dataset", G_CALLBACK (dataset_changed_cb), self, G_CONNECT_SWAPPED);
  if (evidence != NULL)
    g_signal_connect_object (evidence, "items-changed", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
  update_actions (self);
}

void
_atlas_window_dispose_collection (GtkWidget *window)
{
  AtlasWindow *self = ATLAS_WINDOW (window);

  if (self->collection == NULL)
    return;
  atlas_window_save_collection (window);
  if (self->collection_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->collection_window));
  g_clear_object (&self->collection);
}
