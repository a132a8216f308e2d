/* atlas-timeline-eras.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The IPCP and ITPP eras: computed from the programmes a model draws,
 * and placed by the layout as bands behind the lanes with their labels
 * in a strip at the top of the ruler. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-claim.h"
#include "atlas-date.h"
#include "atlas-event.h"
#include "atlas-programme.h"
#include "atlas-timeline-eras.h"
#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"

typedef struct
{
  guint32 first_day;
  guint32 last_day;
  guint32 start;                /* its period's or signing's first day, or 0 */
  guint32 superseded_on;        /* the first day of its successor, or 0 */
  gboolean has_end;             /* its period has an end of its own */
} Span;

/**
 * atlas_timeline_era_index:
 *
 * Returns: where an era of @type is kept (0 for IPCP, 1 for ITPP), or
 *   %ATLAS_TIMELINE_N_ERAS for a type that has none
 */
guint
atlas_timeline_era_index (AtlasProgrammeType type)
{
  switch (type)
    {
    case ATLAS_PROGRAMME_TYPE_IPCP:
      return 0;
    case ATLAS_PROGRAMME_TYPE_ITPP:
      return 1;
    case ATLAS_PROGRAMME_TYPE_OTHER:
    default:
      return ATLAS_TIMELINE_N_ERAS;
    }
}

/**
 * atlas_timeline_era_label:
 *
 * Returns: the era's label on the timeline, translated
 */
const char *
atlas_timeline_era_label (AtlasProgrammeType type)
{
  if (type == ATLAS_PROGRAMME_TYPE_IPCP)
    /* Translators: the band of the years of Individual Partnership and
     * Cooperation Programmes on the timeline */
    return C_("timeline", "IPCP era");
  /* Translators: the band of the years of Individually Tailored
   * Partnership Programmes on the timeline */
  return C_("timeline", "ITPP era");
}

/* The day a programme starts: its period's, else its signing's, else 0 */
static guint32
programme_start (AtlasProgramme *programme)
{
  GPtrArray *signatures = atlas_programme_get_signed (programme);
  guint32 start = 0;

  if (atlas_date_is_set (atlas_programme_get_period_start (programme)))
    return atlas_date_first_day (atlas_programme_get_period_start (programme));
  for (guint i = 0; signatures != NULL && i < signatures->len; i++)
    {
      const AtlasDate *date = atlas_claim_get_date (g_ptr_array_index (signatures, i));

      if (atlas_date_is_set (date) && (start == 0 || atlas_date_first_day (date) < start))
        start = atlas_date_first_day (date);
    }
  return start;
}

static AtlasProgramme *
programme_of (const AtlasTimelineItem *item)
{
  if (item->record != NULL && ATLAS_IS_PROGRAMME (item->record))
    return ATLAS_PROGRAMME (item->record);
  if (item->record != NULL && ATLAS_IS_EVENT (item->record))
    return atlas_event_get_programme (ATLAS_EVENT (item->record));
  return NULL;
}

/**
 * atlas_timeline_eras_compute:
 * @model: a finished model
 * @eras: (out caller-allocates) (array fixed-size=2): the eras found
 *
 * The eras of the IPCPs and the ITPPs: each from the day the first
 * programme of its type starts (its period, else its signing, else its
 * first event) to the last day drawn of the last one. A programme without a period of its
 * own lasts until the programme that supersedes it starts, so that the
 * IPCPs' era runs until the ITPPs took their place, partner by partner.
 *
 * Returns: how many eras there are (0 to 2), earliest first
 */
