/* atlas-programme-filter.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-claim.h"
#include "atlas-dataset.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-filter.h"

/**
 * AtlasProgrammeFilter:
 *
 * The browse filters (partner, programme type, status, years) as one
 * #GtkFilter, shared by every list that shows programmes.
 *
 * A programme is active from the start of its period (or, without one,
 * its earliest signing) to the end of its period; without an end, until
 * the programme that supersedes it begins, or open-ended while it is in
 * force, planned or negotiated. A year range keeps the programmes known to
 * be active in some year of it; a programme with no date at all is not
 * known to be, so the range hides it.
 */

struct _AtlasProgrammeFilter
{
  GtkFilter parent_instance;

  AtlasDataset *dataset;
  GHashTable *successors;   /* AtlasProgramme → the one that supersedes it */
  AtlasPartner *partner;
  int programme_type;
  int status;
  guint year_from;
  guint year_to;
};

G_DEFINE_FINAL_TYPE (AtlasProgrammeFilter, atlas_programme_filter, GTK_TYPE_FILTER)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_PARTNER,
  PROP_PROGRAMME_TYPE,
  PROP_STATUS,
  PROP_YEAR_FROM,
  PROP_YEAR_TO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
first_year (AtlasProgramme *programme)
{
  const AtlasDate *start = atlas_programme_get_period_start (programme);
  GPtrArray *claims = atlas_programme_get_signed (programme);
  guint first = 0;

  if (atlas_date_is_set (start))
    return start->year;
  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      const AtlasDate *date = atlas_claim_get_date (g_ptr_array_index (claims, i));

      if (atlas_date_is_set (date) && (first == 0 || date->year < first))
        first = date->year;
    }
  return first;
}

/* The years in which @programme is known to be active, or FALSE */
static gboolean
get_span (AtlasProgrammeFilter *self,
          AtlasProgramme       *programme,
          guint                *first,
          guint                *last)
{
  const AtlasDate *end = atlas_programme_get_period_end (programme);
  AtlasProgramme *successor;

  *first = first_year (programme);
  if (*first == 0)
    return FALSE;

  successor = self->successors ? g_hash_table_lookup (self->successors, programme) : NULL;
  if (atlas_date_is_set (end))
    *last = end->year;
  else if (successor != NULL && first_year (successor) >= *first)
    *last = first_year (successor);
  else
    switch (atlas_programme_get_status (programme))
      {
      case ATLAS_PROGRAMME_STATUS_IN_FORCE:
      case ATLAS_PROGRAMME_STATUS_PLANNED:
      case ATLAS_PROGRAMME_STATUS_UNDER_NEGOTIATION:
        *last = G_MAXUINT;
        break;
      case ATLAS_PROGRAMME_STATUS_UNKNOWN:
      case ATLAS_PROGRAMME_STATUS_SUPERSEDED:
      case ATLAS_PROGRAMME_STATUS_EXPIRED:
      default:
        *last = *first;
      }
  return TRUE;
}

static gboolean
atlas_programme_filter_match (GtkFilter *filter,
                              gpointer   item)
{
  return atlas_programme_filter_matches (ATLAS_PROGRAMME_FILTER (filter), item);
}

static GtkFilterMatch
atlas_programme_filter_get_strictness (GtkFilter *filter)
{
  if (!atlas_programme_filter_is_active (ATLAS_PROGRAMME_FILTER (filter)))
    return GTK_FILTER_MATCH_ALL;
  return GTK_FILTER_MATCH_SOME;
}

static void
atlas_programme_filter_finalize (GObject *object)
{
  AtlasProgrammeFilter *self = (AtlasProgrammeFilter *) object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->partner);
  g_clear_pointer (&self->successors, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_programme_filter_parent_class)->finalize (object);
}

