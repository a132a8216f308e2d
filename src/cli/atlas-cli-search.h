/* atlas-cli-search.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int atlas_cli_search (const char *query,
                      const char *format,
                      const char *dataset);

G_END_DECLS
