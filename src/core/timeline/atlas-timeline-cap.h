/* atlas-timeline-cap.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most characters of dataset text the timeline measures and draws in
 * one label or lane name, and the most marks it keeps on one character */
#define ATLAS_TIMELINE_MAX_SHOWN_CHARS 200
#define ATLAS_TIMELINE_MAX_MARKS 4
/* ... and in a tooltip or a screen reader's description */
#define ATLAS_TIMELINE_MAX_TOOLTIP_CHARS 2000

char *atlas_timeline_cap_text    (const char *text);
char *atlas_timeline_cap_text_to (const char *text,
                                  guint       max_chars);

G_END_DECLS
