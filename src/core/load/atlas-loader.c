/* atlas-loader.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Builds an AtlasDataset from the text of a dataset file.
 *
 * The text is parsed into a flat AtlasJsonDoc (see atlas-json.c), then the
 * builder walks it once, list by list in the order their references need
 * (excerpts before what cites them), checking each value and collecting
 * every problem with its JSON path and line:column, like a compiler. The
 * document is freed as soon as the dataset is built. A dataset with any
 * problem is not returned at all: half a dataset would present guesses as
 * facts.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-builtin-resources.h"
#include "atlas-error.h"
#include "atlas-json.h"
#include "atlas-limits.h"
#include "atlas-loader.h"
#include "atlas-model-private.h"
#include "atlas-problem.h"

#define ATLAS_FORMAT_NAME "partnership-atlas"
#define ATLAS_FORMAT_VERSION 1

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
} Builder;

/* {{{ Paths and problems */

static gboolean
is_plain_key (const char *key)
{
  if (!g_ascii_isalpha (*key) && *key != '_')
    return FALSE;
  for (const char *p = key; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
format_path (Builder *b)
{
  GString *s = g_string_new ("$");

  for (guint i = 0; i < b->path_len; i++)
    {
      const PathItem *item = &b->path[i];

      if (item->key == NULL)
        g_string_append_printf (s, "[%u]", item->index);
      else if (is_plain_key (item->key))
        g_string_append_printf (s, ".%s", item->key);
      else
        {
          g_autofree char *escaped = g_strescape (item->key, NULL);
          g_string_append_printf (s, "[\"%s\"]", escaped);
        }
    }
  return g_string_free (s, FALSE);
}

static void
push_key (Builder    *b,
          const char *key)
{
  g_assert (b->path_len < MAX_PATH);
  b->path[b->path_len++] = (PathItem) { key, 0 };
}

static void
push_index (Builder *b,
            guint    index)
{
  g_assert (b->path_len < MAX_PATH);
  b->path[b->path_len++] = (PathItem) { NULL, index };
}

static void
pop (Builder *b)
{
  b->path_len--;
}

G_GNUC_PRINTF (4, 5)
static void
problem (Builder             *b,
         AtlasLoadError       code,
         const AtlasJsonNode *at,
         const char          *format,
         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  guint line = 0, column = 0;
  va_list args;

  if (b->problems->len >= ATLAS_MAX_PROBLEMS)
    {
      b->n_unlisted++;
      return;
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = format_path (b);
  if (at != NULL)
    atlas_json_doc_position (b->doc, at->offset, &line, &column);
  g_ptr_array_add (b->problems, atlas_problem_new (code, line, column, path, message));
}

static gboolean
expect_type (Builder             *b,
             const AtlasJsonNode *node,
             AtlasJsonType        type)
{
  if (node->type == type)
    return TRUE;
  problem (b, ATLAS_LOAD_ERROR_TYPE, node,
           /* Translators: both are JSON types, such as “a string” and “an array” */
           _("Expected %s, found %s"),
           atlas_json_type_to_string (type), atlas_json_type_to_string (node->type));
  return FALSE;
}

/* }}} */
/* {{{ Objects and their members */

typedef struct
{
  const char *name;
  gboolean required;
} Member;

/* Fills @values (one per member of @spec) from @object; reports members
 * that are missing or unknown. Returns FALSE when @object is not one. */
static gboolean
read_members (Builder             *b,
              const AtlasJsonNode *object,
              const Member        *spec,
              guint                n_spec,
              const char          *what,
              const AtlasJsonNode **values)
{
  memset (values, 0, n_spec * sizeof *values);

  if (!expect_type (b, object, ATLAS_JSON_OBJECT))
    return FALSE;

  atlas_json_foreach (b->doc, object, member)
    {
      guint i;

      for (i = 0; i < n_spec; i++)
        if (spec[i].name[0] == member->key[0] && strcmp (spec[i].name, member->key) == 0)
          break;

      if (i < n_spec)
        values[i] = member;
      else if (!g_str_has_prefix (member->key, "x-"))
        {
          push_key (b, member->key);
          problem (b, ATLAS_LOAD_ERROR_UNKNOWN_MEMBER, member,
                   /* Translators: %s is a member name, the second a record kind such as “a programme” */
                   _("“%s” is not a member of %s (a typing mistake? Names of your own must start with “x-”)"),
                   member->key, _(what));
          pop (b);
        }
    }

  for (guint i = 0; i < n_spec; i++)
    if (spec[i].required && values[i] == NULL)
      problem (b, ATLAS_LOAD_ERROR_MISSING, object,
               /* Translators: %s is a member name, the second a record kind such as “a programme” */
               _("The member “%s” is missing; %s must have it"), spec[i].name, _(what));

  return TRUE;
}

/* }}} */
/* {{{ Values */

static char *
read_string (Builder             *b,
             const AtlasJsonNode *node,
             const char          *key)
{
  char *ret = NULL;

  if (node == NULL)
    return NULL;
  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_STRING))
    {
      if (node->string[0] == '\0')
        problem (b, ATLAS_LOAD_ERROR_VALUE, node, _("This text is empty"));
      else
        ret = g_strdup (node->string);
    }
  pop (b);
  return ret;
}

static gboolean
read_boolean (Builder             *b,
              const AtlasJsonNode *node,
              const char          *key)
{
  gboolean ret = FALSE;

  if (node == NULL)
    return FALSE;
  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_BOOLEAN))
    ret = node->boolean;
  pop (b);
  return ret;
}

static gboolean
read_integer (Builder             *b,
              const AtlasJsonNode *node,
              const char          *key,
              gint64               min,
              gint64               max,
              gint64              *out)
{
  gboolean ret = FALSE;

  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_NUMBER))
    {
      if (node->number != floor (node->number))
        problem (b, ATLAS_LOAD_ERROR_TYPE, node, _("Expected a whole number"));
      else if (node->number < (double) min || node->number > (double) max)
        problem (b, ATLAS_LOAD_ERROR_RANGE, node,
                 _("This number must be between %lld and %lld"),
                 (long long) min, (long long) max);
      else
        {
          *out = (gint64) node->number;
          ret = TRUE;
        }
    }
  pop (b);
  return ret;
}

