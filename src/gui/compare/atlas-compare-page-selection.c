/* atlas-compare-page-selection.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the Compare page selects: a cell, a row (an area) or a column (a
 * programme), marked on the page and shared with the window's selection,
 * with the excerpts behind it and a note that says what it is. */

#include "config.h"

#include "atlas-area.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page-private.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-programme.h"

static int
find_row (AtlasComparePage *self,
          AtlasArea        *area)
{
  if (self->comparison == NULL)
    return -1;
  for (guint r = 0; r < atlas_comparison_get_n_rows (self->comparison); r++)
    if (atlas_comparison_get_area (self->comparison, r) == area)
      return (int) r;
  return -1;
}

/* ---------------------------------------------------------------- marks */

void
_atlas_compare_page_update_cell_mark (AtlasComparePage *self,
                                      AtlasCompareCell *cell)
{
  AtlasComparisonRow *row = atlas_compare_cell_get_row (cell);
  g_autofree char *change = _atlas_compare_page_describe_change (self, cell);
  gboolean marked = FALSE;

  if (row != NULL && self->marked_programme != NULL &&
      atlas_compare_cell_get_programme (cell) == self->marked_programme)
    marked = self->marked_area == NULL || atlas_comparison_row_get_area (row) == self->marked_area;
  atlas_compare_cell_set_marked (cell, marked, self->marked_area == NULL);
  atlas_compare_cell_set_change (cell, change);
}

void
_atlas_compare_page_set_marks (AtlasComparePage *self,
                               AtlasArea        *area,
                               AtlasProgramme   *programme)
{
  GHashTableIter iter;
  gpointer cell;

  g_set_object (&self->marked_area, area);
  g_set_object (&self->marked_programme, programme);
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    _atlas_compare_page_update_cell_mark (self, cell);
  _atlas_compare_page_update_strips (self);
}

/* Selects the area's row in the list, or none, without this counting as a
 * selection by the user. */
void
_atlas_compare_page_select_list_row (AtlasComparePage *self,
                                     AtlasArea        *area)
{
  GListModel *model = G_LIST_MODEL (self->row_selection);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; area != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (model, i);

      if (atlas_comparison_row_get_area (row) == area)
        {
          position = i;
          break;
        }
    }
  self->selecting = TRUE;
  gtk_single_selection_set_selected (self->row_selection, position);
  self->selecting = FALSE;
}

static void
share (AtlasComparePage *self,
       GObject          *item,
       GPtrArray        *evidence,
       const char       *note)
{
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  if (selection == NULL)
    return;
  self->selecting = TRUE;
  atlas_selection_set_item_with_note (selection, item, evidence, note);
  self->selecting = FALSE;
}

void
_atlas_compare_page_select_cell (AtlasComparePage *self,
                                 AtlasArea        *area,
                                 AtlasProgramme   *programme)
{
  int row = find_row (self, area);
  int column = self->comparison ? atlas_comparison_find_column (self->comparison, programme) : -1;
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *note = NULL;
  AtlasProgrammeArea *pa;

  if (row < 0 || column < 0)
    return;
  pa = atlas_comparison_get_cell (self->comparison, row, column);
  evidence = atlas_comparison_cell_evidence (self->comparison, row, column);
  note = atlas_comparison_describe_cell (self->comparison, row, column);
  _atlas_compare_page_select_list_row (self, NULL);
  _atlas_compare_page_set_marks (self, area, programme);
  /* A cell no source speaks of has no record of its own: the area stands
   * for it, with no excerpts and a note that says why. */
  share (self, pa ? G_OBJECT (pa) : G_OBJECT (area), evidence, note);
}

void
_atlas_compare_page_select_row (AtlasComparePage *self,
                                AtlasArea        *area)
{
  int row = find_row (self, area);
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *note = NULL;

  if (row < 0)
    return;
  evidence = atlas_comparison_row_evidence (self->comparison, row);
  note = atlas_comparison_describe_row (self->comparison, row, _atlas_compare_page_changes_shown (self));
  _atlas_compare_page_select_list_row (self, area);
  _atlas_compare_page_set_marks (self, area, NULL);
  share (self, G_OBJECT (area), evidence, note);
}

void
_atlas_compare_page_select_column (AtlasComparePage *self,
                                   AtlasProgramme   *programme)
{
  int column = self->comparison ? atlas_comparison_find_column (self->comparison, programme) : -1;
  g_autofree char *note = NULL;

  if (column < 0)
    return;
  note = atlas_comparison_describe_column (self->comparison, column);
  _atlas_compare_page_select_list_row (self, NULL);
  _atlas_compare_page_set_marks (self, NULL, programme);
  share (self, G_OBJECT (programme), NULL, note);
}
