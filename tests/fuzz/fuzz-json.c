/* fuzz-json.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the JSON parser alone, faster than fuzz-loader and
 * free to reach any shape of JSON, not only datasets. A parsed document
 * must keep the promises of atlas-json.h: every value within the text,
 * object members with keys, array elements without, strings valid UTF-8
 * without NULs inside, the sibling links consistent with the counts, and
 * every offset mapping to a line and column. */

#include "config.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "atlas-json.h"
#include "atlas-limits.h"
#include "atlas-problem.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_node (AtlasJsonDoc        *doc,
            const AtlasJsonNode *node,
            gsize                length,
            guint                depth)
{
  guint line, column;
  guint32 n = 0;

  g_assert_cmpuint (depth, <=, ATLAS_MAX_DEPTH);
  g_assert_cmpuint (node->offset, <, length);
  atlas_json_doc_position (doc, node->offset, &line, &column);
  g_assert_cmpuint (line, >=, 1);
  g_assert_cmpuint (column, >=, 1);

  switch (node->type)
    {
    case ATLAS_JSON_STRING:
      g_assert_true (g_utf8_validate (atlas_json_node_string (doc, node), -1, NULL));
      break;
    case ATLAS_JSON_NUMBER:
      g_assert_true (isfinite (atlas_json_node_number (doc, node)));
      break;
    case ATLAS_JSON_ARRAY:
    case ATLAS_JSON_OBJECT:
      atlas_json_foreach (doc, node, child)
        {
          if (node->type == ATLAS_JSON_OBJECT)
            {
              g_assert_nonnull (atlas_json_node_key (doc, child));
              g_assert_true (g_utf8_validate (atlas_json_node_key (doc, child), -1, NULL));
            }
          else
            g_assert_null (atlas_json_node_key (doc, child));
          check_node (doc, child, length, depth + 1);
          n++;
        }
      g_assert_cmpuint (n, ==, node->n_children);
      break;
    case ATLAS_JSON_NULL:
    case ATLAS_JSON_BOOLEAN:
      break;
    default:
      g_assert_not_reached ();
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(AtlasJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  char *buffer = g_malloc (size + 1);

  memcpy (buffer, data, size);
  buffer[size] = '\0';
  doc = atlas_json_doc_parse (buffer, size, problems, &error);
  if (doc == NULL)
    {
      g_assert_nonnull (error);
      g_assert_cmpuint (problems->len, >, 0);
      for (guint i = 0; i < problems->len; i++)
        {
          const AtlasProblem *problem = g_ptr_array_index (problems, i);

          /* Past ATLAS_MAX_PROBLEMS, one last line counts the rest and has
           * no place in the text (atlas_problem_new_unlisted()) */
          if (i == ATLAS_MAX_PROBLEMS && i == problems->len - 1 && problem->code == ATLAS_LOAD_ERROR_LIMIT)
            {
              g_assert_cmpuint (problem->line, ==, 0);
              g_assert_cmpuint (problem->column, ==, 0);
              continue;
            }
          g_assert_cmpuint (problem->line, >=, 1);
          g_assert_cmpuint (problem->column, >=, 1);
        }
      g_assert_cmpuint (problems->len, <=, ATLAS_MAX_PROBLEMS + 1);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  check_node (doc, atlas_json_doc_get_root (doc), size, 0);
  /* Past the end is clamped, never read */
  {
    guint line, column;
    atlas_json_doc_position (doc, G_MAXSIZE, &line, &column);
  }
  return 0;
}
