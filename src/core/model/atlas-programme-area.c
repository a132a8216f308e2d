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

static void
atlas_programme_area_finalize (GObject *object)
{
  AtlasProgrammeArea *self = (AtlasProgrammeArea *) object;

  g_clear_object (&self->area);
  if (self->more != NULL)
    {
      g_ptr_array_unref (self->more->wordings);
      g_ptr_array_unref (self->more->evidence);
      g_free (self->more->note);
      g_free (self->more);
    }

  G_OBJECT_CLASS (atlas_programme_area_parent_class)->finalize (object);
}

static void
atlas_programme_area_class_init (AtlasProgrammeAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_programme_area_finalize;
}

static void
atlas_programme_area_init (AtlasProgrammeArea *self)
{
}

AtlasArea *
atlas_programme_area_get_area (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_AREA (self), NULL);

  return self->area;
}

AtlasAreaStatus
atlas_programme_area_get_status (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_AREA (self), 0);

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
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_AREA (self), NULL);

  return _atlas_pa_wordings (self);
}

/**
 * atlas_programme_area_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that support the status
 */
GPtrArray *
atlas_programme_area_get_evidence (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_AREA (self), NULL);

  return _atlas_pa_evidence (self);
}

const char *
atlas_programme_area_get_note (AtlasProgrammeArea *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_AREA (self), NULL);

  return _atlas_pa_note (self);
}
