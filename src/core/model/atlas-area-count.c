/* atlas-area-count.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-area-count.h"
#include "atlas-model-private.h"

/**
 * AtlasAreaCount:
 *
 * How many areas the sources say a programme has (“nine priority areas”),
 * with its evidence. Several counts for one programme mean the sources
 * disagree. A count is a fact of the programme, apart from the areas
 * themselves: a source may give the number without naming them all.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasAreaCount, atlas_area_count, G_TYPE_OBJECT)

static void
atlas_area_count_finalize (GObject *object)
{
  AtlasAreaCount *self = (AtlasAreaCount *) object;

  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (atlas_area_count_parent_class)->finalize (object);
}

static void
atlas_area_count_class_init (AtlasAreaCountClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_area_count_finalize;
}

static void
atlas_area_count_init (AtlasAreaCount *self)
{
}

guint
atlas_area_count_get_count (AtlasAreaCount *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_COUNT (self), 0);

  return self->count;
}

/**
 * atlas_area_count_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that give the count
 */
GPtrArray *
atlas_area_count_get_evidence (AtlasAreaCount *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_COUNT (self), NULL);

  return self->evidence;
}

const char *
atlas_area_count_get_note (AtlasAreaCount *self)
{
  g_return_val_if_fail (ATLAS_IS_AREA_COUNT (self), NULL);

  return self->note;
}
