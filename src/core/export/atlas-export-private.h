/* atlas-export-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-export.h"

G_BEGIN_DECLS

/* Each format's writer. @evidence may be NULL; formats with room for a
 * second sheet (XLSX) write it there, the others ignore it. */
typedef gboolean (*AtlasExportWriter) (AtlasTable     *table,
                                       AtlasTable     *evidence,
                                       GOutputStream  *stream,
                                       GCancellable   *cancellable,
                                       GError        **error);

gboolean atlas_export_csv_write      (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);
gboolean atlas_export_tsv_write      (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);
gboolean atlas_export_markdown_write (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);
gboolean atlas_export_json_write     (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);
gboolean atlas_export_html_write     (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);
gboolean atlas_export_xlsx_write     (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);
gboolean atlas_export_pdf_write      (AtlasTable *, AtlasTable *, GOutputStream *, GCancellable *, GError **);

/* Writes @buffer out once it holds @threshold bytes or more (0: always),
 * then empties it. Writers build text in a GString and call this per row
 * with a threshold, which counts the row (atlas_export_row_done()), and
 * once at the end with 0; it fails as soon as @cancellable is cancelled. */
gboolean atlas_export_flush          (GString        *buffer,
                                      gsize           threshold,
                                      GOutputStream  *stream,
                                      GCancellable   *cancellable,
                                      GError        **error);

/* Counts a row of the export's tables (the table, then the evidence for
 * the formats that write it) toward its progress, and fails as soon as
 * @cancellable is cancelled. atlas_export_flush() calls it for the
 * writers that build text; the others call it once a row. */
gboolean atlas_export_row_done       (GCancellable   *cancellable,
                                      GError        **error);

/* For a writer whose work is not one pass over the rows (the PDF lays
 * them out, then draws them): the fraction of it done */
void     atlas_export_report_fraction (double         fraction);

/* Appends @text to @out as a JSON string, quoted and escaped. */
void     atlas_export_append_json_string (GString    *out,
                                          const char *text);

/* Whether a spreadsheet would run @text as a formula: it starts with
 * =, +, -, @, a tab or a carriage return. */
/* Text escaped for HTML (text and quoted attributes alike) and for a
 * Markdown table's cell: the exporters' own, for other writers of HTML and
 * Markdown in the core (the diff's report) */
void     atlas_export_append_html     (GString       *out,
                                       const char    *text);
void     atlas_export_append_markdown (GString       *out,
                                       const char    *text);
gboolean atlas_export_is_formula_like (const char    *text);

/* When the export is made: now, or $SOURCE_DATE_EPOCH when that is set, so
 * that the same data can give byte-identical files (reproducible builds,
 * tests). */
GDateTime *atlas_export_now           (void);

/* The statuses in the order a legend of the marks lists them */
extern const AtlasAreaStatus atlas_export_legend_order[4];

/* The lines by which an export describes itself, for people: the
 * dataset (title, release, SHA-256 of its file), when and with which
 * version of the app it was exported, and what it shows */
GPtrArray *atlas_export_about_lines   (AtlasTable    *table,
                                       GDateTime     *now);

/* The size of @paper in points, portrait */
void       atlas_export_paper_size    (AtlasPaper     paper,
                                       double        *width,
                                       double        *height);

/* “Exported on 1 March 2026”, for the formats that people read. */
char      *atlas_export_dated_line    (GDateTime     *now);

G_END_DECLS
