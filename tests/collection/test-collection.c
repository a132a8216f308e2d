/* test-collection.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reader's collection: its file read back, a save killed part way,
 * pins whose excerpt vanished, a broken file kept aside. With
 * --export-to DIR it writes a collection in every export format for
 * test-collection-exports.py to read back. */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "atlas-collection.h"
#include "atlas-collection-export.h"
#include "atlas-dataset.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"

static AtlasDataset *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_builtin (&error);

  g_assert_no_error (error);
  return dataset;
}

/* A dataset with other excerpts than the built-in one's */
static AtlasDataset *
load_other (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "export", "citations.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_file (file, NULL, &problems, &error);

  g_assert_no_error (error);
  return dataset;
}

static AtlasExcerpt *
excerpt_at (AtlasDataset *dataset,
            guint         position)
{
  g_autoptr(AtlasExcerpt) excerpt = g_list_model_get_item (atlas_dataset_get_excerpts (dataset), position);

  return excerpt;   /* the dataset keeps it */
}

/* The folders the tests made, removed once they ran */
static GPtrArray *made;

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("atlas-collection-XXXXXX", &error);

  g_assert_no_error (error);
  g_ptr_array_add (made, g_strdup (dir));
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static AtlasCollection *
reload (GFile *file)
{
  g_autoptr(GError) error = NULL;
  AtlasCollection *collection = atlas_collection_new (file, NULL);

  atlas_collection_load (collection, &error);
  g_assert_no_error (error);
  return collection;
}

static void
test_key (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasDataset) again = load_builtin ();
  g_autoptr(AtlasDataset) other = load_other ();
  g_autoptr(GFile) file = atlas_collection_file_for_dataset (dataset);
  g_autoptr(GFile) same = atlas_collection_file_for_dataset (again);
  g_autoptr(GFile) different = atlas_collection_file_for_dataset (other);
  g_autoptr(GFile) root = g_file_new_build_filename (g_get_user_data_dir (), "partnership-atlas", "collections", NULL);
  g_autofree char *relative = g_file_get_relative_path (root, file);

  /* One file per dataset, under the user's data folder, the same for a reload */
  g_assert_nonnull (relative);
  g_assert_true (g_str_has_suffix (relative, ".json"));
  g_assert_null (strchr (relative, '/'));
  g_assert_true (g_file_equal (file, same));
  g_assert_false (g_file_equal (file, different));
  /* The built-in dataset's title is translated; its collection is not */
  g_assert_true (g_str_has_prefix (relative, "built-in-"));
}

static void
test_round_trip (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "sub", "folder", "c.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AtlasCollection) collection = atlas_collection_new (file, atlas_dataset_get_title (dataset));
  g_autoptr(AtlasCollection) read = NULL;
  g_autoptr(GError) error = NULL;
  AtlasExcerpt *first = excerpt_at (dataset, 0);
  AtlasExcerpt *second = excerpt_at (dataset, 1);
  AtlasExcerpt *third = excerpt_at (dataset, 2);
  g_autoptr(AtlasPin) pin = NULL;

  atlas_collection_pin_excerpt (collection, first, NULL);
  atlas_collection_pin_excerpt (collection, second, "Maritime security · Japan ITPP 2023");
  atlas_collection_pin_excerpt (collection, third, NULL);
  /* Pinning twice keeps one pin */
  atlas_collection_pin_excerpt (collection, first, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 3);

  atlas_collection_move (collection, 2, 0);
  atlas_collection_set_note (collection, 1, "Compare with \"the 2014 text\"\nand <this> & that — 日本語");
  g_assert_true (atlas_collection_unpin (collection, atlas_excerpt_get_id (second)));
  g_assert_false (atlas_collection_unpin (collection, atlas_excerpt_get_id (second)));
  atlas_collection_pin_excerpt (collection, second, "Maritime security · Japan ITPP 2023");

  atlas_collection_save (collection, &error);
  g_assert_no_error (error);

  read = reload (file);
  g_assert_cmpstr (atlas_collection_get_title (read), ==, atlas_dataset_get_title (dataset));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (read)), ==, 3);
  pin = g_list_model_get_item (G_LIST_MODEL (read), 0);
  g_assert_cmpstr (atlas_pin_get_excerpt_id (pin), ==, atlas_excerpt_get_id (third));
  g_assert_cmpstr (atlas_pin_get_text (pin), ==, atlas_excerpt_get_text (third));
  g_clear_object (&pin);
  pin = g_list_model_get_item (G_LIST_MODEL (read), 1);
  g_assert_cmpstr (atlas_pin_get_excerpt_id (pin), ==, atlas_excerpt_get_id (first));
  g_assert_cmpstr (atlas_pin_get_note (pin), ==, "Compare with \"the 2014 text\"\nand <this> & that — 日本語");
  g_clear_object (&pin);
  pin = g_list_model_get_item (G_LIST_MODEL (read), 2);
  g_assert_cmpstr (atlas_pin_get_context (pin), ==, "Maritime security · Japan ITPP 2023");

  /* Resolved against the dataset, every pin finds its excerpt */
  atlas_collection_resolve (read, dataset);
  g_assert_cmpuint (atlas_collection_get_n_vanished (read), ==, 0);
  g_assert_true (atlas_pin_get_excerpt (pin) == second);
}

