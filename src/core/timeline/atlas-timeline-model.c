/* atlas-timeline-model.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-claim.h"
#include "atlas-dataset.h"
#include "atlas-event.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-timeline-cap.h"
#include "atlas-timeline-model.h"

/**
 * AtlasTimelineModel:
 *
 * What the timeline draws, as items in lanes, before any geometry: one lane
 * for NATO-wide moments (events with no partner or several) and one per
 * partner in dataset order; programme periods as spans, events as points or
 * spans. Items are sorted by their first day, with the running maximum of
 * their last days beside them, so the items that meet any range of days are
 * found by binary search rather than by looking at all of them.
 */

/* Spans that overlap go on separate tracks of their lane; past this many,
 * the rest share the last track and lose their labels. */
#define MAX_TRACKS 6

typedef struct
{
  char *name;                   /* both capped for drawing */
  char *short_name;
  AtlasPartner *partner;
  guint n_tracks;
  guint n_points;
} Lane;

struct _AtlasTimelineModel
{
  GObject parent_instance;

  AtlasDataset *dataset;
  GArray *items;                /* AtlasTimelineItem, sorted once finished */
  GArray *max_last_day;         /* guint32, running maximum of last_day */
  GArray *lanes;                /* Lane */
  GHashTable *index_of_record;  /* GObject → index + 1 */
  guint32 kinds;                /* bit per AtlasEventKind present */
  gboolean finished;
};

G_DEFINE_FINAL_TYPE (AtlasTimelineModel, atlas_timeline_model, G_TYPE_OBJECT)

static void
clear_item (gpointer data)
{
  AtlasTimelineItem *item = data;

  g_clear_pointer (&item->label, g_free);
  g_clear_pointer (&item->search_key, g_free);
}

static void
clear_lane (gpointer data)
{
  Lane *lane = data;

  g_clear_pointer (&lane->name, g_free);
  g_clear_pointer (&lane->short_name, g_free);
  g_clear_object (&lane->partner);
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const AtlasTimelineItem *x = a;
  const AtlasTimelineItem *y = b;

  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  /* Longer first, as atlas_date_compare orders a year before its days */
  if (x->last_day != y->last_day)
    return x->last_day > y->last_day ? -1 : 1;
  return g_strcmp0 (x->label, y->label);
}

static char *
make_search_key (const char *label,
                 const char *title,
                 const char *partners,
                 AtlasEventKind kind)
{
  g_autofree char *text = g_strjoin ("\n", label, title ? title : "", partners ? partners : "",
                                     atlas_event_kind_to_label (kind), NULL);
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized ? normalized : text, -1);
}

static const char *
record_title (GObject *record)
{
  if (ATLAS_IS_EVENT (record))
    return atlas_event_get_title (ATLAS_EVENT (record));
  if (ATLAS_IS_PROGRAMME (record))
    return atlas_programme_get_title (ATLAS_PROGRAMME (record));
  return NULL;
}

static char *
record_partners (AtlasTimelineModel *self,
                 GObject            *record,
                 guint               lane)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (ATLAS_IS_EVENT (record))
    {
      GPtrArray *partners = atlas_event_get_partners (ATLAS_EVENT (record));

      for (guint i = 0; partners != NULL && i < partners->len; i++)
        {
          if (text->len > 0)
            /* Translators: between the names of the partners an event concerns */
            g_string_append (text, _(", "));
          g_string_append (text, atlas_partner_get_name (g_ptr_array_index (partners, i)));
        }
    }
  else if (ATLAS_IS_PROGRAMME (record) && atlas_programme_get_partner (ATLAS_PROGRAMME (record)))
    g_string_append (text, atlas_partner_get_name (atlas_programme_get_partner (ATLAS_PROGRAMME (record))));
  else if (lane < self->lanes->len)
    g_string_append (text, g_array_index (self->lanes, Lane, lane).name);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static guint
lane_for_partners (AtlasTimelineModel *self,
                   GPtrArray          *partners)
{
  /* Events of no partner or of several are alliance-wide moments */
  if (partners == NULL || partners->len != 1)
    return 0;
  for (guint i = 1; i < self->lanes->len; i++)
    if (g_array_index (self->lanes, Lane, i).partner == g_ptr_array_index (partners, 0))
      return i;
  return 0;
}

