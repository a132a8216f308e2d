/* atlas-cli-search.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* --search: what the window's search finds, printed. Every match of every
 * kind, in the window's order (by kind, then as in the dataset), with its
 * kind, id, title and a snippet that holds the match whole. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "atlas-area.h"
#include "atlas-cli.h"
#include "atlas-cli-private.h"
#include "atlas-cli-search.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-search.h"
#include "atlas-search-snippet.h"

/* Characters of context around the match in a snippet */
#define SNIPPET_BEFORE 40
#define SNIPPET_AFTER 100

typedef enum
{
  FORMAT_TEXT,
  FORMAT_TSV,
  FORMAT_JSON,
} Format;

typedef struct
{
  const char *kind;
  const char *id;
  const char *title;
  char *snippet;
} Match;

static void
record_id_title (GObject     *record,
                 const char **id,
                 const char **title)
{
  if (ATLAS_IS_PROGRAMME (record))
    {
      *id = atlas_programme_get_id (ATLAS_PROGRAMME (record));
      *title = atlas_programme_get_title (ATLAS_PROGRAMME (record));
    }
  else if (ATLAS_IS_PARTNER (record))
    {
      *id = atlas_partner_get_id (ATLAS_PARTNER (record));
      *title = atlas_partner_get_name (ATLAS_PARTNER (record));
    }
  else if (ATLAS_IS_AREA (record))
    {
      *id = atlas_area_get_id (ATLAS_AREA (record));
      *title = atlas_area_get_name (ATLAS_AREA (record));
    }
  else if (ATLAS_IS_EVENT (record))
    {
      *id = atlas_event_get_id (ATLAS_EVENT (record));
      *title = atlas_event_get_title (ATLAS_EVENT (record));
    }
  else if (ATLAS_IS_DOCUMENT (record))
    {
      *id = atlas_document_get_id (ATLAS_DOCUMENT (record));
      *title = atlas_document_get_title (ATLAS_DOCUMENT (record));
    }
  else if (ATLAS_IS_EXCERPT (record))
    {
      /* An excerpt is known by the document it quotes */
      *id = atlas_excerpt_get_id (ATLAS_EXCERPT (record));
      *title = atlas_document_get_title (atlas_excerpt_get_document (ATLAS_EXCERPT (record)));
    }
  else
    g_return_if_reached ();
}

/* A field of a line of text or TSV: on one line, without tabs (shown as
 * <U+0009> on a terminal, as spaces in a pipe) */
static char *
one_line (const char *text)
{
  g_autofree char *flat = atlas_cli_for_stdout (text, ATLAS_ESCAPE_LINE);

  for (char *p = flat; *p != '\0'; p++)
    if (*p == '\t' || *p == '\n' || *p == '\r')
      *p = ' ';
  return g_steal_pointer (&flat);
}

static void
print_json (GArray *matches)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autofree char *shown = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, match->kind);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, match->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, match->title ? match->title : "");
      json_builder_set_member_name (builder, "snippet");
      json_builder_add_string_value (builder, match->snippet);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json = json_generator_to_data (generator, NULL);
  shown = atlas_cli_for_stdout (json, ATLAS_ESCAPE_JSON);
  g_print ("%s\n", shown);
}

static void
print_tsv (GArray *matches)
{
  g_print ("kind\tid\ttitle\tsnippet\n");
  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);
      g_autofree char *id = one_line (match->id);
      g_autofree char *title = one_line (match->title);
      g_autofree char *snippet = one_line (match->snippet);

      g_print ("%s\t%s\t%s\t%s\n", match->kind, id, title, snippet);
    }
}

static void
print_text (AtlasSearch *search,
            GArray      *matches)
{
  guint total = 0;
  guint at = 0;

  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      guint n = atlas_search_get_n_matches (search, kind);

      if (n == 0)
        continue;
      if (total > 0)
        g_print ("\n");
      /* Translators: the heading of a group of search results, with their number, as in “Excerpts (12)” */
      g_print (_("%s (%u)"), atlas_search_kind_to_label (kind), n);
      g_print ("\n");
      for (guint i = 0; i < n; i++, at++)
        {
          Match *match = &g_array_index (matches, Match, at);
          g_autofree char *id = one_line (match->id);
          g_autofree char *title = one_line (match->title);
          g_autofree char *snippet = one_line (match->snippet);

          g_print ("  %s  %s\n", id, title);
          if (g_strcmp0 (match->snippet, match->title) != 0)
            g_print ("      %s\n", snippet);
        }
      total += n;
    }

  if (total == 0)
    atlas_cli_printerr (_("Nothing in the dataset contains “%s”\n"), atlas_search_get_query (search));
}

static void
clear_match (gpointer data)
{
  g_free (((Match *) data)->snippet);
}

/**
 * atlas_cli_search:
 * @query: the text to look for
 * @format: (nullable): text, tsv or json; %NULL for text
 * @dataset: (nullable): a file, or %NULL for the built-in dataset
 *
 * Prints every record that matches @query, as the window's search finds
 * them.
 *
 * Returns: %ATLAS_CLI_OK when something matched, %ATLAS_CLI_FAILED when
 *   nothing did or the dataset could not be read, %ATLAS_CLI_USAGE for an
 *   unknown format
 */
int
atlas_cli_search (const char *query,
                  const char *format,
                  const char *dataset_path)
{
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasSearch) search = NULL;
  g_autoptr(GArray) matches = NULL;
  Format chosen;

  g_return_val_if_fail (query != NULL, ATLAS_CLI_USAGE);

  if (format == NULL || g_str_equal (format, "text"))
    chosen = FORMAT_TEXT;
  else if (g_str_equal (format, "tsv"))
    chosen = FORMAT_TSV;
  else if (g_str_equal (format, "json"))
    chosen = FORMAT_JSON;
  else
    {
      atlas_cli_printerr (_("“%s” is not a format for --search; use text, tsv or json\n"), format);
      return ATLAS_CLI_USAGE;
    }
  if (!g_utf8_validate (query, -1, NULL))
    {
      atlas_cli_printerr (_("The search text is not valid UTF-8\n"));
      return ATLAS_CLI_USAGE;
    }

  if (!(dataset = atlas_cli_load (dataset_path)))
    return ATLAS_CLI_FAILED;

  search = atlas_search_new (dataset);
  atlas_search_set_query (search, query);

  matches = g_array_new (FALSE, TRUE, sizeof (Match));
  g_array_set_clear_func (matches, clear_match);
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    for (guint i = 0; i < atlas_search_get_n_matches (search, kind); i++)
      {
        GObject *record = atlas_search_get_match (search, kind, i);
        const char *matched = atlas_search_get_matched_text (search, record);
        Match match = { atlas_search_kind_to_name (kind), NULL, NULL, NULL };

        record_id_title (record, &match.id, &match.title);
        match.snippet = atlas_search_snippet (matched ? matched : match.title ? match.title : "", query,
                                              SNIPPET_BEFORE, SNIPPET_AFTER);
        g_array_append_val (matches, match);
      }

  switch (chosen)
    {
    case FORMAT_JSON:
      print_json (matches);
      break;
    case FORMAT_TSV:
      print_tsv (matches);
      break;
    case FORMAT_TEXT:
    default:
      print_text (search, matches);
      break;
    }

  return matches->len > 0 ? ATLAS_CLI_OK : ATLAS_CLI_FAILED;
}
