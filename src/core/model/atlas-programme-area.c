/* atlas-programme-area.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-programme-area.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasProgrammeArea:
 *
 * A cooperation area as one programme covers it.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasProgrammeArea, atlas_programme_area, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_AREA,
  PROP_STATUS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_programme_area_finalize (GObject *object)
{
  AtlasProgrammeArea *self = (AtlasProgrammeArea *) object;

  g_clear_object (&self->area);
  g_clear_pointer (&self->wordings, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (atlas_programme_area_parent_class)->finalize (object);
}

static void
atlas_programme_area_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasProgrammeArea *self = ATLAS_PROGRAMME_AREA (object);

  switch (prop_id)
    {
    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_area_class_init (AtlasProgrammeAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_programme_area_finalize;
  object_class->get_property = atlas_programme_area_get_property;

  /**
   * AtlasProgrammeArea:area:
   *
   * The canonical area.
   */
  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL,
                             ATLAS_TYPE_AREA,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgrammeArea:status:
   *
   * How the programme's coverage of the area is known.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                           ATLAS_TYPE_AREA_STATUS, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgrammeArea:note:
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
atlas_programme_area_init (AtlasProgrammeArea *self)
{
}

AtlasArea *
atlas_programme_area_get_area (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME_AREA (self), NULL);

  return self->area;
}

AtlasAreaStatus
atlas_programme_area_get_status (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME_AREA (self), 0);

  return self->status;
}

/**
 * atlas_programme_area_get_wordings:
 *
 * Returns: (transfer none) (element-type AtlasWording): each source's wording, the one shown first
 */
GPtrArray *
atlas_programme_area_get_wordings (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME_AREA (self), NULL);

  return self->wordings;
}

/**
 * atlas_programme_area_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that support the status
 */
GPtrArray *
atlas_programme_area_get_evidence (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME_AREA (self), NULL);

  return self->evidence;
}

const char *
atlas_programme_area_get_note (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME_AREA (self), NULL);

  return self->note;
}
