/* atlas-loader-records.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Each kind of record read from its JSON object, the top-level lists
 * read in the order their references need, and the records linked
 * (a programme to the one it supersedes). */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-limits.h"
#include "atlas-loader-private.h"

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
      children = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (b->children, parent, children);
    }
  g_ptr_array_add (children, g_object_ref (record));
}

static void
read_list (Builder             *b,
           const AtlasJsonNode *node,
           const char          *key,
           ReadOne              read_one,
           AtlasRecordList    **list,
           GHashTable          *children_of)
{
  g_autoptr(GPtrArray) records = NULL;
  GHashTableIter iter;
  gpointer parent, children;
  GType item_type;
  guint i = 0;

  g_hash_table_remove_all (b->folded);
  g_ptr_array_set_size (b->folded_keys, 0);
  if (node == NULL)
    return;

  records = g_ptr_array_new_full (node->type == ATLAS_JSON_ARRAY ? node->n_children : 0, g_object_unref);
  b->records = records;
  builder_push_key (b, key);
  if (builder_expect_type (b, node, ATLAS_JSON_ARRAY))
    atlas_json_foreach (b->doc, node, item)
      {
        if ((i & 1023) == 0 && g_cancellable_is_cancelled (b->cancellable))
          break;
        builder_push_index (b, i++);
        read_one (b, item);
        builder_pop (b);
      }
  builder_pop (b);
  b->records = NULL;

  /* Each list is read once, into the empty one the dataset was made with */
  g_return_if_fail (atlas_record_list_get_size (*list) == 0);
  item_type = g_list_model_get_item_type (G_LIST_MODEL (*list));
  g_object_unref (*list);
  *list = atlas_record_list_new_take (item_type, records);
  g_hash_table_iter_init (&iter, b->children);
  while (g_hash_table_iter_next (&iter, &parent, &children))
    {
      g_hash_table_insert (children_of, parent, atlas_record_list_new_take (item_type, children));
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

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an area group"), v))
    return;
  group = g_object_new (ATLAS_TYPE_AREA_GROUP, NULL);
  id = builder_read_id (b, v[ID], b->group_ids, N_("area group"));
  group->name = builder_read_string (b, v[NAME], "name");
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

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an area"), v))
    return;
  area = g_object_new (ATLAS_TYPE_AREA, NULL);
  id = builder_read_id (b, v[ID], b->dataset->area_ids, N_("area"));
  area->name = builder_read_string (b, v[NAME], "name");
  area->group = builder_read_reference (b, v[GROUP], "group", b->group_ids, N_("area group"));
  area->aliases = builder_read_string_array (b, v[ALIASES], "aliases");
  area->description = builder_read_string (b, v[DESCRIPTION], "description");
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
    { "language", FALSE, 2 }, { "undated", FALSE, 2 }, { "accessed", FALSE, 2 },
  };
  enum { ID, TITLE, AUTHORS, PUBLISHER, DATE, URL, KIND, LOCATOR, NOTE, LANGUAGE, UNDATED, ACCESSED };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasDocument) document = NULL;
  const char *id;

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a document"), v))
    return;
  document = g_object_new (ATLAS_TYPE_DOCUMENT, NULL);
  id = builder_read_id (b, v[ID], b->dataset->document_ids, N_("document"));
  document->title = builder_read_string (b, v[TITLE], "title");
  document->authors = builder_read_string_array (b, v[AUTHORS], "authors");
  document->publisher = builder_read_string (b, v[PUBLISHER], "publisher");
  builder_read_date (b, v[DATE], "date", &document->date);
  document->url = builder_read_string (b, v[URL], "url");
  if (document->url != NULL)
    {
      /* Only web addresses are ever offered to the user to open */
      if (!is_web_address (document->url))
        {
          builder_push_key (b, "url");
          builder_problem (b, ATLAS_LOAD_ERROR_VALUE, v[URL],
                           _("“%s” is not a web address; a document’s URL must be an http:// or https:// address with a host name and without spaces"),
                           document->url);
          builder_pop (b);
          g_clear_pointer (&document->url, g_free);
        }
    }
  READ_ENUM (b, v[KIND], "kind", document_kind, _("a document kind"), &document->kind);
  if (document->kind >= ATLAS_DOCUMENT_KIND_FIRST_OF_VERSION_2 && b->version < 2)
    {
      builder_push_key (b, "kind");
      builder_problem (b, ATLAS_LOAD_ERROR_VALUE, v[KIND],
                       /* Translators: %s is a kind of document; the numbers are versions of the dataset format */
                       _("The document kind “%s” is in version %u of the format, but this file is in version %u; "
                         "write “\"version\": %u” at the top of the file to use it"),
                       atlas_document_kind_to_code (document->kind), 2, b->version, 2);
      builder_pop (b);
      document->kind = ATLAS_DOCUMENT_KIND_OTHER;
    }
  document->language = builder_read_language (b, v[LANGUAGE], "language");
  document->undated = builder_read_boolean (b, v[UNDATED], "undated");
  builder_read_date (b, v[ACCESSED], "accessed", &document->accessed);
  if (document->undated && v[DATE] != NULL)
    {
      builder_push_key (b, "undated");
      builder_problem (b, ATLAS_LOAD_ERROR_VALUE, v[UNDATED],
                       _("A document that is “undated” cannot have a “date”; remove one of them"));
      builder_pop (b);
    }
  document->locator = builder_read_string (b, v[LOCATOR], "locator");
  document->note = builder_read_string (b, v[NOTE], "note");
  if (id != NULL)
    {
      document->id = g_strdup (id);
      g_hash_table_insert (b->dataset->document_ids, document->id, document);
      add_record (b, document);
    }
}

