/* atlas-compare-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-print.h"
#include "atlas-comparison-notes.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-dataset.h"
#include "atlas-error.h"
#include "atlas-export-dialog.h"
#include "atlas-partner.h"
#include "atlas-programme.h"

/* The most programmes the page shows side by side */
#define MAX_COLUMNS 40

/**
 * AtlasComparePage:
 *
 * The Compare page: cooperation areas (rows) against the chosen
 * programmes (columns), with a summary row that counts the areas each
 * programme lists. The programmes are chosen with a picker or a preset and
 * remembered; "only differences" hides the areas on which they all agree;
 * "show changes" marks, for two programmes, the areas added and dropped
 * from the first to the second. Selecting a cell, a row or a column puts
 * its evidence, with a note on how it is known, in the shared selection.
 * The table exports (off the main thread, atomically), copies and prints
 * as it is shown.
 */

/* The columns before the programmes: area, group, covered by, change */
#define N_FIXED_COLUMNS 4

struct _AtlasComparePage
{
  GtkWidget parent_instance;

  AtlasSelection *selection;
  AtlasDataset *dataset;
  GSettings *settings;
  AtlasComparison *comparison;
  GPtrArray *chosen;                /* AtlasProgramme, in dataset order */
  char **pending_ids;               /* chosen before a dataset arrived */
  AtlasArea *area_filter;
  gboolean only_differences;
  gboolean show_changes;

  /* What this page put in the shared selection: a cell (both), a row
   * (area only) or a column (programme only). */
  AtlasArea *marked_area;
  AtlasProgramme *marked_programme;
  gboolean selecting;
  gboolean syncing_checks;
  gboolean narrow;
  guint narrow_source;

  GListStore *rows;                 /* AtlasComparisonRow */
  GListStore *summary;              /* the one summary AtlasComparisonRow */
  GtkSortListModel *sorted;
  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;
  GtkSingleSelection *row_selection;
  GHashTable *columns;              /* AtlasProgramme → GtkColumnViewColumn */
  GtkColumnViewColumn *fixed_columns[N_FIXED_COLUMNS];
  guint n_fixed;                    /* how many of them are in the view */
  GHashTable *bound_cells;          /* AtlasCompareCell */
  GHashTable *bound_checks;         /* GtkCheckButton of the picker */
  GtkFilterListModel *picker_model;
  GtkStringFilter *picker_filter;
  GMenu *presets_menu;

  /* The last export's choices, offered again */
  AtlasExportFormat export_format;
  AtlasTableOptions export_options;
  GCancellable *cancellable;

