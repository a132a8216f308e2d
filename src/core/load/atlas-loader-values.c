/* atlas-loader-values.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Paths, problems and values: where in the file the builder is, each
 * problem with its JSON path and line:column, and the reading of members,
 * strings, numbers, dates, ids, references and the evidence of claims. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-language.h"
#include "atlas-limits.h"
#include "atlas-problem.h"
#include "atlas-loader-private.h"
#include "atlas-text.h"

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

void
builder_push_key (Builder    *b,
                  const char *key)
{
  g_assert (b->path_len < MAX_PATH);
  b->path[b->path_len++] = (PathItem) { key, 0 };
}

void
builder_push_index (Builder *b,
                    guint    index)
{
  g_assert (b->path_len < MAX_PATH);
  b->path[b->path_len++] = (PathItem) { NULL, index };
}

void
builder_pop (Builder *b)
{
  b->path_len--;
}

G_GNUC_PRINTF (4, 5)
void
builder_problem (Builder             *b,
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

gboolean
builder_expect_type (Builder             *b,
                     const AtlasJsonNode *node,
                     AtlasJsonType        type)
{
  if (node->type == type)
    return TRUE;
  builder_problem (b, ATLAS_LOAD_ERROR_TYPE, node,
                   /* Translators: both are JSON types, such as “a string” and “an array” */
                   _("Expected %s, found %s"),
                   atlas_json_type_to_string (type), atlas_json_type_to_string (node->type));
  return FALSE;
}

/* }}} */
/* {{{ Objects and their members */

/* Fills @values (one per member of @spec) from @object; reports members
 * that are missing or unknown. Returns FALSE when @object is not one. */
gboolean
builder_read_members (Builder             *b,
                      const AtlasJsonNode *object,
                      const Member        *spec,
                      guint                n_spec,
                      const char          *what,
                      const AtlasJsonNode **values)
{
  memset (values, 0, n_spec * sizeof *values);

  if (!builder_expect_type (b, object, ATLAS_JSON_OBJECT))
    return FALSE;

  atlas_json_foreach (b->doc, object, member)
    {
      const char *key = atlas_json_node_key (b->doc, member);
      guint i;

      for (i = 0; i < n_spec; i++)
        if (spec[i].name[0] == key[0] && strcmp (spec[i].name, key) == 0)
          break;

      if (i < n_spec && spec[i].since > b->version)
        {
          builder_push_key (b, key);
          builder_problem (b, ATLAS_LOAD_ERROR_UNKNOWN_MEMBER, member,
                           /* Translators: %s is a member name; the numbers are versions of the dataset format */
                           _("“%s” is a member of version %u of the format, but this file is in version %u; "
                             "write “\"version\": %u” at the top of the file to use it"),
                           key, spec[i].since, b->version, spec[i].since);
          builder_pop (b);
        }
      else if (i < n_spec)
        values[i] = member;
      else if (!g_str_has_prefix (key, "x-"))
        {
          builder_push_key (b, key);
          builder_problem (b, ATLAS_LOAD_ERROR_UNKNOWN_MEMBER, member,
                           /* Translators: %s is a member name, the second a record kind such as “a programme” */
                           _("“%s” is not a member of %s (a typing mistake? Names of your own must start with “x-”)"),
                           key, _(what));
          builder_pop (b);
        }
    }

  for (guint i = 0; i < n_spec; i++)
    if (spec[i].required && values[i] == NULL)
      builder_problem (b, ATLAS_LOAD_ERROR_MISSING, object,
                       /* Translators: %s is a member name, the second a record kind such as “a programme” */
                       _("The member “%s” is missing; %s must have it"), spec[i].name, _(what));

  return TRUE;
}

/* }}} */
/* {{{ Values */

char *
builder_read_string (Builder             *b,
                     const AtlasJsonNode *node,
                     const char          *key)
{
  char *ret = NULL;

  if (node == NULL)
    return NULL;
  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_STRING))
    {
      if (atlas_json_node_string (b->doc, node)[0] == '\0')
        builder_problem (b, ATLAS_LOAD_ERROR_VALUE, node, _("This text is empty"));
      else
        ret = g_strdup (atlas_json_node_string (b->doc, node));
    }
  builder_pop (b);
  return ret;
}

gboolean
builder_read_boolean (Builder             *b,
                      const AtlasJsonNode *node,
                      const char          *key)
{
  gboolean ret = FALSE;

  if (node == NULL)
    return FALSE;
  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_BOOLEAN))
    ret = node->boolean;
  builder_pop (b);
  return ret;
}

