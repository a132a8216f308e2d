/* atlas-correction.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ATLAS_CORRECTION_FORMAT "partnership-atlas-correction"
#define ATLAS_CORRECTION_VERSION 1

#define ATLAS_TYPE_CORRECTION (atlas_correction_get_type ())

G_DECLARE_FINAL_TYPE (AtlasCorrection, atlas_correction, ATLAS, CORRECTION, GObject)

AtlasCorrection *atlas_correction_new_from_data (const char       *data,
                                                 gsize             length,
                                                 GError          **error);
const char      *atlas_correction_get_dataset   (AtlasCorrection  *self);
const char      *atlas_correction_get_note      (AtlasCorrection  *self);
char            *atlas_correction_apply         (AtlasCorrection  *self,
                                                 const char       *dataset,
                                                 gsize             length,
                                                 gsize            *new_length,
                                                 GError          **error);

G_END_DECLS
