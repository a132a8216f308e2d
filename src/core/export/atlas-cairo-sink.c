/* atlas-cairo-sink.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The one cairo write callback of the exports (the comparison's PDF, the
 * timeline's PNG, SVG and PDF): it writes to a GOutputStream and keeps the
 * stream's own error, so that a full disk is reported as such. */

#include "config.h"

#include "atlas-cairo-sink.h"

cairo_status_t
atlas_cairo_sink_write (void                *closure,
                        const unsigned char *data,
                        unsigned int         length)
{
  AtlasCairoSink *sink = closure;

  if (sink->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (sink->stream, data, length, NULL, sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}
