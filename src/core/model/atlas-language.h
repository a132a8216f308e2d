/* atlas-language.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    atlas_language_tag_is_valid          (const char *tag);
const char *atlas_language_tag_to_label          (const char *tag);
const char *atlas_language_ui_tag                (void);
gboolean    atlas_language_tag_is_ui_language    (const char *tag);

G_END_DECLS