  AdwToastOverlay *toasts;
  GtkMenuButton *picker_button;
  GtkPopover *picker_popover;
  GtkSearchEntry *picker_search;
  GtkListView *picker_list;
  GtkMenuButton *presets_button;
  GtkToggleButton *changes_toggle;
  GtkLabel *counts_label;
  GtkRevealer *info_revealer;
  GtkLabel *info_label;
  GtkButton *show_all_button;
  GtkStack *stack;
  GtkColumnView *column_view;
  GtkColumnViewColumn *area_column;
  GtkColumnViewColumn *group_column;
  GtkColumnViewColumn *covering_column;
  GtkColumnViewColumn *change_column;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (AtlasComparePage, atlas_compare_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTION,
  PROP_COMPARISON,
  PROP_ONLY_DIFFERENCES,
  PROP_SHOW_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (AtlasComparePage *self);

static gboolean
can_show_changes (AtlasComparePage *self)
{
  return self->comparison != NULL && atlas_comparison_get_n_columns (self->comparison) == 2;
}

static gboolean
changes_shown (AtlasComparePage *self)
{
  return self->show_changes && can_show_changes (self);
}

static GtkWindow *
get_parent_window (AtlasComparePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_toast (AtlasComparePage *self,
           const char       *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  /* Toast titles are Pango markup in libadwaita 1.2 */
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

/* Menu labels take mnemonics: a dataset's underscores are not ones. */
static char *
escape_mnemonics (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '_')
        g_string_append_c (s, '_');
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

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

/* The areas shown, in the order shown. */
static GPtrArray *
dup_shown_areas (AtlasComparePage *self)
{
  GListModel *model = G_LIST_MODEL (self->filtered);
  GPtrArray *areas = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(AtlasComparisonRow) row = g_list_model_get_item (model, i);

      g_ptr_array_add (areas, g_object_ref (atlas_comparison_row_get_area (row)));
    }
  return areas;
}

/* ---------------------------------------------------------------- marks */

static void
update_cell_mark (AtlasComparePage *self,
                  AtlasCompareCell *cell)
{
  AtlasComparisonRow *row = atlas_compare_cell_get_row (cell);
  gboolean marked = FALSE;

  if (row != NULL && self->marked_programme != NULL &&
      atlas_compare_cell_get_programme (cell) == self->marked_programme)
    marked = self->marked_area == NULL || atlas_comparison_row_get_area (row) == self->marked_area;
  atlas_compare_cell_set_marked (cell, marked, self->marked_area == NULL);
}

static void
set_marks (AtlasComparePage *self,
           AtlasArea        *area,
           AtlasProgramme   *programme)
{
  GHashTableIter iter;
  gpointer cell;

  g_set_object (&self->marked_area, area);
  g_set_object (&self->marked_programme, programme);
  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    update_cell_mark (self, cell);
}

/* Selects the area's row in the list, or none, without this counting as a
 * selection by the user. */
static void
select_list_row (AtlasComparePage *self,
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
  if (self->selection == NULL)
    return;
  self->selecting = TRUE;
  atlas_selection_set_item_with_note (self->selection, item, evidence, note);
  self->selecting = FALSE;
}

static void
select_cell (AtlasComparePage *self,
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
  select_list_row (self, NULL);
  set_marks (self, area, programme);
  /* A cell no source speaks of has no record of its own: the area stands
   * for it, with no excerpts and a note that says why. */
  share (self, pa ? G_OBJECT (pa) : G_OBJECT (area), evidence, note);
}

static void
select_row (AtlasComparePage *self,
            AtlasArea        *area)
{
  int row = find_row (self, area);
  g_autoptr(GPtrArray) evidence = NULL;
  g_autofree char *note = NULL;

  if (row < 0)
    return;
  evidence = atlas_comparison_row_evidence (self->comparison, row);
  note = atlas_comparison_describe_row (self->comparison, row, changes_shown (self));
  select_list_row (self, area);
  set_marks (self, area, NULL);
  share (self, G_OBJECT (area), evidence, note);
}

static void
select_column (AtlasComparePage *self,
               AtlasProgramme   *programme)
{
  int column = self->comparison ? atlas_comparison_find_column (self->comparison, programme) : -1;
  g_autofree char *note = NULL;

  if (column < 0)
    return;
  note = atlas_comparison_describe_column (self->comparison, column);
  select_list_row (self, NULL);
  set_marks (self, NULL, programme);
  share (self, G_OBJECT (programme), NULL, note);
}

/* --------------------------------------------------------------- labels */

static void
update_labels (AtlasComparePage *self)
{
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint n_programmes = self->chosen->len;
  g_autofree char *programmes = NULL;
  g_autofree char *areas = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GString) info = g_string_new (NULL);
  const char *changes_tip;

  programmes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Programme", "%u Programmes", n_programmes),
                                n_programmes);
  gtk_menu_button_set_label (self->picker_button, programmes);

  /* Translators: %1$u areas shown of %2$u */
  areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u area shown", "%1$u of %2$u areas shown",
                                        n_rows),
                           n_shown, n_rows);
  gtk_label_set_text (self->counts_label, areas);

  if (self->area_filter != NULL)
    g_string_append_printf (info, _("Showing only “%s”."), atlas_area_get_name (self->area_filter));

  if (changes_shown (self))
    {
      guint counts_by_change[4] = { 0 };
      AtlasProgramme *first = atlas_comparison_get_programme (self->comparison, 0);
      AtlasProgramme *last = atlas_comparison_get_programme (self->comparison, 1);

      for (guint r = 0; r < atlas_comparison_get_n_rows (self->comparison); r++)
        counts_by_change[atlas_comparison_get_change (self->comparison, r)]++;
      if (info->len > 0)
        g_string_append_c (info, ' ');
      /* Translators: %1$s and %2$s are programmes; then counts of areas */
      counts = g_strdup_printf (_("From %1$s to %2$s: %3$u added, %4$u dropped, %5$u unchanged, %6$u cannot tell."),
                                atlas_programme_get_short_label (first), atlas_programme_get_short_label (last),
                                counts_by_change[ATLAS_CHANGE_ADDED], counts_by_change[ATLAS_CHANGE_DROPPED],
                                counts_by_change[ATLAS_CHANGE_SAME], counts_by_change[ATLAS_CHANGE_UNKNOWN]);
      g_string_append (info, counts);
      if (counts_by_change[ATLAS_CHANGE_UNKNOWN] > 0)
        {
          g_string_append_c (info, ' ');
          g_string_append (info, _("An area unknown for either programme cannot be called added or dropped."));
        }
    }
  gtk_label_set_text (self->info_label, info->str);
  gtk_widget_set_visible (GTK_WIDGET (self->show_all_button), self->area_filter != NULL);
  gtk_revealer_set_reveal_child (self->info_revealer, info->len > 0);

  if (can_show_changes (self))
    changes_tip = _("Mark the areas added and dropped from the first programme to the second");
  else
    changes_tip = _("Choose exactly two programmes to see what changed between them");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->changes_toggle), changes_tip);

  if (self->dataset == NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No Dataset"));
      adw_status_page_set_description (self->empty_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (n_programmes == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Programmes Chosen"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose programmes to compare with the Programmes button or a preset."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else if (n_shown == 0)
    {
      adw_status_page_set_title (self->empty_page, _("No Differences"));
      adw_status_page_set_description (self->empty_page,
                                       _("The chosen programmes agree on every area shown. "
                                         "Turn off “Only Differences” to see them all."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    gtk_stack_set_visible_child_name (self->stack, "table");
}

static void
refilter (AtlasComparePage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_labels (self);
}

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  AtlasComparePage *self = user_data;
  AtlasComparisonRow *row = item;

  if (self->area_filter != NULL && atlas_comparison_row_get_area (row) != self->area_filter)
    return FALSE;
  if (self->only_differences && !atlas_comparison_row_get_differs (row))
    return FALSE;
  return TRUE;
}

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

static void
area_bind_cb (AtlasComparePage *self,
              GtkListItem      *item)
{
  AtlasComparisonRow *row = gtk_list_item_get_item (item);

  set_text (item, atlas_comparison_row_get_name (row), atlas_comparison_row_is_summary (row));
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
  g_autofree char *text = NULL;

  if (!atlas_comparison_row_is_summary (row))
    /* Translators: how many of the chosen programmes list an area or are
     * reported to cover it, e.g. 3 of 4 */
    text = g_strdup_printf (C_("covered by", "%1$u of %2$u"), atlas_comparison_row_get_covering (row),
                            atlas_comparison_get_n_columns (comparison));
  set_text (item, text, FALSE);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item),
                               text ? _("How many of the chosen programmes list the area or are reported to cover it")
                                    : NULL);
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

static int
change_rank (AtlasComparisonRow *row,
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
  gtk_list_item_set_child (item, atlas_compare_cell_new ());
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
  update_cell_mark (self, cell);
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

static int
status_rank (AtlasComparisonRow *row,
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

  column = gtk_column_view_column_new (atlas_programme_get_short_label (programme), factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, 170);
  gtk_column_view_column_set_header_menu (column, menu);

  expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (status_rank),
                                            g_object_ref (programme), unref_programme);
  gtk_column_view_column_set_sorter (column,
                                     GTK_SORTER (gtk_numeric_sorter_new (g_steal_pointer (&expression))));
  return column;
}

/* Programme columns follow the choice, in its order; a programme that
 * stays keeps its column (and its width and sort). Columns of programmes
 * no longer chosen go before the rows change, new ones come after, so that
 * a cell is never bound to a row of a comparison without its programme. */
static void
remove_stale_columns (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer programme, column;

  g_hash_table_iter_init (&iter, self->columns);
  while (g_hash_table_iter_next (&iter, &programme, &column))
    if (!g_ptr_array_find (self->chosen, programme, NULL))
      {
        gtk_column_view_remove_column (self->column_view, column);
        g_hash_table_iter_remove (&iter);
      }
}

/* A hidden column still takes room in a GTK 4.8 column view: columns not
 * shown (the change column, and the group and count on narrow windows) are
 * taken out of the view instead. */
static void
update_fixed_columns (AtlasComparePage *self)
{
  gboolean shown[N_FIXED_COLUMNS] = { TRUE, !self->narrow, !self->narrow, changes_shown (self) };

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
}

/* Columns are appended, never inserted: a row's cells then stay in
 * column order, which is the order screen readers and the keyboard
 * follow. Columns before the first that is out of place stay. */
static void
add_columns (AtlasComparePage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  guint keep = 0;

  while (keep < self->chosen->len)
    {
      g_autoptr(GtkColumnViewColumn) current = g_list_model_get_item (columns, self->n_fixed + keep);

      if (current == NULL || current != g_hash_table_lookup (self->columns, g_ptr_array_index (self->chosen, keep)))
        break;
      keep++;
    }
  while (g_list_model_get_n_items (columns) > self->n_fixed + keep)
    {
      g_autoptr(GtkColumnViewColumn) last = g_list_model_get_item (columns, g_list_model_get_n_items (columns) - 1);

      gtk_column_view_remove_column (self->column_view, last);
    }

  for (guint i = keep; i < self->chosen->len; i++)
    {
      AtlasProgramme *p = g_ptr_array_index (self->chosen, i);
      GtkColumnViewColumn *c = g_hash_table_lookup (self->columns, p);

      if (c == NULL)
        {
          c = create_column (self, p);
          g_hash_table_insert (self->columns, g_object_ref (p), c);
        }
      gtk_column_view_append_column (self->column_view, c);
    }
}

/* ------------------------------------------------------------- picker */

static gboolean
is_chosen (AtlasComparePage *self,
           AtlasProgramme   *programme)
{
  return g_ptr_array_find (self->chosen, programme, NULL);
}

static void
sync_checks (AtlasComparePage *self)
{
  GHashTableIter iter;
  gpointer check;

  self->syncing_checks = TRUE;
  g_hash_table_iter_init (&iter, self->bound_checks);
  while (g_hash_table_iter_next (&iter, &check, NULL))
    gtk_check_button_set_active (check, is_chosen (self, g_object_get_data (check, "atlas-programme")));
  self->syncing_checks = FALSE;
}

static void
save_choice (AtlasComparePage *self)
{
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) ids = NULL;
  gboolean is_default;

  if (self->settings == NULL || self->dataset == NULL)
    return;

  /* Every ITPP is stored as the empty list, which stays right for a
   * dataset with other ITPPs. */
  defaults = atlas_comparison_default_programmes (self->dataset);
  is_default = defaults->len == self->chosen->len;
  for (guint i = 0; is_default && i < defaults->len; i++)
    is_default = g_ptr_array_index (defaults, i) == g_ptr_array_index (self->chosen, i);
  if (!is_default)
    for (guint i = 0; i < self->chosen->len; i++)
      g_strv_builder_add (builder, atlas_programme_get_id (g_ptr_array_index (self->chosen, i)));
  ids = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "compared-programmes", (const char * const *) ids);
}

/* Sets the chosen programmes (taking @programmes) in dataset order, so
 * that the older of two programmes is the first column and changes read
 * from older to newer. */
static void
choose (AtlasComparePage *self,
        GPtrArray        *programmes)
{
  g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all = atlas_dataset_get_programmes (self->dataset);

  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (all, i);

      if (g_ptr_array_find (programmes, p, NULL))
        g_ptr_array_add (ordered, g_steal_pointer (&p));
    }
  g_ptr_array_unref (programmes);

  /* A table of hundreds of columns is unreadable, and GtkColumnView makes
   * every visible row a cell per column: a large dataset's "all ITPPs"
   * (487 in the x100 benchmark dataset) froze the window for minutes. The
   * exports of the command line take any number. */
  if (ordered->len > MAX_COLUMNS)
    {
      g_autofree char *message = NULL;

      /* Translators: %u is the number of programmes a comparison shows at most, %u the number asked for */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Showing the first %1$u of %2$u programme: choose the others in “Programmes to Compare”",
                                              "Showing the first %1$u of %2$u programmes: choose the others in “Programmes to Compare”",
                                              ordered->len),
                                 MAX_COLUMNS, ordered->len);
      g_ptr_array_set_size (ordered, MAX_COLUMNS);
      add_toast (self, message);
    }

  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  self->chosen = g_steal_pointer (&ordered);
  rebuild (self);
  save_choice (self);
}

