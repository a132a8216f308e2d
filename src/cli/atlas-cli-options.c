/* atlas-cli-options.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The command line's options, and the choice between a headless command
 * (validate, list, export, version) and the window. The application adds
 * the options and asks atlas_cli_handle_options() first; only when that
 * returns -1 does it read what the window needs (--compare, the files). */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-cli.h"
#include "atlas-cli-options.h"
#include "atlas-cli-print.h"
#include "atlas-cli-private.h"
#include "atlas-cli-diff.h"
#include "atlas-cli-search.h"

static const GOptionEntry option_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check each FILE and print its problems, without opening a window"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a table to standard output or to --output: comparison, programmes, events, excerpts, timeline or citations"), N_("TABLE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Format of the export: csv, tsv, md, json, html, xlsx or pdf (default: csv); of citations: csl-json, bibtex or ris (default: csl-json)"), N_("FORMAT") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Width of the timeline picture (--export=timeline --format=png, svg or pdf), in pixels (default: 1600)"), N_("PX") },
  { "from", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("First date of the timeline picture: a year, year-month or full date (default: where the events are)"),
    N_("DATE") },
  { "to", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Last date of the timeline picture, included: a year, year-month or full date (default: the last planned period)"),
    N_("DATE") },
  { "programmes", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Programmes to compare, or whose sources to cite, as ids separated by commas (default: every ITPP; every document)"), N_("IDS") },
  { "layout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Layout of the comparison: wide (areas × programmes) or long (one row per programme and area)"), N_("LAYOUT") },
  { "wording", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Include each programme’s own wording and list position in the comparison"), NULL },
  { "evidence", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Include the excerpts behind each cell of the comparison"), NULL },
  { "localized", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write headers and status words in the user’s language instead of stable codes"), NULL },
  { "with-metadata", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write a datapackage.json (Frictionless Data) beside a CSV or TSV export, naming its dataset"), NULL },
  { "only-differences", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Keep only the comparison’s areas on which programmes of known status differ"), NULL },
  { "hide-unknown", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Leave the comparison’s cells of unknown status blank"), NULL },
  { "hide-empty-programmes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Leave out of the comparison the programmes of which no source gives any area"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper of a PDF export: a4 or letter (default: a4)"), N_("PAPER") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the export to FILE, replacing it only once complete"), N_("FILE") },
  /* The options for the window: the application reads them */
  { "compare", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Programmes to show on the Compare page, as ids separated by commas"), N_("IDS") },
  { "changes-since", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Mark on the window’s pages what changed since (or until) another version of the dataset, FILE"), N_("FILE") },
  { "diff", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print what changed between two dataset files, OLD and NEW (--format=text, json, md or html)"), NULL },
  { "apply", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Apply a correction file to a dataset file and write the corrected dataset to --output"), NULL },
  { "search", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print every programme, partner, area, event, document and excerpt that contains TEXT (--format=text, tsv or json)"),
    N_("TEXT") },
  { "list-programmes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the id, type, status and title of each programme"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/**
 * atlas_cli_add_options:
 *
 * Adds the command line's options and its --help summary to @app.
 */
void
atlas_cli_add_options (GApplication *app)
{
  g_return_if_fail (G_IS_APPLICATION (app));

  /* GLib prints what it refuses of the options itself */
  atlas_cli_escape_standard_error ();
  g_application_add_main_option_entries (app, option_entries);
  g_application_set_option_context_summary (app,
    _("Read and compare NATO’s partnership programmes with its Indo-Pacific partners."));
}

/**
 * atlas_cli_handle_options:
 * @options: the parsed options, as #GApplication::handle-local-options
 *   gives them
 *
 * Runs the headless command that @options ask for, or refuses options that
 * make no sense without one.
 *
 * Returns: the exit status of the command, or -1 when the options ask
 *   for the window
 */
int
atlas_cli_handle_options (GVariantDict *options)
{
  g_autofree const char **files = NULL;
  const char *export_what = NULL;
  const char *search_text = NULL;
  AtlasCliExport export = { 0 };
  gboolean flag;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (g_variant_dict_lookup (options, "version", "b", &flag))
    {
      g_print ("%s %s\n", "partnership-atlas", PACKAGE_VERSION);
      return ATLAS_CLI_OK;
    }

  if (g_variant_dict_lookup (options, "validate", "b", &flag))
    return atlas_cli_validate (files);

  if (g_variant_dict_lookup (options, "list-programmes", "b", &flag))
    {
      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          atlas_cli_printerr (_("Name at most one dataset file\n"));
          return ATLAS_CLI_USAGE;
        }
      return atlas_cli_list_programmes (files ? files[0] : NULL);
    }

  if (g_variant_dict_contains (options, "diff") || g_variant_dict_contains (options, "apply"))
    return atlas_cli_diff_handle_options (options, files);

  if (g_variant_dict_lookup (options, "search", "&s", &search_text))
    {
      const char *format = NULL;

      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          atlas_cli_printerr (_("Name at most one dataset file\n"));
          return ATLAS_CLI_USAGE;
        }
      g_variant_dict_lookup (options, "format", "&s", &format);
      return atlas_cli_search (search_text, format, files ? files[0] : NULL);
    }

  if (g_variant_dict_lookup (options, "export", "&s", &export_what))
    {
      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          atlas_cli_printerr (_("Name at most one dataset file\n"));
          return ATLAS_CLI_USAGE;
        }
      export.what = export_what;
      export.dataset = files ? files[0] : NULL;
      g_variant_dict_lookup (options, "format", "&s", &export.format);
      g_variant_dict_lookup (options, "programmes", "&s", &export.programmes);
      g_variant_dict_lookup (options, "layout", "&s", &export.layout);
      g_variant_dict_lookup (options, "paper", "&s", &export.paper);
      g_variant_dict_lookup (options, "output", "^&ay", &export.output);
      export.output = atlas_cli_output_target (export.output);
      g_variant_dict_lookup (options, "width", "i", &export.width);
      g_variant_dict_lookup (options, "from", "&s", &export.from);
      g_variant_dict_lookup (options, "to", "&s", &export.to);
      export.wording = g_variant_dict_contains (options, "wording");
      export.evidence = g_variant_dict_contains (options, "evidence");
      export.localized = g_variant_dict_contains (options, "localized");
      export.with_metadata = g_variant_dict_contains (options, "with-metadata");
      export.only_differences = g_variant_dict_contains (options, "only-differences");
      export.hide_unknown = g_variant_dict_contains (options, "hide-unknown");
      export.hide_empty = g_variant_dict_contains (options, "hide-empty-programmes");
      return atlas_cli_export (&export);
    }

  if (g_variant_dict_contains (options, "width") || g_variant_dict_contains (options, "from") ||
      g_variant_dict_contains (options, "to"))
    {
      atlas_cli_printerr (_("--width, --from and --to go with --export=timeline\n"));
      return ATLAS_CLI_USAGE;
    }

  if (g_variant_dict_contains (options, "paper"))
    {
      atlas_cli_printerr (_("--paper goes with --export and --format=pdf\n"));
      return ATLAS_CLI_USAGE;
    }

  if (g_variant_dict_contains (options, "format") || g_variant_dict_contains (options, "output") ||
      g_variant_dict_contains (options, "programmes") || g_variant_dict_contains (options, "layout"))
    {
      atlas_cli_printerr (_("--format, --output, --programmes and --layout go with --export\n"));
      return ATLAS_CLI_USAGE;
    }

  return -1;
}
