/* atlas-timeline-export-dialog.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-timeline.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_EXPORT_DIALOG (atlas_timeline_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelineExportDialog, atlas_timeline_export_dialog, ATLAS, TIMELINE_EXPORT_DIALOG,
                      AdwMessageDialog)

AtlasTimelineExportDialog *atlas_timeline_export_dialog_new               (GtkWindow                 *parent,
                                                                           AtlasTimeline             *timeline,
                                                                           AdwToastOverlay           *toasts);
AtlasTimelineExportFormat  atlas_timeline_export_dialog_get_format        (AtlasTimelineExportDialog *self);
gboolean                   atlas_timeline_export_dialog_get_visible_range (AtlasTimelineExportDialog *self);
int                        atlas_timeline_export_dialog_get_width         (AtlasTimelineExportDialog *self);
gboolean                   atlas_timeline_export_dialog_get_dark          (AtlasTimelineExportDialog *self);
gboolean                   atlas_timeline_export_dialog_write             (AtlasTimelineExportDialog *self,
                                                                           GFile                     *file,
                                                                           GError                   **error);

G_END_DECLS
