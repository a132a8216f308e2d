/* test-pdf-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Long text in the comparison PDF, read back with poppler's pdftotext: a
 * cell many pages long keeps all its text, in order, with nothing lost or
 * repeated where a page breaks, whether it is words, paragraphs or one
 * unbroken run (which Pango can break only between characters), when
 * two cells of one row run over different numbers of pages, and in the
 * list of sources after the table. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "atlas-export.h"
#include "atlas-table.h"

/* Numbered words, with a paragraph break (and an empty line) now and
 * then, so that a word out of place or missing shows */
static char *
numbered_words (char  prefix,
                guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (s, "%c%06u", prefix, i);
      g_string_append (s, i % 500 == 499 ? "\n\n" : i % 7 == 6 ? ", " : " ");
    }
  return g_string_free (s, FALSE);
}

/* One unbroken run: Q, a number, Z, again and again */
static char *
unbroken_run (guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "Q%05uZ", i);
  return g_string_free (s, FALSE);
}

static AtlasTable *
make_table (const char *first,
            const char *second)
{
  AtlasTable *table = atlas_table_new ("comparison", "Long text");

  atlas_table_add_column (table, "area", "Cooperation area");
  atlas_table_add_column (table, "status", "ROK ITPP 2023");
  atlas_table_add_column (table, "first", "First text");
  atlas_table_add_column (table, "second", "Second text");
  for (guint r = 0; r < 3; r++)
    {
      guint row = atlas_table_add_row (table);

      atlas_table_set_text (table, row, 0, r == 1 ? "Cyber defence" : "Maritime security");
      atlas_table_set_status (table, row, 1, ATLAS_AREA_STATUS_LISTED, "Listed");
      atlas_table_set_text (table, row, 2, r == 1 ? first : "Short.");
      atlas_table_set_text (table, row, 3, r == 1 ? second : "Short.");
    }
  return table;
}

/* The PDF's text in the order it is drawn, or NULL (and the test
 * skipped) without pdftotext; sets @n_pages */
static char *
pdf_text (AtlasTable *table,
          guint      *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdf-text-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "t.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *info = NULL;
  const char *pages;
  char *text = NULL;
  int status;

  g_assert_no_error (error);
  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext or pdfinfo is not installed");
      return NULL;
    }
  g_assert_true (atlas_export_to_file (ATLAS_EXPORT_PDF, table, NULL, file, NULL, &error));
  g_assert_no_error (error);

  {
    const char *argv[] = { pdftotext, "-raw", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &text, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { pdfinfo, path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &info, NULL, &status, &error));
    g_assert_no_error (error);
  }
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  *n_pages = (guint) g_ascii_strtoull (pages + strlen ("Pages:") + strspn (pages + strlen ("Pages:"), " "),
                                       NULL, 10);
  g_unlink (path);
  g_rmdir (dir);
  return text;
}

/* The words of @text that start with @prefix followed by digits, in
 * order, each without the punctuation after it */
static GString *
words_with (const char *text,
            char        prefix)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  GString *found = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] == prefix && g_ascii_isdigit (words[i][1]))
      {
        g_string_append_len (found, words[i], strspn (words[i] + 1, "0123456789") + 1);
        g_string_append_c (found, ' ');
      }
  return found;
}

static void
test_words (void)
{
  /* the first about 40 pages long, the second half that */
  guint n_first = 12000, n_second = 6000;
  g_autofree char *first = numbered_words ('w', n_first);
  g_autofree char *second = numbered_words ('v', n_second);
  g_autoptr(AtlasTable) table = make_table (first, second);
  g_autofree char *text = NULL;
  g_autoptr(GString) w = NULL;
  g_autoptr(GString) v = NULL;
  g_autoptr(GString) want_w = g_string_new (NULL);
  g_autoptr(GString) want_v = g_string_new (NULL);
  guint n_pages = 0;

  text = pdf_text (table, &n_pages);
  if (text == NULL)
    return;
  /* The row does run over many pages */
  g_assert_cmpuint (n_pages, >, 20);

  for (guint i = 0; i < n_first; i++)
    g_string_append_printf (want_w, "w%06u ", i);
  for (guint i = 0; i < n_second; i++)
    g_string_append_printf (want_v, "v%06u ", i);
  w = words_with (text, 'w');
  v = words_with (text, 'v');
  g_assert_cmpstr (w->str, ==, want_w->str);
  g_assert_cmpstr (v->str, ==, want_v->str);
  /* and the rows after it follow it */
  g_assert_nonnull (strstr (strrchr (text, 'w'), "Short."));
}

static void
test_unbroken (void)
{
  guint n = 6000;   /* 42,000 characters without a space */
  g_autofree char *run = unbroken_run (n);
  g_autoptr(AtlasTable) table = make_table (run, "A short neighbour.");
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  guint n_pages = 0;

  text = pdf_text (table, &n_pages);
  if (text == NULL)
    return;
  g_assert_cmpuint (n_pages, >, 5);

  /* Every piece of the run is a word of its own, made of Q, Z and digits */
  words = g_regex_split_simple ("\\s+", text, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0' && strspn (words[i], "QZ0123456789") == strlen (words[i]) &&
        strpbrk (words[i], "QZ") != NULL)
      g_string_append (found, words[i]);
  g_assert_cmpuint (found->len, ==, strlen (run));
  g_assert_cmpstr (found->str, ==, run);
}

/* A source's reference is dataset text too (a document's title may be
 * 1 MiB): a long one goes on over pages, whole and in order */
static void
test_source (void)
{
  guint n = 8000;
  g_autofree char *words = numbered_words ('s', n);
  g_autoptr(AtlasTable) table = make_table ("Short.", "Short.");
  g_autoptr(GString) want = g_string_new (NULL);
  g_autoptr(GString) found = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  g_assert_cmpuint (atlas_table_cite (table, "doc", words, NULL, NULL), ==, 1);
  text = pdf_text (table, &n_pages);
  if (text == NULL)
    return;
  g_assert_cmpuint (n_pages, >, 5);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (want, "s%06u ", i);
  found = words_with (text, 's');
  g_assert_cmpstr (found->str, ==, want->str);
  g_assert_nonnull (strstr (text, "[1]"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);

  g_test_add_func ("/pdf-text/words", test_words);
  g_test_add_func ("/pdf-text/unbroken", test_unbroken);
  g_test_add_func ("/pdf-text/source", test_source);
  return g_test_run ();
}
