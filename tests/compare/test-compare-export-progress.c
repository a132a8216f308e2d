/* test-compare-export-progress.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's export of a big comparison under Xvfb: the bar above
 * the table shows how far along it is while the export runs, its Cancel
 * stops the export and leaves nothing where the file would have been (or
 * the old file as it was), and an export left alone completes and hides
 * the bar. The comparison (1,500 areas × 40 programmes, a long table of
 * 60,000 rows with wording and evidence) is made so that the export is
 * still building its table when the test presses Cancel, right after
 * starting it. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "gui-test-utils.h"

#include "atlas-compare-page.h"
#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-loader.h"
#include "atlas-selection.h"

#define N_AREAS 1500
#define N_PROGRAMMES 40   /* the most the page compares */

static AtlasDataset *dataset;

typedef struct
{
  AtlasSelection *selection;
  GtkWidget *window;
  AtlasComparePage *page;
  char *dir;
} Fixture;

/* minimal.json with many areas and programmes, each programme as its
 * one programme is (with a different area) */
static AtlasDataset *
make_dataset (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *model_text = NULL;
  JsonObject *root;
  JsonArray *areas = json_array_new ();
  JsonArray *programmes = json_array_new ();
  gsize length;
  AtlasDataset *made;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  json_generator_set_root (generator, json_array_get_element (json_object_get_array_member (root, "programmes"), 0));
  model_text = json_generator_to_data (generator, NULL);

  for (guint i = 0; i < N_AREAS; i++)
    {
      JsonObject *area = json_object_new ();
      g_autofree char *id = g_strdup_printf ("area-%u", i);
      g_autofree char *name = g_strdup_printf ("Cooperation area %u", i);

      json_object_set_string_member (area, "id", id);
      json_object_set_string_member (area, "name", name);
      json_object_set_string_member (area, "group", "tech");
      json_array_add_object_element (areas, area);
    }
  for (guint i = 0; i < N_PROGRAMMES; i++)
    {
      g_autoptr(JsonNode) node = json_from_string (model_text, &error);
      JsonObject *programme;
      /* The first keeps its id, which the events name */
      g_autofree char *id = i == 0 ? g_strdup ("kor-itpp") : g_strdup_printf ("prog-%u", i);
      g_autofree char *title = g_strdup_printf ("Programme %u", i);
      g_autofree char *area = g_strdup_printf ("area-%u", i % N_AREAS);

      g_assert_no_error (error);
      programme = json_node_get_object (node);
      json_object_set_string_member (programme, "id", id);
      json_object_set_string_member (programme, "title", title);
      json_object_set_string_member (json_array_get_object_element (json_object_get_array_member (programme, "areas"), 0),
                                     "area", area);
      json_array_add_object_element (programmes, json_object_ref (programme));
    }
  json_object_set_array_member (root, "areas", areas);
  json_object_set_array_member (root, "programmes", programmes);

  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  made = atlas_loader_load_data (text, length, NULL, NULL, &error);
  g_assert_no_error (error);
  return made;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  f->dir = g_dir_make_tmp ("compare-export-progress-XXXXXX", NULL);
  f->selection = atlas_selection_new ();
  atlas_selection_set_dataset (f->selection, dataset);
  f->page = ATLAS_COMPARE_PAGE (atlas_compare_page_new (f->selection));
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  g_ptr_array_add (ids, g_strdup ("kor-itpp"));
  for (guint i = 1; i < N_PROGRAMMES; i++)
    g_ptr_array_add (ids, g_strdup_printf ("prog-%u", i));
  g_ptr_array_add (ids, NULL);
  atlas_compare_page_set_programmes (f->page, (const char * const *) ids->pdata);
  wait_for_idle ();
  g_assert_cmpuint (atlas_comparison_get_n_rows (atlas_compare_page_get_comparison (f->page)), ==, N_AREAS);
  g_assert_cmpuint (atlas_comparison_get_n_columns (atlas_compare_page_get_comparison (f->page)), ==, N_PROGRAMMES);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  wait_for_idle ();
  g_clear_object (&f->selection);
  g_rmdir (f->dir);
  g_free (f->dir);
}

