/* atlas-compare-cell.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-compare-cell.h"
#include "atlas-comparison-notes.h"
#include "atlas-area.h"
#include "atlas-programme.h"

/**
 * AtlasCompareCell:
 *
 * One cell of the comparison table: how a programme covers an area, as a
 * glyph and a word (never colour alone), the programme's own wording
 * where it differs from the canonical name, and the area's position in the
 * programme's list. In the summary row it counts the programme's listed
 * areas.
 *
 * Activating the cell selects it (the action compare.select-cell, or
 * compare.select-column in the summary row); Ctrl+Space selects its
 * column, Shift+Space its row, Up and Down move to the same column in the
 * next row.
 */

struct _AtlasCompareCell
{
  GtkButton parent_instance;

  AtlasComparisonRow *row;
  AtlasProgramme *programme;
  AtlasAreaStatus status;
  char *text;
  char *tooltip;        /* what the cell says of itself */
  char *change;         /* what changed since another version, or NULL */
  gboolean dense;

  GtkLabel *glyph;
  GtkLabel *change_mark;
  GtkLabel *status_label;
  GtkLabel *position;
  GtkLabel *wording;
};

G_DEFINE_FINAL_TYPE (AtlasCompareCell, atlas_compare_cell, GTK_TYPE_BUTTON)

static const char *status_classes[] = {
  [ATLAS_AREA_STATUS_UNKNOWN] = "status-unknown",
  [ATLAS_AREA_STATUS_LISTED] = "status-listed",
  [ATLAS_AREA_STATUS_REPORTED] = "status-reported",
  [ATLAS_AREA_STATUS_NOT_LISTED] = "status-not-listed",
};

static void
clear_classes (AtlasCompareCell *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), status_classes[i]);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "summary");
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* The tooltip: the cell, then what changed; the screen reader gets the
 * change as the cell's description */
static void
show_change (AtlasCompareCell *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->change_mark), self->change != NULL);
  if (self->change != NULL)
    {
      g_autofree char *tooltip = self->tooltip ? g_strconcat (self->tooltip, "\n\n", self->change, NULL)
                                               : g_strdup (self->change);

      gtk_widget_add_css_class (GTK_WIDGET (self), "version-changed");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->change, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "version-changed");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->tooltip);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/**
 * atlas_compare_cell_summarize:
 * @count: (out) (transfer full): how many areas the programme of @column
 *   lists, or that nothing is known
 * @others: (out) (transfer full) (nullable): how many more it reports
 *   (and, where not @dense, how many areas the sources give)
 *
 * What the summary row says of a programme, in a cell or a strip.
 */
void
atlas_compare_cell_summarize (AtlasComparison *comparison,
                              guint            column,
                              gboolean         dense,
                              char           **count,
                              char           **others)
{
  guint listed = atlas_comparison_count_listed (comparison, column);
  guint reported = 0, known = 0;
  g_autofree char *area_count = NULL;

  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    {
      AtlasAreaStatus status = atlas_comparison_get_status (comparison, r, column);

      reported += status == ATLAS_AREA_STATUS_REPORTED;
      known += status != ATLAS_AREA_STATUS_UNKNOWN;
    }

  *others = NULL;
  /* "0 listed" would read as "covers nothing" where nothing is known */
  if (known == 0)
    *count = g_strdup (_("No area data"));
  else
    /* Translators: in the summary row of the comparison, per programme */
    *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u listed", "%u listed", listed), listed);
  if (reported > 0 && dense)
    /* Translators: in the summary row of the comparison's narrow columns, under “N listed” */
    *others = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reported", "%u reported", reported), reported);
  else if (reported > 0)
    /* Translators: in the summary row of the comparison, under “N listed” */
    *others = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u reported", "and %u reported", reported),
                               reported);

  /* “9 areas, 8 known” where the sources give a number; the column's
   * note (the tooltip) has it in full where the column is narrow */
  area_count = atlas_programme_describe_area_count (atlas_comparison_get_programme (comparison, column));
  if (area_count != NULL && !dense)
    {
      char *line = *others ? g_strconcat (*others, C_("list separator", " · "), area_count, NULL)
                           : g_strdup (area_count);

      g_free (*others);
      *others = line;
    }
}

static void
bind_summary (AtlasCompareCell *self,
              AtlasComparison  *comparison,
              guint             column)
{
  g_autofree char *count = NULL;
  g_autofree char *others = NULL;
  g_autofree char *description = atlas_comparison_describe_column (comparison, column);

  atlas_compare_cell_summarize (comparison, column, self->dense, &count, &others);
  gtk_widget_add_css_class (GTK_WIDGET (self), "summary");
  set_label (self->glyph, NULL);
  set_label (self->status_label, count);
  set_label (self->position, NULL);
  set_label (self->wording, others);
  g_free (self->tooltip);
  self->tooltip = g_strdup (description);
  show_change (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);
  g_free (self->text);
  self->text = others ? g_strdup_printf ("%s %s", count, others) : g_strdup (count);
}