gboolean
builder_read_integer (Builder             *b,
                      const AtlasJsonNode *node,
                      const char          *key,
                      gint64               min,
                      gint64               max,
                      gint64              *out)
{
  gboolean ret = FALSE;

  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_NUMBER))
    {
      if (atlas_json_node_number (b->doc, node) != floor (atlas_json_node_number (b->doc, node)))
        builder_problem (b, ATLAS_LOAD_ERROR_TYPE, node, _("Expected a whole number"));
      else if (atlas_json_node_number (b->doc, node) < (double) min || atlas_json_node_number (b->doc, node) > (double) max)
        builder_problem (b, ATLAS_LOAD_ERROR_RANGE, node,
                         _("This number must be between %lld and %lld"),
                         (long long) min, (long long) max);
      else
        {
          *out = (gint64) atlas_json_node_number (b->doc, node);
          ret = TRUE;
        }
    }
  builder_pop (b);
  return ret;
}

void
builder_read_date (Builder             *b,
                   const AtlasJsonNode *node,
                   const char          *key,
                   AtlasDate           *out)
{
  g_autoptr(GError) error = NULL;

  memset (out, 0, sizeof *out);
  if (node == NULL)
    return;
  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_STRING) &&
              !atlas_date_parse (atlas_json_node_string (b->doc, node), out, &error))
    builder_problem (b, ATLAS_LOAD_ERROR_DATE, node, "%s", error->message);
  builder_pop (b);
}

char **
builder_read_string_array (Builder             *b,
                           const AtlasJsonNode *node,
                           const char          *key)
{
  GPtrArray *strings;
  guint i = 0;

  if (node == NULL)
    return NULL;

  builder_push_key (b, key);
  if (!builder_expect_type (b, node, ATLAS_JSON_ARRAY))
    {
      builder_pop (b);
      return NULL;
    }
  strings = g_ptr_array_new_null_terminated (node->n_children, g_free, TRUE);
  atlas_json_foreach (b->doc, node, item)
    {
      builder_push_index (b, i++);
      if (builder_expect_type (b, item, ATLAS_JSON_STRING))
        g_ptr_array_add (strings, g_strdup (atlas_json_node_string (b->doc, item)));
      builder_pop (b);
    }
  builder_pop (b);
  return (char **) g_ptr_array_free (strings, FALSE);
}

/* A BCP 47 language tag, such as “ja” or “zh-Hant” */
char *
builder_read_language (Builder             *b,
                       const AtlasJsonNode *node,
                       const char          *key)
{
  char *ret = NULL;

  if (node == NULL)
    return NULL;
  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_STRING))
    {
      if (!atlas_language_tag_is_valid (atlas_json_node_string (b->doc, node)))
        builder_problem (b, ATLAS_LOAD_ERROR_VALUE, node,
                         _("“%s” is not a language tag; write a BCP 47 tag such as “en”, “ja”, “ko”, “fr” or “zh-Hant”"),
                         atlas_json_node_string (b->doc, node));
      else
        ret = g_strdup (atlas_json_node_string (b->doc, node));
    }
  builder_pop (b);
  return ret;
}

/* What two ids that people cannot tell apart have in common: full case
 * folding ("ß" and "SS", "İ" and "i̇" fold alike) of the compatibility
 * form ("é" precomposed or as "e" and an accent, "ﬁ" and "fi", the Kelvin
 * sign and "K"), the NFKC_Casefold idea of Unicode's identifier rules, and
 * letters of other scripts taken for the Latin ones they look like.
 * References still name an id exactly; this only refuses look-alikes. */
static gunichar
latin_look_alike (gunichar c)
{
  /* Letters of other scripts drawn as a Latin one in common fonts, after
   * case folding: the Cyrillic, Greek and Armenian entries of Unicode's
   * confusables (UTS #39) that map to one lower-case Latin letter */
  static const struct { gunichar from, to; } table[] = {
    { 0x0251, 'a' }, { 0x0261, 'g' }, { 0x0269, 'i' }, { 0x026A, 'i' }, { 0x0282, 's' },
    { 0x03B1, 'a' }, { 0x03B9, 'i' }, { 0x03BA, 'k' }, { 0x03BD, 'v' }, { 0x03BF, 'o' },
    { 0x03C1, 'p' }, { 0x03C3, 'o' }, { 0x03C5, 'u' }, { 0x03C7, 'x' }, { 0x03F2, 'c' },
    { 0x03F3, 'j' },
    { 0x0430, 'a' }, { 0x0435, 'e' }, { 0x043A, 'k' }, { 0x043E, 'o' }, { 0x0440, 'p' },
    { 0x0441, 'c' }, { 0x0443, 'y' }, { 0x0445, 'x' }, { 0x0455, 's' }, { 0x0456, 'i' },
    { 0x0458, 'j' }, { 0x04BB, 'h' }, { 0x04CF, 'l' }, { 0x0501, 'd' }, { 0x051B, 'q' },
    { 0x051D, 'w' },
    { 0x0570, 'h' }, { 0x0578, 'n' }, { 0x057D, 'u' }, { 0x0585, 'o' },
  };
  guint lo = 0, hi = G_N_ELEMENTS (table);

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (table[mid].from == c)
        return table[mid].to;
      if (table[mid].from < c)
        lo = mid + 1;
      else
        hi = mid;
    }
  return c;
}

