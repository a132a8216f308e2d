/* atlas-file-names.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile *atlas_file_with_extension (GFile      *chosen,
                                  const char *extension);

G_END_DECLS
