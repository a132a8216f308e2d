/* atlas-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-loader.h"
#include "atlas-problem.h"
#include "atlas-programme.h"
#include "atlas-vocabulary.h"
#include "atlas-window.h"

struct _AtlasWindow
{
  AdwApplicationWindow parent_instance;

  AtlasDataset *dataset;
  GCancellable *loading;

  AdwToastOverlay *toasts;
  AdwWindowTitle *title;
  GtkListView *programmes;
  GtkNoSelection *selection;
};

G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_dataset (AtlasWindow  *self,
             AtlasDataset *dataset)
{
  g_autofree char *subtitle = NULL;

  if (!g_set_object (&self->dataset, dataset))
    return;

  gtk_no_selection_set_model (self->selection, atlas_dataset_get_programmes (dataset));
  if (atlas_dataset_get_file (dataset) != NULL)
    subtitle = g_file_get_basename (atlas_dataset_get_file (dataset));
  else
    subtitle = g_strdup (_("Built-in dataset"));
  adw_window_title_set_title (self->title, atlas_dataset_get_title (dataset));
  adw_window_title_set_subtitle (self->title, subtitle);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(AtlasWindow) self = user_data;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  dataset = atlas_loader_load_file_finish (result, &problems, &error);
  if (dataset == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      /* The dataset on screen stays as it was */
      message = g_strdup_printf (_("Could not open the dataset: %s"), error->message);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
      return;
    }
  set_dataset (self, dataset);
}

void
atlas_window_open (AtlasWindow *self,
                   GFile       *file)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  self->loading = g_cancellable_new ();
  atlas_loader_load_file_async (file, self->loading, loaded_cb, g_object_ref (self));
}

AtlasDataset *
atlas_window_get_dataset (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);

  return self->dataset;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_list_item_set_child (item, label);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  AtlasProgramme *programme = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), atlas_programme_get_title (programme));
}

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = (AtlasWindow *) object;

  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_object (&self->dataset);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_window_dispose;
  object_class->get_property = atlas_window_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         ATLAS_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, programmes);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, selection);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
}

static void
atlas_window_init (AtlasWindow *self)
{
  g_autoptr(AtlasDataset) builtin = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  builtin = atlas_loader_load_builtin (&error);
  if (builtin == NULL)
    g_critical ("The built-in dataset does not load: %s", error->message);
  else
    {
      /* The built-in dataset's names are part of the app, in its language */
      atlas_vocabulary_translate (builtin);
      set_dataset (self, builtin);
    }
}

AtlasWindow *
atlas_window_new (AtlasApplication *application)
{
  return g_object_new (ATLAS_TYPE_WINDOW, "application", application, NULL);
}
