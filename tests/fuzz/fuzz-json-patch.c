/* fuzz-json-patch.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: RFC 6902 JSON Patch (src/core/diff/atlas-json-patch.c)
 * and the correction files that carry one, the code --apply runs on what a
 * reader sends. The input is a JSON array [DOCUMENT, PATCH], or else a
 * correction file applied to tests/diff/base.json's shape. A patch either
 * gives a document or an error that names the operation, never both, and
 * never changes the document it was given. */

#include "config.h"

#include <stdint.h>
#include <string.h>

#include "atlas-correction.h"
#include "atlas-json-patch.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char base[] =
  "{\"format\": \"partnership-atlas\", \"version\": 1, \"title\": \"T\","
  " \"partners\": [{\"id\": \"kor\", \"name\": \"ROK\"}], \"areas\": [{\"id\": \"cyber\", \"name\": \"Cyber\"}],"
  " \"documents\": [], \"excerpts\": [], \"programmes\": []}";

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
check_patch (JsonNode *document,
             JsonNode *patch)
{
  g_autoptr(JsonNode) before = atlas_json_deep_copy (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = atlas_json_patch_apply (document, patch, &error);

  g_assert_true ((result == NULL) != (error == NULL));
  if (error != NULL)
    {
      g_assert_true (error->domain == ATLAS_CORRECTION_ERROR);
      g_assert_true (g_str_has_prefix (error->message, "Operation ") ||
                     g_str_has_prefix (error->message, "A JSON Patch"));
    }
  g_assert_true (atlas_json_equal (document, before));
  g_assert_true (atlas_json_equal (before, before));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(AtlasCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strndup ((const char *) data, size);
  JsonNode *root;

  if (size == 0 || !g_utf8_validate_len (text, size, NULL) || strlen (text) != size)
    return 0;

  if (json_parser_load_from_data (parser, text, size, NULL))
    {
      root = json_parser_get_root (parser);
      if (root != NULL && JSON_NODE_HOLDS_ARRAY (root) && json_array_get_length (json_node_get_array (root)) == 2)
        check_patch (json_array_get_element (json_node_get_array (root), 0),
                     json_array_get_element (json_node_get_array (root), 1));
    }

  correction = atlas_correction_new_from_data (text, size, &error);
  g_assert_true ((correction == NULL) != (error == NULL));
  if (correction != NULL)
    {
      gsize length = 0;
      g_autofree char *corrected = atlas_correction_apply (correction, base, strlen (base), &length, &error);

      g_assert_true ((corrected == NULL) != (error == NULL));
      if (corrected != NULL)
        g_assert_cmpuint (strlen (corrected), ==, length);
    }
  return 0;
}
