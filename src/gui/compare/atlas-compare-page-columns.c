/* atlas-compare-page-columns.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's columns: the fixed ones (area, group, covered by,
 * change) and one per chosen programme, their cells and their sorters. */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export-dialog.h"
#include "atlas-partner.h"
#include "atlas-programme.h"

/* ------------------------------------------------------- fixed columns */

static void
text_setup_cb (AtlasComparePage *self,
               GtkListItem      *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "compare-text");
  gtk_list_item_set_child (item, label);
}

static void
set_text (GtkListItem *item,
          const char  *text,
          gboolean     summary)
{
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  if (summary)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

/* An area's cell: its group's name above the first area of each group
 * (while the rows are in the dataset's order), then its own name */
static void
area_setup_cb (AtlasComparePage *self,
               GtkListItem      *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *group = gtk_label_new (NULL);
  GtkWidget *name = gtk_label_new (NULL);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (group), 0);
  gtk_label_set_wrap (GTK_LABEL (group), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (group), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (group, "compare-group");
  gtk_widget_set_visible (group, FALSE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (name, "compare-text");
  gtk_box_append (GTK_BOX (box), group);
  gtk_box_append (GTK_BOX (box), name);
  gtk_list_item_set_child (item, box);
}

/* Whether the row at @position starts a group in the order shown: only in
 * the dataset's own order, where groups come together */
static const char *
group_started (AtlasComparePage *self,
               guint             position)
{
  GListModel *shown = G_LIST_MODEL (self->row_selection);
  g_autoptr(AtlasComparisonRow) row = NULL;
  g_autoptr(AtlasComparisonRow) previous = NULL;
  const char *group;

  if (position == GTK_INVALID_LIST_POSITION ||
      gtk_sorter_get_order (gtk_column_view_get_sorter (self->column_view)) != GTK_SORTER_ORDER_NONE)
    return NULL;
  row = g_list_model_get_item (shown, position);
  if (row == NULL || atlas_comparison_row_is_summary (row) || (group = atlas_comparison_row_get_group (row)) == NULL)
    return NULL;
  if (position > 0)
    previous = g_list_model_get_item (shown, position - 1);
  if (previous != NULL && g_strcmp0 (atlas_comparison_row_get_group (previous), group) == 0)
    return NULL;
  return group;
}

static void
update_group_caption (AtlasComparePage *self,
                      GtkListItem      *item)
{
  GtkWidget *group = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  const char *started = group_started (self, gtk_list_item_get_position (item));

  gtk_label_set_text (GTK_LABEL (group), started ? started : "");
  gtk_widget_set_visible (group, started != NULL);
}

/* Rows moved by a filter or a sort keep their widgets: say again which
 * of them start a group */
void
_atlas_compare_page_update_groups (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer item;

  g_hash_table_iter_init (&iter, self->bound_areas);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_group_caption (self, item);
}

static void
area_bind_cb (AtlasComparePage *self,
              GtkListItem      *item)
{
  AtlasComparisonRow *row = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_last_child (gtk_list_item_get_child (item));

  gtk_label_set_text (GTK_LABEL (name), atlas_comparison_row_get_name (row));
  if (atlas_comparison_row_is_summary (row))
    gtk_widget_add_css_class (name, "heading");
  else
    gtk_widget_remove_css_class (name, "heading");
  g_hash_table_add (self->bound_areas, item);
  update_group_caption (self, item);
}

static void
area_unbind_cb (AtlasComparePage *self,
                GtkListItem      *item)
{
  g_hash_table_remove (self->bound_areas, item);
}

static void
group_bind_cb (AtlasComparePage *self,
               GtkListItem      *item)
{
  AtlasComparisonRow *row = gtk_list_item_get_item (item);

  set_text (item, atlas_comparison_row_get_group (row), FALSE);
  gtk_widget_add_css_class (gtk_list_item_get_child (item), "dim-label");
}

static void
covering_bind_cb (AtlasComparePage *self,
                  GtkListItem      *item)
{
  AtlasComparisonRow *row = gtk_list_item_get_item (item);
  AtlasComparison *comparison = atlas_comparison_row_get_comparison (row);
  guint n = atlas_comparison_get_n_columns (comparison);
  guint known = atlas_comparison_row_get_known (row);
  guint covering = atlas_comparison_row_get_covering (row);
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  /* Out of the programmes whose sources say something of the area: one
   * "listed" and four unknowns is "1 of 1 known", not "1 of 5" */
  if (atlas_comparison_row_is_summary (row))
    ;
  else if (known == 0)
    {
      text = g_strdup (C_("covered by", "Unknown"));
      tooltip = g_strdup (_("No source says whether the chosen programmes cover this area"));
    }
  else if (known == n)
    {
      /* Translators: how many of the chosen programmes list an area or are
       * reported to cover it, e.g. 3 of 4 */
      text = g_strdup_printf (C_("covered by", "%1$u of %2$u"), covering, n);
      tooltip = g_strdup (_("How many of the chosen programmes list the area or are reported to cover it"));
    }
  else
    {
      /* Translators: how many of the programmes whose coverage of an area
       * is known list it or are reported to cover it, e.g. 1 of 2 known;
       * the short form goes in a narrow column under “Covered of Known” */
      if (self->show_wording)
        text = g_strdup_printf (C_("covered by", "%1$u of %2$u known"), covering, known);
      else
        text = g_strdup_printf (C_("covered by, short", "%1$u of %2$u"), covering, known);
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              /* Translators: %u is the number of chosen programmes whose sources say nothing of an area */
                                              "Counted over the programmes whose sources say whether they cover the area; for %u, no source says",
                                              "Counted over the programmes whose sources say whether they cover the area; for %u, no source says",
                                              n - known),
                                 n - known);
    }
  set_text (item, text, FALSE);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), tooltip);
}

