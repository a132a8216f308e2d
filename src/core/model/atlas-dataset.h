/* atlas-dataset.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DATASET (atlas_dataset_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDataset, atlas_dataset, ATLAS, DATASET, GObject)

const char     *atlas_dataset_get_title         (AtlasDataset   *self);
const char     *atlas_dataset_get_description   (AtlasDataset   *self);
const AtlasDate*atlas_dataset_get_updated       (AtlasDataset   *self);
GFile          *atlas_dataset_get_file          (AtlasDataset   *self);
const char     *atlas_dataset_get_sha256        (AtlasDataset   *self);
guint           atlas_dataset_get_format_version (AtlasDataset  *self);
const char     *atlas_dataset_get_release       (AtlasDataset   *self);
const char     *atlas_dataset_get_licence       (AtlasDataset   *self);
GPtrArray      *atlas_dataset_get_changelog     (AtlasDataset   *self);
const char     *atlas_dataset_get_current_release (AtlasDataset *self);
const AtlasDate*atlas_dataset_get_release_date  (AtlasDataset   *self);
char           *atlas_release_line              (const char     *release,
                                                 const char     *date,
                                                 gboolean        translated);
guint           atlas_dataset_count_documents_of_kind (AtlasDataset      *self,
                                                       AtlasDocumentKind  kind);
gboolean        atlas_dataset_is_builtin        (AtlasDataset   *self);
gboolean        atlas_dataset_is_translated     (AtlasDataset   *self);
void            atlas_dataset_release           (AtlasDataset   *self);

GListModel     *atlas_dataset_get_partners      (AtlasDataset   *self);
GListModel     *atlas_dataset_get_area_groups   (AtlasDataset   *self);
GListModel     *atlas_dataset_get_areas         (AtlasDataset   *self);
GListModel     *atlas_dataset_get_documents     (AtlasDataset   *self);
GListModel     *atlas_dataset_get_excerpts      (AtlasDataset   *self);
GListModel     *atlas_dataset_get_programmes    (AtlasDataset   *self);
GListModel     *atlas_dataset_get_events        (AtlasDataset   *self);

AtlasPartner   *atlas_dataset_find_partner      (AtlasDataset   *self,
                                                 const char     *id);
AtlasArea      *atlas_dataset_find_area         (AtlasDataset   *self,
                                                 const char     *id);
AtlasDocument  *atlas_dataset_find_document     (AtlasDataset   *self,
                                                 const char     *id);
AtlasExcerpt   *atlas_dataset_find_excerpt      (AtlasDataset   *self,
                                                 const char     *id);
AtlasProgramme *atlas_dataset_find_programme    (AtlasDataset   *self,
                                                 const char     *id);
AtlasEvent     *atlas_dataset_find_event        (AtlasDataset   *self,
                                                 const char     *id);

GListModel     *atlas_dataset_get_partner_programmes (AtlasDataset   *self,
                                                      AtlasPartner   *partner);
GListModel     *atlas_dataset_get_document_excerpts  (AtlasDataset   *self,
                                                      AtlasDocument  *document);
GPtrArray      *atlas_dataset_get_excerpt_uses       (AtlasDataset   *self,
                                                      AtlasExcerpt   *excerpt);

G_END_DECLS
