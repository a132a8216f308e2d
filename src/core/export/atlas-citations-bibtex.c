/* atlas-citations-bibtex.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* BibTeX for biblatex and biber: @report (institution), @article
 * (journaltitle, a newspaper's with entrysubtype = {newspaper}), @online
 * (organization) and @misc, with ISO dates at their precision in date and
 * urldate. Text is UTF-8, which biber and pandoc read as it is — a
 * Hangul title has no LaTeX spelling anyway — and LaTeX's special
 * characters are escaped; titles are braced so that styles keep their
 * capitals. */

#include "config.h"

#include <string.h>

#include "atlas-citations-private.h"
#include "atlas-date.h"
#include "atlas-document.h"

static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\textbackslash{}"); break;
        case '{': g_string_append (out, "\\{"); break;
        case '}': g_string_append (out, "\\}"); break;
        case '%': g_string_append (out, "\\%"); break;
        case '&': g_string_append (out, "\\&"); break;
        case '$': g_string_append (out, "\\$"); break;
        case '#': g_string_append (out, "\\#"); break;
        case '_': g_string_append (out, "\\_"); break;
        case '^': g_string_append (out, "\\textasciicircum{}"); break;
        case '~': g_string_append (out, "\\textasciitilde{}"); break;
        /* Braced, a double quote is no babel shorthand ("a is ä in German) */
        case '"': g_string_append (out, "{\"}"); break;
        case '\n': case '\r': case '\t': g_string_append_c (out, ' '); break;
        default: g_string_append_c (out, *p);
        }
    }
}

static void
append_field (GString    *out,
              const char *name,
              const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (out, ",\n  %s = {", name);
  append_escaped (out, value);
  g_string_append_c (out, '}');
}

/* An address is verbatim for biblatex: only what would end the field or
 * start a macro is percent-encoded, as it means the same in a URL */
static void
append_url (GString    *out,
            const char *url)
{
  if (url == NULL)
    return;
  g_string_append (out, ",\n  url = {");
  for (const char *p = url; *p; p++)
    {
      if (*p == '{' || *p == '}' || *p == '\\' || *p == ' ' || (guchar) *p < 0x20)
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '}');
}

static void
append_date (GString         *out,
             const char      *name,
             const AtlasDate *date)
{
  g_autofree char *iso = NULL;

  if (!atlas_date_is_set (date))
    return;
  iso = atlas_date_to_iso (date);
  g_string_append_printf (out, ",\n  %s = {%s}", name, iso);
}

static void
append_authors (GString            *out,
                const char * const *authors)
{
  if (authors == NULL || authors[0] == NULL)
    return;
  g_string_append (out, ",\n  author = {");
  for (guint i = 0; authors[i] != NULL; i++)
    {
      g_autofree char *family = NULL;
      g_autofree char *given = NULL;

      if (i > 0)
        g_string_append (out, " and ");
      if (atlas_citation_split_name (authors[i], &family, &given))
        {
          append_escaped (out, family);
          g_string_append (out, ", ");
          append_escaped (out, given);
        }
      else
        {
          /* Braced, a name is one family name that biber never splits */
          g_string_append_c (out, '{');
          append_escaped (out, authors[i]);
          g_string_append_c (out, '}');
        }
    }
  g_string_append_c (out, '}');
}

/* biblatex's langid is a babel or polyglossia language name */
static const char *
langid_for (const char *tag)
{
  static const struct { const char *tag; const char *name; } names[] = {
    { "de", "german" }, { "en", "english" }, { "es", "spanish" }, { "fr", "french" },
    { "it", "italian" }, { "ja", "japanese" }, { "ko", "korean" }, { "nl", "dutch" },
    { "pt", "portuguese" }, { "ru", "russian" }, { "zh", "chinese" },
  };
  gsize length;

  if (tag == NULL)
    return NULL;
  length = strcspn (tag, "-");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strlen (names[i].tag) == length && g_ascii_strncasecmp (tag, names[i].tag, length) == 0)
      return names[i].name;
  return NULL;
}

static void
bibtex_begin (GString *out)
{
  g_string_append (out, "% Encoding: UTF-8\n");
}

static void
bibtex_entry (GString       *out,
              AtlasDocument *document,
              guint          index,
              const char    *key)
{
  const AtlasCitationType *type = atlas_citation_type_for (document);
  const char *publisher = atlas_document_get_publisher (document);
  const char *title = atlas_document_get_title (document);

  g_string_append_printf (out, "\n@%s{%s", type->bibtex, key);
  if (g_str_equal (type->csl, "article-newspaper"))
    append_field (out, "entrysubtype", "newspaper");
  append_authors (out, atlas_document_get_authors (document));
  g_string_append (out, ",\n  title = {{");
  append_escaped (out, title);
  g_string_append (out, "}}");
  if (g_str_equal (type->bibtex, "report"))
    append_field (out, "institution", publisher);
  else if (type->periodical)
    append_field (out, "journaltitle", publisher);
  else
    append_field (out, "organization", publisher);
  append_field (out, "series", atlas_document_get_locator (document));
  append_date (out, "date", atlas_document_get_date (document));
  append_url (out, atlas_document_get_url (document));
  append_date (out, "urldate", atlas_document_get_accessed (document));
  append_field (out, "langid", langid_for (atlas_document_get_language (document)));
  g_string_append (out, ",\n}\n");
}

static void
bibtex_end (GString *out,
            guint    n_entries)
{
}

const AtlasCitationWriter atlas_citations_bibtex = { bibtex_begin, bibtex_entry, bibtex_end };
