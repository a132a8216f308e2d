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
  double alpha;             /* of that colour over the page */
  double hover_alpha;       /* when the pointer is over a cell */
  guint32 light;            /* the named colour in libadwaita 1.2's light style */
  guint32 dark;             /* and in its dark style */
} Tint;

/* Unknown has no tint: it is a gap, not a finding */
static const Tint tints[] = {
  [ATLAS_AREA_STATUS_LISTED] = { "@success_color", 0.16, 0.26, 0x26a269, 0x8ff0a4 },
  [ATLAS_AREA_STATUS_REPORTED] = { "@accent_color", 0.12, 0.22, 0x1c71d8, 0x78aeed },
  [ATLAS_AREA_STATUS_NOT_LISTED] = { "@window_fg_color", 0.06, 0.12, 0x333333, 0xffffff },
};

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
  const Tint *tint;

  if (status >= G_N_ELEMENTS (tints) || tints[status].css_colour == NULL)
    return atlas_palette_page (dark);
  tint = &tints[status];
  return blend (dark ? tint->dark : tint->light, atlas_palette_page (dark), tint->alpha);
}

/**
 * atlas_palette_status_css:
 *
 * The window's rules for the Compare page's cells, `button.compare-cell.
 * status-listed` and the others, on libadwaita's named colours.
 *
 * Returns: (transfer full): CSS
 */
char *
atlas_palette_status_css (void)
{
  GString *css = g_string_new ("/* From atlas-palette.c: the statuses' tints */\n");

  for (guint status = 0; status < G_N_ELEMENTS (tints); status++)
    {
      const Tint *tint = &tints[status];
      char alpha[G_ASCII_DTOSTR_BUF_SIZE], hover[G_ASCII_DTOSTR_BUF_SIZE];

      if (tint->css_colour == NULL)
        continue;
      g_ascii_formatd (alpha, sizeof alpha, "%.2f", tint->alpha);
      g_ascii_formatd (hover, sizeof hover, "%.2f", tint->hover_alpha);
      g_string_append_printf (css,
                              "button.compare-cell.status-%s { background-color: alpha(%s, %s); }\n"
                              "button.compare-cell.status-%s:hover { background-color: alpha(%s, %s); }\n",
                              css_names[status], tint->css_colour, alpha,
                              css_names[status], tint->css_colour, hover);
    }
  return g_string_free (css, FALSE);
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
