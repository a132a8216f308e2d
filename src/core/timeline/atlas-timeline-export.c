/* atlas-timeline-export.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>

#include "atlas-cairo-sink.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export.h"
#include "atlas-date.h"
#include "atlas-timeline-export.h"
#include "atlas-timeline-render.h"

/* The timeline as a picture: title, the timeline drawn by the same routine
 * as the screen, its legend and a line that says where the data come from.
 * The size is known before drawing, because a PNG surface needs it: the
 * text is measured with a context that draws the same on every surface
 * (96 dpi, no hinting). */

#define MARGIN 24.0
#define SPACING 12.0

/* cairo keeps image surfaces below this many pixels a side */
#define MAX_IMAGE_SIDE 32767

static const struct
{
  const char *name;
  const char *extension;
} formats[] = {
  [ATLAS_TIMELINE_EXPORT_PNG] = { "png", "png" },
  [ATLAS_TIMELINE_EXPORT_SVG] = { "svg", "svg" },
  [ATLAS_TIMELINE_EXPORT_PDF] = { "pdf", "pdf" },
};

typedef struct
{
  AtlasTimelineModel *model;
  const AtlasTimelineExportOptions *options;
} Export;

typedef struct
{
  AtlasTimelineLayout *layout;
  AtlasTimelineStyle style;
  PangoLayout *title;
  PangoLayout *subtitle;
  PangoLayout *source;
  double width;
  double height;
  double legend_height;
} Page;

static PangoLayout *
page_text (PangoContext               *context,
           const PangoFontDescription *font,
           double                      scale,
           gboolean                    bold,
           const char                 *text,
           double                      width)
{
  g_autoptr(PangoFontDescription) desc = pango_font_description_copy (font);
  PangoLayout *layout = pango_layout_new (context);

  pango_font_description_set_size (desc, (int) (pango_font_description_get_size (desc) * scale));
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static char *
year_of (guint32 day)
{
  AtlasDate date = atlas_date_from_julian (day, ATLAS_DATE_PRECISION_YEAR);

  return atlas_date_format (&date);
}

/* The years a view shows whole: a view of 2012–2025 with a margin starts
 * in the autumn of 2011 and ends in the spring of 2026, and its subtitle
 * says 2012–2025. A view shorter than that keeps its own years. */
static void
whole_years (guint32 *first_day,
             guint32 *last_day)
{
  AtlasDate first = atlas_date_from_julian (*first_day, ATLAS_DATE_PRECISION_DAY);
  AtlasDate last = atlas_date_from_julian (*last_day, ATLAS_DATE_PRECISION_DAY);
  AtlasDate first_year = first, last_year = last;
  guint32 start, end;

  if (first.year >= last.year)
    return;
  first_year.precision = last_year.precision = ATLAS_DATE_PRECISION_YEAR;
  first_year.month = first_year.day = last_year.month = last_year.day = 0;
  start = atlas_date_first_day (&first_year) == *first_day ? *first_day : atlas_date_last_day (&first_year) + 1;
  end = atlas_date_last_day (&last_year) == *last_day ? *last_day : atlas_date_first_day (&last_year) - 1;
  if (start < end)
    {
      *first_day = start;
      *last_day = end;
    }
}

/* The line that an exported timeline ends with, with the dataset's release */
static char *source_line_without_release (AtlasTimelineModel *model);

static char *
source_line (AtlasTimelineModel *model)
{
  AtlasDataset *dataset = atlas_timeline_model_get_dataset (model);
  g_autofree char *line = source_line_without_release (model);
  g_autofree char *release = NULL;
  g_autofree char *date = NULL;

  if (dataset == NULL || atlas_dataset_get_current_release (dataset) == NULL)
    return g_steal_pointer (&line);
  if (atlas_date_is_set (atlas_dataset_get_release_date (dataset)))
    date = atlas_date_to_iso (atlas_dataset_get_release_date (dataset));
  release = atlas_release_line (atlas_dataset_get_current_release (dataset), date, TRUE);
  return g_strconcat (line, " ", release, NULL);
}

static char *
source_line_without_release (AtlasTimelineModel *model)
{
  AtlasDataset *dataset = atlas_timeline_model_get_dataset (model);
  const AtlasDate *updated;
  g_autofree char *date = NULL;

  if (dataset == NULL)
    /* Translators: the last line of an exported timeline; %s is the version */
    return g_strdup_printf (_("Drawn by Partnership Atlas %s."), PACKAGE_VERSION);

  updated = atlas_dataset_get_updated (dataset);
  if (atlas_date_is_set (updated))
    date = atlas_date_format (updated);
  if (date != NULL)
    /* Translators: the last line of an exported timeline: the dataset's title,
     * the date it was updated, and the version of the app */
    return g_strdup_printf (_("Source: %s, updated %s. Each date is drawn with the precision it is "
                              "known to. Drawn by Partnership Atlas %s."),
                            atlas_dataset_get_title (dataset), date, PACKAGE_VERSION);
  /* Translators: the last line of an exported timeline: the dataset's title
   * and the version of the app */
  return g_strdup_printf (_("Source: %s. Each date is drawn with the precision it is known to. "
                            "Drawn by Partnership Atlas %s."),
                          atlas_dataset_get_title (dataset), PACKAGE_VERSION);
}

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->layout, atlas_timeline_layout_free);
  g_clear_object (&page->title);
  g_clear_object (&page->subtitle);
  g_clear_object (&page->source);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Page, page_clear)

