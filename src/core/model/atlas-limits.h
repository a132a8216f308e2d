/* atlas-limits.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The limits on what a dataset may be. A dataset comes from anywhere, so
 * every resource it can make the loader spend is bounded; each limit is
 * named in the message a user sees when a file goes past it, and listed in
 * docs/robustness.md. */

/* Largest file the loader reads (bytes). */
#define ATLAS_MAX_FILE_SIZE ((gsize) 512 * 1024 * 1024)

/* Deepest nesting of arrays and objects. The format needs 6. */
#define ATLAS_MAX_DEPTH 64

/* Longest string value or key (bytes, as written in the file). */
#define ATLAS_MAX_STRING_LENGTH ((gsize) 1024 * 1024)

/* Most JSON values in one file; bounds the parser's memory at 16 bytes each
 * (24 for a number). */
#define ATLAS_MAX_VALUES ((gsize) 32 * 1024 * 1024)

/* Most problems reported for one file; the rest are counted, not listed. */
#define ATLAS_MAX_PROBLEMS 100

/* Longest record id (characters). */
#define ATLAS_MAX_ID_LENGTH 128

/* Most cells (areas × programmes) in one comparison. A dataset of a few MB
 * can hold thousands of areas and programmes, whose product would take
 * more memory than any computer has; a comparison a person can read is
 * far smaller. */
#define ATLAS_MAX_COMPARISON_CELLS ((gsize) 1000 * 1000)

/* Most cells (rows × columns, as written) of a table exported as PDF.
 * Laying out and drawing a cell takes about 50 µs here, so the largest
 * comparison (ATLAS_MAX_COMPARISON_CELLS, a long table of 1,000,000 rows
 * and 11 columns) would take many minutes and tens of thousands of pages;
 * past this, the export is refused at once, before anything is written,
 * and the message names the limit and the formats that hold the table. */
#define ATLAS_MAX_PDF_CELLS ((gsize) 250 * 1000)

/* Most areas offered one by one in the Compare page's presets menu. GTK
 * 4.8's popover menu builds a widget for every item when it is given the
 * menu, in time quadratic in their number (5,000 areas froze the page for
 * minutes); past this, the submenu is left out and an area is compared
 * from its own page. */
#define ATLAS_MAX_PRESET_AREAS 300
