/* atlas-compare-page-changes.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's marks of what changed since (or until) another
 * version of the dataset: a cell whose programme's area changed carries a
 * Δ and says what changed; the summary row says how many of a column's
 * cells changed. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page-private.h"
#include "atlas-comparison-row.h"
#include "atlas-programme.h"
#include "atlas-diff-marks.h"

/**
 * _atlas_compare_page_describe_change:
 *
 * Returns: (transfer full) (nullable): what changed in @cell between the
 *   two versions the window compares, or %NULL
 */
char *
_atlas_compare_page_describe_change (AtlasComparePage *self,
                                     AtlasCompareCell *cell)
{
  return _atlas_compare_page_describe_change_at (self, atlas_compare_cell_get_row (cell),
                                                 atlas_compare_cell_get_programme (cell));
}

/**
 * _atlas_compare_page_describe_change_at:
 *
 * Returns: (transfer full) (nullable): what changed in the cell of @row
 *   and @programme (or in @programme's column, in the summary row), or
 *   %NULL
 */
char *
_atlas_compare_page_describe_change_at (AtlasComparePage   *self,
                                        AtlasComparisonRow *row,
                                        AtlasProgramme     *programme)
{
  AtlasDiffMarks *marks = atlas_view_get_changes (ATLAS_VIEW (self));
  const char *programme_id;
  g_autofree char *id = NULL;

  if (marks == NULL || row == NULL || programme == NULL)
    return NULL;
  programme_id = atlas_programme_get_id (programme);
  if (atlas_comparison_row_is_summary (row))
    {
      guint n = atlas_diff_marks_count_cells (marks, programme_id);

      if (n == 0)
        return NULL;
      /* Translators: in the summary row of the comparison, as in “3 areas changed from release 1 to release 2” */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area changed from %s to %s",
                                           "%u areas changed from %s to %s", n),
                              n, atlas_diff_marks_get_old_name (marks), atlas_diff_marks_get_new_name (marks));
    }
  id = g_strconcat (programme_id, "/", atlas_area_get_id (atlas_comparison_row_get_area (row)), NULL);
  return atlas_diff_marks_describe (marks, ATLAS_DIFF_RECORD_PROGRAMME_AREA, id);
}

/* The changes came or went: every cell in sight says so; the others will
 * when they are bound */
void
_atlas_compare_page_changes_changed (AtlasView *view)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (view);
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    _atlas_compare_page_update_cell_mark (self, cell);
  _atlas_compare_page_update_strips (self);
}

/**
 * atlas_compare_page_get_selected_cell:
 * @area: (out) (transfer none) (optional): the cell's area
 * @programme: (out) (transfer none) (optional): the cell's programme
 *
 * Returns: whether a cell (not a row or a column) is selected, for a
 *   correction to it even where no source speaks of it
 */
gboolean
atlas_compare_page_get_selected_cell (AtlasComparePage  *self,
                                      AtlasArea        **area,
                                      AtlasProgramme   **programme)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);

  if (self->marked_area == NULL || self->marked_programme == NULL)
    return FALSE;
  if (area != NULL)
    *area = self->marked_area;
  if (programme != NULL)
    *programme = self->marked_programme;
  return TRUE;
}
