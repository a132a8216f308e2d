/* atlas-timeline-changes.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The timeline's marks of what changed since (or until) another version
 * of the dataset: which of the model's items changed (events and
 * programmes whose own record changed), for the renderer's dashed rings,
 * and what changed, for the tooltip. */

#include "config.h"

#include "atlas-diff-marks.h"
#include "atlas-event.h"
#include "atlas-programme.h"
#include "atlas-timeline-private.h"

/* The record an item draws, as the diff names it */
static gboolean
item_record (const AtlasTimelineItem *item,
             AtlasDiffRecord         *record,
             const char             **id)
{
  if (ATLAS_IS_EVENT (item->record))
    {
      *record = ATLAS_DIFF_RECORD_EVENT;
      *id = atlas_event_get_id (ATLAS_EVENT (item->record));
      return TRUE;
    }
  if (ATLAS_IS_PROGRAMME (item->record))
    {
      *record = ATLAS_DIFF_RECORD_PROGRAMME;
      *id = atlas_programme_get_id (ATLAS_PROGRAMME (item->record));
      return TRUE;
    }
  return FALSE;
}

/**
 * _atlas_timeline_get_changed:
 * @n: (out): the number of flags
 *
 * Returns: (transfer none) (nullable): a flag per item of the model,
 *   non-zero where it changed; %NULL when nothing is marked
 */
const guint8 *
_atlas_timeline_get_changed (AtlasTimeline *self,
                             guint         *n)
{
  AtlasDiffMarks *marks = atlas_view_get_changes (ATLAS_VIEW (self));
  guint n_items;

  *n = 0;
  if (marks == NULL || self->model == NULL)
    return NULL;
  if (self->changed_marks == marks && self->changed_model == self->model)
    {
      *n = self->n_changed;
      return self->changed;
    }

  n_items = atlas_timeline_model_get_n_items (self->model);
  g_free (self->changed);
  self->changed = g_new0 (guint8, MAX (n_items, 1));
  self->n_changed = n_items;
  self->changed_marks = marks;
  self->changed_model = self->model;
  for (guint i = 0; i < n_items; i++)
    {
      const AtlasTimelineItem *item = atlas_timeline_model_get_item (self->model, i);
      AtlasDiffRecord record;
      const char *id;

      if (item_record (item, &record, &id))
        self->changed[i] = atlas_diff_marks_lookup (marks, record, id) != NULL;
    }
  *n = self->n_changed;
  return self->changed;
}

/**
 * _atlas_timeline_describe_change:
 *
 * Returns: (transfer full) (nullable): what changed in the item at @index
 *   between the two versions, or %NULL
 */
char *
_atlas_timeline_describe_change (AtlasTimeline *self,
                                 guint          index)
{
  AtlasDiffMarks *marks = atlas_view_get_changes (ATLAS_VIEW (self));
  const AtlasTimelineItem *item;
  AtlasDiffRecord record;
  const char *id;

  if (marks == NULL || self->model == NULL || index >= atlas_timeline_model_get_n_items (self->model))
    return NULL;
  item = atlas_timeline_model_get_item (self->model, index);
  if (!item_record (item, &record, &id))
    return NULL;
  return atlas_diff_marks_describe (marks, record, id);
}

/* The marks came or went: draw again */
void
_atlas_timeline_changes_changed (AtlasView *view)
{
  AtlasTimeline *self = ATLAS_TIMELINE (view);

  self->changed_marks = NULL;
  self->changes_serial++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