static void
atlas_programme_filter_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AtlasProgrammeFilter *self = ATLAS_PROGRAMME_FILTER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_PARTNER:
      g_value_set_object (value, self->partner);
      break;

    case PROP_PROGRAMME_TYPE:
      g_value_set_int (value, self->programme_type);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_YEAR_FROM:
      g_value_set_uint (value, self->year_from);
      break;

    case PROP_YEAR_TO:
      g_value_set_uint (value, self->year_to);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_filter_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AtlasProgrammeFilter *self = ATLAS_PROGRAMME_FILTER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      atlas_programme_filter_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_PARTNER:
      atlas_programme_filter_set_partner (self, g_value_get_object (value));
      break;

    case PROP_PROGRAMME_TYPE:
      atlas_programme_filter_set_programme_type (self, g_value_get_int (value));
      break;

    case PROP_STATUS:
      atlas_programme_filter_set_status (self, g_value_get_int (value));
      break;

    case PROP_YEAR_FROM:
      atlas_programme_filter_set_years (self, g_value_get_uint (value), self->year_to);
      break;

    case PROP_YEAR_TO:
      atlas_programme_filter_set_years (self, self->year_from, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_filter_class_init (AtlasProgrammeFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = atlas_programme_filter_finalize;
  object_class->get_property = atlas_programme_filter_get_property;
  object_class->set_property = atlas_programme_filter_set_property;

  filter_class->match = atlas_programme_filter_match;
  filter_class->get_strictness = atlas_programme_filter_get_strictness;

  /**
   * AtlasProgrammeFilter:dataset:
   *
   * The dataset of the programmes, for which programme supersedes which.
   * Setting it clears the partner, a record of the previous dataset.
   */
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         ATLAS_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTNER] =
    g_param_spec_object ("partner", NULL, NULL,
                         ATLAS_TYPE_PARTNER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgrammeFilter:programme-type:
   *
   * An #AtlasProgrammeType, or %ATLAS_PROGRAMME_FILTER_ANY.
   */
  properties[PROP_PROGRAMME_TYPE] =
    g_param_spec_int ("programme-type", NULL, NULL,
                      ATLAS_PROGRAMME_FILTER_ANY, G_MAXINT, ATLAS_PROGRAMME_FILTER_ANY,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgrammeFilter:status:
   *
   * An #AtlasProgrammeStatus, or %ATLAS_PROGRAMME_FILTER_ANY.
   */
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      ATLAS_PROGRAMME_FILTER_ANY, G_MAXINT, ATLAS_PROGRAMME_FILTER_ANY,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgrammeFilter:year-from:
   *
   * The first year of the range, or 0 for no limit.
   */
  properties[PROP_YEAR_FROM] =
    g_param_spec_uint ("year-from", NULL, NULL,
                       0, ATLAS_DATE_MAX_YEAR, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasProgrammeFilter:year-to:
   *
   * The last year of the range, or 0 for no limit.
   */
  properties[PROP_YEAR_TO] =
    g_param_spec_uint ("year-to", NULL, NULL,
                       0, ATLAS_DATE_MAX_YEAR, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_programme_filter_init (AtlasProgrammeFilter *self)
{
  self->programme_type = ATLAS_PROGRAMME_FILTER_ANY;
  self->status = ATLAS_PROGRAMME_FILTER_ANY;
}

AtlasProgrammeFilter *
atlas_programme_filter_new (void)
{
  return g_object_new (ATLAS_TYPE_PROGRAMME_FILTER, NULL);
}

AtlasDataset *
atlas_programme_filter_get_dataset (AtlasProgrammeFilter *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_FILTER (self), NULL);
  return self->dataset;
}

void
atlas_programme_filter_set_dataset (AtlasProgrammeFilter *self,
                                    AtlasDataset         *dataset)
{
  GListModel *programmes;

  g_return_if_fail (ATLAS_IS_PROGRAMME_FILTER (self));
  g_return_if_fail (!dataset || ATLAS_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  g_clear_pointer (&self->successors, g_hash_table_unref);
  self->successors = g_hash_table_new (NULL, NULL);
  programmes = dataset ? atlas_dataset_get_programmes (dataset) : NULL;
  for (guint i = 0; programmes != NULL && i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      AtlasProgramme *previous = atlas_programme_get_supersedes (programme);

      if (previous != NULL)
        g_hash_table_insert (self->successors, previous, programme);
    }

  g_object_freeze_notify (G_OBJECT (self));
  atlas_programme_filter_set_partner (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_thaw_notify (G_OBJECT (self));
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

AtlasPartner *
atlas_programme_filter_get_partner (AtlasProgrammeFilter *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_FILTER (self), NULL);
  return self->partner;
}

/**
 * atlas_programme_filter_set_partner:
 * @partner: (nullable): the partner whose programmes to keep, or %NULL
 */
void
atlas_programme_filter_set_partner (AtlasProgrammeFilter *self,
                                    AtlasPartner         *partner)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_FILTER (self));

  if (!g_set_object (&self->partner, partner))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER]);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

int
atlas_programme_filter_get_programme_type (AtlasProgrammeFilter *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_FILTER (self), ATLAS_PROGRAMME_FILTER_ANY);
  return self->programme_type;
}

void
atlas_programme_filter_set_programme_type (AtlasProgrammeFilter *self,
                                           int                   type)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_FILTER (self));

  if (self->programme_type == type)
    return;
  self->programme_type = type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMME_TYPE]);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

