/* atlas-correction-dialog.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* “Suggest a Correction…”: on a claim the reader has selected — a cell of
 * the comparison (even one no source speaks of), a programme's signing
 * date, an event's date — the reader proposes a new status, wording or
 * date with a quotation, its source's address and a note; the dialog makes
 * a correction file of it (docs/corrections.md, checked against the
 * dataset before it is written) and saves it where the reader chooses.
 * What the reader typed is never lost: a refusal says why, in the dialog. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-correction-dialog.h"
#include "atlas-event.h"
#include "atlas-labels.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-text.h"
#include "atlas-mnemonic-names.h"

struct _AtlasCorrectionDialog
{
  AdwWindow parent_instance;

  AtlasDataset *dataset;
  AtlasCorrectionTarget target;
  AtlasProgramme *programme;
  AtlasArea *area;
  AtlasEvent *event;

  AdwPreferencesGroup *claim_group;
  AdwComboRow *status_row;
  AdwEntryRow *wording_row;
  AdwEntryRow *date_row;
  GtkTextView *quote_view;
  AdwEntryRow *url_row;
  AdwEntryRow *title_row;
  AdwEntryRow *publisher_row;
  AdwEntryRow *note_row;
  GtkLabel *error_label;
};

G_DEFINE_FINAL_TYPE (AtlasCorrectionDialog, atlas_correction_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of the status row, after “as it is” */
static const AtlasAreaStatus statuses[] = {
  ATLAS_AREA_STATUS_LISTED,
  ATLAS_AREA_STATUS_REPORTED,
  ATLAS_AREA_STATUS_NOT_LISTED,
};

