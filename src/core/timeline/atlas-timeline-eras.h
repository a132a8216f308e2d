/* atlas-timeline-eras.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-timeline-model.h"

G_BEGIN_DECLS

/* The eras a timeline can show: the IPCP's and the ITPP's */
#define ATLAS_TIMELINE_N_ERAS 2

/**
 * AtlasTimelineEra:
 * @type: %ATLAS_PROGRAMME_TYPE_IPCP or %ATLAS_PROGRAMME_TYPE_ITPP
 * @first_day: the Julian day the first programme of that type starts on
 * @last_day: the last day the last one covers (inclusive)
 *
 * The years in which programmes of one type were in force.
 */
typedef struct
{
  AtlasProgrammeType type;
  guint32 first_day;
  guint32 last_day;
} AtlasTimelineEra;

guint       atlas_timeline_eras_compute (AtlasTimelineModel *model,
                                         AtlasTimelineEra   *eras);
const char *atlas_timeline_era_label    (AtlasProgrammeType  type);
guint       atlas_timeline_era_index    (AtlasProgrammeType  type);

G_END_DECLS
