/* atlas-search.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Search across a dataset: programme and partner names, area names,
 * aliases and wordings, event titles and notes, document titles, authors
 * and publishers, and excerpt text with the dataset editors' translation (so that a Japanese
 * passage is found by the English words of its translation), insensitive
 * to case and accents.
 *
 * Each record's searchable text is folded once, when the search is built
 * (compatibility decomposition, non-spacing marks dropped, case folded,
 * typographic quotes and dashes made plain), and the folded texts of one
 * kind are laid end to end in one buffer, each ended by a NUL. A query is
 * folded the same way and looked for in each text in turn (see contains()):
 * one pass over contiguous memory, no allocation per record. A query that
 * extends the previous one (typing on) only rechecks the previous matches.
 *
 * Target: at most 16 ms per query over 200,000 excerpts on a laptop; the
 * benchmarks in bench/ measure it. Tests never time it.
 */

#define _GNU_SOURCE /* memmem () */

#include "config.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <glib/gi18n-lib.h>

#include "atlas-area.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-search.h"
#include "atlas-search-matches.h"
#include "atlas-wording.h"

typedef struct
{
  GPtrArray *records;   /* of GObject */
  GString *text;        /* folded texts, each ended by NUL */
  GArray *offsets;      /* of gsize: where each record's text starts, and a last one past the end */
} Index;

struct _AtlasSearch
{
  GObject parent_instance;

  AtlasDataset *dataset;
  char *query;          /* folded */
  Index index[ATLAS_SEARCH_N_KINDS];
  AtlasSearchMatches *matches[ATLAS_SEARCH_N_KINDS];
};

G_DEFINE_FINAL_TYPE (AtlasSearch, atlas_search, G_TYPE_OBJECT)

/* Longest query compared, in bytes once folded; the rest is ignored */
#define ATLAS_SEARCH_MAX_QUERY 256

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* {{{ Folding */

static void
append_folded_unichar (GString  *out,
                       gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  /* Typographic punctuation is typed plain */
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x2032:
      g_string_append_c (out, '\'');
      return;
    case 0x201C: case 0x201D: case 0x201F: case 0x2033:
      g_string_append_c (out, '"');
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      g_string_append_c (out, '-');
      return;
    default:
      break;
    }

  n = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      GUnicodeType type = g_unichar_type (decomposed[i]);
      char buf[8];
      g_autofree char *folded = NULL;
      int len;

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (decomposed[i] < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower ((char) decomposed[i]));
          continue;
        }
      len = g_unichar_to_utf8 (decomposed[i], buf);
      folded = g_utf8_casefold (buf, len);
      g_string_append (out, folded);
    }
}

/* Folds valid UTF-8 @text onto @out. With @starts and @ends, records for
 * each byte appended the byte range of the character of @text it came
 * from; a character that folds to nothing (a combining accent) widens the
 * range of the one before it. */
static void
fold_into (GString    *out,
           const char *text,
           GArray     *starts,
           GArray     *ends)
{
  gsize previous_start = out->len;

  for (const char *p = text; *p != '\0';)
    {
      const char *next;
      gsize before = out->len;
      guint from = p - text, to;

      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          next = p + 1;
        }
      else
        {
          append_folded_unichar (out, g_utf8_get_char (p));
          next = g_utf8_next_char (p);
        }

      to = next - text;
      if (starts != NULL)
        {
          if (out->len == before)
            {
              for (gsize i = previous_start; i < ends->len; i++)
                g_array_index (ends, guint, i) = to;
            }
          else
            {
              for (gsize i = before; i < out->len; i++)
                {
                  g_array_append_val (starts, from);
                  g_array_append_val (ends, to);
                }
              previous_start = before;
            }
        }
      p = next;
    }
}

/**
 * atlas_search_fold:
 * @text: UTF-8 text
 *
 * The form in which text is compared: case folded, without accents,
 * compatibility forms decomposed ("ﬁ" is "fi", "①" is "1"), typographic
 * quotes and dashes plain.
 *
 * Returns: (transfer full): the folded text
 */
char *
atlas_search_fold (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  out = g_string_sized_new (strlen (text));
  fold_into (out, text, NULL, NULL);
  return g_string_free (out, FALSE);
}