static void
test_vanished (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasDataset) newer = load_other ();
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "c.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AtlasCollection) collection = atlas_collection_new (file, NULL);
  g_autoptr(AtlasCollection) read = NULL;
  g_autoptr(AtlasPin) pin = NULL;
  g_autoptr(GError) error = NULL;
  AtlasExcerpt *excerpt = excerpt_at (dataset, 3);
  g_autofree char *markdown = NULL;
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  atlas_collection_pin_excerpt (collection, excerpt, NULL);
  atlas_collection_pin_excerpt (collection, excerpt_at (newer, 0), NULL);
  atlas_collection_set_note (collection, 0, "my note");
  atlas_collection_resolve (collection, newer);

  /* The excerpt is gone from the newer dataset: the pin stays, marked */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 2);
  g_assert_cmpuint (atlas_collection_get_n_vanished (collection), ==, 1);
  pin = g_list_model_get_item (G_LIST_MODEL (collection), 0);
  g_assert_true (atlas_pin_get_vanished (pin));
  g_assert_null (atlas_pin_get_excerpt (pin));
  g_assert_cmpstr (atlas_pin_get_text (pin), ==, atlas_excerpt_get_text (excerpt));
  g_assert_cmpstr (atlas_pin_get_locator (pin), ==, atlas_excerpt_get_locator (excerpt));
  g_clear_object (&pin);

  /* and it is saved, read back, and exported as it was */
  atlas_collection_save (collection, &error);
  g_assert_no_error (error);
  read = reload (file);
  atlas_collection_resolve (read, newer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (read)), ==, 2);
  pin = g_list_model_get_item (G_LIST_MODEL (read), 0);
  g_assert_true (atlas_pin_get_vanished (pin));
  g_assert_cmpstr (atlas_pin_get_note (pin), ==, "my note");
  g_clear_object (&pin);

  atlas_collection_export_write (ATLAS_COLLECTION_EXPORT_MARKDOWN, read, stream, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL);
  g_output_stream_close (stream, NULL, NULL);
  markdown = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_nonnull (strstr (markdown, "no longer in the dataset"));
  g_assert_nonnull (strstr (markdown, "my note"));

  /* Back on the old dataset, the pin finds its excerpt again */
  atlas_collection_resolve (read, dataset);
  g_assert_cmpuint (atlas_collection_get_n_vanished (read), ==, 1);
}

static void
test_broken (void)
{
  static const struct { const char *text; const char *where; } cases[] = {
    { "{\"format\": \"partnership-atlas-collection\", \"version\": 1, \"pins\": [", ":1:" },
    { "{\"format\": \"partnership-atlas-collection\",\n \"version\": 1,\n \"pins\": [{\"text\": \"x\"}]}", ":3:" },
    { "{\"format\": \"something-else\", \"version\": 1, \"pins\": []}", "$.format" },
    { "{\"format\": \"partnership-atlas-collection\", \"version\": 99, \"pins\": []}", "newer" },
    { "{\"format\": \"partnership-atlas-collection\", \"version\": 1,\n \"pins\": [{\"excerpt\": 5}]}", "$.pins[0].excerpt" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = temp_dir ();
      g_autofree char *path = g_build_filename (dir, "c.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(AtlasCollection) collection = atlas_collection_new (file, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;
      const char *name;
      gboolean kept = FALSE;

      g_file_set_contents (path, cases[i].text, -1, &error);
      g_assert_no_error (error);
      g_assert_false (atlas_collection_load (collection, &error));
      g_assert_error (error, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_BROKEN);
      g_test_message ("%s", error->message);
      /* The message says where and what, and where the file went */
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, cases[i].where));
      g_assert_nonnull (strstr (error->message, "c.json.broken-"));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);

      /* The broken file is kept aside, whole, and a save does not touch it */
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_clear_error (&error);
      atlas_collection_save (collection, &error);
      g_assert_no_error (error);
      listing = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (listing)) != NULL)
        if (g_str_has_prefix (name, "c.json.broken-"))
          {
            g_autofree char *aside = g_build_filename (dir, name, NULL);
            g_autofree char *contents = NULL;

            g_file_get_contents (aside, &contents, NULL, NULL);
            g_assert_cmpstr (contents, ==, cases[i].text);
            kept = TRUE;
          }
      g_assert_true (kept);
    }
}

