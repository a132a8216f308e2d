/* atlas-text.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest file name, in characters, that atlas_safe_file_name() makes */
#define ATLAS_SAFE_FILE_NAME_MAX 80

/* U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE */
#define ATLAS_FSI "\xe2\x81\xa8"
#define ATLAS_PDI "\xe2\x81\xa9"

/**
 * AtlasEscape:
 * @ATLAS_ESCAPE_TEXT: “<U+202E>”; tab and line feed stay, for text of
 *   several lines
 * @ATLAS_ESCAPE_LINE: “<U+202E>”, tab and line feed too, for text that
 *   must stay on one line (a message, a field)
 * @ATLAS_ESCAPE_JSON: “\u202E” (a surrogate pair past U+FFFF), for JSON
 *   text, whose strings then hold what they held
 * @ATLAS_ESCAPE_MARKUP: “&#x202E;”, for HTML and Markdown, which read it
 *   back as the character
 *
 * How atlas_text_escape() writes an invisible character.
 */
typedef enum
{
  ATLAS_ESCAPE_TEXT,
  ATLAS_ESCAPE_LINE,
  ATLAS_ESCAPE_JSON,
  ATLAS_ESCAPE_MARKUP,
} AtlasEscape;

gboolean  atlas_unichar_is_invisible (gunichar    c);
char     *atlas_safe_file_name       (const char *text,
                                      const char *fallback);
char     *atlas_text_isolate         (const char *text);
char     *atlas_text_isolate_bidi    (const char *text);
char     *atlas_text_escape_invisible(const char *text);
char     *atlas_text_escape          (const char *text,
                                      AtlasEscape how);

G_END_DECLS