/* The folded query, without the spaces around it */
static char *
fold_query (const char *query)
{
  char *q = g_strstrip (atlas_search_fold (query ? query : ""));
  gsize len = strlen (q);

  if (len > ATLAS_SEARCH_MAX_QUERY)
    {
      /* Cut at a character boundary */
      const char *end = g_utf8_find_prev_char (q, q + ATLAS_SEARCH_MAX_QUERY + 1);

      q[end - q] = '\0';
    }
  return q;
}

/**
 * atlas_search_find:
 * @text: UTF-8 text
 * @query: what to find, as typed
 *
 * Where @query occurs in @text, compared as atlas_search_fold() does, for
 * highlighting. Ranges do not overlap and are in order.
 *
 * Returns: (transfer full) (element-type AtlasSearchRange): byte ranges of
 *   @text, empty when @query is empty or does not occur
 */
GArray *
atlas_search_find (const char *text,
                   const char *query)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (AtlasSearchRange));
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = NULL;
  g_autoptr(GString) folded = NULL;
  g_autofree char *q = NULL;
  gsize qlen, at = 0;

  g_return_val_if_fail (text != NULL, ranges);

  q = fold_query (query);
  qlen = strlen (q);
  if (qlen == 0)
    return ranges;

  starts = g_array_new (FALSE, FALSE, sizeof (guint));
  ends = g_array_new (FALSE, FALSE, sizeof (guint));
  folded = g_string_sized_new (strlen (text));
  fold_into (folded, text, starts, ends);

  while (at + qlen <= folded->len)
    {
      const char *hit = memmem (folded->str + at, folded->len - at, q, qlen);
      AtlasSearchRange range;
      gsize first, last;

      if (hit == NULL)
        break;
      first = hit - folded->str;
      last = first + qlen - 1;
      range.start = g_array_index (starts, guint, first);
      range.end = g_array_index (ends, guint, last);
      /* A match that begins or ends inside what one character folded to
       * (the "s" of "ß" → "ss") still covers whole characters. */
      if (ranges->len > 0 && g_array_index (ranges, AtlasSearchRange, ranges->len - 1).end > range.start)
        g_array_index (ranges, AtlasSearchRange, ranges->len - 1).end = range.end;
      else
        g_array_append_val (ranges, range);
      at = first + qlen;
    }

  return ranges;
}

/* }}} */
/* {{{ The index */

static void
index_init (Index *index)
{
  index->records = g_ptr_array_new_with_free_func (g_object_unref);
  index->text = g_string_new (NULL);
  index->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
}

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->records, g_ptr_array_unref);
  if (index->text != NULL)
    g_string_free (g_steal_pointer (&index->text), TRUE);
  g_clear_pointer (&index->offsets, g_array_unref);
}

/* Starts the text of @record */
static void
index_begin (Index   *index,
             GObject *record)
{
  gsize offset = index->text->len;

  g_ptr_array_add (index->records, g_object_ref (record));
  g_array_append_val (index->offsets, offset);
}

/* Adds one field to the text of the record begun last */
static void
index_add (Index      *index,
           const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (index->text->len > g_array_index (index->offsets, gsize, index->offsets->len - 1))
    g_string_append_c (index->text, '\n');
  fold_into (index->text, text, NULL, NULL);
}

/* Ends the text of the record begun last */
static void
index_end (Index *index)
{
  g_string_append_c (index->text, '\0');
}

static void
index_finish (Index *index)
{
  gsize end = index->text->len;

  g_array_append_val (index->offsets, end);
  /* contains() reads up to 16 bytes, and a query's length, past a text */
  g_string_set_size (index->text, end + 16 + ATLAS_SEARCH_MAX_QUERY);
  memset (index->text->str + end, 0, 16 + ATLAS_SEARCH_MAX_QUERY);
}

/* The texts a record is found by, in the order they are shown: its
 * title first. A programme is also found by its areas' wordings; each area is also found by the wording any programme
 * gives it, so that "cyber defence" finds the area however the dataset
 * names it; each excerpt by the dataset editors' translation. */
static void
add_text (GPtrArray  *texts,
          const char *text)
{
  if (text != NULL && *text != '\0')
    g_ptr_array_add (texts, (gpointer) text);
}

static void
add_strv (GPtrArray          *texts,
          const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    add_text (texts, strv[i]);
}

static void
add_wordings (GPtrArray          *texts,
              AtlasProgrammeArea *pa)
{
  GPtrArray *wordings = pa != NULL ? atlas_programme_area_get_wordings (pa) : NULL;

  for (guint i = 0; wordings != NULL && i < wordings->len; i++)
    add_text (texts, atlas_wording_get_text (g_ptr_array_index (wordings, i)));
}

