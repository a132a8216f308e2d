/* atlas-search-results.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-excerpt.h"
#include "atlas-highlight.h"
#include "atlas-labels.h"
#include "atlas-list-scroll.h"
#include "atlas-search-matches.h"
#include "atlas-search-snippet.h"
#include "atlas-search-results.h"
#include "atlas-view.h"

/**
 * AtlasSearchResults:
 *
 * What matches the search text, grouped by kind (programmes, partners,
 * areas, events, documents, excerpts) under a heading with the count, the matches
 * marked. Selecting a result selects its record.
 *
 * The search is built in a worker thread once per dataset. The list is a
 * flattened list of, per kind, a heading (present while the kind has
 * matches) and the kind's #AtlasSearchMatches: a new query changes those
 * models in place, so the list view only asks for the rows it shows.
 */

struct _AtlasSearchResults
{
  AtlasView parent_instance;

  AtlasSearch *search;
  GCancellable *building;
  GListStore *headings[ATLAS_SEARCH_N_KINDS];
  gboolean syncing;

  GtkStack *stack;
  GtkSpinner *spinner;
  GtkListView *list;
  GtkSingleSelection *selection_model;
  GtkFlattenListModel *flatten;
};

G_DEFINE_FINAL_TYPE (AtlasSearchResults, atlas_search_results, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Characters of context around a match in a result's snippet */
#define SNIPPET_BEFORE 40
#define SNIPPET_AFTER 100

static const char *
query (AtlasSearchResults *self)
{
  return atlas_view_get_search_text (ATLAS_VIEW (self));
}

/* Runs the query and shows a heading for each kind that has matches */
static void
refresh (AtlasSearchResults *self)
{
  guint total = 0;

  if (self->search == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "building");
      return;
    }

  self->syncing = TRUE;
  atlas_search_set_query (self->search, query (self));
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      GListModel *matches = atlas_search_get_matches (self->search, kind);
      guint n = g_list_model_get_n_items (matches);
      guint had = g_list_model_get_n_items (G_LIST_MODEL (self->headings[kind]));

      /* Replaced even when present, so that its count is redrawn */
      g_list_store_splice (self->headings[kind], 0, had, n > 0 ? (gpointer *) &matches : NULL, n > 0);
      total += n;
    }
  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "results" : "empty");
}

static void
install_search (AtlasSearchResults *self,
                AtlasSearch        *search)
{
  g_autoptr(GListStore) groups = g_list_store_new (G_TYPE_LIST_MODEL);

  g_set_object (&self->search, search);
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    {
      g_list_store_remove_all (self->headings[kind]);
      if (search == NULL)
        continue;
      g_list_store_append (groups, self->headings[kind]);
      g_list_store_append (groups, atlas_search_get_matches (search, kind));
    }
  gtk_flatten_list_model_set_model (self->flatten, search ? G_LIST_MODEL (groups) : NULL);
  gtk_spinner_set_spinning (self->spinner, search == NULL);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_task_return_pointer (task, atlas_search_new (task_data), g_object_unref);
}

static void
built_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  AtlasSearchResults *self = ATLAS_SEARCH_RESULTS (object);
  g_autoptr(AtlasSearch) search = g_task_propagate_pointer (G_TASK (result), NULL);

  /* A search of a dataset replaced meanwhile is dropped */
  if (search == NULL || atlas_search_get_dataset (search) != atlas_view_get_dataset (ATLAS_VIEW (self)))
    return;
  install_search (self, search);
}

static void
atlas_search_results_dataset_changed (AtlasView *view)
{
  AtlasSearchResults *self = ATLAS_SEARCH_RESULTS (view);
  AtlasDataset *dataset = atlas_view_get_dataset (view);
  g_autoptr(GTask) task = NULL;

  g_cancellable_cancel (self->building);
  g_clear_object (&self->building);
  install_search (self, NULL);
  if (dataset == NULL)
    return;

  self->building = g_cancellable_new ();
  task = g_task_new (self, self->building, built_cb, NULL);
  g_task_set_source_tag (task, atlas_search_results_dataset_changed);
  g_task_set_task_data (task, g_object_ref (dataset), g_object_unref);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, build_thread);
}

