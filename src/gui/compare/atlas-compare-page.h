/* atlas-compare-page.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "atlas-comparison.h"
#include "atlas-export.h"
#include "atlas-selection.h"
#include "atlas-view.h"
#include "atlas-tables.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_COMPARE_PAGE (atlas_compare_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasComparePage, atlas_compare_page, ATLAS, COMPARE_PAGE, AtlasView)

GtkWidget       *atlas_compare_page_new                 (AtlasSelection          *selection);
void             atlas_compare_page_set_programmes      (AtlasComparePage        *self,
                                                         const char * const      *ids);
char           **atlas_compare_page_dup_programmes      (AtlasComparePage        *self);
AtlasComparison *atlas_compare_page_get_comparison      (AtlasComparePage        *self);
GListModel      *atlas_compare_page_get_rows            (AtlasComparePage        *self);
gboolean         atlas_compare_page_get_only_differences(AtlasComparePage        *self);
void             atlas_compare_page_set_only_differences(AtlasComparePage        *self,
                                                         gboolean                 only_differences);
gboolean         atlas_compare_page_get_show_changes    (AtlasComparePage        *self);
void             atlas_compare_page_set_show_changes    (AtlasComparePage        *self,
                                                         gboolean                 show_changes);
gboolean         atlas_compare_page_get_show_wording    (AtlasComparePage        *self);
void             atlas_compare_page_set_show_wording    (AtlasComparePage        *self,
                                                         gboolean                 show_wording);
AtlasArea       *atlas_compare_page_get_area_filter     (AtlasComparePage        *self);
gboolean         atlas_compare_page_get_selected_cell   (AtlasComparePage        *self,
                                                         AtlasArea              **area,
                                                         AtlasProgramme         **programme);
void             atlas_compare_page_export              (AtlasComparePage        *self,
                                                         AtlasExportFormat        format,
                                                         const AtlasTableOptions *options,
                                                         gboolean                 only_shown,
                                                         gboolean                 with_datapackage,
                                                         GFile                   *file,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
gboolean         atlas_compare_page_export_finish       (AtlasComparePage        *self,
                                                         GAsyncResult            *result,
                                                         GError                 **error);
AtlasTable      *atlas_compare_page_build_table         (AtlasComparePage        *self,
                                                         const AtlasTableOptions *options,
                                                         gboolean                 only_shown);

G_END_DECLS
