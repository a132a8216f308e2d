/* test-hostile.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Datasets made to hurt: too deep, too long, too many, too large, badly
 * encoded, ambiguous, circular, or not files at all. Each must be loaded
 * correctly or refused with a clear, located message naming the limit it
 * went past: never a crash, a hang or memory out of proportion to the
 * file. Inputs that fit in a few KB live in tests/data/bad/; these are the
 * ones made at run time, because of their size or because they are not
 * regular files. See docs/robustness.md.
 *
 * ATLAS_TEST_SMALL=1 (set for the valgrind run of build-aux/test) makes the
 * large inputs small, as valgrind runs code some 30 times slower; the
 * limits themselves are still crossed. */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "atlas-builtin-resources.h"
#include "atlas-comparison.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-error.h"
#include "atlas-limits.h"
#include "atlas-loader.h"
#include "atlas-partner.h"
#include "atlas-problem.h"
#include "atlas-programme.h"
#include "atlas-text.h"

static gboolean small;

/* {{{ Helpers */

/* A dataset with the given lists (JSON arrays, or NULL for empty). Built
 * by concatenation: the lists may hold any text, "%" included. */
static char *
make_dataset (const char *partners,
              const char *areas,
              const char *documents,
              const char *excerpts,
              const char *programmes)
{
  return g_strconcat ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\",",
                      "\"partners\":", partners ? partners : "[]", ",",
                      "\"areas\":", areas ? areas : "[]", ",",
                      "\"documents\":", documents ? documents : "[]", ",",
                      "\"excerpts\":", excerpts ? excerpts : "[]", ",",
                      "\"programmes\":", programmes ? programmes : "[]", "}",
                      NULL);
}

static AtlasDataset *
load_text (const char  *text,
           gsize        length,
           GPtrArray  **problems,
           GError     **error)
{
  return atlas_loader_load_data (text, length, NULL, problems, error);
}

static AtlasDataset *
expect_loads (const char *text,
              gsize       length)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = load_text (text, length, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
  return dataset;
}

/* The first problem: its code, place and a part of its message */
static void
expect_problem (const char     *text,
                gsize           length,
                AtlasLoadError  code,
                guint           line,
                guint           column,
                const char     *fragment)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = load_text (text, length, &problems, &error);
  const AtlasProblem *first;

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, error->code);
  g_assert_cmpuint (problems->len, >, 0);
  first = g_ptr_array_index (problems, 0);
  if (strstr (first->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", first->message, fragment);
  g_assert_cmpint (first->code, ==, code);
  g_assert_cmpuint (first->line, ==, line);
  g_assert_cmpuint (first->column, ==, column);
}

static AtlasDataset *
load_path (const char  *path,
           GPtrArray  **problems,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return atlas_loader_load_file (file, NULL, problems, error);
}

/* Peak resident memory of this process so far, in bytes */
static gsize
peak_rss (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_SELF, &usage), ==, 0);
  return (gsize) usage.ru_maxrss * 1024;
}

/* }}} */
/* {{{ Nesting */

/* 100,000 levels of objects: refused at the 65th, by a counter and not
 * the C stack (the arrays are in test-loader) */
static void
test_nesting_objects (void)
{
  gsize n = 100000;
  GString *s = g_string_sized_new (6 * n + 2);

  for (gsize i = 0; i < n; i++)
    g_string_append (s, "{\"a\":");
  g_string_append (s, "0");
  for (gsize i = 0; i < n; i++)
    g_string_append_c (s, '}');

  /* The 65th "{" is at byte 64 × 5 */
  expect_problem (s->str, s->len, ATLAS_LOAD_ERROR_TOO_DEEP, 1, 64 * 5 + 1, "64 levels");
  g_string_free (s, TRUE);
}

/* }}} */
/* {{{ Long strings, many values */

static char *
dataset_with_title (gsize length)
{
  g_autofree char *title = g_malloc (length + 1);

  memset (title, 'a', length);
  title[length] = '\0';
  return g_strconcat ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"", title,
                      "\",\"partners\":[],\"areas\":[],\"documents\":[],\"excerpts\":[],\"programmes\":[]}",
                      NULL);
}

static void
test_string_at_limit (void)
{
  g_autofree char *text = dataset_with_title (ATLAS_MAX_STRING_LENGTH);
  g_autoptr(AtlasDataset) dataset = expect_loads (text, strlen (text));

  g_assert_cmpuint (strlen (atlas_dataset_get_title (dataset)), ==, ATLAS_MAX_STRING_LENGTH);
}

static void
test_string_over_limit (void)
{
  g_autofree char *text = dataset_with_title (ATLAS_MAX_STRING_LENGTH + 1);
  guint column = strstr (text, "\"aaa") - text + 1;

  /* Located at its opening quote */
  expect_problem (text, strlen (text), ATLAS_LOAD_ERROR_LIMIT, 1, column, "longer than 1048576 bytes");
}

static void
test_key_over_limit (void)
{
  gsize n = ATLAS_MAX_STRING_LENGTH + 1;
  g_autofree char *key = g_malloc (n + 1);
  g_autofree char *text = NULL;

  memset (key, 'k', n);
  key[n] = '\0';
  text = g_strconcat ("{\"", key, "\":1}", NULL);
  expect_problem (text, strlen (text), ATLAS_LOAD_ERROR_LIMIT, 1, 2, "longer than 1048576 bytes");
}

