/* atlas-language.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The languages of documents, excerpts and translations, named by BCP 47
 * tags (RFC 5646: “en”, “ja”, “zh-Hant”, “fr-CA”): whether a tag is well
 * formed, its name for people, and whether it is the language the user
 * reads the interface in. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-language.h"

/* The longest tag accepted; real ones are under 20 characters */
#define MAX_TAG 64

static gboolean
all_of (const char *s,
        gsize       len,
        gboolean  (*is) (gchar c))
{
  for (gsize i = 0; i < len; i++)
    if (!is (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean is_alpha (gchar c) { return g_ascii_isalpha (c); }
static gboolean is_digit (gchar c) { return g_ascii_isdigit (c); }
static gboolean is_alnum (gchar c) { return g_ascii_isalnum (c); }

/**
 * atlas_language_tag_is_valid:
 *
 * Whether @tag is a well-formed BCP 47 language tag (RFC 5646, section
 * 2.1): a language of two or three letters (“ja”), then optionally a script (“Hant”), a region
 * (“KR”, “419”), variants, extensions and a private use part (“x-…”).
 * Whether the subtags are registered is not checked.
 *
 * Returns: %TRUE when well formed
 */
gboolean
atlas_language_tag_is_valid (const char *tag)
{
  /* What may come next, in the order RFC 5646 puts them */
  enum { EXTLANG, SCRIPT, REGION, VARIANT, EXTENSION, PRIVATE } next = EXTLANG;
  guint n_extlang = 0;
  gboolean in_extension = FALSE;   /* a singleton was read, its subtags follow */
  gboolean need_subtag = FALSE;    /* a singleton or “x” with nothing after it yet */
  const char *p;

  if (tag == NULL || *tag == '\0' || strlen (tag) > MAX_TAG)
    return FALSE;

  p = tag;
  for (guint i = 0; ; i++)
    {
      const char *end = strchr (p, '-');
      gsize len = end ? (gsize) (end - p) : strlen (p);

      if (len == 0 || len > 8 || !all_of (p, len, is_alnum))
        return FALSE;

      if (i == 0)
        {
          if (len == 1 && g_ascii_tolower (*p) == 'x')
            {
              next = PRIVATE;
              need_subtag = TRUE;
            }
          /* RFC 5646 keeps 4 to 8 letters for languages that none is
           * registered as: a word such as “Japanese” is a mistake */
          else if (len < 2 || len > 3 || !all_of (p, len, is_alpha))
            return FALSE;
        }
      else if (next == PRIVATE)
        need_subtag = FALSE;
      else if (len == 1)
        {
          /* A singleton starts an extension, “x” the private use part */
          if (need_subtag)
            return FALSE;
          next = g_ascii_tolower (*p) == 'x' ? PRIVATE : EXTENSION;
          in_extension = next == EXTENSION;
          need_subtag = TRUE;
        }
      else if (in_extension)
        {
          if (len < 2)
            return FALSE;
          need_subtag = FALSE;
        }
      else if (next == EXTLANG && len == 3 && all_of (p, len, is_alpha) && n_extlang < 3)
        n_extlang++;
      else if (next <= SCRIPT && len == 4 && all_of (p, len, is_alpha))
        next = REGION;
      else if (next <= REGION && ((len == 2 && all_of (p, len, is_alpha)) ||
                                  (len == 3 && all_of (p, len, is_digit))))
        next = VARIANT;
      else if ((len >= 5) || (len == 4 && g_ascii_isdigit (*p)))
        next = VARIANT;
      else
        return FALSE;

      if (end == NULL)
        break;
      p = end + 1;
    }
  return !need_subtag;
}

typedef struct
{
  const char *tag;
  const char *name;
} Language;

/* The languages of the built-in dataset's sources and of the translations */
static const Language languages[] = {
  { "de", NC_("language", "German") },
  { "en", NC_("language", "English") },
  { "es", NC_("language", "Spanish") },
  { "fr", NC_("language", "French") },
  { "ja", NC_("language", "Japanese") },
  { "ko", NC_("language", "Korean") },
  { "ru", NC_("language", "Russian") },
  { "zh", NC_("language", "Chinese") },
};

/* The primary language subtag's length: “zh” of “zh-Hant-TW” */
static gsize
primary_length (const char *tag)
{
  const char *dash = strchr (tag, '-');

  return dash ? (gsize) (dash - tag) : strlen (tag);
}

/**
 * atlas_language_tag_to_label:
 *
 * Returns: the language's name in the interface's language (“Japanese”)
 *   for the languages this copy knows by name, else @tag itself
 */
const char *
atlas_language_tag_to_label (const char *tag)
{
  gsize len;

  g_return_val_if_fail (tag != NULL, NULL);

  len = primary_length (tag);
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strlen (languages[i].tag) == len && g_ascii_strncasecmp (languages[i].tag, tag, len) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "language", languages[i].name);
  return tag;
}

/**
 * atlas_language_ui_tag:
 *
 * Returns: the BCP 47 tag of the language the interface is shown in: that
 *   of the translation in use, “en” without one
 */
const char *
atlas_language_ui_tag (void)
{
  /* The tag that exported HTML pages are written with (translators give
   * their language's there); excerpts in it are shown without naming it */
  return C_("html lang", "en");
}

/**
 * atlas_language_tag_is_ui_language:
 *
 * Returns: %TRUE when @tag names the interface's language (“fr-CA” in
 *   French); %FALSE for %NULL
 */
gboolean
atlas_language_tag_is_ui_language (const char *tag)
{
  const char *ui = atlas_language_ui_tag ();
  gsize len;

  if (tag == NULL)
    return FALSE;
  len = primary_length (tag);
  return len == primary_length (ui) && g_ascii_strncasecmp (tag, ui, len) == 0;
}