static char *
programme_label (AtlasProgramme *programme)
{
  const char *type = atlas_programme_type_to_label (atlas_programme_get_programme_type (programme));
  g_autofree char *start = atlas_date_format (atlas_programme_get_period_start (programme));
  const AtlasDate *end_date = atlas_programme_get_period_end (programme);
  g_autofree char *end = atlas_date_is_set (end_date) ? atlas_date_format (end_date) : NULL;
  g_autofree char *period = NULL;
  AtlasProgrammeStatus status;

  if (end != NULL && g_strcmp0 (start, end) != 0)
    /* Translators: a programme's period, as "2023–2026" */
    period = g_strdup_printf (C_("timeline period", "%s–%s"), start, end);
  else
    period = g_steal_pointer (&start);

  if (atlas_programme_get_period_planned (programme))
    /* Translators: a planned programme's bar on the timeline, as "ITPP 2027–2030 (planned)" */
    return g_strdup_printf (C_("timeline bar", "%s %s (planned)"), type, period);
  status = atlas_programme_get_status (programme);
  if (status != ATLAS_PROGRAMME_STATUS_UNKNOWN && status != ATLAS_PROGRAMME_STATUS_PLANNED)
    /* Translators: a programme's bar on the timeline with its status, as
     * "ITPP 2023–2026 · In force" */
    return g_strdup_printf (C_("timeline bar", "%s %s · %s"), type, period,
                            atlas_programme_status_to_label (status));
  /* Translators: a programme's bar on the timeline, as "ITPP 2023–2026" */
  return g_strdup_printf (C_("timeline bar", "%s %s"), type, period);
}

static gboolean
same_period (AtlasEvent     *event,
             AtlasProgramme *programme)
{
  const AtlasDate *start = atlas_programme_get_period_start (programme);
  const AtlasDate *end = atlas_programme_get_period_end (programme);

  return atlas_date_is_set (start) && atlas_date_is_set (atlas_event_get_end (event)) &&
         atlas_date_is_set (end) &&
         atlas_date_compare (start, atlas_event_get_date (event)) == 0 &&
         atlas_date_compare (end, atlas_event_get_end (event)) == 0;
}

static void
add_programmes (AtlasTimelineModel *self,
                AtlasDataset       *dataset,
                GHashTable         *with_events)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      g_autoptr(GPtrArray) partners = g_ptr_array_new ();
      const AtlasDate *start = atlas_programme_get_period_start (programme);
      GPtrArray *signatures = atlas_programme_get_signed (programme);
      g_autofree char *label = NULL;
      guint lane;

      if (atlas_programme_get_partner (programme) != NULL)
        g_ptr_array_add (partners, atlas_programme_get_partner (programme));
      lane = lane_for_partners (self, partners);

      if (atlas_date_is_set (start))
        {
          label = programme_label (programme);
          atlas_timeline_model_add_item (self, G_OBJECT (programme), label, lane,
                                         ATLAS_EVENT_KIND_PERIOD, start,
                                         atlas_programme_get_period_end (programme),
                                         atlas_programme_get_period_planned (programme));
        }
      else if (!g_hash_table_contains (with_events, programme) &&
               signatures != NULL && signatures->len > 0)
        {
          /* No period and no event: the programme is shown where it was
           * signed, so that every programme has a place. Its signatures
           * are claims; the first one stands for them. */
          const AtlasDate *date = atlas_claim_get_date (g_ptr_array_index (signatures, 0));

          if (atlas_date_is_set (date))
            atlas_timeline_model_add_item (self, G_OBJECT (programme),
                                           atlas_programme_get_short_label (programme), lane,
                                           ATLAS_EVENT_KIND_SIGNING, date, NULL, FALSE);
        }
    }
}

