/* atlas-cli.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line */
#define ATLAS_CLI_OK 0
#define ATLAS_CLI_FAILED 1      /* a dataset is invalid or an export failed */
#define ATLAS_CLI_USAGE 2       /* the options make no sense */

typedef struct
{
  const char *what;           /* comparison, programmes, events, excerpts, timeline */
  const char *format;         /* csv, tsv, md, json, …; png, svg, pdf for the timeline */
  const char *programmes;     /* comma-separated ids, or NULL */
  const char *output;         /* a file, or NULL for standard output */
  const char *dataset;        /* a file, or NULL for the built-in one */
  const char *layout;         /* wide or long, or NULL */
  const char *paper;          /* a4 or letter, for PDF, or NULL */
  gboolean wording;
  gboolean evidence;
  gboolean localized;
  gboolean with_metadata;     /* a datapackage.json beside a CSV or TSV file */
  gboolean only_differences;  /* the comparison's rows where programmes differ */
  gboolean hide_unknown;      /* blank cells of unknown status */
  gboolean hide_empty;        /* leave out programmes without area data */
  int width;                  /* of a timeline picture, or 0 for the default */
  const char *from;           /* its first date (YYYY, YYYY-MM, YYYY-MM-DD), or NULL */
  const char *to;             /* its last date, or NULL */
} AtlasCliExport;

int atlas_cli_validate        (const char * const   *paths);
int atlas_cli_list_programmes (const char           *dataset);
int atlas_cli_export          (const AtlasCliExport *options);

G_END_DECLS
