/* test-bidi-isolation.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A bidi override in dataset text cannot reorder the app's own words
 * around it in the window (docs/robustness.md) */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "gui-test-utils.h"
#include "atlas-labels.h"
#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-text.h"
#include "atlas-window.h"

#define DATASET \
  "{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\"," \
  "\"partners\":[{\"id\":\"p\",\"name\":\"%s\"}],\"areas\":[]," \
  "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}]," \
  "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}]," \
  "\"programmes\":[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\"," \
  "\"status\":\"in-force\",\"text_availability\":\"public\"," \
  "\"period\":{\"start\":\"2020-01-01\",\"evidence\":[\"x\"]},\"areas\":[]}]}"

/* Where a character of @label's text is drawn, from the left */
static int
x_of (GtkLabel   *label,
      const char *needle)
{
  const char *text = gtk_label_get_text (label);
  const char *at = strstr (text, needle);
  PangoRectangle pos;

  g_assert_nonnull (at);
  pango_layout_index_to_pos (gtk_label_get_layout (label), (int) (at - text), &pos);
  return PANGO_PIXELS (pos.x);
}

static void
test_programmes_table (gconstpointer data)
{
  const char *name = data;
  g_autofree char *json = g_strdup_printf (DATASET, name);
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (json, strlen (json), NULL, NULL, NULL);
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint checked = 0;

  g_assert_nonnull (dataset);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  atlas_selection_set_dataset (atlas_window_get_selection (window), dataset);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "programmes"));
  settle ();

  find_all (GTK_WIDGET (window), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      const char *text = gtk_label_get_text (label);

      if (strstr (text, "ITPP 2020") == NULL || !gtk_widget_get_mapped (GTK_WIDGET (label)))
        continue;
      /* The name is inside an isolate, the app's words after it */
      g_assert_true (g_str_has_prefix (text, ATLAS_FSI));
      g_assert_true (g_str_has_suffix (text, ATLAS_PDI " ITPP 2020"));
      /* And drawn in their order: ITPP left of 2020, 2 left of 0 */
      g_assert_cmpint (x_of (label, "ITPP"), <, x_of (label, "2020"));
      g_assert_cmpint (x_of (label, " 2020"), <, x_of (label, "020"));
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

#define WORDING_DATASET \
  "{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\"," \
  "\"partners\":[{\"id\":\"p\",\"name\":\"P\"}],\"areas\":[{\"id\":\"a\",\"name\":\"A\"}]," \
  "\"documents\":[{\"id\":\"d\",\"title\":\"\u202eDoc\"}]," \
  "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}]," \
  "\"programmes\":[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\"," \
  "\"status\":\"in-force\",\"text_availability\":\"public\"," \
  "\"signed\":[{\"date\":\"2020\",\"text\":\"\u202elate 2020\",\"evidence\":[\"x\"]}]," \
  "\"areas\":[{\"area\":\"a\",\"status\":\"listed\",\"evidence\":[\"x\"]," \
  "\"wordings\":[{\"text\":\"\u202ecyber\",\"position\":4,\"evidence\":[\"x\"]}]}]}]}"

/* A wording, its source and a claim's words are isolated in the labels
 * that put them beside the app's own words ("“…”, no. 4 in …") */
static void
test_labels (void)
{
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (WORDING_DATASET, strlen (WORDING_DATASET), NULL, NULL, NULL);
  AtlasProgramme *programme;
  AtlasProgrammeArea *pa;
  AtlasWording *wording;
  g_autofree char *label = NULL;
  g_autofree char *claims = NULL;

  g_assert_nonnull (dataset);
  programme = atlas_dataset_find_programme (dataset, "g");
  pa = g_list_model_get_item (atlas_programme_get_areas (programme), 0);
  g_object_unref (pa);          /* the programme keeps it */
  wording = g_ptr_array_index (atlas_programme_area_get_wordings (pa), 0);
  label = atlas_label_wording (wording, TRUE);
  /* Each override is closed inside its isolate, before the app's words */
  g_assert_nonnull (strstr (label, "\u2068\u202ecyber\u2069"));
  g_assert_nonnull (strstr (label, "\u2068\u202eDoc\u2069"));
  g_assert_nonnull (strstr (label, ", no. 4 in "));
  claims = atlas_label_claims (atlas_programme_get_signed (programme));
  g_assert_nonnull (strstr (claims, "\u2068\u202elate 2020\u2069"));
}

int
main (int   argc,
      char *argv[])
{
  /* Each override, embedding and isolate that could leak past the name */
  static const char *names[] = {
    "\\u202Eevil", "\\u202Devil", "\\u202Bevil", "\\u202Aevil", "\\u2067evil", "\\u2066evil",
    "\\u2068evil", "\\u200Fevil", "\\u202Eevil\\u2069", "\\u202E\\u202E\\u2067evil", "\\u2069\\u202Eevil",
    "\\u05e2\\u05d1\\u05e8\\u05d9\\u05ea", "\\u0627\\u0644\\u0623\\u0631\\u062f\\u0646 1",
  };
  g_autofree char *home = g_dir_make_tmp ("atlas-test-home-XXXXXX", NULL);

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_strdup_printf ("/bidi-isolation/programmes-table/%u", i);
      g_test_add_data_func (path, names[i], test_programmes_table);
    }
  g_test_add_func ("/bidi-isolation/labels", test_labels);
  return g_test_run ();
}
