/* atlas-citations.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The dataset's documents as references a paper can cite: for reference
 * managers (CSL-JSON, BibTeX for biblatex, RIS; one writer per format
 * beside this file) and for people (a plain-text reference of a document,
 * of an excerpt with its quotation and locator). What the formats share
 * is here: which documents, the kind of each in their vocabularies, the
 * keys, how an author's name splits. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-citations-private.h"
#include "atlas-dataset.h"
#include "atlas-date.h"
#include "atlas-document.h"
#include "atlas-error.h"
#include "atlas-evidence.h"
#include "atlas-excerpt.h"
#include "atlas-export-private.h"
#include "atlas-programme.h"
#include "atlas-text.h"

static const struct
{
  const char *name;
  const char *extension;
  const char *mime_type;
  const AtlasCitationWriter *writer;
} formats[ATLAS_N_CITATION_FORMATS] = {
  [ATLAS_CITATION_CSL_JSON] = { "csl-json", "json", ATLAS_CSL_JSON_MIME_TYPE, &atlas_citations_csl_json },
  [ATLAS_CITATION_BIBTEX] = { "bibtex", "bib", "application/x-bibtex", &atlas_citations_bibtex },
  [ATLAS_CITATION_RIS] = { "ris", "ris", "application/x-research-info-systems", &atlas_citations_ris },
};

gboolean
atlas_citation_format_from_name (const char          *name,
                                 AtlasCitationFormat *format)
{
  for (guint i = 0; name != NULL && i < ATLAS_N_CITATION_FORMATS; i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
atlas_citation_format_to_name (AtlasCitationFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_CITATION_FORMATS, NULL);
  return formats[format].name;
}

const char *
atlas_citation_format_extension (AtlasCitationFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_CITATION_FORMATS, NULL);
  return formats[format].extension;
}

const char *
atlas_citation_format_mime_type (AtlasCitationFormat format)
{
  g_return_val_if_fail (format < ATLAS_N_CITATION_FORMATS, NULL);
  return formats[format].mime_type;
}

/* {{{ Kinds of document */

static const AtlasCitationType types[] = {
  [ATLAS_DOCUMENT_KIND_OTHER] = { "document", "misc", "GEN", FALSE },
  [ATLAS_DOCUMENT_KIND_COMMENTARY] = { "report", "report", "RPRT", FALSE },
  [ATLAS_DOCUMENT_KIND_POLICY_BRIEF] = { "report", "report", "RPRT", FALSE },
  [ATLAS_DOCUMENT_KIND_ANALYSIS] = { "report", "report", "RPRT", FALSE },
  [ATLAS_DOCUMENT_KIND_OFFICIAL] = { "report", "report", "RPRT", FALSE },
  [ATLAS_DOCUMENT_KIND_NEWS] = { "article-newspaper", "article", "NEWS", TRUE },
  [ATLAS_DOCUMENT_KIND_WEB_PAGE] = { "webpage", "online", "ELEC", FALSE },
  [ATLAS_DOCUMENT_KIND_ACADEMIC] = { "article-journal", "article", "JOUR", TRUE },
  [ATLAS_DOCUMENT_KIND_THINK_TANK] = { "report", "report", "RPRT", FALSE },
  [ATLAS_DOCUMENT_KIND_MIRROR] = { "webpage", "online", "ELEC", FALSE },
  [ATLAS_DOCUMENT_KIND_BLOG] = { "post-weblog", "online", "BLOG", FALSE },
  [ATLAS_DOCUMENT_KIND_FORUM] = { "post", "online", "ELEC", FALSE },
};

/* A newspaper or a journal names its publisher as the periodical; every
 * other kind is published by an organisation, a report most often (a
 * policy brief, an official text, a think tank's commentary) */
