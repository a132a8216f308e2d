/* atlas-compare-page-matrix.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's fast path for many programmes: instead of a column
 * per programme, whose cells GTK 4.8's column view makes for every row in
 * sight across every column (200 programmes took seconds to open, 340 MB),
 * one column whose cell is a row's AtlasCompareStrip, a widget that draws
 * the row's marks; the column's header is a strip of the programmes'
 * names. Small tables keep their column per programme: each can be
 * sorted, resized and removed from its header. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-compare-page-private.h"
#include "atlas-compare-strip.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-diff-marks.h"
#include "atlas-programme.h"

/**
 * _atlas_compare_page_uses_strips:
 *
 * Returns: whether the table shows so many programmes that each row is
 *   drawn by a strip rather than made of a cell per programme
 */
gboolean
_atlas_compare_page_uses_strips (AtlasComparePage *self)
{
  return self->shown != NULL && self->shown->len > STRIP_MIN_COLUMNS;
}

static int
column_of (AtlasComparePage *self,
           AtlasProgramme   *programme)
{
  guint index;

  if (programme == NULL || self->comparison == NULL)
    return -1;
  index = (guint) atlas_comparison_find_column (self->comparison, programme);
  return (int) index;
}

static void
update_strip (AtlasComparePage  *self,
              AtlasCompareStrip *strip)
{
  AtlasComparisonRow *row = atlas_compare_strip_get_row (strip);
  AtlasDiffMarks *marks = atlas_view_get_changes (ATLAS_VIEW (self));
  int marked = -1;

  if (row == NULL)
    return;
  if (self->marked_programme != NULL &&
      (self->marked_area == NULL || atlas_comparison_row_get_area (row) == self->marked_area))
    marked = column_of (self, self->marked_programme);
  atlas_compare_strip_set_marked (strip, marked, self->marked_area == NULL);
  for (guint c = 0; c < atlas_compare_strip_get_n_cells (strip); c++)
    {
      g_autofree char *change = NULL;

      if (marks != NULL)
        change = _atlas_compare_page_describe_change_at (self, row, atlas_compare_strip_get_programme (strip, c));
      atlas_compare_strip_set_change (strip, c, change);
    }
  gtk_widget_queue_draw (GTK_WIDGET (strip));
}

/* The selection, the changes or the view's options changed: every strip
 * in sight shows it; the others will when they are bound */
void
_atlas_compare_page_update_strips (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer strip;

  g_hash_table_iter_init (&iter, self->bound_strips);
  while (g_hash_table_iter_next (&iter, &strip, NULL))
    update_strip (self, strip);
}

/**
 * _atlas_compare_page_find_strip:
 *
 * Returns: (transfer none) (nullable): the strip that shows @row, if it
 *   is built
 */
AtlasCompareStrip *
_atlas_compare_page_find_strip (AtlasComparePage   *self,
                                AtlasComparisonRow *row)
{
  GHashTableIter iter;
  gpointer strip;

  g_hash_table_iter_init (&iter, self->bound_strips);
  while (g_hash_table_iter_next (&iter, &strip, NULL))
    if (atlas_compare_strip_get_row (strip) == row)
      return strip;
  return NULL;
}

/* Brings the focused cell of @strip into view sideways: the column view
 * scrolls to a focused widget, but a strip is one widget as wide as all
 * its cells */