static void
toggle_programme (AtlasComparePage *self,
                  AtlasProgramme   *programme)
{
  GPtrArray *programmes = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->chosen->len; i++)
    g_ptr_array_add (programmes, g_object_ref (g_ptr_array_index (self->chosen, i)));
  if (!g_ptr_array_remove (programmes, programme))
    g_ptr_array_add (programmes, g_object_ref (programme));
  choose (self, programmes);
}

static void
check_toggled_cb (GtkCheckButton   *check,
                  AtlasComparePage *self)
{
  AtlasProgramme *programme = g_object_get_data (G_OBJECT (check), "atlas-programme");

  if (self->syncing_checks || programme == NULL)
    return;
  if (gtk_check_button_get_active (check) != is_chosen (self, programme))
    toggle_programme (self, programme);
}

static void
picker_setup_cb (AtlasComparePage *self,
                 GtkListItem      *item)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (title, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_list_item_set_child (item, check);
}

static void
picker_bind_cb (AtlasComparePage *self,
                GtkListItem      *item)
{
  AtlasProgramme *programme = gtk_list_item_get_item (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (label);

  gtk_label_set_text (GTK_LABEL (label), atlas_programme_get_short_label (programme));
  gtk_label_set_text (GTK_LABEL (title), atlas_programme_get_title (programme));
  g_object_set_data_full (G_OBJECT (check), "atlas-programme", g_object_ref (programme), g_object_unref);
  self->syncing_checks = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_chosen (self, programme));
  self->syncing_checks = FALSE;
  g_hash_table_add (self->bound_checks, check);
}

static void
picker_unbind_cb (AtlasComparePage *self,
                  GtkListItem      *item)
{
  GtkWidget *check = gtk_list_item_get_child (item);

  g_hash_table_remove (self->bound_checks, check);
  g_object_set_data (G_OBJECT (check), "atlas-programme", NULL);
}

static void
picker_activate_cb (AtlasComparePage *self,
                    guint             position)
{
  g_autoptr(AtlasProgramme) programme = g_list_model_get_item (G_LIST_MODEL (self->picker_model), position);

  if (programme != NULL)
    toggle_programme (self, programme);
}

static void
picker_search_changed_cb (AtlasComparePage *self)
{
  gtk_string_filter_set_search (self->picker_filter, gtk_editable_get_text (GTK_EDITABLE (self->picker_search)));
}

/* Enter in the search toggles the programme when one is left. */
static void
picker_search_activate_cb (AtlasComparePage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->picker_model)) == 1)
    picker_activate_cb (self, 0);
}

