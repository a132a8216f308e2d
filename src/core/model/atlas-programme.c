/* atlas-programme.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-programme.h"
#include "atlas-enum-types.h"
#include "atlas-area.h"
#include "atlas-model-private.h"
#include "atlas-text.h"

/**
 * AtlasProgramme:
 *
 * A partnership programme (IPCP, ITPP or other).
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasProgramme, atlas_programme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PARTNER,
  PROP_PROGRAMME_TYPE,
  PROP_TITLE,
  PROP_STATUS,
  PROP_TEXT_AVAILABILITY,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_PERIOD_PLANNED,
  PROP_AREAS_COMPLETE,
  PROP_SUPERSEDES,
  PROP_NOTE,
  PROP_AREAS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Drops @self's reference on the programme it supersedes. A dataset may
 * chain any number of programmes, and when the last of a chain goes its
 * finalize would free the one before, whose finalize frees the one before
 * that: 200,000 programmes overflowed the stack. So each one that this
 * reference keeps alive alone gives up its own link first, and the chain
 * is freed in a loop. (Its refcount being 1 means nothing else can reach
 * it, so nothing else can see it lose the link.) */
static void
unref_chain (AtlasProgramme *self)
{
  AtlasProgramme *next = g_steal_pointer (&self->supersedes);

  while (next != NULL)
    {
      AtlasProgramme *after = NULL;

      if (g_atomic_int_get (&G_OBJECT (next)->ref_count) == 1)
        after = g_steal_pointer (&next->supersedes);
      g_object_unref (next);
      next = after;
    }
}

static void
atlas_programme_finalize (GObject *object)
{
  AtlasProgramme *self = (AtlasProgramme *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->partner);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->signed_, g_ptr_array_unref);
  g_clear_pointer (&self->period_evidence, g_ptr_array_unref);
  unref_chain (self);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->area_index, g_hash_table_unref);
  g_clear_pointer (&self->short_label, g_free);

  G_OBJECT_CLASS (atlas_programme_parent_class)->finalize (object);
}

