/* atlas-cli.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The headless commands: validate, list and export. They need no display
 * and print problems the way compilers do, one per line. */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>

#include "atlas-cli.h"
#include "atlas-cli-citations.h"
#include "atlas-cli-private.h"
#include "atlas-cli-progress.h"
#include "atlas-comparison.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-export.h"
#include "atlas-loader.h"
#include "atlas-problem.h"
#include "atlas-programme.h"
#include "atlas-partner.h"
#include "atlas-tables.h"
#include "atlas-date.h"
#include "atlas-text.h"
#include "atlas-timeline-export.h"
#include "atlas-timeline-view-range.h"
#include "atlas-vocabulary.h"

/**
 * atlas_cli_output_target:
 * @output: (nullable): the file --output names
 *
 * Where a command writes: @output, or %NULL for standard output when no
 * file is named or @output is standard output itself (/dev/stdout,
 * /proc/self/fd/1, the terminal it is on) and not a regular file, which
 * is then written as standard output is rather than refused as a pipe or
 * a device. Asks without opening, so a FIFO cannot make it wait.
 */
const char *
atlas_cli_output_target (const char *output)
{
  struct stat target, out;

  if (output != NULL && stat (output, &target) == 0 && !S_ISREG (target.st_mode) &&
      fstat (STDOUT_FILENO, &out) == 0 && target.st_dev == out.st_dev && target.st_ino == out.st_ino)
    return NULL;
  return output;
}

static AtlasDataset *
load_localized (const char *path,
                gboolean    localized)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  AtlasDataset *dataset;

  if (path == NULL)
    {
      dataset = atlas_loader_load_builtin (&error);
      if (dataset == NULL)
        atlas_cli_printerr (_("The built-in dataset could not be loaded: %s\n"), error->message);
      else if (localized)
        atlas_vocabulary_translate (dataset);
      return dataset;
    }

  file = g_file_new_for_commandline_arg (path);
  dataset = atlas_loader_load_file (file, NULL, &problems, &error);
  if (dataset == NULL)
    atlas_cli_print_problems (path, problems, error);
  return dataset;
}

AtlasDataset *
atlas_cli_load (const char *path)
{
  return load_localized (path, FALSE);
}

/* The comparison as the options ask: without the programmes of which
 * nothing is known, only the areas that differ, unknown left blank — and
 * a note that says so */
static void
export_comparison (AtlasComparison         *comparison,
                   const AtlasCliExport    *options,
                   AtlasExportFormat        format,
                   AtlasTableOptions       *table_options,
                   AtlasTable             **table,
                   AtlasTable             **evidence)
{
  /* Only XLSX writes the evidence: the others need not wait for it */
  gboolean with_evidence = atlas_export_format_writes_evidence (format);
  g_autoptr(AtlasComparison) shown = NULL;
  g_autoptr(GPtrArray) left_out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) areas = NULL;
  g_autofree char *note = NULL;

  if (options->hide_empty)
    {
      g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
      g_autoptr(GPtrArray) kept = NULL;

      for (guint c = 0; c < atlas_comparison_get_n_columns (comparison); c++)
        g_ptr_array_add (programmes, atlas_comparison_get_programme (comparison, c));
      kept = atlas_comparison_with_area_data (programmes, left_out);
      shown = atlas_comparison_new (atlas_comparison_get_dataset (comparison), kept);
    }
  else
    shown = g_object_ref (comparison);

  table_options->blank_unknown = options->hide_unknown;
  note = atlas_comparison_describe_view (options->only_differences, FALSE, options->hide_unknown, left_out,
                                         table_options->localized);
  table_options->view_note = note;
  if (options->only_differences)
    areas = atlas_comparison_differing_areas (shown, FALSE);
  if (table_options->progress != NULL)
    atlas_progress_begin_step (table_options->progress, atlas_export_format_table_share (format) * (with_evidence ? 0.8 : 1.0));
  *table = options->only_differences ? atlas_comparison_shown_table (shown, table_options, areas, FALSE)
                                     : atlas_tables_comparison (shown, table_options);
  if (with_evidence)
    {
      if (table_options->progress != NULL)
        atlas_progress_begin_step (table_options->progress, atlas_export_format_table_share (format));
      *evidence = options->only_differences ? atlas_comparison_shown_evidence (shown, table_options, areas)
                                            : atlas_tables_evidence (shown, table_options);
    }
  table_options->view_note = NULL;
}

/**
 * atlas_cli_validate:
 *
 * Checks each file; prints “FILE: ok” or every problem.
 *
 * Returns: %ATLAS_CLI_OK when every file is valid
 */
int
atlas_cli_validate (const char * const *paths)
{
  int status = ATLAS_CLI_OK;

  if (paths == NULL || paths[0] == NULL)
    {
      atlas_cli_printerr (_("Name at least one dataset file to validate\n"));
      return ATLAS_CLI_USAGE;
    }

  for (guint i = 0; paths[i]; i++)
    {
      g_autoptr(AtlasDataset) dataset = atlas_cli_load (paths[i]);

      if (dataset != NULL)
        {
          g_autofree char *name = atlas_cli_for_stdout (paths[i], ATLAS_ESCAPE_LINE);

          /* Translators: printed after a file name when the file is a valid dataset */
          g_print ("%s: %s\n", name, _("ok"));
        }
      else
        status = ATLAS_CLI_FAILED;
    }
  return status;
}

