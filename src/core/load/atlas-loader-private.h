/* atlas-loader-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The builder that the loader's three files share: atlas-loader.c opens
 * the file and runs the build, atlas-loader-values.c reads values and
 * reports problems at their JSON path, atlas-loader-records.c reads each
 * kind of record and links them. Nothing outside src/core/load includes
 * this header. */

#pragma once

#include <glib/gi18n-lib.h>

#include "atlas-error.h"
#include "atlas-json.h"
#include "atlas-model-private.h"

G_BEGIN_DECLS

#define ATLAS_FORMAT_NAME "partnership-atlas"
/* The newest version read; every older one is read too */
#define ATLAS_FORMAT_VERSION 2

typedef struct
{
  const char *key;      /* NULL for an array element */
  guint index;
} PathItem;

/* The loader's paths follow the format, not the file: the deepest is
 * $.programmes[i].areas[j].wordings[k].evidence[l] */
#define MAX_PATH 16

typedef struct
{
  AtlasJsonDoc *doc;
  AtlasDataset *dataset;
  GPtrArray *problems;
  guint n_unlisted;     /* problems past ATLAS_MAX_PROBLEMS */
  GCancellable *cancellable;
  PathItem path[MAX_PATH];  /* where the value being read is */
  guint path_len;
  GHashTable *folded;   /* case-folded id → id, for the list being read */
  GPtrArray *folded_keys; /* the keys of @folded that were allocated */
  GHashTable *group_ids;
  GPtrArray *records;   /* of the list being read, in order */
  GHashTable *children; /* record → GPtrArray of the records of this list that it owns */
  GHashTable *programme_areas; /* AtlasArea → AtlasProgrammeArea, of the programme being read */
  GHashTable *single_evidence; /* AtlasExcerpt → GPtrArray of it alone, shared by the records it is all the evidence of */
  guint version;        /* of the format the file says it is in */
} Builder;


typedef struct
{
  const char *name;
  gboolean required;
  guint since;          /* the first version of the format with it; 0 for all */
} Member;

/* Reads every element of a top-level list with @read_one, checking ids,
 * into @list; @children maps a parent to the list of its records. */
typedef void (*ReadOne) (Builder *b, const AtlasJsonNode *node);

/* Reads a value that must be one of an enum's codes. */
#define READ_ENUM(b, node, key, Kind, kind_name, out)                            \
  G_STMT_START {                                                                 \
    if ((node) != NULL)                                                          \
      {                                                                          \
        builder_push_key (b, key);                                               \
        if (builder_expect_type (b, node, ATLAS_JSON_STRING) &&                  \
            !atlas_##Kind##_from_code (atlas_json_node_string (b->doc, (node)), out))                     \
          builder_problem (b, ATLAS_LOAD_ERROR_VALUE, node,                      \
                           /* Translators: “%s” is a value; then a kind of value and the allowed ones */ \
                           _("“%s” is not %s; use one of: %s"),                  \
                           atlas_json_node_string (b->doc, (node)), kind_name, atlas_##Kind##_codes ());  \
        builder_pop (b);                                                         \
      }                                                                          \
  } G_STMT_END

void
builder_push_key (Builder    *b,
                  const char *key);

void
builder_push_index (Builder *b,
                    guint    index);

void
builder_pop (Builder *b);

void
builder_problem (Builder             *b,
                 AtlasLoadError       code,
                 const AtlasJsonNode *at,
                 const char          *format,
                 ...) G_GNUC_PRINTF (4, 5);

gboolean
builder_expect_type (Builder             *b,
                     const AtlasJsonNode *node,
                     AtlasJsonType        type);

gboolean
builder_read_members (Builder              *b,
                      const AtlasJsonNode  *object,
                      const Member         *spec,
                      guint                 n_spec,
                      const char           *what,
                      const AtlasJsonNode **values);

char *
builder_read_string (Builder             *b,
                     const AtlasJsonNode *node,
                     const char          *key);

gboolean
builder_read_boolean (Builder             *b,
                      const AtlasJsonNode *node,
                      const char          *key);

gboolean
builder_read_integer (Builder             *b,
                      const AtlasJsonNode *node,
                      const char          *key,
                      gint64               min,
                      gint64               max,
                      gint64              *out);

void
builder_read_date (Builder             *b,
                   const AtlasJsonNode *node,
                   const char          *key,
                   AtlasDate           *out);

char **
builder_read_string_array (Builder             *b,
                           const AtlasJsonNode *node,
                           const char          *key);

char *
builder_read_language (Builder             *b,
                       const AtlasJsonNode *node,
                       const char          *key);

guint
builder_ascii_case_hash (gconstpointer key);

gboolean
builder_ascii_case_equal (gconstpointer a,
                          gconstpointer b);

const char *
builder_read_id (Builder             *b,
                 const AtlasJsonNode *node,
                 GHashTable          *ids,
                 const char          *what);

gpointer
builder_resolve (Builder             *b,
                 const AtlasJsonNode *node,
                 GHashTable          *ids,
                 const char          *what);

gpointer
builder_read_reference (Builder             *b,
                        const AtlasJsonNode *node,
                        const char          *key,
                        GHashTable          *ids,
                        const char          *what);

GPtrArray *
builder_read_evidence (Builder             *b,
                       const AtlasJsonNode *node,
                       const char          *key,
                       gpointer             user);

GPtrArray *
builder_read_claims (Builder             *b,
                     const AtlasJsonNode *node,
                     const char          *key,
                     gpointer             user);

void
builder_check_range (Builder             *b,
                     const AtlasJsonNode *node,
                     const AtlasDate     *start,
                     const AtlasDate     *end);

void
builder_read_dataset (Builder             *b,
                      const AtlasJsonNode *root);

G_END_DECLS