/* The limit is on the string as written: escapes cannot smuggle more */
static void
test_escaped_string_over_limit (void)
{
  gsize n = ATLAS_MAX_STRING_LENGTH / 6 + 1;
  GString *s = g_string_new ("[\"");

  for (gsize i = 0; i < n; i++)
    g_string_append (s, "\\u00e9");
  g_string_append (s, "\"]");
  expect_problem (s->str, s->len, ATLAS_LOAD_ERROR_LIMIT, 1, 2, "longer than 1048576 bytes");
  g_string_free (s, TRUE);
}

/* Values are 32 bytes each in the parser: past ATLAS_MAX_VALUES the file
 * is refused, so the parser never holds more than 1 GiB of them */
static void
test_too_many_values (void)
{
  gsize n = ATLAS_MAX_VALUES + 1;
  g_autofree char *message = g_strdup_printf ("more than %" G_GSIZE_FORMAT " values", (gsize) ATLAS_MAX_VALUES);
  g_autofree char *text = NULL;
  gsize length = 2 * n + 1;

  if (small)
    {
      g_test_skip ("32 million values take too long under valgrind");
      return;
    }

  /* "[0,0,…,0]": the array is value 1, so the last "0" is one too many */
  text = g_malloc (length + 1);
  text[0] = '[';
  for (gsize i = 0; i < n; i++)
    {
      text[1 + 2 * i] = '0';
      text[2 + 2 * i] = ',';
    }
  text[length - 1] = ']';
  text[length] = '\0';
  expect_problem (text, length, ATLAS_LOAD_ERROR_LIMIT, 1, 1 + 2 * (ATLAS_MAX_VALUES - 1) + 1, message);
}

/* A valid dataset with many records loads, and in time linear in them */
static void
test_many_records (void)
{
  guint n = small ? 2000 : 200000;
  GString *partners = g_string_new ("[");
  g_autofree char *text = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (partners, "%s{\"id\":\"p%u\",\"name\":\"Partner %u\"}", i ? "," : "", i, i);
  g_string_append_c (partners, ']');
  text = make_dataset (partners->str, NULL, NULL, NULL, NULL);
  g_string_free (partners, TRUE);

  dataset = expect_loads (text, strlen (text));
  g_assert_cmpuint (g_list_model_get_n_items (atlas_dataset_get_partners (dataset)), ==, n);
  g_assert_nonnull (atlas_dataset_find_partner (dataset, "p1999"));
}

/* One excerpt cited by every programme, and one event naming every
 * partner: both were quadratic once */
static void
test_many_citations (void)
{
  guint n = small ? 2000 : 100000;
  GString *partners = g_string_new ("[");
  GString *programmes = g_string_new ("[");
  GString *event = g_string_new ("[{\"id\":\"e\",\"date\":\"2023\",\"kind\":\"summit\",\"title\":\"E\",\"evidence\":[\"x\"],\"partners\":[");
  g_autofree char *base = NULL;
  g_autofree char *text = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  AtlasExcerpt *excerpt;

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (partners, "%s{\"id\":\"p%u\",\"name\":\"P\"}", i ? "," : "", i);
      g_string_append_printf (programmes,
                              "%s{\"id\":\"g%u\",\"partner\":\"p%u\",\"type\":\"ipcp\",\"title\":\"G\","
                              "\"status\":\"expired\",\"text_availability\":\"public\",\"evidence\":[\"x\"]}",
                              i ? "," : "", i, i);
      g_string_append_printf (event, "%s\"p%u\"", i ? "," : "", i);
    }
  g_string_append_c (partners, ']');
  g_string_append_c (programmes, ']');
  g_string_append (event, "]}]");
  base = make_dataset (partners->str, NULL,
                       "[{\"id\":\"d\",\"title\":\"D\"}]",
                       "[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}]",
                       programmes->str);
  /* … and the events list before the closing brace */
  base[strlen (base) - 1] = '\0';
  text = g_strconcat (base, ",\"events\":", event->str, "}", NULL);
  g_string_free (partners, TRUE);
  g_string_free (programmes, TRUE);
  g_string_free (event, TRUE);

  dataset = expect_loads (text, strlen (text));
  excerpt = atlas_dataset_find_excerpt (dataset, "x");
  g_assert_cmpuint (atlas_dataset_get_excerpt_uses (dataset, excerpt)->len, ==, n + 1);
}

/* }}} */
/* {{{ A file of several hundred MB */

/* Peak memory while loading a file of @size bytes stays within 1.5 times
 * its size plus 64 MiB: the loader reads it into one buffer of its exact
 * size and points into it (AddressSanitizer's shadow adds an eighth) */
#define RSS_BOUND(size) ((size) / 2 * 3 + (gsize) 64 * 1024 * 1024)

