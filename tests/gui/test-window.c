/* test-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The main window under Xvfb, driven through its actions, its models and
 * its widgets' own APIs, never through coordinates. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gui-test-utils.h"

#include "atlas-area.h"
#include "atlas-compare-page.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-event-list.h"
#include "atlas-evidence.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-excerpts-pane.h"
#include "atlas-loader.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-programme-page.h"
#include "atlas-programme-list.h"
#include "atlas-search-matches.h"
#include "atlas-selection.h"
#include "atlas-search-results.h"
#include "atlas-sidebar.h"
#include "atlas-timeline.h"
#include "atlas-timeline-row.h"
#include "atlas-window.h"
#include "atlas-window-private.h"
#include "atlas-wording.h"

/* {{{ Helpers */

static GtkWidget *
get_widget (gpointer    root,
            GType       type,
            const char *name)
{
  GtkWidget *widget = find_widget (GTK_WIDGET (root), type, name);

  if (widget == NULL)
    g_error ("No %s named %s", g_type_name (type), name ? name : "(any)");
  return widget;
}

static gboolean
not_loading (gpointer window)
{
  return !atlas_window_get_loading (window);
}

static AtlasWindow *
new_window (void)
{
  AtlasWindow *window = g_object_new (ATLAS_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  return window;
}

static void
close_window (AtlasWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static GObject *
find_programme (AtlasWindow *window,
                const char  *id)
{
  GObject *programme = G_OBJECT (atlas_dataset_find_programme (atlas_window_get_dataset (window), id));

  g_assert_nonnull (programme);
  return programme;
}

static guint
position_of (GListModel *model,
             gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);
      g_autoptr(GObject) record = NULL;

      /* The rows of a tree hold their records */
      if (GTK_IS_TREE_LIST_ROW (object))
        record = gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (object));
      if (object == item || (record != NULL && record == item))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static const char *
content_page (AtlasWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (get_widget (window, GTK_TYPE_STACK, "content")));
}

static void
open_and_wait (AtlasWindow *window,
               const char  *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  atlas_window_open (window, file);
  g_assert_true (atlas_window_get_loading (window));
  wait_for (not_loading, window, "the load to end");
}

/* }}} */
/* {{{ Selection */

/* Selecting the ROK ITPP in the programmes table selects it everywhere:
 * the programme page shows its eleven listed areas in the order and
 * words of its list, and the excerpts pane the passages behind it. */
static void
test_selection_programme (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));
  AtlasExcerptsPane *pane = ATLAS_EXCERPTS_PANE (get_widget (window, ATLAS_TYPE_EXCERPTS_PANE, NULL));
  GListModel *rows = atlas_programme_list_get_model (table);
  GObject *itpp = find_programme (window, "kor-itpp");
  g_autoptr(GPtrArray) evidence = atlas_evidence_for (atlas_window_get_dataset (window), itpp);
  GListModel *pane_model = atlas_excerpts_pane_get_model (pane);
  GListModel *areas = atlas_programme_get_areas (ATLAS_PROGRAMME (itpp));
  GtkListBox *listed;
  g_autofree char *title = NULL;
  guint n_listed = 0;

  g_assert_cmpstr (content_page (window), ==, "overview");
  g_assert_cmpuint (g_list_model_get_n_items (pane_model), ==, 0);

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), position_of (rows, itpp));
  g_assert_true (atlas_selection_get_item (selection) == itpp);
  g_assert_cmpstr (content_page (window), ==, "programme");

  /* The pane lists exactly the evidence, in its order */
  g_assert_cmpuint (evidence->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (pane_model), ==, evidence->len);
  for (guint i = 0; i < evidence->len; i++)
    {
      g_autoptr(GObject) excerpt = g_list_model_get_item (pane_model, i);

      g_assert_true (excerpt == g_ptr_array_index (evidence, i));
    }
  title = g_strdup_printf ("Excerpts (%u)", evidence->len);
  g_assert_cmpstr (atlas_excerpts_pane_get_title (pane), ==, title);

  /* Eleven listed areas, each titled with the first source's wording, in
   * the programme's order */
  settle ();
  listed = GTK_LIST_BOX (get_widget (window, GTK_TYPE_LIST_BOX, "listed-areas"));
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, i);
      AtlasWording *first = g_ptr_array_index (atlas_programme_area_get_wordings (pa), 0);
      AdwPreferencesRow *row;

      if (atlas_programme_area_get_status (pa) != ATLAS_AREA_STATUS_LISTED)
        continue;
      row = ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (listed, n_listed));
      g_assert_nonnull (row);
      g_assert_cmpstr (adw_preferences_row_get_title (row), ==, atlas_wording_get_text (first));
      g_assert_cmpuint (atlas_wording_get_position (first), ==, n_listed + 1);
      n_listed++;
    }
  g_assert_cmpuint (n_listed, ==, 11);
  g_assert_null (gtk_list_box_get_row_at_index (listed, 11));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (listed, 0))),
                   ==, "dialogue and consultation");
  {
    /* The other source's wording of the fourth: “cyber defence”, tenth in its list */
    AdwActionRow *cyber = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (listed, 3));

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (cyber)), ==, "cybersecurity");
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (cyber), "“cyber defence”, no. 10 in"));
  }

  /* Activating an area selects that area of the programme, with a note */
  g_signal_emit_by_name (listed, "row-activated", gtk_list_box_get_row_at_index (listed, 3));
  g_assert_true (ATLAS_IS_PROGRAMME_AREA (atlas_selection_get_item (selection)));
  g_assert_true (atlas_programme_area_get_area (ATLAS_PROGRAMME_AREA (atlas_selection_get_item (selection))) ==
                 atlas_dataset_find_area (atlas_window_get_dataset (window), "cyber"));
  g_assert_nonnull (atlas_selection_get_note (selection));
  {
    g_autoptr(GPtrArray) cyber = atlas_evidence_for (atlas_window_get_dataset (window),
                                                     atlas_selection_get_item (selection));

    g_assert_cmpuint (g_list_model_get_n_items (pane_model), ==, cyber->len);
  }
  /* The page stays on the programme */
  g_assert_cmpstr (content_page (window), ==, "programme");

  /* “All programmes” clears the selection and the pane */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-overview", NULL);
  g_assert_null (atlas_selection_get_item (selection));
  g_assert_cmpstr (content_page (window), ==, "overview");
  g_assert_cmpuint (g_list_model_get_n_items (pane_model), ==, 0);
  g_assert_cmpstr (atlas_excerpts_pane_get_title (pane), ==, "Excerpts");

  close_window (window);
}

/* Activates the programme page's Signed row, as a click does */
static void
activate_signed_row (AtlasWindow *window)
{
  GtkWidget *page = get_widget (window, ATLAS_TYPE_PROGRAMME_PAGE, NULL);
  GtkWidget *row = find_widget (page, ADW_TYPE_ACTION_ROW, "signed");

  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  settle ();
}

/* The ROK ITPP's signing date: the row that opens its evidence opens it,
 * and the pane groups the excerpts under each date with the sources that
 * back it; on a narrow window the click goes to the excerpts */
