/* test-l10n-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window starts in each language of po/LINGUAS with its title and the
 * built-in dataset's names translated, as the po file says. Runs under
 * Xvfb, with the build tree's catalogues (ATLAS_LOCALEDIR). */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-window.h"

#include "po-lookup.h"

/* glibc keeps translations it has looked up; this tells it the language changed */
extern int _nl_msg_cat_cntr;

static void
test_window (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *title = NULL;
  g_autofree char *dataset_title = NULL;
  g_autofree char *builtin = po_lookup (lang, NULL, "Built-in dataset");
  g_autofree char *programme_title = NULL;
  g_autoptr(AtlasProgramme) first = NULL;
  g_autoptr(AtlasDataset) english = NULL;
  g_autoptr(GError) error = NULL;
  AtlasProgramme *original;
  AtlasWindow *window;
  AtlasDataset *dataset;

  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;

  window = atlas_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* The window title is the dataset's title and its file, both in the
   * language, as the po file translates them */
  dataset = atlas_window_get_dataset (window);
  g_assert_nonnull (dataset);
  english = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);
  dataset_title = po_lookup (lang, "dataset: title", atlas_dataset_get_title (english));
  g_assert_nonnull (dataset_title);
  g_assert_nonnull (builtin);
  g_assert_cmpstr (dataset_title, !=, atlas_dataset_get_title (english));
  title = g_strdup_printf ("%s — %s", dataset_title, builtin);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  /* The built-in dataset the window shows speaks the same language */
  first = g_list_model_get_item (atlas_dataset_get_programmes (dataset), 0);
  g_assert_nonnull (first);
  original = atlas_dataset_find_programme (english, atlas_programme_get_id (first));
  programme_title = po_lookup (lang, "dataset: programme", atlas_programme_get_title (original));
  g_assert_nonnull (programme_title);
  g_assert_cmpstr (atlas_programme_get_title (first), ==, programme_title);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) languages = NULL;

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which need not exist */
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ATLAS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();

  languages = po_linguas ();
  for (guint i = 0; languages[i]; i++)
    {
      g_autofree char *path = g_strdup_printf ("/l10n-window/%s/title", languages[i]);
      g_test_add_data_func (path, languages[i], test_window);
    }

  return g_test_run ();
}
