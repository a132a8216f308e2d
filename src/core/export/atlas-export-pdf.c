/* atlas-export-pdf.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The table as a PDF for A4 or Letter paper: the pages of
 * atlas-paginator.c, written to a stream a page at a time. */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "atlas-cairo-sink.h"
#include "atlas-error.h"
#include "atlas-export-private.h"
#include "atlas-paginator.h"

#define MARGIN 36.0               /* half an inch */

/**
 * atlas_export_paper_size:
 *
 * The size of @paper in points, portrait.
 */
void
atlas_export_paper_size (AtlasPaper  paper,
                         double     *width,
                         double     *height)
{
  if (paper == ATLAS_PAPER_LETTER)
    {
      *width = 612;
      *height = 792;
    }
  else
    {
      *width = 595.2756;
      *height = 841.8898;
    }
}

static gboolean
draw_pages (AtlasPaginator  *paginator,
            cairo_t         *cr,
            AtlasCairoSink  *sink,
            GCancellable    *cancellable,
            GError         **error)
{
  guint n_pages = atlas_paginator_get_n_pages (paginator);

  for (guint p = 0; p < n_pages; p++)
    {
      atlas_paginator_draw_page (paginator, cr, p);
      cairo_show_page (cr);
      atlas_export_report_fraction ((p + 1.0) / n_pages);
      if (sink->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&sink->error));
          return FALSE;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
atlas_export_pdf_write (AtlasTable     *table,
                        AtlasTable     *evidence,
                        GOutputStream  *stream,
                        GCancellable   *cancellable,
                        GError        **error)
{
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autoptr(AtlasPaginator) paginator = NULL;
  g_autoptr(GError) local_error = NULL;
  AtlasCairoSink sink = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;
  gboolean ok;

  atlas_export_paper_size (atlas_table_get_paper (table), &width, &height);
  paginator = atlas_paginator_new (table, width, height, MARGIN);
  atlas_paginator_get_page_size (paginator, &width, &height);

  surface = cairo_pdf_surface_create_for_stream (atlas_cairo_sink_write, &sink, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, atlas_table_get_title (table));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Partnership Atlas " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
  cr = cairo_create (surface);
  ok = draw_pages (paginator, cr, &sink, cancellable, &local_error);

  /* Finishing writes the rest of the file; after a failure nothing more
   * may reach the stream. */
  if (!ok && sink.error == NULL)
    sink.error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "");
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!ok)
    {
      g_clear_error (&sink.error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (sink.error != NULL)
    {
      g_propagate_error (error, sink.error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   /* Translators: %s is cairo's reason, in English */
                   _("The PDF could not be made: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