static void
test_evidence_by_claim (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasExcerptsPane *pane = ATLAS_EXCERPTS_PANE (get_widget (window, ATLAS_TYPE_EXCERPTS_PANE, NULL));
  GListModel *model = atlas_excerpts_pane_get_model (pane);
  const char *sources = NULL;
  const char *claim;

  atlas_selection_set_item (selection, find_programme (window, "kor-itpp"));
  settle ();
  g_assert_null (atlas_excerpts_pane_get_heading (pane, 0, NULL));
  activate_signed_row (window);

  g_assert_cmpuint (atlas_selection_get_claims (selection)->len, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  claim = atlas_excerpts_pane_get_heading (pane, 0, &sources);
  g_assert_cmpstr (claim, ==, "11 July 2023");
  g_assert_nonnull (strstr (sources, "NATO"));
  g_assert_nonnull (strstr (sources, "Yonhap"));
  g_assert_nonnull (strstr (sources, "(2 excerpts)"));
  g_assert_null (atlas_excerpts_pane_get_heading (pane, 1, NULL));
  claim = atlas_excerpts_pane_get_heading (pane, 2, &sources);
  g_assert_cmpstr (claim, ==, "13 July 2023");
  g_assert_nonnull (strstr (sources, "Centre for Security, Diplomacy and Strategy"));
  g_assert_nonnull (strstr (sources, "(1 excerpt)"));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (model, i);

      g_assert_null (strstr (atlas_excerpt_get_text (x), "finalized"));
    }
  g_assert_cmpstr (atlas_excerpts_pane_get_title (pane), ==, "Excerpts (3)");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pane)));

  /* Another selection is not grouped */
  atlas_selection_set_item (selection, find_programme (window, "jpn-itpp"));
  settle ();
  g_assert_null (atlas_selection_get_claims (selection));
  g_assert_null (atlas_excerpts_pane_get_heading (pane, 0, NULL));
  close_window (window);

  /* Narrow: the click shows the excerpts in the page's place */
  window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  selection = atlas_window_get_selection (window);
  pane = ATLAS_EXCERPTS_PANE (get_widget (window, ATLAS_TYPE_EXCERPTS_PANE, NULL));
  /* The pages are reachable from the sidebar without choosing a record */
  {
    AdwLeaflet *leaflet = ADW_LEAFLET (find_descendant (GTK_WIDGET (window), ADW_TYPE_LEAFLET));
    GtkWidget *list = get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL);

    g_assert_true (adw_leaflet_get_folded (leaflet));
    g_assert_false (gtk_widget_is_ancestor (list, adw_leaflet_get_visible_child (leaflet)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view-pages", NULL));
    settle ();
    g_assert_true (gtk_widget_is_ancestor (list, adw_leaflet_get_visible_child (leaflet)));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
    settle ();
  }
  atlas_selection_set_item (selection, find_programme (window, "kor-itpp"));
  settle ();
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (pane)));
  activate_signed_row (window);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pane)));
  g_assert_cmpstr (atlas_excerpts_pane_get_heading (pane, 0, NULL), ==, "11 July 2023");
  close_window (window);
}

/* The browse lists set the selection, and the pages follow */
static void
test_selection_sidebar (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasDataset *dataset = atlas_window_get_dataset (window);
  GtkListView *partners = GTK_LIST_VIEW (get_widget (window, GTK_TYPE_LIST_VIEW, "partners"));
  GtkListView *areas = GTK_LIST_VIEW (get_widget (window, GTK_TYPE_LIST_VIEW, "areas"));
  GtkSingleSelection *model = GTK_SINGLE_SELECTION (gtk_list_view_get_model (partners));
  GObject *korea = G_OBJECT (atlas_dataset_find_partner (dataset, "kor"));
  GObject *itpp = find_programme (window, "kor-itpp");
  GObject *cyber = G_OBJECT (atlas_dataset_find_area (dataset, "cyber"));

  /* A partner, then one of its programmes below it */
  gtk_single_selection_set_selected (model, position_of (G_LIST_MODEL (model), korea));
  g_assert_true (atlas_selection_get_item (selection) == korea);
  g_assert_cmpstr (content_page (window), ==, "partner");
  gtk_single_selection_set_selected (model, position_of (G_LIST_MODEL (model), itpp));
  g_assert_true (atlas_selection_get_item (selection) == itpp);
  g_assert_cmpstr (content_page (window), ==, "programme");

  /* An area, then a programme that names it: that programme's area */
  model = GTK_SINGLE_SELECTION (gtk_list_view_get_model (areas));
  gtk_single_selection_set_selected (model, position_of (G_LIST_MODEL (model), cyber));
  g_assert_true (atlas_selection_get_item (selection) == cyber);
  g_assert_cmpstr (content_page (window), ==, "area");
  {
    GtkTreeListRow *row = gtk_single_selection_get_selected_item (model);

    gtk_tree_list_row_set_expanded (row, TRUE);
  }
  gtk_single_selection_set_selected (model, position_of (G_LIST_MODEL (model), itpp));
  g_assert_true (G_OBJECT (atlas_programme_find_area (ATLAS_PROGRAMME (itpp), ATLAS_AREA (cyber))) ==
                 atlas_selection_get_item (selection));
  g_assert_cmpstr (content_page (window), ==, "area");

  /* A selection made elsewhere: the lists let go of theirs */
  atlas_selection_set_item (selection, G_OBJECT (atlas_dataset_find_partner (dataset, "jpn")));
  g_assert_null (gtk_single_selection_get_selected_item (model));

  close_window (window);
}

static GObject *
selected_in (GtkListView *view)
{
  GtkSingleSelection *model = GTK_SINGLE_SELECTION (gtk_list_view_get_model (view));
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (model);

  return row ? gtk_tree_list_row_get_item (row) : NULL;
}

static gboolean
scrolled_down (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) > 0;
}

/* A partner, area, document or programme selected elsewhere is selected in
 * the sidebar's list of its kind, which scrolls to it */
static void
test_selection_sidebar_follows (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasDataset *dataset = atlas_window_get_dataset (window);
  GtkListView *partners = GTK_LIST_VIEW (get_widget (window, GTK_TYPE_LIST_VIEW, "partners"));
  GtkListView *areas = GTK_LIST_VIEW (get_widget (window, GTK_TYPE_LIST_VIEW, "areas"));
  GtkListView *documents = GTK_LIST_VIEW (get_widget (window, GTK_TYPE_LIST_VIEW, "documents"));
  GtkAdjustment *scroll = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (partners));
  GListModel *all_documents = atlas_dataset_get_documents (dataset);
  g_autoptr(GObject) last_document = g_list_model_get_item (all_documents, g_list_model_get_n_items (all_documents) - 1);
  GObject *new_zealand = G_OBJECT (atlas_dataset_find_partner (dataset, "nzl"));
  GObject *cyber = G_OBJECT (atlas_dataset_find_area (dataset, "cyber"));
  GObject *itpp = find_programme (window, "jpn-itpp");
  g_autoptr(GObject) selected = NULL;

  /* The last partner is below the fold of the expanded tree */
  g_assert_cmpfloat (gtk_adjustment_get_value (scroll), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll), >, gtk_adjustment_get_page_size (scroll));
  atlas_selection_set_item (selection, new_zealand);
  selected = selected_in (partners);
  g_assert_true (selected == new_zealand);
  wait_for (scrolled_down, scroll, "the partners list to scroll to New Zealand");
  g_clear_object (&selected);

  /* A programme, from the programmes table: its row under its partner */
  atlas_selection_set_item (selection, itpp);
  selected = selected_in (partners);
  g_assert_true (selected == itpp);
  g_clear_object (&selected);

  atlas_selection_set_item (selection, cyber);
  selected = selected_in (areas);
  g_assert_true (selected == cyber);
  g_clear_object (&selected);
  /* The partners list let go */
  g_assert_null (selected_in (partners));

  atlas_selection_set_item (selection, last_document);
  selected = selected_in (documents);
  g_assert_true (selected == last_document);
  g_clear_object (&selected);
  g_assert_null (selected_in (areas));

  /* A partner the filter hides has no row to select */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (get_widget (window, GTK_TYPE_DROP_DOWN, "partner-filter")), 1);
  atlas_selection_set_item (selection, new_zealand);
  g_assert_null (selected_in (partners));

  close_window (window);
}

/* }}} */
/* {{{ Filters */

