/* atlas-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-about.h"
#include "atlas-area.h"
#include "atlas-area-page.h"
#include "atlas-compare-page.h"
#include "atlas-document.h"
#include "atlas-document-page.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-event-list.h"
#include "atlas-excerpts-pane.h"
#include "atlas-loader.h"
#include "atlas-partner.h"
#include "atlas-partner-page.h"
#include "atlas-problem.h"
#include "atlas-problems-dialog.h"
#include "atlas-programme.h"
#include "atlas-programme-filter.h"
#include "atlas-programme-page.h"
#include "atlas-programme-list.h"
#include "atlas-sidebar.h"
#include "atlas-timeline.h"
#include "atlas-vocabulary.h"
#include "atlas-window.h"
#include "atlas-window-collection.h"
#include "atlas-changes-bar.h"
#include "atlas-diff-window.h"
#include "atlas-window-private.h"
#include "atlas-text.h"
#include "atlas-mnemonic-names.h"

/* How long the file must stay unchanged before it is reloaded, so that an
 * editor's save (often several writes, or a write and a rename) loads once */
#define RELOAD_DELAY_MS 300

/* How many recent datasets the Open menu offers */
#define MAX_RECENT 8

/**
 * AtlasWindow:
 *
 * The main window: browse lists and filters in a sidebar; the programmes
 * table, a detail page, the timeline or the comparison in the middle; the
 * excerpts behind the selection on the right. The three fold into one
 * column on a narrow window.
 *
 * The window owns the one #AtlasSelection that every view is given; it
 * only routes the middle column to the page for what is selected. It
 * loads datasets off the main thread and swaps one in only when it loaded
 * cleanly: a file with problems shows them and leaves the dataset on
 * screen as it was.
 */


G_DEFINE_FINAL_TYPE (AtlasWindow, atlas_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_LOADING,
  PROP_SHOW_EXCERPTS,
  PROP_SHOW_SIDEBAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  AtlasWindow *self;
  GFile *file;
  gboolean automatic;   /* a reload because the file changed */
} Load;


static void
load_free (Load *data)
{
  g_clear_object (&data->self);
  g_clear_object (&data->file);
  g_free (data);
}

/* {{{ The dataset */

AtlasDataset *
_atlas_window_get_dataset (AtlasWindow *self)
{
  return atlas_selection_get_dataset (self->selection);
}

static void
update_title (AtlasWindow *self)
{
  AtlasDataset *dataset = _atlas_window_get_dataset (self);
  GFile *file = dataset ? atlas_dataset_get_file (dataset) : NULL;
  g_autofree char *name = file ? g_file_get_basename (file) : g_strdup (_("Built-in dataset"));
  g_autofree char *title = NULL;
  g_autofree char *title_isolated = NULL;
  const char *dataset_title = dataset ? atlas_dataset_get_title (dataset) : _("Partnership Atlas");

  gtk_label_set_text (self->dataset_name, dataset_title);
  gtk_label_set_text (self->dataset_file, name);
  /* Whole in the tooltip and the accessible name, wherever it wraps */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dataset_name), dataset_title);
  adw_view_switcher_title_set_title (self->switcher_title, dataset_title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, name);
  /* On a narrow window the page's header bar cuts it */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->switcher_title), dataset_title);
  /* Translators: the window title: a dataset's title and its file name */
  title_isolated = atlas_text_isolate_bidi (dataset_title);
  title = g_strdup_printf (_("%s — %s"), title_isolated, name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The record of @dataset that stands for @item of the previous one, so
 * that a reload keeps what was selected */
static GObject *
same_record (AtlasDataset *dataset,
             GObject      *item)
{
  if (item == NULL)
    return NULL;
  if (ATLAS_IS_PROGRAMME (item))
    return G_OBJECT (atlas_dataset_find_programme (dataset, atlas_programme_get_id (ATLAS_PROGRAMME (item))));
  if (ATLAS_IS_PARTNER (item))
    return G_OBJECT (atlas_dataset_find_partner (dataset, atlas_partner_get_id (ATLAS_PARTNER (item))));
  if (ATLAS_IS_AREA (item))
    return G_OBJECT (atlas_dataset_find_area (dataset, atlas_area_get_id (ATLAS_AREA (item))));
  if (ATLAS_IS_DOCUMENT (item))
    return G_OBJECT (atlas_dataset_find_document (dataset, atlas_document_get_id (ATLAS_DOCUMENT (item))));
  if (ATLAS_IS_EXCERPT (item))
    return G_OBJECT (atlas_dataset_find_excerpt (dataset, atlas_excerpt_get_id (ATLAS_EXCERPT (item))));
  if (ATLAS_IS_EVENT (item))
    return G_OBJECT (atlas_dataset_find_event (dataset, atlas_event_get_id (ATLAS_EVENT (item))));
  return NULL;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 AtlasWindow       *self);

static void
watch (AtlasWindow *self,
       GFile       *file)
{
  g_autoptr(GError) error = NULL;

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    {
      g_debug ("Not watching for changes: %s", error->message);
      return;
    }
  g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed_cb), self);
}

