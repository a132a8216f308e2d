/* atlas-selection.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"
#include "atlas-diff-marks.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_SELECTION (atlas_selection_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSelection, atlas_selection, ATLAS, SELECTION, GObject)

AtlasSelection *atlas_selection_new             (void);
AtlasDataset   *atlas_selection_get_dataset     (AtlasSelection *self);
void            atlas_selection_set_dataset     (AtlasSelection *self,
                                                 AtlasDataset   *dataset);
GObject        *atlas_selection_get_item        (AtlasSelection *self);
void            atlas_selection_set_item        (AtlasSelection *self,
                                                 GObject        *item);
const char     *atlas_selection_get_note        (AtlasSelection *self);
void            atlas_selection_set_item_with_note (AtlasSelection *self,
                                                 GObject        *item,
                                                 GPtrArray      *evidence,
                                                 const char     *note);
void            atlas_selection_set_item_with_claims (AtlasSelection *self,
                                                 GObject        *item,
                                                 GPtrArray      *claims,
                                                 const char     *note);
GPtrArray      *atlas_selection_get_claims      (AtlasSelection *self);
GListModel     *atlas_selection_get_evidence    (AtlasSelection *self);
const char     *atlas_selection_get_search_text (AtlasSelection *self);
void            atlas_selection_set_search_text (AtlasSelection *self,
                                                 const char     *search_text);

AtlasDiffMarks *atlas_selection_get_changes     (AtlasSelection *self);
void            atlas_selection_set_changes     (AtlasSelection *self,
                                                 AtlasDiffMarks *changes);

G_END_DECLS
