/* atlas-json-patch.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define ATLAS_CORRECTION_ERROR (atlas_correction_error_quark ())

typedef enum
{
  ATLAS_CORRECTION_ERROR_FORMAT,      /* not a correction file, or a bad member */
  ATLAS_CORRECTION_ERROR_OPERATION,   /* a patch operation that is not well formed */
  ATLAS_CORRECTION_ERROR_PATH,        /* a path that names nothing, or cannot be added to */
  ATLAS_CORRECTION_ERROR_TEST,        /* a test operation whose value differs */
} AtlasCorrectionError;

GQuark    atlas_correction_error_quark (void);

JsonNode *atlas_json_deep_copy         (JsonNode  *node);
gboolean  atlas_json_equal             (JsonNode  *a,
                                        JsonNode  *b);
JsonNode *atlas_json_patch_apply       (JsonNode  *document,
                                        JsonNode  *patch,
                                        GError   **error);

G_END_DECLS