/* Escape in the search clears it, and on an empty search closes the
 * picker: GtkSearchEntry takes the key, so the popover never saw it and a
 * keyboard user could not leave the picker. The focus goes back to the
 * picker's button, where the page's keys (Ctrl+E, Ctrl+P) work. */
static void
picker_search_stop_cb (AtlasComparePage *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->picker_search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  else
    {
      gtk_popover_popdown (self->picker_popover);
      gtk_widget_grab_focus (GTK_WIDGET (self->picker_button));
    }
}

static void
picker_shown_cb (AtlasComparePage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_search));
}

static char *
programme_search_text (AtlasProgramme *programme)
{
  AtlasPartner *partner = atlas_programme_get_partner (programme);

  return g_strjoin (" ", atlas_programme_get_short_label (programme), atlas_programme_get_title (programme),
                    atlas_programme_get_id (programme), partner ? atlas_partner_get_name (partner) : "", NULL);
}

/* ------------------------------------------------------------ presets */

/* The programme an ITPP replaced, when that was an IPCP: the pair for
 * "what changed". */
static AtlasProgramme *
replaced_ipcp (AtlasProgramme *programme)
{
  AtlasProgramme *older;

  if (atlas_programme_get_programme_type (programme) != ATLAS_PROGRAMME_TYPE_ITPP)
    return NULL;
  older = atlas_programme_get_supersedes (programme);
  if (older == NULL || atlas_programme_get_programme_type (older) != ATLAS_PROGRAMME_TYPE_IPCP)
    return NULL;
  return older;
}

static void
build_presets (AtlasComparePage *self)
{
  g_autoptr(GMenu) changes = g_menu_new ();
  g_autoptr(GMenu) by_area = g_menu_new ();
  g_autoptr(GMenu) first = g_menu_new ();
  g_autoptr(GMenu) second = g_menu_new ();
  GListModel *programmes = atlas_dataset_get_programmes (self->dataset);
  GListModel *groups = atlas_dataset_get_area_groups (self->dataset);
  GListModel *areas = atlas_dataset_get_areas (self->dataset);

  /* A new menu each time: GTK 4.8's popover menu keeps the pages of
   * submenus removed from a live model and then warns of duplicates */
  g_clear_object (&self->presets_menu);
  self->presets_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->presets_button, G_MENU_MODEL (self->presets_menu));
  g_menu_append (first, _("_All ITPPs"), "compare.preset-all-itpps");

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      AtlasProgramme *older = replaced_ipcp (programme);
      g_autofree char *label = NULL;
      g_autofree char *escaped = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (older == NULL)
        continue;
      /* Translators: a “what changed” preset: older programme → newer programme */
      label = g_strdup_printf (_("%1$s → %2$s"), atlas_programme_get_short_label (older),
                               atlas_programme_get_short_label (programme));
      escaped = escape_mnemonics (label);
      item = g_menu_item_new (escaped, NULL);
      g_menu_item_set_action_and_target_value (item, "compare.preset-changes",
                                               g_variant_new_string (atlas_programme_get_id (programme)));
      g_menu_append_item (changes, item);
    }

  for (guint g = 0; g <= g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(AtlasAreaGroup) group = g < g_list_model_get_n_items (groups) ? g_list_model_get_item (groups, g) : NULL;
      g_autoptr(GMenu) section = g_menu_new ();
      g_autofree char *group_label = group ? escape_mnemonics (atlas_area_group_get_name (group)) : NULL;

      for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
        {
          g_autoptr(AtlasArea) area = g_list_model_get_item (areas, i);
          g_autofree char *label = NULL;
          g_autoptr(GMenuItem) item = NULL;

          if (atlas_area_get_group (area) != group)
            continue;
          label = escape_mnemonics (atlas_area_get_name (area));
          item = g_menu_item_new (label, NULL);
          g_menu_item_set_action_and_target_value (item, "compare.preset-area",
                                                   g_variant_new_string (atlas_area_get_id (area)));
          g_menu_append_item (section, item);
        }
      if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
        g_menu_append_section (by_area, group_label, G_MENU_MODEL (section));
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (changes)) > 0)
    g_menu_append_submenu (first, _("What _Changed"), G_MENU_MODEL (changes));
  g_menu_append_submenu (second, _("One Area Across All _Programmes"), G_MENU_MODEL (by_area));
  g_menu_append_section (self->presets_menu, NULL, G_MENU_MODEL (first));
  g_menu_append_section (self->presets_menu, NULL, G_MENU_MODEL (second));
}

/* -------------------------------------------------------------- model */

static void
rebuild (AtlasComparePage *self)
{
  g_autoptr(AtlasComparison) comparison = NULL;
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(AtlasComparisonRow) summary = NULL;
  g_autoptr(GPtrArray) items = NULL;

  if (self->dataset != NULL)
    {
      comparison = atlas_comparison_new (self->dataset, self->chosen);
      rows = atlas_comparison_row_list_new (comparison);
      summary = atlas_comparison_row_new_summary (comparison);
    }

  /* A row or cell marked in the old comparison may be gone */
  select_list_row (self, NULL);
  set_marks (self, NULL, NULL);

  g_set_object (&self->comparison, comparison);
  remove_stale_columns (self);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    g_ptr_array_add (items, g_list_model_get_item (rows, i));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       items->pdata, items->len);
  g_list_store_splice (self->summary, 0, g_list_model_get_n_items (G_LIST_MODEL (self->summary)),
                       (gpointer *) (summary ? &summary : NULL), summary ? 1 : 0);
  add_columns (self);

  update_fixed_columns (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.show-changes", can_show_changes (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export", comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.copy", comparison != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.print", comparison != NULL);
  sync_checks (self);
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

static GPtrArray *
programmes_for_ids (AtlasComparePage   *self,
                    const char * const *ids)
{
  GPtrArray *programmes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) unknown = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      AtlasProgramme *programme = atlas_dataset_find_programme (self->dataset, ids[i]);

      if (programme != NULL)
        g_ptr_array_add (programmes, g_object_ref (programme));
      else if (ids[i][0] != '\0')
        g_string_append_printf (unknown, "%s%s", unknown->len ? ", " : "", ids[i]);
    }
  if (unknown->len > 0)
    {
      /* Translators: %s is a list of programme ids */
      g_autofree char *message = g_strdup_printf (_("Not in this dataset, so left out: %s"), unknown->str);

      add_toast (self, message);
    }
  if (programmes->len == 0)
    {
      g_ptr_array_unref (programmes);
      programmes = atlas_comparison_default_programmes (self->dataset);
    }
  return programmes;
}

