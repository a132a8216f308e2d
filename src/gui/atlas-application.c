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
#include "atlas-cli-options.h"
#include "atlas-window.h"

struct _AtlasApplication
{
  AdwApplication parent_instance;

  char **compare_ids;
  GFile *changes_since;
};

G_DEFINE_FINAL_TYPE (AtlasApplication, atlas_application, ADW_TYPE_APPLICATION)

static int
atlas_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  AtlasApplication *self = ATLAS_APPLICATION (app);
  g_autofree const char **files = NULL;
  const char *compare = NULL;
  const char *changes_since = NULL;
  int status;

  /* A headless command, or options that make no sense for the window */
  status = atlas_cli_handle_options (options);
  if (status >= 0)
    return status;

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  /* Kept for the window, which gives them to its Compare page */
  if (g_variant_dict_lookup (options, "compare", "&s", &compare))
    {
      g_strfreev (self->compare_ids);
      self->compare_ids = g_strsplit (compare, ",", -1);
      for (guint i = 0; self->compare_ids[i]; i++)
        g_strstrip (self->compare_ids[i]);
    }

  if (g_variant_dict_lookup (options, "changes-since", "^&ay", &changes_since))
    g_set_object (&self->changes_since, g_file_new_for_commandline_arg (changes_since));

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
  g_clear_object (&self->changes_since);

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
    { "win.toggle-excerpts", { "F9", NULL } },
    { "win.show-sidebar", { "<Control>F9", NULL } },
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

  atlas_cli_add_options (G_APPLICATION (self));
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
 * atlas_application_get_changes_since:
 *
 * Returns: (transfer none) (nullable): the other version of the dataset
 *   given with --changes-since, whose changes the window marks
 */
GFile *
atlas_application_get_changes_since (AtlasApplication *self)
{
  g_return_val_if_fail (ATLAS_IS_APPLICATION (self), NULL);
  return self->changes_since;
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
