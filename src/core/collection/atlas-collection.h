/* atlas-collection.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-pin.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_COLLECTION_ERROR (atlas_collection_error_quark ())

typedef enum
{
  ATLAS_COLLECTION_ERROR_READ,      /* the file could not be read */
  ATLAS_COLLECTION_ERROR_BROKEN,    /* the file is not a collection this build reads */
  ATLAS_COLLECTION_ERROR_WRITE,     /* the collection could not be saved or exported */
} AtlasCollectionError;

/* The version of the collection file format that this build writes */
#define ATLAS_COLLECTION_FORMAT_VERSION 1

#define ATLAS_TYPE_COLLECTION (atlas_collection_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCollection, atlas_collection, ATLAS, COLLECTION, GObject)

GQuark           atlas_collection_error_quark        (void);

char            *atlas_collection_key_for_dataset    (AtlasDataset     *dataset);
GFile           *atlas_collection_file_for_dataset   (AtlasDataset     *dataset);

AtlasCollection *atlas_collection_new                (GFile            *file,
                                                      const char       *title);
GFile           *atlas_collection_get_file           (AtlasCollection  *self);
void             atlas_collection_set_file           (AtlasCollection  *self,
                                                      GFile            *file);
const char      *atlas_collection_get_title          (AtlasCollection  *self);
void             atlas_collection_set_title          (AtlasCollection  *self,
                                                      const char       *title);

AtlasPin        *atlas_collection_find               (AtlasCollection  *self,
                                                      const char       *excerpt_id,
                                                      guint            *position);
AtlasPin        *atlas_collection_pin_excerpt        (AtlasCollection  *self,
                                                      AtlasExcerpt     *excerpt,
                                                      const char       *context);
void             atlas_collection_append             (AtlasCollection  *self,
                                                      AtlasPin         *pin);
gboolean         atlas_collection_unpin              (AtlasCollection  *self,
                                                      const char       *excerpt_id);
void             atlas_collection_remove             (AtlasCollection  *self,
                                                      guint             position);
void             atlas_collection_move               (AtlasCollection  *self,
                                                      guint             from,
                                                      guint             to);
void             atlas_collection_set_note           (AtlasCollection  *self,
                                                      guint             position,
                                                      const char       *note);
void             atlas_collection_resolve            (AtlasCollection  *self,
                                                      AtlasDataset     *dataset);
guint            atlas_collection_get_n_vanished     (AtlasCollection  *self);

/* atlas-collection-file.c */
gboolean         atlas_collection_load               (AtlasCollection  *self,
                                                      GError          **error);
gboolean         atlas_collection_save               (AtlasCollection  *self,
                                                      GError          **error);
gboolean         atlas_collection_write_json         (AtlasCollection  *self,
                                                      GOutputStream    *stream,
                                                      GCancellable     *cancellable,
                                                      GError          **error);

G_END_DECLS