static void
collect_texts (AtlasDataset *dataset,
               GObject      *record,
               GPtrArray    *texts)
{
  g_ptr_array_set_size (texts, 0);

  if (ATLAS_IS_PROGRAMME (record))
    {
      AtlasProgramme *programme = ATLAS_PROGRAMME (record);
      AtlasPartner *partner = atlas_programme_get_partner (programme);

      GListModel *areas = atlas_programme_get_areas (programme);

      add_text (texts, atlas_programme_get_title (programme));
      add_text (texts, atlas_programme_get_short_label (programme));
      if (partner != NULL)
        {
          add_text (texts, atlas_partner_get_name (partner));
          add_text (texts, atlas_partner_get_short_name (partner));
        }
      /* A programme is found by what it covers, in its own words */
      for (guint j = 0; areas != NULL && j < g_list_model_get_n_items (areas); j++)
        {
          g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, j);

          add_wordings (texts, pa);
        }
    }
  else if (ATLAS_IS_PARTNER (record))
    {
      add_text (texts, atlas_partner_get_name (ATLAS_PARTNER (record)));
      add_text (texts, atlas_partner_get_short_name (ATLAS_PARTNER (record)));
    }
  else if (ATLAS_IS_AREA (record))
    {
      AtlasArea *area = ATLAS_AREA (record);
      GListModel *programmes = atlas_dataset_get_programmes (dataset);

      add_text (texts, atlas_area_get_name (area));
      add_strv (texts, atlas_area_get_aliases (area));
      for (guint j = 0; j < g_list_model_get_n_items (programmes); j++)
        {
          g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, j);

          add_wordings (texts, atlas_programme_find_area (programme, area));
        }
    }
  else if (ATLAS_IS_EVENT (record))
    {
      add_text (texts, atlas_event_get_title (ATLAS_EVENT (record)));
      add_text (texts, atlas_event_get_note (ATLAS_EVENT (record)));
    }
  else if (ATLAS_IS_DOCUMENT (record))
    {
      AtlasDocument *document = ATLAS_DOCUMENT (record);

      add_text (texts, atlas_document_get_title (document));
      add_strv (texts, atlas_document_get_authors (document));
      add_text (texts, atlas_document_get_publisher (document));
      add_text (texts, atlas_document_get_locator (document));
    }
  else if (ATLAS_IS_EXCERPT (record))
    {
      add_text (texts, atlas_excerpt_get_text (ATLAS_EXCERPT (record)));
      add_text (texts, atlas_excerpt_get_translation (ATLAS_EXCERPT (record)));
    }

}


static void
index_list (AtlasDataset *dataset,
            Index        *index,
            GListModel   *list,
            GPtrArray    *texts)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);

      index_begin (index, record);
      collect_texts (dataset, record, texts);
      for (guint j = 0; j < texts->len; j++)
        index_add (index, g_ptr_array_index (texts, j));
      index_end (index);
    }
}

static void
build (AtlasSearch *self)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  GListModel *lists[ATLAS_SEARCH_N_KINDS] = {
    [ATLAS_SEARCH_KIND_PROGRAMME] = atlas_dataset_get_programmes (self->dataset),
    [ATLAS_SEARCH_KIND_PARTNER] = atlas_dataset_get_partners (self->dataset),
    [ATLAS_SEARCH_KIND_AREA] = atlas_dataset_get_areas (self->dataset),
    [ATLAS_SEARCH_KIND_EVENT] = atlas_dataset_get_events (self->dataset),
    [ATLAS_SEARCH_KIND_DOCUMENT] = atlas_dataset_get_documents (self->dataset),
    [ATLAS_SEARCH_KIND_EXCERPT] = atlas_dataset_get_excerpts (self->dataset),
  };

  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      index_list (self->dataset, &self->index[kind], lists[kind], texts);
      index_finish (&self->index[kind]);
    }
}

/* }}} */
/* {{{ Matching */

/* Whether the @len bytes at @text hold @q. @text must be readable for
 * 16 + @qlen bytes past @len (the index pads its buffer so).
 *
 * Each record is short, so most of the time goes to a quick pass over it:
 * with SSE2, 16 places at a time are tried for the first and the last
 * byte of @q together (the "generic SIMD" filter of Wojciech Muła), and
 * only where both agree are the bytes between compared. */
