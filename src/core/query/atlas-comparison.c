/* atlas-comparison.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-comparison.h"
#include "atlas-error.h"
#include "atlas-limits.h"
#include "atlas-model-private.h"

/**
 * AtlasComparison:
 *
 * The matrix of cooperation areas (rows, in the dataset's order) against
 * chosen programmes (columns, in the order chosen). Each cell says how the
 * programme's coverage of the area is known. An area no source mentions
 * for a programme is unknown — never "no" — unless the sources give the
 * programme's whole list, in which case it is not listed.
 *
 * The views and every exporter read this one matrix.
 */

typedef struct
{
  AtlasProgrammeArea *pa;     /* owned by the programme */
  AtlasAreaStatus status;
} Cell;

struct _AtlasComparison
{
  GObject parent_instance;

  AtlasDataset *dataset;
  GPtrArray *areas;           /* AtlasArea */
  GPtrArray *programmes;      /* AtlasProgramme */
  Cell *cells;                /* n_rows × n_columns, row-major */
  guint *listed_per_column;
  guint *covering_per_row;
  guint *known_per_row;          /* cells whose status is known */
};

G_DEFINE_FINAL_TYPE (AtlasComparison, atlas_comparison, G_TYPE_OBJECT)

static void
atlas_comparison_finalize (GObject *object)
{
  AtlasComparison *self = (AtlasComparison *) object;

  g_clear_object (&self->dataset);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->programmes, g_ptr_array_unref);
  g_clear_pointer (&self->cells, g_free);
  g_clear_pointer (&self->listed_per_column, g_free);
  g_clear_pointer (&self->covering_per_row, g_free);
  g_clear_pointer (&self->known_per_row, g_free);

  G_OBJECT_CLASS (atlas_comparison_parent_class)->finalize (object);
}

static void
atlas_comparison_class_init (AtlasComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_comparison_finalize;
}

static void
atlas_comparison_init (AtlasComparison *self)
{
}

static gboolean
covers (AtlasAreaStatus status)
{
  return status == ATLAS_AREA_STATUS_LISTED || status == ATLAS_AREA_STATUS_REPORTED;
}

/**
 * atlas_comparison_new:
 * @programmes: (element-type AtlasProgramme): the columns, in order
 *
 * Returns: (transfer full): the matrix of every area of @dataset against
 *   @programmes
 */
AtlasComparison *
atlas_comparison_new (AtlasDataset *dataset,
                      GPtrArray    *programmes)
{
  AtlasComparison *self;
  GListModel *areas;
  guint n_rows, n_columns;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (programmes != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_COMPARISON, NULL);
  self->dataset = g_object_ref (dataset);
  areas = atlas_dataset_get_areas (dataset);
  n_rows = g_list_model_get_n_items (areas);
  n_columns = programmes->len;

  self->areas = g_ptr_array_new_full (n_rows, g_object_unref);
  for (guint r = 0; r < n_rows; r++)
    g_ptr_array_add (self->areas, g_list_model_get_item (areas, r));
  self->programmes = g_ptr_array_new_full (n_columns, g_object_unref);
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (self->programmes, g_object_ref (g_ptr_array_index (programmes, c)));

  self->cells = g_new (Cell, (gsize) n_rows * MAX (n_columns, 1));
  self->listed_per_column = g_new0 (guint, MAX (n_columns, 1));
  self->covering_per_row = g_new0 (guint, MAX (n_rows, 1));
  self->known_per_row = g_new0 (guint, MAX (n_rows, 1));

  for (guint c = 0; c < n_columns; c++)
    {
      AtlasProgramme *programme = g_ptr_array_index (self->programmes, c);
      AtlasAreaStatus missing = programme->areas_complete ? ATLAS_AREA_STATUS_NOT_LISTED
                                                          : ATLAS_AREA_STATUS_UNKNOWN;

      for (guint r = 0; r < n_rows; r++)
        {
          Cell *cell = &self->cells[(gsize) r * n_columns + c];

          cell->pa = atlas_programme_find_area (programme, g_ptr_array_index (self->areas, r));
          cell->status = cell->pa ? cell->pa->status : missing;
          if (cell->status == ATLAS_AREA_STATUS_LISTED)
            self->listed_per_column[c]++;
          if (covers (cell->status))
            self->covering_per_row[r]++;
          if (cell->status != ATLAS_AREA_STATUS_UNKNOWN)
            self->known_per_row[r]++;
        }
    }

  return self;
}

