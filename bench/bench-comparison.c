/* bench-comparison.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The comparison matrix and its exports.
 *
 *   bench-comparison [--runs=N] [--programmes=200] [--formats=csv,xlsx]
 *                    [--with-evidence] FILE
 *
 * Loads FILE once, then times, N runs each:
 *   - atlas_comparison_new () for every area × the first P programmes;
 *   - atlas_tables_comparison () for two tables: the wide one as on screen,
 *     and the long one with wording and evidence, one row per cell (the
 *     largest export the app offers);
 *   - atlas_export_write () of each table in every format this build can
 *     write, to memory (the first run) or /dev/null, as throughput in MB/s
 *     (10^6 bytes) of output, with the thread's CPU time beside the wall
 *     clock's (other processes share the cores); a format slower than 5 s
 *     is run once.
 *
 * --with-evidence also builds the evidence table of the long one and
 * gives it to the formats that write it (XLSX's second sheet), as the
 * command line's --evidence does: with --programmes=1000 on the "large"
 * dataset this is the largest comparison the format allows (1,000 areas
 * × 1,000 programmes, ATLAS_MAX_COMPARISON_CELLS).
 */

#include "config.h"

#include <fcntl.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>

#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export.h"
#include "atlas-loader.h"
#include "atlas-tables.h"

#include "bench-common.h"

/* Each format's first run writes to memory, which gives the size; the
 * others write to /dev/null. A format that takes longer than this for one
 * export (PDF of 200,000 rows takes minutes) is run once. */
#define SLOW_US (5 * G_USEC_PER_SEC)