static const char *
change_glyph (AtlasChange change)
{
  switch (change)
    {
    case ATLAS_CHANGE_ADDED:
      return "+";
    case ATLAS_CHANGE_DROPPED:
      return "−";
    case ATLAS_CHANGE_SAME:
      return "=";
    case ATLAS_CHANGE_UNKNOWN:
    default:
      return "?";
    }
}

static void
change_bind_cb (AtlasComparePage *self,
                GtkListItem      *item)
{
  AtlasComparisonRow *row = gtk_list_item_get_item (item);
  AtlasComparison *comparison = atlas_comparison_row_get_comparison (row);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  g_autofree char *tip = NULL;
  static const char *classes[] = { "change-unknown", "change-same", "change-added", "change-dropped" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (label, classes[i]);
  if (!atlas_comparison_row_is_summary (row) && atlas_comparison_get_n_columns (comparison) >= 2)
    {
      AtlasChange change = atlas_comparison_row_get_change (row);

      text = g_strdup_printf ("%s %s", change_glyph (change), atlas_change_to_label (change));
      tip = atlas_comparison_describe_change (comparison, atlas_comparison_row_get_index (row));
      gtk_widget_add_css_class (label, classes[change]);
    }
  set_text (item, text, FALSE);
  gtk_widget_set_tooltip_text (label, tip);
}

int
_atlas_compare_page_change_rank (AtlasComparisonRow *row,
                                 gpointer            user_data)
{
  static const int ranks[] = {
    [ATLAS_CHANGE_ADDED] = 0,
    [ATLAS_CHANGE_DROPPED] = 1,
    [ATLAS_CHANGE_SAME] = 2,
    [ATLAS_CHANGE_UNKNOWN] = 3,
  };

  return ranks[atlas_comparison_row_get_change (row)];
}

/* ---------------------------------------------------- programme columns */

static AtlasProgramme *
factory_programme (GtkListItemFactory *factory)
{
  return g_object_get_data (G_OBJECT (factory), "atlas-programme");
}

static void
cell_setup_cb (GtkListItemFactory *factory,
               GtkListItem        *item,
               gpointer            user_data)
{
  AtlasComparePage *self = user_data;
  GtkWidget *cell = atlas_compare_cell_new ();

  atlas_compare_cell_set_dense (ATLAS_COMPARE_CELL (cell), !self->show_wording);
  gtk_list_item_set_child (item, cell);
  /* The cell is the focusable, activatable part */
  gtk_list_item_set_activatable (item, FALSE);
}

static void
cell_bind_cb (GtkListItemFactory *factory,
              GtkListItem        *item,
              gpointer            user_data)
{
  AtlasComparePage *self = user_data;
  AtlasCompareCell *cell = ATLAS_COMPARE_CELL (gtk_list_item_get_child (item));

  atlas_compare_cell_bind (cell, gtk_list_item_get_item (item), factory_programme (factory));
  g_hash_table_add (self->bound_cells, cell);
  _atlas_compare_page_update_cell_mark (self, cell);
}

static void
cell_unbind_cb (GtkListItemFactory *factory,
                GtkListItem        *item,
                gpointer            user_data)
{
  AtlasComparePage *self = user_data;
  AtlasCompareCell *cell = ATLAS_COMPARE_CELL (gtk_list_item_get_child (item));

  g_hash_table_remove (self->bound_cells, cell);
  atlas_compare_cell_unbind (cell);
}

static void
cell_teardown_cb (GtkListItemFactory *factory,
                  GtkListItem        *item,
                  gpointer            user_data)
{
  AtlasComparePage *self = user_data;

  g_hash_table_remove (self->bound_cells, gtk_list_item_get_child (item));
}

int
_atlas_compare_page_status_rank (AtlasComparisonRow *row,
                                 AtlasProgramme     *programme)
{
  static const int ranks[] = {
    [ATLAS_AREA_STATUS_LISTED] = 0,
    [ATLAS_AREA_STATUS_REPORTED] = 1,
    [ATLAS_AREA_STATUS_NOT_LISTED] = 2,
    [ATLAS_AREA_STATUS_UNKNOWN] = 3,
  };

  return ranks[atlas_comparison_row_get_status (row, programme)];
}

static void
unref_programme (gpointer  data,
                 GClosure *closure)
{
  g_object_unref (data);
}

static GMenuModel *
column_menu (AtlasProgramme *programme)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) evidence = g_menu_item_new (_("Show _Evidence for This Programme"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove From Comparison"), NULL);

  g_menu_item_set_action_and_target_value (evidence, "compare.select-column",
                                           g_variant_new_string (atlas_programme_get_id (programme)));
  g_menu_item_set_action_and_target_value (remove, "compare.remove-programme",
                                           g_variant_new_string (atlas_programme_get_id (programme)));
  g_menu_append_item (menu, evidence);
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (menu);
}

/* Width of a programme's column of status marks: 14 of them fit beside
 * the areas in a 1,280-pixel window, and the four ITPPs in force and the
 * planned one beside the sidebar and the excerpts pane */
#define DENSE_COLUMN_WIDTH 62
#define WIDE_COLUMN_WIDTH 170
#define COVERING_DENSE_WIDTH 66
#define COVERING_WIDE_WIDTH 120
#define AREA_DENSE_WIDTH 180
#define AREA_WIDE_WIDTH 220

/* The width of @text in a column header's type (bold, smaller) */
static int
header_text_width (AtlasComparePage *self,
                   const char       *text,
                   int               length)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int width = 0;

  pango_layout_set_text (layout, text, length);
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.85));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* "ROK ITPP 2023" on two lines, the partner above the type and year, so
 * that a narrow column's header is whole; a partner's name too wide for
 * the column goes on a line per word ("New / Zealand / ITPP 2024"). */