static void
test_huge_file (void)
{
  const char *env = g_getenv ("ATLAS_TEST_HUGE_MB");
  gsize megabytes = env ? g_ascii_strtoull (env, NULL, 10) : small ? 16 : 300;
  const char *path = g_getenv ("ATLAS_TEST_HUGE_FILE");

  if (g_test_subprocess ())
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasDataset) dataset = NULL;
      struct stat st;
      gsize before = peak_rss ();
      gsize after;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      dataset = load_path (path, &problems, &error);
      g_assert_no_error (error);
      g_assert_nonnull (dataset);
      g_assert_cmpstr (atlas_dataset_get_title (dataset), ==, "T");
      after = peak_rss ();
      /* On stderr, which the parent passes on: the figure for the notes */
      g_printerr ("# %" G_GSIZE_FORMAT " MB file: peak RSS grew by %" G_GSIZE_FORMAT " MB\n",
                  (gsize) st.st_size >> 20, (after - before) >> 20);
      g_assert_cmpuint (after - before, <, RSS_BOUND ((gsize) st.st_size));
      return;
    }

  {
    g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);
    g_autofree char *file = g_build_filename (dir, "huge.json", NULL);
    g_autofree char *text = make_dataset (NULL, NULL, NULL, NULL, NULL);
    g_autofree char *spaces = g_malloc (1024 * 1024);
    FILE *f = g_fopen (file, "wb");

    /* A valid dataset with @megabytes of spaces after its first brace */
    g_assert_nonnull (f);
    memset (spaces, ' ', 1024 * 1024);
    g_assert_cmpuint (fwrite (text, 1, 1, f), ==, 1);
    for (gsize i = 0; i < megabytes; i++)
      g_assert_cmpuint (fwrite (spaces, 1, 1024 * 1024, f), ==, 1024 * 1024);
    g_assert_cmpuint (fwrite (text + 1, 1, strlen (text) - 1, f), ==, strlen (text) - 1);
    g_assert_cmpint (fclose (f), ==, 0);

    g_setenv ("ATLAS_TEST_HUGE_FILE", file, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_unlink (file);
    g_rmdir (dir);
    g_test_trap_assert_passed ();
  }
}

/* }}} */
/* {{{ Encodings */

typedef struct
{
  const char *name;
  const char *text;
  gsize length;
  guint line, column;
  const char *fragment;
} EncodingCase;

#define TEXT(s) s, sizeof s - 1

static const EncodingCase encoding_cases[] = {
  { "lone-continuation", TEXT ("[\"\x80\"]"), 1, 3, "not valid UTF-8 here (byte 0x80)" },
  { "truncated-sequence", TEXT ("[\"\xE2\x82\"]"), 1, 3, "not valid UTF-8 here (byte 0xE2)" },
  { "truncated-at-end", TEXT ("[\"a\"]\xE2\x82"), 1, 6, "not valid UTF-8 here (byte 0xE2)" },
  { "surrogate-in-utf8", TEXT ("[\"\xED\xA0\x80\"]"), 1, 3, "not valid UTF-8 here (byte 0xED)" },
  { "beyond-u10ffff", TEXT ("[\"\xF4\x90\x80\x80\"]"), 1, 3, "not valid UTF-8 here (byte 0xF4)" },
  { "five-bytes", TEXT ("[\"\xF8\x88\x80\x80\x80\"]"), 1, 3, "not valid UTF-8 here (byte 0xF8)" },
  { "overlong-nul", TEXT ("[\"\xC0\x80\"]"), 1, 3, "not valid UTF-8 here (byte 0xC0)" },
  { "overlong-slash", TEXT ("[\"\xE0\x80\xAF\"]"), 1, 3, "not valid UTF-8 here (byte 0xE0)" },
  { "nul-inside", TEXT ("[\"a\"]\n[\0]"), 2, 2, "contains a NUL byte" },
  { "nul-first", TEXT ("\0[]"), 1, 1, "seems to be in UTF-16" },
  { "utf16le-bom", TEXT ("\xFF\xFE[\0]\0"), 1, 1, "is in UTF-16" },
  { "utf16be-bom", TEXT ("\xFE\xFF\0[\0]"), 1, 1, "is in UTF-16" },
  { "utf32le-bom", TEXT ("\xFF\xFE\0\0[\0\0\0]\0\0\0"), 1, 1, "is in UTF-32" },
  { "utf32be-bom", TEXT ("\0\0\xFE\xFF\0\0\0[\0\0\0]"), 1, 1, "is in UTF-32" },
  { "utf16be-unmarked", TEXT ("\0[\0]"), 1, 1, "seems to be in UTF-16" },
  { "utf32le-unmarked", TEXT ("[\0\0\0]\0\0\0"), 1, 1, "seems to be in UTF-32" },
  { "escaped-esc", TEXT ("[\"\\u001b[31m\"]"), 1, 3, "control character U+001B" },
  { "escaped-backspace", TEXT ("[\"a\\bb\"]"), 1, 4, "control character U+0008" },
  { "raw-del", TEXT ("[\"a\x7F\"]"), 1, 4, "control character U+007F" },
  { "raw-csi", TEXT ("[\"\xC2\x9B\x33\x31m\"]"), 1, 3, "control character U+009B" },
  { "bom-inside", TEXT ("[\xEF\xBB\xBF]"), 1, 2, "Expected a value" },
  /* Noncharacters: valid UTF-8 that XML and cairo cannot carry */
  { "noncharacter-fffe", TEXT ("[\"a\xEF\xBF\xBE\"]"), 1, 4, "noncharacter U+FFFE" },
  { "noncharacter-ffff", TEXT ("[\"\xEF\xBF\xBF\"]"), 1, 3, "noncharacter U+FFFF" },
  { "noncharacter-fdd0", TEXT ("[\"\xEF\xB7\x90\"]"), 1, 3, "noncharacter U+FDD0" },
  { "noncharacter-fdef", TEXT ("[\"\xEF\xB7\xAF\"]"), 1, 3, "noncharacter U+FDEF" },
  { "noncharacter-1fffe", TEXT ("[\"\xF0\x9F\xBF\xBE\"]"), 1, 3, "noncharacter U+1FFFE" },
  { "noncharacter-10ffff", TEXT ("[\"\xF4\x8F\xBF\xBF\"]"), 1, 3, "noncharacter U+10FFFF" },
  { "escaped-noncharacter", TEXT ("[\"\\uFFFE\"]"), 1, 3, "noncharacter U+FFFE" },
  { "escaped-noncharacter-pair", TEXT ("[\"\\uD83F\\uDFFF\"]"), 1, 3, "noncharacter U+1FFFF" },
};

