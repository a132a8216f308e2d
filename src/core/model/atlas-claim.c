/* atlas-claim.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-claim.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasClaim:
 *
 * A dated statement with its evidence. Several claims about one thing mean the sources disagree.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasClaim, atlas_claim, G_TYPE_OBJECT)

static void
atlas_claim_finalize (GObject *object)
{
  AtlasClaim *self = (AtlasClaim *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (atlas_claim_parent_class)->finalize (object);
}

static void
atlas_claim_class_init (AtlasClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_claim_finalize;
}

static void
atlas_claim_init (AtlasClaim *self)
{
}

const AtlasDate *
atlas_claim_get_date (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_IS_CLAIM (self), NULL);

  return &self->date;
}

const char *
atlas_claim_get_text (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_IS_CLAIM (self), NULL);

  return self->text;
}

/**
 * atlas_claim_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that make the claim
 */
GPtrArray *
atlas_claim_get_evidence (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_IS_CLAIM (self), NULL);

  return self->evidence;
}

const char *
atlas_claim_get_note (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_IS_CLAIM (self), NULL);

  return self->note;
}
