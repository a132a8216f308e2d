/* atlas-diff-report.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  ATLAS_DIFF_FORMAT_TEXT,
  ATLAS_DIFF_FORMAT_JSON,
  ATLAS_DIFF_FORMAT_MARKDOWN,
  ATLAS_DIFF_FORMAT_HTML,
} AtlasDiffFormat;

gboolean atlas_diff_format_from_name (const char      *name,
                                      AtlasDiffFormat *format);
char    *atlas_diff_report           (GListModel      *changes,
                                      AtlasDiffFormat  format,
                                      const char      *old_name,
                                      const char      *new_name);

G_END_DECLS