static const char *
entry_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static char *
quote_text (AtlasCorrectionDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->quote_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Text the reader left empty is no text */
static const char *
or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/**
 * atlas_correction_dialog_build:
 *
 * Returns: (transfer full) (nullable): the correction file of what the
 *   dialog holds, or %NULL with @error saying what is missing or why the
 *   dataset would not take it
 */
char *
atlas_correction_dialog_build (AtlasCorrectionDialog  *self,
                               GError                **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *quote = quote_text (self);
  g_autofree char *dataset = NULL;
  g_autofree char *url = NULL;
  AtlasCorrectionRequest request = { 0 };
  guint chosen;
  gsize length;

  g_return_val_if_fail (ATLAS_IS_CORRECTION_DIALOG (self), NULL);

  dataset = atlas_correction_read_dataset (self->dataset, &length, error);
  if (dataset == NULL)
    return NULL;
  url = g_strstrip (g_strdup (entry_text (self->url_row)));
  request.target = self->target;
  request.programme = self->programme ? atlas_programme_get_id (self->programme) : NULL;
  request.area = self->area ? atlas_area_get_id (self->area) : NULL;
  request.event = self->event ? atlas_event_get_id (self->event) : NULL;
  chosen = adw_combo_row_get_selected (self->status_row);
  if (self->target == ATLAS_CORRECTION_CELL && chosen >= 1 && chosen <= G_N_ELEMENTS (statuses))
    request.status = atlas_area_status_to_code (statuses[chosen - 1]);
  if (self->target == ATLAS_CORRECTION_CELL)
    request.wording = or_null (entry_text (self->wording_row));
  else
    request.date = or_null (entry_text (self->date_row));
  request.quote = quote;
  request.url = url;
  request.title = or_null (entry_text (self->title_row));
  request.publisher = or_null (entry_text (self->publisher_row));
  request.note = or_null (entry_text (self->note_row));
  return atlas_correction_build (dataset, length, &request, today, error);
}

static void
show_error (AtlasCorrectionDialog *self,
            const char            *message)
{
  gtk_label_set_text (self->error_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/**
 * atlas_correction_dialog_save_to:
 *
 * Writes the correction to @file, replacing it only once complete.
 *
 * Returns: whether it was written; else @error says why, and the dialog
 *   shows it
 */
gboolean
atlas_correction_dialog_save_to (AtlasCorrectionDialog  *self,
                                 GFile                  *file,
                                 GError                **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (ATLAS_IS_CORRECTION_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  text = atlas_correction_dialog_build (self, &local);
  if (text == NULL ||
      !g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                NULL, &local))
    {
      show_error (self, local->message);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, file);
  return TRUE;
}

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           gpointer         user_data)
{
  g_autoptr(AtlasCorrectionDialog) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL && atlas_correction_dialog_save_to (self, file, NULL))
        gtk_window_close (GTK_WINDOW (self));
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static char *
suggested_name (AtlasCorrectionDialog *self)
{
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autofree char *safe = NULL;

  if (self->programme != NULL)
    g_string_append (stem, atlas_programme_get_id (self->programme));
  if (self->area != NULL)
    g_string_append_printf (stem, "-%s", atlas_area_get_id (self->area));
  if (self->event != NULL)
    g_string_append (stem, atlas_event_get_id (self->event));
  /* Translators: the start of a correction file's suggested name */
  g_string_prepend (stem, C_("file name", "correction-"));
  safe = atlas_safe_file_name (stem->str, C_("file name", "correction"));
  return g_strconcat (safe, ".json", NULL);
}

static void
save_clicked_cb (AtlasCorrectionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = atlas_correction_dialog_build (self, &error);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  /* Refused before a file is asked for: what is missing, in the dialog */
  if (text == NULL)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  chooser = gtk_file_chooser_native_new (_("Save Correction"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* What the dataset says now, above what the reader proposes */
static void
describe_claim (AtlasCorrectionDialog *self)
{
  g_autofree char *title = NULL;
  g_autofree char *now = NULL;
  g_autofree char *description = NULL;

  switch (self->target)
    {
    case ATLAS_CORRECTION_CELL:
      {
        AtlasProgrammeArea *pa = atlas_programme_find_area (self->programme, self->area);
        AtlasAreaStatus status = pa ? atlas_programme_area_get_status (pa) : ATLAS_AREA_STATUS_UNKNOWN;

        /* Translators: the claim a correction is about: a programme and an area */
        title = g_strdup_printf (_("%s · %s"), atlas_programme_get_short_label (self->programme),
                                 atlas_area_get_name (self->area));
        now = atlas_label_area_status (status);
        break;
      }
    case ATLAS_CORRECTION_SIGNED:
      {
        GPtrArray *claims = atlas_programme_get_signed (self->programme);

        /* Translators: the claim a correction is about, as in “Japan ITPP 2023 · signed” */
        title = g_strdup_printf (_("%s · signed"), atlas_programme_get_short_label (self->programme));
        now = claims != NULL && claims->len > 0 ? atlas_label_claims (claims) : g_strdup (_("No date"));
        break;
      }
    case ATLAS_CORRECTION_EVENT_DATE:
    default:
      title = atlas_text_isolate_bidi (atlas_event_get_title (self->event));
      now = atlas_label_event_date (self->event);
      break;
    }
  /* Translators: under the claim a correction is about: what the dataset says of it now */
  description = g_strdup_printf (_("The dataset says: %s. A date stays beside the others; the editors decide."),
                                 now);
  if (self->target == ATLAS_CORRECTION_CELL)
    {
      g_free (description);
      description = g_strdup_printf (_("The dataset says: %s."), now);
    }
  adw_preferences_group_set_title (self->claim_group, title);
  adw_preferences_group_set_description (self->claim_group, description);
}

static void
atlas_correction_dialog_dispose (GObject *object)
{
  AtlasCorrectionDialog *self = ATLAS_CORRECTION_DIALOG (object);

  g_clear_object (&self->dataset);
  g_clear_object (&self->programme);
  g_clear_object (&self->area);
  g_clear_object (&self->event);

  G_OBJECT_CLASS (atlas_correction_dialog_parent_class)->dispose (object);
}

static void
atlas_correction_dialog_class_init (AtlasCorrectionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_correction_dialog_dispose;

  /**
   * AtlasCorrectionDialog::saved:
   * @file: where the correction was written
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-correction-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, claim_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, wording_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, quote_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, publisher_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasCorrectionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
atlas_correction_dialog_init (AtlasCorrectionDialog *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_mnemonic_names_fix (GTK_WIDGET (self));
  /* Translators: the first choice of a correction's new status: no change of status */
  gtk_string_list_append (choices, _("As it is"));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (choices, atlas_area_status_to_label (statuses[i]));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (choices));
}

/**
 * atlas_correction_dialog_new:
 * @programme: (nullable): the programme (a cell, a signing)
 * @area: (nullable): the area (a cell)
 * @event: (nullable): the event (its date)
 *
 * Returns: (transfer floating): the dialog, not yet presented
 */
GtkWidget *
atlas_correction_dialog_new (GtkWindow             *parent,
                             AtlasDataset          *dataset,
                             AtlasCorrectionTarget  target,
                             AtlasProgramme        *programme,
                             AtlasArea             *area,
                             AtlasEvent            *event)
{
  AtlasCorrectionDialog *self;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (target != ATLAS_CORRECTION_CELL || (programme != NULL && area != NULL), NULL);
  g_return_val_if_fail (target != ATLAS_CORRECTION_SIGNED || programme != NULL, NULL);
  g_return_val_if_fail (target != ATLAS_CORRECTION_EVENT_DATE || event != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_CORRECTION_DIALOG, "transient-for", parent, NULL);
  self->dataset = g_object_ref (dataset);
  self->target = target;
  g_set_object (&self->programme, programme);
  g_set_object (&self->area, area);
  g_set_object (&self->event, event);
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), target == ATLAS_CORRECTION_CELL);
  gtk_widget_set_visible (GTK_WIDGET (self->wording_row), target == ATLAS_CORRECTION_CELL);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), target != ATLAS_CORRECTION_CELL);
  describe_claim (self);
  return GTK_WIDGET (self);
}

