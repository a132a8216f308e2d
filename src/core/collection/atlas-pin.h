/* atlas-pin.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PIN (atlas_pin_get_type ())

G_DECLARE_FINAL_TYPE (AtlasPin, atlas_pin, ATLAS, PIN, GObject)

AtlasPin     *atlas_pin_new                (const char   *excerpt_id,
                                            const char   *text,
                                            const char   *document_id,
                                            const char   *document_title,
                                            const char   *locator);
AtlasPin     *atlas_pin_new_for_excerpt    (AtlasExcerpt *excerpt);
const char   *atlas_pin_get_excerpt_id     (AtlasPin     *self);
const char   *atlas_pin_get_text           (AtlasPin     *self);
const char   *atlas_pin_get_document_id    (AtlasPin     *self);
const char   *atlas_pin_get_document_title (AtlasPin     *self);
const char   *atlas_pin_get_locator        (AtlasPin     *self);
const char   *atlas_pin_get_context        (AtlasPin     *self);
void          atlas_pin_set_context        (AtlasPin     *self,
                                            const char   *context);
const char   *atlas_pin_get_note           (AtlasPin     *self);
void          atlas_pin_set_note           (AtlasPin     *self,
                                            const char   *note);
AtlasExcerpt *atlas_pin_get_excerpt        (AtlasPin     *self);
gboolean      atlas_pin_get_vanished       (AtlasPin     *self);
char         *atlas_pin_dup_citation       (AtlasPin     *self);
void          atlas_pin_resolve            (AtlasPin     *self,
                                            AtlasDataset *dataset);

G_END_DECLS