static void
set_dataset (AtlasWindow  *self,
             AtlasDataset *dataset)
{
  g_autoptr(GObject) previous = NULL;
  GObject *item = atlas_selection_get_item (self->selection);
  GObject *same;
  GFile *file = atlas_dataset_get_file (dataset);

  if (dataset == _atlas_window_get_dataset (self))
    return;

  if (item != NULL)
    previous = g_object_ref (item);
  atlas_selection_set_dataset (self->selection, dataset);
  same = same_record (dataset, previous);
  if (same != NULL)
    atlas_selection_set_item (self->selection, same);

  update_title (self);
  watch (self, file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", file != NULL);

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      gtk_recent_manager_add_item (self->recent, uri);
      g_settings_set_string (self->settings, "last-file", uri);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

void
_atlas_window_set_loading (AtlasWindow  *self,
                           GCancellable *cancellable)
{
  gboolean was = self->loading != NULL;

  g_set_object (&self->loading, cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", cancellable != NULL);
  gtk_widget_set_visible (self->spinner, cancellable != NULL);
  gtk_spinner_set_spinning (GTK_SPINNER (self->spinner), cancellable != NULL);
  gtk_widget_set_visible (self->cancel_button, cancellable != NULL);
  if (was != (cancellable != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_atlas_window_show_problems (AtlasWindow *self)
{
  GtkWidget *dialog;

  if (self->failed_file == NULL)
    return;
  dialog = atlas_problems_dialog_new (GTK_WINDOW (self), self->failed_file, self->failed_problems,
                                      self->failed_error);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
failed (AtlasWindow *self,
        GFile       *file,
        GPtrArray   *problems,
        GError      *error,
        gboolean     automatic)
{
  g_set_object (&self->failed_file, file);
  g_clear_pointer (&self->failed_problems, g_ptr_array_unref);
  self->failed_problems = problems ? g_ptr_array_ref (problems) : NULL;
  g_clear_error (&self->failed_error);
  self->failed_error = g_error_copy (error);

  if (automatic)
    {
      /* A file being edited fails now and then; a toast does not get in
       * the way of the editing */
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *escaped = g_markup_escape_text (name, -1);
      g_autofree char *title = NULL;
      AdwToast *toast;

      /* Translators: %s is a file name */
      title = g_strdup_printf (_("“%s” changed and has problems; the dataset shown is unchanged"), escaped);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("Show _Problems"));
      adw_toast_set_action_name (toast, "win.show-problems");
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toasts, toast);
    }
  else
    _atlas_window_show_problems (self);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Load *data = user_data;
  AtlasWindow *self = data->self;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  dataset = atlas_loader_load_file_finish (result, &problems, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_CANCELLED))
    {
      load_free (data);
      return;
    }

  _atlas_window_set_loading (self, NULL);
  if (dataset != NULL)
    set_dataset (self, dataset);
  else
    failed (self, data->file, problems, error, data->automatic);
  load_free (data);
}

void
_atlas_window_load (AtlasWindow *self,
                    GFile       *file,
                    gboolean     automatic)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Load *data;

  g_cancellable_cancel (self->loading);
  _atlas_window_set_loading (self, cancellable);

  data = g_new0 (Load, 1);
  data->self = g_object_ref (self);
  data->file = g_object_ref (file);
  data->automatic = automatic;
  atlas_loader_load_file_async (file, cancellable, loaded_cb, data);
}

static gboolean
reload_cb (gpointer user_data)
{
  AtlasWindow *self = user_data;
  AtlasDataset *dataset = _atlas_window_get_dataset (self);

  self->reload_source = 0;
  if (dataset != NULL && atlas_dataset_get_file (dataset) != NULL &&
      g_file_query_exists (atlas_dataset_get_file (dataset), NULL))
    _atlas_window_load (self, atlas_dataset_get_file (dataset), TRUE);
  return G_SOURCE_REMOVE;
}

static void
file_changed_cb (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 AtlasWindow       *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      /* Wait for the writes to settle */
      g_clear_handle_id (&self->reload_source, g_source_remove);
      self->reload_source = g_timeout_add (RELOAD_DELAY_MS, reload_cb, self);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
    default:
      break;
    }
}

/* }}} */
/* {{{ Recent datasets */

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (ib), gtk_recent_info_get_modified (ia));
}