static void
dataset_changed_cb (AtlasComparePage *self)
{
  AtlasDataset *dataset = self->selection ? atlas_selection_get_dataset (self->selection) : NULL;
  g_auto(GStrv) saved = NULL;
  g_auto(GStrv) pending = NULL;

  if (dataset == self->dataset && dataset != NULL)
    return;
  g_set_object (&self->dataset, dataset);
  g_clear_object (&self->area_filter);

  gtk_filter_list_model_set_model (self->picker_model, dataset ? atlas_dataset_get_programmes (dataset) : NULL);
  if (dataset == NULL)
    {
      g_ptr_array_set_size (self->chosen, 0);
      g_menu_remove_all (self->presets_menu);
      rebuild (self);
      return;
    }

  build_presets (self);
  pending = g_steal_pointer (&self->pending_ids);
  if (pending == NULL && self->settings != NULL)
    saved = g_settings_get_strv (self->settings, "compared-programmes");
  choose (self, programmes_for_ids (self, (const char * const *) (pending ? pending : saved)));
}

static void
selection_item_changed_cb (AtlasComparePage *self)
{
  /* Another view selected something: this page's marks no longer say
   * what the excerpts pane shows. */
  if (self->selecting)
    return;
  select_list_row (self, NULL);
  set_marks (self, NULL, NULL);
}

static void
row_selected_cb (AtlasComparePage *self)
{
  AtlasComparisonRow *row = gtk_single_selection_get_selected_item (self->row_selection);
  AtlasArea *area;

  if (self->selecting || row == NULL)
    return;
  area = atlas_comparison_row_get_area (row);
  if (area != NULL)
    select_row (self, area);
  else
    select_list_row (self, NULL);
}

/* ------------------------------------------------------------- export */

typedef struct
{
  AtlasExportFormat format;
  AtlasTableOptions options;
  AtlasComparison *comparison;
  GPtrArray *areas;
  gboolean with_change;
  GFile *file;
  GError *error;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->comparison);
  g_clear_pointer (&job->areas, g_ptr_array_unref);
  g_clear_object (&job->file);
  g_clear_error (&job->error);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(AtlasTable) table = NULL;
  g_autoptr(AtlasTable) evidence = NULL;
  GError *error = NULL;

  table = atlas_comparison_shown_table (job->comparison, &job->options, job->areas, job->with_change);
  evidence = atlas_comparison_shown_evidence (job->comparison, &job->options, job->areas);
  if (!atlas_export_to_file (job->format, table, evidence, job->file, cancellable, &error))
    {
      job->error = g_error_copy (error);
      g_task_return_error (task, error);
    }
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_error_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          gpointer          user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Tells the user how the export went, however it was started. */
static void
export_completed_cb (GTask            *task,
                     GParamSpec       *pspec,
                     AtlasComparePage *self)
{
  ExportJob *job = g_task_get_task_data (task);

  if (job->error == NULL)
    {
      g_autofree char *name = g_file_get_basename (job->file);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *uri = g_file_get_uri (job->file);
      AdwToast *toast = adw_toast_new_format (_("Exported to %s"), escaped);

      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "compare.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
      adw_toast_overlay_add_toast (self->toasts, toast);
    }
  else if (!g_error_matches (job->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      GtkWidget *dialog = adw_message_dialog_new (get_parent_window (self), _("Could Not Export the Comparison"),
                                                  job->error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      g_signal_connect (dialog, "response", G_CALLBACK (export_error_response_cb), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
chooser_response_cb (GtkNativeDialog  *chooser,
                     int               response,
                     AtlasComparePage *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean only_shown = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "atlas-only-shown"));
  const char *extension = atlas_export_format_extension (self->export_format);
  g_autofree char *basename = NULL;
  g_autofree char *suffix = g_strconcat (".", extension, NULL);

  if (response == GTK_RESPONSE_ACCEPT)
    chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  if (chosen == NULL)
    return;

  /* The name decides how other programs open the file */
  basename = g_file_get_basename (chosen);
  if (g_str_has_suffix (basename, suffix))
    file = g_steal_pointer (&chosen);
  else
    {
      g_autoptr(GFile) parent = g_file_get_parent (chosen);
      g_autofree char *with_suffix = g_strconcat (basename, suffix, NULL);

      file = parent ? g_file_get_child (parent, with_suffix) : g_steal_pointer (&chosen);
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  atlas_compare_page_export (self, self->export_format, &self->export_options, only_shown, file,
                             self->cancellable, NULL, NULL);
}

static char *
suggested_name (AtlasComparePage *self)
{
  g_autoptr(GString) name = g_string_new (_("comparison"));

  if (self->chosen->len <= 3)
    for (guint i = 0; i < self->chosen->len; i++)
      g_string_append_printf (name, "-%s", atlas_programme_get_id (g_ptr_array_index (self->chosen, i)));
  g_string_append_printf (name, ".%s", atlas_export_format_extension (self->export_format));
  return g_string_free (g_steal_pointer (&name), FALSE);
}

static void
export_dialog_response_cb (AtlasExportDialog *dialog,
                           const char        *response,
                           AtlasComparePage  *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;

  self->export_format = atlas_export_dialog_get_format (dialog);
  atlas_export_dialog_get_options (dialog, &self->export_options);

  chooser = gtk_file_chooser_native_new (_("Export Comparison"), get_parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  pattern = g_strconcat ("*.", atlas_export_format_extension (self->export_format), NULL);
  gtk_file_filter_set_name (filter, atlas_export_format_to_label (self->export_format));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, atlas_export_format_mime_type (self->export_format));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "atlas-only-shown",
                     GINT_TO_POINTER (atlas_export_dialog_get_only_shown (dialog)));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasExportDialog *dialog;

  if (self->comparison == NULL)
    return;
  dialog = atlas_export_dialog_new (get_parent_window (self),
                                    g_list_model_get_n_items (G_LIST_MODEL (self->filtered)),
                                    g_list_model_get_n_items (G_LIST_MODEL (self->rows)));
  atlas_export_dialog_set_format (dialog, self->export_format);
  atlas_export_dialog_set_options (dialog, &self->export_options);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---------------------------------------------------- clipboard, print */

static GBytes *
write_to_bytes (AtlasExportFormat format,
                AtlasTable       *table,
                GError          **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!atlas_export_write (format, table, NULL, stream, NULL, error) ||
      !g_output_stream_close (stream, NULL, error))
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

/* An HTML table for pasting into documents, for copies of the app built
 * without the HTML exporter. */
static GBytes *
simple_html (AtlasTable *table)
{
  GString *s = g_string_new ("<meta charset=\"utf-8\"><table>\n<thead><tr>");

  for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
    {
      g_autofree char *title = g_markup_escape_text (atlas_table_get_column_title (table, c), -1);
      g_string_append_printf (s, "<th>%s</th>", title);
    }
  g_string_append (s, "</tr></thead>\n<tbody>\n");
  for (guint r = 0; r < atlas_table_get_n_rows (table); r++)
    {
      g_string_append (s, "<tr>");
      for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
        {
          g_autofree char *text = g_markup_escape_text (atlas_table_get_text (table, r, c), -1);
          g_string_append_printf (s, "<td>%s</td>", text);
        }
      g_string_append (s, "</tr>\n");
    }
  g_string_append (s, "</tbody>\n</table>\n");
  return g_string_free_to_bytes (s);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasTableOptions options = { ATLAS_TABLE_LAYOUT_WIDE, TRUE, FALSE, TRUE };
  g_autoptr(AtlasTable) table = atlas_compare_page_build_table (self, &options, TRUE);
  g_autoptr(GBytes) tsv = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GError) error = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) union_provider = NULL;

  if (table == NULL)
    return;
  tsv = write_to_bytes (ATLAS_EXPORT_TSV, table, &error);
  if (tsv == NULL)
    {
      add_toast (self, error->message);
      return;
    }
  if (atlas_export_format_is_available (ATLAS_EXPORT_HTML))
    html = write_to_bytes (ATLAS_EXPORT_HTML, table, NULL);
  if (html == NULL)
    html = simple_html (table);

  providers[0] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", tsv);
  providers[1] = gdk_content_provider_new_for_bytes ("text/html", html);
  union_provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), union_provider);
  add_toast (self, _("Table copied"));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               AtlasComparePage        *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      add_toast (self, error ? error->message : _("Could not print the comparison"));
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  g_autoptr(GPtrArray) areas = NULL;
  g_autoptr(AtlasComparePrint) print = NULL;
  g_autoptr(GError) error = NULL;

  if (self->comparison == NULL)
    return;
  areas = dup_shown_areas (self);
  print = atlas_compare_print_new (self->comparison, areas, changes_shown (self));
  g_signal_connect_object (print, "done", G_CALLBACK (print_done_cb), self, 0);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (print), TRUE);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               get_parent_window (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    add_toast (self, error->message);
}