const AtlasCitationType *
atlas_citation_type_for (AtlasDocument *document)
{
  AtlasDocumentKind kind = atlas_document_get_kind (document);

  if ((guint) kind >= G_N_ELEMENTS (types))
    kind = ATLAS_DOCUMENT_KIND_OTHER;
  return &types[kind];
}

/* }}} */
/* {{{ Names */

static const char * const organisation_words[] = {
  "agency", "association", "board", "bureau", "centre", "center", "commission", "committee",
  "council", "department", "division", "editors", "embassy", "foundation", "government",
  "group", "institute", "institution", "mission", "ministry", "news", "office",
  "organisation", "organization", "parliament", "press", "secretariat", "service", "staff",
  "team", "university", "watch",
};

static gboolean
is_name_char (gunichar c)
{
  return c == '-' || c == '.' || c == '\'' || c == 0x2019 ||
         (g_unichar_isalpha (c) && g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN);
}

/* A word of a person's name: a capital, then letters, hyphens, dots and
 * apostrophes; never an acronym (NATO, MFAT) nor an organisation's word */
static gboolean
is_name_word (const char *word)
{
  guint upper = 0, letters = 0;

  if (!g_unichar_isupper (g_utf8_get_char (word)))
    return FALSE;
  for (const char *p = word; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_name_char (c))
        return FALSE;
      if (g_unichar_isalpha (c))
        {
          letters++;
          upper += g_unichar_isupper (c);
        }
    }
  if (letters >= 2 && upper == letters && strchr (word, '.') == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (organisation_words); i++)
    if (g_ascii_strcasecmp (word, organisation_words[i]) == 0)
      return FALSE;
  return TRUE;
}

/* “F.”, “J.R.”: an initial */
static gboolean
is_initial (const char *word)
{
  return g_unichar_isupper (g_utf8_get_char (word)) && g_str_has_suffix (word, ".") &&
         g_utf8_strlen (word, -1) <= 4;
}

/* Korean given names are romanised with a hyphen and a small letter after
 * it (“Sung-han”), Western double names with a capital (“Dupont-Aignan”) */
static gboolean
is_korean_given_name (const char *word)
{
  const char *hyphen = strchr (word, '-');

  return hyphen != NULL && g_unichar_islower (g_utf8_get_char (hyphen + 1));
}

/**
 * atlas_citation_split_name:
 * @name: an author as the dataset writes it
 * @family: (out): the family name
 * @given: (out): the given names
 *
 * Splits a person's name where the split is plain: “Family, Given”, or
 * two words of the Latin script (three with an initial between), the
 * family name last — or first for a Korean name romanised with a hyphen
 * (“Kim Sung-han”). Organisations (“NATO Public Diplomacy Division”),
 * names in other scripts (“林 肇”), names with particles or more words
 * are not split: a reference manager writes them as they are.
 *
 * Returns: %TRUE when @name was split; otherwise @family and @given are
 *   %NULL and @name is to be written whole
 */
gboolean
atlas_citation_split_name (const char  *name,
                           char       **family,
                           char       **given)
{
  g_auto(GStrv) words = NULL;
  const char *comma;
  guint n;

  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (family != NULL && given != NULL, FALSE);

  *family = *given = NULL;
  comma = strchr (name, ',');
  if (comma != NULL)
    {
      g_autofree char *before = g_strstrip (g_strndup (name, comma - name));
      g_autofree char *after = g_strstrip (g_strdup (comma + 1));

      if (*before == '\0' || *after == '\0' || strchr (after, ',') != NULL)
        return FALSE;
      *family = g_steal_pointer (&before);
      *given = g_steal_pointer (&after);
      return TRUE;
    }

  words = g_strsplit (name, " ", -1);
  n = g_strv_length (words);
  if (n < 2 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!is_name_word (words[i]))
      return FALSE;
  if (n == 3 && !is_initial (words[1]))
    return FALSE;

  if (n == 2 && !strchr (words[0], '-') && is_korean_given_name (words[1]))
    {
      *family = g_strdup (words[0]);
      *given = g_strdup (words[1]);
    }
  else
    {
      *family = g_strdup (words[n - 1]);
      words[n - 1] = (g_free (words[n - 1]), NULL);
      *given = g_strjoinv (" ", words);
    }
  return TRUE;
}