static void
page_init (Page                             *page,
           AtlasTimelineModel               *model,
           const AtlasTimelineExportOptions *options)
{
  PangoContext *context;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans 10");
  cairo_font_options_t *font_options = cairo_font_options_create ();
  AtlasDataset *dataset = atlas_timeline_model_get_dataset (model);
  AtlasTimelineLayout *filter = options->filter_from;
  g_autofree char *source = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *range = NULL;
  guint32 first_day, last_day;
  double inner;
  const char *title;

  page->width = options->width > 0 ? options->width : ATLAS_TIMELINE_EXPORT_DEFAULT_WIDTH;
  inner = page->width - 2 * MARGIN;
  if (options->style != NULL)
    page->style = *options->style;
  else
    atlas_timeline_style_init (&page->style, FALSE, FALSE);

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 96);
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  cairo_font_options_destroy (font_options);
  pango_context_set_font_description (context, font);

  page->layout = atlas_timeline_layout_new (model, context);
  atlas_timeline_layout_set_width (page->layout, inner);
  atlas_timeline_layout_set_today (page->layout, options->today);
  if (filter != NULL)
    {
      for (guint i = 0; i < atlas_timeline_model_get_n_lanes (model); i++)
        atlas_timeline_layout_set_lane_visible (page->layout, i, atlas_timeline_layout_get_lane_visible (filter, i));
      for (guint k = 0; k < ATLAS_TIMELINE_N_KINDS; k++)
        atlas_timeline_layout_set_kind_visible (page->layout, k, atlas_timeline_layout_get_kind_visible (filter, k));
      atlas_timeline_layout_set_search (page->layout, atlas_timeline_layout_get_search (filter));
      atlas_timeline_layout_set_show_eras (page->layout, atlas_timeline_layout_get_show_eras (filter));
    }
  if (options->span_days > 0)
    atlas_timeline_layout_set_view (page->layout, options->start_day, options->span_days);
  else
    atlas_timeline_layout_zoom_to_fit (page->layout);

  if (options->title != NULL)
    title = options->title;
  else if (dataset != NULL)
    title = atlas_dataset_get_title (dataset);
  else
    /* Translators: the title of an exported timeline without a dataset */
    title = _("Timeline");
  if (options->span_days > 0 || !atlas_timeline_model_get_range (model, &first_day, &last_day))
    {
      first_day = (guint32) MAX (1, atlas_timeline_layout_get_view_start (page->layout));
      last_day = (guint32) MAX (1, first_day + atlas_timeline_layout_get_view_span (page->layout) - 1);
      whole_years (&first_day, &last_day);
    }
  first = year_of (first_day);
  last = year_of (last_day);
  /* Translators: under an exported timeline's title: the years it shows */
  range = g_strdup_printf (_("Timeline, %s–%s"), first, last);
  source = source_line (model);

  page->title = page_text (context, font, 1.5, TRUE, title, inner);
  page->subtitle = page_text (context, font, 1.0, FALSE, range, inner);
  page->source = page_text (context, font, 0.85, FALSE, source, inner);
  g_object_unref (context);
  page->legend_height = atlas_timeline_render_legend (NULL, page->layout, &page->style, 0, 0, inner);
  page->height = MARGIN + text_height (page->title) + 4 + text_height (page->subtitle) + SPACING +
                 atlas_timeline_layout_get_height (page->layout) + SPACING + page->legend_height +
                 SPACING + text_height (page->source) + MARGIN;
}

static void
show (cairo_t                  *cr,
      PangoLayout              *layout,
      const AtlasTimelineColor *color,
      double                    x,
      double                   *y)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_move_to (cr, x, *y);
  pango_cairo_show_layout (cr, layout);
  *y += text_height (layout);
}

static void
page_draw (Page    *page,
           cairo_t *cr)
{
  double y = MARGIN;

  cairo_set_source_rgba (cr, page->style.background.red, page->style.background.green,
                         page->style.background.blue, 1.0);
  cairo_paint (cr);
  show (cr, page->title, &page->style.foreground, MARGIN, &y);
  y += 4;
  show (cr, page->subtitle, &page->style.secondary, MARGIN, &y);
  y += SPACING;

  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  atlas_timeline_render (cr, page->layout, &page->style, NULL);
  cairo_restore (cr);
  y += atlas_timeline_layout_get_height (page->layout) + SPACING;

  atlas_timeline_render_legend (cr, page->layout, &page->style, MARGIN, y, page->width - 2 * MARGIN);
  y += page->legend_height + SPACING;
  show (cr, page->source, &page->style.secondary, MARGIN, &y);
}

