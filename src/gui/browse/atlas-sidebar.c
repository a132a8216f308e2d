/* atlas-sidebar.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-change-mark.h"
#include "atlas-claim.h"
#include "atlas-document.h"
#include "atlas-excerpt.h"
#include "atlas-labels.h"
#include "atlas-list-scroll.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-search-results.h"
#include "atlas-sidebar.h"
#include "atlas-view.h"
#include "atlas-text.h"
#include "atlas-mnemonic-names.h"

/**
 * AtlasSidebar:
 *
 * The browse lists: partners with their programmes, cooperation areas with
 * the programmes that list or report them, documents with their excerpts;
 * above them the filters (partner, type, status, years), which apply to
 * every programme listed. While there is search text, the search results
 * take their place. Selecting a row selects its record; the lists follow
 * the selection made elsewhere by letting go of theirs.
 */

struct _AtlasSidebar
{
  AtlasView parent_instance;

  AtlasProgrammeFilter *filter;
  GtkFilter *partners_filter;   /* partners with a programme that passes */
  GtkFilter *areas_filter;      /* areas named by a programme that passes */
  guint year_min;
  guint year_max;
  gboolean updating;            /* the widgets are being set from the filter */
  gboolean syncing;             /* the lists are being set from the selection */
  GtkSingleSelection *origin;   /* the list whose row is being selected */

  GtkStack *mode;
  GtkDropDown *partner_dropdown;
  GtkDropDown *type_dropdown;
  GtkDropDown *status_dropdown;
  GtkMenuButton *years_button;
  GtkSpinButton *year_from;
  GtkSpinButton *year_to;
  GtkStack *lists;
  GtkListView *partners;
  GtkSingleSelection *partners_selection;
  GtkListView *areas;
  GtkSingleSelection *areas_selection;
  GtkListView *documents;
  GtkSingleSelection *documents_selection;
  AtlasSearchResults *results;
};

