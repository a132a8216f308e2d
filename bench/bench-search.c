/* bench-search.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Search as the user types it.
 *
 *   bench-search [--runs=N] FILE
 *
 * Builds an AtlasSearch over FILE once (search-index), then per run types
 * each query of a list one character at a time, from an empty search
 * field, as the window does with its search entry: every keystroke is one
 * atlas_search_set_query () and one line
 *
 *   {"bench": "search", "query": Q, "run": N, "time_ms": T, "matches": M}
 *
 * with M the records found of every kind. A narrower query rechecks only
 * the previous matches; the first keystroke and a deleted character
 * (the last query of a word typed again shorter) search everything.
 */

#include "config.h"

#include <string.h>

#include "atlas-loader.h"
#include "atlas-search.h"

#include "bench-common.h"

/* Typed a character at a time; "-" alone is a backspace */
static const char *words[] = {
  "cyber defence", "-", "maritime security", "nato", "북대서양", "防衛省", "2023", "zqxj",
};

static void
query (const char  *path,
       AtlasSearch *search,
       const char  *text,
       int          run)
{
  gint64 start = bench_now_us ();
  gint64 elapsed;
  guint matches = 0;

  /* The counts are part of what the window shows for a keystroke */
  atlas_search_set_query (search, text);
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    matches += atlas_search_get_n_matches (search, kind);
  elapsed = bench_now_us () - start;
  if (run >= 0)
    bench_emit ("search", "file", path, "query", text, "run#", (double) run,
                "time_ms#", elapsed / 1000.0, "matches#", (double) matches, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int runs = 5;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each query (default 5)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE - time search as it is typed");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasSearch) search = NULL;
  const char *path;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bench-search: %s\n", error ? error->message : "name one FILE");
      return 2;
    }
  path = argv[1];

  file = g_file_new_for_path (path);
  dataset = atlas_loader_load_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("bench-search: %s: %s\n", path, error->message);
      return 1;
    }

  start = bench_now_us ();
  search = atlas_search_new (dataset);
  bench_emit ("search-index", "file", path, "time_ms#", (bench_now_us () - start) / 1000.0, NULL);

  /* One unreported round first */
  for (int run = -1; run < runs; run++)
    {
      g_autofree char *typed = g_strdup ("");

      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        {
          if (g_str_equal (words[w], "-"))
            {
              /* A backspace: the word typed so far, one character shorter */
              char *last = g_utf8_find_prev_char (typed, typed + strlen (typed));

              if (last != NULL)
                *last = '\0';
              query (path, search, typed, run);
              continue;
            }
          atlas_search_set_query (search, "");
          for (const char *p = words[w]; *p; p = g_utf8_next_char (p))
            {
              g_free (typed);
              typed = g_strndup (words[w], g_utf8_next_char (p) - words[w]);
              query (path, search, typed, run);
            }
        }
    }
  return 0;
}