/**
 * atlas_correction_dialog_target_for:
 * @item: (nullable): the selected record
 * @cell_area: (nullable): the area of the Compare page's selected cell
 * @cell_programme: (nullable): and its programme
 *
 * Which claim a correction of the selection is about, if any.
 *
 * Returns: whether there is one to correct
 */
gboolean
atlas_correction_dialog_target_for (AtlasDataset           *dataset,
                                    GObject                *item,
                                    AtlasArea              *cell_area,
                                    AtlasProgramme         *cell_programme,
                                    AtlasCorrectionTarget  *target,
                                    AtlasProgramme        **programme,
                                    AtlasArea             **area,
                                    AtlasEvent            **event)
{
  *programme = NULL;
  *area = NULL;
  *event = NULL;
  if (dataset == NULL || item == NULL)
    return FALSE;

  /* a cell: its record, or the area of a cell no source speaks of */
  if (cell_area != NULL && cell_programme != NULL &&
      (G_OBJECT (cell_area) == item ||
       (ATLAS_IS_PROGRAMME_AREA (item) && atlas_programme_area_get_area (ATLAS_PROGRAMME_AREA (item)) == cell_area)))
    {
      *target = ATLAS_CORRECTION_CELL;
      *programme = cell_programme;
      *area = cell_area;
      return TRUE;
    }
  if (ATLAS_IS_PROGRAMME_AREA (item))
    {
      GListModel *programmes = atlas_dataset_get_programmes (dataset);
      AtlasArea *of = atlas_programme_area_get_area (ATLAS_PROGRAMME_AREA (item));

      for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
        {
          g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);

          if (atlas_programme_find_area (p, of) == ATLAS_PROGRAMME_AREA (item))
            {
              *target = ATLAS_CORRECTION_CELL;
              *programme = p;
              *area = of;
              return TRUE;
            }
        }
      return FALSE;
    }
  if (ATLAS_IS_PROGRAMME (item))
    {
      *target = ATLAS_CORRECTION_SIGNED;
      *programme = ATLAS_PROGRAMME (item);
      return TRUE;
    }
  if (ATLAS_IS_EVENT (item))
    {
      *target = ATLAS_CORRECTION_EVENT_DATE;
      *event = ATLAS_EVENT (item);
      return TRUE;
    }
  return FALSE;
}
