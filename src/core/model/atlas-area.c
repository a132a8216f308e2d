/* atlas-area.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-area.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasArea:
 *
 * A canonical cooperation area.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasArea, atlas_area, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_GROUP,
  PROP_ALIASES,
  PROP_DESCRIPTION,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_area_finalize (GObject *object)
{
  AtlasArea *self = (AtlasArea *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_object (&self->group);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (atlas_area_parent_class)->finalize (object);
}

static void
atlas_area_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  AtlasArea *self = ATLAS_AREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_GROUP:
      g_value_set_object (value, self->group);
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_area_class_init (AtlasAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_area_finalize;
  object_class->get_property = atlas_area_get_property;

  /**
   * AtlasArea:id:
   *
   * The area's id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasArea:name:
   *
   * The area's name.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasArea:group:
   *
   * The area's group, or NULL.
   */
  properties[PROP_GROUP] =
    g_param_spec_object ("group", NULL, NULL,
                             ATLAS_TYPE_AREA_GROUP,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasArea:aliases:
   *
   * Other wordings of the area.
   */
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL,
                            G_TYPE_STRV,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasArea:description:
   *
   * A description, or NULL.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasArea:position:
   *
   * The area's place in the dataset's list.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                           0, G_MAXUINT, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_area_init (AtlasArea *self)
{
}

const char *
atlas_area_get_id (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_AREA (self), NULL);

  return self->id;
}

const char *
atlas_area_get_name (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_AREA (self), NULL);

  return self->name;
}

AtlasAreaGroup *
atlas_area_get_group (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_AREA (self), NULL);

  return self->group;
}

const char * const *
atlas_area_get_aliases (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_AREA (self), NULL);

  return (const char * const *) self->aliases;
}

const char *
atlas_area_get_description (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_AREA (self), NULL);

  return self->description;
}

guint
atlas_area_get_position (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_AREA (self), 0);

  return self->position;
}