static void
update_recent (AtlasWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (gtk_recent_info_has_application (info, g_get_application_name ()) &&
          g_str_has_suffix (gtk_recent_info_get_uri (info), ".json"))
        g_ptr_array_add (ours, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_recent);

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; i < ours->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_auto(GStrv) parts = g_strsplit (gtk_recent_info_get_display_name (info), "_", -1);
      /* A file name is not a mnemonic */
      g_autofree char *label = g_strjoinv ("__", parts);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
    }
}

/* }}} */
/* {{{ Layout */

/* On a narrow window the chart cannot be read: the Timeline page shows
 * its list, until the reader picks one for themselves */
static void
update_timeline_view (AtlasWindow *self)
{
  if (self->timeline_view_chosen)
    return;
  self->switching_views = TRUE;
  gtk_stack_set_visible_child_name (self->timeline_views, adw_leaflet_get_folded (self->leaflet) ? "list" : "chart");
  self->switching_views = FALSE;
}

static void
timeline_view_changed_cb (AtlasWindow *self)
{
  if (!self->switching_views)
    self->timeline_view_chosen = TRUE;
}

static gboolean
update_panes_cb (gpointer data)
{
  AtlasWindow *self = data;

  self->panes_source = 0;
  _atlas_window_update_panes (self);
  update_timeline_view (self);
  return G_SOURCE_REMOVE;
}

static gboolean
fit_sidebar_cb (gpointer data)
{
  AtlasWindow *self = data;

  self->fit_source = 0;
  _atlas_window_fit_sidebar (self, gtk_widget_get_width (GTK_WIDGET (self)));
  return G_SOURCE_REMOVE;
}

/* A new width may want the sidebar to give way to the page, or leave it
 * room again: after the allocation, as for the panes below */
static void
atlas_window_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  AtlasWindow *self = ATLAS_WINDOW (widget);

  GTK_WIDGET_CLASS (atlas_window_parent_class)->size_allocate (widget, width, height, baseline);

  if (width != self->fitted_width && self->fit_source == 0)
    self->fit_source = g_idle_add (fit_sidebar_cb, self);
}

/* The leaflet folds while it is allocated: show and hide the panes after
 * that, not during it (a pane shown mid-allocation is drawn without one) */
static void
folded_changed_cb (AtlasWindow *self)
{
  if (self->panes_source == 0)
    self->panes_source = g_idle_add (update_panes_cb, self);
}

/* The middle column shows the page of what is selected; a selection the
 * pages have nothing to add to (an area of a programme, an event) leaves
 * the page as it is. */
static void
item_changed_cb (AtlasWindow *self)
{
  GObject *item = atlas_selection_get_item (self->selection);
  const char *page = NULL;

  if (item == NULL)
    page = "overview";
  else if (ATLAS_IS_PROGRAMME (item))
    page = "programme";
  else if (ATLAS_IS_PARTNER (item))
    page = "partner";
  else if (ATLAS_IS_AREA (item))
    page = "area";
  else if (ATLAS_IS_DOCUMENT (item) || ATLAS_IS_EXCERPT (item))
    page = "document";
  /* An event lives on the timeline: choosing one elsewhere (a search
   * result) shows it there, the keyboard focus staying where it was */
  else if (ATLAS_IS_EVENT (item))
    adw_view_stack_set_visible_child_name (self->view_stack, "timeline");

  if (page != NULL)
    gtk_stack_set_visible_child_name (self->content_stack, page);
  gtk_widget_set_visible (self->overview_button, g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack),
                                                            "overview") != 0);

  /* On a narrow window, choosing in the sidebar goes on to what was chosen */
  if (item != NULL && adw_leaflet_get_folded (self->leaflet) &&
      adw_leaflet_get_visible_child (self->leaflet) == self->sidebar_box)
    adw_leaflet_set_visible_child (self->leaflet, self->content_box);
  /* The excerpts come with the first selection and go with the last */
  _atlas_window_update_panes (self);
}

