/* atlas-palette.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The colours of the area statuses, in one place: the window's Compare
 * cells (as CSS over libadwaita's named colours, so that the dark and
 * high-contrast styles follow) and every exporter (PDF, HTML, XLSX, the
 * printout), which get the same tints blended onto their page. A status
 * is never told by colour alone: its glyph and word go with it. */

#include "config.h"

#include "atlas-palette.h"

typedef struct
{
  const char *css_colour;   /* a libadwaita named colour */
  double alpha[4];          /* of that colour over the page, by style (see style_index ()) */
  guint32 light;            /* the named colour in libadwaita 1.2's light style */
  guint32 dark;             /* and in its dark style */
} Tint;

/* The pointer over a cell deepens its tint by this much */
#define HOVER_ALPHA 0.10

/* Unknown has no tint: it is a gap, not a finding. The tints step away
 * from the page in luminance, not in hue alone (not listed, then
 * reported, then listed), so that each status stays apart from unknown
 * and from the others in the dark style too, where 12 % of the accent
 * colour read as unknown. Contrast ratios (WCAG 2), text on the tint /
 * the tint against unknown (the bare page) / against its neighbour:
 *
 *   light:     listed 10.7 / 1.56 / 1.12 (reported), reported 12.0 / 1.39 / 1.16
 *              (not listed), not listed 14.0 / 1.19
 *   dark:      listed 7.5 / 1.91 / 1.30, reported 9.7 / 1.47 / 1.20, not listed 11.6 / 1.23
 *   high contrast, light: listed 9.5 / 1.75 / 1.12, reported 10.7 / 1.56 / 1.20,
 *              not listed 12.9 / 1.30
 *   high contrast, dark: listed 7.1 / 2.02 / 1.27, reported 9.0 / 1.59 / 1.16,
 *              not listed 10.5 / 1.36
 *
 * (the old dark tints gave reported 1.25 against unknown and 1.05 against
 * not listed). Text keeps 7:1 (AAA) on every tint; the tints cannot reach
 * 3:1 against the page without losing it, and need not: a status is told
 * by its glyph and word, the tint only helps the eye. tests/core/test-palette.c
 * measures the same. */
static const Tint tints[] = {
  [ATLAS_AREA_STATUS_LISTED] = { "@success_color", { 0.40, 0.24, 0.50, 0.26 }, 0x26a269, 0x8ff0a4 },
  [ATLAS_AREA_STATUS_REPORTED] = { "@accent_color", { 0.24, 0.20, 0.32, 0.24 }, 0x1c71d8, 0x78aeed },
  [ATLAS_AREA_STATUS_NOT_LISTED] = { "@window_fg_color", { 0.10, 0.07, 0.14, 0.10 }, 0x333333, 0xffffff },
};

static guint
style_index (gboolean dark,
             gboolean high_contrast)
{
  return (high_contrast ? 2 : 0) + (dark ? 1 : 0);
}

#define PAGE_LIGHT 0xffffff
#define PAGE_DARK 0x242424       /* libadwaita's dark window background */
#define INK_LIGHT 0x1e1e1e
#define INK_DARK 0xf6f5f4

static const char * const css_names[] = {
  [ATLAS_AREA_STATUS_UNKNOWN] = "unknown",
  [ATLAS_AREA_STATUS_LISTED] = "listed",
  [ATLAS_AREA_STATUS_REPORTED] = "reported",
  [ATLAS_AREA_STATUS_NOT_LISTED] = "not-listed",
};

static guint32
blend (guint32 over,
       guint32 under,
       double  alpha)
{
  guint32 out = 0;

  for (guint shift = 0; shift <= 16; shift += 8)
    {
      double a = (over >> shift) & 0xff;
      double b = (under >> shift) & 0xff;
      guint32 c = (guint32) (b + (a - b) * alpha + 0.5);

      out |= MIN (c, 0xffu) << shift;
    }
  return out;
}

/**
 * atlas_palette_page:
 * @dark: the dark style
 *
 * Returns: the page's background, as 0xRRGGBB
 */
