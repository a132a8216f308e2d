/* atlas-json.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ATLAS_JSON_NULL,
  ATLAS_JSON_BOOLEAN,
  ATLAS_JSON_NUMBER,
  ATLAS_JSON_STRING,
  ATLAS_JSON_ARRAY,
  ATLAS_JSON_OBJECT,
} AtlasJsonType;

/**
 * AtlasJsonNode:
 *
 * One value of a parsed document, in 16 bytes: a dataset of 500 MB has
 * tens of millions of values (issue 21). Nodes are stored in document
 * order in one array: a container's first child follows it, and @next
 * skips a node's whole subtree to its next sibling. Its strings (the key,
 * a string's value) and numbers are read with atlas_json_node_key(),
 * atlas_json_node_string() and atlas_json_node_number(); strings are
 * NUL-terminated (the parser refuses "\u0000") and live as long as the
 * document.
 */
typedef struct
{
  guint32 type : 3;
  guint32 offset : 29;  /* byte offset of the value in the text (< 512 MiB) */
  guint32 next;         /* index of the next sibling */
  guint32 key_ref;      /* the member name, when the parent is an object */
  union {
    guint32 n_children; /* elements of an array, members of an object */
    guint32 boolean;
    guint32 string_ref;
    guint32 number_index;
  };
} AtlasJsonNode;

typedef struct _AtlasJsonDoc AtlasJsonDoc;

AtlasJsonDoc        *atlas_json_doc_parse       (char                *buffer,
                                                 gsize                length,
                                                 GPtrArray           *problems,
                                                 GError             **error);
void                 atlas_json_doc_free        (AtlasJsonDoc        *doc);
gboolean             atlas_json_is_noncharacter (gunichar             c);
const AtlasJsonNode *atlas_json_doc_get_root    (AtlasJsonDoc        *doc);
const AtlasJsonNode *atlas_json_node_first      (AtlasJsonDoc        *doc,
                                                 const AtlasJsonNode *node);
const AtlasJsonNode *atlas_json_node_next       (AtlasJsonDoc        *doc,
                                                 const AtlasJsonNode *node);
void                 atlas_json_doc_position    (AtlasJsonDoc        *doc,
                                                 gsize                offset,
                                                 guint               *line,
                                                 guint               *column);
const char          *atlas_json_type_to_string  (AtlasJsonType        type);
const char          *atlas_json_node_key        (AtlasJsonDoc        *doc,
                                                 const AtlasJsonNode *node);
const char          *atlas_json_node_string     (AtlasJsonDoc        *doc,
                                                 const AtlasJsonNode *node);
double               atlas_json_node_number     (AtlasJsonDoc        *doc,
                                                 const AtlasJsonNode *node);

#define atlas_json_foreach(doc, parent, child)                              \
  for (const AtlasJsonNode *child = atlas_json_node_first (doc, parent);     \
       child != NULL;                                                        \
       child = atlas_json_node_next (doc, child))

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasJsonDoc, atlas_json_doc_free)

G_END_DECLS