G_DEFINE_FINAL_TYPE (AtlasSidebar, atlas_sidebar, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choices of the type and status filters, after “any” */
static const AtlasProgrammeType type_choices[] = {
  ATLAS_PROGRAMME_TYPE_IPCP,
  ATLAS_PROGRAMME_TYPE_ITPP,
  ATLAS_PROGRAMME_TYPE_OTHER,
};

static const AtlasProgrammeStatus status_choices[] = {
  ATLAS_PROGRAMME_STATUS_IN_FORCE,
  ATLAS_PROGRAMME_STATUS_PLANNED,
  ATLAS_PROGRAMME_STATUS_UNDER_NEGOTIATION,
  ATLAS_PROGRAMME_STATUS_SUPERSEDED,
  ATLAS_PROGRAMME_STATUS_EXPIRED,
  ATLAS_PROGRAMME_STATUS_UNKNOWN,
};

static AtlasDataset *
get_dataset (AtlasSidebar *self)
{
  return atlas_view_get_dataset (ATLAS_VIEW (self));
}

/* {{{ Rows (closures of the list templates) */

static GObject *
row_record (GtkTreeListRow *row)
{
  g_autoptr(GObject) record = row ? gtk_tree_list_row_get_item (row) : NULL;

  /* The model holds the record; the row only borrows it */
  return record;
}

static AtlasArea *
row_parent_area (GtkTreeListRow *row)
{
  g_autoptr(GtkTreeListRow) parent = row ? gtk_tree_list_row_get_parent (row) : NULL;
  GObject *record = parent ? row_record (parent) : NULL;

  return ATLAS_IS_AREA (record) ? ATLAS_AREA (record) : NULL;
}

static char *
row_title (gpointer        unused,
           GtkTreeListRow *row)
{
  GObject *record = row_record (row);

  if (record == NULL)
    return NULL;
  if (ATLAS_IS_PROGRAMME (record))
    return atlas_label_cap (atlas_programme_get_short_label (ATLAS_PROGRAMME (record)));
  return atlas_label_cap (atlas_label_record_title (record));
}

static char *
row_tooltip (gpointer        unused,
             GtkTreeListRow *row)
{
  GObject *record = row_record (row);

  if (ATLAS_IS_PROGRAMME (record) || ATLAS_IS_DOCUMENT (record) || ATLAS_IS_EXCERPT (record))
    return atlas_label_cap_tooltip (atlas_label_record_title (record));
  return NULL;
}

static char *
row_subtitle (gpointer        unused,
              GtkTreeListRow *row)
{
  GObject *record = row_record (row);
  AtlasArea *area = row_parent_area (row);

  if (record == NULL)
    return NULL;
  if (ATLAS_IS_PROGRAMME (record) && area != NULL)
    {
      AtlasProgrammeArea *pa = atlas_programme_find_area (ATLAS_PROGRAMME (record), area);

      return atlas_label_area_status (pa ? atlas_programme_area_get_status (pa) : ATLAS_AREA_STATUS_UNKNOWN);
    }
  if (ATLAS_IS_PROGRAMME (record))
    {
      AtlasProgramme *programme = ATLAS_PROGRAMME (record);
      g_autofree char *period = atlas_label_period (programme);
      const char *status = atlas_programme_status_to_label (atlas_programme_get_status (programme));

      return period ? g_strdup_printf ("%s%s%s", status, C_("list separator", " · "), period) : g_strdup (status);
    }
  if (ATLAS_IS_EXCERPT (record))
    return g_strdup (atlas_excerpt_get_locator (ATLAS_EXCERPT (record)));
  if (ATLAS_IS_PARTNER (record))
    {
      GListModel *children = gtk_tree_list_row_get_children (row);
      guint n;

      /* All its programmes, not those the filters let through: the row is
       * not redrawn when the filters change */
      if (GTK_IS_FILTER_LIST_MODEL (children))
        children = gtk_filter_list_model_get_model (GTK_FILTER_LIST_MODEL (children));
      n = children ? g_list_model_get_n_items (children) : 0;

      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u programme", "%u programmes", n), n);
    }
  return atlas_label_record_subtitle (record);
}

/* The row's record and the area it is listed under, for its mark of what
 * changed */
static GObject *
row_item (gpointer        unused,
          GtkTreeListRow *row)
{
  GObject *record = row_record (row);

  return record ? g_object_ref (record) : NULL;
}

static AtlasArea *
row_area (gpointer        unused,
          GtkTreeListRow *row)
{
  AtlasArea *area = row_parent_area (row);

  return area ? g_object_ref (area) : NULL;
}

static gboolean
row_has_subtitle (gpointer        unused,
                  GtkTreeListRow *row)
{
  g_autofree char *subtitle = row_subtitle (NULL, row);

  return subtitle != NULL && *subtitle != '\0';
}

/* }}} */
/* {{{ Models */

static gboolean
names_area (AtlasProgramme *programme,
            AtlasArea      *area)
{
  AtlasProgrammeArea *pa = atlas_programme_find_area (programme, area);
  AtlasAreaStatus status = pa ? atlas_programme_area_get_status (pa) : ATLAS_AREA_STATUS_UNKNOWN;

  return status == ATLAS_AREA_STATUS_LISTED || status == ATLAS_AREA_STATUS_REPORTED;
}

static gboolean
programme_names_area (gpointer item,
                      gpointer user_data)
{
  return names_area (item, user_data);
}

static gboolean
passes (AtlasSidebar   *self,
        AtlasProgramme *programme)
{
  return self->filter == NULL || atlas_programme_filter_matches (self->filter, programme);
}

static gboolean
partner_has_match (gpointer item,
                   gpointer user_data)
{
  AtlasSidebar *self = user_data;
  GListModel *programmes;

  if (self->filter == NULL || !atlas_programme_filter_is_active (self->filter) || get_dataset (self) == NULL)
    return TRUE;
  programmes = atlas_dataset_get_partner_programmes (get_dataset (self), item);
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);

      if (passes (self, programme))
        return TRUE;
    }
  return FALSE;
}