int
atlas_programme_filter_get_status (AtlasProgrammeFilter *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_FILTER (self), ATLAS_PROGRAMME_FILTER_ANY);
  return self->status;
}

void
atlas_programme_filter_set_status (AtlasProgrammeFilter *self,
                                   int                   status)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_FILTER (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

void
atlas_programme_filter_get_years (AtlasProgrammeFilter *self,
                                  guint                *from,
                                  guint                *to)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_FILTER (self));

  if (from != NULL)
    *from = self->year_from;
  if (to != NULL)
    *to = self->year_to;
}

/**
 * atlas_programme_filter_set_years:
 * @from: the first year, or 0 for no limit
 * @to: the last year, or 0 for no limit
 */
void
atlas_programme_filter_set_years (AtlasProgrammeFilter *self,
                                  guint                 from,
                                  guint                 to)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_FILTER (self));

  if (self->year_from == from && self->year_to == to)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->year_from != from)
    {
      self->year_from = from;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_FROM]);
    }
  if (self->year_to != to)
    {
      self->year_to = to;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR_TO]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

gboolean
atlas_programme_filter_is_active (AtlasProgrammeFilter *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_FILTER (self), FALSE);

  return self->partner != NULL || self->programme_type != ATLAS_PROGRAMME_FILTER_ANY ||
         self->status != ATLAS_PROGRAMME_FILTER_ANY || self->year_from != 0 || self->year_to != 0;
}

gboolean
atlas_programme_filter_matches (AtlasProgrammeFilter *self,
                                AtlasProgramme       *programme)
{
  guint first, last;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME_FILTER (self), FALSE);
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (programme), FALSE);

  if (self->partner != NULL && atlas_programme_get_partner (programme) != self->partner)
    return FALSE;
  if (self->programme_type != ATLAS_PROGRAMME_FILTER_ANY &&
      (int) atlas_programme_get_programme_type (programme) != self->programme_type)
    return FALSE;
  if (self->status != ATLAS_PROGRAMME_FILTER_ANY &&
      (int) atlas_programme_get_status (programme) != self->status)
    return FALSE;
  if (self->year_from == 0 && self->year_to == 0)
    return TRUE;
  if (!get_span (self, programme, &first, &last))
    return FALSE;
  if (self->year_from != 0 && last < self->year_from)
    return FALSE;
  if (self->year_to != 0 && first > self->year_to)
    return FALSE;
  return TRUE;
}