static void
atlas_compare_cell_clicked (GtkButton *button)
{
  AtlasCompareCell *self = ATLAS_COMPARE_CELL (button);
  AtlasArea *area;

  if (self->row == NULL)
    return;
  area = atlas_comparison_row_get_area (self->row);
  if (area == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "compare.select-column", "s",
                                atlas_programme_get_id (self->programme));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "compare.select-cell", "(ss)",
                                atlas_area_get_id (area), atlas_programme_get_id (self->programme));
}

static gboolean
select_column (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  AtlasCompareCell *self = ATLAS_COMPARE_CELL (widget);

  if (self->programme == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "compare.select-column", "s",
                                     atlas_programme_get_id (self->programme));
}

static gboolean
select_row (GtkWidget *widget,
            GVariant  *args,
            gpointer   user_data)
{
  AtlasCompareCell *self = ATLAS_COMPARE_CELL (widget);
  AtlasArea *area = self->row ? atlas_comparison_row_get_area (self->row) : NULL;

  if (area == NULL)
    return FALSE;
  return gtk_widget_activate_action (widget, "compare.select-row", "s", atlas_area_get_id (area));
}

/* The list moves focus between rows to their first focusable child; a
 * table reader expects to stay in the column. The cell's parent is the
 * column view's cell, whose parent is the row; rows are siblings in the
 * order shown. Rows not yet built are left to the list, which scrolls. */
static gboolean
move_vertically (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  AtlasCompareCell *self = ATLAS_COMPARE_CELL (widget);
  gboolean down = g_variant_get_boolean (args);
  GtkWidget *cell = gtk_widget_get_parent (widget);
  GtkWidget *row = cell ? gtk_widget_get_parent (cell) : NULL;
  GtkWidget *other_row;

  if (row == NULL || self->programme == NULL)
    return FALSE;

  other_row = down ? gtk_widget_get_next_sibling (row) : gtk_widget_get_prev_sibling (row);
  while (other_row != NULL && !gtk_widget_get_visible (other_row))
    other_row = down ? gtk_widget_get_next_sibling (other_row) : gtk_widget_get_prev_sibling (other_row);
  if (other_row == NULL)
    return FALSE;

  for (GtkWidget *w = gtk_widget_get_first_child (other_row); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      GtkWidget *target = gtk_widget_get_first_child (w);

      if (ATLAS_IS_COMPARE_CELL (target) && ATLAS_COMPARE_CELL (target)->programme == self->programme)
        return gtk_widget_grab_focus (target);
    }
  return FALSE;
}

static void
atlas_compare_cell_dispose (GObject *object)
{
  AtlasCompareCell *self = (AtlasCompareCell *) object;

  g_clear_object (&self->row);
  g_clear_object (&self->programme);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_COMPARE_CELL);

  G_OBJECT_CLASS (atlas_compare_cell_parent_class)->dispose (object);
}

static void
atlas_compare_cell_finalize (GObject *object)
{
  AtlasCompareCell *self = (AtlasCompareCell *) object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->tooltip, g_free);
  g_clear_pointer (&self->change, g_free);

  G_OBJECT_CLASS (atlas_compare_cell_parent_class)->finalize (object);
}

static void
atlas_compare_cell_class_init (AtlasCompareCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkButtonClass *button_class = GTK_BUTTON_CLASS (klass);

  object_class->dispose = atlas_compare_cell_dispose;
  object_class->finalize = atlas_compare_cell_finalize;
  button_class->clicked = atlas_compare_cell_clicked;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-compare-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasCompareCell, glyph);
  gtk_widget_class_bind_template_child_full (widget_class, "change", FALSE,
                                             G_STRUCT_OFFSET (AtlasCompareCell, change_mark));
  gtk_widget_class_bind_template_child_full (widget_class, "status", FALSE,
                                             G_STRUCT_OFFSET (AtlasCompareCell, status_label));
  gtk_widget_class_bind_template_child (widget_class, AtlasCompareCell, position);
  gtk_widget_class_bind_template_child (widget_class, AtlasCompareCell, wording);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, GDK_CONTROL_MASK, select_column, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, GDK_SHIFT_MASK, select_row, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_vertically, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_vertically, "b", FALSE);
}