static guint
n_rows (AtlasWindow *window)
{
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));

  return g_list_model_get_n_items (atlas_programme_list_get_model (table));
}

static gboolean
shows (AtlasWindow *window,
       const char  *id)
{
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));

  return position_of (atlas_programme_list_get_model (table), find_programme (window, id)) != GTK_INVALID_LIST_POSITION;
}

static guint
choice (GtkDropDown *dropdown,
        const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      return i;
  g_error ("No choice “%s”", label);
}

/* The filters change what the lists show as the built-in dataset says:
 * 14 programmes, 5 of them the Republic of Korea's, 5 ITPPs, 4 in force.
 * Years keep the programmes known to be active then: from the start of
 * their period (or their signing) to its end, or until the programme
 * that supersedes them begins. */
static void
test_filters (void)
{
  AtlasWindow *window = new_window ();
  GtkDropDown *partner = GTK_DROP_DOWN (get_widget (window, GTK_TYPE_DROP_DOWN, "partner-filter"));
  GtkDropDown *type = GTK_DROP_DOWN (get_widget (window, GTK_TYPE_DROP_DOWN, "type-filter"));
  GtkDropDown *status = GTK_DROP_DOWN (get_widget (window, GTK_TYPE_DROP_DOWN, "status-filter"));
  GtkListView *partners = GTK_LIST_VIEW (get_widget (window, GTK_TYPE_LIST_VIEW, "partners"));
  GListModel *partner_rows = G_LIST_MODEL (gtk_list_view_get_model (partners));
  GtkWidget *popover;
  GtkSpinButton *from, *to;

  g_assert_cmpuint (n_rows (window), ==, 14);
  /* Four partners, expanded: 4 + 14 rows */
  g_assert_cmpuint (g_list_model_get_n_items (partner_rows), ==, 18);

  gtk_drop_down_set_selected (partner, choice (partner, "Republic of Korea"));
  g_assert_cmpuint (n_rows (window), ==, 5);
  g_assert_true (shows (window, "kor-itpp"));
  g_assert_false (shows (window, "jpn-itpp"));
  /* The partners list keeps that partner only, with its programmes */
  g_assert_cmpuint (g_list_model_get_n_items (partner_rows), ==, 1 + 5);

  gtk_drop_down_set_selected (type, choice (type, "ITPP"));
  g_assert_cmpuint (n_rows (window), ==, 2);
  g_assert_true (shows (window, "kor-itpp-2027"));

  gtk_drop_down_set_selected (partner, choice (partner, "All Partners"));
  g_assert_cmpuint (n_rows (window), ==, 5);

  gtk_drop_down_set_selected (status, choice (status, "In force"));
  g_assert_cmpuint (n_rows (window), ==, 4);
  g_assert_false (shows (window, "kor-itpp-2027"));

  gtk_drop_down_set_selected (type, choice (type, "All Types"));
  gtk_drop_down_set_selected (status, choice (status, "Any Status"));
  g_assert_cmpuint (n_rows (window), ==, 14);

  /* The year spin buttons are in the years popover */
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (get_widget (window, GTK_TYPE_MENU_BUTTON, "years-filter"))));
  g_assert_nonnull (popover);
  from = GTK_SPIN_BUTTON (get_widget (popover, GTK_TYPE_SPIN_BUTTON, "year-from"));
  to = GTK_SPIN_BUTTON (get_widget (popover, GTK_TYPE_SPIN_BUTTON, "year-to"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (from), ==, 2012);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (to), ==, 2030);

  gtk_spin_button_set_value (from, 2015);
  gtk_spin_button_set_value (to, 2016);
  g_assert_cmpuint (n_rows (window), ==, 4);
  g_assert_true (shows (window, "kor-ipcp-2012"));
  g_assert_true (shows (window, "jpn-ipcp-2014"));
  g_assert_true (shows (window, "aus-ipcp-2013"));
  g_assert_true (shows (window, "nzl-ipcp-2012"));

  gtk_spin_button_set_value (to, 2023);
  gtk_spin_button_set_value (from, 2023);
  g_assert_cmpuint (n_rows (window), ==, 7);
  g_assert_true (shows (window, "kor-ipcp-2019"));
  g_assert_true (shows (window, "nzl-ipcp-2012"));
  g_assert_false (shows (window, "nzl-itpp"));
  g_assert_false (shows (window, "kor-itpp-2027"));

  /* The ends of the dataset's years are no limit */
  gtk_spin_button_set_value (from, 2012);
  gtk_spin_button_set_value (to, 2030);
  g_assert_cmpuint (n_rows (window), ==, 14);

  close_window (window);
}

static const char *
first_partner (AtlasWindow *window)
{
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));
  g_autoptr(AtlasProgramme) first = g_list_model_get_item (atlas_programme_list_get_model (table), 0);

  return atlas_partner_get_name (atlas_programme_get_partner (first));
}

/* The Areas column says what it counts in words: listed and reported
 * apart, the sources' number under them, “No area data” rather than 0;
 * every heading explains its column */
static void
test_area_cells (void)
{
  AtlasWindow *window = new_window ();
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GRegex) bare = g_regex_new ("^[0-9]+( \\+ [0-9]+)?$", 0, 0, NULL);
  gboolean none = FALSE, both = FALSE, total = FALSE;
  const char *tooltip;

  settle ();
  find_all (GTK_WIDGET (atlas_programme_list_get_column_view (table)), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (g_ptr_array_index (labels, i));

      g_assert_false (g_regex_match (bare, text, 0, NULL));
      none |= g_str_equal (text, "No area data");
      both |= g_str_equal (text, "11 listed · 8 reported");
      total |= g_str_equal (text, "11 areas, 11 known");
    }
  g_assert_true (none);
  g_assert_true (both);
  g_assert_true (total);

  tooltip = atlas_programme_list_get_header_tooltip (table, "areas_column");
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "reports"));
  g_assert_nonnull (atlas_programme_list_get_header_tooltip (table, "signed_column"));
  g_assert_nonnull (atlas_programme_list_get_header_tooltip (table, "status_column"));
  close_window (window);
}

/* The dataset's title is whole, on as many lines as it takes, with its
 * text in the tooltip and the accessible name: the header bar cut it as
 * “NATO's Indo-P…” at every width; the programmes table keeps a readable
 * measure on a wide window */
static void
test_dataset_title_whole (void)
{
  AtlasWindow *window = new_window ();
  GtkLabel *name = GTK_LABEL (get_widget (window, GTK_TYPE_LABEL, "dataset-name"));
  const char *title = atlas_dataset_get_title (atlas_window_get_dataset (window));
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));

  g_assert_cmpstr (gtk_label_get_text (name), ==, title);
  g_assert_true (gtk_label_get_wrap (name));
  g_assert_cmpint (gtk_label_get_ellipsize (name), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (name)), ==, title);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (name)));
  /* The whole title fits: the label is as tall as it needs */
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (name)));

  /* With the sidebar hidden the page is wider than the measure */
  g_object_set (window, "show-sidebar", FALSE, NULL);
  settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (table)), >, 1000);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (atlas_programme_list_get_column_view (table))), <=, 960);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (atlas_programme_list_get_column_view (table))), >=, 900);
  close_window (window);
}