static void
test_encoding (gconstpointer data)
{
  const EncodingCase *c = data;
  AtlasLoadError code = strstr (c->fragment, "Expected") ? ATLAS_LOAD_ERROR_SYNTAX : ATLAS_LOAD_ERROR_ENCODING;

  expect_problem (c->text, c->length, code, c->line, c->column, c->fragment);
}

/* A UTF-8 byte order mark is skipped; text keeps tabs and line breaks */
static void
test_encoding_accepted (void)
{
  g_autofree char *plain = make_dataset (NULL, NULL, NULL, NULL, NULL);
  g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", plain, NULL);
  g_autofree char *text = make_dataset ("[{\"id\":\"p\",\"name\":\"a\\tb\\nc\\r\\nd\"}]", NULL, NULL, NULL, NULL);
  g_autoptr(AtlasDataset) a = expect_loads (with_bom, strlen (with_bom));
  g_autoptr(AtlasDataset) b = expect_loads (text, strlen (text));

  g_assert_cmpstr (atlas_partner_get_name (atlas_dataset_find_partner (b, "p")), ==, "a\tb\nc\r\nd");

  /* The neighbours of the noncharacters are text: the replacement
   * character, U+FDCF, U+FDF0, U+1FFFD, a full-width letter */
  {
    const char *name = "\xEF\xBF\xBD \xEF\xB7\x8F \xEF\xB7\xB0 \xF0\x9F\xBF\xBD \xEF\xBC\xA1";
    g_autofree char *partners = g_strconcat ("[{\"id\":\"p\",\"name\":\"", name, "\"}]", NULL);
    g_autofree char *neighbours = make_dataset (partners, NULL, NULL, NULL, NULL);
    g_autoptr(AtlasDataset) c = expect_loads (neighbours, strlen (neighbours));

    g_assert_cmpstr (atlas_partner_get_name (atlas_dataset_find_partner (c, "p")), ==, name);
  }
}

/* }}} */
/* {{{ Keys, numbers, dates */

/* More than 16 members take the hash table path; a thousand repeats are
 * listed up to the problem limit and counted after it */
static void
test_duplicate_keys_many (void)
{
  GString *s = g_string_new ("{");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  const AtlasProblem *last;

  for (guint i = 0; i < 20; i++)
    g_string_append_printf (s, "\"k%u\":0,", i);
  for (guint i = 0; i < 1000; i++)
    g_string_append (s, "\"k7\":1,");
  g_string_append (s, "\"end\":0}");

  dataset = load_text (s->str, s->len, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_MULTIPLE);
  g_assert_cmpuint (problems->len, ==, ATLAS_MAX_PROBLEMS + 1);
  g_assert_cmpstr (((AtlasProblem *) g_ptr_array_index (problems, 0))->message, ==,
                   "The key “k7” appears twice in one object");
  last = g_ptr_array_index (problems, problems->len - 1);
  g_assert_cmpstr (last->message, ==, "900 more problems are not listed; at most 100 are");
  g_string_free (s, TRUE);
}

typedef struct
{
  const char *version;
  AtlasLoadError code;
  const char *fragment;
} NumberCase;

static const NumberCase number_cases[] = {
  { "1e999", ATLAS_LOAD_ERROR_RANGE, "too large to be read" },
  { "-1e999", ATLAS_LOAD_ERROR_RANGE, "too large to be read" },
  { "1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    ATLAS_LOAD_ERROR_RANGE, "too large to be read" },
  /* Too small to be told from 0, so it is 0, which is no version */
  { "1e-999", ATLAS_LOAD_ERROR_VERSION, "Version 0 of the format does not exist" },
  { "2147483648", ATLAS_LOAD_ERROR_RANGE, "between 0 and 2147483647" },
  { "-1", ATLAS_LOAD_ERROR_RANGE, "between 0 and 2147483647" },
  { "1.5", ATLAS_LOAD_ERROR_TYPE, "whole number" },
  { "3", ATLAS_LOAD_ERROR_VERSION, "newer than this copy" },
};

static void
test_numbers (gconstpointer data)
{
  const NumberCase *c = data;
  const char *head = "{\"format\":\"partnership-atlas\",\"version\":";
  g_autofree char *text = g_strconcat (head, c->version, ",\"title\":\"T\",\"partners\":[],\"areas\":[],"
                                       "\"documents\":[],\"excerpts\":[],\"programmes\":[]}", NULL);

  expect_problem (text, strlen (text), c->code, 1, strlen (head) + 1, c->fragment);
}

/* A wording's position is a 32-bit number; one beyond is refused */
static void
test_position_beyond_int32 (void)
{
  const char *areas = "[{\"id\":\"a\",\"name\":\"A\"}]";
  const char *documents = "[{\"id\":\"d\",\"title\":\"D\"}]";
  const char *excerpts = "[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}]";
  const char *partners = "[{\"id\":\"p\",\"name\":\"P\"}]";
  const char *programme = "[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\",\"status\":\"in-force\","
                          "\"text_availability\":\"public\",\"areas\":[{\"area\":\"a\",\"status\":\"listed\","
                          "\"evidence\":[\"x\"],\"wordings\":[{\"text\":\"w\",\"position\":";
  g_autofree char *max = g_strconcat (programme, "2147483647}]}]}]", NULL);
  g_autofree char *beyond = g_strconcat (programme, "2147483648}]}]}]", NULL);
  g_autofree char *ok = make_dataset (partners, areas, documents, excerpts, max);
  g_autofree char *bad = make_dataset (partners, areas, documents, excerpts, beyond);
  g_autoptr(AtlasDataset) dataset = expect_loads (ok, strlen (ok));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasDataset) refused = load_text (bad, strlen (bad), &problems, NULL);

  g_assert_null (refused);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((AtlasProblem *) g_ptr_array_index (problems, 0))->path, ==,
                   "$.programmes[0].areas[0].wordings[0].position");
}

