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

enum {
  PROP_0,
  PROP_DATE,
  PROP_TEXT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
atlas_claim_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  AtlasClaim *self = ATLAS_CLAIM (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, atlas_date_is_set (&self->date) ? &self->date : NULL);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_claim_class_init (AtlasClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_claim_finalize;
  object_class->get_property = atlas_claim_get_property;

  /**
   * AtlasClaim:date:
   *
   * The date claimed, or an unset date.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                            ATLAS_TYPE_DATE,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasClaim:text:
   *
   * The claim in words when no date can be written, or NULL.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasClaim:note:
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
atlas_claim_init (AtlasClaim *self)
{
}

const AtlasDate *
atlas_claim_get_date (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_CLAIM (self), NULL);

  return &self->date;
}

const char *
atlas_claim_get_text (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_CLAIM (self), NULL);

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
  g_return_val_if_fail (ATLAS_CLAIM (self), NULL);

  return self->evidence;
}

const char *
atlas_claim_get_note (AtlasClaim *self)
{
  g_return_val_if_fail (ATLAS_CLAIM (self), NULL);

  return self->note;
}
