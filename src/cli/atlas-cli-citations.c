/* atlas-cli-citations.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* --export=citations: the dataset's documents, or those behind
 * --programmes, as CSL-JSON, BibTeX or RIS, for reference managers. */

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n-lib.h>

#include "atlas-citations.h"
#include "atlas-cli-citations.h"
#include "atlas-cli-private.h"
#include "atlas-dataset.h"

/* The options of the table and timeline exports, which say nothing here */
static gboolean
check_options (const AtlasCliExport *options)
{
  if (options->layout != NULL || options->paper != NULL || options->width != 0 ||
      options->from != NULL || options->to != NULL || options->wording || options->evidence ||
      options->localized || options->only_differences || options->hide_unknown || options->hide_empty)
    {
      atlas_cli_printerr (_("--export=citations takes only --format, --programmes and --output\n"));
      return FALSE;
    }
  return TRUE;
}

/**
 * atlas_cli_export_citations:
 *
 * Writes the citations that @options ask for to --output or to standard
 * output.
 *
 * Returns: the exit status
 */
int
atlas_cli_export_citations (const AtlasCliExport *options)
{
  AtlasCitationFormat format = ATLAS_CITATION_CSL_JSON;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!check_options (options))
    return ATLAS_CLI_USAGE;
  if (options->format != NULL && !atlas_citation_format_from_name (options->format, &format))
    {
      atlas_cli_printerr (_("“%s” is not a format for citations; use csl-json, bibtex or ris\n"), options->format);
      return ATLAS_CLI_USAGE;
    }
  if (!(dataset = atlas_cli_load (options->dataset)))
    return ATLAS_CLI_FAILED;

  if (options->programmes != NULL)
    {
      g_auto(GStrv) ids = g_strsplit (options->programmes, ",", -1);

      for (guint i = 0; ids[i]; i++)
        g_strstrip (ids[i]);
      documents = atlas_citations_for_programmes (dataset, (const char * const *) ids, &error);
      if (documents == NULL)
        {
          atlas_cli_print_message (error->message);
          return ATLAS_CLI_USAGE;
        }
    }
  else
    documents = atlas_citations_all_documents (dataset);

  if (options->output != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->output);
      ok = atlas_citations_to_file (format, documents, file, NULL, &error);
    }
  else
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      ok = atlas_citations_write (format, documents, out, NULL, &error) &&
           g_output_stream_flush (out, NULL, &error);
    }
  if (!ok)
    {
      atlas_cli_print_message (error->message);
      return ATLAS_CLI_FAILED;
    }
  return ATLAS_CLI_OK;
}