char *
_atlas_compare_page_narrow_label (AtlasComparePage *self,
                                  const char       *label,
                                  int               room)
{
  const char *last = strrchr (label, ' ');
  const char *split = NULL;
  g_autofree char *partner = NULL;

  for (const char *p = label; last != NULL && p < last; p++)
    if (*p == ' ')
      split = p;
  if (split == NULL)
    return g_strdup (label);
  partner = g_strndup (label, split - label);
  if (header_text_width (self, partner, -1) > room)
    {
      if (strchr (partner, ' ') != NULL)
        g_strdelimit (partner, " ", '\n');
      else if (g_unichar_iswide (g_utf8_get_char (partner)))
        {
          /* A name in a script that breaks between characters, without
           * spaces (オーストラリア): as many characters as fit on the first
           * line, the rest on the second. A Latin word is never cut. */
          const char *cut = g_utf8_next_char (partner);
          g_autofree char *broken = NULL;

          for (const char *p = cut; *p != '\0'; p = g_utf8_next_char (p))
            if (header_text_width (self, partner, (int) (g_utf8_next_char (p) - partner)) <= room)
              cut = g_utf8_next_char (p);
            else
              break;
          if (*cut != '\0')
            {
              broken = g_strdup_printf ("%.*s\n%s", (int) (cut - partner), partner, cut);
              g_free (partner);
              partner = g_steal_pointer (&broken);
            }
        }
    }
  return g_strdup_printf ("%s\n%s", partner, split + 1);
}

