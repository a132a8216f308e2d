/* test-safe-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dataset text made safe for a file name, a label and a terminal
 * (docs/robustness.md) */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-text.h"

/* What every made name must be, whatever it was made from */
static void
assert_safe (const char *name)
{
  g_assert_true (g_utf8_validate (name, -1, NULL));
  g_assert_cmpuint (strlen (name), >, 0);
  g_assert_cmpuint (g_utf8_strlen (name, -1), <=, ATLAS_SAFE_FILE_NAME_MAX);
  g_assert_null (strchr (name, '/'));
  g_assert_null (strchr (name, '\\'));
  g_assert_null (strstr (name, ".."));
  g_assert_cmpint (name[0], !=, '.');
  g_assert_cmpint (name[0], !=, ' ');
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    g_assert_false (atlas_unichar_is_invisible (g_utf8_get_char (p)));
}

static void
test_file_name_traversal (void)
{
  static const char *hostile[] = {
    "../../../../tmp/x", "..", ".", "/", "/etc/passwd", "..\\..\\windows", "comparison-../../x",
    ". . .", "a/../b", "....//....//x", "C:\\x", "x\n/y", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *name = atlas_safe_file_name (hostile[i], "export");

      g_test_message ("“%s” → “%s”", hostile[i], name);
      assert_safe (name);
    }

  {
    g_autofree char *name = atlas_safe_file_name ("comparison-../../../../tmp/x", "export");
    g_assert_cmpstr (name, ==, "comparison-.-.-.-.-tmp-x");
  }
  {
    g_autofree char *name = atlas_safe_file_name ("../..", "export");
    g_assert_cmpstr (name, ==, "-");
  }
  {
    g_autofree char *empty = atlas_safe_file_name ("", "export");
    g_autofree char *null = atlas_safe_file_name (NULL, "export");
    g_autofree char *dots = atlas_safe_file_name ("...", "export");
    g_assert_cmpstr (empty, ==, "export");
    g_assert_cmpstr (null, ==, "export");
    g_assert_cmpstr (dots, ==, "export");
  }
}

static void
test_file_name_invisible (void)
{
  /* U+202E reverses what follows: “exe.txt” would read “txt.exe” */
  g_autofree char *rlo = atlas_safe_file_name ("report\u202Etxt.exe", "export");
  g_autofree char *controls = atlas_safe_file_name ("a\x01\x1b[31mb\x7f\xc2\x85" "c", "export");
  g_autofree char *formats = atlas_safe_file_name ("\u200Bzero\u200Dwidth\uFEFF\u2066\u2069\u00AD", "export");
  g_autofree char *only = atlas_safe_file_name ("\u202E\u202D\u200F", "export");
  g_autofree char *kept = atlas_safe_file_name ("Région Île-de-France 東京 서울", "export");

  g_assert_cmpstr (rlo, ==, "reporttxt.exe");
  g_assert_cmpstr (controls, ==, "a[31mbc");
  g_assert_cmpstr (formats, ==, "zerowidth");
  g_assert_cmpstr (only, ==, "export");
  g_assert_cmpstr (kept, ==, "Région Île-de-France 東京 서울");
  assert_safe (rlo);
  assert_safe (controls);
  assert_safe (formats);
}

static void
test_file_name_long (void)
{
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new (NULL);
  g_autofree char *a = NULL;
  g_autofree char *w = NULL;
  g_autofree char *m = NULL;

  for (guint i = 0; i < 1000; i++)
    {
      g_string_append_c (ascii, 'a' + i % 26);
      g_string_append (wide, "東");
      g_string_append (marks, "e\u0301\u0302");
    }
  a = atlas_safe_file_name (ascii->str, "export");
  w = atlas_safe_file_name (wide->str, "export");
  m = atlas_safe_file_name (marks->str, "export");
  g_assert_cmpuint (g_utf8_strlen (a, -1), ==, ATLAS_SAFE_FILE_NAME_MAX);
  g_assert_true (g_str_has_prefix (ascii->str, a));
  /* Cut between characters, not inside one */
  g_assert_cmpuint (g_utf8_strlen (w, -1), ==, ATLAS_SAFE_FILE_NAME_MAX);
  g_assert_cmpuint (strlen (w), ==, 3 * ATLAS_SAFE_FILE_NAME_MAX);
  assert_safe (a);
  assert_safe (w);
  assert_safe (m);
}