/* The dataset editors' translation of an excerpt: its text and language */
static void
read_translation (Builder             *b,
                  const AtlasJsonNode *node,
                  AtlasExcerpt        *excerpt)
{
  static const Member spec[] = { { "text", TRUE }, { "language", TRUE } };
  enum { TEXT, LANGUAGE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];

  builder_push_key (b, "translation");
  if (builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a translation"), v))
    {
      excerpt->translation = builder_read_string (b, v[TEXT], "text");
      excerpt->translation_language = builder_read_language (b, v[LANGUAGE], "language");
    }
  builder_pop (b);
}

static void
read_excerpt (Builder             *b,
              const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "document", TRUE }, { "text", TRUE }, { "locator", FALSE }, { "note", FALSE },
    { "language", FALSE, 2 }, { "translation", FALSE, 2 },
  };
  enum { ID, DOCUMENT, TEXT, LOCATOR, NOTE, LANGUAGE, TRANSLATION };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasExcerpt) excerpt = NULL;
  const char *id;

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an excerpt"), v))
    return;
  excerpt = g_object_new (ATLAS_TYPE_EXCERPT, NULL);
  id = builder_read_id (b, v[ID], b->dataset->excerpt_ids, N_("excerpt"));
  excerpt->document = builder_read_reference (b, v[DOCUMENT], "document", b->dataset->document_ids, N_("document"));
  excerpt->text = builder_read_string (b, v[TEXT], "text");
  excerpt->locator = builder_read_string (b, v[LOCATOR], "locator");
  excerpt->note = builder_read_string (b, v[NOTE], "note");
  excerpt->language = builder_read_language (b, v[LANGUAGE], "language");
  if (v[TRANSLATION] != NULL)
    read_translation (b, v[TRANSLATION], excerpt);
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

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a partner"), v))
    return;
  partner = g_object_new (ATLAS_TYPE_PARTNER, NULL);
  id = builder_read_id (b, v[ID], b->dataset->partner_ids, N_("partner"));
  partner->name = builder_read_string (b, v[NAME], "name");
  partner->short_name = builder_read_string (b, v[SHORT_NAME], "short_name");
  partner->note = builder_read_string (b, v[NOTE], "note");
  partner->relations_since = builder_read_claims (b, v[RELATIONS_SINCE], "relations_since", partner);
  partner->evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", partner);
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

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a wording"), v))
    return NULL;
  wording = g_object_new (ATLAS_TYPE_WORDING, NULL);
  wording->text = builder_read_string (b, v[TEXT], "text");
  if (v[POSITION] != NULL && builder_read_integer (b, v[POSITION], "position", 1, G_MAXINT32, &position))
    wording->position = (guint) position;
  wording->evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", user);
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
  g_autoptr(GPtrArray) wordings = NULL;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *note = NULL;
  guint i = 0;

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a programme area"), v))
    return NULL;
  pa = g_object_new (ATLAS_TYPE_PROGRAMME_AREA, NULL);
  pa->area = builder_read_reference (b, v[AREA], "area", b->dataset->area_ids, N_("area"));
  READ_ENUM (b, v[STATUS], "status", area_status, _("an area status"), &pa->status);
  wordings = g_ptr_array_new_with_free_func (g_object_unref);
  if (v[WORDINGS] != NULL)
    {
      builder_push_key (b, "wordings");
      if (builder_expect_type (b, v[WORDINGS], ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, v[WORDINGS], item)
          {
            AtlasWording *wording;

            builder_push_index (b, i++);
            if ((wording = read_wording (b, item, programme)))
              g_ptr_array_add (wordings, wording);
            builder_pop (b);
          }
      builder_pop (b);
    }
  evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", programme);
  note = builder_read_string (b, v[NOTE], "note");
  if (wordings->len > 0 || evidence->len > 0 || note != NULL)
    {
      pa->more = g_new (AtlasProgrammeAreaMore, 1);
      pa->more->wordings = _atlas_records_finish (g_steal_pointer (&wordings));
      pa->more->evidence = g_steal_pointer (&evidence);
      pa->more->note = g_steal_pointer (&note);
    }

  if ((pa->status == ATLAS_AREA_STATUS_LISTED || pa->status == ATLAS_AREA_STATUS_REPORTED) &&
      v[EVIDENCE] == NULL)
    builder_problem (b, ATLAS_LOAD_ERROR_MISSING, node,
                     _("An area that is listed or reported needs “evidence”"));

  if (pa->area == NULL)
    return NULL;
  if (g_hash_table_contains (b->programme_areas, pa->area))
    {
      builder_push_key (b, "area");
      builder_problem (b, ATLAS_LOAD_ERROR_DUPLICATE, v[AREA],
                       _("The area “%s” appears twice in this programme"), pa->area->id);
      builder_pop (b);
      return NULL;
    }
  return g_steal_pointer (&pa);
}