static char *
fold_id (const char *id)
{
  g_autofree char *decomposed = g_utf8_normalize (id, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);
  g_autofree char *composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKC);
  GString *skeleton = g_string_sized_new (strlen (composed));

  /* "kor" in Latin and "kоr" with a Cyrillic о read the same in every list */
  for (const char *p = composed; *p; p = g_utf8_next_char (p))
    g_string_append_unichar (skeleton, latin_look_alike (g_utf8_get_char (p)));
  return g_string_free (skeleton, FALSE);
}

/* Ids are compared as fold_id () would have them. An ASCII id,
 * nearly every one, folds to itself in lower case, so it is its own key in
 * @folded (compared and hashed without regard to ASCII case) and nothing is
 * allocated; any other id's key is its case folding. A folding is never in
 * upper case, so the two kinds of keys compare right with each other. */
guint
builder_ascii_case_hash (gconstpointer key)
{
  guint h = 5381;

  for (const char *p = key; *p; p++)
    h = h * 33 + (guchar) g_ascii_tolower (*p);
  return h;
}

gboolean
builder_ascii_case_equal (gconstpointer a,
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

      /* and nothing invisible: variation selectors, fillers and other
       * default-ignorable characters make two ids that read the same */
      if (g_unichar_isspace (c) || g_unichar_iscntrl (c) ||
          g_unichar_type (c) == G_UNICODE_FORMAT || atlas_unichar_is_invisible (c))
        return c;
    }
  return 0;
}

/* Ids are names for references: short, printable, without spaces. */
const char *
builder_read_id (Builder             *b,
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

  builder_push_key (b, "id");
  if (!builder_expect_type (b, node, ATLAS_JSON_STRING))
    goto fail;
  if (atlas_json_node_string (b->doc, node)[0] == '\0')
    {
      builder_problem (b, ATLAS_LOAD_ERROR_VALUE, node, _("An id may not be empty"));
      goto fail;
    }

  /* In ASCII a character is a byte, and the ones an id may not have are
   * the spaces and controls up to U+0020 and U+007F */
  for (p = atlas_json_node_string (b->doc, node); *p; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0x80)
        ascii = FALSE;
      else if (bad == 0 && (c <= 0x20 || c == 0x7F))
        bad = c;
    }
  length = ascii ? (gsize) (p - atlas_json_node_string (b->doc, node)) : (gsize) g_utf8_strlen (atlas_json_node_string (b->doc, node), -1);
  if (length > ATLAS_MAX_ID_LENGTH)
    {
      builder_problem (b, ATLAS_LOAD_ERROR_LIMIT, node,
                       _("This id is longer than %d characters, the longest an id may be"),
                       ATLAS_MAX_ID_LENGTH);
      goto fail;
    }
  if (!ascii)
    bad = find_bad_id_char (atlas_json_node_string (b->doc, node));
  if (bad != 0)
    {
      builder_problem (b, ATLAS_LOAD_ERROR_VALUE, node,
                       _("An id may not contain spaces, control or formatting characters (U+%04X)"), bad);
      goto fail;
    }

  if (g_hash_table_contains (ids, atlas_json_node_string (b->doc, node)))
    {
      builder_problem (b, ATLAS_LOAD_ERROR_DUPLICATE, node,
                       /* Translators: “%s” is an id, the second a record kind such as “partner” */
                       _("The id “%s” is already used by another %s"), atlas_json_node_string (b->doc, node), _(what));
      goto fail;
    }
  if (ascii)
    key = (char *) atlas_json_node_string (b->doc, node);
  else
    g_ptr_array_add (b->folded_keys, key = fold_id (atlas_json_node_string (b->doc, node)));
  previous = g_hash_table_lookup (b->folded, key);
  if (previous != NULL)
    {
      g_autofree char *case_a = g_utf8_casefold (atlas_json_node_string (b->doc, node), -1);
      g_autofree char *case_b = g_utf8_casefold (previous, -1);

      if (g_str_equal (case_a, case_b))
        builder_problem (b, ATLAS_LOAD_ERROR_DUPLICATE, node,
                         _("The id “%s” differs only in letter case from “%s”; ids must differ in more than that"),
                         atlas_json_node_string (b->doc, node), previous);
      else
        builder_problem (b, ATLAS_LOAD_ERROR_DUPLICATE, node,
                         _("The id “%s” looks the same as “%s”, written with other Unicode characters; ids must differ in more than that"),
                         atlas_json_node_string (b->doc, node), previous);
      goto fail;
    }
  g_hash_table_insert (b->folded, key, (gpointer) atlas_json_node_string (b->doc, node));

  builder_pop (b);
  return atlas_json_node_string (b->doc, node);

