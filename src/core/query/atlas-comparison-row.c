/* atlas-comparison-row.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-comparison-row.h"
#include "atlas-model-private.h"

/**
 * AtlasComparisonRow:
 *
 * One row of a comparison as an item of a #GListModel, so that list
 * widgets can show, sort and filter the matrix: an area (with what sorting
 * needs as properties) or the summary row that counts the listed areas of
 * each programme. A row belongs to one comparison; a new choice of
 * programmes makes a new comparison and new rows.
 */

struct _AtlasComparisonRow
{
  GObject parent_instance;

  AtlasComparison *comparison;
  guint index;
  gboolean summary;
};

G_DEFINE_FINAL_TYPE (AtlasComparisonRow, atlas_comparison_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COMPARISON,
  PROP_INDEX,
  PROP_SUMMARY,
  PROP_AREA,
  PROP_NAME,
  PROP_GROUP,
  PROP_GROUP_POSITION,
  PROP_POSITION,
  PROP_COVERING,
  PROP_DIFFERS,
  PROP_CHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_comparison_row_finalize (GObject *object)
{
  AtlasComparisonRow *self = (AtlasComparisonRow *) object;

  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (atlas_comparison_row_parent_class)->finalize (object);
}

static void
atlas_comparison_row_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasComparisonRow *self = ATLAS_COMPARISON_ROW (object);
  AtlasArea *area = atlas_comparison_row_get_area (self);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;

    case PROP_SUMMARY:
      g_value_set_boolean (value, self->summary);
      break;

    case PROP_AREA:
      g_value_set_object (value, area);
      break;

    case PROP_NAME:
      g_value_set_string (value, atlas_comparison_row_get_name (self));
      break;

    case PROP_GROUP:
      g_value_set_string (value, atlas_comparison_row_get_group (self));
      break;

    case PROP_GROUP_POSITION:
      g_value_set_uint (value, area && area->group ? area->group->position : G_MAXUINT);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, area ? area->position : G_MAXUINT);
      break;

    case PROP_COVERING:
      g_value_set_uint (value, atlas_comparison_row_get_covering (self));
      break;

    case PROP_DIFFERS:
      g_value_set_boolean (value, atlas_comparison_row_get_differs (self));
      break;

    case PROP_CHANGE:
      g_value_set_int (value, atlas_comparison_row_get_change (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_comparison_row_class_init (AtlasComparisonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_comparison_row_finalize;
  object_class->get_property = atlas_comparison_row_get_property;

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         ATLAS_TYPE_COMPARISON,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparisonRow:index:
   *
   * The row of the comparison (meaningless for the summary row).
   */
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparisonRow:summary:
   *
   * Whether this is the row that counts listed areas per programme.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_boolean ("summary", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL,
                         ATLAS_TYPE_AREA,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparisonRow:group-position:
   *
   * The position of the area's group in the dataset, for sorting by group.
   */
  properties[PROP_GROUP_POSITION] =
    g_param_spec_uint ("group-position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparisonRow:position:
   *
   * The position of the area in the dataset.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparisonRow:covering:
   *
   * How many of the chosen programmes list the area or are reported to
   * cover it.
   */
  properties[PROP_COVERING] =
    g_param_spec_uint ("covering", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DIFFERS] =
    g_param_spec_boolean ("differs", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparisonRow:change:
   *
   * The #AtlasChange from the first to the last programme.
   */
  properties[PROP_CHANGE] =
    g_param_spec_int ("change", NULL, NULL,
                      ATLAS_CHANGE_UNKNOWN, ATLAS_CHANGE_DROPPED, ATLAS_CHANGE_UNKNOWN,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_comparison_row_init (AtlasComparisonRow *self)
{
}

AtlasComparisonRow *
atlas_comparison_row_new (AtlasComparison *comparison,
                          guint            index)
{
  AtlasComparisonRow *self;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (index < atlas_comparison_get_n_rows (comparison), NULL);

  self = g_object_new (ATLAS_TYPE_COMPARISON_ROW, NULL);
  self->comparison = g_object_ref (comparison);
  self->index = index;
  return self;
}

AtlasComparisonRow *
atlas_comparison_row_new_summary (AtlasComparison *comparison)
{
  AtlasComparisonRow *self;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), NULL);

  self = g_object_new (ATLAS_TYPE_COMPARISON_ROW, NULL);
  self->comparison = g_object_ref (comparison);
  self->summary = TRUE;
  return self;
}

/**
 * atlas_comparison_row_list_new:
 *
 * Returns: (transfer full): a #GListModel with one #AtlasComparisonRow
 *   per area of @comparison, in the dataset's order (without the summary)
 */
GListModel *
atlas_comparison_row_list_new (AtlasComparison *comparison)
{
  GListStore *store;
  guint n_rows;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), NULL);

  store = g_list_store_new (ATLAS_TYPE_COMPARISON_ROW);
  n_rows = atlas_comparison_get_n_rows (comparison);
  rows = g_ptr_array_new_full (n_rows, g_object_unref);
  for (guint r = 0; r < n_rows; r++)
    g_ptr_array_add (rows, atlas_comparison_row_new (comparison, r));
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return G_LIST_MODEL (store);
}

AtlasComparison *
atlas_comparison_row_get_comparison (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), NULL);
  return self->comparison;
}

guint
atlas_comparison_row_get_index (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), 0);
  return self->index;
}

