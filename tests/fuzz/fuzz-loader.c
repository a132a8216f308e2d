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
 * The formats whose structure is simple to check must keep it whatever the
 * text holds: CSV and TSV one record per row with every field, Markdown
 * one table line per row with every cell, JSON strict (no duplicate keys)
 * with one object per row. Built by meson with -Dfuzzing=true and clang;
 * run with build-aux/fuzz. */

#include "config.h"

#include <locale.h>
#include <stdint.h>
#include <string.h>

#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-evidence.h"
#include "atlas-export.h"
#include "atlas-json.h"
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

/* RFC 4180: CRLF after each record, quotes only around a whole field */
static void
check_csv (AtlasTable *table,
           const char *text,
           gsize       length)
{
  guint records = 0, fields = 1;
  gboolean field_start = TRUE;

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '"')
        {
          g_assert_true (field_start);
          for (i++; i < length; i++)
            if (text[i] == '"' && (i + 1 == length || text[i + 1] != '"'))
              break;
            else if (text[i] == '"')
              i++;
          g_assert_cmpuint (i, <, length);
          field_start = FALSE;
        }
      else if (text[i] == ',')
        {
          fields++;
          field_start = TRUE;
        }
      else if (text[i] == '\r')
        {
          g_assert_true (i + 1 < length && text[i + 1] == '\n');
          g_assert_cmpuint (fields, ==, atlas_table_get_n_columns (table));
          records++;
          fields = 1;
          field_start = TRUE;
          i++;
        }
      else
        {
          g_assert_true (text[i] != '\n');
          field_start = FALSE;
        }
    }
  g_assert_cmpuint (records, ==, atlas_table_get_n_rows (table) + 1);
}

static void
check_tsv (AtlasTable *table,
           const char *text,
           gsize       length)
{
  guint lines = 0, tabs = 0;

  for (gsize i = 0; i < length; i++)
    {
      g_assert_true (text[i] != '\r');
      if (text[i] == '\t')
        tabs++;
      else if (text[i] == '\n')
        {
          g_assert_cmpuint (tabs + 1, ==, atlas_table_get_n_columns (table));
          lines++;
          tabs = 0;
        }
    }
  g_assert_cmpuint (lines, ==, atlas_table_get_n_rows (table) + 1);
}

/* Table lines start with "|" and have one unescaped "|" more than cells */
static void
check_markdown (AtlasTable *table,
                const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  /* Markdown is for people: the columns of internal ids are left out */
  g_autoptr(AtlasTable) shown = atlas_table_copy_for_people (table);
  guint table_lines = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint pipes = 0;

      g_assert_true (strchr (lines[i], '\r') == NULL);
      if (lines[i][0] != '|')
        continue;
      for (const char *p = lines[i]; *p; p++)
        if (*p == '\\' && p[1] != '\0')
          p++;
        else if (*p == '|')
          pipes++;
      g_assert_cmpuint (pipes, ==, atlas_table_get_n_columns (shown) + 1);
      table_lines++;
    }
  g_assert_cmpuint (table_lines, ==, atlas_table_get_n_rows (table) + 2);
}

static const AtlasJsonNode *
member (AtlasJsonDoc        *doc,
        const AtlasJsonNode *object,
        const char          *name)
{
  atlas_json_foreach (doc, object, child)
    if (strcmp (atlas_json_node_key (doc, child), name) == 0)
      return child;
  g_assert_not_reached ();
}

/* Strict: the loader's own parser refuses duplicate keys, which a script
 * reading rows by column id would silently lose */
static void
check_json (AtlasTable *table,
            const char *text,
            gsize       length)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(AtlasJsonDoc) doc = NULL;
  g_autoptr(GError) error = NULL;
  const AtlasJsonNode *root, *rows;

  doc = atlas_json_doc_parse (g_strndup (text, length), length, problems, &error);
  g_assert_no_error (error);
  root = atlas_json_doc_get_root (doc);
  g_assert_cmpint (root->type, ==, ATLAS_JSON_OBJECT);
  g_assert_cmpuint (member (doc, root, "columns")->n_children, ==, atlas_table_get_n_columns (table));
  rows = member (doc, root, "rows");
  g_assert_cmpuint (rows->n_children, ==, atlas_table_get_n_rows (table));
  atlas_json_foreach (doc, rows, row)
    g_assert_cmpuint (row->n_children, ==, atlas_table_get_n_columns (table));
}

/* Whether this input also goes through the PDF and XLSX writers. Each of
 * those costs tens of milliseconds however small the table (the PDF embeds
 * a subset of a CJK font, read whole from disk; the workbook is a zip of
 * temporary files), so running them for every input held the fuzzer to
 * about 20 inputs a second. One input in HEAVY_EVERY, picked by its hash
 * (so a crash reproduces from the file alone), still takes them. */
