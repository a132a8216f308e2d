/* atlas-timeline-filter.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-timeline-model.h"
#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_FILTER (atlas_timeline_filter_get_type ())

/* The value of the type and status fields that lets every value through */
#define ATLAS_TIMELINE_FILTER_ANY (-1)

/**
 * AtlasTimelineFilter:
 * @partner: (nullable): the partner whose items to keep, or %NULL
 * @programme_type: an #AtlasProgrammeType, or %ATLAS_TIMELINE_FILTER_ANY
 * @status: an #AtlasProgrammeStatus, or %ATLAS_TIMELINE_FILTER_ANY
 * @year_from: the first year of the range, or 0 for no limit
 * @year_to: the last year of the range, or 0 for no limit
 * @search_text: (nullable): what the items must contain, as typed
 *
 * The window's filters and search, as the timeline applies them.
 */
typedef struct
{
  AtlasPartner *partner;
  int programme_type;
  int status;
  guint year_from;
  guint year_to;
  char *search_text;
} AtlasTimelineFilter;

GType                atlas_timeline_filter_get_type        (void) G_GNUC_CONST;
AtlasTimelineFilter *atlas_timeline_filter_new             (void);
AtlasTimelineFilter *atlas_timeline_filter_copy            (const AtlasTimelineFilter *self);
void                 atlas_timeline_filter_free            (AtlasTimelineFilter       *self);
void                 atlas_timeline_filter_set_partner     (AtlasTimelineFilter       *self,
                                                            AtlasPartner              *partner);
void                 atlas_timeline_filter_set_search_text (AtlasTimelineFilter       *self,
                                                            const char                *search_text);
gboolean             atlas_timeline_filter_is_active       (const AtlasTimelineFilter *self);
gboolean             atlas_timeline_filter_equal           (const AtlasTimelineFilter *a,
                                                            const AtlasTimelineFilter *b);
gboolean             atlas_timeline_filter_keeps_record    (const AtlasTimelineFilter *self,
                                                            GObject                   *record);
AtlasTimelineModel  *atlas_timeline_filter_apply           (const AtlasTimelineFilter *self,
                                                            AtlasTimelineModel        *model);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasTimelineFilter, atlas_timeline_filter_free)

G_END_DECLS