/* A programme's areas, each once */
static void
read_programme_areas (Builder             *b,
                      const AtlasJsonNode *node,
                      AtlasProgramme      *programme)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (g_object_unref);
  guint i = 0;

  g_hash_table_remove_all (b->programme_areas);
  if (node != NULL)
    {
      builder_push_key (b, "areas");
      if (builder_expect_type (b, node, ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, node, item)
          {
            AtlasProgrammeArea *pa;

            builder_push_index (b, i++);
            if ((pa = read_programme_area (b, item, programme)))
              {
                g_hash_table_add (b->programme_areas, pa->area);
                g_ptr_array_add (areas, pa);
              }
            builder_pop (b);
          }
      builder_pop (b);
    }
  programme->areas = atlas_record_list_new_take (ATLAS_TYPE_PROGRAMME_AREA, areas);
  _atlas_programme_index_areas (programme);
}

/* How many areas a source says the programme has */
static AtlasAreaCount *
read_area_count (Builder             *b,
                 const AtlasJsonNode *node,
                 AtlasProgramme      *programme)
{
  static const Member spec[] = { { "count", TRUE }, { "evidence", TRUE }, { "note", FALSE } };
  enum { COUNT, EVIDENCE, NOTE };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasAreaCount) count = NULL;
  gint64 n = 0;

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an area count"), v))
    return NULL;
  count = g_object_new (ATLAS_TYPE_AREA_COUNT, NULL);
  if (v[COUNT] != NULL && !builder_read_integer (b, v[COUNT], "count", 0, G_MAXINT32, &n))
    return NULL;
  count->count = (guint) n;
  count->evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", programme);
  count->note = builder_read_string (b, v[NOTE], "note");
  return v[COUNT] != NULL ? g_steal_pointer (&count) : NULL;
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

  builder_push_key (b, "period");
  if (builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a period"), v))
    {
      builder_read_date (b, v[START], "start", &programme->period_start);
      builder_read_date (b, v[END], "end", &programme->period_end);
      programme->period_planned = builder_read_boolean (b, v[PLANNED], "planned");
      g_clear_pointer (&programme->period_evidence, g_ptr_array_unref);
      programme->period_evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", programme);
      if (v[START] == NULL && v[END] == NULL)
        builder_problem (b, ATLAS_LOAD_ERROR_MISSING, node, _("A period needs a “start”, an “end” or both"));
      builder_check_range (b, v[END] ? v[END] : node, &programme->period_start, &programme->period_end);
    }
  builder_pop (b);
}

