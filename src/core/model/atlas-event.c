/* atlas-event.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-event.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasEvent:
 *
 * A milestone, signing, summit or period on the timeline.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasEvent, atlas_event, G_TYPE_OBJECT)

static void
atlas_event_finalize (GObject *object)
{
  AtlasEvent *self = (AtlasEvent *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->partners, g_ptr_array_unref);
  g_clear_object (&self->programme);
  g_clear_pointer (&self->alternatives, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (atlas_event_parent_class)->finalize (object);
}

static void
atlas_event_class_init (AtlasEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_event_finalize;
}

static void
atlas_event_init (AtlasEvent *self)
{
}

const char *
atlas_event_get_id (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->id;
}

const AtlasDate *
atlas_event_get_date (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return &self->date;
}

const AtlasDate *
atlas_event_get_end (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return &self->end;
}

AtlasEventKind
atlas_event_get_kind (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);

  return self->kind;
}

const char *
atlas_event_get_title (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->title;
}

/**
 * atlas_event_get_partners:
 *
 * Returns: (transfer none) (element-type AtlasPartner): the partners concerned; none for alliance-wide events
 */
GPtrArray *
atlas_event_get_partners (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->partners;
}

AtlasProgramme *
atlas_event_get_programme (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->programme;
}

gboolean
atlas_event_get_planned (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), 0);

  return self->planned;
}

/**
 * atlas_event_get_alternatives:
 *
 * Returns: (transfer none) (element-type AtlasClaim): other dates that sources give for the event
 */
GPtrArray *
atlas_event_get_alternatives (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->alternatives;
}

/**
 * atlas_event_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that support it
 */
GPtrArray *
atlas_event_get_evidence (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->evidence;
}

const char *
atlas_event_get_note (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_IS_EVENT (self), NULL);

  return self->note;
}