static gboolean
area_has_match (gpointer item,
                gpointer user_data)
{
  AtlasSidebar *self = user_data;
  GListModel *programmes;

  if (self->filter == NULL || !atlas_programme_filter_is_active (self->filter) || get_dataset (self) == NULL)
    return TRUE;
  programmes = atlas_dataset_get_programmes (get_dataset (self));
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);

      if (names_area (programme, item) && passes (self, programme))
        return TRUE;
    }
  return FALSE;
}

/* @model, without the programmes the filters hide */
static GListModel *
filtered (AtlasSidebar *self,
          GListModel   *model,
          GtkFilter    *also)
{
  GtkFilter *filter = also;

  if (self->filter != NULL && also != NULL)
    {
      filter = GTK_FILTER (gtk_every_filter_new ());
      gtk_multi_filter_append (GTK_MULTI_FILTER (filter), also);
      gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->filter)));
    }
  else if (self->filter != NULL)
    filter = g_object_ref (GTK_FILTER (self->filter));
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (model), filter));
}

static GListModel *
partner_children (gpointer item,
                  gpointer user_data)
{
  AtlasSidebar *self = user_data;
  GListModel *programmes;

  if (!ATLAS_IS_PARTNER (item) || get_dataset (self) == NULL)
    return NULL;
  /* No expander where there is nothing to expand */
  programmes = atlas_dataset_get_partner_programmes (get_dataset (self), item);
  if (g_list_model_get_n_items (programmes) == 0)
    return NULL;
  return filtered (self, programmes, NULL);
}

static GListModel *
area_children (gpointer item,
               gpointer user_data)
{
  AtlasSidebar *self = user_data;
  GListModel *programmes;
  GtkCustomFilter *names;
  gboolean any = FALSE;

  if (!ATLAS_IS_AREA (item) || get_dataset (self) == NULL)
    return NULL;
  programmes = atlas_dataset_get_programmes (get_dataset (self));
  for (guint i = 0; i < g_list_model_get_n_items (programmes) && !any; i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);

      any = names_area (programme, item);
    }
  if (!any)
    return NULL;
  names = gtk_custom_filter_new (programme_names_area, g_object_ref (item), g_object_unref);
  return filtered (self, programmes, GTK_FILTER (names));
}

static GListModel *
document_children (gpointer item,
                   gpointer user_data)
{
  AtlasSidebar *self = user_data;
  GListModel *excerpts;

  if (!ATLAS_IS_DOCUMENT (item) || get_dataset (self) == NULL)
    return NULL;
  excerpts = atlas_dataset_get_document_excerpts (get_dataset (self), item);
  return g_list_model_get_n_items (excerpts) > 0 ? g_object_ref (excerpts) : NULL;
}

static void
set_tree (AtlasSidebar                     *self,
          GtkSingleSelection               *selection,
          GListModel                       *root,
          gboolean                          expanded,
          GtkTreeListModelCreateModelFunc   children)
{
  g_autoptr(GtkTreeListModel) tree = NULL;

  if (root != NULL)
    tree = gtk_tree_list_model_new (root, FALSE, expanded, children, self, NULL);
  self->syncing = TRUE;
  gtk_single_selection_set_model (selection, G_LIST_MODEL (tree));
  self->syncing = FALSE;
}

static void
build_lists (AtlasSidebar *self)
{
  AtlasDataset *dataset = get_dataset (self);

  if (dataset == NULL)
    {
      set_tree (self, self->partners_selection, NULL, FALSE, NULL);
      set_tree (self, self->areas_selection, NULL, FALSE, NULL);
      set_tree (self, self->documents_selection, NULL, FALSE, NULL);
      return;
    }
  set_tree (self, self->partners_selection,
            G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (atlas_dataset_get_partners (dataset)),
                                                     g_object_ref (self->partners_filter))),
            TRUE, partner_children);
  set_tree (self, self->areas_selection,
            G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (atlas_dataset_get_areas (dataset)),
                                                     g_object_ref (self->areas_filter))),
            FALSE, area_children);
  set_tree (self, self->documents_selection, g_object_ref (atlas_dataset_get_documents (dataset)),
            FALSE, document_children);
}