static void
scroll_to_cell (AtlasComparePage  *self,
                AtlasCompareStrip *strip)
{
  GtkWidget *scroller = gtk_widget_get_parent (GTK_WIDGET (self->column_view));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  double x = (double) atlas_compare_strip_get_focus_column (strip) * ATLAS_COMPARE_STRIP_CELL_WIDTH;
  double y = 0, left, page = gtk_adjustment_get_page_size (adjustment);

  if (gtk_widget_get_direction (GTK_WIDGET (strip)) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (GTK_WIDGET (strip)) - x - ATLAS_COMPARE_STRIP_CELL_WIDTH;
  if (!gtk_widget_translate_coordinates (GTK_WIDGET (strip), scroller, x, 0, &left, &y))
    return;
  if (left < 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + left);
  else if (left + ATLAS_COMPARE_STRIP_CELL_WIDTH > page)
    gtk_adjustment_set_value (adjustment,
                              gtk_adjustment_get_value (adjustment) + left + ATLAS_COMPARE_STRIP_CELL_WIDTH - page);
}

/**
 * _atlas_compare_page_focus_strip_cell:
 *
 * Gives the keyboard focus to the cell of @column in @strip.
 */
void
_atlas_compare_page_focus_strip_cell (AtlasComparePage  *self,
                                      AtlasCompareStrip *strip,
                                      guint              column)
{
  atlas_compare_strip_set_focus_column (strip, column);
  gtk_widget_grab_focus (GTK_WIDGET (strip));
  scroll_to_cell (self, strip);
}

/* ------------------------------------------------------------- factory */

static void
strip_setup_cb (GtkListItemFactory *factory,
                GtkListItem        *item,
                gpointer            user_data)
{
  gtk_list_item_set_child (item, atlas_compare_strip_new ());
  /* The strip is the focusable, activatable part */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
strip_bind_cb (GtkListItemFactory *factory,
               GtkListItem        *item,
               gpointer            user_data)
{
  AtlasComparePage *self = user_data;
  AtlasCompareStrip *strip = ATLAS_COMPARE_STRIP (gtk_list_item_get_child (item));

  atlas_compare_strip_bind (strip, gtk_list_item_get_item (item));
  g_hash_table_add (self->bound_strips, strip);
  update_strip (self, strip);
}

static void
strip_unbind_cb (GtkListItemFactory *factory,
                 GtkListItem        *item,
                 gpointer            user_data)
{
  AtlasComparePage *self = user_data;
  AtlasCompareStrip *strip = ATLAS_COMPARE_STRIP (gtk_list_item_get_child (item));

  g_hash_table_remove (self->bound_strips, strip);
  atlas_compare_strip_unbind (strip);
}

static void
strip_teardown_cb (GtkListItemFactory *factory,
                   GtkListItem        *item,
                   gpointer            user_data)
{
  AtlasComparePage *self = user_data;

  g_hash_table_remove (self->bound_strips, gtk_list_item_get_child (item));
}

/* The header's strip, if it is there: the button of the last column is
 * the view's first child's last child */
static AtlasCompareStrip *
find_header_strip (AtlasComparePage *self,
                   GtkWidget       **label_out)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GtkWidget *title = header ? gtk_widget_get_last_child (header) : NULL;
  GtkWidget *label = NULL;
  GtkWidget *strip;

  for (GtkWidget *w = title ? gtk_widget_get_first_child (title) : NULL; w != NULL && label == NULL;
       w = gtk_widget_get_first_child (w))
    for (GtkWidget *c = w; c != NULL && label == NULL; c = gtk_widget_get_next_sibling (c))
      if (GTK_IS_LABEL (c))
        label = c;
  if (label_out != NULL)
    *label_out = label;
  strip = label ? gtk_widget_get_next_sibling (label) : NULL;
  return ATLAS_IS_COMPARE_STRIP (strip) ? ATLAS_COMPARE_STRIP (strip) : NULL;
}

/* Strips draw only the cells in sight: when the view moves, those that
 * show others draw again */
static void
scrolled_cb (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer strip;
  AtlasCompareStrip *header;

  if (!_atlas_compare_page_uses_strips (self))
    return;
  g_hash_table_iter_init (&iter, self->bound_strips);
  while (g_hash_table_iter_next (&iter, &strip, NULL))
    atlas_compare_strip_scrolled (strip);
  if ((header = find_header_strip (self, NULL)) != NULL)
    atlas_compare_strip_scrolled (header);
}

/* The strips' column sorts by one programme's statuses, the one whose
 * name was clicked in the header (compare.sort-by-programme) */
static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  AtlasComparePage *self = user_data;
  AtlasProgramme *programme = g_object_get_data (G_OBJECT (self->matrix_column), "atlas-sort-programme");

  if (programme == NULL)
    return GTK_ORDERING_EQUAL;
  return CLAMP (_atlas_compare_page_status_rank ((AtlasComparisonRow *) a, programme) -
                _atlas_compare_page_status_rank ((AtlasComparisonRow *) b, programme), -1, 1);
}