typedef struct
{
  const char *date;
  gboolean valid;
} DateCase;

static const DateCase date_cases[] = {
  { "2023-02-30", FALSE }, { "2023-02-29", FALSE }, { "2100-02-29", FALSE },
  { "2000-02-29", TRUE }, { "2024-02-29", TRUE }, { "9999-12-31", TRUE },
  { "10000", FALSE }, { "0000", FALSE }, { "2023-07-13T00:00", FALSE }, { "２０２３", FALSE },
};

static void
test_dates (gconstpointer data)
{
  const DateCase *c = data;
  g_autofree char *documents = g_strconcat ("[{\"id\":\"d\",\"title\":\"D\",\"date\":\"", c->date, "\"}]", NULL);
  g_autofree char *text = make_dataset (NULL, NULL, documents, NULL, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasDataset) dataset = load_text (text, strlen (text), &problems, NULL);

  if (c->valid)
    g_assert_nonnull (dataset);
  else
    {
      const AtlasProblem *problem;

      g_assert_null (dataset);
      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpint (problem->code, ==, ATLAS_LOAD_ERROR_DATE);
      g_assert_cmpstr (problem->path, ==, "$.documents[0].date");
    }
}

/* }}} */
/* {{{ References and ids */

static char *
programme_chain (guint    n,
                 gboolean cycle)
{
  GString *programmes = g_string_new ("[");

  /* g1 supersedes g0, g2 supersedes g1, …; with @cycle g0 supersedes the last */
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (programmes,
                              "%s{\"id\":\"g%u\",\"partner\":\"p\",\"type\":\"ipcp\",\"title\":\"G\","
                              "\"status\":\"superseded\",\"text_availability\":\"public\"",
                              i ? "," : "", i);
      if (i > 0)
        g_string_append_printf (programmes, ",\"supersedes\":\"g%u\"}", i - 1);
      else if (cycle)
        g_string_append_printf (programmes, ",\"supersedes\":\"g%u\"}", n - 1);
      else
        g_string_append_c (programmes, '}');
    }
  g_string_append_c (programmes, ']');
  return g_string_free (programmes, FALSE);
}

/* A chain of many programmes is linked in about n steps, not n² */
static void
test_supersedes_long_chain (void)
{
  guint n = small ? 3000 : 200000;
  g_autofree char *programmes = programme_chain (n, FALSE);
  g_autofree char *text = make_dataset ("[{\"id\":\"p\",\"name\":\"P\"}]", NULL, NULL, NULL, programmes);
  g_autoptr(AtlasDataset) dataset = expect_loads (text, strlen (text));
  AtlasProgramme *p = atlas_dataset_find_programme (dataset, "g1");

  g_assert_true (atlas_programme_get_supersedes (p) == atlas_dataset_find_programme (dataset, "g0"));
  g_assert_null (atlas_programme_get_supersedes (atlas_dataset_find_programme (dataset, "g0")));
}

/* A cycle through every programme is one problem, at the link that closes it */
static void
test_supersedes_long_cycle (void)
{
  guint n = small ? 3000 : 200000;
  g_autofree char *programmes = programme_chain (n, TRUE);
  g_autofree char *text = make_dataset ("[{\"id\":\"p\",\"name\":\"P\"}]", NULL, NULL, NULL, programmes);
  g_autofree char *path = g_strdup_printf ("$.programmes[%u].supersedes", n - 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasDataset) dataset = load_text (text, strlen (text), &problems, NULL);
  const AtlasProblem *problem;

  g_assert_null (dataset);
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpint (problem->code, ==, ATLAS_LOAD_ERROR_REFERENCE);
  g_assert_cmpstr (problem->path, ==, path);
  g_assert_nonnull (strstr (problem->message, "(a cycle)"));
}

/* Folding is Unicode's, not Turkish: dotless “ı” is a letter of its own,
 * so “ı” and “I” are two ids (the look-alikes are in tests/data/bad) */
static void
test_ids_that_stay_apart (void)
{
  g_autofree char *apart = make_dataset ("[{\"id\":\"ı\",\"name\":\"Dotless\"},{\"id\":\"I\",\"name\":\"Capital\"}]",
                                         NULL, NULL, NULL, NULL);
  g_autofree char *clash = make_dataset ("[{\"id\":\"I\",\"name\":\"Capital\"},{\"id\":\"i\",\"name\":\"Small\"}]",
                                         NULL, NULL, NULL, NULL);
  g_autoptr(AtlasDataset) dataset = expect_loads (apart, strlen (apart));
  g_autoptr(AtlasDataset) refused = load_text (clash, strlen (clash), NULL, NULL);

  g_assert_nonnull (atlas_dataset_find_partner (dataset, "ı"));
  g_assert_nonnull (atlas_dataset_find_partner (dataset, "I"));
  g_assert_null (refused);
}

/* Letters of another script drawn like Latin ones (Cyrillic “с”, Greek
 * “ο”, Armenian “օ”) make look-alike ids, refused; a Cyrillic id that
 * looks like no other stays */
