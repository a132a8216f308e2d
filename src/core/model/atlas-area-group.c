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

static void
atlas_area_group_finalize (GObject *object)
{
  AtlasAreaGroup *self = (AtlasAreaGroup *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (atlas_area_group_parent_class)->finalize (object);
}

static void
atlas_area_group_class_init (AtlasAreaGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_area_group_finalize;
}

static void
atlas_area_group_init (AtlasAreaGroup *self)
{
}

const char *
atlas_area_group_get_id (AtlasAreaGroup *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_GROUP (self), NULL);

  return self->id;
}

const char *
atlas_area_group_get_name (AtlasAreaGroup *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_GROUP (self), NULL);

  return self->name;
}

guint
atlas_area_group_get_position (AtlasAreaGroup *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_GROUP (self), 0);

  return self->position;
}
