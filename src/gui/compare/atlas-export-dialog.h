/* atlas-export-dialog.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-export.h"
#include "atlas-tables.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EXPORT_DIALOG (atlas_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasExportDialog, atlas_export_dialog, ATLAS, EXPORT_DIALOG, AdwMessageDialog)

AtlasExportDialog *atlas_export_dialog_new             (GtkWindow               *parent,
                                                        guint                    n_shown,
                                                        guint                    n_total);
AtlasExportFormat  atlas_export_dialog_get_format      (AtlasExportDialog       *self);
void               atlas_export_dialog_set_format      (AtlasExportDialog       *self,
                                                        AtlasExportFormat        format);
void               atlas_export_dialog_get_options     (AtlasExportDialog       *self,
                                                        AtlasTableOptions       *options);
void               atlas_export_dialog_set_options     (AtlasExportDialog       *self,
                                                        const AtlasTableOptions *options);
gboolean           atlas_export_dialog_get_only_shown  (AtlasExportDialog       *self);
gboolean           atlas_export_dialog_get_datapackage (AtlasExportDialog       *self);
void               atlas_export_dialog_set_datapackage (AtlasExportDialog       *self,
                                                        gboolean                 datapackage);

G_END_DECLS