static void
test_look_alike_ids (void)
{
  static const char *pairs[][2] = {
    { "c", "\u0441" },                 /* Cyrillic es */
    { "kor", "k\u043Er" },             /* Cyrillic o inside */
    { "PAX", "\u0420\u0410\u0425" },   /* Cyrillic capitals */
    { "nato", "nat\u03BF" },           /* Greek omicron */
    { "oslo", "\u0585slo" },           /* Armenian oh */
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *partners = g_strdup_printf ("[{\"id\":\"%s\",\"name\":\"A\"},{\"id\":\"%s\",\"name\":\"B\"}]",
                                                   pairs[i][0], pairs[i][1]);
      g_autofree char *text = make_dataset (partners, NULL, NULL, NULL, NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(AtlasDataset) refused = load_text (text, strlen (text), &problems, NULL);
      const AtlasProblem *problem;

      g_assert_null (refused);
      g_assert_cmpuint (problems->len, ==, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpint (problem->code, ==, ATLAS_LOAD_ERROR_DUPLICATE);
      g_assert_cmpstr (problem->path, ==, "$.partners[1].id");
      g_assert_nonnull (strstr (problem->message, "looks the same as"));
    }

  {
    g_autofree char *apart = make_dataset ("[{\"id\":\"\u0434\u0430\",\"name\":\"Da\"},{\"id\":\"da\",\"name\":\"Latin\"}]",
                                           NULL, NULL, NULL, NULL);
    g_autoptr(AtlasDataset) dataset = expect_loads (apart, strlen (apart));

    g_assert_nonnull (atlas_dataset_find_partner (dataset, "\u0434\u0430"));
    g_assert_nonnull (atlas_dataset_find_partner (dataset, "da"));
  }
}

/* Names may hold bidi controls (Arabic and Hebrew text needs them); they
 * load as written. Ids, which are names for references, may not. */
static void
test_bidi_names (void)
{
  const char *name = "\u202Eevil\u202C \u2067עברית\u2069 \u200F";
  g_autofree char *partners = g_strconcat ("[{\"id\":\"p\",\"name\":\"", name, "\"}]", NULL);
  g_autofree char *text = make_dataset (partners, NULL, NULL, NULL, NULL);
  g_autoptr(AtlasDataset) dataset = expect_loads (text, strlen (text));

  g_assert_cmpstr (atlas_partner_get_name (atlas_dataset_find_partner (dataset, "p")), ==, name);
}

/* An override in a partner's name stays inside an isolate in the labels
 * the core composes, so “ITPP 2020” after it keeps its order */
static void
test_bidi_short_label (void)
{
  const char *partners = "[{\"id\":\"p\",\"name\":\"\u202Eevil\"},{\"id\":\"q\",\"name\":\"Plain\"}]";
  const char *programmes = "[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\","
                           "\"status\":\"in-force\",\"text_availability\":\"public\",\"period\":{\"start\":\"2020-01-01\",\"evidence\":[\"x\"]},\"areas\":[]},"
                           "{\"id\":\"h\",\"partner\":\"q\",\"type\":\"itpp\",\"title\":\"H\","
                           "\"status\":\"in-force\",\"text_availability\":\"public\",\"period\":{\"start\":\"2020-01-01\",\"evidence\":[\"x\"]},\"areas\":[]}]";
  const char *documents = "[{\"id\":\"d\",\"title\":\"D\"}]";
  const char *excerpts = "[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}]";
  g_autofree char *text = make_dataset (partners, NULL, documents, excerpts, programmes);
  g_autoptr(AtlasDataset) dataset = expect_loads (text, strlen (text));
  const char *label = atlas_programme_get_short_label (atlas_dataset_find_programme (dataset, "g"));
  const char *plain = atlas_programme_get_short_label (atlas_dataset_find_programme (dataset, "h"));

  g_assert_cmpstr (label, ==, ATLAS_FSI "\u202Eevil" ATLAS_PDI " ITPP 2020");
  /* Left-to-right names stay as they were, in labels and exports */
  g_assert_cmpstr (plain, ==, "Plain ITPP 2020");
}

/* Dataset text is never a format string: it comes back as written, in
 * the records and in the problems that quote it */
static void
test_format_directives (void)
{
  const char *hostile = "%s%n%x%p%%%1$s%9999999d";
  g_autofree char *partners = g_strconcat ("[{\"id\":\"p\",\"name\":\"", hostile, "\"}]", NULL);
  g_autofree char *text = make_dataset (partners, NULL, NULL, NULL, NULL);
  g_autofree char *bad_partners = g_strconcat ("[{\"id\":\"", hostile, "\",\"name\":\"n\",\"", hostile, "\":1}]", NULL);
  g_autofree char *bad = make_dataset (bad_partners, NULL, NULL, NULL, NULL);
  g_autoptr(AtlasDataset) dataset = expect_loads (text, strlen (text));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasDataset) refused = load_text (bad, strlen (bad), &problems, NULL);
  g_autofree char *unknown = g_strconcat ("“", hostile, "” is not a member of a partner", NULL);
  g_autofree char *path = g_strconcat ("$.partners[0][\"", hostile, "\"]", NULL);
  const AtlasProblem *problem;

  g_assert_cmpstr (atlas_partner_get_name (atlas_dataset_find_partner (dataset, "p")), ==, hostile);

  g_assert_null (refused);
  /* The id has no space, so only the unknown member is a problem */
  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_true (g_str_has_prefix (problem->message, unknown));
  g_assert_cmpstr (problem->path, ==, path);
}

typedef struct
{
  const char *url;
  gboolean web;
} UrlCase;

static const UrlCase url_cases[] = {
  { "https://example.org/a?b=c#d", TRUE },
  { "http://example.org", TRUE },
  { "HTTP://EXAMPLE.ORG/Upper", TRUE },          /* schemes know no case */
  { "https://例え.jp/パス", TRUE },
  { "http://[::1]:8080/", TRUE },
  { "file:///etc/passwd", FALSE },
  { "javascript:alert(1)", FALSE },
  { "JavaScript://example.org/%0Aalert(1)", FALSE },
  { "data:text/html,<b>x</b>", FALSE },
  { "mailto:a@example.org", FALSE },
  { "ftp://example.org/x", FALSE },
  { "https://", FALSE },
  { "https:example.org", FALSE },
  { "//example.org/x", FALSE },
  { "https://exa mple.org/", FALSE },
  { " https://example.org/", FALSE },
  { "https://example.org/\u202Egro.elpmaxe", FALSE },
  { "https://example.org/a%20b", TRUE },
};

static void
test_urls (gconstpointer data)
{
  const UrlCase *c = data;
  g_autofree char *documents = g_strconcat ("[{\"id\":\"d\",\"title\":\"D\",\"url\":\"", c->url, "\"}]", NULL);
  g_autofree char *escaped = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;

  /* Backslashes as JSON needs them */
  {
    g_auto(GStrv) parts = g_strsplit (documents, "\\", -1);
    escaped = g_strjoinv ("\\\\", parts);
  }
  text = make_dataset (NULL, NULL, escaped, NULL, NULL);
  dataset = load_text (text, strlen (text), &problems, NULL);

  if (c->web)
    {
      g_assert_nonnull (dataset);
      g_assert_cmpstr (atlas_document_get_url (atlas_dataset_find_document (dataset, "d")), ==, c->url);
    }
  else
    {
      g_assert_null (dataset);
      g_assert_cmpuint (problems->len, ==, 1);
      g_assert_cmpstr (((AtlasProblem *) g_ptr_array_index (problems, 0))->path, ==, "$.documents[0].url");
    }
}

/* }}} */
/* {{{ Positions */

/* A minified file is one long line: columns past the marks kept every
 * 64 KiB still count characters, not bytes */
static void
test_position_on_long_line (void)
{
  gsize n = 300000;
  GString *s = g_string_new ("{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"");
  guint column;

  for (gsize i = 0; i < n; i++)
    g_string_append (s, i % 3 ? "é" : "東");
  g_string_append (s, "\",\"x\":1}");
  /* Characters before the value of "x": the head, the title, and ",\"x\":" */
  column = g_utf8_strlen (s->str, -1) - 2 + 1;
  {
    g_autoptr(GPtrArray) problems = NULL;
    const AtlasProblem *found = NULL;

    g_assert_null (load_text (s->str, s->len, &problems, NULL));
    for (guint i = 0; i < problems->len; i++)
      if (g_strcmp0 (((AtlasProblem *) g_ptr_array_index (problems, i))->path, "$.x") == 0)
        found = g_ptr_array_index (problems, i);
    g_assert_nonnull (found);
    g_assert_cmpuint (found->line, ==, 1);
    g_assert_cmpuint (found->column, ==, column);
  }
  g_string_free (s, TRUE);
}

/* }}} */
/* {{{ Files that are not regular files */

static void
expect_file_refused (const char *path,
                     const char *fragment)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = load_path (path, &problems, &error);

  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
test_file_directory (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);

  expect_file_refused (dir, "This is a folder");
  g_rmdir (dir);
}

/* Opening a FIFO waits for a writer: it must be refused before that */
static void
test_file_fifo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fifo.json", NULL);

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  expect_file_refused (path, "not a regular file");
  g_unlink (path);
  g_rmdir (dir);
}