/* }}} */
/* {{{ Which documents */

/**
 * atlas_citations_all_documents:
 *
 * Returns: (transfer full) (element-type AtlasDocument): every document
 *   of @dataset, in its order
 */
GPtrArray *
atlas_citations_all_documents (AtlasDataset *dataset)
{
  GListModel *documents;
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), out);

  documents = atlas_dataset_get_documents (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    g_ptr_array_add (out, g_list_model_get_item (documents, i));
  return out;
}

/**
 * atlas_citations_for_programmes:
 * @ids: programme ids
 *
 * The documents behind the programmes @ids name: those of every excerpt
 * that any of their claims cites (their own evidence, signing, period,
 * number of areas, areas and wordings), in the dataset's order.
 *
 * Returns: (transfer full) (element-type AtlasDocument) (nullable): the
 *   documents, or %NULL when an id names no programme
 */
GPtrArray *
atlas_citations_for_programmes (AtlasDataset        *dataset,
                                const char * const  *ids,
                                GError             **error)
{
  g_autoptr(GHashTable) cited = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *out;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (ids != NULL, NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      AtlasProgramme *programme = atlas_dataset_find_programme (dataset, ids[i]);
      g_autoptr(GPtrArray) excerpts = NULL;

      if (programme == NULL)
        {
          g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                       _("“%s” is not the id of any programme in this dataset"), ids[i]);
          return NULL;
        }
      excerpts = atlas_evidence_for (dataset, G_OBJECT (programme));
      for (guint j = 0; j < excerpts->len; j++)
        g_hash_table_add (cited, atlas_excerpt_get_document (g_ptr_array_index (excerpts, j)));
    }

  all = atlas_citations_all_documents (dataset);
  out = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    if (g_hash_table_contains (cited, g_ptr_array_index (all, i)))
      g_ptr_array_add (out, g_object_ref (g_ptr_array_index (all, i)));
  return out;
}

/* }}} */
/* {{{ Writing */

/* A key that BibTeX, biber and pandoc all read: the id with every
 * character but ASCII letters, digits and - _ : . made a hyphen, and a
 * number after it where two ids give the same key. Every format uses it,
 * so that [@key] cites the same document whichever file a writer uses. */
static char *
make_key (const char *id,
          GHashTable *used)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autofree char *base = NULL;

  for (const char *p = id; *p; p++)
    {
      char c = *p;

      if (g_ascii_isalnum (c) || c == '-' || c == '_' || c == ':' || c == '.')
        g_string_append_c (key, c);
      else if (key->len == 0 || key->str[key->len - 1] != '-')
        g_string_append_c (key, '-');
    }
  while (key->len > 0 && key->str[key->len - 1] == '-')
    g_string_truncate (key, key->len - 1);
  if (key->len == 0 || !g_ascii_isalpha (key->str[0]))
    g_string_prepend (key, "doc-");
  base = g_strdup (key->str);
  for (guint n = 2; g_hash_table_contains (used, key->str); n++)
    g_string_printf (key, "%s-%u", base, n);
  g_hash_table_add (used, g_strdup (key->str));
  return g_string_free (g_steal_pointer (&key), FALSE);
}

typedef struct
{
  AtlasCitationFormat format;
  GPtrArray *documents;
} CitationsExport;