/* }}} */
/* {{{ Filters */

static void
update_years_label (AtlasSidebar *self)
{
  g_autofree char *label = NULL;
  guint from = 0, to = 0;

  if (self->filter != NULL)
    atlas_programme_filter_get_years (self->filter, &from, &to);
  if (from != 0 && to != 0)
    label = g_strdup_printf (_("%u–%u"), from, to);
  else if (from != 0)
    /* Translators: a range of years with no end */
    label = g_strdup_printf (_("From %u"), from);
  else if (to != 0)
    /* Translators: a range of years with no start */
    label = g_strdup_printf (_("Until %u"), to);
  else
    label = g_strdup (_("Any Year"));
  gtk_menu_button_set_label (self->years_button, label);
}

/* The first and last year any programme of the dataset names */
static void
find_years (AtlasSidebar *self)
{
  AtlasDataset *dataset = get_dataset (self);
  GListModel *programmes = dataset ? atlas_dataset_get_programmes (dataset) : NULL;

  self->year_min = G_MAXUINT;
  self->year_max = 0;
  for (guint i = 0; programmes != NULL && i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      GPtrArray *claims = atlas_programme_get_signed (programme);
      const AtlasDate *dates[2] = {
        atlas_programme_get_period_start (programme),
        atlas_programme_get_period_end (programme),
      };

      for (guint j = 0; j < G_N_ELEMENTS (dates); j++)
        if (atlas_date_is_set (dates[j]))
          {
            self->year_min = MIN (self->year_min, dates[j]->year);
            self->year_max = MAX (self->year_max, dates[j]->year);
          }
      for (guint j = 0; claims != NULL && j < claims->len; j++)
        {
          const AtlasDate *date = atlas_claim_get_date (g_ptr_array_index (claims, j));

          if (atlas_date_is_set (date))
            {
              self->year_min = MIN (self->year_min, date->year);
              self->year_max = MAX (self->year_max, date->year);
            }
        }
    }
  if (self->year_max == 0)
    self->year_min = self->year_max = 0;
}

/* Sets the filter widgets from the filter */
static void
sync_widgets (AtlasSidebar *self)
{
  AtlasDataset *dataset = get_dataset (self);
  AtlasPartner *partner = self->filter ? atlas_programme_filter_get_partner (self->filter) : NULL;
  int type = self->filter ? atlas_programme_filter_get_programme_type (self->filter) : ATLAS_PROGRAMME_FILTER_ANY;
  int status = self->filter ? atlas_programme_filter_get_status (self->filter) : ATLAS_PROGRAMME_FILTER_ANY;
  guint from = 0, to = 0;
  guint selected = 0;

  self->updating = TRUE;

  if (partner != NULL && dataset != NULL)
    {
      GListModel *partners = atlas_dataset_get_partners (dataset);

      for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
        {
          g_autoptr(AtlasPartner) p = g_list_model_get_item (partners, i);

          if (p == partner)
            selected = i + 1;
        }
    }
  gtk_drop_down_set_selected (self->partner_dropdown, selected);

  selected = 0;
  for (guint i = 0; i < G_N_ELEMENTS (type_choices); i++)
    if ((int) type_choices[i] == type)
      selected = i + 1;
  gtk_drop_down_set_selected (self->type_dropdown, selected);

  selected = 0;
  for (guint i = 0; i < G_N_ELEMENTS (status_choices); i++)
    if ((int) status_choices[i] == status)
      selected = i + 1;
  gtk_drop_down_set_selected (self->status_dropdown, selected);

  if (self->filter != NULL)
    atlas_programme_filter_get_years (self->filter, &from, &to);
  gtk_spin_button_set_range (self->year_from, MIN (self->year_min, from ? from : self->year_min),
                             MAX (self->year_max, from ? from : self->year_max));
  gtk_spin_button_set_range (self->year_to, MIN (self->year_min, to ? to : self->year_min),
                             MAX (self->year_max, to ? to : self->year_max));
  gtk_spin_button_set_value (self->year_from, from ? from : self->year_min);
  gtk_spin_button_set_value (self->year_to, to ? to : self->year_max);
  gtk_widget_set_sensitive (GTK_WIDGET (self->years_button), self->year_max != 0);
  update_years_label (self);

  self->updating = FALSE;
}

