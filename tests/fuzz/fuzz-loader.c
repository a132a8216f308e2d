/* fuzz-loader.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: the loader, and everything a loaded dataset is fed to.
 *
 * Each input is loaded as a dataset file. When the loader refuses it, the
 * refusal must be well formed (an error and at least one located problem).
 * When it accepts it, the dataset goes through what a user can do with it
 * headless: the evidence behind every record, the comparison of the default
 * programmes and of every programme, and every table written in every
 * export format this copy has (new formats join the loop by themselves).
 * A JSON export must parse back. Built by meson with -Dfuzzing=true and
 * clang; run with build-aux/fuzz. */

#include "config.h"

#include <locale.h>
#include <stdint.h>

#include <json-glib/json-glib.h>

#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-evidence.h"
#include "atlas-export.h"
#include "atlas-limits.h"
#include "atlas-loader.h"
#include "atlas-problem.h"
#include "atlas-programme.h"
#include "atlas-tables.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
check_refusal (GPtrArray *problems,
               GError    *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  /* The listed problems, plus one line that counts the rest */
  g_assert_cmpuint (problems->len, <=, ATLAS_MAX_PROBLEMS + 1);

  for (guint i = 0; i < problems->len; i++)
    {
      const AtlasProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = atlas_problem_to_string (problem, "fuzz.json");

      g_assert_true (g_utf8_validate (line, -1, NULL));
    }
}

static void
write_everywhere (AtlasTable *table,
                  AtlasTable *evidence)
{
  for (guint f = 0; f < ATLAS_N_EXPORT_FORMATS; f++)
    {
      g_autoptr(GOutputStream) stream = NULL;
      g_autoptr(GError) error = NULL;
      gboolean ok;

      if (!atlas_export_format_is_available (f))
        continue;

      stream = g_memory_output_stream_new_resizable ();
      ok = atlas_export_write (f, table, evidence, stream, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_true (g_output_stream_close (stream, NULL, NULL));

      if (f == ATLAS_EXPORT_JSON)
        {
          GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);
          g_autoptr(JsonParser) parser = json_parser_new ();

          json_parser_load_from_data (parser, g_memory_output_stream_get_data (memory),
                                      g_memory_output_stream_get_data_size (memory), &error);
          g_assert_no_error (error);
        }
    }
}

static void
export_comparison (AtlasComparison *comparison)
{
  /* Every shape of the comparison table: wide and long, with and without
   * wordings, evidence and translated words */
  for (guint bits = 0; bits < 16; bits++)
    {
      AtlasTableOptions options = {
        .layout = (bits & 1) ? ATLAS_TABLE_LAYOUT_LONG : ATLAS_TABLE_LAYOUT_WIDE,
        .include_wording = (bits & 2) != 0,
        .include_evidence = (bits & 4) != 0,
        .localized = (bits & 8) != 0,
      };
      g_autoptr(AtlasTable) table = atlas_tables_comparison (comparison, &options);
      g_autoptr(AtlasTable) evidence = atlas_tables_evidence (comparison, &options);

      write_everywhere (table, evidence);
    }

  for (guint row = 0; row < atlas_comparison_get_n_rows (comparison); row++)
    {
      atlas_comparison_count_covering (comparison, row);
      atlas_comparison_row_differs (comparison, row);
      atlas_change_to_label (atlas_comparison_get_change (comparison, row));
    }
}

static void
evidence_for_all (AtlasDataset *dataset,
                  GListModel   *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autoptr(GPtrArray) excerpts = atlas_evidence_for (dataset, item);

      g_assert_nonnull (excerpts);
      if (ATLAS_IS_PROGRAMME (item))
        evidence_for_all (dataset, atlas_programme_get_areas (ATLAS_PROGRAMME (item)));
    }
}

static void
use_dataset (AtlasDataset *dataset)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  g_autoptr(GPtrArray) defaults = atlas_comparison_default_programmes (dataset);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(AtlasComparison) everything = NULL;
  AtlasTableOptions options[] = {
    { .localized = FALSE },
    { .localized = TRUE, .include_evidence = TRUE, .include_wording = TRUE },
  };

  evidence_for_all (dataset, atlas_dataset_get_partners (dataset));
  evidence_for_all (dataset, atlas_dataset_get_areas (dataset));
  evidence_for_all (dataset, atlas_dataset_get_documents (dataset));
  evidence_for_all (dataset, atlas_dataset_get_excerpts (dataset));
  evidence_for_all (dataset, programmes);
  evidence_for_all (dataset, atlas_dataset_get_events (dataset));

  comparison = atlas_comparison_new (dataset, defaults);
  export_comparison (comparison);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    g_ptr_array_add (all, g_list_model_get_item (programmes, i));
  everything = atlas_comparison_new (dataset, all);
  export_comparison (everything);

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(AtlasTable) table_programmes = atlas_tables_programmes (dataset, &options[i]);
      g_autoptr(AtlasTable) table_events = atlas_tables_events (dataset, &options[i]);
      g_autoptr(AtlasTable) table_excerpts = atlas_tables_excerpts (dataset, &options[i]);

      write_everywhere (table_programmes, NULL);
      write_everywhere (table_events, NULL);
      write_everywhere (table_excerpts, NULL);
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical reached from a file is a bug, like a crash */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  setlocale (LC_ALL, "C.UTF-8");
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  dataset = atlas_loader_load_data ((const char *) data, size, NULL, &problems, &error);
  if (dataset == NULL)
    {
      check_refusal (problems, error);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  use_dataset (dataset);
  return 0;
}