static inline gboolean
contains (const char *text,
          gsize       len,
          const char *q,
          gsize       qlen)
{
  if (qlen > len)
    return FALSE;
  if (qlen == 1)
    return memchr (text, q[0], len) != NULL;

#ifdef __SSE2__
  {
    const __m128i first = _mm_set1_epi8 (q[0]);
    const __m128i last = _mm_set1_epi8 (q[qlen - 1]);
    gsize n_places = len - qlen + 1;

    for (gsize i = 0; i < n_places; i += 16)
      {
        __m128i block_first = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + i));
        __m128i block_last = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + i + qlen - 1));
        guint mask = _mm_movemask_epi8 (_mm_and_si128 (_mm_cmpeq_epi8 (first, block_first),
                                                       _mm_cmpeq_epi8 (last, block_last)));

        /* Places past the end of the record are not places */
        if (n_places - i < 16)
          mask &= (1u << (n_places - i)) - 1;

        while (mask != 0)
          {
            guint bit = __builtin_ctz (mask);

            if (memcmp (text + i + bit + 1, q + 1, qlen - 2) == 0)
              return TRUE;
            mask &= mask - 1;
          }
      }
    return FALSE;
  }
#else
  return memmem (text, len, q, qlen) != NULL;
#endif
}

/* The records among @candidates (all of them when %NULL) whose text
 * contains @q */
static GArray *
scan (const Index  *index,
      const GArray *candidates,
      const char   *q,
      gsize         qlen)
{
  const gsize *offsets = (const gsize *) (gpointer) index->offsets->data;
  const char *text = index->text->str;
  guint n = candidates ? candidates->len : index->records->len;
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (guint), candidates ? n : 64);

  for (guint i = 0; i < n; i++)
    {
      guint record = candidates ? g_array_index (candidates, guint, i) : i;
      gsize start = offsets[record];

      /* The length leaves out the NUL that ends each text */
      if (contains (text + start, offsets[record + 1] - start - 1, q, qlen))
        g_array_append_val (out, record);
    }

  return out;
}

/* }}} */

static void
atlas_search_finalize (GObject *object)
{
  AtlasSearch *self = (AtlasSearch *) object;

  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      g_clear_object (&self->matches[kind]);
      index_clear (&self->index[kind]);
    }
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (atlas_search_parent_class)->finalize (object);
}

static void
atlas_search_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasSearch *self = ATLAS_SEARCH (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AtlasSearch *self = ATLAS_SEARCH (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      atlas_search_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_class_init (AtlasSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_search_finalize;
  object_class->get_property = atlas_search_get_property;
  object_class->set_property = atlas_search_set_property;

  /**
   * AtlasSearch:query:
   *
   * What is searched for, folded (see atlas_search_fold()); set it as typed.
   */
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_search_init (AtlasSearch *self)
{
  self->query = g_strdup ("");
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    index_init (&self->index[kind]);
}

/**
 * atlas_search_new:
 *
 * Folds the searchable text of every record of @dataset. This reads the
 * whole dataset; on a large one, call it from a worker thread (the
 * dataset is immutable, so that is safe).
 *
 * Returns: (transfer full): a search with an empty query
 */
AtlasSearch *
atlas_search_new (AtlasDataset *dataset)
{
  AtlasSearch *self;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  self = g_object_new (ATLAS_TYPE_SEARCH, NULL);
  self->dataset = g_object_ref (dataset);
  build (self);
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    self->matches[kind] = atlas_search_matches_new (kind, self->index[kind].records);
  return self;
}

AtlasDataset *
atlas_search_get_dataset (AtlasSearch *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH (self), NULL);
  return self->dataset;
}

/**
 * atlas_search_get_query:
 *
 * Returns: the folded query
 */
const char *
atlas_search_get_query (AtlasSearch *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH (self), NULL);
  return self->query;
}

/**
 * atlas_search_set_query:
 * @query: (nullable): the text typed; empty or %NULL matches nothing
 *
 * Finds the records whose text contains @query and updates every list
 * returned by atlas_search_get_matches().
 */
void
atlas_search_set_query (AtlasSearch *self,
                        const char  *query)
{
  g_autofree char *q = NULL;
  gboolean narrower;
  gsize qlen;

  g_return_if_fail (ATLAS_IS_SEARCH (self));

  q = fold_query (query);
  if (strcmp (q, self->query) == 0)
    return;

  /* Whatever contains the new query contains the old one it extends */
  qlen = strlen (q);
  narrower = self->query[0] != '\0' && strstr (q, self->query) != NULL;

  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      GArray *found;

      if (qlen == 0)
        found = g_array_new (FALSE, FALSE, sizeof (guint));
      else
        found = scan (&self->index[kind],
                      narrower ? atlas_search_matches_get_indices (self->matches[kind]) : NULL,
                      q, qlen);
      atlas_search_matches_set_indices (self->matches[kind], found);
    }

  g_free (self->query);
  self->query = g_steal_pointer (&q);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

guint
atlas_search_get_n_matches (AtlasSearch     *self,
                            AtlasSearchKind  kind)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH (self), 0);
  g_return_val_if_fail (kind < ATLAS_SEARCH_N_KINDS, 0);

  return atlas_search_matches_get_indices (self->matches[kind])->len;
}

