/* atlas-compare-page-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The Compare page's instance and what its files share, as GNOME Text
 * Editor splits its window: atlas-compare-page.c builds the table and
 * keeps it in step with the dataset and the choice; -choice.c is the
 * programme picker, -presets.c the presets menu, -actions.c the page's
 * actions, -export.c its export, copy and print. */

#pragma once

#include <adwaita.h>

#include "atlas-compare-page.h"
#include "atlas-comparison.h"
#include "atlas-export.h"
#include "atlas-compare-across.h"
#include "atlas-compare-cell.h"
#include "atlas-compare-strip.h"
#include "atlas-programme-picker.h"
#include "atlas-selection.h"

G_BEGIN_DECLS

/* The most programmes the page shows side by side */
#define MAX_COLUMNS 40


/* More programmes than this are drawn a row to a widget
 * (atlas-compare-page-matrix.c), not a column each */
#define STRIP_MIN_COLUMNS 16

/* The columns before the programmes: area, group, covered by, change */
#define N_FIXED_COLUMNS 4

struct _AtlasComparePage
{
  AtlasView parent_instance;

  AtlasDataset *dataset;
  GSettings *settings;
  AtlasComparison *comparison;
  GPtrArray *chosen;                /* AtlasProgramme, in dataset order */
  char **pending_ids;               /* chosen before a dataset arrived */
  AtlasArea *area_filter;
  gboolean only_differences;
  gboolean show_changes;
  gboolean show_wording;             /* wide cells; else one narrow mark per programme */
  gboolean hide_empty;               /* leave out programmes without area data */
  gboolean hide_unknown;             /* blank the unknown cells */
  gboolean unknown_differs;          /* Only Differences counts unknown as a status */
  GPtrArray *hidden;                 /* AtlasProgramme chosen but left out */
  GPtrArray *shown;                  /* AtlasProgramme chosen and shown: the columns */

  /* What this page put in the shared selection: a cell (both), a row
   * (area only) or a column (programme only). */
  AtlasArea *marked_area;
  AtlasProgramme *marked_programme;
  gboolean selecting;
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
  GHashTable *bound_areas;          /* GtkListItem of the areas' column */
  GtkColumnViewColumn *matrix_column;  /* the strips, for many programmes */
  GHashTable *bound_strips;         /* AtlasCompareStrip */
  GMenuModel *presets_menu;

  /* The last export's choices, offered again */
  AtlasExportFormat export_format;
  AtlasTableOptions export_options;
  gboolean export_datapackage;
  GCancellable *cancellable;
  /* The export under way, shown in the bar above the table */
  AtlasProgress *export_progress;
  GCancellable *export_cancellable;
  guint export_tick;

  AdwToastOverlay *toasts;
  GtkMenuButton *picker_button;
  GtkPopover *picker_popover;
  AtlasProgrammePicker *picker;
  GtkMenuButton *presets_button;
  GtkToggleButton *changes_toggle;
  GtkToggleButton *wording_toggle;
  GtkLabel *counts_label;
  GtkRevealer *info_revealer;
  GtkLabel *info_label;
  GtkRevealer *export_revealer;
  GtkProgressBar *export_bar;
  GtkButton *show_all_button;
  GtkButton *show_hidden_button;
  GtkStack *stack;
  GtkColumnView *column_view;
  GtkColumnViewColumn *area_column;
  GtkColumnViewColumn *group_column;
  GtkColumnViewColumn *covering_column;
  GtkColumnViewColumn *change_column;
  AdwStatusPage *empty_page;
  AtlasCompareAcross *across;
};

gboolean
_atlas_compare_page_is_chosen (AtlasComparePage *self,
                               AtlasProgramme   *programme);

void
_atlas_compare_page_choose (AtlasComparePage *self,
                            GPtrArray        *programmes);

void
_atlas_compare_page_toggle_programme (AtlasComparePage *self,
                                      AtlasProgramme   *programme);

void
_atlas_compare_page_export_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter);

void
_atlas_compare_page_cancel_export_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *parameter);
void
_atlas_compare_page_stop_showing_export (AtlasComparePage *self);
void
_atlas_compare_page_copy_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter);

void
_atlas_compare_page_print_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter);

gboolean
_atlas_compare_page_changes_shown (AtlasComparePage *self);

GtkWindow *
_atlas_compare_page_get_parent_window (AtlasComparePage *self);

void
_atlas_compare_page_add_toast (AtlasComparePage *self,
                               const char       *text);

char *
_atlas_compare_page_escape_mnemonics (const char *text);

GPtrArray *
_atlas_compare_page_dup_shown_areas (AtlasComparePage *self);

