/* atlas-locale.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns the name an item is sorted by; %NULL sorts last. */
typedef const char *(*AtlasNameFunc) (gpointer item);

int   atlas_collate       (const char    *a,
                           const char    *b);
void  atlas_collate_sort  (GPtrArray     *items,
                           AtlasNameFunc  name_of);
char *atlas_format_count  (guint64        count);

G_END_DECLS
