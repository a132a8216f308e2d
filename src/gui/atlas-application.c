/* atlas-application.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-application.h"
#include "atlas-bench-hook.h"
#include "atlas-cli.h"
#include "atlas-window.h"

struct _AtlasApplication
{
  AdwApplication parent_instance;

  char **compare_ids;
};

G_DEFINE_FINAL_TYPE (AtlasApplication, atlas_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check each FILE and print its problems, without opening a window"), NULL },
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a table to standard output or to --output: comparison, programmes, events or excerpts"), N_("TABLE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Format of the export: csv, tsv, md, json, html, xlsx or pdf (default: csv)"), N_("FORMAT") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("Width of the timeline picture (--export=timeline --format=png, svg or pdf), in pixels (default: 1600)"), N_("PX") },
  { "programmes", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Programmes to compare, as ids separated by commas (default: every ITPP)"), N_("IDS") },
  { "layout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Layout of the comparison: wide (areas × programmes) or long (one row per programme and area)"), N_("LAYOUT") },
  { "wording", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Include each programme’s own wording and list position in the comparison"), NULL },
  { "evidence", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Include the excerpts behind each cell of the comparison"), NULL },
  { "localized", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write headers and status words in the user’s language instead of stable codes"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the export to FILE, replacing it only once complete"), N_("FILE") },
  { "compare", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Programmes to show on the Compare page, as ids separated by commas"), N_("IDS") },
  { "list-programmes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the id, type, status and title of each programme"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static int
atlas_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);
  g_autofree const char **files = NULL;
  const char *export_what = NULL;
  const char *compare = NULL;
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
          g_printerr (_("Name at most one dataset file\n"));
          return ATLAS_CLI_USAGE;
        }
      return atlas_cli_list_programmes (files ? files[0] : NULL);
    }

  if (g_variant_dict_lookup (options, "export", "&s", &export_what))
    {
      if (files != NULL && files[0] != NULL && files[1] != NULL)
        {
          g_printerr (_("Name at most one dataset file\n"));
          return ATLAS_CLI_USAGE;
        }
      export.what = export_what;
      export.dataset = files ? files[0] : NULL;
      g_variant_dict_lookup (options, "format", "&s", &export.format);
      g_variant_dict_lookup (options, "programmes", "&s", &export.programmes);
      g_variant_dict_lookup (options, "layout", "&s", &export.layout);
      g_variant_dict_lookup (options, "output", "^&ay", &export.output);
      g_variant_dict_lookup (options, "width", "i", &export.width);
      export.wording = g_variant_dict_contains (options, "wording");
      export.evidence = g_variant_dict_contains (options, "evidence");
      export.localized = g_variant_dict_contains (options, "localized");
      return atlas_cli_export (&export);
    }

  if (g_variant_dict_contains (options, "width"))
    {
      g_printerr (_("--width goes with --export=timeline\n"));
      return ATLAS_CLI_USAGE;
    }

  if (g_variant_dict_contains (options, "format") || g_variant_dict_contains (options, "output") ||
      g_variant_dict_contains (options, "programmes") || g_variant_dict_contains (options, "layout"))
    {
      g_printerr (_("--format, --output, --programmes and --layout go with --export\n"));
      return ATLAS_CLI_USAGE;
    }

  /* Kept for the window, which gives them to its Compare page */
  if (g_variant_dict_lookup (options, "compare", "&s", &compare))
    {
      g_strfreev (self->compare_ids);
      self->compare_ids = g_strsplit (compare, ",", -1);
      for (guint i = 0; self->compare_ids[i]; i++)
        g_strstrip (self->compare_ids[i]);
    }

  /* The GUI: files given on the command line are opened by the (maybe
   * already running) primary instance. */
  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;

      for (guint i = 0; files[i]; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return ATLAS_CLI_FAILED;
        }
      g_application_open (app, (GFile **) gfiles->pdata, gfiles->len, "");
      return ATLAS_CLI_OK;
    }

  return -1;
}

static AtlasWindow *
get_window (AtlasApplication *self,
            gboolean         *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  *created = window == NULL;
  if (window == NULL)
    {
      window = GTK_WINDOW (atlas_window_new (self));
      /* bench/run's start-up benchmark; does nothing unless it asks */
      atlas_bench_hook_install (window);
    }
  return ATLAS_WINDOW (window);
}

static void
atlas_application_activate (GApplication *app)
{
  gboolean created;
  AtlasWindow *window = get_window (ATLAS_APPLICATION (app), &created);

  /* Started without a file: go on with the dataset of last time */
  if (created)
    atlas_window_restore_last_file (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
atlas_application_open (GApplication  *app,
                        GFile        **files,
                        int            n_files,
                        const char    *hint)
{
  gboolean created;
  AtlasWindow *window = get_window (ATLAS_APPLICATION (app), &created);

  /* One dataset is shown at a time: the last one named wins */
  if (n_files > 0)
    atlas_window_open (window, files[n_files - 1]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
atlas_application_finalize (GObject *object)
{
  AtlasApplication *self = (AtlasApplication *) object;

  g_clear_pointer (&self->compare_ids, g_strfreev);

  G_OBJECT_CLASS (atlas_application_parent_class)->finalize (object);
}

static void
atlas_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "win.open", { "<Control>o", NULL } },
    { "win.reload", { "<Control>r", "F5", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.show-excerpts", { "F9", NULL } },
    { "win.show-overview", { "<Alt>Home", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };

  G_APPLICATION_CLASS (atlas_application_parent_class)->startup (app);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
atlas_application_class_init (AtlasApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = atlas_application_finalize;

  app_class->handle_local_options = atlas_application_handle_local_options;
  app_class->startup = atlas_application_startup;
  app_class->activate = atlas_application_activate;
  app_class->open = atlas_application_open;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
atlas_application_init (AtlasApplication *self)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
  };

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
    _("Read and compare NATO’s partnership programmes with its Indo-Pacific partners."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
}

AtlasApplication *
atlas_application_new (void)
{
  return g_object_new (ATLAS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

/**
 * atlas_application_get_compare_programmes:
 *
 * Returns: (nullable) (array zero-terminated=1): the programme ids given
 *   with --compare, for atlas_compare_page_set_programmes(), or %NULL
 */
const char * const *
atlas_application_get_compare_programmes (AtlasApplication *self)
{
  g_return_val_if_fail (ATLAS_IS_APPLICATION (self), NULL);
  return (const char * const *) self->compare_ids;
}