static void
add_events (AtlasTimelineModel *self,
            AtlasDataset       *dataset,
            GPtrArray          *duplicates)
{
  GListModel *events = atlas_dataset_get_events (dataset);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);
      AtlasProgramme *programme = atlas_event_get_programme (event);

      if (!atlas_date_is_set (atlas_event_get_date (event)))
        continue;
      /* A period event that repeats its programme's period would draw the
       * same bar twice; the programme's bar stands for both. */
      if (atlas_event_get_kind (event) == ATLAS_EVENT_KIND_PERIOD && programme != NULL &&
          same_period (event, programme))
        {
          g_ptr_array_add (duplicates, g_object_ref (event));
          continue;
        }
      atlas_timeline_model_add_item (self, G_OBJECT (event), atlas_event_get_title (event),
                                     lane_for_partners (self, atlas_event_get_partners (event)),
                                     atlas_event_get_kind (event), atlas_event_get_date (event),
                                     atlas_event_get_end (event), atlas_event_get_planned (event));
    }
}

static void
assign_tracks (AtlasTimelineModel *self)
{
  g_autofree guint32 *track_end = g_new0 (guint32, (gsize) self->lanes->len * MAX_TRACKS);
  g_autofree gboolean *track_used = g_new0 (gboolean, (gsize) self->lanes->len * MAX_TRACKS);

  for (guint i = 0; i < self->items->len; i++)
    {
      AtlasTimelineItem *item = &g_array_index (self->items, AtlasTimelineItem, i);
      Lane *lane = &g_array_index (self->lanes, Lane, item->lane);
      guint32 *ends = &track_end[item->lane * MAX_TRACKS];
      gboolean *used = &track_used[item->lane * MAX_TRACKS];
      guint best = 0;

      if (!item->is_span)
        {
          item->track = -1;
          lane->n_points++;
          continue;
        }

      item->track = -1;
      for (guint t = 0; t < MAX_TRACKS; t++)
        {
          if (!used[t] || ends[t] < item->first_day)
            {
              item->track = (gint16) t;
              break;
            }
          if (ends[t] < ends[best])
            best = t;
        }
      if (item->track < 0)
        {
          item->track = (gint16) best;
          item->crowded = TRUE;
        }
      used[item->track] = TRUE;
      ends[item->track] = MAX (ends[item->track], item->last_day);
      lane->n_tracks = MAX (lane->n_tracks, (guint) item->track + 1);
    }
}

static void
atlas_timeline_model_finalize (GObject *object)
{
  AtlasTimelineModel *self = (AtlasTimelineModel *) object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->max_last_day, g_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->index_of_record, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_timeline_model_parent_class)->finalize (object);
}

static void
atlas_timeline_model_class_init (AtlasTimelineModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_timeline_model_finalize;
}

static void
atlas_timeline_model_init (AtlasTimelineModel *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (AtlasTimelineItem));
  g_array_set_clear_func (self->items, clear_item);
  self->max_last_day = g_array_new (FALSE, TRUE, sizeof (guint32));
  self->lanes = g_array_new (FALSE, TRUE, sizeof (Lane));
  g_array_set_clear_func (self->lanes, clear_lane);
  self->index_of_record = g_hash_table_new (NULL, NULL);
}

/**
 * atlas_timeline_model_new:
 *
 * An empty model to fill with atlas_timeline_model_add_lane() and
 * atlas_timeline_model_add_item(), then atlas_timeline_model_finish();
 * used for synthetic timelines (benchmarks, tests).
 */
AtlasTimelineModel *
atlas_timeline_model_new (void)
{
  return g_object_new (ATLAS_TYPE_TIMELINE_MODEL, NULL);
}

/**
 * atlas_timeline_model_new_for_dataset:
 *
 * The timeline of @dataset: a NATO-wide lane, then one lane per partner.
 */
AtlasTimelineModel *
atlas_timeline_model_new_for_dataset (AtlasDataset *dataset)
{
  g_autoptr(AtlasTimelineModel) self = atlas_timeline_model_new ();
  g_autoptr(GHashTable) with_events = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) duplicates = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *partners;
  GListModel *events;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  self->dataset = g_object_ref (dataset);
  /* Translators: the timeline's lane for summits and alliance-level events */
  atlas_timeline_model_add_lane (self, _("NATO-wide"), NULL);
  partners = atlas_dataset_get_partners (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(AtlasPartner) partner = g_list_model_get_item (partners, i);

      atlas_timeline_model_add_lane (self, atlas_partner_get_name (partner), partner);
    }

  events = atlas_dataset_get_events (dataset);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) event = g_list_model_get_item (events, i);

      if (atlas_event_get_programme (event) != NULL)
        g_hash_table_add (with_events, atlas_event_get_programme (event));
    }

  add_programmes (self, dataset, with_events);
  add_events (self, dataset, duplicates);
  atlas_timeline_model_finish (self);

  for (guint i = 0; i < duplicates->len; i++)
    {
      AtlasEvent *event = g_ptr_array_index (duplicates, i);
      gpointer index = g_hash_table_lookup (self->index_of_record, atlas_event_get_programme (event));

      if (index != NULL)
        g_hash_table_insert (self->index_of_record, event, index);
    }

  return g_steal_pointer (&self);
}

