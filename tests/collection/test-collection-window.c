/* test-collection-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The collection in the window, under Xvfb: an excerpt pinned from its
 * row is in the collection and its file; a reload of the dataset keeps
 * it; a note typed in the collection's window is saved and read back by
 * a new window; pins move and go; “Pin All Excerpts” pins the pane's
 * excerpts with what they were pinned from. XDG_DATA_HOME is the build's
 * (tests/meson.build), never the reader's. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "atlas-collection.h"
#include "atlas-collection-window.h"
#include "atlas-dataset.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-excerpts-pane.h"
#include "atlas-pin-button.h"
#include "atlas-pin-row.h"
#include "atlas-window.h"
#include "atlas-window-collection.h"
#include "gui-test-utils.h"

static gboolean
not_loading (gpointer window)
{
  return !atlas_window_get_loading (window);
}

static AtlasWindow *
new_window (void)
{
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  return window;
}

static void
open_and_wait (AtlasWindow *window,
               const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  atlas_window_open (window, file);
  wait_for (not_loading, window, "the load to end");
  settle ();
}

/* A copy of the built-in dataset in a file of its own, so that each test
 * has a collection of its own */
static char *
copy_dataset (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("ATLAS_SOURCE_ROOT"), "data", "atlas-dataset.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-collection-window-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, "dataset.json", NULL);
  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static AtlasPinButton *
first_pin_button (AtlasWindow   *window,
                  AtlasExcerpt **excerpt)
{
  GtkWidget *pane = find_descendant (GTK_WIDGET (window), ATLAS_TYPE_EXCERPTS_PANE);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  find_all (pane, ATLAS_TYPE_EXCERPT_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (atlas_excerpt_row_get_excerpt (rows->pdata[i]) != NULL)
      {
        *excerpt = atlas_excerpt_row_get_excerpt (rows->pdata[i]);
        return ATLAS_PIN_BUTTON (find_descendant (rows->pdata[i], ATLAS_TYPE_PIN_BUTTON));
      }
  g_error ("No excerpt row is shown");
}

static void
select_programme (AtlasWindow *window,
                  const char  *id)
{
  AtlasDataset *dataset = atlas_window_get_dataset (window);

  atlas_selection_set_item (atlas_window_get_selection (window),
                            G_OBJECT (atlas_dataset_find_programme (dataset, id)));
  settle ();
  settle ();
}

static gboolean
file_has (const char *path,
          const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

typedef struct
{
  const char *path;
  const char *text;
} Wanted;

static gboolean
wanted_cb (gpointer data)
{
  Wanted *wanted = data;

  return file_has (wanted->path, wanted->text);
}

static void
test_pin_reload_note (void)
{
  g_autofree char *dataset_path = copy_dataset ();
  AtlasWindow *window = new_window ();
  AtlasCollection *collection;
  AtlasPinButton *button;
  AtlasExcerpt *excerpt = NULL;
  g_autoptr(AtlasPin) pin = NULL;
  g_autofree char *collection_path = NULL;
  g_autofree char *excerpt_id = NULL;
  GtkWidget *collection_window;
  GtkWidget *row, *note;
  Wanted wanted;

  open_and_wait (window, dataset_path);
  collection = atlas_widget_get_collection (GTK_WIDGET (window));
  g_assert_nonnull (collection);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  collection_path = g_file_get_path (atlas_collection_get_file (collection));
  g_assert_true (g_str_has_prefix (collection_path, g_get_user_data_dir ()));
  g_assert_true (strstr (collection_path, "/partnership-atlas/collections/") != NULL);

  /* Pinned from its row, the excerpt is in the collection, and its file */
  select_programme (window, "kor-itpp");
  button = first_pin_button (window, &excerpt);
  excerpt_id = g_strdup (atlas_excerpt_get_id (excerpt));
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (button)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Pin to Collection");
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Unpin from Collection");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_assert_nonnull (atlas_collection_find (collection, excerpt_id, NULL));
  wanted.path = collection_path;
  wanted.text = excerpt_id;
  wait_for (wanted_cb, &wanted, "the pin to be saved");

  /* A reload of the dataset keeps the pin, found in the new dataset */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  wait_for (not_loading, window, "the reload to end");
  settle ();
  g_assert_true (atlas_widget_get_collection (GTK_WIDGET (window)) == collection);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  pin = g_list_model_get_item (G_LIST_MODEL (collection), 0);
  g_assert_false (atlas_pin_get_vanished (pin));
  g_assert_true (atlas_pin_get_excerpt (pin) == atlas_dataset_find_excerpt (atlas_window_get_dataset (window), excerpt_id));

  /* Ctrl+Shift+K's action opens the collection; a note typed there is saved */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-collection", NULL));
  settle ();
  collection_window = NULL;
  {
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ATLAS_IS_COLLECTION_WINDOW (l->data))
        collection_window = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (collection_window);
  row = find_descendant (collection_window, ATLAS_TYPE_PIN_ROW);
  g_assert_nonnull (row);
  g_assert_true (atlas_pin_row_get_pin (ATLAS_PIN_ROW (row)) == pin);
  note = find_widget (row, GTK_TYPE_TEXT_VIEW, "note");
  g_assert_nonnull (note);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)), "Read with the 2019 IPCP", -1);
  g_assert_cmpstr (atlas_pin_get_note (pin), ==, "Read with the 2019 IPCP");
  wanted.text = "Read with the 2019 IPCP";
  wait_for (wanted_cb, &wanted, "the note to be saved");
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();

  /* A new window on the same file has the pin and its note */
  window = new_window ();
  open_and_wait (window, dataset_path);
  collection = atlas_widget_get_collection (GTK_WIDGET (window));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 1);
  g_clear_object (&pin);
  pin = g_list_model_get_item (G_LIST_MODEL (collection), 0);
  g_assert_cmpstr (atlas_pin_get_excerpt_id (pin), ==, excerpt_id);
  g_assert_cmpstr (atlas_pin_get_note (pin), ==, "Read with the 2019 IPCP");

  /* and its row shows the excerpt pinned; unpinning it empties the collection */
  select_programme (window, "kor-itpp");
  button = first_pin_button (window, &excerpt);
  g_assert_cmpstr (atlas_excerpt_get_id (excerpt), ==, excerpt_id);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  g_assert_true (atlas_window_save_collection (GTK_WIDGET (window)));
  g_assert_false (file_has (collection_path, excerpt_id));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static void