static void
read_date (Builder             *b,
           const AtlasJsonNode *node,
           const char          *key,
           AtlasDate           *out)
{
  g_autoptr(GError) error = NULL;

  memset (out, 0, sizeof *out);
  if (node == NULL)
    return;
  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_STRING) &&
      !atlas_date_parse (node->string, out, &error))
    problem (b, ATLAS_LOAD_ERROR_DATE, node, "%s", error->message);
  pop (b);
}

static char **
read_string_array (Builder             *b,
                   const AtlasJsonNode *node,
                   const char          *key)
{
  GPtrArray *strings;
  guint i = 0;

  if (node == NULL)
    return NULL;

  push_key (b, key);
  if (!expect_type (b, node, ATLAS_JSON_ARRAY))
    {
      pop (b);
      return NULL;
    }
  strings = g_ptr_array_new_null_terminated (node->n_children, g_free, TRUE);
  atlas_json_foreach (b->doc, node, item)
    {
      push_index (b, i++);
      if (expect_type (b, item, ATLAS_JSON_STRING))
        g_ptr_array_add (strings, g_strdup (item->string));
      pop (b);
    }
  pop (b);
  return (char **) g_ptr_array_free (strings, FALSE);
}

/* Reads a value that must be one of an enum's codes. */
#define READ_ENUM(b, node, key, Kind, kind_name, out)                          \
  G_STMT_START {                                                               \
    if ((node) != NULL)                                                        \
      {                                                                        \
        push_key (b, key);                                                     \
        if (expect_type (b, node, ATLAS_JSON_STRING) &&                        \
            !atlas_##Kind##_from_code ((node)->string, out))                   \
          problem (b, ATLAS_LOAD_ERROR_VALUE, node,                            \
                   /* Translators: “%s” is a value; then a kind of value and the allowed ones */ \
                   _("“%s” is not %s; use one of: %s"),                        \
                   (node)->string, kind_name, atlas_##Kind##_codes ());        \
        pop (b);                                                               \
      }                                                                        \
  } G_STMT_END

/* What two ids that people cannot tell apart have in common: full case
 * folding ("ß" and "SS", "İ" and "i̇" fold alike) of the compatibility
 * form ("é" precomposed or as "e" and an accent, "ﬁ" and "fi", the Kelvin
 * sign and "K"), the NFKC_Casefold idea of Unicode's identifier rules.
 * References still name an id exactly; this only refuses look-alikes. */
static char *
fold_id (const char *id)
{
  g_autofree char *decomposed = g_utf8_normalize (id, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
}

/* Ids are compared as fold_id () would have them. An ASCII id,
 * nearly every one, folds to itself in lower case, so it is its own key in
 * @folded (compared and hashed without regard to ASCII case) and nothing is
 * allocated; any other id's key is its case folding. A folding is never in
 * upper case, so the two kinds of keys compare right with each other. */
static guint
ascii_case_hash (gconstpointer key)
{
  guint h = 5381;

  for (const char *p = key; *p; p++)
    h = h * 33 + (guchar) g_ascii_tolower (*p);
  return h;
}

static gboolean
ascii_case_equal (gconstpointer a,
                  gconstpointer b)
{
  return g_ascii_strcasecmp (a, b) == 0;
}

/* The first character an id may not have, or 0 */
static gunichar
find_bad_id_char (const char *id)
{
  for (const char *p = id; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
          g_unichar_type (c) == G_UNICODE_FORMAT)
        return c;
    }
  return 0;
}

/* Ids are names for references: short, printable, without spaces. */
static const char *
read_id (Builder             *b,
         const AtlasJsonNode *node,
         GHashTable          *ids,
         const char          *what)
{
  const char *previous, *p;
  gboolean ascii = TRUE;
  gunichar bad = 0;
  gsize length;
  char *key;

  if (node == NULL)
    return NULL;

  push_key (b, "id");
  if (!expect_type (b, node, ATLAS_JSON_STRING))
    goto fail;
  if (node->string[0] == '\0')
    {
      problem (b, ATLAS_LOAD_ERROR_VALUE, node, _("An id may not be empty"));
      goto fail;
    }

  /* In ASCII a character is a byte, and the ones an id may not have are
   * the spaces and controls up to U+0020 and U+007F */
  for (p = node->string; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x80)
        ascii = FALSE;
      else if (bad == 0 && (c <= 0x20 || c == 0x7F))
        bad = c;
    }
  length = ascii ? (gsize) (p - node->string) : (gsize) g_utf8_strlen (node->string, -1);
  if (length > ATLAS_MAX_ID_LENGTH)
    {
      problem (b, ATLAS_LOAD_ERROR_LIMIT, node,
               _("This id is longer than %d characters, the longest an id may be"),
               ATLAS_MAX_ID_LENGTH);
      goto fail;
    }
  if (!ascii)
    bad = find_bad_id_char (node->string);
  if (bad != 0)
    {
      problem (b, ATLAS_LOAD_ERROR_VALUE, node,
               _("An id may not contain spaces, control or formatting characters (U+%04X)"), bad);
      goto fail;
    }

  if (g_hash_table_contains (ids, node->string))
    {
      problem (b, ATLAS_LOAD_ERROR_DUPLICATE, node,
               /* Translators: “%s” is an id, the second a record kind such as “partner” */
               _("The id “%s” is already used by another %s"), node->string, _(what));
      goto fail;
    }
  if (ascii)
    key = (char *) node->string;
  else
    g_ptr_array_add (b->folded_keys, key = fold_id (node->string));
  previous = g_hash_table_lookup (b->folded, key);
  if (previous != NULL)
    {
      g_autofree char *case_a = g_utf8_casefold (node->string, -1);
      g_autofree char *case_b = g_utf8_casefold (previous, -1);

      if (g_str_equal (case_a, case_b))
        problem (b, ATLAS_LOAD_ERROR_DUPLICATE, node,
                 _("The id “%s” differs only in letter case from “%s”; ids must differ in more than that"),
                 node->string, previous);
      else
        problem (b, ATLAS_LOAD_ERROR_DUPLICATE, node,
                 _("The id “%s” looks the same as “%s”, written with other Unicode characters; ids must differ in more than that"),
                 node->string, previous);
      goto fail;
    }
  g_hash_table_insert (b->folded, key, (gpointer) node->string);

  pop (b);
  return node->string;

fail:
  pop (b);
  return NULL;
}

/* Resolves a reference; the record, or NULL after a problem. */
static gpointer
resolve (Builder             *b,
         const AtlasJsonNode *node,
         GHashTable          *ids,
         const char          *what)
{
  gpointer record;

  if (!expect_type (b, node, ATLAS_JSON_STRING))
    return NULL;
  record = g_hash_table_lookup (ids, node->string);
  if (record == NULL)
    problem (b, ATLAS_LOAD_ERROR_REFERENCE, node,
             /* Translators: “%s” is an id, the second a record kind such as “partner” */
             _("“%s” is not the id of any %s in this dataset"), node->string, _(what));
  return record;
}

static gpointer
read_reference (Builder             *b,
                const AtlasJsonNode *node,
                const char          *key,
                GHashTable          *ids,
                const char          *what)
{
  gpointer record;

  if (node == NULL)
    return NULL;
  push_key (b, key);
  record = resolve (b, node, ids, what);
  pop (b);
  return record ? g_object_ref (record) : NULL;
}

/* Notes that @user cites @excerpt, once. A record is read in one go and
 * only it cites excerpts meanwhile, so all its uses of an excerpt come
 * one after the other and comparing with the last user is enough (a
 * search of the whole list made an excerpt cited by n records cost n²). */
static void
add_use (Builder      *b,
         AtlasExcerpt *excerpt,
         gpointer      user)
{
  GPtrArray *uses = g_hash_table_lookup (b->dataset->excerpt_uses, excerpt);

  if (uses == NULL)
    {
      uses = g_ptr_array_new ();
      g_hash_table_insert (b->dataset->excerpt_uses, excerpt, uses);
    }
  if (uses->len == 0 || g_ptr_array_index (uses, uses->len - 1) != user)
    g_ptr_array_add (uses, user);
}

/* An array of excerpt ids. */
static GPtrArray *
read_evidence (Builder             *b,
               const AtlasJsonNode *node,
               const char          *key,
               gpointer             user)
{
  GPtrArray *evidence = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  if (node == NULL)
    return evidence;

  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_ARRAY))
    {
      if (node->n_children == 0)
        problem (b, ATLAS_LOAD_ERROR_MISSING, node,
                 _("The evidence is empty; name at least one excerpt"));
      atlas_json_foreach (b->doc, node, item)
        {
          AtlasExcerpt *excerpt;

          push_index (b, i++);
          excerpt = resolve (b, item, b->dataset->excerpt_ids, N_("excerpt"));
          if (excerpt != NULL)
            {
              g_ptr_array_add (evidence, g_object_ref (excerpt));
              if (user != NULL)
                add_use (b, excerpt, user);
            }
          pop (b);
        }
    }
  pop (b);
  return evidence;
}