/* The sort menu sorts as the column headings do */
static void
test_sort (void)
{
  AtlasWindow *window = new_window ();
  AtlasProgrammeList *table = ATLAS_PROGRAMME_LIST (get_widget (window, ATLAS_TYPE_PROGRAMME_LIST, NULL));

  g_assert_cmpstr (first_partner (window), ==, "Republic of Korea");
  gtk_widget_activate_action (GTK_WIDGET (table), "table.sort", "s", "partner");
  g_assert_cmpstr (first_partner (window), ==, "Australia");
  gtk_widget_activate_action (GTK_WIDGET (table), "table.reverse", NULL);
  g_assert_cmpstr (first_partner (window), ==, "Republic of Korea");
  g_assert_cmpuint (n_rows (window), ==, 14);

  /* Signed: the earliest first, those never signed last */
  gtk_widget_activate_action (GTK_WIDGET (table), "table.sort", "s", "signed");
  {
    GListModel *rows = atlas_programme_list_get_model (table);
    g_autoptr(AtlasProgramme) first = g_list_model_get_item (rows, 0);
    g_autoptr(AtlasProgramme) last = g_list_model_get_item (rows, 13);

    /* Australia's 2013 IPCP, which NATO spoke of as concluded in June 2012 */
    g_assert_cmpstr (atlas_programme_get_id (first), ==, "aus-ipcp-2013");
    g_assert_cmpstr (atlas_programme_get_id (last), ==, "kor-itpp-2027");
  }

  gtk_widget_activate_action (GTK_WIDGET (table), "table.unsort", NULL);
  g_assert_cmpstr (first_partner (window), ==, "Republic of Korea");

  close_window (window);
}

/* }}} */
/* {{{ Search */

static AtlasSearchResults *
search_results (AtlasWindow *window)
{
  return ATLAS_SEARCH_RESULTS (get_widget (window, ATLAS_TYPE_SEARCH_RESULTS, NULL));
}

static gboolean
search_ready (gpointer window)
{
  return atlas_search_results_get_search (search_results (window)) != NULL;
}

typedef struct
{
  AtlasWindow *window;
  const char *text;
} SearchText;

static gboolean
search_text_is (gpointer data)
{
  SearchText *s = data;

  return g_strcmp0 (atlas_selection_get_search_text (atlas_window_get_selection (s->window)), s->text) == 0;
}

static void
type_search (AtlasWindow *window,
             GtkEditable *entry,
             const char  *text)
{
  SearchText s = { window, text };

  gtk_editable_set_text (entry, text);
  wait_for (search_text_is, &s, "the search text");
}

/* The rows of the results as text: “# heading” lines and record titles */
static char *
results_outline (AtlasWindow *window)
{
  GListModel *rows = atlas_search_results_get_model (search_results (window));
  GString *s = g_string_new (NULL);
  guint expected = 0, counted = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (ATLAS_IS_SEARCH_MATCHES (row))
        {
          /* Each heading is followed by as many results as it counts */
          g_assert_cmpuint (counted, ==, expected);
          expected = g_list_model_get_n_items (G_LIST_MODEL (row));
          counted = 0;
          g_assert_cmpuint (expected, >, 0);
          g_string_append_printf (s, "# %u %u\n", atlas_search_matches_get_kind (ATLAS_SEARCH_MATCHES (row)), expected);
        }
      else
        {
          counted++;
          g_string_append_printf (s, "%p\n", (gpointer) row);
        }
    }
  g_assert_cmpuint (counted, ==, expected);
  return g_string_free (s, FALSE);
}

static gboolean
has_heading (const char      *outline,
             AtlasSearchKind  kind)
{
  g_autofree char *heading = g_strdup_printf ("# %u ", kind);

  return strstr (outline, heading) != NULL;
}

static void
test_search (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  GtkSearchBar *bar = GTK_SEARCH_BAR (get_widget (window, GTK_TYPE_SEARCH_BAR, NULL));
  GtkEditable *entry = GTK_EDITABLE (get_widget (window, GTK_TYPE_SEARCH_ENTRY, "search-entry"));
  GtkStack *mode = GTK_STACK (get_widget (window, GTK_TYPE_STACK, "sidebar-mode"));
  AtlasExcerptsPane *pane = ATLAS_EXCERPTS_PANE (get_widget (window, ATLAS_TYPE_EXCERPTS_PANE, NULL));
  g_autofree char *lower = NULL;
  g_autofree char *upper = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *accented = NULL;
  GListModel *rows;
  guint first_record;

  wait_for (search_ready, window, "the search to be built");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (bar));

  /* Case does not matter */
  type_search (window, entry, "korea");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (mode), ==, "search");
  lower = results_outline (window);
  type_search (window, entry, "KOREA");
  upper = results_outline (window);
  g_assert_cmpstr (lower, ==, upper);
  /* Grouped: programmes, the partner, excerpts */
  g_assert_true (g_str_has_prefix (lower, "# 0 5\n"));
  g_assert_true (has_heading (lower, ATLAS_SEARCH_KIND_PARTNER));
  g_assert_true (has_heading (lower, ATLAS_SEARCH_KIND_EXCERPT));
  g_assert_false (has_heading (lower, ATLAS_SEARCH_KIND_AREA));

  /* Nor do accents; an area is found by another source's wording */
  type_search (window, entry, "cyber defence");
  plain = results_outline (window);
  type_search (window, entry, "CYBER DÉFENCE");
  accented = results_outline (window);
  g_assert_cmpstr (plain, ==, accented);
  g_assert_true (has_heading (plain, ATLAS_SEARCH_KIND_AREA));

  /* Choosing a result selects it; the excerpts mark the search */
  rows = atlas_search_results_get_model (search_results (window));
  first_record = 1;
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), first_record);
  g_assert_nonnull (atlas_selection_get_item (selection));
  settle ();
  {
    g_autoptr(GPtrArray) rows_shown = g_ptr_array_new ();
    guint marked = 0;

    find_all (GTK_WIDGET (pane), ATLAS_TYPE_EXCERPT_ROW, rows_shown);
    g_assert_cmpuint (rows_shown->len, >, 0);
    for (guint i = 0; i < rows_shown->len; i++)
      {
        AtlasExcerptRow *row = g_ptr_array_index (rows_shown, i);
        GtkWidget *quote = gtk_widget_get_first_child (GTK_WIDGET (row));
        g_autofree char *folded = NULL;

        if (atlas_excerpt_row_get_excerpt (row) == NULL)
          continue;
        folded = g_utf8_casefold (atlas_excerpt_get_text (atlas_excerpt_row_get_excerpt (row)), -1);
        if (strstr (folded, "cyber defence") == NULL)
          continue;
        /* The quotation marks the words searched for */
        g_assert_nonnull (gtk_label_get_attributes (GTK_LABEL (quote)));
        marked++;
      }
    g_assert_cmpuint (marked, >, 0);
  }

  type_search (window, entry, "no such words anywhere");
  g_assert_cmpuint (g_list_model_get_n_items (atlas_search_results_get_model (search_results (window))), ==, 0);

  /* Escape closes the search and clears it */
  type_search (window, entry, "korea");
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_false (gtk_search_bar_get_search_mode (bar));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpstr (atlas_selection_get_search_text (selection), ==, "");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (mode), ==, "browse");

  close_window (window);
}

/* Enter opens the first result; Down takes the keyboard to the results;
 * an event found shows on the timeline */