/**
 * atlas_search_get_match:
 *
 * Returns: (transfer none): the matching record of @kind at @position, in
 *   the order of the dataset
 */
GObject *
atlas_search_get_match (AtlasSearch     *self,
                        AtlasSearchKind  kind,
                        guint            position)
{
  const GArray *indices;

  g_return_val_if_fail (ATLAS_IS_SEARCH (self), NULL);
  g_return_val_if_fail (kind < ATLAS_SEARCH_N_KINDS, NULL);

  indices = atlas_search_matches_get_indices (self->matches[kind]);
  g_return_val_if_fail (position < indices->len, NULL);
  return g_ptr_array_index (self->index[kind].records, g_array_index (indices, guint, position));
}

/**
 * atlas_search_get_matches:
 *
 * Returns: (transfer none): the records of @kind that match, as an
 *   #AtlasSearchMatches that follows the query
 */
GListModel *
atlas_search_get_matches (AtlasSearch     *self,
                          AtlasSearchKind  kind)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH (self), NULL);
  g_return_val_if_fail (kind < ATLAS_SEARCH_N_KINDS, NULL);

  return G_LIST_MODEL (self->matches[kind]);
}

/**
 * atlas_search_get_matched_text:
 * @record: a record of the search's dataset
 *
 * The first of the texts @record is found by that holds the query: its
 * title, or else the alias, wording, note, author or translation that
 * made it match.
 *
 * Returns: (nullable) (transfer none): that text, or %NULL when @record
 *   does not match
 */
const char *
atlas_search_get_matched_text (AtlasSearch *self,
                               GObject     *record)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  g_return_val_if_fail (ATLAS_IS_SEARCH (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (record), NULL);

  if (self->query[0] == '\0')
    return NULL;
  collect_texts (self->dataset, record, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *folded = atlas_search_fold (text);

      if (strstr (folded, self->query) != NULL)
        return text;
    }
  return NULL;
}

/**
 * atlas_search_kind_to_label:
 *
 * Returns: the heading of a group of results (translated)
 */
const char *
atlas_search_kind_to_label (AtlasSearchKind kind)
{
  switch (kind)
    {
    case ATLAS_SEARCH_KIND_PROGRAMME:
      return _("Programmes");
    case ATLAS_SEARCH_KIND_PARTNER:
      return _("Partners");
    case ATLAS_SEARCH_KIND_AREA:
      return _("Cooperation Areas");
    case ATLAS_SEARCH_KIND_EVENT:
      return _("Events");
    case ATLAS_SEARCH_KIND_DOCUMENT:
      return _("Documents");
    case ATLAS_SEARCH_KIND_EXCERPT:
      return _("Excerpts");
    case ATLAS_SEARCH_N_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * atlas_search_kind_to_name:
 *
 * Returns: the kind's name for scripts (“programme”, “partner”, “area”,
 *   “event”, “document”, “excerpt”), never translated
 */
const char *
atlas_search_kind_to_name (AtlasSearchKind kind)
{
  static const char * const names[] = {
    [ATLAS_SEARCH_KIND_PROGRAMME] = "programme",
    [ATLAS_SEARCH_KIND_PARTNER] = "partner",
    [ATLAS_SEARCH_KIND_AREA] = "area",
    [ATLAS_SEARCH_KIND_EVENT] = "event",
    [ATLAS_SEARCH_KIND_DOCUMENT] = "document",
    [ATLAS_SEARCH_KIND_EXCERPT] = "excerpt",
  };

  g_return_val_if_fail (kind < ATLAS_SEARCH_N_KINDS, NULL);
  return names[kind];
}