guint
atlas_timeline_eras_compute (AtlasTimelineModel *model,
                             AtlasTimelineEra   *eras)
{
  g_autoptr(GHashTable) spans = NULL;
  AtlasTimelineEra found[ATLAS_TIMELINE_N_ERAS] = { { 0 } };
  GHashTableIter iter;
  gpointer key, value;
  guint n = 0;

  g_return_val_if_fail (ATLAS_IS_TIMELINE_MODEL (model), 0);
  g_return_val_if_fail (eras != NULL, 0);

  spans = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, i);
      AtlasProgramme *programme = programme_of (item);
      Span *span;

      if (programme == NULL ||
          atlas_timeline_era_index (atlas_programme_get_programme_type (programme)) >= ATLAS_TIMELINE_N_ERAS)
        continue;
      if ((span = g_hash_table_lookup (spans, programme)) == NULL)
        {
          span = g_new0 (Span, 1);
          span->start = programme_start (programme);
          span->first_day = item->first_day;
          span->last_day = item->last_day;
          g_hash_table_insert (spans, programme, span);
        }
      span->first_day = MIN (span->first_day, item->first_day);
      span->last_day = MAX (span->last_day, item->last_day);
      if ((GObject *) programme == item->record && item->is_span && atlas_date_is_set (&item->end))
        span->has_end = TRUE;
    }

  /* A programme starts when its period or its signing does, not with an
   * event before (its negotiation); one known by events alone, with them */
  g_hash_table_iter_init (&iter, spans);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Span *span = value;

      if (span->start != 0)
        span->first_day = span->start;
      span->last_day = MAX (span->last_day, span->first_day);
    }

  /* Successors end what they supersede */
  g_hash_table_iter_init (&iter, spans);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      AtlasProgramme *older = atlas_programme_get_supersedes (key);
      const Span *span = value;
      Span *previous;

      if (older != NULL && (previous = g_hash_table_lookup (spans, older)) != NULL && !previous->has_end &&
          (previous->superseded_on == 0 || span->first_day < previous->superseded_on))
        previous->superseded_on = span->first_day;
    }

  g_hash_table_iter_init (&iter, spans);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint index = atlas_timeline_era_index (atlas_programme_get_programme_type (key));
      const Span *span = value;
      guint32 last = span->last_day;
      AtlasTimelineEra *era = &found[index];

      if (span->superseded_on > span->first_day)
        last = MAX (last, span->superseded_on - 1);
      if (era->first_day == 0)
        *era = (AtlasTimelineEra) { atlas_programme_get_programme_type (key), span->first_day, last };
      era->first_day = MIN (era->first_day, span->first_day);
      era->last_day = MAX (era->last_day, last);
    }

  for (guint i = 0; i < ATLAS_TIMELINE_N_ERAS; i++)
    if (found[i].first_day != 0)
      eras[n++] = found[i];
  if (n == 2 && eras[1].first_day < eras[0].first_day)
    {
      AtlasTimelineEra first = eras[1];

      eras[1] = eras[0];
      eras[0] = first;
    }
  return n;
}

/* The strip's labels: each at the left of its era's part in view, cut
 * before the next era's label, left out where it would be unreadable */
void
_atlas_timeline_layout_place_eras (AtlasTimelineLayout *self)
{
  double left = self->metrics.gutter, right = self->width;

  g_array_set_size (self->era_boxes, 0);
  if (!self->show_eras)
    return;
  for (guint i = 0; i < self->n_eras; i++)
    {
      const AtlasTimelineEra *era = &self->eras[i];
      AtlasTimelineEraBox box = { .type = era->type };
      double x0, x1, natural;

      box.x0 = atlas_timeline_layout_day_to_x (self, era->first_day);
      box.x1 = atlas_timeline_layout_day_to_x (self, era->last_day + 1.0);
      x0 = MAX (box.x0, left);
      x1 = MIN (box.x1, right);
      if (x1 <= x0)
        continue;
      box.strip = (AtlasTimelineRect) { x0, 1, x1 - x0, self->metrics.era_height - 2 };
      box.text = atlas_timeline_era_label (era->type);
      box.label = (AtlasTimelineRect) { x0 + TEXT_INSET, box.strip.y, x1 - x0 - 2 * TEXT_INSET, box.strip.height };
      if (i + 1 < self->n_eras)
        {
          double next = MAX (atlas_timeline_layout_day_to_x (self, self->eras[i + 1].first_day), left);

          box.label.width = MIN (box.label.width, next - TEXT_INSET - box.label.x);
        }
      natural = _atlas_timeline_layout_text_width (self, box.text, FALSE);
      box.ellipsized = natural > box.label.width;
      box.label.width = MIN (box.label.width, natural);
      if (box.label.width < MIN_BAR_LABEL_WIDTH)
        box.label.width = 0;
      g_array_append_val (self->era_boxes, box);
    }
}

/**
 * atlas_timeline_layout_set_show_eras:
 *
 * Shows the IPCP and ITPP eras (atlas_timeline_eras_compute()) as bands
 * behind the lanes, labelled in a strip at the top of the ruler.
 */
void
atlas_timeline_layout_set_show_eras (AtlasTimelineLayout *self,
                                     gboolean             show)
{
  g_return_if_fail (self != NULL);

  if (self->show_eras == !!show)
    return;
  self->show_eras = !!show;
  _atlas_timeline_layout_invalidate_lanes (self);
}

gboolean
atlas_timeline_layout_get_show_eras (AtlasTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->show_eras;
}

/**
 * atlas_timeline_layout_get_eras:
 *
 * Returns: (array length=n_eras): the eras in view when they are shown,
 *   earliest first; none when they are hidden
 */
const AtlasTimelineEraBox *
atlas_timeline_layout_get_eras (AtlasTimelineLayout *self,
                                guint               *n_eras)
{
  g_return_val_if_fail (self != NULL, NULL);
  _atlas_timeline_layout_ensure_view (self);
  *n_eras = self->era_boxes->len;
  return (const AtlasTimelineEraBox *) (gpointer) self->era_boxes->data;
}
