/* atlas-timeline-export-dialog.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-file-names.h"
#include "atlas-timeline-export-dialog.h"

/**
 * AtlasTimelineExportDialog:
 *
 * Asks how to export the timeline: PNG, SVG or PDF, the days in view or
 * the whole timeline, the width and light or dark colours; its "export"
 * response goes on to a file chooser, then writes the picture with the
 * core's timeline export, the lanes, kinds and search as shown.
 */

struct _AtlasTimelineExportDialog
{
  AdwMessageDialog parent_instance;

  AtlasTimeline *timeline;
  AdwToastOverlay *toasts;
  GtkFileChooserNative *chooser;

  AdwComboRow *format_row;
  AdwComboRow *range_row;
  GtkSpinButton *width_spin;
  AdwComboRow *style_row;
};

G_DEFINE_FINAL_TYPE (AtlasTimelineExportDialog, atlas_timeline_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
year_range (double start_day,
            double end_day)
{
  GDate first, last;

  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&first, (guint32) MAX (1, floor (start_day)));
  g_date_set_julian (&last, (guint32) MAX (1, ceil (end_day) - 1));
  return g_strdup_printf ("%d–%d", g_date_get_year (&first), g_date_get_year (&last));
}

static void
error_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog           *chooser,
                     int                        response,
                     AtlasTimelineExportDialog *self)
{
  const char *extension = atlas_timeline_export_format_extension (atlas_timeline_export_dialog_get_format (self));
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);
  if (chosen == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  file = atlas_file_with_extension (chosen, extension);

  if (atlas_timeline_export_dialog_write (self, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *escaped = g_markup_escape_text (name, -1);

      if (self->toasts != NULL)
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new_format (_("Exported to %s"), escaped));
    }
  else
    {
      GtkWidget *dialog = adw_message_dialog_new (gtk_window_get_transient_for (GTK_WINDOW (self)),
                                                  _("Could Not Export the Timeline"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
response_cb (AtlasTimelineExportDialog *self,
             const char                *response)
{
  AtlasTimelineExportFormat format = atlas_timeline_export_dialog_get_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *name = NULL;
  static const char *mime_types[] = { "image/png", "image/svg+xml", "application/pdf" };

  if (g_strcmp0 (response, "export") != 0)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* The dialog stays, hidden, until the file is written: it holds the choices */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  self->chooser = gtk_file_chooser_native_new (_("Export Timeline"), gtk_window_get_transient_for (GTK_WINDOW (self)),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  pattern = g_strconcat ("*.", atlas_timeline_export_format_extension (format), NULL);
  gtk_file_filter_set_name (filter, gtk_string_object_get_string (adw_combo_row_get_selected_item (self->format_row)));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, mime_types[format]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: the suggested file name of an exported timeline, without its extension */
  name = g_strconcat (_("timeline"), ".", atlas_timeline_export_format_extension (format), NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
atlas_timeline_export_dialog_dispose (GObject *object)
{
  AtlasTimelineExportDialog *self = (AtlasTimelineExportDialog *) object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->timeline);
  g_clear_object (&self->toasts);
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_TIMELINE_EXPORT_DIALOG);

  G_OBJECT_CLASS (atlas_timeline_export_dialog_parent_class)->dispose (object);
}

static void
atlas_timeline_export_dialog_class_init (AtlasTimelineExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_timeline_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-timeline-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelineExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelineExportDialog, range_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelineExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, AtlasTimelineExportDialog, style_row);
}

static void
atlas_timeline_export_dialog_init (AtlasTimelineExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
}

/**
 * atlas_timeline_export_dialog_new:
 * @timeline: the timeline to export, which has a dataset
 * @toasts: (nullable): where to say that the file was written
 *
 * A dialog that, once presented, asks and then exports; it destroys
 * itself when done.
 */
AtlasTimelineExportDialog *
atlas_timeline_export_dialog_new (GtkWindow       *parent,
                                  AtlasTimeline   *timeline,
                                  AdwToastOverlay *toasts)
{
  AtlasTimelineExportDialog *self;
  g_autoptr(GtkStringList) ranges = gtk_string_list_new (NULL);
  g_autofree char *shown = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *shown_label = NULL;
  g_autofree char *whole_label = NULL;
  double start, span, lo, hi;

  g_return_val_if_fail (ATLAS_IS_TIMELINE (timeline), NULL);
  g_return_val_if_fail (atlas_timeline_get_layout (timeline) != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_TIMELINE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->timeline = g_object_ref (timeline);
  self->toasts = toasts ? g_object_ref (toasts) : NULL;

  atlas_timeline_get_visible_range (timeline, &start, &span);
  atlas_timeline_layout_get_bounds (atlas_timeline_get_layout (timeline), &lo, &hi);
  shown = year_range (start, start + span);
  whole = year_range (lo, hi);
  /* Translators: a choice of what to export; %s is a range of years, "2002–2030" */
  shown_label = g_strdup_printf (_("The days in view, %s"), shown);
  /* Translators: the other choice; %s is a range of years */
  whole_label = g_strdup_printf (_("The whole timeline, %s"), whole);
  gtk_string_list_append (ranges, shown_label);
  gtk_string_list_append (ranges, whole_label);
  adw_combo_row_set_model (self->range_row, G_LIST_MODEL (ranges));
  /* The window's colours to start with */
  adw_combo_row_set_selected (self->style_row, adw_style_manager_get_dark (adw_style_manager_get_default ()) ? 1 : 0);
  return self;
}

AtlasTimelineExportFormat
atlas_timeline_export_dialog_get_format (AtlasTimelineExportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_EXPORT_DIALOG (self), ATLAS_TIMELINE_EXPORT_PNG);
  return MIN (adw_combo_row_get_selected (self->format_row), ATLAS_TIMELINE_EXPORT_PDF);
}

gboolean
atlas_timeline_export_dialog_get_visible_range (AtlasTimelineExportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_EXPORT_DIALOG (self), TRUE);
  return adw_combo_row_get_selected (self->range_row) != 1;
}

int
atlas_timeline_export_dialog_get_width (AtlasTimelineExportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_EXPORT_DIALOG (self), ATLAS_TIMELINE_EXPORT_DEFAULT_WIDTH);
  return gtk_spin_button_get_value_as_int (self->width_spin);
}

gboolean
atlas_timeline_export_dialog_get_dark (AtlasTimelineExportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_EXPORT_DIALOG (self), FALSE);
  return adw_combo_row_get_selected (self->style_row) == 1;
}

/**
 * atlas_timeline_export_dialog_write:
 *
 * Writes the timeline to @file as the dialog's choices say.
 */
gboolean
atlas_timeline_export_dialog_write (AtlasTimelineExportDialog *self,
                                    GFile                     *file,
                                    GError                   **error)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_EXPORT_DIALOG (self), FALSE);

  return atlas_timeline_export (self->timeline, atlas_timeline_export_dialog_get_format (self),
                                atlas_timeline_export_dialog_get_visible_range (self),
                                atlas_timeline_export_dialog_get_width (self),
                                atlas_timeline_export_dialog_get_dark (self),
                                file, NULL, error);
}