static void
sort_by_programme_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  AtlasProgramme *current, *programme = NULL;
  GtkSortType order = GTK_SORT_ASCENDING;

  if (self->matrix_column == NULL || !_atlas_compare_page_uses_strips (self))
    return;
  for (guint i = 0; i < self->shown->len && programme == NULL; i++)
    if (g_str_equal (atlas_programme_get_id (g_ptr_array_index (self->shown, i)), id))
      programme = g_ptr_array_index (self->shown, i);
  if (programme == NULL)
    return;
  /* The same programme again turns the order round, as a header does
   * (GTK 4.8's column view sorter does not say which column it sorts by) */
  current = g_object_get_data (G_OBJECT (self->matrix_column), "atlas-sort-programme");
  if (current == programme && !GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self->matrix_column), "atlas-sort-descending")))
    order = GTK_SORT_DESCENDING;
  g_object_set_data (G_OBJECT (self->matrix_column), "atlas-sort-descending",
                     GINT_TO_POINTER (order == GTK_SORT_DESCENDING));
  g_object_set_data_full (G_OBJECT (self->matrix_column), "atlas-sort-programme", g_object_ref (programme),
                          g_object_unref);
  gtk_sorter_changed (gtk_column_view_column_get_sorter (self->matrix_column), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_column_view_sort_by_column (self->column_view, self->matrix_column, order);
}

void
_atlas_compare_page_class_matrix_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compare.sort-by-programme", "s", sort_by_programme_action);
}

static GtkColumnViewColumn *
create_matrix_column (AtlasComparePage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (self->column_view)));
  GtkAdjustment *adjustments[] = { gtk_scrolled_window_get_hadjustment (scroller),
                                   gtk_scrolled_window_get_vadjustment (scroller) };

  for (guint i = 0; i < G_N_ELEMENTS (adjustments); i++)
    {
      g_signal_connect_object (adjustments[i], "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (adjustments[i], "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (strip_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (strip_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (strip_unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (strip_teardown_cb), self);
  GtkColumnViewColumn *column;
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, self, NULL));

  /* (the title is hidden under the strip of the programmes' names) */
  column = gtk_column_view_column_new (_("Programmes"), factory);
  gtk_column_view_column_set_sorter (column, sorter);
  return column;
}

/* GtkColumnView 4.8 gives a column a title, not a widget: the strip of
 * names goes in the column's header button, beside its (hidden) label.
 * The header's buttons are the view's first child's children, one per
 * column in the columns' order. */
static void
install_header (AtlasComparePage *self)
{
  GtkWidget *label = NULL;
  GtkWidget *strip = GTK_WIDGET (find_header_strip (self, &label));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) titles = NULL;

  if (label == NULL || self->comparison == NULL || !GTK_IS_BOX (gtk_widget_get_parent (label)))
    return;
  if (strip == NULL)
    {
      gtk_widget_set_visible (label, FALSE);
      strip = atlas_compare_strip_new_header ();
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (label)), strip, label);
    }
  for (guint c = 0; c < atlas_comparison_get_n_columns (self->comparison); c++)
    {
      AtlasProgramme *programme = atlas_comparison_get_programme (self->comparison, c);
      g_autofree char *name = _atlas_compare_page_narrow_label (self, atlas_programme_get_short_label (programme),
                                                               ATLAS_COMPARE_STRIP_CELL_WIDTH - 12);

      g_strv_builder_add (builder, name);
    }
  titles = g_strv_builder_end (builder);
  atlas_compare_strip_bind_header (ATLAS_COMPARE_STRIP (strip), self->comparison,
                                   (const char * const *) titles);
}

/**
 * _atlas_compare_page_add_matrix:
 *
 * Puts the column of strips last in the view, sized to the programmes,
 * where there are many of them; takes it out where there are few.
 *
 * Returns: whether the table is drawn by strips
 */
gboolean
_atlas_compare_page_add_matrix (AtlasComparePage *self)
{
  gboolean strips = _atlas_compare_page_uses_strips (self);
  gboolean present = self->matrix_column != NULL &&
                     gtk_column_view_column_get_column_view (self->matrix_column) == self->column_view;

  if (!strips)
    {
      if (present)
        gtk_column_view_remove_column (self->column_view, self->matrix_column);
      return FALSE;
    }
  if (self->matrix_column == NULL)
    self->matrix_column = create_matrix_column (self);
  if (!present)
    gtk_column_view_append_column (self->column_view, self->matrix_column);
  gtk_column_view_column_set_fixed_width (self->matrix_column,
                                          (int) self->shown->len * ATLAS_COMPARE_STRIP_CELL_WIDTH);
  install_header (self);
  return TRUE;
}