static void
test_missing (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "none.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AtlasCollection) collection = reload (file);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (collection)), ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The child saves the collection over and over, each round with every
 * note saying the round, until it is killed */
G_GNUC_NORETURN static void
save_forever (AtlasCollection *collection)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (collection));

  for (guint round = 1;; round++)
    {
      g_autofree char *note = g_strdup_printf ("round %u", round);

      for (guint i = 0; i < n; i++)
        atlas_collection_set_note (collection, i, note);
      if (!atlas_collection_save (collection, NULL))
        _exit (3);
    }
}

static void
test_killed_mid_save (void)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "c.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AtlasCollection) collection = atlas_collection_new (file, "killed");
  GListModel *excerpts = atlas_dataset_get_excerpts (dataset);
  guint n = g_list_model_get_n_items (excerpts);
  g_autoptr(GError) error = NULL;
  guint last_round = 0;

  for (guint i = 0; i < n; i++)
    atlas_collection_pin_excerpt (collection, excerpt_at (dataset, i), NULL);
  atlas_collection_set_note (collection, 0, "round 0");
  atlas_collection_save (collection, &error);
  g_assert_no_error (error);

  for (guint kill_round = 0; kill_round < 25; kill_round++)
    {
      g_autoptr(AtlasCollection) read = NULL;
      g_autoptr(AtlasPin) first = NULL;
      const char *note;
      guint round;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        save_forever (collection);
      g_usleep (g_random_int_range (2000, 40000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      /* Whenever it was killed, the file is a whole collection: all the
       * pins, all with the notes of one round */
      read = reload (file);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (read)), ==, n);
      first = g_list_model_get_item (G_LIST_MODEL (read), 0);
      note = atlas_pin_get_note (first);
      g_assert_true (g_str_has_prefix (note, "round "));
      round = atoi (note + strlen ("round "));
      for (guint i = 1; round > 0 && i < n; i++)
        {
          g_autoptr(AtlasPin) pin = g_list_model_get_item (G_LIST_MODEL (read), i);

          g_assert_cmpstr (atlas_pin_get_note (pin), ==, note);
        }
      g_test_message ("killed after round %u", round);
      last_round = MAX (last_round, round);
    }
  /* The test did kill saves part way, not only between them */
  g_assert_cmpuint (last_round, >, 0);
}

/* Writes a collection of the built-in dataset, with a note, a context and
 * a vanished pin, in each export format into @dir */
static int
export_to (const char *dir)
{
  g_autoptr(AtlasDataset) dataset = load_builtin ();
  g_autoptr(AtlasCollection) collection = atlas_collection_new (NULL, NULL);
  g_autoptr(AtlasPin) gone = atlas_pin_new ("x-gone", "A passage <b>no longer</b> & gone.", "d-gone",
                                            "A withdrawn report", "p. 4");
  g_autoptr(GError) error = NULL;

  atlas_collection_pin_excerpt (collection, excerpt_at (dataset, 0), NULL);
  atlas_collection_pin_excerpt (collection, excerpt_at (dataset, 5), "Maritime security · Japan ITPP 2023");
  atlas_collection_append (collection, gone);
  atlas_collection_pin_excerpt (collection, excerpt_at (dataset, 9), NULL);
  atlas_collection_set_note (collection, 0, "Quote this in section 2 — <not markup> & “quotes”");
  atlas_collection_set_note (collection, 2, "Check the new edition");
  atlas_collection_resolve (collection, dataset);

  for (guint i = 0; i < ATLAS_N_COLLECTION_EXPORT_FORMATS; i++)
    {
      g_autofree char *name = g_strdup_printf ("collection-%s.%s", atlas_collection_export_format_to_name (i),
                                               atlas_collection_export_extension (i));
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (!atlas_collection_export_to_file (i, collection, file, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 3 && strcmp (argv[1], "--export-to") == 0)
    return export_to (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collection/key", test_key);
  g_test_add_func ("/collection/round-trip", test_round_trip);
  g_test_add_func ("/collection/vanished", test_vanished);
  g_test_add_func ("/collection/broken", test_broken);
  g_test_add_func ("/collection/missing", test_missing);
  g_test_add_func ("/collection/killed-mid-save", test_killed_mid_save);

  made = g_ptr_array_new_with_free_func (g_free);
  status = g_test_run ();
  for (guint i = 0; i < made->len; i++)
    remove_tree (made->pdata[i]);
  g_ptr_array_unref (made);
  return status;
}