/* }}} */
/* {{{ Search */

static void
search_changed_cb (AtlasWindow *self)
{
  atlas_selection_set_search_text (self->selection, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* Search text set elsewhere shows in the entry */
static void
search_text_changed_cb (AtlasWindow *self)
{
  const char *text = atlas_selection_get_search_text (self->selection);

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (self->search_entry))) == 0)
    return;
  if (text[0] != '\0')
    gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
}

/* Enter opens the first result */
static void
search_activate_cb (AtlasWindow *self)
{
  atlas_search_results_open_first (atlas_sidebar_get_results (self->sidebar));
}

/* Down goes from the entry to the results, where the arrow keys walk them */
static gboolean
search_key_pressed_cb (AtlasWindow           *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if ((keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;
  return atlas_search_results_focus (atlas_sidebar_get_results (self->sidebar));
}

static void
search_mode_changed_cb (AtlasWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return;
  /* Closing the search (Escape) clears it */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  atlas_selection_set_search_text (self->selection, "");
}

/* }}} */
/* {{{ Pages built when first shown */

/* The Timeline and Compare pages get the selection, and with it the
 * dataset, only when they are first shown: a timeline model, an event
 * list and a comparison of every ITPP were some 15 % of the work to the
 * first frame, for pages that are often never looked at. Once shown,
 * a page follows the selection like every other view. */
static void
connect_page (AtlasWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (name, "timeline") == 0 && atlas_view_get_selection (ATLAS_VIEW (self->timeline)) == NULL)
    atlas_view_set_selection (ATLAS_VIEW (self->timeline), self->selection);
  else if (g_strcmp0 (name, "compare") == 0 && atlas_view_get_selection (ATLAS_VIEW (self->compare_page)) == NULL)
    atlas_view_set_selection (ATLAS_VIEW (self->compare_page), self->selection);
}

/* }}} */
/* {{{ The timeline's filters */

/* The timeline and its event list show what the browse filters and the
 * search let through */
static void
update_timeline_filter (AtlasWindow *self)
{
  g_autoptr(AtlasTimelineFilter) filter = atlas_timeline_filter_new ();

  atlas_timeline_filter_set_partner (filter, atlas_programme_filter_get_partner (self->filter));
  filter->programme_type = atlas_programme_filter_get_programme_type (self->filter);
  filter->status = atlas_programme_filter_get_status (self->filter);
  atlas_programme_filter_get_years (self->filter, &filter->year_from, &filter->year_to);
  atlas_timeline_filter_set_search_text (filter, atlas_selection_get_search_text (self->selection));
  atlas_timeline_set_filter (self->timeline, filter);
}

/* When the filters leave nothing, say so rather than show a blank canvas */
static void
timeline_model_changed_cb (AtlasWindow *self)
{
  AtlasTimelineModel *model = atlas_timeline_get_model (self->timeline);
  gboolean empty = model != NULL && atlas_timeline_model_get_n_items (model) == 0 &&
                   atlas_timeline_filter_is_active (atlas_timeline_get_filter (self->timeline));

  gtk_stack_set_visible_child_name (self->timeline_state, empty ? "empty" : "content");
}

/* }}} */
/* {{{ Opening */

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         AtlasWindow   *self)
{
  GSList *files = gdk_file_list_get_files (g_value_get_boxed (value));
  GFile *chosen = NULL;

  for (GSList *l = files; l != NULL && chosen == NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && g_str_has_suffix (name, ".json"))
        chosen = l->data;
    }
  g_slist_free (files);

  if (chosen == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Only JSON datasets can be opened")));
      return FALSE;
    }
  atlas_window_open (self, chosen);
  return TRUE;
}

/* The built-in dataset is part of the app, so it is shown in the
 * interface's language; a user's dataset is shown as written. */
