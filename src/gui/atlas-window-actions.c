/* atlas-window-actions.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's actions (win.*) and their keys. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-about.h"
#include "atlas-dataset.h"
#include "atlas-dataset-dialog.h"
#include "atlas-diff-window.h"
#include "atlas-timeline-export-dialog.h"
#include "atlas-window-private.h"

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  atlas_programme_filter_set_partner (self->filter, NULL);
  atlas_programme_filter_set_programme_type (self->filter, ATLAS_PROGRAMME_FILTER_ANY);
  atlas_programme_filter_set_status (self->filter, ATLAS_PROGRAMME_FILTER_ANY);
  atlas_programme_filter_set_years (self->filter, 0, 0);
  /* Closing the search clears it */
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  atlas_selection_set_search_text (self->selection, "");
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     AtlasWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        atlas_window_open (self, file);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (json, _("JSON Datasets"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  atlas_window_open (ATLAS_WINDOW (widget), file);
}

static void
open_builtin_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  g_cancellable_cancel (self->loading);
  _atlas_window_set_loading (self, NULL);
  _atlas_window_show_builtin (self);
  g_settings_set_string (self->settings, "last-file", "");
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasDataset *dataset = _atlas_window_get_dataset (self);

  if (dataset != NULL && atlas_dataset_get_file (dataset) != NULL)
    _atlas_window_load (self, atlas_dataset_get_file (dataset), FALSE);
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  g_cancellable_cancel (self->loading);
  _atlas_window_set_loading (self, NULL);
}

static void
export_citations_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _atlas_window_export_citations (ATLAS_WINDOW (widget));
}

static void
show_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _atlas_window_show_problems (ATLAS_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  /* The search is in the sidebar: bring it back if it was hidden */
  g_object_set (self, "show-sidebar", TRUE, NULL);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->sidebar_box);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
about_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (atlas_about_window_new (GTK_WINDOW (self), _atlas_window_get_dataset (self))));
}

static void
show_overview_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "programmes");
  atlas_selection_set_item (self->selection, NULL);
}

/* Alt+1, Alt+2, Alt+3: a page, with the keyboard focus in it, so that a
 * keyboard user need not Tab across the header bar to reach it */
static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack,
                                                      g_variant_get_string (parameter, NULL));

  g_return_if_fail (page != NULL);

  /* On a narrow window the pages are beside the sidebar: go to them */
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  adw_view_stack_set_visible_child (self->view_stack, page);
  /* The timeline's chart or list, rather than the switch between them
   * that comes first */
  if (g_str_equal (g_variant_get_string (parameter, NULL), "timeline") &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->timeline_state), "content") == 0 &&
      gtk_widget_child_focus (gtk_stack_get_visible_child (self->timeline_views), GTK_DIR_TAB_FORWARD))
    return;
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
view_excerpts_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  g_object_set (self, "show-excerpts", TRUE, NULL);
  adw_leaflet_set_visible_child (self->leaflet, self->excerpts_box);
}

/* On a narrow window, from the sidebar to the pages, as they are */
static void
view_pages_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, self->content_box);
}

static void
about_dataset_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasDataset *dataset = _atlas_window_get_dataset (self);

  if (dataset != NULL)
    gtk_window_present (GTK_WINDOW (atlas_dataset_dialog_new (GTK_WINDOW (self), dataset)));
}

static void
compare_version_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);
  AtlasDataset *dataset = _atlas_window_get_dataset (self);

  if (dataset != NULL)
    atlas_diff_window_choose (GTK_WINDOW (self), self->selection);
}

static void
suggest_correction_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  _atlas_window_suggest_correction (ATLAS_WINDOW (widget));
}

/* Ctrl+E and the Export button of the Timeline page */
static void
export_timeline_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") != 0 ||
      atlas_timeline_get_layout (self->timeline) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (atlas_timeline_export_dialog_new (GTK_WINDOW (self), self->timeline,
                                                                    self->toasts)));
}

/* F9: on a wide window, show or hide the excerpts beside the page; on a
 * narrow one, where the excerpts are a page of their own, go to them, or
 * back from them. */
static void
toggle_excerpts_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  if (!adw_leaflet_get_folded (self->leaflet))
    {
      if (atlas_selection_get_item (self->selection) != NULL)
        g_object_set (self, "show-excerpts", !self->show_excerpts, NULL);
    }
  else if (adw_leaflet_get_visible_child (self->leaflet) == self->excerpts_box)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  else
    {
      g_object_set (self, "show-excerpts", TRUE, NULL);
      adw_leaflet_set_visible_child (self->leaflet, self->excerpts_box);
    }
}

void
_atlas_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.toggle-excerpts", NULL, toggle_excerpts_action);
  gtk_widget_class_install_action (widget_class, "win.about-dataset", NULL, about_dataset_action);
  gtk_widget_class_install_action (widget_class, "win.compare-version", NULL, compare_version_action);
  gtk_widget_class_install_action (widget_class, "win.suggest-correction", NULL, suggest_correction_action);
  gtk_widget_class_install_action (widget_class, "win.export-timeline", NULL, export_timeline_action);
  gtk_widget_class_install_action (widget_class, "win.export-citations", NULL, export_citations_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-timeline", NULL);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.open-builtin", NULL, open_builtin_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "win.show-problems", NULL, show_problems_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.about", NULL, about_action);
  gtk_widget_class_install_action (widget_class, "win.show-overview", NULL, show_overview_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.view-excerpts", NULL, view_excerpts_action);
  gtk_widget_class_install_action (widget_class, "win.view-pages", NULL, view_pages_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-excerpts", "show-excerpts");
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page", "s", "programmes");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page", "s", "timeline");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-page", "s", "compare");
}
