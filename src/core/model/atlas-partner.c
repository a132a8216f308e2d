/* atlas-partner.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-partner.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasPartner:
 *
 * A partner country of the alliance.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasPartner, atlas_partner, G_TYPE_OBJECT)

static void
atlas_partner_finalize (GObject *object)
{
  AtlasPartner *self = (AtlasPartner *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->relations_since, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_partner_parent_class)->finalize (object);
}

static void
atlas_partner_class_init (AtlasPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_partner_finalize;
}

static void
atlas_partner_init (AtlasPartner *self)
{
}

const char *
atlas_partner_get_id (AtlasPartner *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER (self), NULL);

  return self->id;
}

const char *
atlas_partner_get_name (AtlasPartner *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER (self), NULL);

  return self->name;
}

const char *
atlas_partner_get_short_name (AtlasPartner *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER (self), NULL);

  return self->short_name;
}

const char *
atlas_partner_get_note (AtlasPartner *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER (self), NULL);

  return self->note;
}

/**
 * atlas_partner_get_relations_since:
 *
 * Returns: (transfer none) (element-type AtlasClaim): claims of when relations began; several when sources disagree
 */
GPtrArray *
atlas_partner_get_relations_since (AtlasPartner *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER (self), NULL);

  return self->relations_since;
}

/**
 * atlas_partner_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): excerpts about the partner
 */
GPtrArray *
atlas_partner_get_evidence (AtlasPartner *self)
{
  g_return_val_if_fail (ATLAS_IS_PARTNER (self), NULL);

  return self->evidence;
}
