/* atlas-export-dialog.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-export-dialog.h"

/**
 * AtlasExportDialog:
 *
 * Asks how to export a comparison: the format (every one this copy can
 * write), the layout (wide or long), whether to add wordings and
 * evidence, headers for people or codes for scripts, a Frictionless Data
 * Package beside a CSV or TSV file, and whether to keep only the areas
 * shown. Its "export" response goes on to a file chooser.
 */

struct _AtlasExportDialog
{
  AdwMessageDialog parent_instance;

  GArray *formats;            /* AtlasExportFormat, as listed */

  AdwComboRow *format_row;
  AdwComboRow *paper_row;
  AdwComboRow *layout_row;
  GtkSwitch *wording_switch;
  GtkSwitch *evidence_switch;
  AdwActionRow *datapackage_row;
  GtkSwitch *datapackage_switch;
  AdwActionRow *localized_row;
  GtkSwitch *localized_switch;
  AdwActionRow *shown_row;
  GtkSwitch *shown_switch;
};

G_DEFINE_FINAL_TYPE (AtlasExportDialog, atlas_export_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
format_changed_cb (AtlasExportDialog *self)
{
  /* JSON is read by scripts and always uses the stable codes */
  gtk_widget_set_sensitive (GTK_WIDGET (self->localized_row),
                            atlas_export_dialog_get_format (self) != ATLAS_EXPORT_JSON);
  /* Only a PDF is laid out on pages */
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row),
                          atlas_export_dialog_get_format (self) == ATLAS_EXPORT_PDF);
  /* A data package describes a CSV or TSV file */
  gtk_widget_set_visible (GTK_WIDGET (self->datapackage_row),
                          atlas_export_dialog_get_format (self) == ATLAS_EXPORT_CSV ||
                          atlas_export_dialog_get_format (self) == ATLAS_EXPORT_TSV);
}

static void
atlas_export_dialog_finalize (GObject *object)
{
  AtlasExportDialog *self = (AtlasExportDialog *) object;

  g_clear_pointer (&self->formats, g_array_unref);

  G_OBJECT_CLASS (atlas_export_dialog_parent_class)->finalize (object);
}

static void
atlas_export_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (atlas_export_dialog_parent_class)->dispose (object);
}

static void
atlas_export_dialog_class_init (AtlasExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_export_dialog_dispose;
  object_class->finalize = atlas_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, layout_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, wording_switch);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, evidence_switch);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, datapackage_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, datapackage_switch);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, localized_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, localized_switch);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, shown_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasExportDialog, shown_switch);
}

static void
atlas_export_dialog_init (AtlasExportDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Formats are listed as this copy was built: the table in
   * atlas-export.c says which it can write. */
  self->formats = g_array_new (FALSE, FALSE, sizeof (AtlasExportFormat));
  for (AtlasExportFormat format = 0; format < ATLAS_N_EXPORT_FORMATS; format++)
    if (atlas_export_format_is_available (format))
      {
        g_array_append_val (self->formats, format);
        gtk_string_list_append (labels, atlas_export_format_to_label (format));
      }
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (labels));
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (format_changed_cb), self);
}

/**
 * atlas_export_dialog_new:
 * @n_shown: how many areas the table shows
 * @n_total: how many areas there are
 */
AtlasExportDialog *
atlas_export_dialog_new (GtkWindow *parent,
                         guint      n_shown,
                         guint      n_total)
{
  AtlasExportDialog *self;
  g_autofree char *subtitle = NULL;

  self = g_object_new (ATLAS_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  /* Translators: %1$u areas shown of %2$u in all */
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The %1$u of %2$u area shown, in the order shown",
                                           "The %1$u of %2$u areas shown, in the order shown", n_total),
                              n_shown, n_total);
  adw_action_row_set_subtitle (self->shown_row, subtitle);
  return self;
}

AtlasExportFormat
atlas_export_dialog_get_format (AtlasExportDialog *self)
{
  guint selected;

  g_return_val_if_fail (ATLAS_IS_EXPORT_DIALOG (self), ATLAS_EXPORT_CSV);

  selected = adw_combo_row_get_selected (self->format_row);
  if (selected >= self->formats->len)
    return ATLAS_EXPORT_CSV;
  return g_array_index (self->formats, AtlasExportFormat, selected);
}

void
atlas_export_dialog_set_format (AtlasExportDialog *self,
                                AtlasExportFormat  format)
{
  g_return_if_fail (ATLAS_IS_EXPORT_DIALOG (self));

  for (guint i = 0; i < self->formats->len; i++)
    if (g_array_index (self->formats, AtlasExportFormat, i) == format)
      adw_combo_row_set_selected (self->format_row, i);
  format_changed_cb (self);
}

void
atlas_export_dialog_get_options (AtlasExportDialog *self,
                                 AtlasTableOptions *options)
{
  g_return_if_fail (ATLAS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  options->layout = adw_combo_row_get_selected (self->layout_row) == 1 ? ATLAS_TABLE_LAYOUT_LONG
                                                                       : ATLAS_TABLE_LAYOUT_WIDE;
  options->include_wording = gtk_switch_get_active (self->wording_switch);
  options->include_evidence = gtk_switch_get_active (self->evidence_switch);
  options->localized = gtk_switch_get_active (self->localized_switch);
  options->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? ATLAS_PAPER_LETTER : ATLAS_PAPER_A4;
}

void
atlas_export_dialog_set_options (AtlasExportDialog       *self,
                                 const AtlasTableOptions *options)
{
  g_return_if_fail (ATLAS_IS_EXPORT_DIALOG (self));
  g_return_if_fail (options != NULL);

  adw_combo_row_set_selected (self->layout_row, options->layout == ATLAS_TABLE_LAYOUT_LONG ? 1 : 0);
  gtk_switch_set_active (self->wording_switch, options->include_wording);
  gtk_switch_set_active (self->evidence_switch, options->include_evidence);
  gtk_switch_set_active (self->localized_switch, options->localized);
  adw_combo_row_set_selected (self->paper_row, options->paper == ATLAS_PAPER_LETTER ? 1 : 0);
}

gboolean
atlas_export_dialog_get_only_shown (AtlasExportDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_EXPORT_DIALOG (self), TRUE);
  return gtk_switch_get_active (self->shown_switch);
}

/**
 * atlas_export_dialog_get_datapackage:
 *
 * Returns: whether to write datapackage.json beside the file: asked for,
 *   and the format is CSV or TSV
 */
gboolean
atlas_export_dialog_get_datapackage (AtlasExportDialog *self)
{
  AtlasExportFormat format;

  g_return_val_if_fail (ATLAS_IS_EXPORT_DIALOG (self), FALSE);

  format = atlas_export_dialog_get_format (self);
  return gtk_switch_get_active (self->datapackage_switch) &&
         (format == ATLAS_EXPORT_CSV || format == ATLAS_EXPORT_TSV);
}

void
atlas_export_dialog_set_datapackage (AtlasExportDialog *self,
                                     gboolean           datapackage)
{
  g_return_if_fail (ATLAS_IS_EXPORT_DIALOG (self));
  gtk_switch_set_active (self->datapackage_switch, datapackage);
}
