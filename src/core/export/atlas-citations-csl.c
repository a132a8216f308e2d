/* atlas-citations-csl.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* CSL-JSON, what Zotero, pandoc's citeproc and other CSL processors read:
 * an array of items,
 *
 *   [ { "id": "csds", (the key of the BibTeX and RIS exports) "type": "report", "title": "…",
 *       "author": [ { "family": "Kim", "given": "Sung-han" } ],
 *       "publisher": "…", "issued": { "date-parts": [ [ 2024, 11, 19 ] ] },
 *       "URL": "…", "accessed": { "date-parts": [ [ 2026, 12 ] ] },
 *       "language": "en" } ]
 *
 * A date has the parts the dataset knows and no more; an undated document
 * has no "issued", which CSL styles write as “n.d.”. */

#include "config.h"

#include "atlas-citations-private.h"
#include "atlas-date.h"
#include "atlas-document.h"
#include "atlas-export-private.h"

static void
append_member (GString    *out,
               const char *name,
               const char *value)
{
  if (value == NULL)
    return;
  g_string_append (out, ",\n    ");
  atlas_export_append_json_string (out, name);
  g_string_append (out, ": ");
  atlas_export_append_json_string (out, value);
}

static void
append_date (GString         *out,
             const char      *name,
             const AtlasDate *date)
{
  if (!atlas_date_is_set (date))
    return;
  g_string_append_printf (out, ",\n    \"%s\": { \"date-parts\": [ [ %u", name, date->year);
  if (date->precision >= ATLAS_DATE_PRECISION_MONTH)
    g_string_append_printf (out, ", %u", date->month);
  if (date->precision >= ATLAS_DATE_PRECISION_DAY)
    g_string_append_printf (out, ", %u", date->day);
  g_string_append (out, " ] ] }");
}

static void
append_authors (GString            *out,
                const char * const *authors)
{
  if (authors == NULL || authors[0] == NULL)
    return;
  g_string_append (out, ",\n    \"author\": [");
  for (guint i = 0; authors[i] != NULL; i++)
    {
      g_autofree char *family = NULL;
      g_autofree char *given = NULL;

      g_string_append (out, i > 0 ? ",\n      { " : "\n      { ");
      if (atlas_citation_split_name (authors[i], &family, &given))
        {
          g_string_append (out, "\"family\": ");
          atlas_export_append_json_string (out, family);
          g_string_append (out, ", \"given\": ");
          atlas_export_append_json_string (out, given);
        }
      else
        {
          g_string_append (out, "\"literal\": ");
          atlas_export_append_json_string (out, authors[i]);
        }
      g_string_append (out, " }");
    }
  g_string_append (out, "\n    ]");
}

static void
csl_begin (GString *out)
{
  g_string_append_c (out, '[');
}

static void
csl_entry (GString       *out,
           AtlasDocument *document,
           guint          index,
           const char    *key)
{
  const AtlasCitationType *type = atlas_citation_type_for (document);
  const char *publisher = atlas_document_get_publisher (document);

  g_string_append (out, index > 0 ? ",\n  {\n    \"id\": " : "\n  {\n    \"id\": ");
  atlas_export_append_json_string (out, key);
  append_member (out, "type", type->csl);
  append_member (out, "title", atlas_document_get_title (document));
  append_authors (out, atlas_document_get_authors (document));
  append_member (out, type->periodical ? "container-title" : "publisher", publisher);
  append_member (out, "collection-title", atlas_document_get_locator (document));
  append_date (out, "issued", atlas_document_get_date (document));
  append_member (out, "URL", atlas_document_get_url (document));
  append_date (out, "accessed", atlas_document_get_accessed (document));
  append_member (out, "language", atlas_document_get_language (document));
  g_string_append (out, "\n  }");
}

static void
csl_end (GString *out,
         guint    n_entries)
{
  g_string_append (out, n_entries > 0 ? "\n]\n" : "]\n");
}

const AtlasCitationWriter atlas_citations_csl_json = { csl_begin, csl_entry, csl_end };