static void
test_search_open (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  GtkEditable *entry = GTK_EDITABLE (get_widget (window, GTK_TYPE_SEARCH_ENTRY, "search-entry"));
  AdwViewStack *stack = ADW_VIEW_STACK (get_widget (window, ADW_TYPE_VIEW_STACK, NULL));
  AtlasSearchResults *results;
  GListModel *rows;
  g_autoptr(GObject) first = NULL;
  guint event_at = GTK_INVALID_LIST_POSITION;
  GtkWidget *focus;

  wait_for (search_ready, window, "the search to be built");
  results = search_results (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  type_search (window, entry, "cyber");
  rows = atlas_search_results_get_model (results);

  g_signal_emit_by_name (entry, "activate");
  settle ();
  first = g_list_model_get_item (rows, 1);
  g_assert_false (ATLAS_IS_SEARCH_MATCHES (first));
  g_assert_true (atlas_selection_get_item (selection) == first);

  /* A programme found by its wording shows its title, and the wording */
  g_assert_true (ATLAS_IS_PROGRAMME (first));
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    gboolean title_shown = FALSE;

    find_all (GTK_WIDGET (results), GTK_TYPE_LABEL, labels);
    for (guint i = 0; i < labels->len; i++)
      title_shown |= g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)),
                                atlas_programme_get_title (ATLAS_PROGRAMME (first))) == 0;
    g_assert_true (title_shown);
  }

  /* From the entry to the results, on the selected one */
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  g_assert_true (atlas_search_results_focus (results));
  settle ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (results)));
  g_assert_true (atlas_selection_get_item (selection) == first);

  /* Events are found, and one chosen shows on the timeline */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (ATLAS_IS_EVENT (row))
        {
          event_at = i;
          break;
        }
    }
  g_assert_cmpuint (event_at, !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "programmes");
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), event_at);
  settle ();
  g_assert_true (ATLAS_IS_EVENT (atlas_selection_get_item (selection)));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "timeline");

  /* Nothing found: Enter changes nothing */
  type_search (window, entry, "no such words anywhere");
  g_assert_false (atlas_search_results_open_first (results));
  g_assert_false (atlas_search_results_focus (results));
  g_assert_true (ATLAS_IS_EVENT (atlas_selection_get_item (selection)));

  close_window (window);
}

static GtkWidget *
file_chooser_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
has_file_chooser (gpointer data)
{
  return file_chooser_dialog () != NULL;
}

/* Export Citations… offers the three formats, and writes every document
 * in the one chosen, adding its extension to a bare name */
static void
test_export_citations (void)
{
  AtlasWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("citations-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "refs.bib", NULL);
  g_autofree char *bare = g_build_filename (dir, "refs", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (bare);
  g_autoptr(GListModel) filters = NULL;
  g_autofree char *text = NULL;
  guint n_entries = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-citations", NULL));
  wait_for (has_file_chooser, NULL, "the file chooser");
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (file_chooser_dialog ()));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  gtk_dialog_response (GTK_DIALOG (file_chooser_dialog ()), GTK_RESPONSE_CANCEL);
  settle ();

  g_assert_true (_atlas_window_write_citations (window, file, ATLAS_CITATION_BIBTEX));
  g_assert_false (g_file_test (bare, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  for (const char *p = text; (p = strstr (p, "\n@")) != NULL; p++)
    n_entries++;
  n_entries += text[0] == '@';
  g_assert_cmpuint (n_entries, ==, g_list_model_get_n_items (atlas_dataset_get_documents (atlas_window_get_dataset (window))));
  g_unlink (path);
  g_rmdir (dir);
  close_window (window);
}

/* }}} */
/* {{{ Loading */

static AdwMessageDialog *
problems_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* A broken file shows its problems and leaves the dataset on screen, the
 * selection too; a good one replaces it. */
/* Whether a line of an .expected file starts with “LINE:COLUMN:” */
static gboolean
has_position (const char *line)
{
  for (guint field = 0; field < 2; field++)
    {
      if (!g_ascii_isdigit (*line))
        return FALSE;
      while (g_ascii_isdigit (*line))
        line++;
      if (*line++ != ':')
        return FALSE;
    }
  return TRUE;
}

static void
test_load_bad (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasDataset *before = atlas_window_get_dataset (window);
  GObject *itpp = find_programme (window, "kor-itpp");
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  g_autoptr(GDir) bad = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (bad);
  atlas_selection_set_item (selection, itpp);

  while ((name = g_dir_read_name (bad)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *stem = NULL;
      g_autofree char *expected_path = NULL;
      g_autofree char *expected = NULL;
      g_auto(GStrv) lines = NULL;
      AdwMessageDialog *dialog;
      GtkWidget *label;
      const char *text;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      stem = g_strndup (path, strlen (path) - strlen (".json"));
      expected_path = g_strconcat (stem, ".expected", NULL);
      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));

      open_and_wait (window, path);
      g_assert_true (atlas_window_get_dataset (window) == before);
      g_assert_true (atlas_selection_get_item (selection) == itpp);
      g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

      /* The dialog names each problem, with the file name */
      dialog = problems_dialog ();
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
      label = get_widget (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_LABEL, "problems");
      text = gtk_label_get_text (GTK_LABEL (label));
      lines = g_strsplit (g_strchomp (expected), "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          /* “NAME:LINE:COLUMN: …”, or “NAME: …” for a problem with no
           * place in the text (atlas_problem_to_string()) */
          g_autofree char *line = g_strdup_printf (has_position (lines[i]) ? "%s:%s" : "%s: %s", name, lines[i]);

          if (strstr (text, line) == NULL)
            g_error ("%s: the dialog does not say “%s” but:\n%s", name, line, text);
        }
      gtk_window_destroy (GTK_WINDOW (dialog));
      settle ();
      n++;
    }
  g_assert_cmpuint (n, >, 10);

  open_and_wait (window, good);
  g_assert_null (problems_dialog ());
  g_assert_false (atlas_window_get_dataset (window) == before);
  g_assert_cmpstr (atlas_dataset_get_title (atlas_window_get_dataset (window)), ==, "Test");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Test — minimal.json");
  /* What was selected is selected in the new dataset, by its id */
  g_assert_true (atlas_selection_get_item (selection) == find_programme (window, "kor-itpp"));

  close_window (window);
}

static void
freed_cb (gpointer  data,
          GObject  *where_the_object_was)
{
  g_atomic_pointer_set ((gpointer *) data, g_thread_self ());
}

static gboolean
was_freed (gpointer data)
{
  return g_atomic_pointer_get ((gpointer *) data) != NULL;
}

/* Once a dataset is replaced, every view lets go of it and its records,
 * and it is freed in a worker thread: freeing a large one takes about a
 * second, which the main loop must not wait for */
static void
test_load_frees_old_dataset_off_main_thread (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AdwViewStack *stack = ADW_VIEW_STACK (get_widget (window, ADW_TYPE_VIEW_STACK, NULL));
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *builtin = g_test_build_filename (G_TEST_DIST, "..", "data", "atlas-dataset.json", NULL);
  static const char *pages[] = { "timeline", "compare", "programmes" };
  gpointer freed_in = NULL;
  AtlasDataset *old;

  open_and_wait (window, builtin);
  old = atlas_window_get_dataset (window);
  g_object_weak_ref (G_OBJECT (old), freed_cb, &freed_in);

  /* Every view shows the old dataset's records once */
  atlas_selection_set_item (selection, find_programme (window, "kor-itpp"));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (stack, pages[i]);
      settle ();
    }

  open_and_wait (window, good);
  /* (not compared by address: the old one may be gone and its memory reused) */
  g_assert_cmpstr (atlas_dataset_get_title (atlas_window_get_dataset (window)), ==, "Test");
  wait_for (was_freed, &freed_in, "the replaced dataset to be freed");
  g_assert_true (g_atomic_pointer_get (&freed_in) != (gpointer) g_thread_self ());

  close_window (window);
}

static gboolean
is_folded (gpointer leaflet)
{
  return adw_leaflet_get_folded (leaflet);
}

/* The Timeline and Compare pages take the dataset only when first shown,
 * and from then on follow it */
static void
test_pages_built_when_shown (void)
{
  AtlasWindow *window = new_window ();
  AtlasTimeline *timeline = ATLAS_TIMELINE (get_widget (window, ATLAS_TYPE_TIMELINE, NULL));
  AtlasComparePage *compare = ATLAS_COMPARE_PAGE (get_widget (window, ATLAS_TYPE_COMPARE_PAGE, NULL));
  AtlasSelection *selection = atlas_window_get_selection (window);
  g_autoptr(AtlasDataset) other = NULL;

  g_assert_nonnull (atlas_window_get_dataset (window));
  g_assert_null (atlas_timeline_get_model (timeline));
  g_assert_null (atlas_view_get_selection (ATLAS_VIEW (compare)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline"));
  settle ();
  g_assert_true (atlas_view_get_selection (ATLAS_VIEW (timeline)) == selection);
  g_assert_nonnull (atlas_timeline_get_model (timeline));
  g_assert_cmpuint (atlas_timeline_model_get_n_items (atlas_timeline_get_model (timeline)), >, 0);
  g_assert_null (atlas_view_get_selection (ATLAS_VIEW (compare)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "compare"));
  settle ();
  g_assert_true (atlas_view_get_selection (ATLAS_VIEW (compare)) == selection);

  /* Hidden again, the timeline still follows a new dataset */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "programmes"));
  settle ();
  other = atlas_loader_load_builtin (NULL);
  g_assert_nonnull (other);
  atlas_selection_set_dataset (selection, other);
  g_assert_true (atlas_timeline_model_get_dataset (atlas_timeline_get_model (timeline)) == other);

  close_window (window);
}

/* Alt+1/2/3 show a page and put the keyboard focus in it */
static void
test_show_page (void)
{
  AtlasWindow *window = new_window ();
  AdwViewStack *stack = ADW_VIEW_STACK (get_widget (window, ADW_TYPE_VIEW_STACK, NULL));
  AdwLeaflet *leaflet = ADW_LEAFLET (get_widget (window, ADW_TYPE_LEAFLET, NULL));
  static const char *pages[] = { "timeline", "compare", "programmes" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *focus;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]));
      settle ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, pages[i]);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_is_ancestor (focus, adw_view_stack_get_visible_child (stack)));
      /* On the timeline, the chart itself rather than the Chart/List switch */
      if (g_str_equal (pages[i], "timeline"))
        g_assert_true (ATLAS_IS_TIMELINE (focus));
    }

  /* Narrow: the pages replace the sidebar */
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  wait_for (is_folded, leaflet, "the window to fold");
  while (adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK))
    settle ();
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (stack), adw_leaflet_get_visible_child (leaflet)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline"));
  settle ();
  g_assert_true (gtk_widget_is_ancestor (GTK_WIDGET (stack), adw_leaflet_get_visible_child (leaflet)));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "timeline");

  close_window (window);
}

