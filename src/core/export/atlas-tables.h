/* atlas-tables.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-comparison.h"
#include "atlas-progress.h"
#include "atlas-table.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_TABLE_LAYOUT_WIDE,   /* areas × programmes, as on screen */
  ATLAS_TABLE_LAYOUT_LONG,   /* one row per programme × area ("tidy") */
} AtlasTableLayout;

/**
 * AtlasTableOptions:
 * @layout: wide or long, for the comparison
 * @include_wording: add each programme's own wording and list position
 * @include_evidence: add the excerpt ids and documents behind each cell
 * @localized: headers and status words in the user's language rather than
 *   stable codes (JSON always uses codes)
 * @paper: the paper a paginated export (PDF) is laid out for
 * @blank_unknown: leave the cells of unknown status empty
 * @view_note: (nullable): a sentence on what the view leaves out, put
 *   before the note on the source (see atlas_comparison_describe_view())
 * @for_people: the table is for a format people read (see
 *   atlas_export_format_is_for_people()): the comparison's title names the
 *   dataset, and programmes without any area data are named in the note
 *   instead of taking empty columns
 * @progress: (nullable): where building the table reports how far along
 *   it is (atlas_tables_comparison() and atlas_tables_evidence())
 * @cancellable: (nullable): stops building the table part way; the table
 *   returned is then incomplete, for the caller to throw away
 */
typedef struct
{
  AtlasTableLayout layout;
  gboolean include_wording;
  gboolean include_evidence;
  gboolean localized;
  AtlasPaper paper;
  gboolean blank_unknown;
  const char *view_note;
  gboolean for_people;
  AtlasProgress *progress;
  GCancellable *cancellable;
} AtlasTableOptions;

AtlasTable *atlas_tables_comparison (AtlasComparison         *comparison,
                                     const AtlasTableOptions *options);
AtlasTable *atlas_tables_programmes (AtlasDataset            *dataset,
                                     const AtlasTableOptions *options);
AtlasTable *atlas_tables_events     (AtlasDataset            *dataset,
                                     const AtlasTableOptions *options);
AtlasTable *atlas_tables_excerpts   (AtlasDataset            *dataset,
                                     const AtlasTableOptions *options);
AtlasTable *atlas_tables_evidence   (AtlasComparison         *comparison,
                                     const AtlasTableOptions *options);

G_END_DECLS