static void
atlas_search_results_item_changed (AtlasView *view)
{
  AtlasSearchResults *self = ATLAS_SEARCH_RESULTS (view);
  GObject *item = atlas_view_get_item (view);
  gpointer selected = gtk_single_selection_get_selected_item (self->selection_model);

  if (selected != item && !self->syncing)
    {
      self->syncing = TRUE;
      gtk_single_selection_set_selected (self->selection_model, GTK_INVALID_LIST_POSITION);
      self->syncing = FALSE;
    }
}

static void
selected_item_changed_cb (AtlasSearchResults *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection_model);
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  if (self->syncing || item == NULL || ATLAS_IS_SEARCH_MATCHES (item) || selection == NULL)
    return;
  self->syncing = TRUE;
  atlas_selection_set_item (selection, item);
  self->syncing = FALSE;
}

static void
atlas_search_results_search_text_changed (AtlasView *view)
{
  refresh (ATLAS_SEARCH_RESULTS (view));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           AtlasSearchResults       *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  /* A result wraps, so that the match shows whole in a narrow sidebar;
   * the snippet is short enough for a few lines */
  for (GtkWidget *label = title; label != NULL; label = label == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (GTK_LABEL (label), 4);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (item, box);
}

static char *
record_subtitle (GObject *record)
{
  if (ATLAS_IS_AREA (record))
    return g_strjoinv (C_("list separator", " · "), (char **) atlas_area_get_aliases (ATLAS_AREA (record)));
  return atlas_label_record_subtitle (record);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          AtlasSearchResults       *self)
{
  GObject *record = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (box));
  GtkLabel *subtitle = GTK_LABEL (gtk_widget_get_next_sibling (GTK_WIDGET (title)));
  gboolean heading = ATLAS_IS_SEARCH_MATCHES (record);
  const char *matched;
  g_autofree char *text = NULL;
  g_autofree char *sub = NULL;

  gtk_list_item_set_selectable (item, !heading);
  gtk_list_item_set_activatable (item, !heading);
  if (heading)
    {
      AtlasSearchMatches *matches = ATLAS_SEARCH_MATCHES (record);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (matches));

      /* Translators: the heading of a group of search results, with their number, as in “Excerpts (12)” */
      text = g_strdup_printf (_("%s (%u)"), atlas_search_kind_to_label (atlas_search_matches_get_kind (matches)), n);
      gtk_label_set_text (title, text);
      gtk_label_set_attributes (title, NULL);
      /* A heading is one line, at the foot of its row (a sidebar's rows
       * are at least 36 px high), close to the results it heads */
      gtk_label_set_wrap (title, FALSE);
      gtk_widget_set_valign (box, GTK_ALIGN_END);
      gtk_widget_add_css_class (GTK_WIDGET (title), "heading");
      gtk_widget_set_visible (GTK_WIDGET (subtitle), FALSE);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (title), "heading");
  gtk_label_set_wrap (title, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  matched = self->search ? atlas_search_get_matched_text (self->search, record) : NULL;
  if (ATLAS_IS_EXCERPT (record))
    {
      /* The excerpt, or its translation where that matched, around the match */
      text = atlas_search_snippet (matched ? matched : atlas_excerpt_get_text (ATLAS_EXCERPT (record)),
                                   query (self), SNIPPET_BEFORE, SNIPPET_AFTER);
      sub = record_subtitle (record);
    }
  else
    {
      const char *record_title = atlas_label_record_title (record);

      text = g_strdup (record_title);
      /* What matched, when it is not the title: an alias, a wording, a note */
      if (matched != NULL && matched != record_title && g_strcmp0 (matched, record_title) != 0)
        sub = atlas_search_snippet (matched, query (self), SNIPPET_BEFORE, SNIPPET_AFTER);
      else
        sub = record_subtitle (record);
    }
  atlas_highlight_label (title, text, query (self));
  atlas_highlight_label (subtitle, sub, query (self));
  gtk_widget_set_visible (GTK_WIDGET (subtitle), sub != NULL && *sub != '\0');
}

