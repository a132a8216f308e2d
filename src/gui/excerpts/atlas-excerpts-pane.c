/* atlas-excerpts-pane.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-excerpts-pane.h"
#include "atlas-view.h"

/**
 * AtlasExcerptsPane:
 *
 * The passages behind whatever is selected, each quoted with its source,
 * with the search terms marked and the selection's note above them. It
 * follows the window's #AtlasSelection and nothing else. Activating an
 * excerpt selects its document.
 */

struct _AtlasExcerptsPane
{
  AtlasView parent_instance;

  char *title;

  GtkLabel *note;
  GtkStack *stack;
  AdwStatusPage *empty;
  GtkListView *list;
  GtkNoSelection *no_selection;
};

G_DEFINE_FINAL_TYPE (AtlasExcerptsPane, atlas_excerpts_pane, ATLAS_TYPE_VIEW)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
query (AtlasExcerptsPane *self)
{
  return atlas_view_get_search_text (ATLAS_VIEW (self));
}

static void
update_count (AtlasExcerptsPane *self)
{
  GListModel *model = G_LIST_MODEL (self->no_selection);
  guint n = g_list_model_get_n_items (model);
  gboolean selected = atlas_view_get_item (ATLAS_VIEW (self)) != NULL;

  g_free (self->title);
  if (selected)
    /* Translators: the title of the excerpts pane, with how many excerpts it shows */
    self->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Excerpt (%u)", "Excerpts (%u)", n), n);
  else
    self->title = g_strdup (_("Excerpts"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  adw_status_page_set_description (self->empty,
                                   selected ? _("No excerpt supports what is selected.")
                                            : _("Select a programme, partner, area, event or document to read the passages behind it."));
}

static void
atlas_excerpts_pane_note_changed (AtlasView *view)
{
  AtlasExcerptsPane *self = ATLAS_EXCERPTS_PANE (view);
  AtlasSelection *selection = atlas_view_get_selection (view);
  const char *note = selection ? atlas_selection_get_note (selection) : NULL;

  gtk_label_set_text (self->note, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note), note != NULL && *note != '\0');
}

static void
items_changed_cb (AtlasExcerptsPane *self)
{
  update_count (self);
}

static void
atlas_excerpts_pane_item_changed (AtlasView *view)
{
  update_count (ATLAS_EXCERPTS_PANE (view));
}

/* The evidence model is the selection's own */
static void
atlas_excerpts_pane_dataset_changed (AtlasView *view)
{
  AtlasExcerptsPane *self = ATLAS_EXCERPTS_PANE (view);
  AtlasSelection *selection = atlas_view_get_selection (view);

  gtk_no_selection_set_model (self->no_selection, selection ? atlas_selection_get_evidence (selection) : NULL);
  update_count (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           AtlasExcerptsPane        *self)
{
  GtkWidget *row = atlas_excerpt_row_new ();
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  gtk_list_item_set_child (item, row);
  /* A row marks the words searched for as they change; the binding goes
   * with the row, however the list lets go of it */
  if (selection != NULL)
    g_object_bind_property (selection, "search-text", row, "query", G_BINDING_SYNC_CREATE);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          AtlasExcerptsPane        *self)
{
  AtlasExcerptRow *row = ATLAS_EXCERPT_ROW (gtk_list_item_get_child (item));

  atlas_excerpt_row_set_query (row, query (self));
  atlas_excerpt_row_set_excerpt (row, gtk_list_item_get_item (item));
}

static void
row_activated_cb (GtkListView       *list,
                  guint              position,
                  AtlasExcerptsPane *self)
{
  g_autoptr(AtlasExcerpt) excerpt = g_list_model_get_item (G_LIST_MODEL (self->no_selection), position);

  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  if (excerpt != NULL && selection != NULL)
    atlas_selection_set_item (selection, G_OBJECT (atlas_excerpt_get_document (excerpt)));
}

static void
atlas_excerpts_pane_dispose (GObject *object)
{
  AtlasExcerptsPane *self = (AtlasExcerptsPane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_EXCERPTS_PANE);

  G_OBJECT_CLASS (atlas_excerpts_pane_parent_class)->dispose (object);
}

static void
atlas_excerpts_pane_finalize (GObject *object)
{
  AtlasExcerptsPane *self = (AtlasExcerptsPane *) object;

  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (atlas_excerpts_pane_parent_class)->finalize (object);
}

static void
atlas_excerpts_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AtlasExcerptsPane *self = ATLAS_EXCERPTS_PANE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_excerpts_pane_class_init (AtlasExcerptsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_excerpts_pane_dispose;
  object_class->finalize = atlas_excerpts_pane_finalize;
  object_class->get_property = atlas_excerpts_pane_get_property;

  view_class->dataset_changed = atlas_excerpts_pane_dataset_changed;
  view_class->item_changed = atlas_excerpts_pane_item_changed;
  view_class->note_changed = atlas_excerpts_pane_note_changed;

  /**
   * AtlasExcerptsPane:title:
   *
   * What the pane is, with how many excerpts it shows: “Excerpts (4)”.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-excerpts-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptsPane, note);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptsPane, empty);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptsPane, list);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptsPane, no_selection);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_css_name (widget_class, "excerptspane");
}

static void
atlas_excerpts_pane_init (AtlasExcerptsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->no_selection, "items-changed",
                           G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
  update_count (self);
}

/**
 * atlas_excerpts_pane_get_title:
 *
 * Returns: the pane's title, with the number of excerpts
 */
const char *
atlas_excerpts_pane_get_title (AtlasExcerptsPane *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPTS_PANE (self), NULL);
  return self->title;
}

/**
 * atlas_excerpts_pane_get_model:
 *
 * Returns: (transfer none): the excerpts the pane lists
 */
GListModel *
atlas_excerpts_pane_get_model (AtlasExcerptsPane *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPTS_PANE (self), NULL);
  return G_LIST_MODEL (self->no_selection);
}
