/* atlas-search-snippet.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *atlas_search_snippet (const char *text,
                            const char *query,
                            guint       before,
                            guint       after);

G_END_DECLS
