/* atlas-citations-ris.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RIS, which every reference manager imports: one record per document,
 * from “TY  - RPRT” to “ER  - ”, a tag per line (CR LF, as the format
 * says), one AU per author (“Family, Given”, or the name whole when it
 * does not split, as an organisation's), dates as YYYY/MM/DD at the
 * precision known. */

#include "config.h"

#include "atlas-citations-private.h"
#include "atlas-date.h"
#include "atlas-document.h"

#define RIS_EOL "\r\n"

/* A value stays on its line */
static void
append_tag (GString    *out,
            const char *tag,
            const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append_printf (out, "%s  - ", tag);
  for (const char *p = value; *p; p++)
    g_string_append_c (out, (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
  g_string_append (out, RIS_EOL);
}

static char *
ris_date (const AtlasDate *date)
{
  if (!atlas_date_is_set (date))
    return NULL;
  switch (date->precision)
    {
    case ATLAS_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04u/%02u/%02u", date->year, date->month, date->day);
    case ATLAS_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u/%02u", date->year, date->month);
    case ATLAS_DATE_PRECISION_YEAR:
    case ATLAS_DATE_PRECISION_NONE:
    default:
      return g_strdup_printf ("%04u", date->year);
    }
}

static void
ris_begin (GString *out)
{
}

static void
ris_entry (GString       *out,
           AtlasDocument *document,
           guint          index,
           const char    *key)
{
  const AtlasCitationType *type = atlas_citation_type_for (document);
  const char * const *authors = atlas_document_get_authors (document);
  const AtlasDate *date = atlas_document_get_date (document);
  g_autofree char *published = ris_date (date);
  g_autofree char *accessed = ris_date (atlas_document_get_accessed (document));

  if (index > 0)
    g_string_append (out, RIS_EOL);
  append_tag (out, "TY", type->ris);
  append_tag (out, "ID", key);
  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      g_autofree char *family = NULL;
      g_autofree char *given = NULL;

      if (atlas_citation_split_name (authors[i], &family, &given))
        {
          g_autofree char *name = g_strdup_printf ("%s, %s", family, given);
          append_tag (out, "AU", name);
        }
      else
        append_tag (out, "AU", authors[i]);
    }
  append_tag (out, "TI", atlas_document_get_title (document));
  if (type->periodical)
    append_tag (out, "T2", atlas_document_get_publisher (document));
  append_tag (out, "PB", atlas_document_get_publisher (document));
  append_tag (out, "T3", atlas_document_get_locator (document));
  if (atlas_date_is_set (date))
    {
      g_autofree char *year = g_strdup_printf ("%04u", date->year);

      append_tag (out, "PY", year);
      append_tag (out, "DA", published);
    }
  append_tag (out, "UR", atlas_document_get_url (document));
  append_tag (out, "Y2", accessed);
  append_tag (out, "LA", atlas_document_get_language (document));
  g_string_append (out, "ER  - " RIS_EOL);
}

static void
ris_end (GString *out,
         guint    n_entries)
{
}

const AtlasCitationWriter atlas_citations_ris = { ris_begin, ris_entry, ris_end };