static AtlasClaim *
read_claim (Builder             *b,
            const AtlasJsonNode *node,
            gpointer             user)
{
  static const Member spec[] = {
    { "date", FALSE }, { "text", FALSE }, { "evidence", TRUE }, { "note", FALSE },
  };
  enum { DATE, TEXT, EVIDENCE, NOTE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  AtlasClaim *claim;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a claim"), v))
    return NULL;

  claim = g_object_new (ATLAS_TYPE_CLAIM, NULL);
  read_date (b, v[DATE], "date", &claim->date);
  claim->text = read_string (b, v[TEXT], "text");
  claim->evidence = read_evidence (b, v[EVIDENCE], "evidence", user);
  claim->note = read_string (b, v[NOTE], "note");
  if (v[DATE] == NULL && v[TEXT] == NULL)
    problem (b, ATLAS_LOAD_ERROR_MISSING, node,
             _("A claim needs a “date”, a “text” or both"));
  return claim;
}

static GPtrArray *
read_claims (Builder             *b,
             const AtlasJsonNode *node,
             const char          *key,
             gpointer             user)
{
  GPtrArray *claims = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  if (node == NULL)
    return claims;

  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_ARRAY))
    atlas_json_foreach (b->doc, node, item)
      {
        AtlasClaim *claim;

        push_index (b, i++);
        if ((claim = read_claim (b, item, user)))
          g_ptr_array_add (claims, claim);
        pop (b);
      }
  pop (b);
  return claims;
}

static void
check_range (Builder             *b,
             const AtlasJsonNode *node,
             const AtlasDate     *start,
             const AtlasDate     *end)
{
  if (atlas_date_is_set (start) && atlas_date_is_set (end) &&
      atlas_date_last_day (end) < atlas_date_first_day (start))
    {
      g_autofree char *s = atlas_date_to_iso (start);
      g_autofree char *e = atlas_date_to_iso (end);

      problem (b, ATLAS_LOAD_ERROR_RANGE, node,
               _("This ends (%s) before it starts (%s)"), e, s);
    }
}

/* }}} */
/* {{{ Records */

/* Records are collected list by list and put into their stores at once:
 * appending them one by one made every store emit items-changed for each
 * (a sixth of the load of a large file). */
static void
add_record (Builder  *b,
            gpointer  record)
{
  g_ptr_array_add (b->records, g_object_ref (record));
}

/* Notes @record as one of @parent's (a document's excerpts, a partner's
 * programmes), in dataset order. */
static void
add_child (Builder  *b,
           gpointer  parent,
           gpointer  record)
{
  GPtrArray *children = g_hash_table_lookup (b->children, parent);

  if (children == NULL)
    {
      children = g_ptr_array_new ();
      g_hash_table_insert (b->children, parent, children);
    }
  g_ptr_array_add (children, record);
}

/* Reads every element of a top-level list with @read_one, checking ids,
 * into @store; @children_of gives the store of a parent's records. */
typedef void (*ReadOne) (Builder *b, const AtlasJsonNode *node);
typedef GListModel *(*ChildrenOf) (AtlasDataset *dataset, gpointer parent);

