/* atlas-timeline-filter.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "atlas-event.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-search.h"
#include "atlas-timeline-filter.h"

/**
 * AtlasTimelineFilter:
 *
 * What of the timeline the window's filters and search let through:
 *
 * - a partner keeps its programmes and the events that concern it, and
 *   the alliance-wide moments that name no partner, which concern every
 *   partner;
 * - a programme type or status keeps the programmes of that type or
 *   status and the events of those programmes; an event of no programme
 *   is no programme of another type, so it stays;
 * - a year range keeps what meets one of its years, with the dates as
 *   precise as they are known: a date known to the year meets that year;
 * - search text keeps the items whose label, title, partners or kind
 *   contain it, compared as atlas_search_fold() does (case and accents
 *   aside).
 *
 * Lanes left without an item are not shown.
 */

G_DEFINE_BOXED_TYPE (AtlasTimelineFilter, atlas_timeline_filter,
                     atlas_timeline_filter_copy, atlas_timeline_filter_free)

AtlasTimelineFilter *
atlas_timeline_filter_new (void)
{
  AtlasTimelineFilter *self = g_new0 (AtlasTimelineFilter, 1);

  self->programme_type = ATLAS_TIMELINE_FILTER_ANY;
  self->status = ATLAS_TIMELINE_FILTER_ANY;
  return self;
}

AtlasTimelineFilter *
atlas_timeline_filter_copy (const AtlasTimelineFilter *self)
{
  AtlasTimelineFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->partner = self->partner ? g_object_ref (self->partner) : NULL;
  copy->search_text = g_strdup (self->search_text);
  return copy;
}

void
atlas_timeline_filter_free (AtlasTimelineFilter *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->partner);
  g_clear_pointer (&self->search_text, g_free);
  g_free (self);
}

void
atlas_timeline_filter_set_partner (AtlasTimelineFilter *self,
                                   AtlasPartner        *partner)
{
  g_return_if_fail (self != NULL);
  g_set_object (&self->partner, partner);
}

void
atlas_timeline_filter_set_search_text (AtlasTimelineFilter *self,
                                       const char          *search_text)
{
  g_return_if_fail (self != NULL);
  g_free (self->search_text);
  self->search_text = g_strdup (search_text);
}

static char *
fold_search (const AtlasTimelineFilter *self)
{
  if (self->search_text == NULL || !g_utf8_validate (self->search_text, -1, NULL))
    return g_strdup ("");
  return g_strstrip (atlas_search_fold (self->search_text));
}

gboolean
atlas_timeline_filter_is_active (const AtlasTimelineFilter *self)
{
  g_autofree char *needle = NULL;

  if (self == NULL)
    return FALSE;
  if (self->partner != NULL || self->programme_type != ATLAS_TIMELINE_FILTER_ANY ||
      self->status != ATLAS_TIMELINE_FILTER_ANY || self->year_from != 0 || self->year_to != 0)
    return TRUE;
  needle = fold_search (self);
  return needle[0] != '\0';
}

gboolean
atlas_timeline_filter_equal (const AtlasTimelineFilter *a,
                             const AtlasTimelineFilter *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->partner == b->partner && a->programme_type == b->programme_type &&
         a->status == b->status && a->year_from == b->year_from && a->year_to == b->year_to &&
         g_strcmp0 (a->search_text ? a->search_text : "", b->search_text ? b->search_text : "") == 0;
}

static gboolean
keeps_programme (const AtlasTimelineFilter *self,
                 AtlasProgramme            *programme,
                 gboolean                   check_partner)
{
  if (check_partner && self->partner != NULL && atlas_programme_get_partner (programme) != self->partner)
    return FALSE;
  if (self->programme_type != ATLAS_TIMELINE_FILTER_ANY &&
      (int) atlas_programme_get_programme_type (programme) != self->programme_type)
    return FALSE;
  if (self->status != ATLAS_TIMELINE_FILTER_ANY &&
      (int) atlas_programme_get_status (programme) != self->status)
    return FALSE;
  return TRUE;
}

/* An event that names no partner concerns every partner */
static gboolean
concerns_partner (AtlasEvent   *event,
                  AtlasPartner *partner)
{
  GPtrArray *partners = atlas_event_get_partners (event);

  return partners == NULL || partners->len == 0 || g_ptr_array_find (partners, partner, NULL);
}

/**
 * atlas_timeline_filter_keeps_record:
 * @record: (nullable): an #AtlasEvent or #AtlasProgramme
 *
 * Whether the partner, type and status let @record through; dates and
 * search text are the items' and are not looked at here. A record of no
 * kind the filters know (a synthetic item's) is kept.
 */
gboolean
atlas_timeline_filter_keeps_record (const AtlasTimelineFilter *self,
                                    GObject                   *record)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (ATLAS_IS_PROGRAMME (record))
    return keeps_programme (self, ATLAS_PROGRAMME (record), TRUE);
  if (ATLAS_IS_EVENT (record))
    {
      AtlasProgramme *programme = atlas_event_get_programme (ATLAS_EVENT (record));

      if (self->partner != NULL && !concerns_partner (ATLAS_EVENT (record), self->partner))
        return FALSE;
      return programme == NULL || keeps_programme (self, programme, FALSE);
    }
  return TRUE;
}

static gboolean
keeps_years (const AtlasTimelineFilter *self,
             const AtlasTimelineItem   *item)
{
  guint first = item->start.year;
  guint last = atlas_date_is_set (&item->end) ? item->end.year : first;

  if (self->year_from != 0 && last < self->year_from)
    return FALSE;
  if (self->year_to != 0 && first > self->year_to)
    return FALSE;
  return TRUE;
}

static gboolean
keeps_text (const AtlasTimelineItem *item,
            const char              *needle)
{
  g_autofree char *folded = NULL;

  if (needle[0] == '\0')
    return TRUE;
  folded = atlas_search_fold (item->search_key);
  return strstr (folded, needle) != NULL;
}

/**
 * atlas_timeline_filter_apply:
 * @self: (nullable): the filter, or %NULL for none
 *
 * Returns: (transfer full): @model itself when the filter lets everything
 *   through, else a new model of what it lets through
 */
AtlasTimelineModel *
atlas_timeline_filter_apply (const AtlasTimelineFilter *self,
                             AtlasTimelineModel        *model)
{
  g_autofree gboolean *keep = NULL;
  g_autofree char *needle = NULL;
  guint n;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (model), NULL);

  if (!atlas_timeline_filter_is_active (self))
    return g_object_ref (model);

  needle = fold_search (self);
  n = atlas_timeline_model_get_n_items (model);
  keep = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);

      keep[i] = atlas_timeline_filter_keeps_record (self, item->record) &&
                keeps_years (self, item) && keeps_text (item, needle);
    }
  return atlas_timeline_model_new_subset (model, keep);
}