static void
read_programme (Builder             *b,
                const AtlasJsonNode *node)
{
  static const Member spec[] = {
    { "id", TRUE }, { "partner", TRUE }, { "type", TRUE }, { "title", TRUE }, { "status", TRUE },
    { "text_availability", TRUE }, { "signed", FALSE }, { "period", FALSE },
    { "areas_complete", FALSE }, { "supersedes", FALSE }, { "note", FALSE }, { "evidence", FALSE },
    { "areas", FALSE }, { "area_counts", FALSE, 2 },
  };
  enum { ID, PARTNER, TYPE, TITLE, STATUS, TEXT_AVAILABILITY, SIGNED, PERIOD, AREAS_COMPLETE,
         SUPERSEDES, NOTE, EVIDENCE, AREAS, AREA_COUNTS };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  g_autoptr(AtlasProgramme) programme = NULL;
  const char *id;
  guint i = 0;

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a programme"), v))
    return;
  programme = g_object_new (ATLAS_TYPE_PROGRAMME, NULL);
  id = builder_read_id (b, v[ID], b->dataset->programme_ids, N_("programme"));
  programme->partner = builder_read_reference (b, v[PARTNER], "partner", b->dataset->partner_ids, N_("partner"));
  READ_ENUM (b, v[TYPE], "type", programme_type, _("a programme type"), &programme->programme_type);
  programme->title = builder_read_string (b, v[TITLE], "title");
  READ_ENUM (b, v[STATUS], "status", programme_status, _("a programme status"), &programme->status);
  READ_ENUM (b, v[TEXT_AVAILABILITY], "text_availability", text_availability,
             _("a text availability"), &programme->text_availability);
  programme->signed_ = builder_read_claims (b, v[SIGNED], "signed", programme);
  programme->period_evidence = _atlas_records_finish (g_ptr_array_new_with_free_func (g_object_unref));
  if (v[PERIOD] != NULL)
    read_period (b, v[PERIOD], programme);
  programme->areas_complete = builder_read_boolean (b, v[AREAS_COMPLETE], "areas_complete");
  programme->note = builder_read_string (b, v[NOTE], "note");
  programme->evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", programme);

  read_programme_areas (b, v[AREAS], programme);

  if (v[AREA_COUNTS] != NULL)
    {
      i = 0;
      builder_push_key (b, "area_counts");
      if (builder_expect_type (b, v[AREA_COUNTS], ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, v[AREA_COUNTS], item)
          {
            AtlasAreaCount *count;

            builder_push_index (b, i++);
            if ((count = read_area_count (b, item, programme)))
              g_ptr_array_add (programme->area_counts, count);
            builder_pop (b);
          }
      builder_pop (b);
    }
  programme->area_counts = _atlas_records_finish (programme->area_counts);

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
  builder_push_key (b, "programmes");
  atlas_json_foreach (b->doc, list, item)
    {
      const AtlasJsonNode *id = NULL, *supersedes = NULL;
      AtlasProgramme *programme;

      builder_push_index (b, i++);
      if (item->type == ATLAS_JSON_OBJECT)
        atlas_json_foreach (b->doc, item, member)
          {
            if (strcmp (atlas_json_node_key (b->doc, member), "id") == 0)
              id = member;
            else if (strcmp (atlas_json_node_key (b->doc, member), "supersedes") == 0)
              supersedes = member;
          }
      if (supersedes != NULL && id != NULL && id->type == ATLAS_JSON_STRING &&
          (programme = g_hash_table_lookup (b->dataset->programme_ids, atlas_json_node_string (b->doc, id))) &&
          programme->supersedes == NULL)
        {
          AtlasProgramme *older;

          builder_push_key (b, "supersedes");
          older = builder_resolve (b, supersedes, b->dataset->programme_ids, N_("programme"));
          if (older != NULL)
            {
              if (older == programme)
                builder_problem (b, ATLAS_LOAD_ERROR_REFERENCE, supersedes,
                                 _("Programme “%s” supersedes itself"), programme->id);
              else if (chain_end (next, older) == programme)
                builder_problem (b, ATLAS_LOAD_ERROR_REFERENCE, supersedes,
                                 _("Programme “%s” cannot supersede “%s”, which supersedes it already, directly or through others (a cycle)"),
                                 programme->id, older->id);
              else
                {
                  programme->supersedes = g_object_ref (older);
                  g_hash_table_insert (next, programme, older);
                }
            }
          builder_pop (b);
        }
      builder_pop (b);
    }
  builder_pop (b);
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

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("an event"), v))
    return;
  event = g_object_new (ATLAS_TYPE_EVENT, NULL);
  id = builder_read_id (b, v[ID], b->dataset->event_ids, N_("event"));
  builder_read_date (b, v[DATE], "date", &event->date);
  builder_read_date (b, v[END], "end", &event->end);
  if (v[END] != NULL)
    {
      builder_push_key (b, "end");
      builder_check_range (b, v[END], &event->date, &event->end);
      builder_pop (b);
    }
  READ_ENUM (b, v[KIND], "kind", event_kind, _("an event kind"), &event->kind);
  event->title = builder_read_string (b, v[TITLE], "title");
  event->partners = g_ptr_array_new_with_free_func (g_object_unref);
  if (v[PARTNERS] != NULL)
    {
      /* A set, as a file may name thousands of partners in one event */
      g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);

      builder_push_key (b, "partners");
      if (builder_expect_type (b, v[PARTNERS], ATLAS_JSON_ARRAY))
        atlas_json_foreach (b->doc, v[PARTNERS], item)
          {
            AtlasPartner *partner;

            builder_push_index (b, i++);
            if ((partner = builder_resolve (b, item, b->dataset->partner_ids, N_("partner"))))
              {
                if (!g_hash_table_add (named, partner))
                  builder_problem (b, ATLAS_LOAD_ERROR_DUPLICATE, item,
                                   _("The partner “%s” is named twice"), partner->id);
                else
                  g_ptr_array_add (event->partners, g_object_ref (partner));
              }
            builder_pop (b);
          }
      builder_pop (b);
    }
  event->partners = _atlas_records_finish (event->partners);
  event->programme = builder_read_reference (b, v[PROGRAMME], "programme", b->dataset->programme_ids, N_("programme"));
  event->planned = builder_read_boolean (b, v[PLANNED], "planned");
  event->alternatives = builder_read_claims (b, v[ALTERNATIVES], "alternatives", event);
  event->evidence = builder_read_evidence (b, v[EVIDENCE], "evidence", event);
  event->note = builder_read_string (b, v[NOTE], "note");
  if (id != NULL)
    {
      event->id = g_strdup (id);
      g_hash_table_insert (b->dataset->event_ids, event->id, event);
      add_record (b, event);
    }
}