static void
read_list (Builder             *b,
           const AtlasJsonNode *node,
           const char          *key,
           ReadOne              read_one,
           GListStore          *store,
           ChildrenOf           children_of)
{
  g_autoptr(GPtrArray) records = NULL;
  GHashTableIter iter;
  gpointer parent, children;
  guint i = 0;

  g_hash_table_remove_all (b->folded);
  g_ptr_array_set_size (b->folded_keys, 0);
  if (node == NULL)
    return;

  records = g_ptr_array_new_full (node->n_children, g_object_unref);
  b->records = records;
  push_key (b, key);
  if (expect_type (b, node, ATLAS_JSON_ARRAY))
    atlas_json_foreach (b->doc, node, item)
      {
        if ((i & 1023) == 0 && g_cancellable_is_cancelled (b->cancellable))
          break;
        push_index (b, i++);
        read_one (b, item);
        pop (b);
      }
  pop (b);
  b->records = NULL;

  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0,
                       records->pdata, records->len);
  g_hash_table_iter_init (&iter, b->children);
  while (g_hash_table_iter_next (&iter, &parent, &children))
    {
      GPtrArray *array = children;

      g_list_store_splice (G_LIST_STORE (children_of (b->dataset, parent)), 0, 0,
                           array->pdata, array->len);
      g_hash_table_iter_remove (&iter);
    }
}

static void
read_area_group (Builder             *b,
                 const AtlasJsonNode *node)
{
  static const Member spec[] = { { "id", TRUE }, { "name", TRUE } };
  enum { ID, NAME };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasAreaGroup) group = NULL;
  const char *id;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an area group"), v))
    return;
  group = g_object_new (ATLAS_TYPE_AREA_GROUP, NULL);
  id = read_id (b, v[ID], b->group_ids, N_("area group"));
  group->name = read_string (b, v[NAME], "name");
  group->position = b->records->len;
  if (id != NULL)
    {
      group->id = g_strdup (id);
      g_hash_table_insert (b->group_ids, group->id, group);
      add_record (b, group);
    }
}

static void
read_area (Builder             *b,
           const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "name", TRUE }, { "group", FALSE }, { "aliases", FALSE }, { "description", FALSE },
  };
  enum { ID, NAME, GROUP, ALIASES, DESCRIPTION };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasArea) area = NULL;
  const char *id;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an area"), v))
    return;
  area = g_object_new (ATLAS_TYPE_AREA, NULL);
  id = read_id (b, v[ID], b->dataset->area_ids, N_("area"));
  area->name = read_string (b, v[NAME], "name");
  area->group = read_reference (b, v[GROUP], "group", b->group_ids, N_("area group"));
  area->aliases = read_string_array (b, v[ALIASES], "aliases");
  area->description = read_string (b, v[DESCRIPTION], "description");
  area->position = b->records->len;
  if (id != NULL)
    {
      area->id = g_strdup (id);
      g_hash_table_insert (b->dataset->area_ids, area->id, area);
      add_record (b, area);
    }
}

/* An address that a browser can open and that reads as what it opens:
 * http or https (in any letter case, as schemes are), a host, and no
 * spaces, control or formatting characters (no bidi overrides that would
 * make it look like another). */
static gboolean
is_web_address (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  const char *scheme;

  for (const char *p = url; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) || g_unichar_type (c) == G_UNICODE_FORMAT)
        return FALSE;
    }

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (uri);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0';
}

static void
read_document (Builder             *b,
               const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "title", TRUE }, { "authors", FALSE }, { "publisher", FALSE },
    { "date", FALSE }, { "url", FALSE }, { "kind", FALSE }, { "locator", FALSE }, { "note", FALSE },
  };
  enum { ID, TITLE, AUTHORS, PUBLISHER, DATE, URL, KIND, LOCATOR, NOTE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasDocument) document = NULL;
  const char *id;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a document"), v))
    return;
  document = g_object_new (ATLAS_TYPE_DOCUMENT, NULL);
  id = read_id (b, v[ID], b->dataset->document_ids, N_("document"));
  document->title = read_string (b, v[TITLE], "title");
  document->authors = read_string_array (b, v[AUTHORS], "authors");
  document->publisher = read_string (b, v[PUBLISHER], "publisher");
  read_date (b, v[DATE], "date", &document->date);
  document->url = read_string (b, v[URL], "url");
  if (document->url != NULL)
    {
      /* Only web addresses are ever offered to the user to open */
      if (!is_web_address (document->url))
        {
          push_key (b, "url");
          problem (b, ATLAS_LOAD_ERROR_VALUE, v[URL],
                   _("“%s” is not a web address; a document’s URL must be an http:// or https:// address with a host name and without spaces"),
                   document->url);
          pop (b);
          g_clear_pointer (&document->url, g_free);
        }
    }
  READ_ENUM (b, v[KIND], "kind", document_kind, _("a document kind"), &document->kind);
  document->locator = read_string (b, v[LOCATOR], "locator");
  document->note = read_string (b, v[NOTE], "note");
  if (id != NULL)
    {
      document->id = g_strdup (id);
      g_hash_table_insert (b->dataset->document_ids, document->id, document);
      add_record (b, document);
    }
}

static void
read_excerpt (Builder             *b,
              const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "document", TRUE }, { "text", TRUE }, { "locator", FALSE }, { "note", FALSE },
  };
  enum { ID, DOCUMENT, TEXT, LOCATOR, NOTE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasExcerpt) excerpt = NULL;
  const char *id;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an excerpt"), v))
    return;
  excerpt = g_object_new (ATLAS_TYPE_EXCERPT, NULL);
  id = read_id (b, v[ID], b->dataset->excerpt_ids, N_("excerpt"));
  excerpt->document = read_reference (b, v[DOCUMENT], "document", b->dataset->document_ids, N_("document"));
  excerpt->text = read_string (b, v[TEXT], "text");
  excerpt->locator = read_string (b, v[LOCATOR], "locator");
  excerpt->note = read_string (b, v[NOTE], "note");
  if (id != NULL)
    {
      excerpt->id = g_strdup (id);
      g_hash_table_insert (b->dataset->excerpt_ids, excerpt->id, excerpt);
      add_record (b, excerpt);
      if (excerpt->document != NULL)
        add_child (b, excerpt->document, excerpt);
    }
}

static void
read_partner (Builder             *b,
              const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "name", TRUE }, { "short_name", FALSE }, { "note", FALSE },
    { "relations_since", FALSE }, { "evidence", FALSE },
  };
  enum { ID, NAME, SHORT_NAME, NOTE, RELATIONS_SINCE, EVIDENCE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasPartner) partner = NULL;
  const char *id;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a partner"), v))
    return;
  partner = g_object_new (ATLAS_TYPE_PARTNER, NULL);
  id = read_id (b, v[ID], b->dataset->partner_ids, N_("partner"));
  partner->name = read_string (b, v[NAME], "name");
  partner->short_name = read_string (b, v[SHORT_NAME], "short_name");
  partner->note = read_string (b, v[NOTE], "note");
  partner->relations_since = read_claims (b, v[RELATIONS_SINCE], "relations_since", partner);
  partner->evidence = read_evidence (b, v[EVIDENCE], "evidence", partner);
  if (id != NULL)
    {
      partner->id = g_strdup (id);
      g_hash_table_insert (b->dataset->partner_ids, partner->id, partner);
      add_record (b, partner);
    }
}

