/* atlas-timeline-style.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-timeline-eras.h"
#include "atlas-timeline-model.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} AtlasTimelineColor;

/**
 * AtlasTimelineStyle:
 *
 * The colours the timeline is drawn with. The widget picks them from the
 * desktop's style (light, dark, high contrast) and the exports from the
 * caller, so that drawing never asks GTK.
 */
typedef struct
{
  AtlasTimelineColor background;
  AtlasTimelineColor foreground;
  AtlasTimelineColor secondary;       /* lane names, ruler labels */
  AtlasTimelineColor lane_alternate;  /* every other lane's background */
  AtlasTimelineColor gutter;
  AtlasTimelineColor grid;
  AtlasTimelineColor band;            /* summits across every lane */
  AtlasTimelineColor today;
  AtlasTimelineColor selection;
  AtlasTimelineColor kinds[ATLAS_TIMELINE_N_KINDS];
  AtlasTimelineColor eras[ATLAS_TIMELINE_N_ERAS];     /* IPCP, ITPP: their strips */
  double era_band_alpha;              /* of an era's colour, behind the lanes */
  double line_width;                  /* outlines; wider in high contrast */
  double dim_alpha;                   /* items that do not match the search */
  gboolean high_contrast;
} AtlasTimelineStyle;

void atlas_timeline_style_init (AtlasTimelineStyle *style,
                                gboolean            dark,
                                gboolean            high_contrast);

G_END_DECLS