void
_atlas_window_show_builtin (AtlasWindow *self)
{
  g_autoptr(AtlasDataset) builtin = NULL;
  g_autoptr(GError) error = NULL;

  builtin = atlas_loader_load_builtin (&error);
  if (builtin == NULL)
    {
      g_critical ("The built-in dataset does not load: %s", error->message);
      return;
    }
  atlas_vocabulary_translate (builtin);
  set_dataset (self, builtin);
}

/* libadwaita 1.2 gives the arrow of a split button a tooltip but no
 * accessible name, so screen readers would announce a nameless button */
static void
name_split_button_arrow (GtkWidget  *split_button,
                         const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (split_button);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_MENU_BUTTON (child))
      {
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                        -1);
        for (GtkWidget *inner = gtk_widget_get_first_child (child);
             inner != NULL;
             inner = gtk_widget_get_next_sibling (inner))
          gtk_accessible_update_property (GTK_ACCESSIBLE (inner),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
      }
}

/* Enter or a double click on the timeline opens the item's page */
static void
timeline_activate_item_cb (AtlasWindow *self,
                           GObject     *item)
{
  atlas_selection_set_item (self->selection, item);
  adw_view_stack_set_visible_child_name (self->view_stack, "programmes");
}

/* }}} */

static void
atlas_window_dispose (GObject *object)
{
  AtlasWindow *self = (AtlasWindow *) object;

  _atlas_window_dispose_collection (GTK_WIDGET (self));
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  watch (self, NULL);
  g_clear_handle_id (&self->panes_source, g_source_remove);
  g_clear_handle_id (&self->fit_source, g_source_remove);
  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_data (self->recent, self);
  self->recent = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->failed_file);
  g_clear_pointer (&self->failed_problems, g_ptr_array_unref);
  g_clear_error (&self->failed_error);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_WINDOW);

  G_OBJECT_CLASS (atlas_window_parent_class)->dispose (object);
}

static void
atlas_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, _atlas_window_get_dataset (self));
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading != NULL);
      break;

    case PROP_SHOW_EXCERPTS:
      g_value_set_boolean (value, self->show_excerpts);
      break;

    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  AtlasWindow *self = ATLAS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SHOW_EXCERPTS:
      if (self->show_excerpts != g_value_get_boolean (value))
        {
          self->show_excerpts = g_value_get_boolean (value);
          _atlas_window_update_panes (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_SHOW_SIDEBAR:
      if (self->show_sidebar != g_value_get_boolean (value))
        {
          self->show_sidebar = g_value_get_boolean (value);
          _atlas_window_update_panes (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_window_class_init (AtlasWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_window_dispose;
  object_class->get_property = atlas_window_get_property;
  object_class->set_property = atlas_window_set_property;
  widget_class->size_allocate = atlas_window_size_allocate;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         ATLAS_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasWindow:loading:
   *
   * Whether a dataset is being loaded.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasWindow:show-excerpts:
   *
   * Whether the excerpts pane is shown (remembered in the settings).
   */
  properties[PROP_SHOW_EXCERPTS] =
    g_param_spec_boolean ("show-excerpts", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasWindow:show-sidebar:
   *
   * Whether the sidebar is shown beside the pages on a wide window
   * (remembered in the settings). A narrow window always has it, as a
   * page of its own.
   */
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_SELECTION);
  g_type_ensure (ATLAS_TYPE_CHANGES_BAR);
  g_type_ensure (ATLAS_TYPE_PROGRAMME_FILTER);
  g_type_ensure (ATLAS_TYPE_SIDEBAR);
  g_type_ensure (ATLAS_TYPE_PROGRAMME_LIST);
  g_type_ensure (ATLAS_TYPE_PROGRAMME_PAGE);
  g_type_ensure (ATLAS_TYPE_PARTNER_PAGE);
  g_type_ensure (ATLAS_TYPE_AREA_PAGE);
  g_type_ensure (ATLAS_TYPE_DOCUMENT_PAGE);
  g_type_ensure (ATLAS_TYPE_EXCERPTS_PANE);
  g_type_ensure (ATLAS_TYPE_TIMELINE);
  g_type_ensure (ATLAS_TYPE_EVENT_LIST);
  g_type_ensure (ATLAS_TYPE_COMPARE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, compare_page);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, open_button);
  gtk_widget_class_bind_template_callback (widget_class, timeline_activate_item_cb);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, filter);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar_separator);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, dataset_name);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, view_pages_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, dataset_file);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, content_header);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, overview_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, excerpts_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, view_excerpts_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, excerpts_separator);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, excerpts_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, excerpts_column);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, excerpts_pane);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, timeline_state);
  gtk_widget_class_bind_template_child (widget_class, AtlasWindow, timeline_views);
  gtk_widget_class_bind_template_callback (widget_class, timeline_model_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, folded_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_mode_changed_cb);
  _atlas_window_class_actions_init (widget_class);
  _atlas_window_collection_class_init (widget_class);


}

