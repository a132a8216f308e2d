/* bench-pdf-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The comparison PDF against the length of one text in it (issue 21).
 *
 *   bench-pdf-text [--runs=N] [--max-kib=1024] [--timeout=S] [--save=DIR]
 *
 * Builds a small table (an area, a status, a programme's wording) whose
 * one row holds a long text, then times atlas_export_write () of it as
 * PDF to /dev/null for texts of 16 KiB doubling up to --max-kib: first
 * words and spaces (an excerpt), then one unbroken run of letters, which
 * Pango can only break between characters, in a cell, then as the
 * reference of a source and as a column's title. Each line is one run:
 *   {"bench": "pdf-text", "kind": "words"|"unbroken"|"source-unbroken"|
 *    "header-unbroken", "kib": K, "run": N,
 *    "time_ms": T, "cpu_ms": C, "bytes": B, "mb_per_s": R}
 * (the CPU time of the thread, which other processes on the machine
 * change less than the wall time).
 * A size that takes longer than --timeout seconds (default 60) is run
 * once and ends its series: the next size would take longer still.
 * --save keeps each size's PDF in DIR (words-16.pdf…), to look at. */

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>

#include "atlas-export.h"
#include "atlas-table.h"

#include "bench-common.h"

/* Words of an excerpt's lengths, in sentences */
static char *
make_text (gsize    size,
           gboolean unbroken)
{
  static const char *const words[] = {
    "the", "partners", "agreed", "to", "deepen", "cooperation", "on", "cyber", "defence",
    "maritime", "security", "and", "interoperability", "of", "their", "forces", "through",
    "regular", "dialogue", "exercises", "science", "technology", "resilience", "climate",
  };
  GString *s = g_string_sized_new (size + 32);
  guint32 seed = 42;

  while (s->len < size)
    {
      if (unbroken)
        {
          g_string_append_c (s, 'a' + s->len % 26);
          continue;
        }
      seed = seed * 1103515245 + 12345;
      g_string_append (s, words[(seed >> 16) % G_N_ELEMENTS (words)]);
      g_string_append (s, (seed >> 8) % 11 == 0 ? ". " : " ");
    }
  g_string_truncate (s, size);
  return g_string_free (s, FALSE);
}

/* Where the long text goes */
typedef enum
{
  IN_CELL,
  IN_SOURCE,        /* the reference of the one source the cells cite */
  IN_HEADER,        /* a column's title (a programme's name) */
} Place;

static AtlasTable *
make_table (const char *text,
            Place       place)
{
  AtlasTable *table = atlas_table_new ("comparison", "A long wording");

  atlas_table_add_column (table, "area", "Cooperation area");
  atlas_table_add_column (table, "status", place == IN_HEADER ? text : "ROK ITPP 2023");
  atlas_table_add_column (table, "wording", "ROK ITPP 2023: wording");
  for (guint r = 0; r < 3; r++)
    {
      guint row = atlas_table_add_row (table);

      atlas_table_set_text (table, row, 0, r == 1 ? "Cyber defence" : "Maritime security");
      atlas_table_set_status (table, row, 1, ATLAS_AREA_STATUS_LISTED, "Listed");
      atlas_table_set_text (table, row, 2, r == 1 && place == IN_CELL ? text : "Maritime security cooperation.");
    }
  if (place == IN_SOURCE)
    atlas_table_cite (table, "doc", text, NULL, NULL);
  return table;
}

int
main (int   argc,
      char *argv[])
{
  int runs = 3;
  int max_kib = 1024;
  int timeout = 60;
  g_autofree char *save = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each size (default 3)", "N" },
    { "max-kib", 0, 0, G_OPTION_ARG_INT, &max_kib, "Longest text, in KiB (default 1024)", "K" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout, "Seconds after which a series stops (default 60)", "S" },
    { "save", 0, 0, G_OPTION_ARG_FILENAME, &save, "Keep each size's PDF in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the PDF export against the length of a text");
  g_autoptr(GError) error = NULL;
  g_autoptr(GOutputStream) null = NULL;
  static const struct {
    const char *name;
    gboolean unbroken;
    Place place;
  } kinds[] = {
    { "words", FALSE, IN_CELL },
    { "unbroken", TRUE, IN_CELL },
    { "source-unbroken", TRUE, IN_SOURCE },
    { "header-unbroken", TRUE, IN_HEADER },
  };
  int fd;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 1)
    {
      g_printerr ("bench-pdf-text: %s\n", error ? error->message : "takes no file");
      return 2;
    }
  fd = open ("/dev/null", O_WRONLY);
  if (fd < 0)
    {
      g_printerr ("bench-pdf-text: cannot open /dev/null\n");
      return 1;
    }
  null = g_unix_output_stream_new (fd, TRUE);
  /* The same date in every run: the file's size does not move */
  g_setenv ("SOURCE_DATE_EPOCH", "1780000000", TRUE);

  for (guint series = 0; series < G_N_ELEMENTS (kinds); series++)
    {
      gboolean unbroken = kinds[series].unbroken;
      gboolean stop = FALSE;

      for (int kib = 16; kib <= max_kib && !stop; kib *= 2)
        {
          g_autofree char *text = make_text ((gsize) kib * 1024, unbroken);
          g_autoptr(AtlasTable) table = make_table (text, kinds[series].place);

          for (int run = 0; run < runs && !stop; run++)
            {
              g_autoptr(GOutputStream) memory = run == 0 ? g_memory_output_stream_new_resizable () : NULL;
              static gsize size;
              gint64 start = bench_now_us ();
              gint64 cpu = bench_thread_cpu_us ();
              gint64 elapsed;

              if (!atlas_export_write (ATLAS_EXPORT_PDF, table, NULL, memory ? memory : null, NULL, &error))
                {
                  g_printerr ("bench-pdf-text: %d KiB: %s\n", kib, error->message);
                  return 1;
                }
              elapsed = bench_now_us () - start;
              cpu = bench_thread_cpu_us () - cpu;
              if (memory != NULL)
                {
                  g_output_stream_close (memory, NULL, NULL);
                  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory));
                  if (save != NULL)
                    {
                      g_autofree char *name = g_strdup_printf ("%s-%d.pdf", kinds[series].name, kib);
                      g_autofree char *path = g_build_filename (save, name, NULL);

                      if (!g_file_set_contents (path, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                                                size, &error))
                        {
                          g_printerr ("bench-pdf-text: %s\n", error->message);
                          return 1;
                        }
                    }
                }
              bench_emit ("pdf-text",
                          "kind", kinds[series].name,
                          "kib#", (double) kib,
                          "run#", (double) run,
                          "time_ms#", elapsed / 1000.0,
                          "cpu_ms#", cpu / 1000.0,
                          "bytes#", (double) size,
                          "mb_per_s#", kib * 1024 / 1e6 / MAX (elapsed / 1e6, 1e-9),
                          NULL);
              stop = elapsed > (gint64) timeout * G_USEC_PER_SEC;
            }
        }
    }
  return 0;
}