gboolean
atlas_comparison_row_is_summary (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), FALSE);
  return self->summary;
}

/**
 * atlas_comparison_row_get_area:
 *
 * Returns: (transfer none) (nullable): the area, or %NULL for the summary
 */
AtlasArea *
atlas_comparison_row_get_area (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), NULL);
  if (self->summary)
    return NULL;
  return atlas_comparison_get_area (self->comparison, self->index);
}

const char *
atlas_comparison_row_get_name (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), NULL);
  if (self->summary)
    /* Translators: the last row of the comparison table, which counts
     * the areas each programme's text lists */
    return _("Areas listed");
  return atlas_comparison_get_area (self->comparison, self->index)->name;
}

const char *
atlas_comparison_row_get_group (AtlasComparisonRow *self)
{
  AtlasArea *area;

  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), NULL);
  area = atlas_comparison_row_get_area (self);
  return area && area->group ? area->group->name : NULL;
}

guint
atlas_comparison_row_get_covering (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), 0);
  if (self->summary)
    return 0;
  return atlas_comparison_count_covering (self->comparison, self->index);
}

/* Of how many chosen programmes the area's status is known: what
 * atlas_comparison_row_get_covering () counts out of */
guint
atlas_comparison_row_get_known (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), 0);
  if (self->summary)
    return 0;
  return atlas_comparison_count_known (self->comparison, self->index);
}

gboolean
atlas_comparison_row_get_differs (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), FALSE);
  if (self->summary)
    return FALSE;
  return atlas_comparison_row_differs (self->comparison, self->index);
}

AtlasChange
atlas_comparison_row_get_change (AtlasComparisonRow *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), ATLAS_CHANGE_UNKNOWN);
  if (self->summary)
    return ATLAS_CHANGE_UNKNOWN;
  return atlas_comparison_get_change (self->comparison, self->index);
}

/**
 * atlas_comparison_row_get_status:
 *
 * The status of the area for @programme, or unknown when @programme is
 * not one of the comparison's columns.
 */
AtlasAreaStatus
atlas_comparison_row_get_status (AtlasComparisonRow *self,
                                 AtlasProgramme     *programme)
{
  guint n_columns;

  g_return_val_if_fail (ATLAS_IS_COMPARISON_ROW (self), ATLAS_AREA_STATUS_UNKNOWN);

  if (self->summary)
    return ATLAS_AREA_STATUS_UNKNOWN;
  n_columns = atlas_comparison_get_n_columns (self->comparison);
  for (guint c = 0; c < n_columns; c++)
    if (atlas_comparison_get_programme (self->comparison, c) == programme)
      return atlas_comparison_get_status (self->comparison, self->index, c);
  return ATLAS_AREA_STATUS_UNKNOWN;
}