/* ------------------------------------------------------------ actions */

static AtlasProgramme *
programme_param (AtlasComparePage *self,
                 GVariant         *parameter)
{
  return self->dataset ? atlas_dataset_find_programme (self->dataset, g_variant_get_string (parameter, NULL)) : NULL;
}

static AtlasArea *
area_param (AtlasComparePage *self,
            const char       *id)
{
  return self->dataset ? atlas_dataset_find_area (self->dataset, id) : NULL;
}

static void
select_cell_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  const char *area_id, *programme_id;
  AtlasArea *area;
  AtlasProgramme *programme;

  g_variant_get (parameter, "(&s&s)", &area_id, &programme_id);
  area = area_param (self, area_id);
  programme = self->dataset ? atlas_dataset_find_programme (self->dataset, programme_id) : NULL;
  if (area != NULL && programme != NULL)
    select_cell (self, area, programme);
}

static void
select_row_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasArea *area = area_param (self, g_variant_get_string (parameter, NULL));

  if (area != NULL)
    select_row (self, area);
}

static void
select_column_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);

  if (programme != NULL)
    select_column (self, programme);
}

static void
toggle_programme_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);

  if (programme != NULL)
    toggle_programme (self, programme);
}

static void
remove_programme_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);

  if (programme != NULL && is_chosen (self, programme))
    toggle_programme (self, programme);
}

static void
preset_all_itpps_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  if (self->dataset == NULL)
    return;
  g_clear_object (&self->area_filter);
  choose (self, atlas_comparison_default_programmes (self->dataset));
}

static void
preset_changes_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasProgramme *programme = programme_param (self, parameter);
  AtlasProgramme *older = programme ? replaced_ipcp (programme) : NULL;
  GPtrArray *pair;

  if (older == NULL)
    return;
  pair = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (pair, g_object_ref (older));
  g_ptr_array_add (pair, g_object_ref (programme));
  g_clear_object (&self->area_filter);
  choose (self, pair);
  atlas_compare_page_set_show_changes (self, TRUE);
}

static void
preset_area_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  AtlasArea *area = area_param (self, g_variant_get_string (parameter, NULL));
  GListModel *all;
  GPtrArray *programmes;

  if (area == NULL)
    return;
  all = atlas_dataset_get_programmes (self->dataset);
  programmes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    g_ptr_array_add (programmes, g_list_model_get_item (all, i));
  g_set_object (&self->area_filter, area);
  choose (self, programmes);
  select_row (self, area);
}

static void
show_all_areas_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  g_clear_object (&self->area_filter);
  refilter (self);
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  gtk_show_uri (get_parent_window (self), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* ------------------------------------------------------------ GObject */

/* The width a column needs to show its title whole: the header's text is
 * set bold, with about 12 px on each side */
static int
title_width (AtlasComparePage    *self,
             GtkColumnViewColumn *column)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                  gtk_column_view_column_get_title (column));
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int width = 0;

  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width + 24;
}

/* On a narrow window the programmes matter more than the group and the
 * count, which the summary and sorting still give; the areas' column
 * still shows its title whole (“Domaine de coopération” was cut). */
static gboolean
apply_narrow (gpointer user_data)
{
  AtlasComparePage *self = user_data;

  self->narrow_source = 0;
  update_fixed_columns (self);
  gtk_column_view_column_set_fixed_width (self->area_column,
                                          self->narrow ? MAX (140, title_width (self, self->area_column)) : 220);
  gtk_widget_set_visible (GTK_WIDGET (self->counts_label), !self->narrow);
  return G_SOURCE_REMOVE;
}

static void
atlas_compare_page_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);

  gtk_widget_measure (GTK_WIDGET (self->toasts), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
atlas_compare_page_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (widget);
  gboolean narrow = width < 600;

  gtk_widget_allocate (GTK_WIDGET (self->toasts), width, height, baseline, NULL);

  /* Columns change size requests: not while allocating */
  if (narrow != self->narrow)
    {
      self->narrow = narrow;
      if (self->narrow_source == 0)
        self->narrow_source = g_idle_add (apply_narrow, self);
    }
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/ui/atlas-compare-page.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
atlas_compare_page_dispose (GObject *object)
{
  AtlasComparePage *self = (AtlasComparePage *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->narrow_source, g_source_remove);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  for (guint i = 0; i < N_FIXED_COLUMNS; i++)
    g_clear_object (&self->fixed_columns[i]);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_COMPARE_PAGE);
  g_clear_pointer ((GtkWidget **) &self->toasts, gtk_widget_unparent);

  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_object (&self->comparison);
  g_clear_object (&self->area_filter);
  g_clear_object (&self->marked_area);
  g_clear_object (&self->marked_programme);
  g_clear_object (&self->row_selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->rows);
  g_clear_object (&self->summary);
  g_clear_object (&self->picker_model);
  g_clear_object (&self->picker_filter);
  g_clear_object (&self->presets_menu);

  G_OBJECT_CLASS (atlas_compare_page_parent_class)->dispose (object);
}