static void
atlas_search_results_dispose (GObject *object)
{
  AtlasSearchResults *self = (AtlasSearchResults *) object;

  g_cancellable_cancel (self->building);
  g_clear_object (&self->building);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SEARCH_RESULTS);
  g_clear_object (&self->search);
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    g_clear_object (&self->headings[kind]);

  G_OBJECT_CLASS (atlas_search_results_parent_class)->dispose (object);
}

static void
atlas_search_results_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasSearchResults *self = ATLAS_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_object (value, self->search);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_results_class_init (AtlasSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_search_results_dispose;
  object_class->get_property = atlas_search_results_get_property;

  view_class->dataset_changed = atlas_search_results_dataset_changed;
  view_class->item_changed = atlas_search_results_item_changed;
  view_class->search_text_changed = atlas_search_results_search_text_changed;

  /**
   * AtlasSearchResults:search:
   *
   * The search of the dataset shown, or %NULL while it is being built.
   */
  properties[PROP_SEARCH] =
    g_param_spec_object ("search", NULL, NULL,
                         ATLAS_TYPE_SEARCH,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-search-results.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchResults, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchResults, spinner);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchResults, list);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchResults, selection_model);
  gtk_widget_class_bind_template_child (widget_class, AtlasSearchResults, flatten);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
}

static void
atlas_search_results_init (AtlasSearchResults *self)
{
  for (guint kind = 0; kind < ATLAS_SEARCH_N_KINDS; kind++)
    self->headings[kind] = g_list_store_new (ATLAS_TYPE_SEARCH_MATCHES);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * atlas_search_results_get_search:
 *
 * Returns: (transfer none) (nullable): the search, once built
 */
AtlasSearch *
atlas_search_results_get_search (AtlasSearchResults *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULTS (self), NULL);
  return self->search;
}

/**
 * atlas_search_results_get_model:
 *
 * Returns: (transfer none): the rows: for each kind with matches, its
 *   #AtlasSearchMatches as a heading, then the matching records
 */
GListModel *
atlas_search_results_get_model (AtlasSearchResults *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULTS (self), NULL);
  return G_LIST_MODEL (self->selection_model);
}

/* The position of the first result (not a heading), or
 * %GTK_INVALID_LIST_POSITION */
static guint
first_result (AtlasSearchResults *self)
{
  GListModel *model = G_LIST_MODEL (self->selection_model);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!ATLAS_IS_SEARCH_MATCHES (item))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * atlas_search_results_open_first:
 *
 * Selects the first result, as Enter in the search entry does, leaving
 * the keyboard focus where it is.
 *
 * Returns: whether there was a result to select
 */
gboolean
atlas_search_results_open_first (AtlasSearchResults *self)
{
  guint first;

  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULTS (self), FALSE);

  first = first_result (self);
  if (first == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection_model, first);
  atlas_list_scroll_to_item (GTK_WIDGET (self->list), first);
  return TRUE;
}

/**
 * atlas_search_results_focus:
 *
 * Moves the keyboard focus to the results, on the selected one or else
 * the first, so that the arrow keys walk them (Down in the search entry).
 *
 * Returns: whether there was a result to focus
 */
gboolean
atlas_search_results_focus (AtlasSearchResults *self)
{
  guint position;

  g_return_val_if_fail (ATLAS_IS_SEARCH_RESULTS (self), FALSE);

  position = gtk_single_selection_get_selected (self->selection_model);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      position = first_result (self);
      if (position == GTK_INVALID_LIST_POSITION)
        return FALSE;
      gtk_single_selection_set_selected (self->selection_model, position);
    }
  /* Scrolling to a row of a list view moves the focus to it */
  atlas_list_scroll_to_item (GTK_WIDGET (self->list), position);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->list)) &&
      gtk_widget_get_focus_child (GTK_WIDGET (self->list)) == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->list));
  return TRUE;
}
