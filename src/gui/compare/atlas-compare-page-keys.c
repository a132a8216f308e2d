/* atlas-compare-page-keys.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The keyboard in the table: the arrow keys move the focus cell by cell
 * (GtkColumnView 4.8 moves it by rows only), Home and End to the row's
 * first and last programme, Page Up and Page Down by a screenful,
 * Ctrl+Home and Ctrl+End to the first and the last cell. A cell that is
 * scrolled out of view is brought in first. Enter or Space select the
 * focused cell, as a click does; a screen reader announces its name
 * ("Cyber defence in Japan ITPP 2023: reported…"). */

#include "config.h"

#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"

/* How many rows Page Up and Page Down move */
#define PAGE_ROWS 10

typedef struct
{
  AtlasComparePage *self;
  AtlasComparisonRow *row;
  AtlasProgramme *programme;
  guint tries;
} Pending;

static AtlasCompareCell *
find_cell (AtlasComparePage   *self,
           AtlasComparisonRow *row,
           AtlasProgramme     *programme)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    if (atlas_compare_cell_get_row (cell) == row && atlas_compare_cell_get_programme (cell) == programme)
      return cell;
  return NULL;
}

static AtlasCompareCell *
focused_cell (AtlasComparePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)))
    return NULL;
  if (!ATLAS_IS_COMPARE_CELL (focus))
    focus = gtk_widget_get_ancestor (focus, ATLAS_TYPE_COMPARE_CELL);
  return focus ? ATLAS_COMPARE_CELL (focus) : NULL;
}

static guint
position_of (GListModel *model,
             gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Focuses the cell of @row and @programme, in a cell widget or a strip,
 * if it is built */
static gboolean
focus_cell (AtlasComparePage   *self,
            AtlasComparisonRow *row,
            AtlasProgramme     *programme)
{
  AtlasCompareCell *cell;
  AtlasCompareStrip *strip;

  if (_atlas_compare_page_uses_strips (self))
    {
      int column = atlas_comparison_find_column (self->comparison, programme);

      strip = _atlas_compare_page_find_strip (self, row);
      if (strip == NULL || column < 0)
        return FALSE;
      _atlas_compare_page_focus_strip_cell (self, strip, (guint) column);
      return TRUE;
    }
  cell = find_cell (self, row, programme);
  if (cell == NULL)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  return TRUE;
}

/* The focused cell's row and programme, in a cell widget or a strip */
static gboolean
get_focused (AtlasComparePage    *self,
             AtlasComparisonRow **row,
             AtlasProgramme     **programme)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  AtlasCompareCell *cell;

  if (focus != NULL && ATLAS_IS_COMPARE_STRIP (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->column_view)))
    {
      AtlasCompareStrip *strip = ATLAS_COMPARE_STRIP (focus);

      if (atlas_compare_strip_get_row (strip) == NULL || atlas_compare_strip_get_n_cells (strip) == 0)
        return FALSE;
      *row = atlas_compare_strip_get_row (strip);
      *programme = atlas_compare_strip_get_programme (strip, atlas_compare_strip_get_focus_column (strip));
      return TRUE;
    }
  cell = focused_cell (self);
  if (cell == NULL)
    return FALSE;
  *row = atlas_compare_cell_get_row (cell);
  *programme = atlas_compare_cell_get_programme (cell);
  return TRUE;
}

static gboolean
focus_pending_cb (gpointer data)
{
  Pending *pending = data;

  if (!focus_cell (pending->self, pending->row, pending->programme) && ++pending->tries < 5)
    return G_SOURCE_CONTINUE;
  return G_SOURCE_REMOVE;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_object_unref (pending->self);
  g_object_unref (pending->row);
  g_object_unref (pending->programme);
  g_free (pending);
}

/* Brings the row at @position into view, about where it would be */
static void
scroll_to (AtlasComparePage *self,
           guint             position,
           guint             n_rows)
{
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_parent (GTK_WIDGET (self->column_view)));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  double upper = gtk_adjustment_get_upper (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);

  if (n_rows == 0)
    return;
  gtk_adjustment_set_value (adjustment, upper * position / n_rows - page / 2);
}

/**
 * _atlas_compare_page_move_focus:
 * @columns: how many programmes to the right (negative: to the left)
 * @rows: how many rows down (negative: up)
 *
 * Moves the keyboard focus from the focused cell, clamped to the table.
 *
 * Returns: whether a cell had the focus
 */
gboolean
_atlas_compare_page_move_focus (AtlasComparePage *self,
                                int               columns,
                                int               rows)
{
  GListModel *model = G_LIST_MODEL (self->row_selection);
  guint n_rows = g_list_model_get_n_items (model);
  g_autoptr(AtlasComparisonRow) row = NULL;
  AtlasComparisonRow *focused_row = NULL;
  AtlasProgramme *programme = NULL;
  guint position;
  int column = -1;

  if (!get_focused (self, &focused_row, &programme) || self->shown == NULL || self->shown->len == 0 || n_rows == 0)
    return FALSE;
  for (guint c = 0; c < self->shown->len; c++)
    if (g_ptr_array_index (self->shown, c) == programme)
      column = (int) c;
  position = position_of (model, focused_row);
  if (column < 0 || position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  column = CLAMP (column + columns, 0, (int) self->shown->len - 1);
  position = (guint) CLAMP ((int) position + rows, 0, (int) n_rows - 1);
  row = g_list_model_get_item (model, position);
  programme = g_ptr_array_index (self->shown, column);

  if (focus_cell (self, row, programme))
    return TRUE;

  /* Out of view: scroll, then focus it once its row is built */
  {
    Pending *pending = g_new0 (Pending, 1);

    pending->self = g_object_ref (self);
    pending->row = g_object_ref (row);
    pending->programme = g_object_ref (programme);
    scroll_to (self, position, n_rows);
    g_timeout_add_full (G_PRIORITY_DEFAULT, 30, focus_pending_cb, pending, pending_free);
  }
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AtlasComparePage      *self)
{
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  if ((state & (GDK_SHIFT_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return _atlas_compare_page_move_focus (self, -1, 0);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return _atlas_compare_page_move_focus (self, 1, 0);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return _atlas_compare_page_move_focus (self, 0, -1);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return _atlas_compare_page_move_focus (self, 0, 1);
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      return _atlas_compare_page_move_focus (self, 0, -PAGE_ROWS);
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      return _atlas_compare_page_move_focus (self, 0, PAGE_ROWS);
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return _atlas_compare_page_move_focus (self, -G_MAXINT / 2, control ? -G_MAXINT / 2 : 0);
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return _atlas_compare_page_move_focus (self, G_MAXINT / 2, control ? G_MAXINT / 2 : 0);
    default:
      return FALSE;
    }
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  int columns, rows;

  g_variant_get (parameter, "(ii)", &columns, &rows);
  _atlas_compare_page_move_focus (ATLAS_COMPARE_PAGE (widget), columns, rows);
}

void
_atlas_compare_page_init_keys (AtlasComparePage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the list view, which would move by rows */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);
}

void
_atlas_compare_page_class_keys_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compare.move-focus", "(ii)", move_focus_action);
}