static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* The sidebar hides on demand and is remembered; the excerpts stay out of
 * the way until something is selected, and then keep the width set for
 * them whatever they show. */
static void
test_panes (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  AtlasWindow *window;
  AtlasSelection *selection;
  AtlasExcerptsPane *pane;
  GtkWidget *excerpts, *sidebar;
  gboolean shown = FALSE;

  g_settings_reset (settings, "show-sidebar");
  g_settings_reset (settings, "show-excerpts");
  g_settings_set_int (settings, "excerpts-width", 300);
  window = new_window ();
  selection = atlas_window_get_selection (window);
  pane = ATLAS_EXCERPTS_PANE (get_widget (window, ATLAS_TYPE_EXCERPTS_PANE, NULL));
  sidebar = GTK_WIDGET (get_widget (window, ATLAS_TYPE_SIDEBAR, NULL));
  excerpts = gtk_widget_get_ancestor (GTK_WIDGET (pane), GTK_TYPE_SCROLLED_WINDOW);

  /* Nothing selected: no empty pane, and nothing for F9 to open */
  g_assert_null (atlas_selection_get_item (selection));
  g_assert_false (gtk_widget_get_visible (excerpts));
  g_assert_true (gtk_widget_get_mapped (sidebar));

  /* The programme with the most excerpts: the pane keeps its width */
  atlas_selection_set_item (selection, find_programme (window, "kor-itpp"));
  settle ();
  g_assert_true (gtk_widget_get_visible (excerpts));
  wait_for (has_width, excerpts, "the excerpts to be laid out");
  g_assert_cmpint (gtk_widget_get_width (excerpts), ==, 300);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_excerpts_pane_get_model (pane)), >, 1);
  atlas_selection_set_item (selection, find_programme (window, "jpn-itpp"));
  settle ();
  g_assert_cmpint (gtk_widget_get_width (excerpts), ==, 300);

  /* F9 hides them, and again shows them */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-excerpts", NULL));
  settle ();
  g_assert_false (gtk_widget_get_visible (excerpts));
  g_assert_false (g_settings_get_boolean (settings, "show-excerpts"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-excerpts", NULL));
  settle ();
  g_assert_true (gtk_widget_get_visible (excerpts));

  /* Ctrl+F9's action hides the sidebar and gives its room to the page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  settle ();
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_assert_false (g_settings_get_boolean (settings, "show-sidebar"));
  g_assert_cmpint (gtk_widget_get_width (excerpts), ==, 300);
  close_window (window);

  /* Remembered: a new window starts without it, and searching brings it back */
  window = new_window ();
  sidebar = GTK_WIDGET (get_widget (window, ATLAS_TYPE_SIDEBAR, NULL));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_false (shown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  wait_for (is_mapped, sidebar, "the search to bring the sidebar back");
  close_window (window);

  g_settings_reset (settings, "show-sidebar");
  g_settings_reset (settings, "show-excerpts");
  g_settings_reset (settings, "excerpts-width");
}

static gboolean
is_unmapped (gpointer data)
{
  return !gtk_widget_get_mapped (data);
}

static gboolean
has_window_width (gpointer data)
{
  return gtk_widget_get_width (data) > 0;
}

/* Where the window is too narrow for a page between the sidebar and the
 * excerpts, the sidebar gives way by itself, without the reader's choice
 * being changed; the reader may still show it; with room again it comes
 * back as the reader had it */
static void
test_sidebar_fits (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  AtlasWindow *window;
  GtkWidget *sidebar;
  gboolean shown = TRUE;
  int width;

  g_settings_reset (settings, "show-sidebar");
  g_settings_set_int (settings, "excerpts-width", 340);

  /* 1280: the sidebar, a page and the excerpts fit */
  window = new_window ();
  wait_for (has_window_width, window, "the window to be laid out");
  settle ();
  sidebar = GTK_WIDGET (get_widget (window, ATLAS_TYPE_SIDEBAR, NULL));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  width = window->sidebar_width;
  g_assert_cmpint (width, >, 0);
  /* the threshold lies between 1280 and the width tried below */
  g_assert_cmpint (width + 440 + 340, <=, 1280);
  g_assert_cmpint (width + 440 + 340, >, 1000);
  close_window (window);

  /* 1000: it gives way, and the reader's choice stays as it was */
  window = g_object_new (ATLAS_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_for (has_window_width, window, "the window to be laid out");
  sidebar = GTK_WIDGET (get_widget (window, ATLAS_TYPE_SIDEBAR, NULL));
  wait_for (is_unmapped, sidebar, "the sidebar to give way");
  settle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <, window->sidebar_width + 440 + 340);
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (get_widget (window, ADW_TYPE_LEAFLET, NULL))));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_object_get (window, "show-sidebar", &shown, NULL);
  g_assert_false (shown);
  g_assert_true (g_settings_get_boolean (settings, "show-sidebar"));

  /* Ctrl+F9 still shows it, for the while */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  settle ();
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_true (g_settings_get_boolean (settings, "show-sidebar"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  settle ();
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_assert_true (g_settings_get_boolean (settings, "show-sidebar"));

  /* With room again, it is back */
  _atlas_window_fit_sidebar (window, 1280);
  settle ();
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_true (g_settings_get_boolean (settings, "show-sidebar"));
  close_window (window);

  g_settings_reset (settings, "show-sidebar");
  g_settings_reset (settings, "excerpts-width");
}

static void
test_load_cancel (void)
{
  AtlasWindow *window = new_window ();
  AtlasDataset *before = atlas_window_get_dataset (window);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (good);

  atlas_window_open (window, file);
  g_assert_true (atlas_window_get_loading (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  g_assert_false (atlas_window_get_loading (window));
  settle ();
  g_assert_true (atlas_window_get_dataset (window) == before);
  g_assert_null (problems_dialog ());

  close_window (window);
}

static GtkDropTarget *
drop_target (AtlasWindow *window)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        found = GTK_DROP_TARGET (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (found);
  return found;
}

static gboolean
drop (AtlasWindow *window,
      GFile       *file)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (&file, 1));
  g_signal_emit_by_name (drop_target (window), "drop", &value, 10.0, 10.0, &accepted);
  return accepted;
}

static GMenuModel *
recent_section (AtlasWindow *window)
{
  AdwSplitButton *open = ADW_SPLIT_BUTTON (get_widget (window, ADW_TYPE_SPLIT_BUTTON, NULL));

  return g_menu_model_get_item_link (adw_split_button_get_menu_model (open), 0, G_MENU_LINK_SECTION);
}

typedef struct
{
  AtlasWindow *window;
  const char *uri;
} RecentIs;

static gboolean
recent_has (gpointer data)
{
  RecentIs *r = data;
  g_autoptr(GMenuModel) section = recent_section (r->window);

  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, i, G_MENU_ATTRIBUTE_TARGET,
                                                                          G_VARIANT_TYPE_STRING);

      if (target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), r->uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A JSON file dropped on the window opens, and joins the recent files in
 * the Open menu; another kind of file is refused */
static void
test_drop_and_recent (void)
{
  AtlasWindow *window = new_window ();
  AtlasDataset *before = atlas_window_get_dataset (window);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *other = g_test_build_filename (G_TEST_DIST, "meson.build", NULL);
  g_autoptr(GFile) json = g_file_new_for_path (good);
  g_autoptr(GFile) not_json = g_file_new_for_path (other);
  g_autofree char *uri = g_file_get_uri (json);
  RecentIs recent = { window, uri };

  g_assert_false (drop (window, not_json));
  g_assert_false (atlas_window_get_loading (window));

  g_assert_true (drop (window, json));
  g_assert_true (atlas_window_get_loading (window));
  wait_for (not_loading, window, "the dropped file to load");
  g_assert_false (atlas_window_get_dataset (window) == before);
  g_assert_cmpstr (atlas_dataset_get_title (atlas_window_get_dataset (window)), ==, "Test");

  wait_for (recent_has, &recent, "the file in the recent files");

  /* The built-in dataset is a menu item away */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-builtin", NULL);
  g_assert_true (atlas_dataset_is_builtin (atlas_window_get_dataset (window)));

  /* And the recent file opens again */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri);
  wait_for (not_loading, window, "the recent file to load");
  g_assert_cmpstr (atlas_dataset_get_title (atlas_window_get_dataset (window)), ==, "Test");

  close_window (window);
}

typedef struct
{
  AtlasWindow *window;
  const char *title;
} TitleIs;

static gboolean
dataset_title_is (gpointer data)
{
  TitleIs *t = data;

  return g_strcmp0 (atlas_dataset_get_title (atlas_window_get_dataset (t->window)), t->title) == 0;
}

static gboolean
is_loading (gpointer window)
{
  return atlas_window_get_loading (window);
}

/* Editing the open file reloads it; an edit that breaks it keeps what is
 * shown */
static void
test_reload_on_change (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "minimal.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("atlas-reload-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "edited.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  GString *edit;
  TitleIs title = { window, "Changed" };
  AtlasDataset *shown;

  g_assert_true (g_file_get_contents (good, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  open_and_wait (window, path);
  g_assert_cmpstr (atlas_dataset_get_title (atlas_window_get_dataset (window)), ==, "Test");
  atlas_selection_set_item (selection, find_programme (window, "kor-itpp"));

  edit = g_string_new (text);
  g_string_replace (edit, "\"title\": \"Test\"", "\"title\": \"Changed\"", 1);
  changed = g_string_free (edit, FALSE);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  wait_for (dataset_title_is, &title, "the reload of the changed file");
  g_assert_true (atlas_selection_get_item (selection) == find_programme (window, "kor-itpp"));

  /* Broken: the reload fails and the dataset stays; no dialog interrupts */
  shown = atlas_window_get_dataset (window);
  g_assert_true (g_file_set_contents (path, "{ \"format\": ", -1, NULL));
  wait_for (is_loading, window, "the reload of the broken file to start");
  wait_for (not_loading, window, "the reload of the broken file to end");
  g_assert_true (atlas_window_get_dataset (window) == shown);
  g_assert_null (problems_dialog ());

  /* Reload by hand, once fixed */
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  title.title = "Test";
  wait_for (dataset_title_is, &title, "the reload of the fixed file");

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* }}} */

/* {{{ The timeline's filters and event list */

static AtlasTimelineModel *
timeline_model (AtlasWindow *window)
{
  AtlasTimeline *timeline = ATLAS_TIMELINE (get_widget (window, ATLAS_TYPE_TIMELINE, NULL));

  g_assert_nonnull (atlas_timeline_get_model (timeline));
  return atlas_timeline_get_model (timeline);
}

static GListModel *
event_rows (AtlasWindow *window)
{
  return atlas_event_list_get_rows (ATLAS_EVENT_LIST (get_widget (window, ATLAS_TYPE_EVENT_LIST, NULL)));
}

static void
show_timeline (AtlasWindow *window,
               const char  *view)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (get_widget (window, ADW_TYPE_VIEW_STACK, NULL)), "timeline");
  gtk_stack_set_visible_child_name (GTK_STACK (get_widget (window, GTK_TYPE_STACK, "timeline-views")), view);
  settle ();
}