guint32
atlas_palette_page (gboolean dark)
{
  return dark ? PAGE_DARK : PAGE_LIGHT;
}

/**
 * atlas_palette_ink:
 * @dark: the dark style
 *
 * Returns: the colour of text on the page, as 0xRRGGBB
 */
guint32
atlas_palette_ink (gboolean dark)
{
  return dark ? INK_DARK : INK_LIGHT;
}

/**
 * atlas_palette_status_fill:
 * @status: an area status
 * @dark: the dark style
 *
 * The tint of a cell of @status as the window shows it, blended onto the
 * page, for exporters that have no named colours.
 *
 * Returns: the fill, as 0xRRGGBB (the page's own colour for unknown)
 */
guint32
atlas_palette_status_fill (AtlasAreaStatus status,
                           gboolean        dark)
{
  return atlas_palette_status_fill_styled (status, dark, FALSE);
}

/**
 * atlas_palette_status_css:
 * @dark: the dark style
 * @high_contrast: the high-contrast style
 *
 * The window's rules for the Compare page's cells, `button.compare-cell.
 * status-listed` and the others, on libadwaita's named colours, for the
 * style the window has (GTK 4.8's CSS has no media queries: the window
 * loads them again when the style changes).
 *
 * Returns: (transfer full): CSS
 */
char *
atlas_palette_status_css (gboolean dark,
                          gboolean high_contrast)
{
  GString *css = g_string_new ("/* From atlas-palette.c: the statuses' tints */\n");
  guint style = style_index (dark, high_contrast);

  for (guint status = 0; status < G_N_ELEMENTS (tints); status++)
    {
      const Tint *tint = &tints[status];
      char alpha[G_ASCII_DTOSTR_BUF_SIZE], hover[G_ASCII_DTOSTR_BUF_SIZE];

      if (tint->css_colour == NULL)
        continue;
      g_ascii_formatd (alpha, sizeof alpha, "%.2f", tint->alpha[style]);
      g_ascii_formatd (hover, sizeof hover, "%.2f", tint->alpha[style] + HOVER_ALPHA);
      g_string_append_printf (css,
                              "button.compare-cell.status-%s { background-color: alpha(%s, %s); }\n"
                              "button.compare-cell.status-%s:hover { background-color: alpha(%s, %s); }\n",
                              css_names[status], tint->css_colour, alpha,
                              css_names[status], tint->css_colour, hover);
    }
  return g_string_free (css, FALSE);
}

/**
 * atlas_palette_status_fill_styled:
 * @status: an area status
 * @dark: the dark style
 * @high_contrast: the high-contrast style
 *
 * Returns: the fill of a cell of @status as the window shows it in that
 *   style, as 0xRRGGBB (the page's own colour for unknown)
 */
guint32
atlas_palette_status_fill_styled (AtlasAreaStatus status,
                                  gboolean        dark,
                                  gboolean        high_contrast)
{
  const Tint *tint;

  if (status >= G_N_ELEMENTS (tints) || tints[status].css_colour == NULL)
    return atlas_palette_page (dark);
  tint = &tints[status];
  return blend (dark ? tint->dark : tint->light, atlas_palette_page (dark),
                tint->alpha[style_index (dark, high_contrast)]);
}

/**
 * atlas_palette_to_hex:
 *
 * Returns: (transfer full): @rgb as “#rrggbb”
 */
char *
atlas_palette_to_hex (guint32 rgb)
{
  return g_strdup_printf ("#%06x", rgb & 0xffffff);
}

/**
 * atlas_palette_to_doubles:
 * @rgb_out: (array fixed-size=3): red, green and blue, 0 to 1, for cairo
 */
void
atlas_palette_to_doubles (guint32  rgb,
                          double  *rgb_out)
{
  rgb_out[0] = ((rgb >> 16) & 0xff) / 255.0;
  rgb_out[1] = ((rgb >> 8) & 0xff) / 255.0;
  rgb_out[2] = (rgb & 0xff) / 255.0;
}