static gboolean
bench_exports (const char  *path,
               const char  *table_name,
               AtlasTable  *table,
               AtlasTable  *evidence,
               char       **only,
               int          runs,
               GError     **error)
{
  g_autoptr(GOutputStream) null = NULL;
  int fd = open ("/dev/null", O_WRONLY);

  if (fd < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot open /dev/null");
      return FALSE;
    }
  null = g_unix_output_stream_new (fd, TRUE);

  for (AtlasExportFormat format = 0; format < ATLAS_N_EXPORT_FORMATS; format++)
    {
      const char *name = atlas_export_format_to_name (format);
      gsize size = 0;

      if (only != NULL && !g_strv_contains ((const char * const *) only, name))
        continue;
      if (!atlas_export_format_is_available (format))
        {
          g_printerr ("bench-comparison: this build cannot write %s; skipped\n", name);
          bench_emit ("export", "file", path, "table", table_name, "format", name,
                      "skipped", "not available in this build", NULL);
          continue;
        }

      for (int run = 0; run < runs; run++)
        {
          g_autoptr(GOutputStream) memory = run == 0 ? g_memory_output_stream_new_resizable () : NULL;
          g_autoptr(GError) local_error = NULL;
          gint64 start = bench_now_us ();
          gint64 cpu = bench_thread_cpu_us ();
          gint64 elapsed;

          if (!atlas_export_write (format, table, evidence, memory ? memory : null, NULL, &local_error))
            {
              /* A table past the format's limit (a PDF of more than
               * ATLAS_MAX_PDF_CELLS) is refused before anything is written */
              if (!g_error_matches (local_error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT))
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return FALSE;
                }
              bench_emit ("export", "file", path, "table", table_name, "format", name,
                          "skipped", local_error->message, NULL);
              break;
            }
          elapsed = bench_now_us () - start;
          cpu = bench_thread_cpu_us () - cpu;
          if (memory != NULL)
            {
              if (!g_output_stream_close (memory, NULL, error))
                return FALSE;
              size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory));
            }
          bench_emit ("export",
                      "file", path,
                      "table", table_name,
                      "format", name,
                      "run#", (double) run,
                      "bytes#", (double) size,
                      "time_ms#", elapsed / 1000.0,
                      "cpu_ms#", cpu / 1000.0,
                      "mb_per_s#", size / 1e6 / MAX (elapsed / 1e6, 1e-9),
                      NULL);
          if (elapsed > SLOW_US)
            break;
        }
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  int runs = 5;
  int n_programmes = 200;
  gboolean with_evidence = FALSE;
  g_autofree char *format_list = NULL;
  g_auto(GStrv) only = NULL;
  const GOptionEntry entries[] = {
    { "runs", 'n', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement (default 5)", "N" },
    { "programmes", 'p', 0, G_OPTION_ARG_INT, &n_programmes, "Columns of the comparison (default 200)", "P" },
    { "formats", 'f', 0, G_OPTION_ARG_STRING, &format_list, "Formats to write, separated by commas (default: all)", "LIST" },
    { "with-evidence", 'e', 0, G_OPTION_ARG_NONE, &with_evidence, "Give the long table's evidence to the formats that write it", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE - time the comparison and its exports");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GPtrArray) programmes = NULL;
  g_autoptr(AtlasComparison) comparison = NULL;
  GListModel *all;
  const char *path;
  struct {
    const char *name;
    AtlasTableOptions options;
  } tables[] = {
    { "wide", { ATLAS_TABLE_LAYOUT_WIDE, FALSE, FALSE, FALSE } },
    { "long+wording+evidence", { ATLAS_TABLE_LAYOUT_LONG, TRUE, TRUE, FALSE } },
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2)
    {
      g_printerr ("bench-comparison: %s\n", error ? error->message : "name one FILE");
      return 2;
    }
  path = argv[1];
  if (format_list != NULL)
    only = g_strsplit (format_list, ",", -1);

  file = g_file_new_for_path (path);
  dataset = atlas_loader_load_file (file, NULL, NULL, &error);
  if (dataset == NULL)
    {
      g_printerr ("bench-comparison: %s: %s\n", path, error->message);
      return 1;
    }

  all = atlas_dataset_get_programmes (dataset);
  n_programmes = MIN ((guint) n_programmes, g_list_model_get_n_items (all));
  programmes = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < n_programmes; i++)
    g_ptr_array_add (programmes, g_list_model_get_item (all, i));

  for (int run = 0; run < runs; run++)
    {
      gint64 start = bench_now_us ();

      g_clear_object (&comparison);
      comparison = atlas_comparison_new (dataset, programmes);
      bench_emit ("comparison",
                  "file", path,
                  "run#", (double) run,
                  "rows#", (double) atlas_comparison_get_n_rows (comparison),
                  "columns#", (double) atlas_comparison_get_n_columns (comparison),
                  "time_ms#", (bench_now_us () - start) / 1000.0,
                  NULL);
    }

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      AtlasTable *table = NULL;
      g_autoptr(AtlasTable) evidence = NULL;

      for (int run = 0; run < runs; run++)
        {
          gint64 start = bench_now_us ();

          g_clear_pointer (&table, atlas_table_unref);
          table = atlas_tables_comparison (comparison, &tables[t].options);
          bench_emit ("table",
                      "file", path,
                      "table", tables[t].name,
                      "run#", (double) run,
                      "rows#", (double) atlas_table_get_n_rows (table),
                      "time_ms#", (bench_now_us () - start) / 1000.0,
                      NULL);
        }

      if (with_evidence && tables[t].options.include_evidence)
        {
          gint64 start = bench_now_us ();

          evidence = atlas_tables_evidence (comparison, &tables[t].options);
          bench_emit ("table",
                      "file", path,
                      "table", "evidence",
                      "run#", 0.0,
                      "rows#", (double) atlas_table_get_n_rows (evidence),
                      "time_ms#", (bench_now_us () - start) / 1000.0,
                      NULL);
        }

      if (!bench_exports (path, tables[t].name, table, evidence, only, runs, &error))
        {
          g_printerr ("bench-comparison: export of %s: %s\n", tables[t].name, error->message);
          atlas_table_unref (table);
          return 1;
        }
      atlas_table_unref (table);
    }

  return 0;
}