static AtlasWording *
read_wording (Builder             *b,
              const AtlasJsonNode *node,
              gpointer             user)
{
  static const Member spec[] = { { "text", TRUE }, { "position", FALSE }, { "evidence", FALSE } };
  enum { TEXT, POSITION, EVIDENCE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  AtlasWording *wording;
  gint64 position = 0;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a wording"), v))
    return NULL;
  wording = g_object_new (ATLAS_TYPE_WORDING, NULL);
  wording->text = read_string (b, v[TEXT], "text");
  if (v[POSITION] != NULL && read_integer (b, v[POSITION], "position", 1, G_MAXINT32, &position))
    wording->position = (guint) position;
  wording->evidence = read_evidence (b, v[EVIDENCE], "evidence", user);
  return wording;
}

static AtlasProgrammeArea *
read_programme_area (Builder             *b,
                     const AtlasJsonNode *node,
                     AtlasProgramme      *programme)
{
  static const Member spec[] = {
    { "area", TRUE }, { "status", TRUE }, { "wordings", FALSE }, { "evidence", FALSE }, { "note", FALSE },
  };
  enum { AREA, STATUS, WORDINGS, EVIDENCE, NOTE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasProgrammeArea) pa = NULL;
  guint i = 0;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a programme area"), v))
    return NULL;
  pa = g_object_new (ATLAS_TYPE_PROGRAMME_AREA, NULL);
  pa->area = read_reference (b, v[AREA], "area", b->dataset->area_ids, N_("area"));
  READ_ENUM (b, v[STATUS], "status", area_status, _("an area status"), &pa->status);
  pa->wordings = g_ptr_array_new_with_free_func (g_object_unref);
  if (v[WORDINGS] != NULL)
    {
      push_key (b, "wordings");
      if (expect_type (b, v[WORDINGS], ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, v[WORDINGS], item)
          {
            AtlasWording *wording;

            push_index (b, i++);
            if ((wording = read_wording (b, item, programme)))
              g_ptr_array_add (pa->wordings, wording);
            pop (b);
          }
      pop (b);
    }
  pa->evidence = read_evidence (b, v[EVIDENCE], "evidence", programme);
  pa->note = read_string (b, v[NOTE], "note");

  if ((pa->status == ATLAS_AREA_STATUS_LISTED || pa->status == ATLAS_AREA_STATUS_REPORTED) &&
      v[EVIDENCE] == NULL)
    problem (b, ATLAS_LOAD_ERROR_MISSING, node,
             _("An area that is listed or reported needs “evidence”"));

  if (pa->area == NULL)
    return NULL;
  if (programme->area_index != NULL && g_hash_table_contains (programme->area_index, pa->area))
    {
      push_key (b, "area");
      problem (b, ATLAS_LOAD_ERROR_DUPLICATE, v[AREA],
               _("The area “%s” appears twice in this programme"), pa->area->id);
      pop (b);
      return NULL;
    }
  return g_steal_pointer (&pa);
}

static void
read_period (Builder             *b,
             const AtlasJsonNode *node,
             AtlasProgramme      *programme)
{
  static const Member spec[] = {
    { "start", FALSE }, { "end", FALSE }, { "planned", FALSE }, { "evidence", TRUE },
  };
  enum { START, END, PLANNED, EVIDENCE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];

  push_key (b, "period");
  if (read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a period"), v))
    {
      read_date (b, v[START], "start", &programme->period_start);
      read_date (b, v[END], "end", &programme->period_end);
      programme->period_planned = read_boolean (b, v[PLANNED], "planned");
      g_clear_pointer (&programme->period_evidence, g_ptr_array_unref);
      programme->period_evidence = read_evidence (b, v[EVIDENCE], "evidence", programme);
      if (v[START] == NULL && v[END] == NULL)
        problem (b, ATLAS_LOAD_ERROR_MISSING, node, _("A period needs a “start”, an “end” or both"));
      check_range (b, v[END] ? v[END] : node, &programme->period_start, &programme->period_end);
    }
  pop (b);
}

static void
read_programme (Builder             *b,
                const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "partner", TRUE }, { "type", TRUE }, { "title", TRUE }, { "status", TRUE },
    { "text_availability", TRUE }, { "signed", FALSE }, { "period", FALSE },
    { "areas_complete", FALSE }, { "supersedes", FALSE }, { "note", FALSE }, { "evidence", FALSE },
    { "areas", FALSE },
  };
  enum { ID, PARTNER, TYPE, TITLE, STATUS, TEXT_AVAILABILITY, SIGNED, PERIOD, AREAS_COMPLETE,
         SUPERSEDES, NOTE, EVIDENCE, AREAS };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasProgramme) programme = NULL;
  const char *id;
  guint i = 0;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a programme"), v))
    return;
  programme = g_object_new (ATLAS_TYPE_PROGRAMME, NULL);
  id = read_id (b, v[ID], b->dataset->programme_ids, N_("programme"));
  programme->partner = read_reference (b, v[PARTNER], "partner", b->dataset->partner_ids, N_("partner"));
  READ_ENUM (b, v[TYPE], "type", programme_type, _("a programme type"), &programme->programme_type);
  programme->title = read_string (b, v[TITLE], "title");
  READ_ENUM (b, v[STATUS], "status", programme_status, _("a programme status"), &programme->status);
  READ_ENUM (b, v[TEXT_AVAILABILITY], "text_availability", text_availability,
             _("a text availability"), &programme->text_availability);
  programme->signed_ = read_claims (b, v[SIGNED], "signed", programme);
  programme->period_evidence = g_ptr_array_new_with_free_func (g_object_unref);
  if (v[PERIOD] != NULL)
    read_period (b, v[PERIOD], programme);
  programme->areas_complete = read_boolean (b, v[AREAS_COMPLETE], "areas_complete");
  programme->note = read_string (b, v[NOTE], "note");
  programme->evidence = read_evidence (b, v[EVIDENCE], "evidence", programme);

  programme->areas = g_list_store_new (ATLAS_TYPE_PROGRAMME_AREA);
  programme->area_index = g_hash_table_new (NULL, NULL);
  if (v[AREAS] != NULL)
    {
      g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (g_object_unref);

      push_key (b, "areas");
      if (expect_type (b, v[AREAS], ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, v[AREAS], item)
          {
            AtlasProgrammeArea *pa;

            push_index (b, i++);
            if ((pa = read_programme_area (b, item, programme)))
              {
                g_hash_table_insert (programme->area_index, pa->area, pa);
                g_ptr_array_add (areas, pa);
              }
            pop (b);
          }
      pop (b);
      g_list_store_splice (programme->areas, 0, 0, areas->pdata, areas->len);
    }

  programme->short_label = _atlas_programme_make_short_label (programme);

  if (id != NULL)
    {
      programme->id = g_strdup (id);
      g_hash_table_insert (b->dataset->programme_ids, programme->id, programme);
      add_record (b, programme);
      if (programme->partner != NULL)
        add_child (b, programme->partner, programme);
    }
}

/* The programme at the end of @programme's "supersedes" chain. @next maps
 * each programme linked so far to one further along its chain, and is
 * shortened on the way (path compression), so that checking every link of
 * a long chain costs about n rather than n². */
static AtlasProgramme *
chain_end (GHashTable     *next,
           AtlasProgramme *programme)
{
  AtlasProgramme *end = programme, *p;

  while ((p = g_hash_table_lookup (next, end)) != NULL)
    end = p;
  while (programme != end)
    {
      p = g_hash_table_lookup (next, programme);
      g_hash_table_insert (next, programme, end);
      programme = p;
    }
  return end;
}

/* "supersedes" may name a programme later in the list, so it is resolved
 * once all are read. Links are made in file order; one that would make a
 * chain come back to itself is an error, so the model never has a cycle
 * for a view to loop on. */
static void
link_supersedes (Builder             *b,
                 const AtlasJsonNode *list)
{
  g_autoptr(GHashTable) next = NULL;
  guint i = 0;

  if (list == NULL || list->type != ATLAS_JSON_ARRAY)
    return;

  next = g_hash_table_new (NULL, NULL);
  push_key (b, "programmes");
  atlas_json_foreach (b->doc, list, item)
    {
      const AtlasJsonNode *id = NULL, *supersedes = NULL;
      AtlasProgramme *programme;

      push_index (b, i++);
      if (item->type == ATLAS_JSON_OBJECT)
        atlas_json_foreach (b->doc, item, member)
          {
            if (strcmp (member->key, "id") == 0)
              id = member;
            else if (strcmp (member->key, "supersedes") == 0)
              supersedes = member;
          }
      if (supersedes != NULL && id != NULL && id->type == ATLAS_JSON_STRING &&
          (programme = g_hash_table_lookup (b->dataset->programme_ids, id->string)) &&
          programme->supersedes == NULL)
        {
          AtlasProgramme *older;

          push_key (b, "supersedes");
          older = resolve (b, supersedes, b->dataset->programme_ids, N_("programme"));
          if (older != NULL)
            {
              if (older == programme)
                problem (b, ATLAS_LOAD_ERROR_REFERENCE, supersedes,
                         _("Programme “%s” supersedes itself"), programme->id);
              else if (chain_end (next, older) == programme)
                problem (b, ATLAS_LOAD_ERROR_REFERENCE, supersedes,
                         _("Programme “%s” cannot supersede “%s”, which supersedes it already, directly or through others (a cycle)"),
                         programme->id, older->id);
              else
                {
                  programme->supersedes = g_object_ref (older);
                  g_hash_table_insert (next, programme, older);
                }
            }
          pop (b);
        }
      pop (b);
    }
  pop (b);
}

static void
read_event (Builder             *b,
            const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "date", TRUE }, { "end", FALSE }, { "kind", TRUE }, { "title", TRUE },
    { "partners", FALSE }, { "programme", FALSE }, { "planned", FALSE }, { "alternatives", FALSE },
    { "evidence", TRUE }, { "note", FALSE },
  };
  enum { ID, DATE, END, KIND, TITLE, PARTNERS, PROGRAMME, PLANNED, ALTERNATIVES, EVIDENCE, NOTE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasEvent) event = NULL;
  const char *id;
  guint i = 0;

  if (!read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an event"), v))
    return;
  event = g_object_new (ATLAS_TYPE_EVENT, NULL);
  id = read_id (b, v[ID], b->dataset->event_ids, N_("event"));
  read_date (b, v[DATE], "date", &event->date);
  read_date (b, v[END], "end", &event->end);
  if (v[END] != NULL)
    {
      push_key (b, "end");
      check_range (b, v[END], &event->date, &event->end);
      pop (b);
    }
  READ_ENUM (b, v[KIND], "kind", event_kind, _("an event kind"), &event->kind);
  event->title = read_string (b, v[TITLE], "title");
  event->partners = g_ptr_array_new_with_free_func (g_object_unref);
  if (v[PARTNERS] != NULL)
    {
      /* A set, as a file may name thousands of partners in one event */
      g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);

      push_key (b, "partners");
      if (expect_type (b, v[PARTNERS], ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, v[PARTNERS], item)
          {
            AtlasPartner *partner;

            push_index (b, i++);
            if ((partner = resolve (b, item, b->dataset->partner_ids, N_("partner"))))
              {
                if (!g_hash_table_add (named, partner))
                  problem (b, ATLAS_LOAD_ERROR_DUPLICATE, item,
                           _("The partner “%s” is named twice"), partner->id);
                else
                  g_ptr_array_add (event->partners, g_object_ref (partner));
              }
            pop (b);
          }
      pop (b);
    }
  event->programme = read_reference (b, v[PROGRAMME], "programme", b->dataset->programme_ids, N_("programme"));
  event->planned = read_boolean (b, v[PLANNED], "planned");
  event->alternatives = read_claims (b, v[ALTERNATIVES], "alternatives", event);
  event->evidence = read_evidence (b, v[EVIDENCE], "evidence", event);
  event->note = read_string (b, v[NOTE], "note");
  if (id != NULL)
    {
      event->id = g_strdup (id);
      g_hash_table_insert (b->dataset->event_ids, event->id, event);
      add_record (b, event);
    }
}