static void
atlas_programme_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasProgramme *self = ATLAS_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_PARTNER:
      g_value_set_object (value, self->partner);
      break;

    case PROP_PROGRAMME_TYPE:
      g_value_set_enum (value, self->programme_type);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_TEXT_AVAILABILITY:
      g_value_set_enum (value, self->text_availability);
      break;

    case PROP_PERIOD_START:
      g_value_set_boxed (value, atlas_date_is_set (&self->period_start) ? &self->period_start : NULL);
      break;

    case PROP_PERIOD_END:
      g_value_set_boxed (value, atlas_date_is_set (&self->period_end) ? &self->period_end : NULL);
      break;

    case PROP_PERIOD_PLANNED:
      g_value_set_boolean (value, self->period_planned);
      break;

    case PROP_AREAS_COMPLETE:
      g_value_set_boolean (value, self->areas_complete);
      break;

    case PROP_SUPERSEDES:
      g_value_set_object (value, self->supersedes);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_AREAS:
      g_value_set_object (value, self->areas);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_class_init (AtlasProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_programme_finalize;
  object_class->get_property = atlas_programme_get_property;

  /**
   * AtlasProgramme:id:
   *
   * The programme's id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:partner:
   *
   * The partner.
   */
  properties[PROP_PARTNER] =
    g_param_spec_object ("partner", NULL, NULL,
                             ATLAS_TYPE_PARTNER,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:programme-type:
   *
   * IPCP, ITPP or other.
   */
  properties[PROP_PROGRAMME_TYPE] =
    g_param_spec_enum ("programme-type", NULL, NULL,
                           ATLAS_TYPE_PROGRAMME_TYPE, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:title:
   *
   * The programme's title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:status:
   *
   * Whether it is in force.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                           ATLAS_TYPE_PROGRAMME_STATUS, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:text-availability:
   *
   * How public its text is.
   */
  properties[PROP_TEXT_AVAILABILITY] =
    g_param_spec_enum ("text-availability", NULL, NULL,
                           ATLAS_TYPE_TEXT_AVAILABILITY, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:period-start:
   *
   * The first year, month or day of its validity.
   */
  properties[PROP_PERIOD_START] =
    g_param_spec_boxed ("period-start", NULL, NULL,
                            ATLAS_TYPE_DATE,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:period-end:
   *
   * The last year, month or day of its validity.
   */
  properties[PROP_PERIOD_END] =
    g_param_spec_boxed ("period-end", NULL, NULL,
                            ATLAS_TYPE_DATE,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:period-planned:
   *
   * Whether the period is planned rather than agreed.
   */
  properties[PROP_PERIOD_PLANNED] =
    g_param_spec_boolean ("period-planned", NULL, NULL,
                              FALSE,
                              (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:areas-complete:
   *
   * Whether the sources give the whole list of areas.
   */
  properties[PROP_AREAS_COMPLETE] =
    g_param_spec_boolean ("areas-complete", NULL, NULL,
                              FALSE,
                              (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:supersedes:
   *
   * The programme this one replaces, or NULL.
   */
  properties[PROP_SUPERSEDES] =
    g_param_spec_object ("supersedes", NULL, NULL,
                             ATLAS_TYPE_PROGRAMME,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:note:
   *
   * A note, or NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgramme:areas:
   *
   * Its areas, in the order of the first source's list.
   */
  properties[PROP_AREAS] =
    g_param_spec_object ("areas", NULL, NULL,
                             G_TYPE_LIST_MODEL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_programme_init (AtlasProgramme *self)
{
}

const char *
atlas_programme_get_id (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->id;
}

AtlasPartner *
atlas_programme_get_partner (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->partner;
}

AtlasProgrammeType
atlas_programme_get_programme_type (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), 0);

  return self->programme_type;
}

const char *
atlas_programme_get_title (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->title;
}

AtlasProgrammeStatus
atlas_programme_get_status (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), 0);

  return self->status;
}

AtlasTextAvailability
atlas_programme_get_text_availability (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), 0);

  return self->text_availability;
}

/**
 * atlas_programme_get_signed:
 *
 * Returns: (transfer none) (element-type AtlasClaim): when it was signed; several claims when sources disagree
 */
GPtrArray *
atlas_programme_get_signed (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->signed_;
}

const AtlasDate *
atlas_programme_get_period_start (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return &self->period_start;
}

const AtlasDate *
atlas_programme_get_period_end (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return &self->period_end;
}

gboolean
atlas_programme_get_period_planned (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), 0);

  return self->period_planned;
}

/**
 * atlas_programme_get_period_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that give the period
 */
GPtrArray *
atlas_programme_get_period_evidence (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->period_evidence;
}

gboolean
atlas_programme_get_areas_complete (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), 0);

  return self->areas_complete;
}

AtlasProgramme *
atlas_programme_get_supersedes (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->supersedes;
}

const char *
atlas_programme_get_note (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->note;
}

/**
 * atlas_programme_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): excerpts about the programme as a whole
 */
GPtrArray *
atlas_programme_get_evidence (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return self->evidence;
}

/**
 * atlas_programme_get_areas:
 *
 * Returns: (transfer none): its areas, in the order of the first source's list, as a #GListModel of #AtlasProgrammeArea
 */
GListModel *
atlas_programme_get_areas (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->areas);
}

/**
 * atlas_programme_find_area:
 *
 * Returns: (transfer none) (nullable): how the programme covers @area, or
 *   %NULL when no source says
 */
AtlasProgrammeArea *
atlas_programme_find_area (AtlasProgramme *self,
                           AtlasArea      *area)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (ATLAS_IS_AREA (area), NULL);

  if (self->area_index == NULL)
    return NULL;
  return g_hash_table_lookup (self->area_index, area);
}

/**
 * atlas_programme_get_short_label:
 *
 * Returns: a short label for columns and lanes: the partner's short name (or
 *   name), the programme type and the first year, as "ROK ITPP 2023"
 */
const char *
atlas_programme_get_short_label (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->short_label;
}

/* Made by the loader, and again when the partner's name is translated */
char *
_atlas_programme_make_short_label (AtlasProgramme *programme)
{
  g_autofree char *partner = NULL;
  const AtlasDate *first = NULL;

  /* Isolated, so that a bidi override in the name cannot reorder the
   * type and the year after it */
  if (programme->partner != NULL)
    partner = atlas_text_isolate_bidi (programme->partner->short_name ? programme->partner->short_name
                                                                      : programme->partner->name);
  if (atlas_date_is_set (&programme->period_start))
    first = &programme->period_start;
  else if (programme->signed_->len > 0)
    first = &((AtlasClaim *) g_ptr_array_index (programme->signed_, 0))->date;

  if (first != NULL && atlas_date_is_set (first))
    /* Translators: a programme's short label: partner, programme type
     * (IPCP, ITPP) and first year, as in “ROK ITPP 2023” */
    return g_strdup_printf (_("%s %s %u"), partner ? partner : "?",
                            atlas_programme_type_to_label (programme->programme_type), first->year);
  return g_strdup_printf (C_("programme short label without a year", "%s %s"), partner ? partner : "?",
                          atlas_programme_type_to_label (programme->programme_type));
}
