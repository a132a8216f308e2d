/* atlas-timeline-row.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-timeline-cap.h"
#include "atlas-timeline-row.h"

/**
 * AtlasTimelineRow:
 *
 * One item of a timeline as a row of the event list: its dates as precise
 * as they are known, its kind, the partners it concerns and its title, as
 * text. The list has a row per item of the model, in the model's order
 * (by date), so a row's index is its item's.
 */

struct _AtlasTimelineRow
{
  GObject parent_instance;

  GObject *record;
  guint index;
  guint first_day;
  char *date;
  char *kind;
  char *partners;
  char *title;
  char *description;
};

G_DEFINE_FINAL_TYPE (AtlasTimelineRow, atlas_timeline_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_INDEX,
  PROP_FIRST_DAY,
  PROP_DATE,
  PROP_KIND,
  PROP_PARTNERS,
  PROP_TITLE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_timeline_row_finalize (GObject *object)
{
  AtlasTimelineRow *self = (AtlasTimelineRow *) object;

  g_clear_object (&self->record);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->partners, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (atlas_timeline_row_parent_class)->finalize (object);
}

static void
atlas_timeline_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasTimelineRow *self = ATLAS_TIMELINE_ROW (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_FIRST_DAY:
      g_value_set_uint (value, self->first_day);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_PARTNERS:
      g_value_set_string (value, self->partners);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_row_class_init (AtlasTimelineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_timeline_row_finalize;
  object_class->get_property = atlas_timeline_row_get_property;

  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasTimelineRow:first-day:
   *
   * The Julian day the item begins, to sort by date.
   */
  properties[PROP_FIRST_DAY] =
    g_param_spec_uint ("first-day", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTNERS] =
    g_param_spec_string ("partners", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasTimelineRow:description:
   *
   * All of it in one line, for screen readers and tooltips.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_timeline_row_init (AtlasTimelineRow *self)
{
}

static AtlasTimelineRow *
row_new (AtlasTimelineModel *model,
         guint               index)
{
  AtlasTimelineRow *self = g_object_new (ATLAS_TYPE_TIMELINE_ROW, NULL);
  g_autofree char *partners = NULL;
  const AtlasTimelineItem *item = atlas_timeline_model_get_item (model, index);
  const char *kind = atlas_event_kind_to_label (item->kind);

  self->record = item->record ? g_object_ref (item->record) : NULL;
  self->index = index;
  self->first_day = item->first_day;
  self->date = atlas_timeline_model_format_dates (model, index);
  if (item->planned)
    /* Translators: the kind of a planned item in the event list, as "Period (planned)" */
    self->kind = g_strdup_printf (C_("event list kind", "%s (planned)"), kind);
  else
    self->kind = g_strdup (kind);
  partners = atlas_timeline_model_get_item_partners (model, index);
  /* An event that names no partner is on the NATO-wide lane */
  if (partners[0] == '\0')
    {
      g_free (partners);
      partners = g_strdup (atlas_timeline_model_get_lane_name (model, item->lane));
    }
  /* Shown in a list's cells: as much as the chart shows of them, with no
   * tower of marks to shape; the description has more */
  self->partners = atlas_timeline_cap_text (partners);
  self->title = atlas_timeline_cap_text (atlas_timeline_model_get_item_title (model, index));
  self->description = atlas_timeline_model_describe_item (model, index, ", ");
  return self;
}

/**
 * atlas_timeline_row_list_new:
 * @model: (nullable): a finished timeline model
 *
 * Returns: (transfer full): a list of #AtlasTimelineRow, one per item of
 *   @model in its order; empty without a model
 */
GListModel *
atlas_timeline_row_list_new (AtlasTimelineModel *model)
{
  GListStore *store = g_list_store_new (ATLAS_TYPE_TIMELINE_ROW);
  g_autoptr(GPtrArray) rows = NULL;
  guint n;

  g_return_val_if_fail (model == NULL || ATLAS_IS_TIMELINE_MODEL (model), G_LIST_MODEL (store));

  n = model ? atlas_timeline_model_get_n_items (model) : 0;
  rows = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, row_new (model, i));
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

guint
atlas_timeline_row_get_index (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), 0);
  return self->index;
}

/**
 * atlas_timeline_row_get_record:
 *
 * Returns: (transfer none) (nullable): the #AtlasEvent or #AtlasProgramme
 */
GObject *
atlas_timeline_row_get_record (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), NULL);
  return self->record;
}

guint
atlas_timeline_row_get_first_day (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), 0);
  return self->first_day;
}

const char *
atlas_timeline_row_get_date (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), NULL);
  return self->date;
}

const char *
atlas_timeline_row_get_kind (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), NULL);
  return self->kind;
}

const char *
atlas_timeline_row_get_partners (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), NULL);
  return self->partners;
}

const char *
atlas_timeline_row_get_title (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), NULL);
  return self->title;
}

const char *
atlas_timeline_row_get_description (AtlasTimelineRow *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_ROW (self), NULL);
  return self->description;
}