static void
atlas_window_init (AtlasWindow *self)
{
  GtkDropTarget *drop;

  self->show_excerpts = TRUE;
  self->show_sidebar = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_mnemonic_names_fix (GTK_WIDGET (self));
  name_split_button_arrow (self->open_button, _("Recent Datasets"));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-excerpts", self, "show-excerpts", G_SETTINGS_BIND_DEFAULT);
  _atlas_window_init_panes (self);

  self->recent = gtk_recent_manager_get_default ();
  g_signal_connect_object (self->recent, "changed", G_CALLBACK (update_recent), self, G_CONNECT_SWAPPED);
  update_recent (self);

  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self, G_CONNECT_SWAPPED);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (self->selection, "notify::item", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::search-text",
                           G_CALLBACK (search_text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::search-text",
                           G_CALLBACK (update_timeline_filter), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (update_timeline_filter), self, G_CONNECT_SWAPPED);
  update_timeline_filter (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-loading", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", FALSE);
  _atlas_window_update_panes (self);
  item_changed_cb (self);
  atlas_timeline_set_settings (self->timeline, self->settings);
  g_signal_connect_object (self->timeline_views, "notify::visible-child-name",
                           G_CALLBACK (timeline_view_changed_cb), self, G_CONNECT_SWAPPED);
  update_timeline_view (self);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (connect_page), self, G_CONNECT_SWAPPED);
  connect_page (self);
  _atlas_window_init_collection (GTK_WIDGET (self));
  _atlas_window_init_correction (self);

  _atlas_window_show_builtin (self);
}

AtlasWindow *
atlas_window_new (AtlasApplication *application)
{
  AtlasWindow *self = g_object_new (ATLAS_TYPE_WINDOW, "application", application, NULL);
  const char * const *compare = NULL;

  /* --compare=ID,ID from the command line */
  if (application != NULL)
    compare = atlas_application_get_compare_programmes (application);
  if (compare != NULL)
    atlas_compare_page_set_programmes (self->compare_page, compare);
  /* --changes-since=FILE */
  if (application != NULL && atlas_application_get_changes_since (application) != NULL)
    atlas_diff_window_mark_changes_since (self, atlas_application_get_changes_since (application));
  return self;
}

AtlasDataset *
atlas_window_get_dataset (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  return _atlas_window_get_dataset (self);
}

/**
 * atlas_window_get_selection:
 *
 * Returns: (transfer none): the selection every view of the window shares
 */
AtlasSelection *
atlas_window_get_selection (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), NULL);
  return self->selection;
}

gboolean
atlas_window_get_loading (AtlasWindow *self)
{
  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);
  return self->loading != NULL;
}

/**
 * atlas_window_open:
 *
 * Loads @file in a worker thread; the dataset replaces the one shown once
 * it has loaded without a problem. Otherwise the problems are shown and
 * the dataset shown stays.
 */
void
atlas_window_open (AtlasWindow *self,
                   GFile       *file)
{
  g_return_if_fail (ATLAS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  _atlas_window_load (self, file, FALSE);
}

/**
 * atlas_window_restore_last_file:
 *
 * Opens the dataset opened last, if there is one and it still exists.
 */
void
atlas_window_restore_last_file (AtlasWindow *self)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ATLAS_IS_WINDOW (self));

  uri = g_settings_get_string (self->settings, "last-file");
  if (uri[0] == '\0')
    return;
  file = g_file_new_for_uri (uri);
  if (g_file_query_exists (file, NULL))
    _atlas_window_load (self, file, FALSE);
}
