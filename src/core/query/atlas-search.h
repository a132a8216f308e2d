/* atlas-search.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

/**
 * AtlasSearchKind:
 *
 * The kinds of record a search finds, in the order results are grouped.
 */
typedef enum
{
  ATLAS_SEARCH_KIND_PROGRAMME,
  ATLAS_SEARCH_KIND_PARTNER,
  ATLAS_SEARCH_KIND_AREA,
  ATLAS_SEARCH_KIND_EVENT,
  ATLAS_SEARCH_KIND_DOCUMENT,
  ATLAS_SEARCH_KIND_EXCERPT,
  ATLAS_SEARCH_N_KINDS
} AtlasSearchKind;

/**
 * AtlasSearchRange:
 * @start: byte offset of the first byte of a match
 * @end: byte offset just past its last byte
 *
 * Where a query occurs in a text, in bytes of the text as written.
 */
typedef struct
{
  guint start;
  guint end;
} AtlasSearchRange;

#define ATLAS_TYPE_SEARCH (atlas_search_get_type ())

G_DECLARE_FINAL_TYPE (AtlasSearch, atlas_search, ATLAS, SEARCH, GObject)

AtlasSearch    *atlas_search_new            (AtlasDataset    *dataset);
AtlasDataset   *atlas_search_get_dataset    (AtlasSearch     *self);
const char     *atlas_search_get_query      (AtlasSearch     *self);
void            atlas_search_set_query      (AtlasSearch     *self,
                                             const char      *query);
guint           atlas_search_get_n_matches  (AtlasSearch     *self,
                                             AtlasSearchKind  kind);
GObject        *atlas_search_get_match      (AtlasSearch     *self,
                                             AtlasSearchKind  kind,
                                             guint            position);
GListModel     *atlas_search_get_matches    (AtlasSearch     *self,
                                             AtlasSearchKind  kind);
const char     *atlas_search_get_matched_text (AtlasSearch   *self,
                                             GObject         *record);
const char     *atlas_search_kind_to_label  (AtlasSearchKind  kind);
const char     *atlas_search_kind_to_name   (AtlasSearchKind  kind);

char           *atlas_search_fold           (const char      *text);
GArray         *atlas_search_find           (const char      *text,
                                             const char      *query);

G_END_DECLS
