/* atlas-correction-dialog.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-correction-builder.h"
#include "atlas-dataset.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_CORRECTION_DIALOG (atlas_correction_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCorrectionDialog, atlas_correction_dialog, ATLAS, CORRECTION_DIALOG, AdwWindow)

GtkWidget *atlas_correction_dialog_new        (GtkWindow              *parent,
                                               AtlasDataset           *dataset,
                                               AtlasCorrectionTarget   target,
                                               AtlasProgramme         *programme,
                                               AtlasArea              *area,
                                               AtlasEvent             *event);
char      *atlas_correction_dialog_build      (AtlasCorrectionDialog  *self,
                                               GError                **error);
gboolean   atlas_correction_dialog_save_to    (AtlasCorrectionDialog  *self,
                                               GFile                  *file,
                                               GError                **error);
gboolean   atlas_correction_dialog_target_for (AtlasDataset           *dataset,
                                               GObject                *item,
                                               AtlasArea              *cell_area,
                                               AtlasProgramme         *cell_programme,
                                               AtlasCorrectionTarget  *target,
                                               AtlasProgramme        **programme,
                                               AtlasArea             **area,
                                               AtlasEvent            **event);

G_END_DECLS
