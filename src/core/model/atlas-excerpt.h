/* atlas-excerpt.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_EXCERPT (atlas_excerpt_get_type ())

G_DECLARE_FINAL_TYPE (AtlasExcerpt, atlas_excerpt, ATLAS, EXCERPT, GObject)

const char *    atlas_excerpt_get_id (AtlasExcerpt *self);
AtlasDocument * atlas_excerpt_get_document (AtlasExcerpt *self);
const char *    atlas_excerpt_get_text (AtlasExcerpt *self);
const char *    atlas_excerpt_get_locator (AtlasExcerpt *self);
char *          atlas_excerpt_describe_locator (AtlasExcerpt *self);
const char *    atlas_excerpt_get_note (AtlasExcerpt *self);
const char *    atlas_excerpt_get_language (AtlasExcerpt *self);
const char *    atlas_excerpt_get_translation (AtlasExcerpt *self);
const char *    atlas_excerpt_get_translation_language (AtlasExcerpt *self);

G_END_DECLS
