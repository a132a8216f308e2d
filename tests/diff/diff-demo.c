/* diff-demo.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Shows the changes between two versions of a dataset in their window, to
 * look at it (not installed):
 *
 *   diff-demo OLD.json NEW.json [--screenshot=FILE.png]
 *
 * With --screenshot, it saves a picture of the window once shown, and
 * quits. */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "atlas-diff-window.h"
#include "atlas-loader.h"
#include "atlas-problem.h"

static char *screenshot;

static const GOptionEntry entries[] = {
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &screenshot, "Save a picture of the window and quit", "FILE" },
  { NULL }
};

static AtlasDataset *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_file (file, NULL, &problems, &error);

  if (dataset == NULL)
    {
      g_autofree char *text = atlas_problems_to_text (problems, path, error);

      g_printerr ("%s\n", text);
      exit (2);
    }
  return dataset;
}

static gboolean
save_cb (gpointer data)
{
  GtkWidget *window = data;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, screenshot);
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("OLD.json NEW.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) old_dataset = NULL;
  g_autoptr(AtlasDataset) new_dataset = NULL;
  GtkWidget *window;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("diff-demo OLD.json NEW.json [--screenshot=FILE.png]\n");
      return 2;
    }
  adw_init ();
  old_dataset = load (argv[1]);
  new_dataset = load (argv[2]);
  window = atlas_diff_window_new (NULL, old_dataset, new_dataset);
  gtk_window_present (GTK_WINDOW (window));
  if (screenshot != NULL)
    g_timeout_add (1500, save_cb, window);
  while (g_list_model_get_n_items (gtk_window_get_toplevels ()) > 0)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