/**
 * atlas_comparison_default_programmes:
 *
 * Returns: (transfer full) (element-type AtlasProgramme): every ITPP, in
 *   dataset order: what a comparison shows when nothing was chosen
 */
GPtrArray *
atlas_comparison_default_programmes (AtlasDataset *dataset)
{
  GListModel *programmes = atlas_dataset_get_programmes (dataset);
  GPtrArray *ret = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);

      if (programme->programme_type == ATLAS_PROGRAMME_TYPE_ITPP)
        g_ptr_array_add (ret, g_steal_pointer (&programme));
    }
  return ret;
}

/**
 * atlas_comparison_new_for_ids:
 * @ids: (nullable): programme ids, or %NULL for every ITPP
 *
 * Returns: (transfer full) (nullable): the comparison, or %NULL when an id
 *   names no programme or the comparison would be larger than
 *   %ATLAS_MAX_COMPARISON_CELLS
 */
AtlasComparison *
atlas_comparison_new_for_ids (AtlasDataset       *dataset,
                              const char * const *ids,
                              GError            **error)
{
  g_autoptr(GPtrArray) programmes = NULL;
  guint n_areas;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  if (ids == NULL)
    programmes = atlas_comparison_default_programmes (dataset);
  else
    {
      programmes = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; ids[i]; i++)
        {
          AtlasProgramme *programme = atlas_dataset_find_programme (dataset, ids[i]);

          if (programme == NULL)
            {
              g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                           _("“%s” is not the id of any programme in this dataset"), ids[i]);
              return NULL;
            }
          if (!g_ptr_array_find (programmes, programme, NULL))
            g_ptr_array_add (programmes, g_object_ref (programme));
        }
    }

  n_areas = g_list_model_get_n_items (atlas_dataset_get_areas (dataset));
  if ((gsize) n_areas * programmes->len > ATLAS_MAX_COMPARISON_CELLS)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                   /* Translators: the numbers are of areas, programmes and cells */
                   _("This comparison would have %u areas × %u programmes, more than the %lu cells a comparison may have; choose fewer programmes"),
                   n_areas, programmes->len, (unsigned long) ATLAS_MAX_COMPARISON_CELLS);
      return NULL;
    }
  return atlas_comparison_new (dataset, programmes);
}

AtlasDataset *
atlas_comparison_get_dataset (AtlasComparison *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);
  return self->dataset;
}

guint
atlas_comparison_get_n_rows (AtlasComparison *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);
  return self->areas->len;
}

guint
atlas_comparison_get_n_columns (AtlasComparison *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);
  return self->programmes->len;
}

AtlasArea *
atlas_comparison_get_area (AtlasComparison *self,
                           guint            row)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (row < self->areas->len, NULL);
  return g_ptr_array_index (self->areas, row);
}

AtlasProgramme *
atlas_comparison_get_programme (AtlasComparison *self,
                                guint            column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (column < self->programmes->len, NULL);
  return g_ptr_array_index (self->programmes, column);
}

static const Cell *
get_cell (AtlasComparison *self,
          guint            row,
          guint            column)
{
  return &self->cells[(gsize) row * self->programmes->len + column];
}

AtlasAreaStatus
atlas_comparison_get_status (AtlasComparison *self,
                             guint            row,
                             guint            column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), ATLAS_AREA_STATUS_UNKNOWN);
  g_return_val_if_fail (row < self->areas->len && column < self->programmes->len, ATLAS_AREA_STATUS_UNKNOWN);
  return get_cell (self, row, column)->status;
}

/**
 * atlas_comparison_get_cell:
 *
 * Returns: (transfer none) (nullable): what the dataset says of the area
 *   for the programme (wordings, evidence), or %NULL when it says nothing
 */
AtlasProgrammeArea *
atlas_comparison_get_cell (AtlasComparison *self,
                           guint            row,
                           guint            column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (row < self->areas->len && column < self->programmes->len, NULL);
  return get_cell (self, row, column)->pa;
}

/* How many areas the programme's text lists (not those only reported). */
guint
atlas_comparison_count_listed (AtlasComparison *self,
                               guint            column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);
  g_return_val_if_fail (column < self->programmes->len, 0);
  return self->listed_per_column[column];
}