#define HEAVY_EVERY 16
static gboolean heavy_formats;

static void
write_everywhere (AtlasTable *table,
                  AtlasTable *evidence)
{
  for (guint f = 0; f < ATLAS_N_EXPORT_FORMATS; f++)
    {
      g_autoptr(GOutputStream) stream = NULL;
      g_autoptr(GError) error = NULL;
      const char *text;
      gsize length;
      gboolean ok;

      if (!atlas_export_format_is_available (f))
        continue;
      /* A PDF or a workbook of a big table takes seconds (fonts, a
       * temporary file), which would stop the fuzzer finding anything else;
       * small tables still go through them. */
      if ((f == ATLAS_EXPORT_PDF || f == ATLAS_EXPORT_XLSX) &&
          (!heavy_formats ||
           atlas_table_get_n_rows (table) * MAX (atlas_table_get_n_columns (table), 1) > 64))
        continue;

      stream = g_memory_output_stream_new_resizable ();
      ok = atlas_export_write (f, table, evidence, stream, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (ok);
      /* A NUL after the data, for the checks that read it as a string */
      g_assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
      g_assert_true (g_output_stream_close (stream, NULL, NULL));
      text = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream));
      length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)) - 1;

      if (atlas_export_format_is_textual (f))
        g_assert_true (g_utf8_validate (text, length, NULL));
      if (atlas_table_get_n_columns (table) == 0)
        continue;

      switch (f)
        {
        case ATLAS_EXPORT_CSV:
          check_csv (table, text, length);
          break;
        case ATLAS_EXPORT_TSV:
          check_tsv (table, text, length);
          break;
        case ATLAS_EXPORT_MARKDOWN:
          check_markdown (table, text);
          break;
        case ATLAS_EXPORT_JSON:
          check_json (table, text, length);
          break;
        default:
          break;
        }
    }
}

static void
export_comparison (AtlasComparison *comparison,
                   guint            bits)
{
  /* One shape of the comparison table per input, picked by the input's
   * hash: over a run, every layout with and without wordings, evidence
   * and translated words, at a sixteenth of the cost of all of them each
   * time */
  AtlasTableOptions options = {
    .layout = (bits & 1) ? ATLAS_TABLE_LAYOUT_LONG : ATLAS_TABLE_LAYOUT_WIDE,
    .include_wording = (bits & 2) != 0,
    .include_evidence = (bits & 4) != 0,
    .localized = (bits & 8) != 0,
  };
  g_autoptr(AtlasTable) table = atlas_tables_comparison (comparison, &options);
  g_autoptr(AtlasTable) evidence = atlas_tables_evidence (comparison, &options);

  write_everywhere (table, evidence);

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
use_dataset (AtlasDataset *dataset,
             guint         bits)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  guint n_programmes = g_list_model_get_n_items (programmes);
  g_autofree const char **ids = g_new0 (const char *, n_programmes + 1);
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

  /* As the command line makes them: refused past the size limit */
  comparison = atlas_comparison_new_for_ids (dataset, NULL, NULL);
  if (comparison != NULL)
    export_comparison (comparison, bits);

  for (guint i = 0; i < n_programmes; i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      ids[i] = atlas_programme_get_id (programme);
    }
  everything = atlas_comparison_new_for_ids (dataset, ids, NULL);
  if (everything != NULL)
    export_comparison (everything, bits >> 4);

  /* The other tables in one of their two shapes, by the hash too */
  {
    const AtlasTableOptions *shape = &options[(bits >> 8) % G_N_ELEMENTS (options)];
    g_autoptr(AtlasTable) table_programmes = atlas_tables_programmes (dataset, shape);
    g_autoptr(AtlasTable) table_events = atlas_tables_events (dataset, shape);
    g_autoptr(AtlasTable) table_excerpts = atlas_tables_excerpts (dataset, shape);

    write_everywhere (table_programmes, NULL);
    write_everywhere (table_events, NULL);
    write_everywhere (table_excerpts, NULL);
  }
}

static guint
fnv1a (const uint8_t *data,
       size_t         size)
{
  guint32 hash = 2166136261u;

  for (size_t i = 0; i < size; i++)
    hash = (hash ^ data[i]) * 16777619u;
  return hash;
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
  guint hash = fnv1a (data, size);

  heavy_formats = hash % HEAVY_EVERY == 0;
  dataset = atlas_loader_load_data ((const char *) data, size, NULL, &problems, &error);
  if (dataset == NULL)
    {
      check_refusal (problems, error);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  use_dataset (dataset, hash >> 4);
  return 0;
}
