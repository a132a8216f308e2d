/* atlas-programme-list.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-changes-column.h"
#include "atlas-claim.h"
#include "atlas-labels.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-programme-list.h"
#include "atlas-view.h"

/**
 * AtlasProgrammeList:
 *
 * Every programme that passes the browse filters, as a table with
 * sortable columns: partner, type, signed, period, status and how many
 * areas. The model chain (dataset → filter → sort → selection) and the
 * cells are in the template; this file supplies the cell texts and sort
 * keys, and keeps the selected row and the window's selection the same.
 */

struct _AtlasProgrammeList
{
  AtlasView parent_instance;

  AtlasProgrammeFilter *filter;
  gboolean syncing;
  GtkColumnViewColumn *sorted_by;   /* chosen in the sort menu */
  GtkSortType sort_order;

  GtkLabel *count;
  GtkColumnView *column_view;
  GtkSingleSelection *selection_model;
  GtkFilterListModel *filter_model;
  GtkColumnViewColumn *changes_column;  /* while changes are marked */
};

G_DEFINE_FINAL_TYPE (AtlasProgrammeList, atlas_programme_list, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* {{{ Cells and sort keys (closures of the template) */

static guint
earliest_signed_day (AtlasProgramme *programme)
{
  GPtrArray *claims = atlas_programme_get_signed (programme);
  guint day = G_MAXUINT;

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      const AtlasDate *date = atlas_claim_get_date (g_ptr_array_index (claims, i));

      if (atlas_date_is_set (date))
        day = MIN (day, atlas_date_first_day (date));
    }
  return day;
}

static void
count_areas (AtlasProgramme *programme,
             guint          *listed,
             guint          *reported)
{
  GListModel *areas = atlas_programme_get_areas (programme);

  *listed = *reported = 0;
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (areas, i);

      *listed += atlas_programme_area_get_status (pa) == ATLAS_AREA_STATUS_LISTED;
      *reported += atlas_programme_area_get_status (pa) == ATLAS_AREA_STATUS_REPORTED;
    }
}

static char *
item_short_label (gpointer        unused,
                  AtlasProgramme *programme)
{
  return programme ? atlas_label_cap (atlas_programme_get_short_label (programme)) : NULL;
}

static char *
item_partner (gpointer        unused,
              AtlasProgramme *programme)
{
  AtlasPartner *partner = programme ? atlas_programme_get_partner (programme) : NULL;

  return partner ? atlas_label_cap (atlas_partner_get_name (partner)) : NULL;
}

static char *
item_type (gpointer        unused,
           AtlasProgramme *programme)
{
  return programme ? g_strdup (atlas_programme_type_to_label (atlas_programme_get_programme_type (programme))) : NULL;
}

static char *
item_signed (gpointer        unused,
             AtlasProgramme *programme)
{
  return programme ? atlas_label_claims (atlas_programme_get_signed (programme)) : NULL;
}

/* In the cell the dates are short; the tooltip has them whole */
static char *
item_signed_short (gpointer        unused,
                   AtlasProgramme *programme)
{
  return programme ? atlas_label_claims_short (atlas_programme_get_signed (programme)) : NULL;
}

static gboolean
item_signed_disagree (gpointer        unused,
                      AtlasProgramme *programme)
{
  return programme != NULL && atlas_claims_disagree (atlas_programme_get_signed (programme));
}

static char *
item_period (gpointer        unused,
             AtlasProgramme *programme)
{
  return programme ? atlas_label_period (programme) : NULL;
}

/* A planned period is marked in the cell by an icon, whose tooltip and
 * accessible name say so, and named so in the tooltip of its text */
static gboolean
item_period_planned (gpointer        unused,
                     AtlasProgramme *programme)
{
  return programme != NULL && atlas_programme_get_period_planned (programme);
}

static char *
item_period_tooltip (gpointer        unused,
                     AtlasProgramme *programme)
{
  g_autofree char *period = programme ? atlas_label_period (programme) : NULL;

  if (period != NULL && atlas_programme_get_period_planned (programme))
    return g_strdup_printf (_("%s (planned)"), period);
  return g_steal_pointer (&period);
}

static char *
item_status (gpointer        unused,
             AtlasProgramme *programme)
{
  return programme ? g_strdup (atlas_programme_status_to_label (atlas_programme_get_status (programme))) : NULL;
}

/* Listed and reported areas are counted apart, in words: a reported area
 * is not in the programme's own list, and a programme of which nothing is
 * known says so rather than “0” */
static char *
item_areas (gpointer        unused,
            AtlasProgramme *programme)
{
  return programme ? atlas_programme_describe_known_areas (programme) : NULL;
}

/* “11 areas, 11 known” under it, where the sources give a number */
static char *
item_areas_total (gpointer        unused,
                  AtlasProgramme *programme)
{
  return programme ? atlas_programme_describe_area_total (programme) : NULL;
}

static gboolean
item_areas_total_visible (gpointer        unused,
                          AtlasProgramme *programme)
{
  return programme != NULL && atlas_programme_get_area_counts (programme)->len > 0;
}

static char *
item_areas_tooltip (gpointer        unused,
                    AtlasProgramme *programme)
{
  guint listed, reported;
  g_autofree char *count = NULL;
  g_autofree char *l = NULL;
  g_autofree char *r = NULL;
  g_autofree char *both = NULL;

  if (programme == NULL)
    return NULL;
  count_areas (programme, &listed, &reported);
  count = atlas_programme_describe_area_count (programme);
  if (listed == 0 && reported == 0)
    both = g_strdup (_("No source names an area of this programme"));
  else
    {
      l = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area listed", "%u areas listed", listed), listed);
      /* Translators: areas not in a programme's own list that a source (secondary,
       * or a party to the programme) says it covers */
      r = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u reported outside the programme’s own list",
                                        "%u reported outside the programme’s own list", reported), reported);
      /* Translators: the two counts of a programme's areas */
      both = g_strdup_printf (_("%s, %s"), l, r);
    }
  if (count == NULL)
    return g_steal_pointer (&both);
  /* Translators: what the dataset knows of a programme's areas, then the
   * number the sources give, as in “11 areas listed, 7 reported outside
   * the programme’s own list. The sources: 11 areas, 11 known” */
  return g_strdup_printf (_("%s. The sources: %s"), both, count);
}

