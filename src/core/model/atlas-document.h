/* atlas-document.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DOCUMENT (atlas_document_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDocument, atlas_document, ATLAS, DOCUMENT, GObject)

const char *         atlas_document_get_id (AtlasDocument *self);
const char *         atlas_document_get_title (AtlasDocument *self);
const char * const * atlas_document_get_authors (AtlasDocument *self);
const char *         atlas_document_get_publisher (AtlasDocument *self);
const AtlasDate *    atlas_document_get_date (AtlasDocument *self);
const char *         atlas_document_get_url (AtlasDocument *self);
AtlasDocumentKind    atlas_document_get_kind (AtlasDocument *self);
const char *         atlas_document_get_locator (AtlasDocument *self);
const char *         atlas_document_get_note (AtlasDocument *self);
const char *         atlas_document_get_language (AtlasDocument *self);
gboolean             atlas_document_get_undated (AtlasDocument *self);
const AtlasDate *    atlas_document_get_accessed (AtlasDocument *self);
gboolean             atlas_document_is_weak (AtlasDocument *self);

G_END_DECLS