/* /dev/zero has no size and no end; through a symbolic link too */
static void
test_file_dev_zero (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);
  g_autofree char *link = g_build_filename (dir, "zero.json", NULL);

  expect_file_refused ("/dev/zero", "not a regular file");
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  expect_file_refused (link, "not a regular file");
  g_unlink (link);
  g_rmdir (dir);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The window loads through the async path: same refusal, no waiting */
static void
test_file_fifo_async (void)
{
  g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fifo.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;

  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  atlas_loader_load_file_async (file, NULL, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  dataset = atlas_loader_load_file_finish (result, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_file_unreadable (void)
{
  const char *path = g_getenv ("ATLAS_TEST_UNREADABLE");
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;

  if (g_test_subprocess ())
    {
      /* Root reads any file: become “nobody”, for whom it is unreadable */
      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        {
          g_test_skip ("root reads files whatever their permissions, and could not become “nobody”");
          return;
        }
      expect_file_refused (path, "could not be read");
      return;
    }

  dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);
  file = g_build_filename (dir, "secret.json", NULL);
  g_assert_true (g_file_set_contents (file, "{}", -1, NULL));
  g_assert_cmpint (g_chmod (file, 0), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_setenv ("ATLAS_TEST_UNREADABLE", file, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unlink (file);
  g_rmdir (dir);
  g_test_trap_assert_passed ();
}

/* The built-in dataset cut short anywhere: a located syntax error */
static void
test_file_truncated (void)
{
  g_autoptr(GBytes) bytes = g_resource_lookup_data (atlas_builtin_get_resource (), ATLAS_BUILTIN_DATASET_PATH,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *dir = g_dir_make_tmp ("atlas-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cut.json", NULL);
  gsize length;
  const char *data;

  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);

  for (guint i = 1; i < 20; i++)
    {
      gsize cut = length * i / 20;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(AtlasDataset) dataset = NULL;
      const AtlasProblem *problem;

      g_assert_true (g_file_set_contents (path, data, cut, NULL));
      dataset = load_path (path, &problems, &error);
      g_assert_null (dataset);
      g_assert_cmpuint (problems->len, >=, 1);
      problem = g_ptr_array_index (problems, problems->len - 1);
      g_assert_cmpuint (problem->line, >, 0);
      g_assert_cmpuint (problem->column, >, 0);
    }
  g_unlink (path);
  g_rmdir (dir);
}

/* }}} */
/* {{{ Comparisons */

/* A few hundred KB of areas and programmes would make a comparison of
 * billions of cells; past ATLAS_MAX_COMPARISON_CELLS it is refused */
static void
test_comparison_limit (void)
{
  guint n_areas = 1001, n_programmes = 1000;
  GString *areas = g_string_new ("[");
  GString *programmes = g_string_new ("[");
  g_autofree char *text = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(AtlasComparison) smaller = NULL;
  g_autoptr(GError) error = NULL;
  const char *two[] = { "g0", "g1", NULL };

  for (guint i = 0; i < n_areas; i++)
    g_string_append_printf (areas, "%s{\"id\":\"a%u\",\"name\":\"A\"}", i ? "," : "", i);
  for (guint i = 0; i < n_programmes; i++)
    g_string_append_printf (programmes,
                            "%s{\"id\":\"g%u\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\","
                            "\"status\":\"in-force\",\"text_availability\":\"public\"}",
                            i ? "," : "", i);
  g_string_append_c (areas, ']');
  g_string_append_c (programmes, ']');
  text = make_dataset ("[{\"id\":\"p\",\"name\":\"P\"}]", areas->str, NULL, NULL, programmes->str);
  g_string_free (areas, TRUE);
  g_string_free (programmes, TRUE);

  dataset = expect_loads (text, strlen (text));
  comparison = atlas_comparison_new_for_ids (dataset, NULL, &error);
  g_assert_null (comparison);
  g_assert_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "1001 areas × 1000 programmes"));
  g_assert_nonnull (strstr (error->message, "1000000 cells"));

  smaller = atlas_comparison_new_for_ids (dataset, two, NULL);
  g_assert_nonnull (smaller);
  g_assert_cmpuint (atlas_comparison_get_n_rows (smaller), ==, n_areas);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  small = g_strcmp0 (g_getenv ("ATLAS_TEST_SMALL"), "1") == 0;

  g_test_add_func ("/hostile/nesting/objects", test_nesting_objects);
  g_test_add_func ("/hostile/string/at-limit", test_string_at_limit);
  g_test_add_func ("/hostile/string/over-limit", test_string_over_limit);
  g_test_add_func ("/hostile/string/key-over-limit", test_key_over_limit);
  g_test_add_func ("/hostile/string/escaped-over-limit", test_escaped_string_over_limit);
  g_test_add_func ("/hostile/values/too-many", test_too_many_values);
  g_test_add_func ("/hostile/values/many-records", test_many_records);
  g_test_add_func ("/hostile/values/many-citations", test_many_citations);
  g_test_add_func ("/hostile/huge-file", test_huge_file);
  for (guint i = 0; i < G_N_ELEMENTS (encoding_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/encoding/%s", encoding_cases[i].name);
      g_test_add_data_func (name, &encoding_cases[i], test_encoding);
    }
  g_test_add_func ("/hostile/encoding/accepted", test_encoding_accepted);
  g_test_add_func ("/hostile/duplicate-keys/many", test_duplicate_keys_many);
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/number/%u", i);
      g_test_add_data_func (name, &number_cases[i], test_numbers);
    }
  g_test_add_func ("/hostile/number/position-beyond-int32", test_position_beyond_int32);
  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/date/%s", date_cases[i].date);
      g_test_add_data_func (name, &date_cases[i], test_dates);
    }
  g_test_add_func ("/hostile/supersedes/long-chain", test_supersedes_long_chain);
  g_test_add_func ("/hostile/supersedes/long-cycle", test_supersedes_long_cycle);
  g_test_add_func ("/hostile/ids/stay-apart", test_ids_that_stay_apart);
  g_test_add_func ("/hostile/ids/look-alike", test_look_alike_ids);
  g_test_add_func ("/hostile/text/bidi-names", test_bidi_names);
  g_test_add_func ("/hostile/text/bidi-short-label", test_bidi_short_label);
  g_test_add_func ("/hostile/text/format-directives", test_format_directives);
  for (guint i = 0; i < G_N_ELEMENTS (url_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/url/%u", i);
      g_test_add_data_func (name, &url_cases[i], test_urls);
    }
  g_test_add_func ("/hostile/position/long-line", test_position_on_long_line);
  g_test_add_func ("/hostile/file/directory", test_file_directory);
  g_test_add_func ("/hostile/file/fifo", test_file_fifo);
  g_test_add_func ("/hostile/file/fifo-async", test_file_fifo_async);
  g_test_add_func ("/hostile/file/dev-zero", test_file_dev_zero);
  g_test_add_func ("/hostile/file/unreadable", test_file_unreadable);
  g_test_add_func ("/hostile/file/truncated", test_file_truncated);
  g_test_add_func ("/hostile/comparison/limit", test_comparison_limit);

  return g_test_run ();
}