/**
 * atlas_timeline_model_add_lane:
 * @partner: (nullable): the partner of the lane
 *
 * Returns: the index of the new lane
 */
guint
atlas_timeline_model_add_lane (AtlasTimelineModel *self,
                               const char         *name,
                               AtlasPartner       *partner)
{
  Lane lane = { 0 };

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (!self->finished, 0);
  g_return_val_if_fail (self->lanes->len < G_MAXUINT16, 0);

  lane.name = atlas_timeline_cap_text (name);
  if (partner != NULL && atlas_partner_get_short_name (partner) != NULL)
    lane.short_name = atlas_timeline_cap_text (atlas_partner_get_short_name (partner));
  lane.partner = partner ? g_object_ref (partner) : NULL;
  g_array_append_val (self->lanes, lane);
  return self->lanes->len - 1;
}

/**
 * atlas_timeline_model_add_item:
 * @record: (nullable): what the item stands for
 * @end: (nullable): the end of a span; %NULL or unset for a point
 *
 * Adds an item covering @start (all of it, at its own precision) to @end.
 * An end before the start is taken as a point at @start.
 */
void
atlas_timeline_model_add_item (AtlasTimelineModel *self,
                               GObject            *record,
                               const char         *label,
                               guint               lane,
                               AtlasEventKind      kind,
                               const AtlasDate    *start,
                               const AtlasDate    *end,
                               gboolean            planned)
{
  AtlasTimelineItem item = { 0 };
  g_autofree char *partners = NULL;

  g_return_if_fail (ATLAS_IS_TIMELINE_MODEL (self));
  g_return_if_fail (!self->finished);
  g_return_if_fail (lane < self->lanes->len);
  g_return_if_fail (kind < ATLAS_TIMELINE_N_KINDS);
  g_return_if_fail (atlas_date_is_set (start));

  item.record = record;
  item.label = atlas_timeline_cap_text (label);
  item.lane = (guint16) lane;
  item.kind = (guint8) kind;
  item.planned = planned != FALSE;
  item.start = *start;
  item.first_day = atlas_date_first_day (start);
  item.start_last_day = atlas_date_last_day (start);
  item.last_day = item.start_last_day;
  item.end_first_day = item.first_day;
  if (atlas_date_is_set (end) && atlas_date_last_day (end) > item.start_last_day)
    {
      item.end = *end;
      item.is_span = TRUE;
      item.last_day = atlas_date_last_day (end);
      item.end_first_day = MAX (atlas_date_first_day (end), item.first_day);
    }
  if (ATLAS_IS_EVENT (record))
    {
      GPtrArray *event_partners = atlas_event_get_partners (ATLAS_EVENT (record));

      /* Summits and moments that involve several partners cross every lane */
      item.band = kind == ATLAS_EVENT_KIND_SUMMIT ||
                  (event_partners != NULL && event_partners->len > 1);
    }
  else
    item.band = kind == ATLAS_EVENT_KIND_SUMMIT;

  partners = record_partners (self, record, lane);
  item.search_key = make_search_key (item.label, record_title (record), partners, kind);
  self->kinds |= 1u << kind;
  g_array_append_val (self->items, item);
}

/**
 * atlas_timeline_model_finish:
 *
 * Sorts the items and assigns tracks; the model is read-only afterwards.
 */
