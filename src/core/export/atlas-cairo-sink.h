/* atlas-cairo-sink.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * AtlasCairoSink:
 * @stream: where cairo's output goes
 * @cancellable: (nullable): stops the writing
 * @error: the first error, kept for the caller: cairo itself only says
 *   "write error"
 *
 * What a cairo surface made "for stream" writes into: give
 * atlas_cairo_sink_write() and a pointer to the sink to
 * cairo_pdf_surface_create_for_stream() and the like.
 */
typedef struct
{
  GOutputStream *stream;
  GCancellable *cancellable;
  GError *error;
} AtlasCairoSink;

cairo_status_t atlas_cairo_sink_write (void                *closure,
                                       const unsigned char *data,
                                       unsigned int         length);

G_END_DECLS