/* How many of the chosen programmes list or are reported to cover the area. */
guint
atlas_comparison_count_covering (AtlasComparison *self,
                                 guint            row)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);
  g_return_val_if_fail (row < self->areas->len, 0);
  return self->covering_per_row[row];
}

/* How many of the chosen programmes are known to list, cover or leave out
 * the area: the total that atlas_comparison_count_covering () is out of.
 * Programmes whose sources say nothing of the area are not counted, so
 * that "1 of 1" is not read as "1 of 5". */
guint
atlas_comparison_count_known (AtlasComparison *self,
                              guint            row)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), 0);
  g_return_val_if_fail (row < self->areas->len, 0);
  return self->known_per_row[row];
}

/* Whether two of the chosen programmes are known to differ here: unknown
 * is no status of its own, only a gap in what the sources say, so a row
 * of one "listed" and four unknowns shows no difference. */
gboolean
atlas_comparison_row_differs (AtlasComparison *self,
                              guint            row)
{
  AtlasAreaStatus first = ATLAS_AREA_STATUS_UNKNOWN;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (row < self->areas->len, FALSE);

  for (guint c = 0; c < self->programmes->len; c++)
    {
      AtlasAreaStatus status = get_cell (self, row, c)->status;

      if (status == ATLAS_AREA_STATUS_UNKNOWN)
        continue;
      if (first == ATLAS_AREA_STATUS_UNKNOWN)
        first = status;
      else if (status != first)
        return TRUE;
    }
  return FALSE;
}

/* Whether the row's cells are not all alike, an unknown cell counting as
 * a status of its own: the answer to "which areas might differ?" for a
 * reader who wants to see every gap in the sources too. */
gboolean
atlas_comparison_row_differs_with_unknown (AtlasComparison *self,
                                           guint            row)
{
  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), FALSE);
  g_return_val_if_fail (row < self->areas->len, FALSE);

  for (guint c = 1; c < self->programmes->len; c++)
    if (get_cell (self, row, c)->status != get_cell (self, row, 0)->status)
      return TRUE;
  return FALSE;
}

/**
 * atlas_comparison_has_area_data:
 *
 * Whether anything is known of @programme's areas: some area claim, or a
 * complete list (which makes every area not in it "not listed"). A
 * programme without is a column of unknowns.
 */
gboolean
atlas_comparison_has_area_data (AtlasProgramme *programme)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (programme), FALSE);

  return atlas_programme_get_areas_complete (programme) ||
         g_list_model_get_n_items (atlas_programme_get_areas (programme)) > 0;
}

/**
 * atlas_comparison_get_change:
 *
 * Compares the first and the last column. Only statuses that are known on
 * both sides make a change: an area unknown for the older programme may have
 * been in it all along.
 */
AtlasChange
atlas_comparison_get_change (AtlasComparison *self,
                             guint            row)
{
  AtlasAreaStatus first, last;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (self), ATLAS_CHANGE_UNKNOWN);
  g_return_val_if_fail (row < self->areas->len, ATLAS_CHANGE_UNKNOWN);

  if (self->programmes->len < 2)
    return ATLAS_CHANGE_UNKNOWN;
  first = get_cell (self, row, 0)->status;
  last = get_cell (self, row, self->programmes->len - 1)->status;
  if (first == ATLAS_AREA_STATUS_UNKNOWN || last == ATLAS_AREA_STATUS_UNKNOWN)
    return ATLAS_CHANGE_UNKNOWN;
  if (covers (first) == covers (last))
    return ATLAS_CHANGE_SAME;
  return covers (last) ? ATLAS_CHANGE_ADDED : ATLAS_CHANGE_DROPPED;
}

const char *
atlas_change_to_code (AtlasChange change)
{
  static const char *codes[] = { "unknown", "same", "added", "dropped" };

  g_return_val_if_fail ((guint) change < G_N_ELEMENTS (codes), NULL);
  return codes[change];
}

const char *
atlas_change_to_label (AtlasChange change)
{
  switch (change)
    {
    case ATLAS_CHANGE_SAME:
      return C_("change between programmes", "Unchanged");
    case ATLAS_CHANGE_ADDED:
      return C_("change between programmes", "Added");
    case ATLAS_CHANGE_DROPPED:
      return C_("change between programmes", "Dropped");
    case ATLAS_CHANGE_UNKNOWN:
    default:
      return C_("change between programmes", "Cannot tell");
    }
}