static gboolean
write_citations (GOutputStream  *stream,
                 gpointer        user_data,
                 GCancellable   *cancellable,
                 GError        **error)
{
  CitationsExport *export = user_data;
  const AtlasCitationWriter *writer = formats[export->format].writer;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) out = g_string_new (NULL);

  writer->begin (out);
  for (guint i = 0; i < export->documents->len; i++)
    {
      AtlasDocument *document = g_ptr_array_index (export->documents, i);
      g_autofree char *key = make_key (atlas_document_get_id (document), keys);

      writer->entry (out, document, i, key);
      if (!atlas_export_flush (out, 64 * 1024, stream, cancellable, error))
        return FALSE;
    }
  writer->end (out, export->documents->len);
  return atlas_export_flush (out, 0, stream, cancellable, error);
}

/**
 * atlas_citations_write:
 * @documents: (element-type AtlasDocument): the documents to cite
 *
 * Writes @documents to @stream in @format, as UTF-8.
 */
gboolean
atlas_citations_write (AtlasCitationFormat  format,
                       GPtrArray           *documents,
                       GOutputStream       *stream,
                       GCancellable        *cancellable,
                       GError             **error)
{
  CitationsExport export = { format, documents };

  g_return_val_if_fail (format < ATLAS_N_CITATION_FORMATS, FALSE);
  g_return_val_if_fail (documents != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  return write_citations (stream, &export, cancellable, error);
}

/**
 * atlas_citations_to_file:
 *
 * As atlas_citations_write(), into @file, which is replaced only once the
 * whole export is on disk (atlas_export_stream_to_file()).
 */
gboolean
atlas_citations_to_file (AtlasCitationFormat  format,
                         GPtrArray           *documents,
                         GFile               *file,
                         GCancellable        *cancellable,
                         GError             **error)
{
  CitationsExport export = { format, documents };

  g_return_val_if_fail (format < ATLAS_N_CITATION_FORMATS, FALSE);
  g_return_val_if_fail (documents != NULL, FALSE);

  return atlas_export_stream_to_file (file, write_citations, &export, cancellable, error);
}

/**
 * atlas_citations_to_string:
 * @documents: (element-type AtlasDocument): the documents to cite
 *
 * Returns: (transfer full): @documents in @format, for the clipboard
 */
char *
atlas_citations_to_string (AtlasCitationFormat  format,
                           GPtrArray           *documents)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  gboolean ok;

  g_return_val_if_fail (format < ATLAS_N_CITATION_FORMATS, NULL);
  g_return_val_if_fail (documents != NULL, NULL);

  /* Writing to memory fails only when memory does, which aborts */
  ok = atlas_citations_write (format, documents, stream, NULL, NULL) &&
       g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL) &&
       g_output_stream_close (stream, NULL, NULL);
  g_assert (ok);
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

/* }}} */
/* {{{ For people */

/* Ends a piece of the reference with a full stop, unless it ends with
 * punctuation of its own (“…Region?”) */
static void
append_piece (GString    *out,
              const char *piece)
{
  g_autofree char *isolated = NULL;
  gunichar last;

  if (piece == NULL || *piece == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, ' ');
  isolated = atlas_text_isolate_bidi (piece);
  g_string_append (out, isolated);
  last = g_utf8_get_char (g_utf8_find_prev_char (piece, piece + strlen (piece)));
  if (!g_unichar_ispunct (last) || last == ')' || last == 0x201D || last == '"')
    g_string_append_c (out, '.');
}

static char *
join_authors (const char * const *authors)
{
  guint n = authors != NULL ? g_strv_length ((char **) authors) : 0;
  g_autofree char *list = NULL;

  if (n == 0)
    return NULL;
  list = atlas_text_isolate_bidi (authors[0]);
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *name = atlas_text_isolate_bidi (authors[i]);
      char *longer;

      if (i == n - 1)
        /* Translators: the last two authors of a reference, “Kim Sung-han and Ramon Pacheco Pardo” */
        longer = g_strdup_printf (C_("citation", "%s and %s"), list, name);
      else
        /* Translators: authors of a reference, all but the last two */
        longer = g_strdup_printf (C_("citation", "%s, %s"), list, name);
      g_free (list);
      list = longer;
    }
  return g_steal_pointer (&list);
}