/* }}} */
/* {{{ The whole file */

static AtlasChangelogEntry *
read_changelog_entry (Builder             *b,
                      const AtlasJsonNode *node)
{
  static const Member spec[] = { { "release", TRUE }, { "date", TRUE }, { "changes", TRUE } };
  enum { RELEASE, DATE, CHANGES };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)];
  AtlasChangelogEntry *entry;

  if (!builder_read_members (b, node, spec, G_N_ELEMENTS (spec), N_("a changelog entry"), v))
    return NULL;
  entry = g_object_new (ATLAS_TYPE_CHANGELOG_ENTRY, NULL);
  entry->release = builder_read_string (b, v[RELEASE], "release");
  builder_read_date (b, v[DATE], "date", &entry->date);
  entry->changes = builder_read_string_array (b, v[CHANGES], "changes");
  if (entry->changes != NULL)
    {
      builder_push_key (b, "changes");
      if (entry->changes[0] == NULL)
        builder_problem (b, ATLAS_LOAD_ERROR_MISSING, v[CHANGES],
                         _("A release needs at least one change; say what changed and why"));
      for (guint i = 0; entry->changes[i] != NULL; i++)
        if (entry->changes[i][0] == '\0')
          {
            builder_push_index (b, i);
            builder_problem (b, ATLAS_LOAD_ERROR_VALUE, v[CHANGES], _("This text is empty"));
            builder_pop (b);
          }
      builder_pop (b);
    }
  return entry;
}