/* "2009-10-12/2020-03-15": the first and last day of the view */
static char *
view_interval (AtlasTimelineLayout *layout)
{
  double start = atlas_timeline_layout_get_view_start (layout);
  double end = start + atlas_timeline_layout_get_view_span (layout);
  AtlasDate first = atlas_date_from_julian ((guint32) MAX (1, floor (start)), ATLAS_DATE_PRECISION_DAY);
  AtlasDate last = atlas_date_from_julian ((guint32) MAX (1, ceil (end) - 1), ATLAS_DATE_PRECISION_DAY);
  g_autofree char *from = atlas_date_to_iso (&first);
  g_autofree char *to = atlas_date_to_iso (&last);

  return g_strconcat (from, "/", to, NULL);
}

static gboolean
draw_to_stream (AtlasTimelineModel               *model,
                const AtlasTimelineExportOptions *options,
                AtlasCairoSink                             *sink)
{
  g_auto(Page) page = { 0 };
  g_autofree char *subject = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  page_init (&page, model, options);
  if (options->format == ATLAS_TIMELINE_EXPORT_PNG && page.height > MAX_IMAGE_SIDE)
    {
      g_set_error (&sink->error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                   _("The timeline is too tall for a PNG image (%d pixels); hide some lanes or use SVG or PDF"),
                   (int) page.height);
      return FALSE;
    }

  switch (options->format)
    {
    case ATLAS_TIMELINE_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (atlas_cairo_sink_write, sink, page.width, page.height);
      /* Pixels, as asked, rather than points */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case ATLAS_TIMELINE_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (atlas_cairo_sink_write, sink, page.width, page.height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Partnership Atlas " PACKAGE_VERSION);
      /* The days drawn, as an ISO 8601 interval, for programs that file it */
      subject = view_interval (page.layout);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
      break;
    case ATLAS_TIMELINE_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) page.width, (int) ceil (page.height));
      break;
    }

  cr = cairo_create (surface);
  page_draw (&page, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && options->format == ATLAS_TIMELINE_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, atlas_cairo_sink_write, sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS && sink->error == NULL)
    g_set_error (&sink->error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                 _("The export could not be written: %s"), cairo_status_to_string (status));
  return sink->error == NULL;
}

gboolean
atlas_timeline_export_format_from_name (const char                *name,
                                        AtlasTimelineExportFormat *format)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (name, formats[i].name) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

const char *
atlas_timeline_export_format_extension (AtlasTimelineExportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (formats), NULL);
  return formats[format].extension;
}

/**
 * atlas_timeline_export_write:
 *
 * Draws the timeline of @model to @stream as a PNG, SVG or PDF picture
 * with a title, the legend and the source. The stream is not closed.
 */
gboolean
atlas_timeline_export_write (AtlasTimelineModel               *model,
                             const AtlasTimelineExportOptions *options,
                             GOutputStream                    *stream,
                             GCancellable                     *cancellable,
                             GError                          **error)
{
  AtlasCairoSink sink = { stream, cancellable, NULL };

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (model), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (options->format < G_N_ELEMENTS (formats), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (options->width != 0 &&
      (options->width < ATLAS_TIMELINE_EXPORT_MIN_WIDTH || options->width > ATLAS_TIMELINE_EXPORT_MAX_WIDTH))
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                   _("The width of a timeline export must be between %d and %d"),
                   ATLAS_TIMELINE_EXPORT_MIN_WIDTH, ATLAS_TIMELINE_EXPORT_MAX_WIDTH);
      return FALSE;
    }

  if (draw_to_stream (model, options, &sink))
    return TRUE;
  if (sink.error->domain == G_IO_ERROR && sink.error->code != G_IO_ERROR_CANCELLED)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_WRITE,
                   _("The export could not be written: %s"), sink.error->message);
      g_clear_error (&sink.error);
    }
  else
    g_propagate_error (error, sink.error);
  return FALSE;
}

static gboolean
write_export (GOutputStream *stream,
              gpointer       user_data,
              GCancellable  *cancellable,
              GError       **error)
{
  Export *export = user_data;

  return atlas_timeline_export_write (export->model, export->options, stream, cancellable, error);
}

/**
 * atlas_timeline_export_to_file:
 *
 * Writes the picture to @file atomically, as atlas_export_to_file() does.
 */
gboolean
atlas_timeline_export_to_file (AtlasTimelineModel               *model,
                               const AtlasTimelineExportOptions *options,
                               GFile                            *file,
                               GCancellable                     *cancellable,
                               GError                          **error)
{
  Export export = { model, options };

  return atlas_export_stream_to_file (file, write_export, &export, cancellable, error);
}