static char *
sort_short_label (AtlasProgramme *programme)
{
  return item_short_label (NULL, programme);
}

static char *
sort_partner (AtlasProgramme *programme)
{
  return item_partner (NULL, programme);
}

static guint
sort_type (AtlasProgramme *programme)
{
  return atlas_programme_get_programme_type (programme);
}

static guint
sort_signed (AtlasProgramme *programme)
{
  return earliest_signed_day (programme);
}

/* Without a period, the signing stands in for its start */
static guint
sort_period (AtlasProgramme *programme)
{
  const AtlasDate *start = atlas_programme_get_period_start (programme);

  return atlas_date_is_set (start) ? atlas_date_first_day (start) : earliest_signed_day (programme);
}

static guint
sort_status (AtlasProgramme *programme)
{
  return atlas_programme_get_status (programme);
}

static guint
sort_areas (AtlasProgramme *programme)
{
  guint listed, reported;

  count_areas (programme, &listed, &reported);
  return listed + reported;
}

/* }}} */

static void
update_count (AtlasProgrammeList *self)
{
  GListModel *all = gtk_filter_list_model_get_model (self->filter_model);
  guint total = all ? g_list_model_get_n_items (all) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u programme", "%u programmes", total), total);
  else
    /* Translators: how many programmes pass the filters, of how many */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u programme match the filters",
                                         "%u of %u programmes match the filters", total),
                            shown, total);
  gtk_label_set_text (self->count, text);
}

/* Shows the selection's item as the selected row, or none */
static void
follow_selection (AtlasProgrammeList *self)
{
  GObject *item = atlas_view_get_item (ATLAS_VIEW (self));
  GListModel *model = G_LIST_MODEL (self->selection_model);
  guint position = GTK_INVALID_LIST_POSITION;

  if (ATLAS_IS_PROGRAMME (item))
    for (guint i = 0; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(GObject) row = g_list_model_get_item (model, i);

        if (row == item)
          {
            position = i;
            break;
          }
      }

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection_model, position);
  self->syncing = FALSE;
}