static void
atlas_compare_page_finalize (GObject *object)
{
  AtlasComparePage *self = (AtlasComparePage *) object;

  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_pointer (&self->pending_ids, g_strfreev);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);
  g_clear_pointer (&self->bound_checks, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_compare_page_parent_class)->finalize (object);
}

static void
atlas_compare_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;

    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_ONLY_DIFFERENCES:
      g_value_set_boolean (value, self->only_differences);
      break;

    case PROP_SHOW_CHANGES:
      g_value_set_boolean (value, self->show_changes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_compare_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasComparePage *self = ATLAS_COMPARE_PAGE (object);

  switch (prop_id)
    {
    case PROP_SELECTION:
      atlas_compare_page_set_selection (self, g_value_get_object (value));
      break;

    case PROP_ONLY_DIFFERENCES:
      atlas_compare_page_set_only_differences (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_CHANGES:
      atlas_compare_page_set_show_changes (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_compare_page_class_init (AtlasComparePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_compare_page_dispose;
  object_class->finalize = atlas_compare_page_finalize;
  object_class->get_property = atlas_compare_page_get_property;
  object_class->set_property = atlas_compare_page_set_property;
  widget_class->measure = atlas_compare_page_measure;
  widget_class->size_allocate = atlas_compare_page_size_allocate;

  /**
   * AtlasComparePage:selection:
   *
   * The window's shared selection: the page takes its dataset from it and
   * puts what is selected in the table into it.
   */
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         ATLAS_TYPE_SELECTION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         ATLAS_TYPE_COMPARISON,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparePage:only-differences:
   *
   * Whether the areas on which all chosen programmes agree are hidden.
   */
  properties[PROP_ONLY_DIFFERENCES] =
    g_param_spec_boolean ("only-differences", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasComparePage:show-changes:
   *
   * Whether a comparison of two programmes marks the areas added and
   * dropped from the first to the second. Kept while other choices are
   * shown; it takes effect whenever two programmes are chosen.
   */
  properties[PROP_SHOW_CHANGES] =
    g_param_spec_boolean ("show-changes", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-compare-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, toasts);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker_popover);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker_search);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, picker_list);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, presets_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, changes_toggle);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, counts_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, info_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, info_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, show_all_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, area_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, group_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, covering_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, change_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasComparePage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, group_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, covering_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, change_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_shown_cb);

  gtk_widget_class_install_property_action (widget_class, "compare.only-differences", "only-differences");
  gtk_widget_class_install_property_action (widget_class, "compare.show-changes", "show-changes");
  gtk_widget_class_install_action (widget_class, "compare.select-cell", "(ss)", select_cell_action);
  gtk_widget_class_install_action (widget_class, "compare.select-row", "s", select_row_action);
  gtk_widget_class_install_action (widget_class, "compare.select-column", "s", select_column_action);
  gtk_widget_class_install_action (widget_class, "compare.toggle-programme", "s", toggle_programme_action);
  gtk_widget_class_install_action (widget_class, "compare.remove-programme", "s", remove_programme_action);
  gtk_widget_class_install_action (widget_class, "compare.preset-all-itpps", NULL, preset_all_itpps_action);
  gtk_widget_class_install_action (widget_class, "compare.preset-changes", "s", preset_changes_action);
  gtk_widget_class_install_action (widget_class, "compare.preset-area", "s", preset_area_action);
  gtk_widget_class_install_action (widget_class, "compare.show-all-areas", NULL, show_all_areas_action);
  gtk_widget_class_install_action (widget_class, "compare.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "compare.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "compare.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "compare.open-file", "s", open_file_action);

  /* The export dialog had no key: it was only in the Export menu */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "compare.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "compare.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "compare.print", NULL);

  g_type_ensure (ATLAS_TYPE_COMPARISON_ROW);
}

static void
atlas_compare_page_init (AtlasComparePage *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GListStore) parts = NULL;
  g_autoptr(GtkExpression) change_expression = NULL;
  g_autoptr(GtkExpression) search_expression = NULL;
  GtkSorter *sorter;

  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fixed_columns[0] = g_object_ref (self->area_column);
  self->fixed_columns[1] = g_object_ref (self->group_column);
  self->fixed_columns[2] = g_object_ref (self->covering_column);
  self->fixed_columns[3] = g_object_ref (self->change_column);
  self->chosen = g_ptr_array_new_with_free_func (g_object_unref);
  self->columns = g_hash_table_new_full (NULL, NULL, g_object_unref, g_object_unref);
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->bound_checks = g_hash_table_new (NULL, NULL);
  self->export_format = ATLAS_EXPORT_CSV;
  self->export_options.layout = ATLAS_TABLE_LAYOUT_WIDE;
  self->export_options.include_wording = TRUE;
  self->export_options.localized = TRUE;

  /* rows → sorted by the column headers → filtered, then the summary
   * row, which stays last whatever the order */
  self->rows = g_list_store_new (ATLAS_TYPE_COMPARISON_ROW);
  self->summary = g_list_store_new (ATLAS_TYPE_COMPARISON_ROW);
  sorter = gtk_column_view_get_sorter (self->column_view);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->rows)), g_object_ref (sorter));
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                              g_object_ref (GTK_FILTER (self->filter)));
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, self->filtered);
  g_list_store_append (parts, self->summary);
  self->row_selection = gtk_single_selection_new (G_LIST_MODEL (gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (parts)))));
  gtk_single_selection_set_autoselect (self->row_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->row_selection, TRUE);
  gtk_single_selection_set_selected (self->row_selection, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->row_selection));
  g_signal_connect_swapped (self->row_selection, "notify::selected-item", G_CALLBACK (row_selected_cb), self);
  g_signal_connect_swapped (self->filtered, "items-changed", G_CALLBACK (update_labels), self);

  change_expression = gtk_cclosure_expression_new (G_TYPE_INT, NULL, 0, NULL, G_CALLBACK (change_rank), NULL, NULL);
  gtk_column_view_column_set_sorter (self->change_column,
                                     GTK_SORTER (gtk_numeric_sorter_new (g_steal_pointer (&change_expression))));

  search_expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                   G_CALLBACK (programme_search_text), NULL, NULL);
  self->picker_filter = gtk_string_filter_new (g_steal_pointer (&search_expression));
  self->picker_model = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->picker_filter)));
  gtk_list_view_set_model (self->picker_list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->picker_model)))));

  self->presets_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->presets_button, G_MENU_MODEL (self->presets_menu));

  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APPLICATION_ID);
      g_settings_bind (self->settings, "compare-only-differences", self, "only-differences", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "compare-show-changes", self, "show-changes", G_SETTINGS_BIND_DEFAULT);
    }

  update_fixed_columns (self);
  update_labels (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.show-changes", FALSE);
}

