/* atlas-timeline-style.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-timeline-style.h"

/* Colours from the GNOME palette: darker shades on light backgrounds and
 * lighter ones on dark, so that each kind keeps its contrast. Shapes say
 * the kind as well, for readers who do not tell the colours apart. */
static const guint32 light_kinds[ATLAS_TIMELINE_N_KINDS] = {
  [ATLAS_EVENT_KIND_OTHER] = 0x77767b,
  [ATLAS_EVENT_KIND_DIALOGUE] = 0x1c71d8,
  [ATLAS_EVENT_KIND_DECLARATION] = 0x813d9c,
  [ATLAS_EVENT_KIND_SIGNING] = 0x26a269,
  [ATLAS_EVENT_KIND_REVISION] = 0x1f8a8a,
  [ATLAS_EVENT_KIND_SUMMIT] = 0xc01c28,
  [ATLAS_EVENT_KIND_ACCESSION] = 0x865e3c,
  [ATLAS_EVENT_KIND_ANNOUNCEMENT] = 0xe66100,
  [ATLAS_EVENT_KIND_MISSION] = 0x9a7d00,
  [ATLAS_EVENT_KIND_STATEMENT] = 0xc4307a,
  [ATLAS_EVENT_KIND_NEGOTIATION] = 0x4a5a8a,
  [ATLAS_EVENT_KIND_PERIOD] = 0x3584e4,
};

static const guint32 dark_kinds[ATLAS_TIMELINE_N_KINDS] = {
  [ATLAS_EVENT_KIND_OTHER] = 0x9a9996,
  [ATLAS_EVENT_KIND_DIALOGUE] = 0x99c1f1,
  [ATLAS_EVENT_KIND_DECLARATION] = 0xc061cb,
  [ATLAS_EVENT_KIND_SIGNING] = 0x57e389,
  [ATLAS_EVENT_KIND_REVISION] = 0x5ed0d0,
  [ATLAS_EVENT_KIND_SUMMIT] = 0xf66151,
  [ATLAS_EVENT_KIND_ACCESSION] = 0xcdab8f,
  [ATLAS_EVENT_KIND_ANNOUNCEMENT] = 0xffa348,
  [ATLAS_EVENT_KIND_MISSION] = 0xf8e45c,
  [ATLAS_EVENT_KIND_STATEMENT] = 0xf28cbc,
  [ATLAS_EVENT_KIND_NEGOTIATION] = 0xa0b0e0,
  [ATLAS_EVENT_KIND_PERIOD] = 0x3584e4,
};

/* The eras' colours, IPCP then ITPP: green and amber, hues no kind of
 * event has, a shade that carries black text (light) or white (dark) in
 * their strips */
static const guint32 era_colors[2][ATLAS_TIMELINE_N_ERAS] = {
  { 0x8ff0a4, 0xf9c96a },
  { 0x26a269, 0xb5835a },
};

/* The rest of each style, as RGB and alpha: normal, then high contrast */
typedef struct
{
  guint32 background, foreground, gutter, band, today, selection;
  double foreground_alpha[2], secondary_alpha[2], lane_alpha, grid_alpha[2], band_alpha[2];
} Palette;

static const Palette palettes[2] = {
  /* light */
  { 0xffffff, 0x000000, 0xf6f5f4, 0xc01c28, 0xc64600, 0x1c71d8,
    { 0.85, 1.0 }, { 0.6, 1.0 }, 0.03, { 0.09, 0.35 }, { 0.08, 0.18 } },
  /* dark */
  { 0x242424, 0xffffff, 0x303030, 0xf66151, 0xff7800, 0x78aeed,
    { 0.92, 1.0 }, { 0.65, 1.0 }, 0.04, { 0.10, 0.35 }, { 0.10, 0.22 } },
};

static AtlasTimelineColor
rgb (guint32 value,
     double  alpha)
{
  return (AtlasTimelineColor) {
    ((value >> 16) & 0xff) / 255.0,
    ((value >> 8) & 0xff) / 255.0,
    (value & 0xff) / 255.0,
    alpha,
  };
}

/**
 * atlas_timeline_style_init:
 *
 * Fills @style with the colours for a light or dark background, in high
 * contrast or not.
 */
void
atlas_timeline_style_init (AtlasTimelineStyle *style,
                           gboolean            dark,
                           gboolean            high_contrast)
{
  const guint32 *kinds = dark ? dark_kinds : light_kinds;
  const Palette *palette;
  guint hc;

  g_return_if_fail (style != NULL);

  palette = &palettes[dark != FALSE];
  hc = high_contrast != FALSE;
  style->background = rgb (palette->background, 1.0);
  style->foreground = rgb (palette->foreground, palette->foreground_alpha[hc]);
  style->secondary = rgb (palette->foreground, palette->secondary_alpha[hc]);
  style->lane_alternate = rgb (palette->foreground, palette->lane_alpha * (hc ? 2 : 1));
  style->gutter = rgb (hc ? palette->background : palette->gutter, 1.0);
  style->grid = rgb (palette->foreground, palette->grid_alpha[hc]);
  style->band = rgb (palette->band, palette->band_alpha[hc]);
  style->today = rgb (palette->today, 1.0);
  style->selection = rgb (palette->selection, 1.0);
  for (guint i = 0; i < ATLAS_TIMELINE_N_KINDS; i++)
    style->kinds[i] = rgb (kinds[i], 1.0);
  /* Bands faint enough to leave the items their contrast; in high
   * contrast the strips are opaque and outlined (see the drawing) */
  for (guint i = 0; i < ATLAS_TIMELINE_N_ERAS; i++)
    style->eras[i] = rgb (era_colors[dark != FALSE][i], hc ? 1.0 : dark ? 0.55 : 0.7);
  style->era_band_alpha = hc ? 0.22 : dark ? 0.16 : 0.18;
  style->line_width = high_contrast ? 2.0 : 1.0;
  style->dim_alpha = high_contrast ? 0.4 : 0.25;
  style->high_contrast = high_contrast;
}
