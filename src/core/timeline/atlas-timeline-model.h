/* atlas-timeline-model.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_TIMELINE_MODEL (atlas_timeline_model_get_type ())

G_DECLARE_FINAL_TYPE (AtlasTimelineModel, atlas_timeline_model, ATLAS, TIMELINE_MODEL, GObject)

/* Event kinds index colours, shapes and the legend's toggles. */
#define ATLAS_TIMELINE_N_KINDS (ATLAS_EVENT_KIND_PERIOD + 1)

/**
 * AtlasTimelineItem:
 * @record: the #AtlasEvent or #AtlasProgramme drawn, or %NULL for synthetic items
 * @label: the text drawn beside the marker or inside the bar
 * @first_day: Julian day of the first day the item covers
 * @last_day: Julian day of the last day it covers (inclusive)
 * @start_last_day: last day of the start date: a start known to the year
 *   covers that whole year, which is drawn faintly, never as a day
 * @end_first_day: first day of the end date, for the same reason
 * @lane: the lane (0 is the NATO-wide lane of a dataset's model)
 * @track: the bar track of a span within its lane, or -1 for a point
 * @kind: an #AtlasEventKind; programme periods are %ATLAS_EVENT_KIND_PERIOD
 * @start: the start date as the dataset gives it, with its precision
 * @end: the end date of a span; unset for a point
 * @is_span: drawn as a bar rather than a marker
 * @planned: planned or expected rather than past: hatched, and said so
 * @band: an alliance-wide moment drawn as a band across every lane
 * @crowded: a span that found no free track; it has no label
 *
 * One thing drawn on the timeline. Items are kept sorted by @first_day.
 */
typedef struct
{
  GObject *record;
  char *label;
  char *search_key;
  AtlasDate start;
  AtlasDate end;
  guint32 first_day;
  guint32 last_day;
  guint32 start_last_day;
  guint32 end_first_day;
  guint16 lane;
  gint16 track;
  guint8 kind;
  guint is_span : 1;
  guint planned : 1;
  guint band : 1;
  guint crowded : 1;
} AtlasTimelineItem;

AtlasTimelineModel      *atlas_timeline_model_new             (void);
AtlasTimelineModel      *atlas_timeline_model_new_for_dataset (AtlasDataset       *dataset);
AtlasTimelineModel      *atlas_timeline_model_new_subset      (AtlasTimelineModel *self,
                                                               const gboolean     *keep);

guint                    atlas_timeline_model_add_lane        (AtlasTimelineModel *self,
                                                               const char         *name,
                                                               AtlasPartner       *partner);
void                     atlas_timeline_model_add_item        (AtlasTimelineModel *self,
                                                               GObject            *record,
                                                               const char         *label,
                                                               guint               lane,
                                                               AtlasEventKind      kind,
                                                               const AtlasDate    *start,
                                                               const AtlasDate    *end,
                                                               gboolean            planned);
void                     atlas_timeline_model_finish          (AtlasTimelineModel *self);

AtlasDataset            *atlas_timeline_model_get_dataset     (AtlasTimelineModel *self);
guint                    atlas_timeline_model_get_n_items     (AtlasTimelineModel *self);
const AtlasTimelineItem *atlas_timeline_model_get_item        (AtlasTimelineModel *self,
                                                               guint               index);
guint                    atlas_timeline_model_get_n_lanes     (AtlasTimelineModel *self);
const char              *atlas_timeline_model_get_lane_name   (AtlasTimelineModel *self,
                                                               guint               lane);
const char              *atlas_timeline_model_get_lane_full_name (AtlasTimelineModel *self,
                                                                  guint               lane);
const char              *atlas_timeline_model_get_lane_short_name (AtlasTimelineModel *self,
                                                                   guint               lane);
AtlasPartner            *atlas_timeline_model_get_lane_partner (AtlasTimelineModel *self,
                                                                guint               lane);
guint                    atlas_timeline_model_get_lane_n_tracks (AtlasTimelineModel *self,
                                                                 guint               lane);
guint                    atlas_timeline_model_get_lane_n_points (AtlasTimelineModel *self,
                                                                 guint               lane);
gboolean                 atlas_timeline_model_get_range       (AtlasTimelineModel *self,
                                                               guint32            *first_day,
                                                               guint32            *last_day);
guint32                  atlas_timeline_model_get_kinds       (AtlasTimelineModel *self);
int                      atlas_timeline_model_find_record     (AtlasTimelineModel *self,
                                                               GObject            *record);
int                      atlas_timeline_model_find_shown      (AtlasTimelineModel *self,
                                                               GObject            *record);
void                     atlas_timeline_model_collect_visible (AtlasTimelineModel *self,
                                                               double              start_day,
                                                               double              end_day,
                                                               GArray             *indices);
gboolean                 atlas_timeline_model_item_matches    (AtlasTimelineModel *self,
                                                               guint               index,
                                                               const char         *needle);
char                    *atlas_timeline_model_describe_item   (AtlasTimelineModel *self,
                                                               guint               index,
                                                               const char         *separator);
char                    *atlas_timeline_model_format_dates    (AtlasTimelineModel *self,
                                                               guint               index);
const char              *atlas_timeline_model_get_item_title  (AtlasTimelineModel *self,
                                                               guint               index);
char                    *atlas_timeline_model_get_item_partners (AtlasTimelineModel *self,
                                                                 guint               index);

G_END_DECLS