/* }}} */
/* {{{ The whole file */

static void
read_dataset (Builder             *b,
              const AtlasJsonNode *root)
{
  static const Member spec[] = {
    { "format", TRUE }, { "version", TRUE }, { "title", TRUE }, { "description", FALSE },
    { "updated", FALSE }, { "partners", TRUE }, { "area_groups", FALSE }, { "areas", TRUE },
    { "documents", TRUE }, { "excerpts", TRUE }, { "programmes", TRUE }, { "events", FALSE },
  };
  enum { FORMAT, VERSION, TITLE, DESCRIPTION, UPDATED, PARTNERS, AREA_GROUPS, AREAS, DOCUMENTS,
         EXCERPTS, PROGRAMMES, EVENTS };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)] = { NULL };
  gint64 version = 0;

  /* Whether this is a dataset at all comes first: a list of every member
   * missing from some other JSON file helps nobody. */
  if (root->type == ATLAS_JSON_OBJECT)
    atlas_json_foreach (b->doc, root, member)
      if (strcmp (member->key, "format") == 0)
        v[FORMAT] = member;
  if (root->type != ATLAS_JSON_OBJECT || v[FORMAT] == NULL ||
      v[FORMAT]->type != ATLAS_JSON_STRING || strcmp (v[FORMAT]->string, ATLAS_FORMAT_NAME) != 0)
    {
      problem (b, ATLAS_LOAD_ERROR_FORMAT, root,
               _("This is not a Partnership Atlas dataset: it has no member “format” with the value “%s”"),
               ATLAS_FORMAT_NAME);
      return;
    }

  if (!read_members (b, root, spec, G_N_ELEMENTS (spec), N_("a dataset"), v))
    return;

  if (v[VERSION] != NULL &&
      read_integer (b, v[VERSION], "version", 0, G_MAXINT32, &version) &&
      version != ATLAS_FORMAT_VERSION)
    {
      push_key (b, "version");
      problem (b, ATLAS_LOAD_ERROR_VERSION, v[VERSION],
               version > ATLAS_FORMAT_VERSION
                 ? _("The dataset is in version %lld of the format, which is newer than this copy of Partnership Atlas reads (version %d)")
                 : _("Version %lld of the format does not exist; this copy of Partnership Atlas reads version %d"),
               (long long) version, ATLAS_FORMAT_VERSION);
      pop (b);
      return;
    }

  b->dataset->title = read_string (b, v[TITLE], "title");
  b->dataset->description = read_string (b, v[DESCRIPTION], "description");
  read_date (b, v[UPDATED], "updated", &b->dataset->updated);

  /* In the order that references need */
  read_list (b, v[AREA_GROUPS], "area_groups", read_area_group, b->dataset->area_groups, NULL);
  read_list (b, v[AREAS], "areas", read_area, b->dataset->areas, NULL);
  read_list (b, v[DOCUMENTS], "documents", read_document, b->dataset->documents, NULL);
  read_list (b, v[EXCERPTS], "excerpts", read_excerpt, b->dataset->excerpts,
             (ChildrenOf) atlas_dataset_get_document_excerpts);
  read_list (b, v[PARTNERS], "partners", read_partner, b->dataset->partners, NULL);
  read_list (b, v[PROGRAMMES], "programmes", read_programme, b->dataset->programmes,
             (ChildrenOf) atlas_dataset_get_partner_programmes);
  link_supersedes (b, v[PROGRAMMES]);
  read_list (b, v[EVENTS], "events", read_event, b->dataset->events, NULL);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const AtlasProblem *pa = *(AtlasProblem * const *) a;
  const AtlasProblem *pb = *(AtlasProblem * const *) b;

  /* Problems without a place go last */
  if ((pa->line == 0) != (pb->line == 0))
    return pa->line == 0 ? 1 : -1;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  return (pa->column > pb->column) - (pa->column < pb->column);
}