/**
 * atlas_citation_reference:
 *
 * A reference to @document in plain text, for people: its authors,
 * title, locator (a series and number), publisher and date, address and
 * the date it was read, as far as the dataset knows them —
 * “Hae-Won Jun. NATO and its Indo-Pacific Partners… RUSI Commentary.
 * Royal United Services Institute (RUSI), undated. https://… (accessed
 * December 2026).” Dataset text that could reorder its neighbours is
 * isolated.
 *
 * Returns: (transfer full): the reference
 */
char *
atlas_citation_reference (AtlasDocument *document)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *authors = NULL;
  g_autofree char *date = NULL;
  g_autofree char *published = NULL;
  const char *publisher;
  const AtlasDate *accessed;
  const char *url;

  g_return_val_if_fail (ATLAS_IS_DOCUMENT (document), NULL);

  authors = join_authors (atlas_document_get_authors (document));
  if (authors != NULL)
    {
      g_string_append (out, authors);
      if (!g_str_has_suffix (authors, "."))
        g_string_append_c (out, '.');
    }
  append_piece (out, atlas_document_get_title (document));
  append_piece (out, atlas_document_get_locator (document));

  publisher = atlas_document_get_publisher (document);
  if (atlas_date_is_set (atlas_document_get_date (document)))
    date = atlas_date_format (atlas_document_get_date (document));
  else if (atlas_document_get_undated (document))
    /* Translators: in a reference, for a document that gives no date */
    date = g_strdup (C_("citation", "undated"));
  if (publisher != NULL && date != NULL)
    {
      g_autofree char *isolated = atlas_text_isolate_bidi (publisher);

      /* Translators: in a reference, a publisher and a date, “NATO, 12 July 2023” */
      published = g_strdup_printf (C_("citation", "%s, %s"), isolated, date);
      g_string_append_printf (out, "%s%s.", out->len > 0 ? " " : "", published);
    }
  else
    {
      append_piece (out, publisher);
      append_piece (out, date);
    }

  url = atlas_document_get_url (document);
  accessed = atlas_document_get_accessed (document);
  if (url != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", url);
  if (atlas_date_is_set (accessed))
    {
      g_autofree char *when = atlas_date_format (accessed);

      /* Translators: in a reference, after the address: when the document was read */
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, C_("citation", "(accessed %s)"), when);
    }
  if (url != NULL || atlas_date_is_set (accessed))
    g_string_append_c (out, '.');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * atlas_citation_excerpt_reference:
 *
 * An excerpt for people to paste: the quotation in quotation marks with
 * where it is in the document, then the reference of its document —
 *
 *   “… a small but concrete step …” (¶ 1)
 *   Hae-Won Jun. NATO and its …
 *
 * Returns: (transfer full): the quotation and its reference
 */
char *
atlas_citation_excerpt_reference (AtlasExcerpt *excerpt)
{
  g_autofree char *reference = NULL;
  g_autofree char *quoted = NULL;
  const char *locator;

  g_return_val_if_fail (ATLAS_IS_EXCERPT (excerpt), NULL);

  reference = atlas_citation_reference (atlas_excerpt_get_document (excerpt));
  /* Translators: a verbatim quotation, in the quotation marks of your language */
  quoted = g_strdup_printf (C_("citation", "“%s”"), atlas_excerpt_get_text (excerpt));
  locator = atlas_excerpt_get_locator (excerpt);
  if (locator != NULL)
    {
      g_autofree char *isolated = atlas_text_isolate_bidi (locator);

      /* Translators: a quotation, then where it is in its document: “…” (¶ 5) */
      return g_strdup_printf (C_("citation", "%s (%s)\n%s"), quoted, isolated, reference);
    }
  return g_strdup_printf ("%s\n%s", quoted, reference);
}

/* }}} */
