/* atlas-compare-page-export.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's export (off the main thread, atomically), copy
 * to the clipboard and print, each of the table as it is shown. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export-dialog.h"
#include "atlas-file-names.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-text.h"

/* ------------------------------------------------------------- export */

typedef struct
{
  AtlasExportFormat format;
  AtlasTableOptions options;
  AtlasComparison *comparison;
  GPtrArray *areas;
  gboolean with_change;
  char *view_note;
  GFile *file;
  gboolean with_datapackage;
  AtlasProgress *progress;
  GError *error;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->progress);
  g_clear_object (&job->comparison);
  g_free (job->view_note);
  g_clear_pointer (&job->areas, g_ptr_array_unref);
  g_clear_object (&job->file);
  g_clear_error (&job->error);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(AtlasTable) table = NULL;
  g_autoptr(AtlasTable) evidence = NULL;
  /* Only XLSX writes the evidence */
  gboolean with_evidence = atlas_export_format_writes_evidence (job->format);
  double build_share = atlas_export_format_table_share (job->format);
  GError *error = NULL;

  job->options.progress = job->progress;
  job->options.cancellable = cancellable;
  atlas_progress_begin_step (job->progress, build_share * (with_evidence ? 0.8 : 1.0));
  table = atlas_comparison_shown_table (job->comparison, &job->options, job->areas, job->with_change);
  if (with_evidence)
    {
      atlas_progress_begin_step (job->progress, build_share);
      evidence = atlas_comparison_shown_evidence (job->comparison, &job->options, job->areas);
    }
  atlas_progress_begin_step (job->progress, 1.0);
  /* which fails at once when the table was cut short by a cancel */
  if (!atlas_export_to_file_full (job->format, table, evidence, job->file, job->progress, cancellable, &error) ||
      (job->with_datapackage && !atlas_export_datapackage_to_file (job->format, table, job->file, cancellable, &error)))
    {
      job->error = g_error_copy (error);
      g_task_return_error (task, error);
    }
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_error_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* {{{ The bar of the export under way */

/* The bar's words: the time left once there is an estimate */
static gboolean
export_tick_cb (gpointer user_data)
{
  AtlasComparePage *self = user_data;
  g_autofree char *remaining = atlas_progress_describe_remaining (self->export_progress);
  g_autofree char *text = NULL;
  guint percent = atlas_progress_get_percent (self->export_progress);

  gtk_progress_bar_set_fraction (self->export_bar, atlas_progress_get_fraction (self->export_progress));
  if (remaining != NULL)
    /* Translators: on the bar of an export under way; %u %% is the share
     * done (“42 %”), %s how long it should still take (“about 8 seconds
     * left”) */
    text = g_strdup_printf (_("%u %% — %s"), percent, remaining);
  else
    /* Translators: on the bar of an export under way, the share done (“42 %”) */
    text = g_strdup_printf (_("%u %%"), percent);
  gtk_progress_bar_set_text (self->export_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
show_export (AtlasComparePage *self,
             AtlasProgress    *progress,
             GCancellable     *cancellable)
{
  _atlas_compare_page_stop_showing_export (self);
  self->export_progress = g_object_ref (progress);
  self->export_cancellable = g_object_ref (cancellable);
  export_tick_cb (self);
  self->export_tick = g_timeout_add (200, export_tick_cb, self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-export", TRUE);
  gtk_revealer_set_reveal_child (self->export_revealer, TRUE);
}

void
_atlas_compare_page_stop_showing_export (AtlasComparePage *self)
{
  g_clear_handle_id (&self->export_tick, g_source_remove);
  g_clear_object (&self->export_progress);
  g_clear_object (&self->export_cancellable);
  if (self->export_revealer != NULL)
    gtk_revealer_set_reveal_child (self->export_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-export", FALSE);
}

void
_atlas_compare_page_cancel_export_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  if (self->export_cancellable != NULL)
    g_cancellable_cancel (self->export_cancellable);
}

/* }}} */

/* Tells the user how the export went, however it was started. */
static void
export_completed_cb (GTask            *task,
                     GParamSpec       *pspec,
                     AtlasComparePage *self)
{
  ExportJob *job = g_task_get_task_data (task);

  if (self->export_progress == job->progress)
    _atlas_compare_page_stop_showing_export (self);

  if (job->error == NULL)
    {
      g_autofree char *name = g_file_get_basename (job->file);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *uri = g_file_get_uri (job->file);
      AdwToast *toast = adw_toast_new_format (_("Exported to %s"), escaped);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "compare.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toasts, toast);
    }
  else if (!g_error_matches (job->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *dialog = adw_message_dialog_new (_atlas_compare_page_get_parent_window (self), _("Could Not Export the Comparison"),
                                                                      job->error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      g_signal_connect (dialog, "response", G_CALLBACK (export_error_response_cb), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     AtlasComparePage *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean only_shown = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "atlas-only-shown"));

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (chosen == NULL)
    return;

  file = atlas_file_with_extension (chosen, atlas_export_format_extension (self->export_format));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  atlas_compare_page_export (self, self->export_format, &self->export_options, only_shown,
                             self->export_datapackage, file,
                             self->cancellable, NULL, NULL);
}

static char *
suggested_name (AtlasComparePage *self)
{
  g_autoptr(GString) stem = g_string_new (_("comparison"));
  g_autofree char *safe = NULL;

  if (self->shown->len <= 3)
    for (guint i = 0; i < self->shown->len; i++)
      g_string_append_printf (stem, "-%s", atlas_programme_get_id (g_ptr_array_index (self->shown, i)));
  /* Ids come from the dataset: “../../x” must not leave the folder */
  safe = atlas_safe_file_name (stem->str, _("comparison"));
  return g_strdup_printf ("%s.%s", safe, atlas_export_format_extension (self->export_format));
}

static void
export_dialog_response_cb (AtlasExportDialog *dialog,
                           const char        *response,
                           AtlasComparePage  *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;

  self->export_format = atlas_export_dialog_get_format (dialog);
  atlas_export_dialog_get_options (dialog, &self->export_options);
  self->export_datapackage = atlas_export_dialog_get_datapackage (dialog);

  chooser = gtk_file_chooser_native_new (_("Export Comparison"), _atlas_compare_page_get_parent_window (self),
                                                             GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  pattern = g_strconcat ("*.", atlas_export_format_extension (self->export_format), NULL);
  gtk_file_filter_set_name (filter, atlas_export_format_to_label (self->export_format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, atlas_export_format_mime_type (self->export_format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "atlas-only-shown",
                     GINT_TO_POINTER (atlas_export_dialog_get_only_shown (dialog)));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_atlas_compare_page_export_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasExportDialog *dialog;

  if (self->comparison == NULL)
    return;
  dialog = atlas_export_dialog_new (_atlas_compare_page_get_parent_window (self),
                                                        g_list_model_get_n_items (G_LIST_MODEL (self->filtered)),
                                                        g_list_model_get_n_items (G_LIST_MODEL (self->rows)));
  atlas_export_dialog_set_format (dialog, self->export_format);
  atlas_export_dialog_set_options (dialog, &self->export_options);
  atlas_export_dialog_set_datapackage (dialog, self->export_datapackage);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------- clipboard, print */

static GBytes *
write_to_bytes (AtlasExportFormat format,
                AtlasTable       *table,
                GError          **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!atlas_export_write (format, table, NULL, stream, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

void
_atlas_compare_page_copy_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, TRUE };
  g_autoptr(AtlasTable) table = atlas_compare_page_build_table (self, &options, TRUE);
  g_autoptr(GBytes) tsv = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) union_provider = NULL;

  if (table == NULL)
    return;
  tsv = write_to_bytes (ATLAS_EXPORT_TSV, table, &error);
  if (tsv == NULL)
    {
      _atlas_compare_page_add_toast (self, error->message);
      return;
    }
  /* HTML is always built in; only a full memory could stop it, and then
   * the text alone is copied */
  html = write_to_bytes (ATLAS_EXPORT_HTML, table, NULL);

  providers[0] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", tsv);
  if (html != NULL)
    providers[1] = gdk_content_provider_new_for_bytes ("text/html", html);
  union_provider = gdk_content_provider_new_union (providers, html != NULL ? 2 : 1);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), union_provider);
  _atlas_compare_page_add_toast (self, _("Table copied"));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               AtlasComparePage        *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      _atlas_compare_page_add_toast (self, error ? error->message : _("Could not print the comparison"));
    }
}

void
_atlas_compare_page_print_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  /* The table of the PDF export, for people, with the programmes' own
   * wording and positions as the cells show them */
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, TRUE };
  g_autoptr(AtlasTable) table = NULL;
  g_autoptr(AtlasComparePrint) print = NULL;
  g_autoptr(GError) error = NULL;

  if (self->comparison == NULL)
    return;
  options.paper = self->export_options.paper;
  options.for_people = TRUE;
  /* What you see is what you print, and the page says what it leaves out */
  table = atlas_compare_page_build_table (self, &options, TRUE);
  print = atlas_compare_print_new (table);
  g_signal_connect_object (print, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), TRUE);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               _atlas_compare_page_get_parent_window (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    _atlas_compare_page_add_toast (self, error->message);
}

/**
 * atlas_compare_page_export:
 * @only_shown: export only the areas shown, in the order shown (with the
 *   change column when changes are shown)
 * @with_datapackage: write datapackage.json (Frictionless Data) beside a
 *   CSV or TSV @file, naming its dataset; ignored for the other formats
 *
 * Writes the comparison to @file off the main thread, replacing @file
 * only once the export is complete. While it runs, a bar above the table
 * shows how far along it is, the time left and a Cancel button, which
 * cancels @cancellable (or the export's own, when it is %NULL) and leaves
 * @file as it was. The page tells the user the outcome (a toast with
 * "Open", or a message); @callback gets it too.
 */
void
atlas_compare_page_export (AtlasComparePage        *self,
                           AtlasExportFormat        format,
                           const AtlasTableOptions *options,
                           gboolean                 only_shown,
                           gboolean                 with_datapackage,
                           GFile                   *file,
                           GCancellable            *cancellable,
                           GAsyncReadyCallback      callback,
                           gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GCancellable) own = NULL;
  ExportJob *job;

  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  /* The bar's Cancel needs one */
  if (cancellable == NULL)
    cancellable = own = g_cancellable_new ();
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_compare_page_export);
  if (self->comparison == NULL)
    {
      g_task_return_new_error (task, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                               _("There is no comparison to export"));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->format = format;
  job->options = *options;
  /* Scripts read JSON by its codes, whatever the language; a format for
   * people leaves out internal ids and empty programmes */
  if (format == ATLAS_EXPORT_JSON)
    job->options.localized = FALSE;
  job->options.for_people = atlas_export_format_is_for_people (format);
  job->comparison = g_object_ref (self->comparison);
  /* Even with every area shown, the order may be the user's */
  job->areas = only_shown ? _atlas_compare_page_dup_shown_areas (self) : NULL;
  job->with_change = only_shown && _atlas_compare_page_changes_shown (self);
  /* What you see is what you get, and the table says what it leaves out */
  if (only_shown)
    {
      job->options.blank_unknown = self->hide_unknown;
      job->view_note = _atlas_compare_page_view_note (self, job->options.localized);
      job->options.view_note = job->view_note;
    }
  job->file = g_object_ref (file);
  job->with_datapackage = with_datapackage && (format == ATLAS_EXPORT_CSV || format == ATLAS_EXPORT_TSV);
  job->progress = atlas_progress_new ();
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  show_export (self, job->progress, cancellable);
  g_signal_connect_object (task, "notify::completed", G_CALLBACK (export_completed_cb), self, 0);
  g_task_run_in_thread (task, export_thread);
}

gboolean
atlas_compare_page_export_finish (AtlasComparePage *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * atlas_compare_page_build_table:
 *
 * Returns: (transfer full) (nullable): the comparison as a table, as
 *   shown when @only_shown
 */
AtlasTable *
atlas_compare_page_build_table (AtlasComparePage        *self,
                                const AtlasTableOptions *options,
                                gboolean                 only_shown)
{
  g_autoptr(GPtrArray) areas = NULL;
  g_autofree char *note = NULL;
  AtlasTableOptions shown = *options;

  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);

  if (self->comparison == NULL)
    return NULL;
  if (only_shown)
    {
      areas = _atlas_compare_page_dup_shown_areas (self);
      shown.blank_unknown = self->hide_unknown;
      note = _atlas_compare_page_view_note (self, options->localized);
      shown.view_note = note;
    }
  return atlas_comparison_shown_table (self->comparison, &shown, areas, only_shown && _atlas_compare_page_changes_shown (self));
}