/* The releases, newest first, so that the first is the one in hand */
static void
read_changelog (Builder             *b,
                const AtlasJsonNode *node)
{
  AtlasChangelogEntry *previous = NULL;
  guint i = 0;

  builder_push_key (b, "changelog");
  if (builder_expect_type (b, node, ATLAS_JSON_ARRAY))
    atlas_json_foreach (b->doc, node, item)
      {
        AtlasChangelogEntry *entry;

        builder_push_index (b, i++);
        if ((entry = read_changelog_entry (b, item)))
          {
            if (previous != NULL && atlas_date_is_set (&previous->date) && atlas_date_is_set (&entry->date) &&
                atlas_date_first_day (&entry->date) > atlas_date_last_day (&previous->date))
              {
                g_autofree char *newer = atlas_date_to_iso (&entry->date);
                g_autofree char *older = atlas_date_to_iso (&previous->date);

                builder_problem (b, ATLAS_LOAD_ERROR_RANGE, item,
                                 _("The changelog lists the newest release first, but this one (%s) is newer than the one before it (%s)"),
                                 newer, older);
              }
            g_ptr_array_add (b->dataset->changelog, entry);
            previous = entry;
          }
        builder_pop (b);
      }
  builder_pop (b);
}

void
builder_read_dataset (Builder             *b,
                      const AtlasJsonNode *root)
{
  static const Member spec[] = {
    { "format", TRUE }, { "version", TRUE }, { "title", TRUE }, { "description", FALSE },
    { "updated", FALSE }, { "partners", TRUE }, { "area_groups", FALSE }, { "areas", TRUE },
    { "documents", TRUE }, { "excerpts", TRUE }, { "programmes", TRUE }, { "events", FALSE },
    { "release", FALSE, 2 }, { "licence", FALSE, 2 }, { "changelog", FALSE, 2 },
  };
  enum { FORMAT, VERSION, TITLE, DESCRIPTION, UPDATED, PARTNERS, AREA_GROUPS, AREAS, DOCUMENTS,
         EXCERPTS, PROGRAMMES, EVENTS, RELEASE, LICENCE, CHANGELOG };
  const AtlasJsonNode *v[G_N_ELEMENTS (spec)] = { NULL };
  gint64 version = 0;

  /* Whether this is a dataset at all comes first: a list of every member
   * missing from some other JSON file helps nobody. */
  if (root->type == ATLAS_JSON_OBJECT)
    atlas_json_foreach (b->doc, root, member)
      if (strcmp (atlas_json_node_key (b->doc, member), "format") == 0)
        v[FORMAT] = member;
  if (root->type != ATLAS_JSON_OBJECT || v[FORMAT] == NULL ||
      v[FORMAT]->type != ATLAS_JSON_STRING || strcmp (atlas_json_node_string (b->doc, v[FORMAT]), ATLAS_FORMAT_NAME) != 0)
    {
      builder_problem (b, ATLAS_LOAD_ERROR_FORMAT, root,
                       _("This is not a Partnership Atlas dataset: it has no member “format” with the value “%s”"),
                       ATLAS_FORMAT_NAME);
      return;
    }

  /* The version decides which members the records may have, so it is
   * read before them; a file that gives none is read as version 1 */
  b->version = 1;
  atlas_json_foreach (b->doc, root, member)
    if (strcmp (atlas_json_node_key (b->doc, member), "version") == 0 && member->type == ATLAS_JSON_NUMBER &&
        atlas_json_node_number (b->doc, member) >= 1 && atlas_json_node_number (b->doc, member) <= ATLAS_FORMAT_VERSION &&
        atlas_json_node_number (b->doc, member) == floor (atlas_json_node_number (b->doc, member)))
      b->version = (guint) atlas_json_node_number (b->doc, member);
  b->dataset->format_version = b->version;

  if (!builder_read_members (b, root, spec, G_N_ELEMENTS (spec), N_("a dataset"), v))
    return;

  if (v[VERSION] != NULL &&
      builder_read_integer (b, v[VERSION], "version", 0, G_MAXINT32, &version) &&
      (version < 1 || version > ATLAS_FORMAT_VERSION))
    {
      builder_push_key (b, "version");
      builder_problem (b, ATLAS_LOAD_ERROR_VERSION, v[VERSION],
                       version > ATLAS_FORMAT_VERSION
                         ? _("The dataset is in version %lld of the format, which is newer than this copy of Partnership Atlas reads (version %d)")
                         : _("Version %lld of the format does not exist; this copy of Partnership Atlas reads versions 1 to %d"),
                       (long long) version, ATLAS_FORMAT_VERSION);
      builder_pop (b);
      return;
    }

  b->dataset->title = builder_read_string (b, v[TITLE], "title");
  b->dataset->description = builder_read_string (b, v[DESCRIPTION], "description");
  builder_read_date (b, v[UPDATED], "updated", &b->dataset->updated);
  b->dataset->release = builder_read_string (b, v[RELEASE], "release");
  b->dataset->licence = builder_read_string (b, v[LICENCE], "licence");
  if (v[CHANGELOG] != NULL)
    read_changelog (b, v[CHANGELOG]);

  /* In the order that references need */
  read_list (b, v[AREA_GROUPS], "area_groups", read_area_group, &b->dataset->area_groups, NULL);
  read_list (b, v[AREAS], "areas", read_area, &b->dataset->areas, NULL);
  read_list (b, v[DOCUMENTS], "documents", read_document, &b->dataset->documents, NULL);
  read_list (b, v[EXCERPTS], "excerpts", read_excerpt, &b->dataset->excerpts,
             b->dataset->document_excerpts);
  read_list (b, v[PARTNERS], "partners", read_partner, &b->dataset->partners, NULL);
  read_list (b, v[PROGRAMMES], "programmes", read_programme, &b->dataset->programmes,
             b->dataset->partner_programmes);
  link_supersedes (b, v[PROGRAMMES]);
  read_list (b, v[EVENTS], "events", read_event, &b->dataset->events, NULL);
}