void
atlas_timeline_model_finish (AtlasTimelineModel *self)
{
  guint32 running = 0;

  g_return_if_fail (ATLAS_IS_TIMELINE_MODEL (self));
  g_return_if_fail (!self->finished);

  self->finished = TRUE;
  g_array_sort (self->items, compare_items);
  g_array_set_size (self->max_last_day, self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    {
      AtlasTimelineItem *item = &g_array_index (self->items, AtlasTimelineItem, i);

      running = MAX (running, item->last_day);
      g_array_index (self->max_last_day, guint32, i) = running;
      if (item->record != NULL && !g_hash_table_contains (self->index_of_record, item->record))
        g_hash_table_insert (self->index_of_record, item->record, GUINT_TO_POINTER (i + 1));
    }
  assign_tracks (self);
}

/**
 * atlas_timeline_model_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset drawn
 */
AtlasDataset *
atlas_timeline_model_get_dataset (AtlasTimelineModel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  return self->dataset;
}

guint
atlas_timeline_model_get_n_items (AtlasTimelineModel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), 0);
  return self->items->len;
}

const AtlasTimelineItem *
atlas_timeline_model_get_item (AtlasTimelineModel *self,
                               guint               index)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, AtlasTimelineItem, index);
}

guint
atlas_timeline_model_get_n_lanes (AtlasTimelineModel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), 0);
  return self->lanes->len;
}

const char *
atlas_timeline_model_get_lane_name (AtlasTimelineModel *self,
                                    guint               lane)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return g_array_index (self->lanes, Lane, lane).name;
}

/**
 * atlas_timeline_model_get_lane_full_name:
 *
 * Returns: the lane's name as the dataset gives it, not capped for drawing
 *   (for a tooltip or a screen reader, cap it with
 *   atlas_timeline_cap_text_to())
 */
const char *
atlas_timeline_model_get_lane_full_name (AtlasTimelineModel *self,
                                         guint               lane)
{
  AtlasPartner *partner;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  partner = g_array_index (self->lanes, Lane, lane).partner;
  if (partner != NULL && atlas_partner_get_name (partner) != NULL)
    return atlas_partner_get_name (partner);
  return g_array_index (self->lanes, Lane, lane).name;
}

/**
 * atlas_timeline_model_get_lane_short_name:
 *
 * Returns: (nullable): the short name of the lane's partner, as drawn
 *   (atlas_timeline_cap_text()), or %NULL when it has none
 */
const char *
atlas_timeline_model_get_lane_short_name (AtlasTimelineModel *self,
                                          guint               lane)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return g_array_index (self->lanes, Lane, lane).short_name;
}

/**
 * atlas_timeline_model_get_lane_partner:
 *
 * Returns: (transfer none) (nullable): the lane's partner; %NULL for the
 *   NATO-wide lane
 */
AtlasPartner *
atlas_timeline_model_get_lane_partner (AtlasTimelineModel *self,
                                       guint               lane)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (lane < self->lanes->len, NULL);
  return g_array_index (self->lanes, Lane, lane).partner;
}

guint
atlas_timeline_model_get_lane_n_tracks (AtlasTimelineModel *self,
                                        guint               lane)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);
  return g_array_index (self->lanes, Lane, lane).n_tracks;
}

guint
atlas_timeline_model_get_lane_n_points (AtlasTimelineModel *self,
                                        guint               lane)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), 0);
  g_return_val_if_fail (lane < self->lanes->len, 0);
  return g_array_index (self->lanes, Lane, lane).n_points;
}

/**
 * atlas_timeline_model_get_range:
 *
 * Returns: %FALSE when there are no items, else the first and last day any
 *   item covers
 */
gboolean
atlas_timeline_model_get_range (AtlasTimelineModel *self,
                                guint32            *first_day,
                                guint32            *last_day)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (self->finished, FALSE);

  if (self->items->len == 0)
    return FALSE;
  *first_day = g_array_index (self->items, AtlasTimelineItem, 0).first_day;
  *last_day = g_array_index (self->max_last_day, guint32, self->max_last_day->len - 1);
  return TRUE;
}

/**
 * atlas_timeline_model_get_kinds:
 *
 * Returns: the kinds of the items, one bit per #AtlasEventKind
 */
guint32
atlas_timeline_model_get_kinds (AtlasTimelineModel *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), 0);
  return self->kinds;
}

/**
 * atlas_timeline_model_find_record:
 *
 * Returns: the index of the item that draws @record, or -1. An event whose
 *   period is its programme's is drawn by the programme's bar.
 */