test_pin_all_move_remove (void)
{
  g_autofree char *dataset_path = copy_dataset ();
  AtlasWindow *window = new_window ();
  AtlasCollection *collection;
  GListModel *evidence;
  GtkWidget *collection_window = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(AtlasPin) first = NULL;
  g_autoptr(AtlasPin) second = NULL;
  g_autoptr(AtlasPin) moved = NULL;
  guint n;

  open_and_wait (window, dataset_path);
  collection = atlas_widget_get_collection (GTK_WIDGET (window));
  /* Nothing selected, nothing to pin */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.pin-all-excerpts", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);

  select_programme (window, "jpn-itpp");
  evidence = atlas_excerpts_pane_get_model (ATLAS_EXCERPTS_PANE (find_descendant (GTK_WIDGET (window),
                                                                                  ATLAS_TYPE_EXCERPTS_PANE)));
  n = g_list_model_get_n_items (evidence);
  g_assert_cmpuint (n, >, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pin-all-excerpts", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, n);
  first = g_list_model_get_item (G_LIST_MODEL (collection), 0);
  second = g_list_model_get_item (G_LIST_MODEL (collection), 1);
  /* What they were pinned from says so */
  g_assert_nonnull (atlas_pin_get_context (first));
  /* Pinning all again adds nothing */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.pin-all-excerpts", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, n);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-collection", NULL);
  settle ();
  {
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (ATLAS_IS_COLLECTION_WINDOW (l->data))
        collection_window = l->data;
    g_list_free (toplevels);
  }
  g_assert_nonnull (collection_window);
  find_all (collection_window, ATLAS_TYPE_PIN_ROW, rows);
  g_assert_cmpuint (rows->len, ==, n);

  /* The first cannot move up; moved down, it is second */
  g_assert_false (gtk_widget_is_sensitive (find_widget (rows->pdata[0], GTK_TYPE_BUTTON, "move-up")));
  g_assert_true (gtk_widget_is_sensitive (find_widget (rows->pdata[0], GTK_TYPE_BUTTON, "move-down")));
  gtk_widget_activate_action (rows->pdata[0], "pin.move-up", NULL);
  moved = g_list_model_get_item (G_LIST_MODEL (collection), 0);
  g_assert_true (moved == first);
  g_clear_object (&moved);
  g_assert_true (gtk_widget_activate_action (rows->pdata[0], "pin.move-down", NULL));
  moved = g_list_model_get_item (G_LIST_MODEL (collection), 1);
  g_assert_true (moved == first);
  g_clear_object (&moved);
  moved = g_list_model_get_item (G_LIST_MODEL (collection), 0);
  g_assert_true (moved == second);

  /* Dropped on the first row, the third pin takes its place */
  {
    g_autoptr(GPtrArray) now = g_ptr_array_new ();
    g_autoptr(AtlasPin) third = g_list_model_get_item (G_LIST_MODEL (collection), 2);
    g_autoptr(AtlasPin) top = NULL;
    GtkEventController *target = NULL;
    g_auto(GValue) value = G_VALUE_INIT;
    GListModel *controllers;
    gboolean dropped = FALSE;

    find_all (collection_window, ATLAS_TYPE_PIN_ROW, now);
    controllers = gtk_widget_observe_controllers (now->pdata[0]);
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          target = controller;
      }
    g_object_unref (controllers);
    g_assert_nonnull (target);
    g_value_init (&value, ATLAS_TYPE_PIN);
    g_value_set_object (&value, third);
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &dropped);
    g_assert_true (dropped);
    top = g_list_model_get_item (G_LIST_MODEL (collection), 0);
    g_assert_true (top == third);
    g_clear_object (&top);
    top = g_list_model_get_item (G_LIST_MODEL (collection), 1);
    g_assert_true (top == second);
    atlas_collection_move (collection, 0, 2);
    settle ();
  }

  /* Removed from the collection's window, it is gone */
  g_ptr_array_set_size (rows, 0);
  find_all (collection_window, ATLAS_TYPE_PIN_ROW, rows);
  g_assert_true (atlas_pin_row_get_pin (rows->pdata[0]) == second);
  g_assert_true (gtk_widget_activate_action (rows->pdata[0], "pin.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, n - 1);
  g_assert_null (atlas_collection_find (collection, atlas_pin_get_excerpt_id (second), NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/collection-window/pin-reload-note", test_pin_reload_note);
  g_test_add_func ("/collection-window/pin-all-move-remove", test_pin_all_move_remove);

  return g_test_run ();
}