static const char *
timeline_state (AtlasWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (get_widget (window, GTK_TYPE_STACK, "timeline-state")));
}

static gboolean
timeline_shows_content (gpointer window)
{
  return g_strcmp0 (timeline_state (window), "content") == 0;
}

/* The sidebar's filters and the search narrow the timeline and its event
 * list alike; when they leave nothing, the page says so and offers to
 * clear them */
static void
test_timeline_filters (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasDataset *dataset = atlas_window_get_dataset (window);
  GtkDropDown *partner = GTK_DROP_DOWN (get_widget (window, GTK_TYPE_DROP_DOWN, "partner-filter"));
  GtkDropDown *type = GTK_DROP_DOWN (get_widget (window, GTK_TYPE_DROP_DOWN, "type-filter"));
  GtkEditable *entry = GTK_EDITABLE (get_widget (window, GTK_TYPE_SEARCH_ENTRY, "search-entry"));
  AtlasPartner *korea = atlas_dataset_find_partner (dataset, "kor");
  AtlasTimelineModel *model;
  guint n_all;

  show_timeline (window, "chart");
  model = timeline_model (window);
  n_all = atlas_timeline_model_get_n_items (model);
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (model), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (event_rows (window)), ==, n_all);
  g_assert_cmpstr (timeline_state (window), ==, "content");

  /* A partner: its lane and the NATO-wide one; nothing of another partner */
  gtk_drop_down_set_selected (partner, choice (partner, "Republic of Korea"));
  model = timeline_model (window);
  g_assert_cmpuint (atlas_timeline_model_get_n_lanes (model), ==, 2);
  g_assert_true (atlas_timeline_model_get_lane_partner (model, 1) == korea);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (model), <, n_all);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      GObject *record = atlas_timeline_model_get_item (model, i)->record;

      if (ATLAS_IS_PROGRAMME (record))
        g_assert_true (atlas_programme_get_partner (ATLAS_PROGRAMME (record)) == korea);
      else
        {
          GPtrArray *partners = atlas_event_get_partners (ATLAS_EVENT (record));

          g_assert_true (partners == NULL || partners->len == 0 || g_ptr_array_find (partners, korea, NULL));
        }
    }
  /* The event list lists the same items */
  g_assert_cmpuint (g_list_model_get_n_items (event_rows (window)), ==, atlas_timeline_model_get_n_items (model));

  /* The type too: no IPCP's signing is left */
  gtk_drop_down_set_selected (type, choice (type, "ITPP"));
  model = timeline_model (window);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      GObject *record = atlas_timeline_model_get_item (model, i)->record;
      AtlasProgramme *programme = ATLAS_IS_PROGRAMME (record) ? ATLAS_PROGRAMME (record)
                                  : atlas_event_get_programme (ATLAS_EVENT (record));

      g_assert_true (programme == NULL || atlas_programme_get_programme_type (programme) == ATLAS_PROGRAMME_TYPE_ITPP);
    }

  /* The search narrows it further, to what contains the text */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  type_search (window, entry, "vilnius");
  model = timeline_model (window);
  g_assert_cmpuint (atlas_timeline_model_get_n_items (model), >=, 1);
  for (guint i = 0; i < atlas_timeline_model_get_n_items (model); i++)
    {
      g_autofree char *text = atlas_timeline_model_describe_item (model, i, " ");

      g_assert_nonnull (strstr (text, "Vilnius"));
    }
  g_assert_cmpstr (timeline_state (window), ==, "content");

  /* Nothing left: the empty page, and its button clears every filter */
  type_search (window, entry, "no such event anywhere");
  g_assert_cmpuint (atlas_timeline_model_get_n_items (timeline_model (window)), ==, 0);
  g_assert_cmpstr (timeline_state (window), ==, "empty");
  g_assert_true (gtk_widget_is_visible (get_widget (window, ADW_TYPE_STATUS_PAGE, "timeline-empty")));
  /* A button clicks a moment after it is activated */
  gtk_widget_activate (get_widget (window, GTK_TYPE_BUTTON, "clear-filters"));
  wait_for (timeline_shows_content, window, "the filters to be cleared");
  g_assert_cmpuint (atlas_timeline_model_get_n_items (timeline_model (window)), ==, n_all);
  g_assert_cmpuint (gtk_drop_down_get_selected (partner), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (type), ==, 0);
  g_assert_cmpstr (atlas_selection_get_search_text (selection), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpuint (n_rows (window), ==, 14);

  close_window (window);
}