void
_atlas_compare_page_set_marks (AtlasComparePage *self,
                               AtlasArea        *area,
                               AtlasProgramme   *programme);

void
_atlas_compare_page_select_list_row (AtlasComparePage *self,
                                     AtlasArea        *area);

void
_atlas_compare_page_select_cell (AtlasComparePage *self,
                                 AtlasArea        *area,
                                 AtlasProgramme   *programme);

void
_atlas_compare_page_select_row (AtlasComparePage *self,
                                AtlasArea        *area);

void
_atlas_compare_page_select_column (AtlasComparePage *self,
                                   AtlasProgramme   *programme);

void
_atlas_compare_page_refilter (AtlasComparePage *self);

void
_atlas_compare_page_rebuild (AtlasComparePage *self);

void
_atlas_compare_page_class_actions_init (GtkWidgetClass *widget_class);

void
_atlas_compare_page_class_choice_init (GtkWidgetClass *widget_class);

int
_atlas_compare_page_change_rank (AtlasComparisonRow *row,
                                 gpointer            user_data);

void
_atlas_compare_page_remove_stale_columns (AtlasComparePage *self);

void
_atlas_compare_page_describe_headers (AtlasComparePage *self);

void
_atlas_compare_page_update_groups (AtlasComparePage *self);

void
_atlas_compare_page_init_view_options (AtlasComparePage *self);

void
_atlas_compare_page_init_keys (AtlasComparePage *self);

void
_atlas_compare_page_class_keys_init (GtkWidgetClass *widget_class);

gboolean
_atlas_compare_page_move_focus (AtlasComparePage *self,
                                int               columns,
                                int               rows);

void
_atlas_compare_page_set_hide_empty (AtlasComparePage *self,
                                    gboolean          hide);

GPtrArray *
_atlas_compare_page_shown_programmes (AtlasComparePage *self);

char *
_atlas_compare_page_hidden_note (AtlasComparePage *self);

char *
_atlas_compare_page_view_note (AtlasComparePage *self,
                               gboolean          localized);

void
_atlas_compare_page_update_fixed_columns (AtlasComparePage *self);

void
_atlas_compare_page_add_columns (AtlasComparePage *self);

gboolean
_atlas_compare_page_changes_shown (AtlasComparePage *self);

GtkWindow *
_atlas_compare_page_get_parent_window (AtlasComparePage *self);

void
_atlas_compare_page_add_toast (AtlasComparePage *self,
                               const char       *text);

GPtrArray *
_atlas_compare_page_dup_shown_areas (AtlasComparePage *self);

void
_atlas_compare_page_update_cell_mark (AtlasComparePage *self,
                                      AtlasCompareCell *cell);

char *
_atlas_compare_page_describe_change (AtlasComparePage *self,
                                     AtlasCompareCell *cell);

void
_atlas_compare_page_changes_changed (AtlasView *view);

void
_atlas_compare_page_select_cell (AtlasComparePage *self,
                                 AtlasArea        *area,
                                 AtlasProgramme   *programme);

void
_atlas_compare_page_select_row (AtlasComparePage *self,
                                AtlasArea        *area);

void
_atlas_compare_page_select_column (AtlasComparePage *self,
                                   AtlasProgramme   *programme);

void
_atlas_compare_page_refilter (AtlasComparePage *self);

void
_atlas_compare_page_rebuild (AtlasComparePage *self);

void
_atlas_compare_page_class_columns_init (GtkWidgetClass *widget_class);

void
_atlas_compare_page_apply_density (AtlasComparePage *self);

char *
_atlas_compare_page_narrow_label (AtlasComparePage *self,
                                  const char       *label,
                                  int               room);

char *
_atlas_compare_page_describe_change_at (AtlasComparePage   *self,
                                        AtlasComparisonRow *row,
                                        AtlasProgramme     *programme);

int
_atlas_compare_page_status_rank (AtlasComparisonRow *row,
                                 AtlasProgramme     *programme);

gboolean
_atlas_compare_page_uses_strips (AtlasComparePage *self);

void
_atlas_compare_page_class_matrix_init (GtkWidgetClass *widget_class);

gboolean
_atlas_compare_page_add_matrix (AtlasComparePage *self);

void
_atlas_compare_page_update_strips (AtlasComparePage *self);

AtlasCompareStrip *
_atlas_compare_page_find_strip (AtlasComparePage   *self,
                                AtlasComparisonRow *row);

void
_atlas_compare_page_focus_strip_cell (AtlasComparePage  *self,
                                      AtlasCompareStrip *strip,
                                      guint              column);

G_END_DECLS