static void
selected_item_changed_cb (AtlasProgrammeList *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection_model);
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  /* A row that a filter hides leaves the selection as it is */
  if (self->syncing || item == NULL || selection == NULL)
    return;
  atlas_selection_set_item (selection, item);
}

/* The sort menu does what a click on a column heading does, for those who
 * do not point: the headings cannot take the keyboard focus */
static void
sort_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (widget);
  g_autofree char *id = g_strdup_printf ("%s_column", g_variant_get_string (parameter, NULL));
  GObject *column = gtk_widget_get_template_child (widget, ATLAS_TYPE_PROGRAMME_LIST, id);

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));
  self->sorted_by = GTK_COLUMN_VIEW_COLUMN (column);
  self->sort_order = GTK_SORT_ASCENDING;
  gtk_column_view_sort_by_column (self->column_view, self->sorted_by, self->sort_order);
}

static void
reverse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (widget);

  if (self->sorted_by == NULL)
    return;
  self->sort_order = self->sort_order == GTK_SORT_ASCENDING ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING;
  gtk_column_view_sort_by_column (self->column_view, self->sorted_by, self->sort_order);
}

static void
unsort_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (widget);

  self->sorted_by = NULL;
  gtk_column_view_sort_by_column (self->column_view, NULL, GTK_SORT_ASCENDING);
}

/* GtkColumnViewColumn has no tooltip of its own in GTK 4.8: the headings
 * are the first child of the column view, one per column in the columns'
 * order */
static GtkWidget *
header_of (AtlasProgrammeList *self,
           const char         *column_id)
{
  GObject *column = gtk_widget_get_template_child (GTK_WIDGET (self), ATLAS_TYPE_PROGRAMME_LIST, column_id);
  GListModel *columns = gtk_column_view_get_columns (self->column_view);
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
  GtkWidget *title = header ? gtk_widget_get_first_child (header) : NULL;

  for (guint i = 0; title != NULL && i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (columns, i);

      if (item == column)
        return title;
      title = gtk_widget_get_next_sibling (title);
    }
  return NULL;
}

/* Each heading says what its column counts, as tooltip and description */
static void
explain_headers (AtlasProgrammeList *self)
{
  const struct { const char *column; const char *tooltip; } explained[] = {
    { "programme_column", N_("The programme’s short name; point at it for its whole title") },
    { "partner_column", N_("The partner country of the programme") },
    { "type_column", N_("Individual Partnership and Cooperation Programme (IPCP) or Individually Tailored "
                        "Partnership Programme (ITPP)") },
    { "signed_column", N_("When it was signed; a warning sign marks sources that disagree on the date") },
    { "period_column", N_("The years it runs; a clock marks a period that is planned or expected") },
    { "status_column", N_("In force, superseded by a later programme, or planned") },
    { "areas_column", N_("Cooperation areas the programme’s own text lists, and those a source reports outside "
                         "that list; below, how many areas the sources say it has and how many of them are known") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (explained); i++)
    {
      GtkWidget *title = header_of (self, explained[i].column);

      if (title == NULL)
        continue;
      gtk_widget_set_tooltip_text (title, _(explained[i].tooltip));
      gtk_accessible_update_property (GTK_ACCESSIBLE (title),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(explained[i].tooltip),
                                      -1);
    }
}

static void
atlas_programme_list_item_changed (AtlasView *view)
{
  follow_selection (ATLAS_PROGRAMME_LIST (view));
}

static void
atlas_programme_list_dataset_changed (AtlasView *view)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (view);
  AtlasDataset *dataset = atlas_view_get_dataset (view);

  gtk_filter_list_model_set_model (self->filter_model, dataset ? atlas_dataset_get_programmes (dataset) : NULL);
  update_count (self);
}

static void
atlas_programme_list_dispose (GObject *object)
{
  AtlasProgrammeList *self = (AtlasProgrammeList *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PROGRAMME_LIST);
  g_clear_object (&self->changes_column);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (atlas_programme_list_parent_class)->dispose (object);
}

static void
atlas_programme_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (object);

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
atlas_programme_list_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      atlas_programme_list_set_filter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_list_changes_changed (AtlasView *view)
{
  AtlasProgrammeList *self = ATLAS_PROGRAMME_LIST (view);

  atlas_changes_column_sync (self->column_view, &self->changes_column, view);
}