static guint
selected_row_index (AtlasWindow *window)
{
  AtlasTimelineRow *row = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (event_rows (window)));

  g_assert_nonnull (row);
  return atlas_timeline_row_get_index (row);
}

/* The event list shares the selection: a row selects its record and the
 * excerpts pane shows its evidence; a record selected on the timeline or
 * elsewhere selects its row */
static void
test_event_list (void)
{
  AtlasWindow *window = new_window ();
  AtlasSelection *selection = atlas_window_get_selection (window);
  AtlasDataset *dataset = atlas_window_get_dataset (window);
  AtlasTimeline *timeline = ATLAS_TIMELINE (get_widget (window, ATLAS_TYPE_TIMELINE, NULL));
  AtlasExcerptsPane *pane = ATLAS_EXCERPTS_PANE (get_widget (window, ATLAS_TYPE_EXCERPTS_PANE, NULL));
  GListModel *rows;
  GObject *itpp = find_programme (window, "kor-itpp");
  guint vilnius = GTK_INVALID_LIST_POSITION;

  show_timeline (window, "list");
  rows = event_rows (window);
  g_assert_cmpuint (g_list_model_get_n_items (rows), >, 0);
  g_assert_null (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows)));

  /* Sorted by date, dates at their own precision */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(AtlasTimelineRow) row = g_list_model_get_item (rows, i);

      if (g_str_has_prefix (atlas_timeline_row_get_title (row), "NATO Vilnius summit"))
        {
          vilnius = i;
          g_assert_cmpstr (atlas_timeline_row_get_date (row), ==, "July 2023");
        }
    }
  g_assert_cmpuint (vilnius, !=, GTK_INVALID_LIST_POSITION);

  /* A row selects its record; the pane shows the evidence */
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (rows), vilnius);
  {
    g_autoptr(AtlasTimelineRow) row = g_list_model_get_item (rows, vilnius);
    g_autoptr(GPtrArray) evidence = atlas_evidence_for (dataset, atlas_timeline_row_get_record (row));

    g_assert_true (atlas_selection_get_item (selection) == atlas_timeline_row_get_record (row));
    g_assert_true (ATLAS_IS_EVENT (atlas_selection_get_item (selection)));
    g_assert_cmpuint (evidence->len, >, 0);
    g_assert_cmpuint (g_list_model_get_n_items (atlas_excerpts_pane_get_model (pane)), ==, evidence->len);
  }
  /* The timeline follows */
  g_assert_cmpint (atlas_timeline_get_selected_index (timeline), ==, (int) selected_row_index (window));

  /* Moving on the timeline moves the row */
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.last", NULL);
  g_assert_cmpint (atlas_timeline_get_selected_index (timeline), ==, (int) g_list_model_get_n_items (rows) - 1);
  g_assert_cmpuint (selected_row_index (window), ==, g_list_model_get_n_items (rows) - 1);
  gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.first", NULL);
  g_assert_cmpuint (selected_row_index (window), ==, 0);

  /* A programme selected elsewhere selects its bar's row */
  atlas_selection_set_item (selection, itpp);
  {
    AtlasTimelineRow *row = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows));

    g_assert_nonnull (row);
    g_assert_true (atlas_timeline_row_get_record (row) == itpp);
  }

  /* Something the list does not show: no row */
  atlas_selection_set_item (selection, G_OBJECT (atlas_dataset_find_area (dataset, "cyber")));
  g_assert_null (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (rows)));

  close_window (window);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("atlas-test-home-XXXXXX", NULL);

  /* Recent files and settings of the tests go to a home of their own */
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", home, TRUE);
  g_setenv ("XDG_CACHE_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/window/selection/programme", test_selection_programme);
  g_test_add_func ("/window/selection/sidebar", test_selection_sidebar);
  g_test_add_func ("/window/selection/evidence-by-claim", test_evidence_by_claim);
  g_test_add_func ("/window/selection/sidebar-follows", test_selection_sidebar_follows);
  g_test_add_func ("/window/filters", test_filters);
  g_test_add_func ("/window/timeline/filters", test_timeline_filters);
  g_test_add_func ("/window/timeline/event-list", test_event_list);
  g_test_add_func ("/window/sort", test_sort);
  g_test_add_func ("/window/area-cells", test_area_cells);
  g_test_add_func ("/window/dataset-title-whole", test_dataset_title_whole);
  g_test_add_func ("/window/search", test_search);
  g_test_add_func ("/window/search/open", test_search_open);
  g_test_add_func ("/window/export-citations", test_export_citations);
  g_test_add_func ("/window/show-page", test_show_page);
  g_test_add_func ("/window/panes", test_panes);
  g_test_add_func ("/window/sidebar-fits", test_sidebar_fits);
  g_test_add_func ("/window/pages-built-when-shown", test_pages_built_when_shown);
  g_test_add_func ("/window/load/bad-then-good", test_load_bad);
  g_test_add_func ("/window/load/frees-old-dataset-off-main-thread", test_load_frees_old_dataset_off_main_thread);
  g_test_add_func ("/window/load/cancel", test_load_cancel);
  g_test_add_func ("/window/load/drop-and-recent", test_drop_and_recent);
  g_test_add_func ("/window/load/reload-on-change", test_reload_on_change);

  return g_test_run ();
}
