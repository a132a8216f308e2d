/* po-lookup.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* For the translation tests: what a po file in the source tree says, read
 * straight from the file, so that a test compares what the app shows with
 * what the translator wrote, and cannot pass by accident (an English
 * fallback, a stale catalogue). Only what the tests need: msgctxt, msgid,
 * msgstr, with their continuation lines and C escapes; fuzzy entries and
 * plural forms are ignored. */

#pragma once

#include <string.h>

#include <glib.h>

static inline void
po_string_free (GString *s)
{
  g_string_free (s, TRUE);
}

/* The languages of po/LINGUAS, in its order */
static inline GStrv
po_linguas (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ATLAS_SOURCE_ROOT"), "po", "LINGUAS", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) words = NULL;
      char *hash = strchr (lines[i], '#');

      if (hash != NULL)
        *hash = '\0';
      words = g_strsplit_set (g_strstrip (lines[i]), " \t", -1);
      for (guint j = 0; words[j]; j++)
        if (*words[j])
          g_strv_builder_add (builder, words[j]);
    }
  return g_strv_builder_end (builder);
}

/* The text of a quoted po string ("…" with C escapes), or NULL */
static inline char *
po_unquote (const char *line)
{
  const char *start = strchr (line, '"');
  const char *end = strrchr (line, '"');
  g_autofree char *inner = NULL;

  if (start == NULL || end == start)
    return NULL;
  inner = g_strndup (start + 1, end - start - 1);
  return g_strcompress (inner);
}

/**
 * po_lookup:
 * @lang: a language of po/LINGUAS
 * @context: (nullable): the msgctxt
 * @msgid: the English text
 *
 * Returns: (transfer full) (nullable): the msgstr for @context and @msgid in
 *   po/@lang.po, or %NULL when there is none (absent, fuzzy or empty)
 */
static inline char *
po_lookup (const char *lang,
           const char *context,
           const char *msgid)
{
  g_autofree char *name = g_strconcat (lang, ".po", NULL);
  g_autofree char *path = g_build_filename (g_getenv ("ATLAS_SOURCE_ROOT"), "po", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) ctx = NULL;
  g_autoptr(GString) id = NULL;
  g_autoptr(GString) str = NULL;
  GString *field = NULL;
  gboolean fuzzy = FALSE;

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s", error->message);

  /* One extra empty line ends the last entry */
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0;; i++)
    {
      const char *line = lines[i] ? lines[i] : "";
      g_autofree char *text = NULL;

      if (*line == '\0' || g_str_has_prefix (line, "#") || g_str_has_prefix (line, "msgctxt ") ||
          (g_str_has_prefix (line, "msgid ") && str != NULL))
        {
          /* The end of an entry: is it the one? */
          if (str != NULL && id != NULL && !fuzzy && str->len > 0 && g_str_equal (id->str, msgid) &&
              (context == NULL ? ctx == NULL : (ctx != NULL && g_str_equal (ctx->str, context))))
            return g_strdup (str->str);
          if (str != NULL)
            {
              g_clear_pointer (&ctx, po_string_free);
              g_clear_pointer (&id, po_string_free);
              g_clear_pointer (&str, po_string_free);
              fuzzy = FALSE;
              field = NULL;
            }
        }
      if (lines[i] == NULL)
        break;

      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        fuzzy = TRUE;
      if (g_str_has_prefix (line, "#") || *line == '\0')
        continue;
      if ((text = po_unquote (line)) == NULL)
        continue;
      if (g_str_has_prefix (line, "msgctxt "))
        field = ctx = g_string_new (NULL);
      else if (g_str_has_prefix (line, "msgid "))
        field = id = g_string_new (NULL);
      else if (g_str_has_prefix (line, "msgstr ") || g_str_has_prefix (line, "msgstr[0] "))
        field = str = g_string_new (NULL);
      else if (g_str_has_prefix (line, "msgid_plural ") || g_str_has_prefix (line, "msgstr["))
        field = NULL;
      else if (*line != '"')
        field = NULL;
      if (field != NULL)
        g_string_append (field, text);
    }
  return NULL;
}
