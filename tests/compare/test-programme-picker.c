/* test-programme-picker.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The programme picker alone, under Xvfb: it lists the programmes it is
 * given, checks the chosen ones, searches, and reports a toggle or the
 * reader's Escape by its signals without changing the choice itself. */

#include "config.h"

#include <locale.h>

#include <adwaita.h>

#include "gui-test-utils.h"

#include "atlas-dataset.h"
#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-programme-picker.h"

static AtlasDataset *dataset;

static void
collect_checks (GtkWidget *root,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_object_get_data (G_OBJECT (root), "atlas-programme") != NULL)
    g_ptr_array_add (checks, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_checks (child, checks);
}

static void
toggled_cb (AtlasProgrammePicker *picker,
            AtlasProgramme       *programme,
            GPtrArray            *toggled)
{
  g_ptr_array_add (toggled, programme);
}

static void
count_cb (AtlasProgrammePicker *picker,
          guint                *count)
{
  (*count)++;
}

static void
test_picker (void)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *picker = atlas_programme_picker_new ();
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) toggled = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(AtlasProgramme) first = g_list_model_get_item (programmes, 0);
  g_autoptr(AtlasProgramme) second = g_list_model_get_item (programmes, 1);
  GtkWidget *list;
  GtkWidget *search;
  GListModel *shown;
  guint dismissed = 0;
  guint n_active = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 1600);
  gtk_window_set_child (GTK_WINDOW (window), picker);
  atlas_programme_picker_set_programmes (ATLAS_PROGRAMME_PICKER (picker), programmes);
  g_assert_true (atlas_programme_picker_get_programmes (ATLAS_PROGRAMME_PICKER (picker)) == programmes);
  g_ptr_array_add (chosen, g_object_ref (second));
  atlas_programme_picker_set_chosen (ATLAS_PROGRAMME_PICKER (picker), chosen);
  g_signal_connect (picker, "toggled", G_CALLBACK (toggled_cb), toggled);
  g_signal_connect (picker, "dismissed", G_CALLBACK (count_cb), &dismissed);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_idle ();

  list = find_descendant (picker, GTK_TYPE_LIST_VIEW);
  shown = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (programmes));

  /* The chosen programme's check, and only its, is active */
  collect_checks (picker, checks);
  g_assert_cmpuint (checks->len, >, 1);
  for (guint i = 0; i < checks->len; i++)
    {
      AtlasProgramme *p = g_object_get_data (checks->pdata[i], "atlas-programme");

      g_assert_cmpint (gtk_check_button_get_active (checks->pdata[i]), ==, p == second);
      n_active += gtk_check_button_get_active (checks->pdata[i]);
    }
  g_assert_cmpuint (n_active, ==, 1);

  /* Activating a row asks for a toggle; the picker itself changes nothing */
  g_signal_emit_by_name (list, "activate", 0);
  g_assert_cmpuint (toggled->len, ==, 1);
  g_assert_true (toggled->pdata[0] == first);
  for (guint i = 0; i < checks->len; i++)
    if (g_object_get_data (checks->pdata[i], "atlas-programme") == first)
      g_assert_false (gtk_check_button_get_active (checks->pdata[i]));

  /* A new choice checks the boxes again */
  g_ptr_array_add (chosen, g_object_ref (first));
  atlas_programme_picker_set_chosen (ATLAS_PROGRAMME_PICKER (picker), chosen);
  for (guint i = 0; i < checks->len; i++)
    if (g_object_get_data (checks->pdata[i], "atlas-programme") == first)
      g_assert_true (gtk_check_button_get_active (checks->pdata[i]));

  /* Search by the programme's id leaves it alone; Enter toggles it */
  search = find_descendant (picker, GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search), atlas_programme_get_id (second));
  g_signal_emit_by_name (search, "search-changed");
  wait_for_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpuint (toggled->len, ==, 2);
  g_assert_true (toggled->pdata[1] == second);

  /* Escape clears the search first, then dismisses */
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  g_assert_cmpuint (dismissed, ==, 0);
  wait_for_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, g_list_model_get_n_items (programmes));
  g_signal_emit_by_name (search, "stop-search");
  g_assert_cmpuint (dismissed, ==, 1);

  /* Reset empties the search */
  gtk_editable_set_text (GTK_EDITABLE (search), "ITPP");
  atlas_programme_picker_reset (ATLAS_PROGRAMME_PICKER (picker));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  dataset = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);

  g_test_add_func ("/programme-picker/choose", test_picker);

  ret = g_test_run ();
  g_object_unref (dataset);
  return ret;
}
