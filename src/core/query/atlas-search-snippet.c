/* atlas-search-snippet.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The part of a long text that shows where a search matched it: the
 * match whole, with some words on either side, cut between words. The
 * search results and `--search` show the same snippet. */

#include "config.h"

#include "atlas-search.h"
#include "atlas-search-snippet.h"

/* How far past the context a cut looks for a space before it gives up
 * (a text in a language written without spaces is cut where it is) */
#define WORD_SLACK 16

static const char *
back (const char *text,
      const char *p,
      guint       n)
{
  for (guint i = 0; i < n && p > text; i++)
    p = g_utf8_prev_char (p);
  for (guint i = 0; i < WORD_SLACK && p > text &&
       !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))); i++)
    p = g_utf8_prev_char (p);
  return p;
}

static const char *
forward (const char *p,
         guint       n)
{
  for (guint i = 0; i < n && *p != '\0'; i++)
    p = g_utf8_next_char (p);
  for (guint i = 0; i < WORD_SLACK && *p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)); i++)
    p = g_utf8_next_char (p);
  return p;
}

/**
 * atlas_search_snippet:
 * @text: UTF-8 text
 * @query: what was searched for
 * @before: characters of context to keep before the first match
 * @after: characters to keep after it
 *
 * The first match of @query in @text, whole, with about @before
 * characters before it and @after after it, widened to whole words where
 * the text has spaces, and “…” where text was left out. A text without
 * a match gives its beginning.
 *
 * Returns: (transfer full): the snippet
 */
char *
atlas_search_snippet (const char *text,
                      const char *query,
                      guint       before,
                      guint       after)
{
  g_autoptr(GArray) ranges = NULL;
  const char *start = text;
  const char *end;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (query != NULL, NULL);

  ranges = atlas_search_find (text, query);
  if (ranges->len > 0)
    {
      const AtlasSearchRange *range = &g_array_index (ranges, AtlasSearchRange, 0);

      start = back (text, text + range->start, before);
      end = forward (text + range->end, after);
    }
  else
    end = forward (text, before + after);

  /* Spaces at a cut are left out with what they separated */
  while (start > text && *start == ' ')
    start++;
  while (*end != '\0' && end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  out = g_string_new (NULL);
  if (start > text)
    g_string_append (out, "…");
  g_string_append_len (out, start, end - start);
  if (*end != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}
