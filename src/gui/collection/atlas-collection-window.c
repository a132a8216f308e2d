/* atlas-collection-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-collection-export.h"
#include "atlas-collection-window.h"
#include "atlas-file-names.h"
#include "atlas-pin-row.h"
#include "atlas-text.h"

/**
 * AtlasCollectionWindow:
 *
 * The reader's collection, beside the main window: every pin with its
 * quotation, citation and note, in the reader's order, to move, remove
 * and export (Markdown, HTML, ODT, CSL-JSON).
 */

struct _AtlasCollectionWindow
{
  AdwWindow parent_instance;

  AtlasCollection *collection;

  AdwWindowTitle *title;
  AdwToastOverlay *toasts;
  GtkStack *stack;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (AtlasCollectionWindow, atlas_collection_window, ADW_TYPE_WINDOW)

static const char *
format_label (AtlasCollectionExportFormat format)
{
  switch (format)
    {
    case ATLAS_COLLECTION_EXPORT_MARKDOWN: return _("Markdown");
    case ATLAS_COLLECTION_EXPORT_HTML: return _("HTML");
    case ATLAS_COLLECTION_EXPORT_ODT: return _("OpenDocument Text");
    case ATLAS_COLLECTION_EXPORT_CSL_JSON: return _("CSL-JSON");
    case ATLAS_N_COLLECTION_EXPORT_FORMATS:
    default: g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  AtlasCollectionWindow *self = user_data;

  return atlas_pin_row_new (self->collection, item);
}

static void
update (AtlasCollectionWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->collection));
  guint vanished = atlas_collection_get_n_vanished (self->collection);
  g_autofree char *subtitle = NULL;

  if (vanished > 0)
    /* Translators: under the collection's title: %1$u pins, %2$u of them of excerpts gone from the dataset */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u excerpt, %2$u no longer in the dataset",
                                             "%1$u excerpts, %2$u no longer in the dataset", n), n, vanished);
  else
    /* Translators: under the collection's title */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u excerpt", "%u excerpts", n), n);
  adw_window_title_set_subtitle (self->title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "collection.export", n > 0);
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     AtlasCollectionWindow *self)
{
  AtlasCollectionExportFormat format = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "atlas-format"));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (chosen == NULL)
    return;

  file = atlas_file_with_extension (chosen, atlas_collection_export_extension (format));
  name = g_file_get_basename (file);
  if (atlas_collection_export_to_file (format, self->collection, file, NULL, &error))
    /* Translators: %s is a file name */
    title = g_strdup_printf (_("Exported “%s”"), name);
  else
    title = g_strdup (error->message);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasCollectionWindow *self = ATLAS_COLLECTION_WINDOW (widget);
  AtlasCollectionExportFormat format;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;
  const char *title = atlas_collection_get_title (self->collection);

  if (!atlas_collection_export_format_from_name (g_variant_get_string (parameter, NULL), &format))
    g_return_if_reached ();

  chooser = gtk_file_chooser_native_new (_("Export Collection"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  pattern = g_strconcat ("*.", atlas_collection_export_extension (format), NULL);
  gtk_file_filter_set_name (filter, format_label (format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, atlas_collection_export_mime_type (format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested name of an exported collection; %s is the dataset's title */
  stem = g_strdup_printf (_("%s collection"), title ? title : _("Partnership Atlas"));
  name = atlas_safe_file_name (stem, _("collection"));
  g_free (stem);
  stem = g_strdup_printf ("%s.%s", name, atlas_collection_export_extension (format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), stem);
  g_object_set_data (G_OBJECT (chooser), "atlas-format", GUINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
atlas_collection_window_dispose (GObject *object)
{
  AtlasCollectionWindow *self = ATLAS_COLLECTION_WINDOW (object);

  if (self->collection != NULL)
    g_signal_handlers_disconnect_by_data (self->collection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_COLLECTION_WINDOW);
  g_clear_object (&self->collection);

  G_OBJECT_CLASS (atlas_collection_window_parent_class)->dispose (object);
}

static void
atlas_collection_window_class_init (AtlasCollectionWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_collection_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-collection-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasCollectionWindow, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasCollectionWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, AtlasCollectionWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasCollectionWindow, list);

  gtk_widget_class_install_action (widget_class, "collection.export", "s", export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
atlas_collection_window_init (AtlasCollectionWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * atlas_collection_window_new:
 *
 * A window on @collection, transient for @parent.
 */
GtkWidget *
atlas_collection_window_new (GtkWindow       *parent,
                             AtlasCollection *collection)
{
  AtlasCollectionWindow *self;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (collection), NULL);

  self = g_object_new (ATLAS_TYPE_COLLECTION_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->collection = g_object_ref (collection);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (collection), create_row, self, NULL);
  g_signal_connect_object (collection, "items-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

GtkListBox *
atlas_collection_window_get_list (AtlasCollectionWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_COLLECTION_WINDOW (self), NULL);
  return self->list;
}