/* Sets the filter from the widgets */
static void
filter_changed_cb (AtlasSidebar *self)
{
  AtlasDataset *dataset = get_dataset (self);
  guint partner = gtk_drop_down_get_selected (self->partner_dropdown);
  guint type = gtk_drop_down_get_selected (self->type_dropdown);
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint from = gtk_spin_button_get_value_as_int (self->year_from);
  guint to = gtk_spin_button_get_value_as_int (self->year_to);
  g_autoptr(AtlasPartner) chosen = NULL;

  if (self->updating || self->filter == NULL)
    return;

  if (partner != GTK_INVALID_LIST_POSITION && partner > 0 && dataset != NULL)
    chosen = g_list_model_get_item (atlas_dataset_get_partners (dataset), partner - 1);
  atlas_programme_filter_set_partner (self->filter, chosen);
  atlas_programme_filter_set_programme_type (self->filter,
                                             type > 0 && type <= G_N_ELEMENTS (type_choices)
                                             ? (int) type_choices[type - 1] : ATLAS_PROGRAMME_FILTER_ANY);
  atlas_programme_filter_set_status (self->filter,
                                     status > 0 && status <= G_N_ELEMENTS (status_choices)
                                     ? (int) status_choices[status - 1] : ATLAS_PROGRAMME_FILTER_ANY);

  /* The ends of the dataset's years mean no limit, so that programmes
   * without dates stay until a narrower range is asked for */
  if (to < from)
    to = from;
  atlas_programme_filter_set_years (self->filter,
                                    from > self->year_min ? from : 0,
                                    to < self->year_max ? to : 0);
  update_years_label (self);
}

static void
any_year_clicked_cb (AtlasSidebar *self)
{
  if (self->filter != NULL)
    atlas_programme_filter_set_years (self->filter, 0, 0);
}

static void
fill_dropdowns (AtlasSidebar *self)
{
  AtlasDataset *dataset = get_dataset (self);
  GListModel *partners = dataset ? atlas_dataset_get_partners (dataset) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("All Partners"));
  for (guint i = 0; partners != NULL && i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(AtlasPartner) partner = g_list_model_get_item (partners, i);
      g_autofree char *name = atlas_label_cap (atlas_partner_get_name (partner));

      gtk_string_list_append (names, name);
    }
  self->updating = TRUE;
  gtk_drop_down_set_model (self->partner_dropdown, G_LIST_MODEL (names));
  self->updating = FALSE;
  find_years (self);
  sync_widgets (self);
}

static void
programme_filter_changed_cb (AtlasSidebar *self)
{
  gtk_filter_changed (self->partners_filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->areas_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* }}} */
/* {{{ Selection */

static GObject *
selected_record (AtlasSidebar       *self,
                 GtkSingleSelection *selection,
                 AtlasArea         **area)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (selection);

  *area = row_parent_area (row);
  return row_record (row);
}

