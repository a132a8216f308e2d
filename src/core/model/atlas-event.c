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

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE,
  PROP_END,
  PROP_KIND,
  PROP_TITLE,
  PROP_PROGRAMME,
  PROP_PLANNED,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
atlas_event_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasEvent *self = ATLAS_EVENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, atlas_date_is_set (&self->date) ? &self->date : NULL);
      break;

    case PROP_END:
      g_value_set_boxed (value, atlas_date_is_set (&self->end) ? &self->end : NULL);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PROGRAMME:
      g_value_set_object (value, self->programme);
      break;

    case PROP_PLANNED:
      g_value_set_boolean (value, self->planned);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_event_class_init (AtlasEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_event_finalize;
  object_class->get_property = atlas_event_get_property;

  /**
   * AtlasEvent:id:
   *
   * The event's id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:date:
   *
   * When it happened, or began.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                            ATLAS_TYPE_DATE,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:end:
   *
   * When it ended, for events that last.
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL,
                            ATLAS_TYPE_DATE,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:kind:
   *
   * What kind of event it is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                           ATLAS_TYPE_EVENT_KIND, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:title:
   *
   * The event's title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:programme:
   *
   * The programme concerned, or NULL.
   */
  properties[PROP_PROGRAMME] =
    g_param_spec_object ("programme", NULL, NULL,
                             ATLAS_TYPE_PROGRAMME,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:planned:
   *
   * Whether the event is planned or expected rather than past.
   */
  properties[PROP_PLANNED] =
    g_param_spec_boolean ("planned", NULL, NULL,
                              FALSE,
                              (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasEvent:note:
   *
   * A note, or NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_event_init (AtlasEvent *self)
{
}

const char *
atlas_event_get_id (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return self->id;
}

const AtlasDate *
atlas_event_get_date (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return &self->date;
}

const AtlasDate *
atlas_event_get_end (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return &self->end;
}

AtlasEventKind
atlas_event_get_kind (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), 0);

  return self->kind;
}

const char *
atlas_event_get_title (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

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
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return self->partners;
}

AtlasProgramme *
atlas_event_get_programme (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return self->programme;
}

gboolean
atlas_event_get_planned (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), 0);

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
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

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
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return self->evidence;
}

const char *
atlas_event_get_note (AtlasEvent *self)
{
  g_return_val_if_fail (ATLAS_EVENT (self), NULL);

  return self->note;
}
