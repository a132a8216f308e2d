/* atlas-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dataset text on its way somewhere it could do harm: into a file name,
 * next to the app's own words in a label, onto a terminal. */

#include "config.h"

#include <string.h>

#include "atlas-text.h"

/**
 * atlas_unichar_is_invisible:
 *
 * Whether @c shows nothing of itself or changes how text around it reads:
 * controls (C0, C1), format characters (the bidi embeddings, overrides and
 * isolates, the marks, zero-width spaces and joiners, the byte order mark,
 * the soft hyphen), line and paragraph separators, unassigned code points
 * and noncharacters, private use, and the other default-ignorable code
 * points, which a font draws as nothing: the Hangul fillers, the combining
 * grapheme joiner, the variation selectors, the Khmer inherent vowels and
 * the Mongolian variation selectors.
 */
gboolean
atlas_unichar_is_invisible (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE:
    case G_UNICODE_SURROGATE:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5 ||
             (c >= 0x180B && c <= 0x180F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) ||
             c == 0xFFA0 || (c >= 0xE0100 && c <= 0xE01EF);
    }
}

/* Characters that are separators or forbidden in a file name somewhere */
static gboolean
is_reserved (gunichar c)
{
  return c < 0x80 && strchr ("/\\:*?\"<>|", (int) c) != NULL;
}

/**
 * atlas_safe_file_name:
 * @text: (nullable): dataset text a file name is made from, UTF-8
 * @fallback: the name when nothing of @text is left; safe and not empty
 *
 * A file name that stays in the folder it is offered in: path separators
 * and characters that some systems forbid become “-”, invisible and bidi
 * characters (atlas_unichar_is_invisible()) and white space runs are
 * dropped or made one space, no “..” and no leading or trailing dot or
 * space remain, and it is at most %ATLAS_SAFE_FILE_NAME_MAX characters,
 * cut between characters. Never empty.
 */
char *
atlas_safe_file_name (const char *text,
                      const char *fallback)
{
  g_autofree char *normal = NULL;
  g_autoptr(GString) name = g_string_new (NULL);
  guint length = 0;

  g_return_val_if_fail (fallback != NULL && *fallback != '\0', NULL);

  if (text != NULL && g_utf8_validate (text, -1, NULL))
    normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

  for (const char *p = normal; p != NULL && *p && length < ATLAS_SAFE_FILE_NAME_MAX; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean last_is_dot = name->len > 0 && name->str[name->len - 1] == '.';
      gboolean last_is_space = name->len > 0 && name->str[name->len - 1] == ' ';

      if (is_reserved (c))
        c = '-';
      else if (g_unichar_isspace (c))
        c = ' ';
      else if (atlas_unichar_is_invisible (c))
        continue;

      /* No leading dot or space, no “..”, no double space */
      if ((c == '.' || c == ' ') && name->len == 0)
        continue;
      if ((c == '.' && last_is_dot) || (c == ' ' && last_is_space))
        continue;
      g_string_append_unichar (name, c);
      length++;
    }

  while (name->len > 0 && (name->str[name->len - 1] == '.' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
  if (name->len == 0)
    return g_strdup (fallback);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * atlas_text_isolate:
 * @text: (nullable): dataset text to be shown among other words
 *
 * @text between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, so that
 * bidi controls in it cannot reorder the words around it. The isolate is
 * made to hold whatever @text does: isolates that @text opens and does not
 * close are closed before the final PDI (else that PDI would close them
 * and leave ours open), and a PDI that would close ours early is dropped.
 * Embeddings and overrides need nothing: a PDI ends those opened inside.
 */
char *
atlas_text_isolate (const char *text)
{
  g_autoptr(GString) out = g_string_new (ATLAS_FSI);
  guint open = 0;

  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x2066 && c <= 0x2068)
        open++;
      else if (c == 0x2069)
        {
          if (open == 0)
            continue;
          open--;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  while (open-- > 0)
    g_string_append (out, ATLAS_PDI);
  g_string_append (out, ATLAS_PDI);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_bidi_significant (gunichar c)
{
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
      c == 0x200E || c == 0x200F || c == 0x061C)
    return TRUE;
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_ARABIC:
    case G_UNICODE_SCRIPT_HEBREW:
    case G_UNICODE_SCRIPT_SYRIAC:
    case G_UNICODE_SCRIPT_THAANA:
    case G_UNICODE_SCRIPT_NKO:
    case G_UNICODE_SCRIPT_SAMARITAN:
    case G_UNICODE_SCRIPT_MANDAIC:
    case G_UNICODE_SCRIPT_ADLAM:
    case G_UNICODE_SCRIPT_HANIFI_ROHINGYA:
    case G_UNICODE_SCRIPT_YEZIDI:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * atlas_text_isolate_bidi:
 * @text: (nullable): dataset text composed with other words in the core
 *
 * As atlas_text_isolate(), but only when @text holds a bidi control or a
 * right-to-left letter, the only text that can reorder its neighbours; so
 * labels of left-to-right names, and the exports that carry them, stay as
 * they were.
 */
char *
atlas_text_isolate_bidi (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (is_bidi_significant (g_utf8_get_char (p)))
      return atlas_text_isolate (text);
  return g_strdup (text != NULL ? text : "");
}

/* How @how writes @c, which is invisible */
static void
append_escape (GString     *out,
               gunichar     c,
               AtlasEscape  how)
{
  switch (how)
    {
    case ATLAS_ESCAPE_JSON:
      if (c > 0xFFFF)
        g_string_append_printf (out, "\\u%04X\\u%04X",
                                0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF));
      else
        g_string_append_printf (out, "\\u%04X", c);
      break;
    case ATLAS_ESCAPE_MARKUP:
      g_string_append_printf (out, "&#x%X;", c);
      break;
    case ATLAS_ESCAPE_TEXT:
    case ATLAS_ESCAPE_LINE:
    default:
      g_string_append_printf (out, "<U+%04X>", c);
      break;
    }
}

/**
 * atlas_text_escape:
 * @text: (nullable): text from a file, on its way to a terminal
 * @how: how an invisible character is written
 *
 * @text with every invisible character (atlas_unichar_is_invisible())
 * written as @how says, so that what a terminal shows is what the text
 * holds: as “<U+202E>” in plain text, as an escape or a character
 * reference in JSON, HTML and Markdown, which then still mean what they
 * meant. Tab and line feed stay, except in %ATLAS_ESCAPE_LINE. A byte
 * that is not UTF-8 is written “<0xNN>” (in markup “&lt;0xNN&gt;”): no
 * format can hold it.
 */
char *
atlas_text_escape (const char  *text,
                   AtlasEscape  how)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = text;

  if (text == NULL)
    return g_strdup ("");
  while (*p)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, how == ATLAS_ESCAPE_MARKUP ? "&lt;0x%02X&gt;" : "<0x%02X>", (guchar) *p);
          p++;
          continue;
        }
      if ((how == ATLAS_ESCAPE_LINE || (c != '\t' && c != '\n')) && atlas_unichar_is_invisible (c))
        append_escape (out, c, how);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * atlas_text_escape_invisible:
 * @text: (nullable): text from a file, for a terminal or a message
 *
 * atlas_text_escape() with %ATLAS_ESCAPE_TEXT: every invisible character
 * written as “<U+202E>”; tab and line feed stay.
 */
char *
atlas_text_escape_invisible (const char *text)
{
  return atlas_text_escape (text, ATLAS_ESCAPE_TEXT);
}