GtkWidget *
atlas_compare_page_new (AtlasSelection *selection)
{
  return g_object_new (ATLAS_TYPE_COMPARE_PAGE, "selection", selection, NULL);
}

AtlasSelection *
atlas_compare_page_get_selection (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return self->selection;
}

void
atlas_compare_page_set_selection (AtlasComparePage *self,
                                  AtlasSelection   *selection)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));
  g_return_if_fail (!selection || ATLAS_IS_SELECTION (selection));

  if (self->selection == selection)
    return;
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect_swapped (selection, "notify::dataset", G_CALLBACK (dataset_changed_cb), self);
      g_signal_connect_swapped (selection, "notify::item", G_CALLBACK (selection_item_changed_cb), self);
    }
  dataset_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

/**
 * atlas_compare_page_set_programmes:
 * @ids: (nullable) (array zero-terminated=1): programme ids, or %NULL or
 *   empty for every ITPP
 *
 * Chooses the programmes to compare, as the command line's --compare
 * does. Ids not in the dataset are left out, with a note to the user.
 * Before the page has a dataset, the ids wait for one.
 */
void
atlas_compare_page_set_programmes (AtlasComparePage   *self,
                                   const char * const *ids)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  if (self->dataset == NULL)
    {
      g_clear_pointer (&self->pending_ids, g_strfreev);
      self->pending_ids = g_strdupv ((char **) (ids ? ids : (const char * const[]) { NULL }));
      return;
    }
  g_clear_object (&self->area_filter);
  choose (self, programmes_for_ids (self, ids));
}

/**
 * atlas_compare_page_dup_programmes:
 *
 * Returns: (transfer full): the ids of the programmes compared, in
 *   column order
 */
char **
atlas_compare_page_dup_programmes (AtlasComparePage *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);

  for (guint i = 0; i < self->chosen->len; i++)
    g_strv_builder_add (builder, atlas_programme_get_id (g_ptr_array_index (self->chosen, i)));
  return g_strv_builder_end (builder);
}

/**
 * atlas_compare_page_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
AtlasComparison *
atlas_compare_page_get_comparison (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return self->comparison;
}

/**
 * atlas_compare_page_get_rows:
 *
 * Returns: (transfer none): the #AtlasComparisonRow of each area shown,
 *   sorted and filtered as shown (without the summary row)
 */
GListModel *
atlas_compare_page_get_rows (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

gboolean
atlas_compare_page_get_only_differences (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  return self->only_differences;
}

void
atlas_compare_page_set_only_differences (AtlasComparePage *self,
                                         gboolean          only_differences)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  only_differences = !!only_differences;
  if (self->only_differences == only_differences)
    return;
  self->only_differences = only_differences;
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ONLY_DIFFERENCES]);
}

gboolean
atlas_compare_page_get_show_changes (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  return self->show_changes;
}

void
atlas_compare_page_set_show_changes (AtlasComparePage *self,
                                     gboolean          show_changes)
{
  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));

  show_changes = !!show_changes;
  if (self->show_changes == show_changes)
    return;
  self->show_changes = show_changes;
  update_fixed_columns (self);
  update_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CHANGES]);
}

/**
 * atlas_compare_page_get_area_filter:
 *
 * Returns: (transfer none) (nullable): the one area shown by the "one area
 *   across all programmes" preset, or %NULL
 */
AtlasArea *
atlas_compare_page_get_area_filter (AtlasComparePage *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);
  return self->area_filter;
}

/**
 * atlas_compare_page_export:
 * @only_shown: export only the areas shown, in the order shown (with the
 *   change column when changes are shown)
 *
 * Writes the comparison to @file off the main thread, replacing @file
 * only once the export is complete. The page tells the user the outcome
 * (a toast with "Open", or a message); @callback gets it too.
 */
void
atlas_compare_page_export (AtlasComparePage        *self,
                           AtlasExportFormat        format,
                           const AtlasTableOptions *options,
                           gboolean                 only_shown,
                           GFile                   *file,
                           GCancellable            *cancellable,
                           GAsyncReadyCallback      callback,
                           gpointer                 user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (ATLAS_IS_COMPARE_PAGE (self));
  g_return_if_fail (options != NULL);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_compare_page_export);
  if (self->comparison == NULL)
    {
      g_task_return_new_error (task, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_ARGUMENT,
                               _("There is no comparison to export"));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->format = format;
  job->options = *options;
  /* Scripts read JSON by its codes, whatever the language */
  if (format == ATLAS_EXPORT_JSON)
    job->options.localized = FALSE;
  job->comparison = g_object_ref (self->comparison);
  /* Even with every area shown, the order may be the user's */
  job->areas = only_shown ? dup_shown_areas (self) : NULL;
  job->with_change = only_shown && changes_shown (self);
  job->file = g_object_ref (file);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_signal_connect_object (task, "notify::completed", G_CALLBACK (export_completed_cb), self, 0);
  g_task_run_in_thread (task, export_thread);
}

gboolean
atlas_compare_page_export_finish (AtlasComparePage *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * atlas_compare_page_build_table:
 *
 * Returns: (transfer full) (nullable): the comparison as a table, as
 *   shown when @only_shown
 */
AtlasTable *
atlas_compare_page_build_table (AtlasComparePage        *self,
                                const AtlasTableOptions *options,
                                gboolean                 only_shown)
{
  g_autoptr(GPtrArray) areas = NULL;

  g_return_val_if_fail (ATLAS_IS_COMPARE_PAGE (self), NULL);

  if (self->comparison == NULL)
    return NULL;
  if (only_shown)
    areas = dup_shown_areas (self);
  return atlas_comparison_shown_table (self->comparison, options, areas, only_shown && changes_shown (self));
}
