/* atlas-cli-diff.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* --diff OLD NEW: what changed between two datasets, with diff(1)'s exit
 * statuses; and --apply CORRECTION DATASET: a correction file applied to
 * a dataset, checked by the loader before anything is written. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-cli.h"
#include "atlas-cli-diff.h"
#include "atlas-cli-private.h"
#include "atlas-correction.h"
#include "atlas-diff.h"
#include "atlas-diff-report.h"
#include "atlas-export.h"
#include "atlas-json-patch.h"
#include "atlas-loader.h"
#include "atlas-problem.h"

typedef struct
{
  const char *path;
  AtlasDataset *dataset;
  GPtrArray *problems;  /* what to print when it did not load */
  GError *error;
} Load;

static gpointer
load_thread (gpointer data)
{
  Load *load = data;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (load->path);

  load->dataset = atlas_loader_load_file (file, NULL, &load->problems, &load->error);
  return NULL;
}

static gboolean
write_text (GOutputStream  *stream,
            gpointer        user_data,
            GCancellable   *cancellable,
            GError        **error)
{
  const char *text = user_data;

  return g_output_stream_write_all (stream, text, strlen (text), NULL, cancellable, error);
}

/* @text to @output, replaced only once complete, or to standard output
 * (with invisible characters shown on a terminal, as @how escapes them) */
static gboolean
write_output (const char  *text,
              const char  *output,
              AtlasEscape  how)
{
  g_autoptr(GError) error = NULL;

  if ((output = atlas_cli_output_target (output)) == NULL)
    {
      g_autofree char *shown = atlas_cli_for_stdout (text, how);

      fputs (shown, stdout);
      return fflush (stdout) == 0;
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      if (atlas_export_stream_to_file (file, write_text, (gpointer) text, NULL, &error))
        return TRUE;
      atlas_cli_print_message (error->message);
      return FALSE;
    }
}

/* How a report in @format shows an invisible character on a terminal and
 * still means what it meant */
static AtlasEscape
escape_for_format (AtlasDiffFormat format)
{
  switch (format)
    {
    case ATLAS_DIFF_FORMAT_JSON:
      return ATLAS_ESCAPE_JSON;
    case ATLAS_DIFF_FORMAT_MARKDOWN:
    case ATLAS_DIFF_FORMAT_HTML:
      return ATLAS_ESCAPE_MARKUP;
    case ATLAS_DIFF_FORMAT_TEXT:
    default:
      return ATLAS_ESCAPE_TEXT;
    }
}

/**
 * atlas_cli_diff:
 * @format: (nullable): text (the default), json, md or html
 * @output: (nullable): a file, or %NULL for standard output
 *
 * Prints what changed from the dataset in @old_path to that in @new_path.
 *
 * Returns: %ATLAS_CLI_DIFF_SAME, %ATLAS_CLI_DIFF_DIFFER, or
 *   %ATLAS_CLI_DIFF_TROUBLE when a file cannot be read (its problems on
 *   standard error), the options make no sense or the report cannot be
 *   written
 */
int
atlas_cli_diff (const char *old_path,
                const char *new_path,
                const char *format,
                const char *output)
{
  g_autoptr(AtlasDataset) old_dataset = NULL;
  g_autoptr(AtlasDataset) new_dataset = NULL;
  g_autoptr(GListModel) changes = NULL;
  g_autofree char *report = NULL;
  g_autofree char *old_name = NULL;
  g_autofree char *new_name = NULL;
  AtlasDiffFormat diff_format = ATLAS_DIFF_FORMAT_TEXT;

  if (format != NULL && !atlas_diff_format_from_name (format, &diff_format))
    {
      atlas_cli_printerr (_("“%s” is not a format for --diff; use text, json, md or html\n"), format);
      return ATLAS_CLI_DIFF_TROUBLE;
    }

  /* The two at once, one in a thread: a diff of two large files then
   * takes little more than loading one (the records never change once
   * built, and each load builds its own) */
  {
    Load loads[2] = { { old_path }, { new_path } };
    GThread *thread = g_thread_new ("load", load_thread, &loads[1]);

    load_thread (&loads[0]);
    g_thread_join (thread);
    for (guint i = 0; i < G_N_ELEMENTS (loads); i++)
      {
        if (loads[i].dataset == NULL)
          atlas_cli_print_problems (loads[i].path, loads[i].problems, loads[i].error);
        g_clear_pointer (&loads[i].problems, g_ptr_array_unref);
        g_clear_error (&loads[i].error);
      }
    old_dataset = loads[0].dataset;
    new_dataset = loads[1].dataset;
  }
  if (old_dataset == NULL || new_dataset == NULL)
    return ATLAS_CLI_DIFF_TROUBLE;

  changes = atlas_diff_datasets (old_dataset, new_dataset);
  /* Freeing two large datasets takes seconds: in threads of their own,
   * while the report is written */
  atlas_dataset_release (g_steal_pointer (&old_dataset));
  atlas_dataset_release (g_steal_pointer (&new_dataset));
  /* File names as text: the report is UTF-8 whatever their bytes */
  old_name = g_filename_display_name (old_path);
  new_name = g_filename_display_name (new_path);
  report = atlas_diff_report (changes, diff_format, old_name, new_name);
  if (!write_output (report, output, escape_for_format (diff_format)))
    return ATLAS_CLI_DIFF_TROUBLE;
  return g_list_model_get_n_items (changes) == 0 ? ATLAS_CLI_DIFF_SAME : ATLAS_CLI_DIFF_DIFFER;
}