static void
tree_selected_cb (GtkSingleSelection *selection,
                  GParamSpec         *pspec,
                  AtlasSidebar       *self)
{
  AtlasSelection *shared = atlas_view_get_selection (ATLAS_VIEW (self));
  AtlasArea *area = NULL;
  GObject *record = selected_record (self, selection, &area);

  if (self->syncing || record == NULL || shared == NULL)
    return;

  self->origin = selection;
  if (ATLAS_IS_PROGRAMME (record) && area != NULL)
    {
      AtlasProgrammeArea *pa = atlas_programme_find_area (ATLAS_PROGRAMME (record), area);
      g_autofree char *label = atlas_text_isolate_bidi (atlas_programme_get_short_label (ATLAS_PROGRAMME (record)));
      g_autofree char *name = atlas_text_isolate_bidi (atlas_area_get_name (area));
      g_autofree char *note = g_strdup_printf (_("%s: %s"), label, name);

      atlas_selection_set_item_with_note (shared, G_OBJECT (pa), NULL, note);
    }
  else
    atlas_selection_set_item (shared, record);
  self->origin = NULL;
}

/* The position of the row of @record in a tree, or GTK_INVALID_LIST_POSITION
 * when it is not shown (filtered out, or below a collapsed row) */
static guint
find_row (GtkSingleSelection *selection,
          GObject            *record)
{
  GListModel *rows = G_LIST_MODEL (selection);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);

      if (row_record (row) == record)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* A record selected elsewhere is selected in the list that shows its kind
 * of record, and scrolled to */
static void
select_row (AtlasSidebar *self,
            GObject      *item)
{
  GtkSingleSelection *selection = NULL;
  GtkListView *view = NULL;
  guint position;

  if (ATLAS_IS_PARTNER (item) || ATLAS_IS_PROGRAMME (item))
    {
      selection = self->partners_selection;
      view = self->partners;
    }
  else if (ATLAS_IS_AREA (item))
    {
      selection = self->areas_selection;
      view = self->areas;
    }
  else if (ATLAS_IS_DOCUMENT (item))
    {
      selection = self->documents_selection;
      view = self->documents;
    }
  if (selection == NULL || selection == self->origin)
    return;

  position = find_row (selection, item);
  if (position == GTK_INVALID_LIST_POSITION)
    return;
  gtk_single_selection_set_selected (selection, position);
  atlas_list_scroll_to_item (GTK_WIDGET (view), position);
}

/* A list whose selected row is not what is selected lets go of it, but
 * for the list in which it is being selected; the list that shows what is
 * selected selects its row */
static void
atlas_sidebar_item_changed (AtlasView *view)
{
  AtlasSidebar *self = ATLAS_SIDEBAR (view);
  GtkSingleSelection *selections[] = { self->partners_selection, self->areas_selection, self->documents_selection };
  GObject *item = atlas_view_get_item (view);

  if (self->syncing)
    return;
  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (selections); i++)
    {
      AtlasArea *area = NULL;
      GObject *record = selected_record (self, selections[i], &area);

      if (selections[i] != self->origin && record != NULL && record != item &&
          !(area != NULL && ATLAS_IS_PROGRAMME (record) &&
            G_OBJECT (atlas_programme_find_area (ATLAS_PROGRAMME (record), area)) == item))
        gtk_single_selection_set_selected (selections[i], GTK_INVALID_LIST_POSITION);
    }
  select_row (self, item);
  self->syncing = FALSE;
}

static void
atlas_sidebar_search_text_changed (AtlasView *view)
{
  AtlasSidebar *self = ATLAS_SIDEBAR (view);
  const char *text = atlas_view_get_search_text (view);

  gtk_stack_set_visible_child_name (self->mode, text[0] != '\0' ? "search" : "browse");
}

static void
atlas_sidebar_dataset_changed (AtlasView *view)
{
  AtlasSidebar *self = ATLAS_SIDEBAR (view);

  if (self->filter != NULL)
    atlas_programme_filter_set_dataset (self->filter, get_dataset (self));
  build_lists (self);
  fill_dropdowns (self);
}

/* }}} */

static void
atlas_sidebar_dispose (GObject *object)
{
  AtlasSidebar *self = (AtlasSidebar *) object;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_clear_object (&self->filter);
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SIDEBAR);
  g_clear_object (&self->partners_filter);
  g_clear_object (&self->areas_filter);

  G_OBJECT_CLASS (atlas_sidebar_parent_class)->dispose (object);
}

