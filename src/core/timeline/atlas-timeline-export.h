/* atlas-timeline-export.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-style.h"

G_BEGIN_DECLS

typedef enum
{
  ATLAS_TIMELINE_EXPORT_PNG,
  ATLAS_TIMELINE_EXPORT_SVG,
  ATLAS_TIMELINE_EXPORT_PDF,
} AtlasTimelineExportFormat;

/* Widths an export may have, in pixels (points for SVG and PDF) */
#define ATLAS_TIMELINE_EXPORT_MIN_WIDTH 320
#define ATLAS_TIMELINE_EXPORT_MAX_WIDTH 16000
#define ATLAS_TIMELINE_EXPORT_DEFAULT_WIDTH 1600

/**
 * AtlasTimelineExportOptions:
 * @format: PNG, SVG or PDF
 * @width: the picture's width, or 0 for the default
 * @start_day: first day shown, when @span_days is not 0
 * @span_days: days shown, or 0 for the whole timeline
 * @today: the Julian day of the today line, or 0 for none
 * @style: (nullable): colours, or %NULL for the light style
 * @title: (nullable): the title, or %NULL for the dataset's
 * @filter_from: (nullable): a layout (the screen's) whose shown lanes and
 *   kinds and whose search the export keeps
 */
typedef struct
{
  AtlasTimelineExportFormat format;
  int width;
  double start_day;
  double span_days;
  guint32 today;
  const AtlasTimelineStyle *style;
  const char *title;
  AtlasTimelineLayout *filter_from;
} AtlasTimelineExportOptions;

gboolean    atlas_timeline_export_format_from_name (const char                       *name,
                                                    AtlasTimelineExportFormat        *format);
const char *atlas_timeline_export_format_extension (AtlasTimelineExportFormat         format);
gboolean    atlas_timeline_export_write            (AtlasTimelineModel               *model,
                                                    const AtlasTimelineExportOptions *options,
                                                    GOutputStream                    *stream,
                                                    GCancellable                     *cancellable,
                                                    GError                          **error);
gboolean    atlas_timeline_export_to_file          (AtlasTimelineModel               *model,
                                                    const AtlasTimelineExportOptions *options,
                                                    GFile                            *file,
                                                    GCancellable                     *cancellable,
                                                    GError                          **error);

G_END_DECLS