/* Problems of the corrected dataset, which is in no file: where they are
 * in the dataset ($.programmes[0].status), not a line of a text the user
 * never sees */
static void
print_unlocated (GPtrArray    *problems,
                 const GError *error)
{
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      AtlasProblem *problem = g_ptr_array_index (problems, i);

      problem->line = problem->column = 0;
    }
  atlas_cli_print_problems (NULL, problems, error);
}

/* A file read as the loader reads one: never a pipe or a device, nor
 * more than a dataset may be */
static char *
read_file (const char  *path,
           gsize       *length)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  char *contents = atlas_loader_read_file (file, NULL, length, &error);

  if (contents == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", path, error->message);

      atlas_cli_print_message (message);
    }
  return contents;
}

/**
 * atlas_cli_apply:
 * @output: (nullable): where the corrected dataset goes
 *
 * Applies the correction in @correction_path to the dataset in
 * @dataset_path and writes the result to @output, only when the corrected
 * dataset loads; @dataset_path is never written to unless it is @output.
 *
 * Returns: %ATLAS_CLI_OK, %ATLAS_CLI_FAILED when the correction cannot
 *   be applied or would break the dataset (nothing written), or
 *   %ATLAS_CLI_USAGE without --output
 */
int
atlas_cli_apply (const char *correction_path,
                 const char *dataset_path,
                 const char *output)
{
  g_autoptr(AtlasCorrection) correction = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasDataset) corrected = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *correction_text = NULL;
  g_autofree char *dataset_text = NULL;
  g_autofree char *new_text = NULL;
  gsize correction_length, dataset_length, new_length;
  const char *release;

  if (output == NULL)
    {
      atlas_cli_printerr (_("--apply writes the corrected dataset to a new file: name it with --output\n"));
      return ATLAS_CLI_USAGE;
    }
  if ((correction_text = read_file (correction_path, &correction_length)) == NULL)
    return ATLAS_CLI_FAILED;
  correction = atlas_correction_new_from_data (correction_text, correction_length, &error);
  if (correction == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", correction_path, error->message);

      atlas_cli_print_message (message);
      return ATLAS_CLI_FAILED;
    }

  if ((dataset_text = read_file (dataset_path, &dataset_length)) == NULL)
    return ATLAS_CLI_FAILED;
  dataset = atlas_loader_load_data (dataset_text, dataset_length, NULL, &problems, &error);
  if (dataset == NULL)
    {
      atlas_cli_print_problems (dataset_path, problems, error);
      return ATLAS_CLI_FAILED;
    }
  g_clear_pointer (&problems, g_ptr_array_unref);
  release = atlas_dataset_get_release (dataset);
  if (g_strcmp0 (release, atlas_correction_get_dataset (correction)) != 0)
    {
      g_autofree char *message = NULL;

      if (release != NULL)
        /* Translators: a warning; the correction is applied all the same,
         * its test operations guarding what it changes */
        message = g_strdup_printf (_("%s: made against release %s of the dataset, which is release %s"),
                                   correction_path, atlas_correction_get_dataset (correction), release);
      else
        message = g_strdup_printf (_("%s: made against release %s of the dataset, which names no release"),
                                   correction_path, atlas_correction_get_dataset (correction));
      atlas_cli_print_message (message);
    }
  /* Only the text is needed from here: a large dataset is not kept twice */
  g_clear_object (&dataset);

  new_text = atlas_correction_apply (correction, dataset_text, dataset_length, &new_length, &error);
  g_clear_pointer (&dataset_text, g_free);
  if (new_text == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", correction_path, error->message);

      atlas_cli_print_message (message);
      return ATLAS_CLI_FAILED;
    }
  corrected = atlas_loader_load_data (new_text, new_length, NULL, &problems, &error);
  if (corrected == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("%s: the corrected dataset would not be valid, so nothing was written:"), correction_path);

      atlas_cli_print_message (message);
      print_unlocated (problems, error);
      return ATLAS_CLI_FAILED;
    }
  if (!write_output (new_text, output, ATLAS_ESCAPE_JSON))
    return ATLAS_CLI_FAILED;
  return ATLAS_CLI_OK;
}

/**
 * atlas_cli_diff_handle_options:
 * @files: (nullable): the files named after the options
 *
 * Runs --diff or --apply as @options ask.
 *
 * Returns: the command's exit status
 */
int
atlas_cli_diff_handle_options (GVariantDict       *options,
                               const char * const *files)
{
  const char *format = NULL;
  const char *output = NULL;
  guint n_files = files != NULL ? g_strv_length ((char **) files) : 0;

  g_variant_dict_lookup (options, "format", "&s", &format);
  g_variant_dict_lookup (options, "output", "^&ay", &output);

  if (g_variant_dict_contains (options, "diff"))
    {
      if (n_files != 2)
        {
          atlas_cli_printerr (_("--diff compares two dataset files: --diff OLD.json NEW.json\n"));
          return ATLAS_CLI_DIFF_TROUBLE;
        }
      return atlas_cli_diff (files[0], files[1], format, output);
    }
  if (n_files != 2)
    {
      atlas_cli_printerr (_("--apply takes a correction and a dataset: --apply CORRECTION.json DATASET.json --output=NEW.json\n"));
      return ATLAS_CLI_USAGE;
    }
  if (format != NULL)
    {
      atlas_cli_printerr (_("--format goes with --export and --diff\n"));
      return ATLAS_CLI_USAGE;
    }
  return atlas_cli_apply (files[0], files[1], output);
}
