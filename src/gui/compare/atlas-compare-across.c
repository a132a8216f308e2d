/* atlas-compare-across.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One area across the programmes: the Compare page's view when it shows a
 * single area (the "one area across all programmes" preset, or a row
 * chosen alone). Fourteen programmes laid out as fourteen columns of one
 * row need a wide screen; as rows, each with its status, its list
 * position and its own wording, they read at any width. A cell is the
 * same AtlasCompareCell as in the table: selecting it puts its evidence
 * in the excerpts pane. */

#include "config.h"

#include "atlas-area.h"
#include "atlas-compare-across.h"
#include "atlas-compare-cell.h"
#include "atlas-comparison-row.h"
#include "atlas-programme.h"

struct _AtlasCompareAcross
{
  GtkWidget parent_instance;

  GtkColumnView *view;

  AtlasComparisonRow *row;          /* the area's row of the comparison */
  GListStore *programmes;           /* AtlasProgramme, the rows shown */
};

G_DEFINE_FINAL_TYPE (AtlasCompareAcross, atlas_compare_across, GTK_TYPE_WIDGET)

static void
programme_setup_cb (AtlasCompareAcross *self,
                    GtkListItem        *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (title, "caption");
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
programme_bind_cb (AtlasCompareAcross *self,
                   GtkListItem        *item)
{
  AtlasProgramme *programme = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (label), atlas_programme_get_short_label (programme));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (label)), atlas_programme_get_title (programme));
}

static void
cell_setup_cb (AtlasCompareAcross *self,
               GtkListItem        *item)
{
  GtkWidget *cell = atlas_compare_cell_new ();

  /* Room for the status word, the position and the wording */
  atlas_compare_cell_set_dense (ATLAS_COMPARE_CELL (cell), FALSE);
  gtk_list_item_set_child (item, cell);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
cell_bind_cb (AtlasCompareAcross *self,
              GtkListItem        *item)
{
  if (self->row != NULL)
    atlas_compare_cell_bind (ATLAS_COMPARE_CELL (gtk_list_item_get_child (item)), self->row,
                             gtk_list_item_get_item (item));
}

static void
cell_unbind_cb (AtlasCompareAcross *self,
                GtkListItem        *item)
{
  atlas_compare_cell_unbind (ATLAS_COMPARE_CELL (gtk_list_item_get_child (item)));
}

static void
atlas_compare_across_dispose (GObject *object)
{
  AtlasCompareAcross *self = (AtlasCompareAcross *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_COMPARE_ACROSS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->row);
  g_clear_object (&self->programmes);

  G_OBJECT_CLASS (atlas_compare_across_parent_class)->dispose (object);
}

static void
atlas_compare_across_class_init (AtlasCompareAcrossClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_compare_across_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-compare-across.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasCompareAcross, view);
  gtk_widget_class_bind_template_callback (widget_class, programme_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, programme_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, cell_unbind_cb);
}

static void
atlas_compare_across_init (AtlasCompareAcross *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->programmes = g_list_store_new (ATLAS_TYPE_PROGRAMME);
  gtk_column_view_set_model (self->view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->programmes)))));
}

GtkWidget *
atlas_compare_across_new (void)
{
  return g_object_new (ATLAS_TYPE_COMPARE_ACROSS, NULL);
}

/**
 * atlas_compare_across_set_area:
 * @comparison: (nullable): the comparison shown
 * @area: (nullable): its area to show across its programmes
 *
 * Shows a row per programme of @comparison with its status for @area;
 * nothing when either is %NULL or @area is not compared.
 */
void
atlas_compare_across_set_area (AtlasCompareAcross *self,
                               AtlasComparison    *comparison,
                               AtlasArea          *area)
{
  g_autoptr(GPtrArray) programmes = g_ptr_array_new ();

  g_return_if_fail (ATLAS_IS_COMPARE_ACROSS (self));

  /* The page asks again at each refilter: the same area keeps its rows */
  if (self->row != NULL && atlas_comparison_row_get_comparison (self->row) == comparison &&
      atlas_comparison_row_get_area (self->row) == area)
    return;
  g_clear_object (&self->row);
  for (guint r = 0; comparison != NULL && area != NULL && r < atlas_comparison_get_n_rows (comparison); r++)
    if (atlas_comparison_get_area (comparison, r) == area)
      self->row = atlas_comparison_row_new (comparison, r);
  for (guint c = 0; self->row != NULL && c < atlas_comparison_get_n_columns (comparison); c++)
    g_ptr_array_add (programmes, atlas_comparison_get_programme (comparison, c));
  /* A new list, so that every cell binds to the new row */
  g_list_store_remove_all (self->programmes);
  g_list_store_splice (self->programmes, 0, 0, programmes->pdata, programmes->len);
}

/**
 * atlas_compare_across_get_area:
 *
 * Returns: (transfer none) (nullable): the area shown
 */
AtlasArea *
atlas_compare_across_get_area (AtlasCompareAcross *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_ACROSS (self), NULL);
  return self->row ? atlas_comparison_row_get_area (self->row) : NULL;
}

/**
 * atlas_compare_across_get_rows:
 *
 * Returns: (transfer none): the programmes shown, one a row
 */
GListModel *
atlas_compare_across_get_rows (AtlasCompareAcross *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_ACROSS (self), NULL);
  return G_LIST_MODEL (self->programmes);
}
