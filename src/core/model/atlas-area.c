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
atlas_area_class_init (AtlasAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_area_finalize;
}

static void
atlas_area_init (AtlasArea *self)
{
}

const char *
atlas_area_get_id (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA (self), NULL);

  return self->id;
}

const char *
atlas_area_get_name (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA (self), NULL);

  return self->name;
}

AtlasAreaGroup *
atlas_area_get_group (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA (self), NULL);

  return self->group;
}

const char * const *
atlas_area_get_aliases (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA (self), NULL);

  return (const char * const *) self->aliases;
}

const char *
atlas_area_get_description (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA (self), NULL);

  return self->description;
}

guint
atlas_area_get_position (AtlasArea *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA (self), 0);

  return self->position;
}
