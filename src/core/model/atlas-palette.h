/* atlas-palette.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

guint32  atlas_palette_status_fill  (AtlasAreaStatus status,
                                     gboolean        dark);
guint32  atlas_palette_ink          (gboolean        dark);
guint32  atlas_palette_page         (gboolean        dark);
guint32  atlas_palette_status_fill_styled (AtlasAreaStatus status,
                                           gboolean        dark,
                                           gboolean        high_contrast);
char    *atlas_palette_status_css   (gboolean        dark,
                                     gboolean        high_contrast);
char    *atlas_palette_to_hex       (guint32         rgb);
void     atlas_palette_to_doubles   (guint32         rgb,
                                     double         *rgb_out);

G_END_DECLS
