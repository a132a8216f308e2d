/* atlas-document-page.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-view.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DOCUMENT_PAGE (atlas_document_page_get_type ())

G_DECLARE_FINAL_TYPE (AtlasDocumentPage, atlas_document_page, ATLAS, DOCUMENT_PAGE, AtlasView)

AtlasDocument *atlas_document_page_get_document (AtlasDocumentPage *self);

G_END_DECLS
