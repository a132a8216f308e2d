/* test-palette.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-enums.h"
#include "atlas-palette.h"

static const AtlasAreaStatus statuses[] = {
  ATLAS_AREA_STATUS_UNKNOWN, ATLAS_AREA_STATUS_LISTED,
  ATLAS_AREA_STATUS_REPORTED, ATLAS_AREA_STATUS_NOT_LISTED,
};

/* WCAG 2's relative luminance and contrast ratio */
static double
luminance (guint32 rgb)
{
  double c[3], l = 0;
  static const double weights[3] = { 0.2126, 0.7152, 0.0722 };

  atlas_palette_to_doubles (rgb, c);
  for (guint i = 0; i < 3; i++)
    {
      double v = c[i] <= 0.03928 ? c[i] / 12.92 : pow ((c[i] + 0.055) / 1.055, 2.4);

      l += weights[i] * v;
    }
  return l;
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static guint
channel (guint32 rgb,
         guint   i)
{
  return (rgb >> (16 - 8 * i)) & 0xff;
}

/* Text reads on every tint, in light and dark; each tint differs from the
 * page and from the others; unknown is the page itself */
static void
test_fills (void)
{
  for (guint dark = 0; dark <= 1; dark++)
    {
      guint32 page = atlas_palette_page (dark);
      guint32 ink = atlas_palette_ink (dark);

      g_assert_cmpuint (atlas_palette_status_fill (ATLAS_AREA_STATUS_UNKNOWN, dark), ==, page);
      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        {
          guint32 fill = atlas_palette_status_fill (statuses[i], dark);

          g_test_message ("%s %u: #%06x, text contrast %.1f", dark ? "dark" : "light", statuses[i], fill,
                          contrast (ink, fill));
          g_assert_cmpfloat (contrast (ink, fill), >=, 7.0);
          if (statuses[i] != ATLAS_AREA_STATUS_UNKNOWN)
            g_assert_cmpuint (fill, !=, page);
          for (guint j = 0; j < i; j++)
            g_assert_cmpuint (fill, !=, atlas_palette_status_fill (statuses[j], dark));
        }

      /* Listed is green, reported blue, as in the window */
      {
        guint32 listed = atlas_palette_status_fill (ATLAS_AREA_STATUS_LISTED, dark);
        guint32 reported = atlas_palette_status_fill (ATLAS_AREA_STATUS_REPORTED, dark);

        g_assert_cmpuint (channel (listed, 1), >, channel (listed, 0));
        g_assert_cmpuint (channel (listed, 1), >, channel (listed, 2));
        g_assert_cmpuint (channel (reported, 2), >, channel (reported, 0));
      }
    }
}

/* Each status stays apart from unknown (the bare page) and from the
 * others, in every style, and text keeps 7:1 on it: the dark style's
 * Reported read as Unknown at 1.25:1 */
static void
test_distinguishable (void)
{
  for (guint style = 0; style < 4; style++)
    {
      gboolean dark = style & 1, high_contrast = style & 2;
      guint32 page = atlas_palette_page (dark);

      for (guint i = 1; i < G_N_ELEMENTS (statuses); i++)
        {
          guint32 fill = atlas_palette_status_fill_styled (statuses[i], dark, high_contrast);

          g_test_message ("style %u status %u: #%06x, text %.2f, against unknown %.2f", style, statuses[i], fill,
                          contrast (atlas_palette_ink (dark), fill), contrast (fill, page));
          g_assert_cmpfloat (contrast (atlas_palette_ink (dark), fill), >=, 7.0);
          g_assert_cmpfloat (contrast (fill, page), >=, 1.18);
          for (guint j = 1; j < i; j++)
            {
              guint32 other = atlas_palette_status_fill_styled (statuses[j], dark, high_contrast);

              g_test_message ("  against status %u: %.2f", statuses[j], contrast (fill, other));
              g_assert_cmpfloat (contrast (fill, other), >=, 1.1);
            }
        }
      /* Reported, the one that read as unknown, is clear of it */
      g_assert_cmpfloat (contrast (atlas_palette_status_fill_styled (ATLAS_AREA_STATUS_REPORTED, dark, high_contrast),
                                   page), >=, 1.35);
    }
}

static void
test_css (void)
{
  g_autofree char *css = atlas_palette_status_css (FALSE, FALSE);
  g_autofree char *dark = atlas_palette_status_css (TRUE, FALSE);

  g_assert_nonnull (strstr (css, "button.compare-cell.status-listed { background-color: alpha(@success_color, 0.40); }"));
  /* The dark style has tints of its own */
  g_assert_nonnull (strstr (dark, "button.compare-cell.status-reported { background-color: alpha(@accent_color, 0.20); }"));
  g_assert_cmpstr (css, !=, dark);
  g_assert_nonnull (strstr (css, "button.compare-cell.status-reported {"));
  g_assert_nonnull (strstr (css, "button.compare-cell.status-not-listed:hover {"));
  /* Unknown has no tint, in the window as in the exports */
  g_assert_null (strstr (css, "status-unknown"));
}

static void
test_hex (void)
{
  g_autofree char *hex = atlas_palette_to_hex (0x0a0b0c);
  double rgb[3];

  g_assert_cmpstr (hex, ==, "#0a0b0c");
  atlas_palette_to_doubles (0xff0080, rgb);
  g_assert_cmpfloat (rgb[0], ==, 1.0);
  g_assert_cmpfloat (rgb[1], ==, 0.0);
  g_assert_cmpfloat_with_epsilon (rgb[2], 128 / 255.0, 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/palette/fills", test_fills);
  g_test_add_func ("/palette/css", test_css);
  g_test_add_func ("/palette/distinguishable", test_distinguishable);
  g_test_add_func ("/palette/hex", test_hex);
  return g_test_run ();
}