int
atlas_timeline_model_find_record (AtlasTimelineModel *self,
                                  GObject            *record)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), -1);

  if (record == NULL)
    return -1;
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of_record, record)) - 1;
}

/**
 * atlas_timeline_model_collect_visible:
 * @indices: (element-type guint): where the indices go, in order
 *
 * Appends the index of every item that meets the days [@start_day,
 * @end_day): binary search over the sorted first days finds where they
 * stop, and over the running maximum of last days where they may start, so
 * only the items in between are looked at.
 */
void
atlas_timeline_model_collect_visible (AtlasTimelineModel *self,
                                      double              start_day,
                                      double              end_day,
                                      GArray             *indices)
{
  guint lo = 0, hi, from, to;

  g_return_if_fail (ATLAS_IS_TIMELINE_MODEL (self));
  g_return_if_fail (self->finished);

  /* from: the first item whose running maximum reaches start_day */
  hi = self->items->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->max_last_day, guint32, mid) + 1.0 <= start_day)
        lo = mid + 1;
      else
        hi = mid;
    }
  from = lo;

  /* to: the first item that starts at or after end_day */
  hi = self->items->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->items, AtlasTimelineItem, mid).first_day < end_day)
        lo = mid + 1;
      else
        hi = mid;
    }
  to = lo;

  for (guint i = from; i < to; i++)
    {
      const AtlasTimelineItem *item = &g_array_index (self->items, AtlasTimelineItem, i);

      if (item->last_day + 1.0 > start_day)
        g_array_append_val (indices, i);
    }
}

/**
 * atlas_timeline_model_item_matches:
 * @needle: search text, already normalized and case-folded, or %NULL
 *
 * Whether the item's label, title, partners or kind contain @needle.
 */
gboolean
atlas_timeline_model_item_matches (AtlasTimelineModel *self,
                                   guint               index,
                                   const char         *needle)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), FALSE);
  g_return_val_if_fail (index < self->items->len, FALSE);

  if (needle == NULL || needle[0] == '\0')
    return TRUE;
  return strstr (g_array_index (self->items, AtlasTimelineItem, index).search_key, needle) != NULL;
}

/**
 * atlas_timeline_model_format_dates:
 *
 * Returns: the item's dates for people, each with its own precision:
 *   "13 July 2023", "2023–2026"
 */
char *
atlas_timeline_model_format_dates (AtlasTimelineModel *self,
                                   guint               index)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self, index);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (item != NULL, NULL);

  start = atlas_date_format (&item->start);
  if (!atlas_date_is_set (&item->end))
    return g_steal_pointer (&start);
  end = atlas_date_format (&item->end);
  return g_strdup_printf (C_("timeline period", "%s–%s"), start, end);
}

/**
 * atlas_timeline_model_describe_item:
 * @separator: what goes between the parts, such as "\n" or ", "
 *
 * Returns: what the item is, for tooltips and screen readers: its title,
 *   dates as precise as they are known, partners and kind
 */