typedef struct
{
  gboolean done;
  gboolean ok;
  GError *error;
} Result;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Result *r = user_data;

  r->ok = atlas_compare_page_export_finish (ATLAS_COMPARE_PAGE (object), result, &r->error);
  r->done = TRUE;
}

static GtkRevealer *
export_revealer (Fixture *f)
{
  GtkWidget *bar = find_widget (GTK_WIDGET (f->page), GTK_TYPE_PROGRESS_BAR, "export-bar");
  GtkWidget *revealer;

  g_assert_nonnull (bar);
  revealer = gtk_widget_get_ancestor (bar, GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  return GTK_REVEALER (revealer);
}

static GtkButton *
cancel_button (Fixture *f)
{
  GtkWidget *found = find_widget (GTK_WIDGET (export_revealer (f)), GTK_TYPE_BUTTON, "export-cancel");

  g_assert_nonnull (found);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (found)), ==, "compare.cancel-export");
  return GTK_BUTTON (found);
}

static const AtlasTableOptions big_options = { ATLAS_TABLE_LAYOUT_LONG, TRUE, TRUE, FALSE };

/* Cancel, pressed while the export runs, stops it: the export fails as
 * cancelled, nothing is left where the file would have been, or the old
 * file is as it was; the bar goes */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  gboolean existing = GPOINTER_TO_INT (data);
  g_autofree char *path = g_build_filename (f->dir, "comparison.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GDir) listing = NULL;
  Result r = { 0 };

  if (existing)
    g_assert_true (g_file_set_contents (path, "precious", -1, NULL));
  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &big_options, FALSE, FALSE, file, NULL, exported_cb, &r);

  /* The bar is there at once, with a Cancel that can be pressed */
  g_assert_true (gtk_revealer_get_reveal_child (export_revealer (f)));
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (cancel_button (f))));
  g_signal_emit_by_name (cancel_button (f), "clicked");

  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (r.ok);
  g_clear_error (&r.error);
  wait_for_idle ();
  g_assert_false (gtk_revealer_get_reveal_child (export_revealer (f)));

  listing = g_dir_open (f->dir, 0, NULL);
  if (existing)
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "precious");
      g_assert_cmpstr (g_dir_read_name (listing), ==, "comparison.csv");
      g_unlink (path);
    }
  /* and nothing else: no temporary file */
  g_assert_null (g_dir_read_name (listing));
}

/* An export left alone shows its progress as it goes (never going back)
 * and completes: the bar goes, the file holds the whole table */
static void
test_completes (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "comparison.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  GtkProgressBar *bar;
  double last = 0;
  guint n_lines = 0;
  Result r = { 0 };

  atlas_compare_page_export (f->page, ATLAS_EXPORT_CSV, &big_options, FALSE, FALSE, file, NULL, exported_cb, &r);
  bar = GTK_PROGRESS_BAR (find_widget (GTK_WIDGET (f->page), GTK_TYPE_PROGRESS_BAR, "export-bar"));
  g_assert_true (gtk_revealer_get_reveal_child (export_revealer (f)));
  g_assert_nonnull (strstr (gtk_progress_bar_get_text (bar), "%"));
  while (!r.done)
    {
      g_main_context_iteration (NULL, TRUE);
      if (!r.done)
        {
          g_assert_cmpfloat (gtk_progress_bar_get_fraction (bar), >=, last);
          last = gtk_progress_bar_get_fraction (bar);
        }
    }
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  wait_for_idle ();
  g_assert_false (gtk_revealer_get_reveal_child (export_revealer (f)));

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n_lines++;
  g_assert_cmpuint (n_lines, ==, 1 + N_AREAS * N_PROGRAMMES);
  g_unlink (path);
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

  dataset = make_dataset ();

  g_test_add ("/compare-export-progress/cancel-new-file", Fixture, GINT_TO_POINTER (FALSE),
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/compare-export-progress/cancel-existing-file", Fixture, GINT_TO_POINTER (TRUE),
              fixture_set_up, test_cancel, fixture_tear_down);
  g_test_add ("/compare-export-progress/completes", Fixture, NULL,
              fixture_set_up, test_completes, fixture_tear_down);
  return g_test_run ();
}