static void
atlas_compare_cell_init (AtlasCompareCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_compare_cell_new (void)
{
  return g_object_new (ATLAS_TYPE_COMPARE_CELL, NULL);
}

/**
 * atlas_compare_cell_bind:
 *
 * Shows how @programme covers the area of @row (or, in the summary row,
 * how many areas @programme lists).
 */
void
atlas_compare_cell_bind (AtlasCompareCell   *self,
                         AtlasComparisonRow *row,
                         AtlasProgramme     *programme)
{
  AtlasComparison *comparison;
  g_autofree char *position = NULL;
  g_autofree char *wording = NULL;
  g_autofree char *description = NULL;
  const char *own;
  guint r, n;
  int column;

  g_return_if_fail (ATLAS_IS_COMPARE_CELL (self));
  g_return_if_fail (ATLAS_IS_COMPARISON_ROW (row));
  g_return_if_fail (ATLAS_IS_PROGRAMME (programme));

  g_set_object (&self->row, row);
  g_set_object (&self->programme, programme);
  clear_classes (self);

  comparison = atlas_comparison_row_get_comparison (row);
  column = atlas_comparison_find_column (comparison, programme);
  g_return_if_fail (column >= 0);

  if (atlas_comparison_row_is_summary (row))
    {
      self->status = ATLAS_AREA_STATUS_UNKNOWN;
      bind_summary (self, comparison, column);
      return;
    }

  r = atlas_comparison_row_get_index (row);
  self->status = atlas_comparison_get_status (comparison, r, column);
  n = atlas_comparison_cell_position (comparison, r, column);
  own = atlas_comparison_cell_wording (comparison, r, column);
  if (n > 0)
    /* Translators: an area's position in a programme's list, e.g. #4 */
    position = g_strdup_printf (_("#%u"), n);
  if (own != NULL)
    wording = g_strdup_printf (_("“%s”"), own);
  description = atlas_comparison_describe_cell (comparison, r, column);

  gtk_widget_add_css_class (GTK_WIDGET (self), status_classes[self->status]);
  set_label (self->glyph, atlas_area_status_to_glyph (self->status));
  set_label (self->status_label, atlas_area_status_to_label (self->status));
  set_label (self->position, self->dense ? NULL : position);
  set_label (self->wording, self->dense ? NULL : wording);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), !self->dense);
  g_free (self->tooltip);
  self->tooltip = g_strdup (description);
  show_change (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  g_free (self->text);
  self->text = g_strjoin (" ", atlas_area_status_to_glyph (self->status),
                          atlas_area_status_to_label (self->status),
                          position ? position : "", wording ? wording : "", NULL);
  g_strchomp (self->text);
}

/**
 * atlas_compare_cell_set_dense:
 *
 * A dense cell shows only its status mark, centred, in its tinted square;
 * its status word, wording and position are in its tooltip and accessible
 * name. A bound cell is shown again at once.
 */
void
atlas_compare_cell_set_dense (AtlasCompareCell *self,
                              gboolean          dense)
{
  g_return_if_fail (ATLAS_IS_COMPARE_CELL (self));

  self->dense = !!dense;
  if (self->dense)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dense");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "dense");
  gtk_widget_set_halign (gtk_button_get_child (GTK_BUTTON (self)), self->dense ? GTK_ALIGN_CENTER : GTK_ALIGN_FILL);
  if (self->row != NULL && self->programme != NULL)
    {
      g_autoptr(AtlasComparisonRow) row = g_object_ref (self->row);
      g_autoptr(AtlasProgramme) programme = g_object_ref (self->programme);

      atlas_compare_cell_bind (self, row, programme);
    }
}

void
atlas_compare_cell_unbind (AtlasCompareCell *self)
{
  g_return_if_fail (ATLAS_IS_COMPARE_CELL (self));

  g_clear_object (&self->row);
  g_clear_object (&self->programme);
  atlas_compare_cell_set_marked (self, FALSE, FALSE);
  atlas_compare_cell_set_change (self, NULL);
}

/**
 * atlas_compare_cell_set_change:
 * @change: (nullable): what changed in the cell between two versions of
 *   the dataset, in words, or %NULL
 *
 * Marks the cell as changed (a Δ beside its status mark, an outline), and
 * says what changed in its tooltip and to the screen reader.
 */
void
atlas_compare_cell_set_change (AtlasCompareCell *self,
                               const char       *change)
{
  g_return_if_fail (ATLAS_IS_COMPARE_CELL (self));

  if (g_strcmp0 (change, self->change) == 0)
    return;
  g_free (self->change);
  self->change = g_strdup (change);
  show_change (self);
}

const char *
atlas_compare_cell_get_change (AtlasCompareCell *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_CELL (self), NULL);
  return self->change;
}

AtlasComparisonRow *
atlas_compare_cell_get_row (AtlasCompareCell *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_CELL (self), NULL);
  return self->row;
}

AtlasProgramme *
atlas_compare_cell_get_programme (AtlasCompareCell *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_CELL (self), NULL);
  return self->programme;
}

AtlasAreaStatus
atlas_compare_cell_get_status (AtlasCompareCell *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_CELL (self), ATLAS_AREA_STATUS_UNKNOWN);
  return self->status;
}

/**
 * atlas_compare_cell_get_text:
 *
 * Returns: the text the cell shows, on one line
 */
const char *
atlas_compare_cell_get_text (AtlasCompareCell *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_CELL (self), NULL);
  return self->text ? self->text : "";
}

/* Marks the cell as what the shared selection is about: itself, or the
 * whole column it is part of. */
void
atlas_compare_cell_set_marked (AtlasCompareCell *self,
                               gboolean          marked,
                               gboolean          as_column)
{
  g_return_if_fail (ATLAS_IS_COMPARE_CELL (self));

  gtk_widget_remove_css_class (GTK_WIDGET (self), "marked");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "marked-column");
  if (marked)
    gtk_widget_add_css_class (GTK_WIDGET (self), as_column ? "marked-column" : "marked");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, marked, -1);
}
