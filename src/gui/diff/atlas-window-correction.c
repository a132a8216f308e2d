/* atlas-window-correction.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's Suggest a Correction…: offered while the selection is a
 * claim one can correct (a cell, a programme, an event), and opening the
 * dialog on it; a saved correction is announced with a toast. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-correction-dialog.h"
#include "atlas-window-private.h"

static gboolean
selected_target (AtlasWindow            *self,
                 AtlasCorrectionTarget  *target,
                 AtlasProgramme        **programme,
                 AtlasArea             **area,
                 AtlasEvent            **event)
{
  AtlasArea *cell_area = NULL;
  AtlasProgramme *cell_programme = NULL;

  atlas_compare_page_get_selected_cell (self->compare_page, &cell_area, &cell_programme);
  return atlas_correction_dialog_target_for (atlas_selection_get_dataset (self->selection),
                                             atlas_selection_get_item (self->selection),
                                             cell_area, cell_programme, target, programme, area, event);
}

static void
update_action (AtlasWindow *self)
{
  AtlasCorrectionTarget target;
  AtlasProgramme *programme;
  AtlasArea *area;
  AtlasEvent *event;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.suggest-correction",
                                 selected_target (self, &target, &programme, &area, &event));
}

static void
saved_cb (AtlasCorrectionDialog *dialog,
          GFile                 *file,
          AtlasWindow           *self)
{
  g_autofree char *name = g_file_get_basename (file);
  /* Translators: a toast, with the file's name */
  g_autofree char *title = g_strdup_printf (_("Correction saved as “%s”: send it to the dataset’s editors"), name);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (title));
}

/* win.suggest-correction */
void
_atlas_window_suggest_correction (AtlasWindow *self)
{
  AtlasCorrectionTarget target;
  AtlasProgramme *programme;
  AtlasArea *area;
  AtlasEvent *event;
  GtkWidget *dialog;

  if (!selected_target (self, &target, &programme, &area, &event))
    return;
  dialog = atlas_correction_dialog_new (GTK_WINDOW (self), atlas_selection_get_dataset (self->selection), target,
                                        programme, area, event);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_atlas_window_init_correction (AtlasWindow *self)
{
  g_signal_connect_object (self->selection, "notify::item", G_CALLBACK (update_action), self, G_CONNECT_SWAPPED);
  update_action (self);
}
