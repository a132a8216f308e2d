/* test-excerpt-row.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An excerpt's row under Xvfb: a long excerpt shows its start until the
 * reader asks for the whole of it, and the row starts short again for the
 * next excerpt it shows. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>

#include "gui-test-utils.h"

#include "atlas-dataset.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-loader.h"

static AtlasDataset *
dataset_with_excerpt (guint n_chars)
{
  g_autoptr(GString) s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\","
                                       "\"partners\":[{\"id\":\"p\",\"name\":\"P\"}],"
                                       "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}],"
                                       "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"");
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset;

  for (guint i = 0; i < n_chars; i++)
    g_string_append (s, i % 7 == 6 ? " " : "é");
  g_string_append (s, "\"}],\"areas\":[],\"programmes\":[]}");
  dataset = atlas_loader_load_data (s->str, s->len, NULL, NULL, &error);
  g_assert_no_error (error);
  return dataset;
}

static GtkWidget *
quote_label (GtkWidget *row)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  find_all (row, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (labels->pdata[i], "quotation"))
      return labels->pdata[i];
  g_assert_not_reached ();
}

static void
test_long_excerpt (void)
{
  g_autoptr(AtlasDataset) long_one = dataset_with_excerpt (100000);
  g_autoptr(AtlasDataset) short_one = dataset_with_excerpt (50);
  g_autoptr(AtlasExcerpt) big = g_list_model_get_item (atlas_dataset_get_excerpts (long_one), 0);
  g_autoptr(AtlasExcerpt) small = g_list_model_get_item (atlas_dataset_get_excerpts (short_one), 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row = atlas_excerpt_row_new ();
  g_autofree char *start = g_utf8_substring (atlas_excerpt_get_text (big), 0, 10);
  GtkWidget *button;
  GtkWidget *quote;

  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_present (GTK_WINDOW (window));
  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (row), big);
  wait_for_idle ();
  quote = quote_label (row);
  button = find_widget (row, GTK_TYPE_BUTTON, NULL);
  g_assert_nonnull (button);

  /* The start, marked as cut, and the button for the rest */
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_text (GTK_LABEL (quote)), -1), <, 2100);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (quote)) + strlen ("“"), start));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (quote)), "…"));
  g_assert_true (gtk_widget_get_visible (button));

  /* The whole of it, asked for */
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_text (GTK_LABEL (quote)), -1), ==,
                   g_utf8_strlen (atlas_excerpt_get_text (big), -1) + 2);
  g_assert_false (gtk_widget_get_visible (button));

  /* A short excerpt is whole, without the button; a long one is cut again */
  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (row), small);
  g_assert_false (gtk_widget_get_visible (button));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (quote)), atlas_excerpt_get_text (small)));
  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (row), big);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpint (g_utf8_strlen (gtk_label_get_text (GTK_LABEL (quote)), -1), <, 2100);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/excerpt-row/long-excerpt", test_long_excerpt);

  return g_test_run ();
}