static void
atlas_sidebar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasSidebar *self = ATLAS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_sidebar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  AtlasSidebar *self = ATLAS_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      atlas_sidebar_set_filter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_sidebar_class_init (AtlasSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_sidebar_dispose;
  object_class->get_property = atlas_sidebar_get_property;
  object_class->set_property = atlas_sidebar_set_property;

  view_class->dataset_changed = atlas_sidebar_dataset_changed;
  view_class->item_changed = atlas_sidebar_item_changed;
  view_class->search_text_changed = atlas_sidebar_search_text_changed;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL,
                         ATLAS_TYPE_PROGRAMME_FILTER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_SEARCH_RESULTS);
  g_type_ensure (ATLAS_TYPE_CHANGE_MARK);
  g_type_ensure (ATLAS_TYPE_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, mode);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, partner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, years_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, year_from);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, year_to);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, lists);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, partners);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, partners_selection);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, areas);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, areas_selection);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, documents);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, documents_selection);
  gtk_widget_class_bind_template_child (widget_class, AtlasSidebar, results);
  gtk_widget_class_bind_template_callback (widget_class, row_title);
  gtk_widget_class_bind_template_callback (widget_class, row_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, row_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, row_has_subtitle);
  gtk_widget_class_bind_template_callback (widget_class, row_item);
  gtk_widget_class_bind_template_callback (widget_class, row_area);
  gtk_widget_class_bind_template_callback (widget_class, tree_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, any_year_clicked_cb);
}

static void
atlas_sidebar_init (AtlasSidebar *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->partners_filter = GTK_FILTER (gtk_custom_filter_new (partner_has_match, self, NULL));
  self->areas_filter = GTK_FILTER (gtk_custom_filter_new (area_has_match, self, NULL));

  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_mnemonic_names_fix (GTK_WIDGET (self));

  self->updating = TRUE;
  gtk_string_list_append (types, _("All Types"));
  for (guint i = 0; i < G_N_ELEMENTS (type_choices); i++)
    gtk_string_list_append (types, atlas_programme_type_to_label (type_choices[i]));
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  gtk_string_list_append (statuses, _("Any Status"));
  for (guint i = 0; i < G_N_ELEMENTS (status_choices); i++)
    gtk_string_list_append (statuses, atlas_programme_status_to_label (status_choices[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->updating = FALSE;
  fill_dropdowns (self);

  /* The search results show the same selection */
  g_object_bind_property (self, "selection", self->results, "selection", G_BINDING_SYNC_CREATE);
}

AtlasProgrammeFilter *
atlas_sidebar_get_filter (AtlasSidebar *self)
{
  g_return_val_if_fail (ATLAS_IS_SIDEBAR (self), NULL);
  return self->filter;
}

void
atlas_sidebar_set_filter (AtlasSidebar         *self,
                          AtlasProgrammeFilter *filter)
{
  g_return_if_fail (ATLAS_IS_SIDEBAR (self));
  g_return_if_fail (!filter || ATLAS_IS_PROGRAMME_FILTER (filter));

  if (self->filter == filter)
    return;
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_data (self->filter, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    {
      g_signal_connect_object (filter, "changed", G_CALLBACK (programme_filter_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (filter, "notify", G_CALLBACK (sync_widgets), self, G_CONNECT_SWAPPED);
      atlas_programme_filter_set_dataset (filter, get_dataset (self));
    }
  if (self->partners_filter != NULL)
    {
      build_lists (self);
      sync_widgets (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/**
 * atlas_sidebar_get_results:
 *
 * Returns: (transfer none): the search results the sidebar shows while
 *   there is search text
 */
AtlasSearchResults *
atlas_sidebar_get_results (AtlasSidebar *self)
{
  g_return_val_if_fail (ATLAS_IS_SIDEBAR (self), NULL);
  return self->results;
}
