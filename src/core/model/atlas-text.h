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

gboolean  atlas_unichar_is_invisible (gunichar    c);
char     *atlas_safe_file_name       (const char *text,
                                      const char *fallback);
char     *atlas_text_isolate         (const char *text);
char     *atlas_text_isolate_bidi    (const char *text);
char     *atlas_text_escape_invisible(const char *text);

G_END_DECLS