static void
set_column_density (AtlasComparePage    *self,
                    GtkColumnViewColumn *column)
{
  AtlasProgramme *programme = g_object_get_data (G_OBJECT (column), "atlas-programme");
  const char *label = atlas_programme_get_short_label (programme);
  g_autofree char *title = self->show_wording ? g_strdup (label)
                                              : _atlas_compare_page_narrow_label (self, label, DENSE_COLUMN_WIDTH - 12);

  gtk_column_view_column_set_title (column, title);
  gtk_column_view_column_set_expand (column, self->show_wording);
  gtk_column_view_column_set_fixed_width (column, self->show_wording ? WIDE_COLUMN_WIDTH : DENSE_COLUMN_WIDTH);
}

/* Wide cells with the wording, or narrow columns of marks: the columns'
 * widths and titles, the group column, and every cell in view */
void
_atlas_compare_page_apply_density (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer column, cell;

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    set_column_density (self, column);
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      atlas_compare_cell_set_dense (cell, !self->show_wording);
    }
  _atlas_compare_page_update_fixed_columns (self);
}

static GtkColumnViewColumn *
create_column (AtlasComparePage *self,
               AtlasProgramme   *programme)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) expression = NULL;
  g_autoptr(GMenuModel) menu = column_menu (programme);
  GtkColumnViewColumn *column;

  g_object_set_data_full (G_OBJECT (factory), "atlas-programme", g_object_ref (programme), g_object_unref);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (cell_teardown_cb), self);

  column = gtk_column_view_column_new (NULL, factory);
  g_object_set_data_full (G_OBJECT (column), "atlas-programme", g_object_ref (programme), g_object_unref);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_header_menu (column, menu);
  set_column_density (self, column);

  expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (_atlas_compare_page_status_rank),
                                            g_object_ref (programme), unref_programme);
  gtk_column_view_column_set_sorter (column,
                                     GTK_SORTER (gtk_numeric_sorter_new (g_steal_pointer (&expression))));
  return column;
}

/* Programme columns follow the choice, in its order; a programme that
 * stays keeps its column (and its width and sort). Columns of programmes
 * no longer chosen go before the rows change, new ones come after, so that
 * a cell is never bound to a row of a comparison without its programme. */
void
_atlas_compare_page_remove_stale_columns (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer programme, column;

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, &programme, &column))
    if (!g_ptr_array_find (self->shown, programme, NULL) || _atlas_compare_page_uses_strips (self))
      {
        gtk_column_view_remove_column (self->column_view, column);
        g_hash_table_iter_remove (&iter);
      }
}

/* A hidden column still takes room in a GTK 4.8 column view: columns not
 * shown (the change column, and the group and count on narrow windows) are
 * taken out of the view instead. */