fail:
  builder_pop (b);
  return NULL;
}

/* Resolves a reference; the record, or NULL after a problem. */
gpointer
builder_resolve (Builder             *b,
                 const AtlasJsonNode *node,
                 GHashTable          *ids,
                 const char          *what)
{
  gpointer record;

  if (!builder_expect_type (b, node, ATLAS_JSON_STRING))
    return NULL;
  record = g_hash_table_lookup (ids, atlas_json_node_string (b->doc, node));
  if (record == NULL)
    builder_problem (b, ATLAS_LOAD_ERROR_REFERENCE, node,
                     /* Translators: “%s” is an id, the second a record kind such as “partner” */
                     _("“%s” is not the id of any %s in this dataset"), atlas_json_node_string (b->doc, node), _(what));
  return record;
}

gpointer
builder_read_reference (Builder             *b,
                        const AtlasJsonNode *node,
                        const char          *key,
                        GHashTable          *ids,
                        const char          *what)
{
  gpointer record;

  if (node == NULL)
    return NULL;
  builder_push_key (b, key);
  record = builder_resolve (b, node, ids, what);
  builder_pop (b);
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
GPtrArray *
builder_read_evidence (Builder             *b,
                       const AtlasJsonNode *node,
                       const char          *key,
                       gpointer             user)
{
  GPtrArray *evidence = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  if (node == NULL)
    return _atlas_records_finish (evidence);

  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_ARRAY))
    {
      if (node->n_children == 0)
        builder_problem (b, ATLAS_LOAD_ERROR_MISSING, node,
                         _("The evidence is empty; name at least one excerpt"));
      atlas_json_foreach (b->doc, node, item)
        {
          AtlasExcerpt *excerpt;

          builder_push_index (b, i++);
          excerpt = builder_resolve (b, item, b->dataset->excerpt_ids, N_("excerpt"));
          if (excerpt != NULL)
            {
              g_ptr_array_add (evidence, g_object_ref (excerpt));
              if (user != NULL)
                add_use (b, excerpt, user);
            }
          builder_pop (b);
        }
    }
  builder_pop (b);

  /* Records never change, so the evidence of one excerpt alone, which a
   * comparison's cells may have by the million, is one array per excerpt
   * (64 bytes a record otherwise); the table is bounded by the excerpts */
  if (evidence->len == 1)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (evidence, 0);
      GPtrArray *shared = g_hash_table_lookup (b->single_evidence, excerpt);

      if (shared != NULL)
        {
          g_ptr_array_unref (evidence);
          return g_ptr_array_ref (shared);
        }
      g_hash_table_insert (b->single_evidence, excerpt, g_ptr_array_ref (evidence));
      return evidence;
    }
  return _atlas_records_finish (evidence);
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

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a claim"), v))
    return NULL;

  claim = g_object_new (ATLAS_TYPE_CLAIM, NULL);
  builder_read_date (b, v[DATE], "date", &claim->date);
  claim->text = builder_read_string (b, v[TEXT], "text");
  claim->evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", user);
  claim->note = builder_read_string (b, v[NOTE], "note");
  if (v[DATE] == NULL && v[TEXT] == NULL)
    builder_problem (b, ATLAS_LOAD_ERROR_MISSING, node,
                     _("A claim needs a “date”, a “text” or both"));
  return claim;
}

GPtrArray *
builder_read_claims (Builder             *b,
                     const AtlasJsonNode *node,
                     const char          *key,
                     gpointer             user)
{
  GPtrArray *claims = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  if (node == NULL)
    return _atlas_records_finish (claims);

  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_ARRAY))
    atlas_json_foreach (b->doc, node, item)
      {
        AtlasClaim *claim;

        builder_push_index (b, i++);
        if ((claim = read_claim (b, item, user)))
          g_ptr_array_add (claims, claim);
        builder_pop (b);
      }
  builder_pop (b);
  return _atlas_records_finish (claims);
}

void
builder_check_range (Builder             *b,
                     const AtlasJsonNode *node,
                     const AtlasDate     *start,
                     const AtlasDate     *end)
{
  if (atlas_date_is_set (start) && atlas_date_is_set (end) &&
      atlas_date_last_day (end) < atlas_date_first_day (start))
    {
      g_autofree char *s = atlas_date_to_iso (start);
      g_autofree char *e = atlas_date_to_iso (end);

      builder_problem (b, ATLAS_LOAD_ERROR_RANGE, node,
                       _("This ends (%s) before it starts (%s)"), e, s);
    }
}

/* }}} */
