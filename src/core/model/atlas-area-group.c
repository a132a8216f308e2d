/* atlas-area-group.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-area-group.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasAreaGroup:
 *
 * A group of cooperation areas.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasAreaGroup, atlas_area_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_area_group_finalize (GObject *object)
{
  AtlasAreaGroup *self = (AtlasAreaGroup *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (atlas_area_group_parent_class)->finalize (object);
}

static void
atlas_area_group_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasAreaGroup *self = ATLAS_AREA_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_area_group_class_init (AtlasAreaGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_area_group_finalize;
  object_class->get_property = atlas_area_group_get_property;

  /**
   * AtlasAreaGroup:id:
   *
   * The group's id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasAreaGroup:name:
   *
   * The group's name.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasAreaGroup:position:
   *
   * The group's place in the dataset's list.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                           0, G_MAXUINT, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_area_group_init (AtlasAreaGroup *self)
{
}

const char *
atlas_area_group_get_id (AtlasAreaGroup *self)
{
  g_return_val_if_fail (ATLAS_AREA_GROUP (self), NULL);

  return self->id;
}

const char *
atlas_area_group_get_name (AtlasAreaGroup *self)
{
  g_return_val_if_fail (ATLAS_AREA_GROUP (self), NULL);

  return self->name;
}

guint
atlas_area_group_get_position (AtlasAreaGroup *self)
{
  g_return_val_if_fail (ATLAS_AREA_GROUP (self), 0);

  return self->position;
}