static AtlasDataset *
build (char       *buffer,
       gsize       length,
       GFile      *file,
       GCancellable *cancellable,
       GPtrArray **problems_out,
       GError    **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(AtlasJsonDoc) doc = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GHashTable) folded = NULL;
  g_autoptr(GPtrArray) folded_keys = NULL;
  g_autoptr(GHashTable) group_ids = NULL;
  g_autoptr(GHashTable) children = NULL;
  Builder b = { 0 };

  doc = atlas_json_doc_parse (buffer, length, problems, error);
  if (doc == NULL)
    goto out;

  dataset = _atlas_dataset_new ();
  folded = g_hash_table_new (ascii_case_hash, ascii_case_equal);
  folded_keys = g_ptr_array_new_with_free_func (g_free);
  group_ids = g_hash_table_new (g_str_hash, g_str_equal);
  children = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b = (Builder) {
    .doc = doc,
    .dataset = dataset,
    .problems = problems,
    .cancellable = cancellable,
    .folded = folded,
    .folded_keys = folded_keys,
    .group_ids = group_ids,
    .children = children,
  };
  read_dataset (&b, atlas_json_doc_get_root (doc));

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_object (&dataset);
      goto out;
    }

  /* Listed in the order of the file, as a compiler does, though they were
   * found list by list (the sort is stable) */
  g_ptr_array_sort (problems, compare_problems);

  if (b.n_unlisted > 0)
    g_ptr_array_add (problems, atlas_problem_new_unlisted (b.n_unlisted));

  if (problems->len > 0)
    {
      g_propagate_error (error, atlas_problems_to_error (problems));
      g_clear_object (&dataset);
      goto out;
    }

  g_set_object (&dataset->file, file);

out:
  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);
  return g_steal_pointer (&dataset);
}

/* }}} */
/* {{{ Public API */

static AtlasDataset *
fail_with (GPtrArray     **problems_out,
           GError        **error,
           AtlasLoadError  code,
           const char     *message)
{
  if (problems_out != NULL)
    {
      *problems_out = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
      g_ptr_array_add (*problems_out, atlas_problem_new (code, 0, 0, NULL, message));
    }
  g_set_error_literal (error, ATLAS_LOAD_ERROR, code, message);
  return NULL;
}

