/* atlas-citation-copy.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-types.h"

G_BEGIN_DECLS

GdkContentProvider *atlas_citation_content_new    (const char    *text,
                                                   AtlasDocument *document);
void                atlas_citation_copy_excerpt   (GtkWidget     *widget,
                                                   AtlasExcerpt  *excerpt);
void                atlas_citation_copy_document  (GtkWidget     *widget,
                                                   AtlasDocument *document);

G_END_DECLS