char *
atlas_timeline_model_describe_item (AtlasTimelineModel *self,
                                    guint               index,
                                    const char         *separator)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self, index);
  g_autofree char *dates = NULL;
  g_autofree char *partners = NULL;
  g_autoptr(GString) text = NULL;
  const char *title;

  g_return_val_if_fail (item != NULL, NULL);

  title = record_title (item->record);
  dates = atlas_timeline_model_format_dates (self, index);
  partners = record_partners (self, item->record, item->lane);
  text = g_string_new (title ? title : item->label);
  g_string_append_printf (text, "%s%s", separator, dates);
  if (partners[0] != '\0')
    g_string_append_printf (text, "%s%s", separator, partners);
  g_string_append_printf (text, "%s%s", separator, atlas_event_kind_to_label (item->kind));
  if (item->planned)
    /* Translators: said of a timeline item that is planned or expected, not past */
    g_string_append_printf (text, "%s%s", separator, _("planned"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * atlas_timeline_model_new_subset:
 * @keep: (array): for each item of @self, whether the subset has it
 *
 * A model of some of @self's items, for the window's filters: the lanes
 * that keep an item, in their order, and the items kept, laid out anew.
 * A record that @self draws with another record's item (a period event
 * drawn by its programme's bar) is found at that item here too.
 *
 * Returns: (transfer full): the new model, finished
 */
AtlasTimelineModel *
atlas_timeline_model_new_subset (AtlasTimelineModel *self,
                                 const gboolean     *keep)
{
  g_autoptr(AtlasTimelineModel) subset = NULL;
  g_autofree int *lane_of = NULL;
  GHashTableIter iter;
  gpointer record, index;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), NULL);
  g_return_val_if_fail (self->finished, NULL);
  g_return_val_if_fail (keep != NULL || self->items->len == 0, NULL);

  subset = atlas_timeline_model_new ();
  subset->dataset = self->dataset ? g_object_ref (self->dataset) : NULL;

  lane_of = g_new (int, MAX (self->lanes->len, 1));
  for (guint i = 0; i < self->lanes->len; i++)
    lane_of[i] = -1;
  for (guint i = 0; i < self->items->len; i++)
    if (keep[i])
      lane_of[g_array_index (self->items, AtlasTimelineItem, i).lane] = 0;
  for (guint i = 0; i < self->lanes->len; i++)
    if (lane_of[i] == 0)
      {
        const Lane *lane = &g_array_index (self->lanes, Lane, i);

        lane_of[i] = (int) atlas_timeline_model_add_lane (subset, lane->name, lane->partner);
      }

  /* The items are sorted already, so the subset keeps their order */
  for (guint i = 0; i < self->items->len; i++)
    {
      const AtlasTimelineItem *item = &g_array_index (self->items, AtlasTimelineItem, i);

      if (keep[i])
        atlas_timeline_model_add_item (subset, item->record, item->label, (guint) lane_of[item->lane],
                                       item->kind, &item->start, &item->end, item->planned);
    }
  atlas_timeline_model_finish (subset);

  /* Records drawn by another record's item */
  g_hash_table_iter_init (&iter, self->index_of_record);
  while (g_hash_table_iter_next (&iter, &record, &index))
    {
      const AtlasTimelineItem *item = &g_array_index (self->items, AtlasTimelineItem, GPOINTER_TO_UINT (index) - 1);
      int found;

      if (item->record == record || !keep[GPOINTER_TO_UINT (index) - 1])
        continue;
      if ((found = atlas_timeline_model_find_record (subset, item->record)) >= 0)
        g_hash_table_insert (subset->index_of_record, record, GUINT_TO_POINTER ((guint) found + 1));
    }

  return g_steal_pointer (&subset);
}

/**
 * atlas_timeline_model_get_item_title:
 *
 * Returns: (transfer none): the title of the item's record, or its label
 *   when it has none
 */
const char *
atlas_timeline_model_get_item_title (AtlasTimelineModel *self,
                                     guint               index)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self, index);
  const char *title;

  g_return_val_if_fail (item != NULL, NULL);

  title = record_title (item->record);
  return title ? title : item->label;
}

/**
 * atlas_timeline_model_get_item_partners:
 *
 * Returns: (transfer full): the names of the partners the item concerns,
 *   or its lane's name; empty for an event that names no partner
 */
char *
atlas_timeline_model_get_item_partners (AtlasTimelineModel *self,
                                        guint               index)
{
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (self, index);

  g_return_val_if_fail (item != NULL, NULL);
  return record_partners (self, item->record, item->lane);
}

/**
 * atlas_timeline_model_find_shown:
 *
 * Returns: the index of the item that shows @record: its own (see
 *   atlas_timeline_model_find_record()), or for a programme drawn only
 *   through its events, the first of them; -1 when none does
 */
int
atlas_timeline_model_find_shown (AtlasTimelineModel *self,
                                 GObject            *record)
{
  int index;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (self), -1);

  if ((index = atlas_timeline_model_find_record (self, record)) >= 0 || !ATLAS_IS_PROGRAMME (record))
    return index;
  for (guint i = 0; i < self->items->len; i++)
    {
      GObject *other = g_array_index (self->items, AtlasTimelineItem, i).record;

      if (ATLAS_IS_EVENT (other) && (GObject *) atlas_event_get_programme (ATLAS_EVENT (other)) == record)
        return (int) i;
    }
  return -1;
}
