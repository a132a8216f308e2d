/* atlas-window-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the window's files share: atlas-window.c builds the window, loads
 * datasets and routes the selection to a page; atlas-window-actions.c
 * holds the win.* actions. */

#pragma once

#include <adwaita.h>

#include "atlas-citations.h"
#include "atlas-collection.h"

#include "atlas-compare-page.h"
#include "atlas-excerpts-pane.h"
#include "atlas-programme-filter.h"
#include "atlas-selection.h"
#include "atlas-sidebar.h"
#include "atlas-timeline.h"
#include "atlas-window.h"

G_BEGIN_DECLS

struct _AtlasWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  GCancellable *loading;
  GFileMonitor *monitor;
  guint reload_source;
  guint panes_source;
  GtkRecentManager *recent;
  gboolean show_excerpts;
  gboolean show_sidebar;
  /* The window is too narrow for the sidebar beside the page and the
   * excerpts: the sidebar gave way (see _atlas_window_fit_sidebar()) */
  gboolean sidebar_narrow;
  int sidebar_width;                /* when last shown */
  int fitted_width;                 /* of the window, when last fitted */
  guint fit_source;
  int excerpts_width;
  int drag_start_width;             /* of the excerpts, as a drag began */

  /* The last failed load, for the toast's “Show Problems” */
  GFile *failed_file;
  GPtrArray *failed_problems;
  GError *failed_error;

  AtlasSelection *selection;
  AtlasComparePage *compare_page;
  GtkWidget *open_button;
  AtlasProgrammeFilter *filter;
  AdwToastOverlay *toasts;
  AdwLeaflet *leaflet;
  GtkWidget *sidebar_box;
  GtkWidget *sidebar_separator;
  GtkWidget *sidebar_button;
  GtkLabel *dataset_name;
  GtkWidget *view_pages_button;
  GtkLabel *dataset_file;
  GtkWidget *spinner;
  GtkWidget *cancel_button;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  AtlasSidebar *sidebar;
  GtkWidget *content_box;
  AdwHeaderBar *content_header;
  GtkWidget *overview_button;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget *excerpts_button;
  GtkWidget *view_excerpts_button;
  AdwViewStack *view_stack;
  GtkStack *content_stack;
  GtkWidget *excerpts_separator;
  GtkWidget *excerpts_box;
  GtkWidget *excerpts_column;
  AtlasExcerptsPane *excerpts_pane;
  GMenu *recent_section;
  AtlasTimeline *timeline;
  gboolean timeline_view_chosen; /* the reader picked the chart or the list */
  gboolean switching_views;
  GtkStack *timeline_state;
  GtkStack *timeline_views;

  /* The reader's pinned excerpts (collection/atlas-window-collection.c) */
  AtlasCollection *collection;
  GtkWidget *collection_window;
  guint collection_save_source;
  gboolean collection_dirty;
  gboolean collection_loading;
};

AtlasDataset *_atlas_window_get_dataset        (AtlasWindow    *self);
void          _atlas_window_load               (AtlasWindow    *self,
                                                GFile          *file,
                                                gboolean        automatic);
void          _atlas_window_set_loading        (AtlasWindow    *self,
                                                GCancellable   *loading);
void          _atlas_window_show_problems      (AtlasWindow    *self);
void          _atlas_window_show_builtin       (AtlasWindow    *self);
void          _atlas_window_class_actions_init (GtkWidgetClass *widget_class);
void          _atlas_window_init_panes         (AtlasWindow    *self);
void          _atlas_window_update_panes       (AtlasWindow    *self);
void          _atlas_window_fit_sidebar        (AtlasWindow    *self,
                                                int             width);
void          _atlas_window_set_excerpts_width (AtlasWindow    *self,
                                                int             width);
void          _atlas_window_export_citations   (AtlasWindow    *self);
void          _atlas_window_suggest_correction (AtlasWindow    *self);
void          _atlas_window_init_correction    (AtlasWindow    *self);
gboolean      _atlas_window_write_citations    (AtlasWindow    *self,
                                                GFile          *file,
                                                AtlasCitationFormat format);

G_END_DECLS
