/* atlas-wording.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-wording.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasWording:
 *
 * How one source words a programme's area, and where in its list.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasWording, atlas_wording, G_TYPE_OBJECT)

static void
atlas_wording_finalize (GObject *object)
{
  AtlasWording *self = (AtlasWording *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_wording_parent_class)->finalize (object);
}

static void
atlas_wording_class_init (AtlasWordingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_wording_finalize;
}

static void
atlas_wording_init (AtlasWording *self)
{
}

const char *
atlas_wording_get_text (AtlasWording *self)
{
  g_return_val_if_fail (ATLAS_IS_WORDING (self), NULL);

  return self->text;
}

guint
atlas_wording_get_position (AtlasWording *self)
{
  g_return_val_if_fail (ATLAS_IS_WORDING (self), 0);

  return self->position;
}

/**
 * atlas_wording_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts with this wording
 */
GPtrArray *
atlas_wording_get_evidence (AtlasWording *self)
{
  g_return_val_if_fail (ATLAS_IS_WORDING (self), NULL);

  return self->evidence;
}