int
atlas_cli_list_programmes (const char *path)
{
  g_autoptr(AtlasDataset) dataset = atlas_cli_load (path);
  GListModel *programmes;

  if (dataset == NULL)
    return ATLAS_CLI_FAILED;

  programmes = atlas_dataset_get_programmes (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      g_autofree char *id = atlas_cli_for_stdout (atlas_programme_get_id (programme), ATLAS_ESCAPE_LINE);
      g_autofree char *title = atlas_cli_for_stdout (atlas_programme_get_title (programme), ATLAS_ESCAPE_LINE);

      g_print ("%s\t%s\t%s\t%s\n",
               id,
               atlas_programme_type_to_code (atlas_programme_get_programme_type (programme)),
               atlas_programme_status_to_code (atlas_programme_get_status (programme)),
               title);
    }
  return ATLAS_CLI_OK;
}

/* A date of --from or --to; a bad one is said with the option's name */
static gboolean
parse_bound (const char *option,
             const char *text,
             AtlasDate  *date)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL || atlas_date_parse (text, date, &error))
    return TRUE;
  /* Translators: %s is --from or --to, then why its date is refused */
  atlas_cli_printerr (_("%s: %s\n"), option, error->message);
  return FALSE;
}

static int
export_timeline (const AtlasCliExport *options)
{
  AtlasTimelineExportOptions export = { 0 };
  AtlasDate from = { 0 }, to = { 0 };
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasTimelineModel) model = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!atlas_timeline_export_format_from_name (options->format ? options->format : "png", &export.format))
    {
      atlas_cli_printerr (_("“%s” is not a format for the timeline; use png, svg or pdf\n"), options->format);
      return ATLAS_CLI_USAGE;
    }
  if (options->width != 0 &&
      (options->width < ATLAS_TIMELINE_EXPORT_MIN_WIDTH || options->width > ATLAS_TIMELINE_EXPORT_MAX_WIDTH))
    {
      atlas_cli_printerr (_("The width of a timeline export must be between %d and %d\n"),
                  ATLAS_TIMELINE_EXPORT_MIN_WIDTH, ATLAS_TIMELINE_EXPORT_MAX_WIDTH);
      return ATLAS_CLI_USAGE;
    }
  if (!parse_bound ("--from", options->from, &from) || !parse_bound ("--to", options->to, &to))
    return ATLAS_CLI_USAGE;
  if (options->from != NULL && options->to != NULL && atlas_date_first_day (&from) > atlas_date_last_day (&to))
    {
      atlas_cli_printerr (_("--from=%s is after --to=%s\n"), options->from, options->to);
      return ATLAS_CLI_USAGE;
    }
  if (options->output == NULL && export.format != ATLAS_TIMELINE_EXPORT_SVG && atlas_cli_stdout_is_terminal ())
    {
      atlas_cli_printerr (_("%s is not text; name a file with --output\n"), options->format ? options->format : "png");
      return ATLAS_CLI_USAGE;
    }
  if (!(dataset = atlas_cli_load (options->dataset)))
    return ATLAS_CLI_FAILED;

  model = atlas_timeline_model_new_for_dataset (dataset);
  /* Without --from and --to, the picture is the window's first view */
  atlas_timeline_view_range_between (model, options->from ? &from : NULL, options->to ? &to : NULL,
                                     &export.start_day, &export.span_days);
  export.width = options->width;
  export.today = atlas_timeline_layout_today_from_clock ();
  if (options->output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->output);
      ok = atlas_timeline_export_to_file (model, &export, file, NULL, &error);
    }
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      ok = atlas_timeline_export_write (model, &export, out, NULL, &error) &&
           g_output_stream_flush (out, NULL, &error);
    }
  if (!ok)
    {
      atlas_cli_print_message (error->message);
      return ATLAS_CLI_FAILED;
    }
  return ATLAS_CLI_OK;
}