static void
atlas_programme_list_class_init (AtlasProgrammeListClass *klass)
{
  static const char *columns[] = {
    "programme_column", "partner_column", "type_column", "signed_column", "period_column",
    "status_column", "areas_column",
  };
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  view_class->changes_changed = atlas_programme_list_changes_changed;
  object_class->dispose = atlas_programme_list_dispose;
  object_class->get_property = atlas_programme_list_get_property;
  object_class->set_property = atlas_programme_list_set_property;

  view_class->dataset_changed = atlas_programme_list_dataset_changed;
  view_class->item_changed = atlas_programme_list_item_changed;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL,
                         ATLAS_TYPE_PROGRAMME_FILTER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-programme-list.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammeList, count);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammeList, column_view);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammeList, selection_model);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammeList, filter_model);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_short_label);
  gtk_widget_class_bind_template_callback (widget_class, item_partner);
  gtk_widget_class_bind_template_callback (widget_class, item_type);
  gtk_widget_class_bind_template_callback (widget_class, item_signed);
  gtk_widget_class_bind_template_callback (widget_class, item_signed_short);
  gtk_widget_class_bind_template_callback (widget_class, item_signed_disagree);
  gtk_widget_class_bind_template_callback (widget_class, item_period);
  gtk_widget_class_bind_template_callback (widget_class, item_period_planned);
  gtk_widget_class_bind_template_callback (widget_class, item_period_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, item_status);
  gtk_widget_class_bind_template_callback (widget_class, item_areas);
  gtk_widget_class_bind_template_callback (widget_class, item_areas_total);
  gtk_widget_class_bind_template_callback (widget_class, item_areas_total_visible);
  gtk_widget_class_bind_template_callback (widget_class, item_areas_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, sort_short_label);
  gtk_widget_class_bind_template_callback (widget_class, sort_partner);
  gtk_widget_class_bind_template_callback (widget_class, sort_type);
  gtk_widget_class_bind_template_callback (widget_class, sort_signed);
  gtk_widget_class_bind_template_callback (widget_class, sort_period);
  gtk_widget_class_bind_template_callback (widget_class, sort_status);
  gtk_widget_class_bind_template_callback (widget_class, sort_areas);

  /* Named, for the sort menu */
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    gtk_widget_class_bind_template_child_full (widget_class, columns[i], FALSE, 0);

  gtk_widget_class_install_action (widget_class, "table.sort", "s", sort_action);
  gtk_widget_class_install_action (widget_class, "table.reverse", NULL, reverse_action);
  gtk_widget_class_install_action (widget_class, "table.unsort", NULL, unsort_action);
}

static void
atlas_programme_list_init (AtlasProgrammeList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  explain_headers (self);
  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection_model, "items-changed",
                           G_CALLBACK (follow_selection), self, G_CONNECT_SWAPPED);
}

AtlasProgrammeFilter *
atlas_programme_list_get_filter (AtlasProgrammeList *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_LIST (self), NULL);
  return self->filter;
}

void
atlas_programme_list_set_filter (AtlasProgrammeList  *self,
                                  AtlasProgrammeFilter *filter)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_LIST (self));
  g_return_if_fail (!filter || ATLAS_IS_PROGRAMME_FILTER (filter));

  if (!g_set_object (&self->filter, filter))
    return;
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (filter));
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/**
 * atlas_programme_list_get_model:
 *
 * Returns: (transfer none): the rows, filtered and sorted as shown
 */
GListModel *
atlas_programme_list_get_model (AtlasProgrammeList *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_LIST (self), NULL);
  return G_LIST_MODEL (self->selection_model);
}

GtkColumnView *
atlas_programme_list_get_column_view (AtlasProgrammeList *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_LIST (self), NULL);
  return self->column_view;
}

/**
 * atlas_programme_list_get_header_tooltip:
 * @column_id: the column's id in the template, as “areas_column”
 *
 * Returns: (transfer none) (nullable): the tooltip of the column's heading
 */
const char *
atlas_programme_list_get_header_tooltip (AtlasProgrammeList *self,
                                         const char         *column_id)
{
  GtkWidget *title;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME_LIST (self), NULL);

  title = header_of (self, column_id);
  return title ? gtk_widget_get_tooltip_text (title) : NULL;
}