void
_atlas_compare_page_update_fixed_columns (AtlasComparePage *self)
{
  /* The group column only beside wide cells: among narrow columns of marks
   * it would take the room of three programmes */
  gboolean shown[N_FIXED_COLUMNS] = { TRUE, !self->narrow && self->show_wording, !self->narrow,
                                      _atlas_compare_page_changes_shown (self) };

  /* Beside narrow columns the count is short ("1 of 2"), and always over
   * the programmes whose status is known */
  gtk_column_view_column_set_title (self->covering_column,
                                    self->show_wording ? _("Covered By")
                                                       /* Translators: a narrow column's title on two lines: of the chosen programmes whose status is known, how many cover the area */
                                                       : _("Covered\nof Known"));
  gtk_column_view_column_set_fixed_width (self->covering_column,
                                          self->show_wording ? COVERING_WIDE_WIDTH : COVERING_DENSE_WIDTH);
  /* (on a narrow window, apply_narrow () sets it) */
  if (!self->narrow)
    gtk_column_view_column_set_fixed_width (self->area_column,
                                            self->show_wording ? AREA_WIDE_WIDTH : AREA_DENSE_WIDTH);

  self->n_fixed = 0;
  for (guint i = 0; i < N_FIXED_COLUMNS; i++)
    {
      GtkColumnViewColumn *column = self->fixed_columns[i];
      gboolean present = gtk_column_view_column_get_column_view (column) == self->column_view;

      if (shown[i] && !present)
        gtk_column_view_insert_column (self->column_view, self->n_fixed, column);
      else if (!shown[i] && present)
        gtk_column_view_remove_column (self->column_view, column);
      if (shown[i])
        self->n_fixed++;
    }
  _atlas_compare_page_describe_headers (self);
}

/* Columns are appended, never inserted: a row's cells then stay in
 * column order, which is the order screen readers and the keyboard
 * follow. Columns before the first that is out of place stay. */
void
_atlas_compare_page_add_columns (AtlasComparePage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint keep = 0;

  if (_atlas_compare_page_add_matrix (self))
    return;
  while (keep < self->shown->len)
    {
      g_autoptr(GtkColumnViewColumn) current = g_list_model_get_item (columns, self->n_fixed + keep);

      if (current == NULL || current != g_hash_table_lookup (self->columns, g_ptr_array_index (self->shown, keep)))
        break;
      keep++;
    }
  while (g_list_model_get_n_items (columns) > self->n_fixed + keep)
    {
      g_autoptr(GtkColumnViewColumn) last = g_list_model_get_item (columns, g_list_model_get_n_items (columns) - 1);

      gtk_column_view_remove_column (self->column_view, last);
    }

  for (guint i = keep; i < self->shown->len; i++)
    {
      AtlasProgramme *p = g_ptr_array_index (self->shown, i);
      GtkColumnViewColumn *c = g_hash_table_lookup (self->columns, p);

      if (c == NULL)
        {
          c = create_column (self, p);
          g_hash_table_insert (self->columns, g_object_ref (p), c);
        }
      gtk_column_view_append_column (self->column_view, c);
    }
}

void
_atlas_compare_page_class_columns_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, covering_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_bind_cb);
}

/* GtkColumnView 4.8 gives a column's header neither a tooltip nor an
 * accessible name of its own, and a narrow programme column's title is
 * short ("ROK / ITPP 2023"). The header's buttons are the view's first
 * child's children, one per column in the columns' order: each gets the
 * column's whole title, a programme's with its status. */
void
_atlas_compare_page_describe_headers (AtlasComparePage *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint i = 0;

  if (header == NULL)
    return;
  for (GtkWidget *title = gtk_widget_get_first_child (header);
       title != NULL && i < g_list_model_get_n_items (columns);
       title = gtk_widget_get_next_sibling (title), i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      AtlasProgramme *programme = g_object_get_data (G_OBJECT (column), "atlas-programme");
      g_autofree char *text = NULL;

      if (programme != NULL)
        /* Translators: a programme column's header, described: the programme's title, then its status, e.g. “ROK–NATO ITPP (in force)” */
        text = g_strdup_printf (_("%s (%s)"), atlas_programme_get_title (programme),
                                atlas_programme_status_to_label (atlas_programme_get_status (programme)));
      else
        text = g_strdup (gtk_column_view_column_get_title (column));
      g_strdelimit (text, "\n", ' ');
      gtk_widget_set_tooltip_text (title, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (title), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
}