static void
test_isolate (void)
{
  g_autofree char *isolated = atlas_text_isolate ("\u202Eevil");
  g_autofree char *empty = atlas_text_isolate (NULL);

  g_assert_cmpstr (isolated, ==, ATLAS_FSI "\u202Eevil" ATLAS_PDI);
  g_assert_cmpstr (empty, ==, ATLAS_FSI ATLAS_PDI);

  /* An isolate the text leaves open would take our PDI: it is closed */
  {
    g_autofree char *open = atlas_text_isolate ("\u2067\u202Eevil");
    g_assert_cmpstr (open, ==, ATLAS_FSI "\u2067\u202Eevil" ATLAS_PDI ATLAS_PDI);
  }
  /* A PDI that would close ours early is dropped; matched ones stay */
  {
    g_autofree char *early = atlas_text_isolate ("\u2069\u202Eevil");
    g_autofree char *matched = atlas_text_isolate ("a\u2066b\u2069c");
    g_assert_cmpstr (early, ==, ATLAS_FSI "\u202Eevil" ATLAS_PDI);
    g_assert_cmpstr (matched, ==, ATLAS_FSI "a\u2066b\u2069c" ATLAS_PDI);
  }
}

static void
test_isolate_bidi (void)
{
  static const struct { const char *in; gboolean isolated; } cases[] = {
    { "Republic of Korea", FALSE }, { "東京", FALSE }, { "", FALSE },
    { "\u202Eevil", TRUE }, { "a\u2067b", TRUE }, { "\u200F", TRUE },
    { "ישראל", TRUE }, { "الأردن", TRUE }, { "Jordan الأردن", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = atlas_text_isolate_bidi (cases[i].in);
      g_autofree char *expected = cases[i].isolated ? atlas_text_isolate (cases[i].in) : g_strdup (cases[i].in);

      g_assert_cmpstr (out, ==, expected);
    }
}

static void
test_escape_invisible (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "plain text", "plain text" },
    { "a\u202Eb", "a<U+202E>b" },
    { "\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202D", "<U+2066><U+2067><U+2068><U+2069><U+202A><U+202B><U+202C><U+202D>" },
    { "\u200B\u200C\u200D\u200E\u200F\uFEFF\u00AD\u2060", "<U+200B><U+200C><U+200D><U+200E><U+200F><U+FEFF><U+00AD><U+2060>" },
    { "\x1b[2J\r\x07", "<U+001B>[2J<U+000D><U+0007>" },
    { "\xc2\x85\u2028\u2029", "<U+0085><U+2028><U+2029>" },
    { "\xef\xbf\xbe\xf4\x8f\xbf\xbf\uE000", "<U+FFFE><U+10FFFF><U+E000>" },
    { "tab\tand\nline", "tab\tand\nline" },
    { "ㅤ\u3164", "<U+3164><U+3164>" },
    { "bad \xff byte", "bad <0xFF> byte" },
    { "東京 Région", "東京 Région" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = atlas_text_escape_invisible (cases[i].in);
      g_assert_cmpstr (escaped, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safe-text/file-name/traversal", test_file_name_traversal);
  g_test_add_func ("/safe-text/file-name/invisible", test_file_name_invisible);
  g_test_add_func ("/safe-text/file-name/long", test_file_name_long);
  g_test_add_func ("/safe-text/isolate", test_isolate);
  g_test_add_func ("/safe-text/isolate-bidi", test_isolate_bidi);
  g_test_add_func ("/safe-text/escape-invisible", test_escape_invisible);

  return g_test_run ();
}