static char *
too_large_message (void)
{
  return g_strdup_printf (_("The file is larger than %lu MiB, the largest dataset this copy of Partnership Atlas opens"),
                          (unsigned long) (ATLAS_MAX_FILE_SIZE / (1024 * 1024)));
}

/**
 * atlas_loader_load_data:
 * @data: the text of a dataset
 * @length: its length in bytes
 * @file: (nullable): the file it came from, recorded in the dataset
 * @problems: (out) (optional) (element-type AtlasProblem): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 *   and the problems listed
 */
AtlasDataset *
atlas_loader_load_data (const char  *data,
                        gsize        length,
                        GFile       *file,
                        GPtrArray  **problems,
                        GError     **error)
{
  char *buffer;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > ATLAS_MAX_FILE_SIZE)
    {
      g_autofree char *message = too_large_message ();
      return fail_with (problems, error, ATLAS_LOAD_ERROR_TOO_LARGE, message);
    }

  buffer = g_malloc (length + 1);
  memcpy (buffer, data, length);
  buffer[length] = '\0';
  return build (buffer, length, file, NULL, problems, error);
}

#define TYPE_AND_SIZE G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE

/* A dataset is a regular file. A folder cannot be one; a device such as
 * /dev/zero never ends, and a pipe or FIFO can block forever, so neither
 * is read at all. Sets @error with the message to show. */
static gboolean
check_file_type (GFileInfo     *info,
                 GError       **error)
{
  if (!g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_TYPE))
    return TRUE;

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      return TRUE;
    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO,
                           _("This is a folder; open a dataset file in it"));
      return FALSE;
    default:
      g_set_error_literal (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO,
                           _("This is not a regular file but a device, a pipe or a socket, which is never read as a dataset"));
      return FALSE;
    }
}

/* Reads the whole of @file into one allocation of the right size, stopping
 * at the size limit; files that report no size are read in steps. Errors
 * in the ATLAS_LOAD_ERROR domain carry their final message. */
static char *
read_file (GFile         *file,
           GCancellable  *cancellable,
           gsize         *length,
           AtlasLoadError *code,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *buffer = NULL;
  gsize allocated, filled = 0;

  *code = ATLAS_LOAD_ERROR_IO;
  /* Before opening, as opening a FIFO waits for a writer */
  info = g_file_query_info (file, TYPE_AND_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && !check_file_type (info, error))
    return NULL;
  g_clear_object (&info);

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;
  /* Again on what was opened, in case the name was switched meanwhile */
  info = g_file_input_stream_query_info (stream, TYPE_AND_SIZE, cancellable, NULL);
  if (info != NULL && !check_file_type (info, error))
    return NULL;
  allocated = info ? (gsize) MAX (g_file_info_get_size (info), 0) : 0;
  if (allocated > ATLAS_MAX_FILE_SIZE)
    {
      *code = ATLAS_LOAD_ERROR_TOO_LARGE;
      g_set_error_literal (error, ATLAS_LOAD_ERROR, *code, "");
      return NULL;
    }
  /* Room for the NUL and one byte more, so that the read that finds the
   * end of a file of the size it said needs no larger buffer: doubling
   * there briefly took twice the file's size where realloc copies */
  allocated = MAX (allocated + 2, 4096);
  buffer = g_malloc (allocated);

  for (;;)
    {
      gssize n;

      if (filled + 1 == allocated)
        {
          if (allocated > ATLAS_MAX_FILE_SIZE)
            {
              *code = ATLAS_LOAD_ERROR_TOO_LARGE;
              g_set_error_literal (error, ATLAS_LOAD_ERROR, *code, "");
              return NULL;
            }
          allocated = MIN (allocated * 2, ATLAS_MAX_FILE_SIZE + 2);
          buffer = g_realloc (buffer, allocated);
        }
      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer + filled,
                               allocated - 1 - filled, cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      filled += n;
    }

  if (filled > ATLAS_MAX_FILE_SIZE)
    {
      *code = ATLAS_LOAD_ERROR_TOO_LARGE;
      g_set_error_literal (error, ATLAS_LOAD_ERROR, *code, "");
      return NULL;
    }
  buffer[filled] = '\0';
  *length = filled;
  return g_steal_pointer (&buffer);
}

/**
 * atlas_loader_load_file:
 * @problems: (out) (optional) (element-type AtlasProblem): every problem found
 *
 * Loads a dataset from @file, blocking; see atlas_loader_load_file_async().
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
AtlasDataset *
atlas_loader_load_file (GFile         *file,
                        GCancellable  *cancellable,
                        GPtrArray    **problems,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  AtlasLoadError code;
  char *buffer;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  buffer = read_file (file, cancellable, &length, &code, &local_error);
  if (buffer == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (code == ATLAS_LOAD_ERROR_TOO_LARGE)
        message = too_large_message ();
      else if (local_error->domain == ATLAS_LOAD_ERROR)
        message = g_strdup (local_error->message);
      else
        /* Translators: %s is the system's reason, such as “No such file or directory” */
        message = g_strdup_printf (_("The file could not be read: %s"), local_error->message);
      return fail_with (problems, error, code, message);
    }

  return build (buffer, length, file, cancellable, problems, error);
}

typedef struct
{
  GFile *file;
  GPtrArray *problems;  /* set by the worker; read after it returned */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  AtlasDataset *dataset;
  GError *error = NULL;

  dataset = atlas_loader_load_file (data->file, cancellable, &data->problems, &error);
  if (dataset != NULL)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * atlas_loader_load_file_async:
 *
 * Loads a dataset in a worker thread, so that the main loop never waits on
 * reading or parsing.
 */
void
atlas_loader_load_file_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_loader_load_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * atlas_loader_load_file_finish:
 * @problems: (out) (optional) (element-type AtlasProblem): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
AtlasDataset *
atlas_loader_load_file_finish (GAsyncResult  *result,
                               GPtrArray    **problems,
                               GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = data->problems ? g_ptr_array_ref (data->problems)
                               : g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * atlas_loader_load_builtin:
 *
 * Loads the dataset compiled into the program.
 *
 * Returns: (transfer full): the built-in dataset
 */
AtlasDataset *
atlas_loader_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  /* Looked up in the library's own resource, which needs no registration */
  bytes = g_resource_lookup_data (atlas_builtin_get_resource (), ATLAS_BUILTIN_DATASET_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return atlas_loader_load_data (data, length, NULL, NULL, error);
}

/* }}} */