int
atlas_cli_export (const AtlasCliExport *options)
{
  AtlasTableOptions table_options = { 0 };
  AtlasProgress *progress = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(AtlasTable) table = NULL;
  g_autoptr(AtlasTable) evidence = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  AtlasExportFormat format;
  gboolean ok;

  if (g_strcmp0 (options->what, "timeline") == 0)
    return export_timeline (options);
  if (g_strcmp0 (options->what, "citations") == 0)
    return atlas_cli_export_citations (options);
  if (options->width != 0 || options->from != NULL || options->to != NULL)
    {
      atlas_cli_printerr (_("--width, --from and --to go with --export=timeline only\n"));
      return ATLAS_CLI_USAGE;
    }

  if (!atlas_export_format_from_name (options->format ? options->format : "csv", &format))
    {
      atlas_cli_printerr (_("“%s” is not an export format; use csv, tsv, md, json, html, xlsx or pdf\n"),
                  options->format);
      return ATLAS_CLI_USAGE;
    }
  if (!atlas_export_format_is_available (format))
    {
      atlas_cli_printerr (_("This copy of Partnership Atlas cannot write %s\n"), atlas_export_format_to_label (format));
      return ATLAS_CLI_USAGE;
    }
  if (options->output == NULL && !atlas_export_format_is_textual (format) && atlas_cli_stdout_is_terminal ())
    {
      atlas_cli_printerr (_("%s is not text; name a file with --output\n"), atlas_export_format_to_label (format));
      return ATLAS_CLI_USAGE;
    }

  if (options->layout == NULL || g_str_equal (options->layout, "wide"))
    table_options.layout = ATLAS_TABLE_LAYOUT_WIDE;
  else if (g_str_equal (options->layout, "long"))
    table_options.layout = ATLAS_TABLE_LAYOUT_LONG;
  else
    {
      atlas_cli_printerr (_("“%s” is not a layout; use wide or long\n"), options->layout);
      return ATLAS_CLI_USAGE;
    }
  if (options->paper != NULL && format != ATLAS_EXPORT_PDF)
    {
      atlas_cli_printerr (_("--paper goes with --export and --format=pdf\n"));
      return ATLAS_CLI_USAGE;
    }
  if (options->paper != NULL && !atlas_paper_from_name (options->paper, &table_options.paper))
    {
      atlas_cli_printerr (_("“%s” is not a paper size; use a4 or letter\n"), options->paper);
      return ATLAS_CLI_USAGE;
    }
  if (options->with_metadata && (options->output == NULL || (format != ATLAS_EXPORT_CSV && format != ATLAS_EXPORT_TSV)))
    {
      atlas_cli_printerr (_("--with-metadata goes with --format=csv or tsv and --output\n"));
      return ATLAS_CLI_USAGE;
    }
  table_options.include_wording = options->wording;
  table_options.include_evidence = options->evidence;
  /* People read words in their language; scripts read JSON by its codes,
   * and CSV and TSV too unless asked */
  table_options.for_people = atlas_export_format_is_for_people (format);
  table_options.localized = (options->localized || table_options.for_people) && format != ATLAS_EXPORT_JSON;

  if (!(dataset = load_localized (options->dataset, table_options.localized)))
    return ATLAS_CLI_FAILED;

  if (g_strcmp0 (options->what, "comparison") == 0)
    {
      if (options->programmes != NULL)
        {
          ids = g_strsplit (options->programmes, ",", -1);
          for (guint i = 0; ids[i]; i++)
            g_strstrip (ids[i]);
        }
      comparison = atlas_comparison_new_for_ids (dataset, (const char * const *) ids, &error);
      if (comparison == NULL)
        {
          atlas_cli_print_message (error->message);
          return ATLAS_CLI_USAGE;
        }
      table_options.progress = progress = atlas_cli_progress_new ();
      export_comparison (comparison, options, format, &table_options, &table, &evidence);
    }
  else if (options->only_differences || options->hide_unknown || options->hide_empty)
    {
      atlas_cli_printerr (_("--only-differences, --hide-unknown and --hide-empty-programmes go with --export=comparison only\n"));
      return ATLAS_CLI_USAGE;
    }
  else if (options->programmes != NULL)
    {
      atlas_cli_printerr (_("--programmes goes with --export=comparison only\n"));
      return ATLAS_CLI_USAGE;
    }
  else if (g_strcmp0 (options->what, "programmes") == 0)
    table = atlas_tables_programmes (dataset, &table_options);
  else if (g_strcmp0 (options->what, "events") == 0)
    table = atlas_tables_events (dataset, &table_options);
  else if (g_strcmp0 (options->what, "excerpts") == 0)
    table = atlas_tables_excerpts (dataset, &table_options);
  else
    {
      atlas_cli_printerr (_("“%s” cannot be exported; use comparison, programmes, events, excerpts, timeline or citations\n"),
                  options->what);
      return ATLAS_CLI_USAGE;
    }

  /* The other tables are built at once; their writing is shown */
  if (progress == NULL)
    progress = atlas_cli_progress_new ();
  if (progress != NULL)
    atlas_progress_begin_step (progress, 1.0);
  if (options->output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->output);
      ok = atlas_export_to_file_full (format, table, evidence, file, progress, NULL, &error) &&
           (!options->with_metadata || atlas_export_datapackage_to_file (format, table, file, NULL, &error));
    }
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      ok = atlas_export_write_full (format, table, evidence, out, progress, NULL, &error) &&
           g_output_stream_flush (out, NULL, &error);
    }
  atlas_cli_progress_end (g_steal_pointer (&progress));

  if (!ok)
    {
      atlas_cli_print_message (error->message);
      return ATLAS_CLI_FAILED;
    }
  return ATLAS_CLI_OK;
}
