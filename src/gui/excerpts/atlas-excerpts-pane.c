/* atlas-excerpts-pane.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-claim.h"
#include "atlas-document.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-excerpts-pane.h"
#include "atlas-labels.h"
#include "atlas-text.h"
#include "atlas-view.h"

/**
 * AtlasExcerptsPane:
 *
 * The passages behind whatever is selected, each quoted with its source,
 * with the search terms marked and the selection's note above them. It
 * follows the window's #AtlasSelection and nothing else. Activating an
 * excerpt selects its document.
 *
 * Where the selection's evidence backs several claims of one fact (two
 * dates of a signing), the excerpts stand under a heading for each claim
 * that says the claim and which sources back it.
 */

struct _AtlasExcerptsPane
{
  AtlasView parent_instance;

  char *title;
  GListModel *evidence; /* the selection's, followed */
  GListStore *shown;    /* the evidence, or claim by claim where it backs several claims */
  GPtrArray *headings;  /* when grouped, a ClaimHeading per item of shown: NULL but at a claim's first */

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

typedef struct
{
  char *claim;          /* “11 July 2023” */
  char *sources;        /* “Backed by NATO; Yonhap News Agency (2 excerpts)” */
} ClaimHeading;

static void
claim_heading_free (gpointer data)
{
  ClaimHeading *heading = data;

  if (heading == NULL)
    return;
  g_free (heading->claim);
  g_free (heading->sources);
  g_free (heading);
}

static const char *
query (AtlasExcerptsPane *self)
{
  return atlas_view_get_search_text (ATLAS_VIEW (self));
}

/* Who backs a claim: the publishers (or titles) of its excerpts'
 * documents, each once, in the order cited */
static char *
describe_backers (GPtrArray *evidence)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; evidence != NULL && i < evidence->len; i++)
    {
      AtlasDocument *document = atlas_excerpt_get_document (g_ptr_array_index (evidence, i));
      const char *name = document ? atlas_document_get_publisher (document) : NULL;
      gboolean seen = FALSE;

      if (name == NULL && document != NULL)
        name = atlas_document_get_title (document);
      if (name == NULL)
        continue;
      for (guint j = 0; j < names->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (names, j), name);
      if (!seen)
        g_ptr_array_add (names, g_strdup (name));
    }
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *isolated = atlas_text_isolate_bidi (g_ptr_array_index (names, i));

      if (i > 0)
        /* Translators: separates the sources that back one claim, as in “NATO; Yonhap News Agency” */
        g_string_append (joined, C_("sources separator", "; "));
      g_string_append (joined, isolated);
    }
  return g_string_free (g_steal_pointer (&joined), FALSE);
}

/* The excerpts the pane lists: the selection's own, or, where they back
 * several claims of one fact, grouped claim by claim (an excerpt that
 * backs two claims stands under each) */
static void
follow_evidence (AtlasExcerptsPane *self)
{
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));
  GPtrArray *claims = selection ? atlas_selection_get_claims (selection) : NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  g_ptr_array_set_size (self->headings, 0);
  if (claims == NULL || claims->len < 2)
    {
      GListModel *own = selection ? atlas_selection_get_evidence (selection) : NULL;
      guint n = own ? g_list_model_get_n_items (own) : 0;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) excerpt = g_list_model_get_item (own, i);

          g_ptr_array_add (items, excerpt);   /* the selection keeps it */
        }
      g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                           items->pdata, items->len);
      return;
    }

  /* The headings first: the rows bind as soon as the store changes */
  for (guint i = 0; i < claims->len; i++)
    {
      AtlasClaim *claim = g_ptr_array_index (claims, i);
      GPtrArray *evidence = atlas_claim_get_evidence (claim);
      guint n = evidence ? evidence->len : 0;
      g_autofree char *backers = NULL;
      ClaimHeading *heading;

      /* A claim no excerpt backs has nothing to head */
      if (n == 0)
        continue;
      backers = describe_backers (evidence);
      heading = g_new0 (ClaimHeading, 1);
      heading->claim = atlas_label_claim (claim);
      /* Translators: under a claim (a date) in the excerpts pane: %1$u is how many excerpts back it,
       * %2$s the sources they come from, as in “Backed by NATO; Yonhap News Agency (2 excerpts)” */
      heading->sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Backed by %2$s (%1$u excerpt)",
                                                       "Backed by %2$s (%1$u excerpts)", n),
                                          n, backers);
      for (guint k = 0; k < n; k++)
        {
          g_ptr_array_add (items, g_ptr_array_index (evidence, k));
          g_ptr_array_add (self->headings, k == 0 ? heading : NULL);
        }
    }
  g_list_store_splice (self->shown, 0, g_list_model_get_n_items (G_LIST_MODEL (self->shown)),
                       items->pdata, items->len);
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

static void
evidence_changed_cb (AtlasExcerptsPane *self)
{
  follow_evidence (self);
  update_count (self);
}

/* The pane follows the selection's evidence into a store of its own, where
 * it may group it by claim */
static void
atlas_excerpts_pane_dataset_changed (AtlasView *view)
{
  AtlasExcerptsPane *self = ATLAS_EXCERPTS_PANE (view);
  AtlasSelection *selection = atlas_view_get_selection (view);
  GListModel *evidence = selection ? atlas_selection_get_evidence (selection) : NULL;

  if (evidence != NULL && self->evidence != evidence)
    g_signal_connect_object (evidence, "items-changed", G_CALLBACK (evidence_changed_cb), self, G_CONNECT_SWAPPED);
  self->evidence = evidence;
  evidence_changed_cb (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           AtlasExcerptsPane        *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *claim = gtk_label_new (NULL);
  GtkWidget *sources = gtk_label_new (NULL);
  GtkWidget *row = atlas_excerpt_row_new ();
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  /* The claim's heading, shown over its first excerpt */
  for (GtkWidget *label = claim; label != NULL; label = label == claim ? sources : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_box_append (GTK_BOX (heading), label);
    }
  gtk_widget_add_css_class (claim, "heading");
  gtk_widget_add_css_class (sources, "dim-label");
  gtk_widget_add_css_class (heading, "claim-heading");
  gtk_widget_set_visible (heading, FALSE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), row);
  gtk_list_item_set_child (item, box);
  /* A row marks the words searched for as they change; the binding goes
   * with the row, however the list lets go of it */
  if (selection != NULL)
    g_object_bind_property (selection, "search-text", row, "query", G_BINDING_SYNC_CREATE);
  g_object_set_data (G_OBJECT (box), "excerpt-row", row);
  g_object_set_data (G_OBJECT (box), "claim-heading", heading);
  g_object_set_data (G_OBJECT (box), "claim", claim);
  g_object_set_data (G_OBJECT (box), "sources", sources);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          AtlasExcerptsPane        *self)
{
  GObject *box = G_OBJECT (gtk_list_item_get_child (item));
  AtlasExcerptRow *row = g_object_get_data (box, "excerpt-row");
  guint position = gtk_list_item_get_position (item);
  ClaimHeading *heading = NULL;

  if (position < self->headings->len)
    heading = g_ptr_array_index (self->headings, position);
  gtk_widget_set_visible (g_object_get_data (box, "claim-heading"), heading != NULL);
  if (heading != NULL)
    {
      gtk_label_set_text (g_object_get_data (box, "claim"), heading->claim);
      gtk_label_set_text (g_object_get_data (box, "sources"), heading->sources);
    }

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
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_object (&self->shown);

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
  self->shown = g_list_store_new (ATLAS_TYPE_EXCERPT);
  self->headings = g_ptr_array_new_with_free_func (claim_heading_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_no_selection_set_model (self->no_selection, G_LIST_MODEL (self->shown));
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

/**
 * atlas_excerpts_pane_get_heading:
 * @position: an excerpt's position in atlas_excerpts_pane_get_model ()
 * @sources: (out) (optional) (transfer none): which sources back the claim
 *
 * Returns: (nullable) (transfer none): the claim whose excerpts start at
 *   @position, as its heading says it, or %NULL where no heading stands
 */
const char *
atlas_excerpts_pane_get_heading (AtlasExcerptsPane  *self,
                                 guint               position,
                                 const char        **sources)
{
  ClaimHeading *heading = NULL;

  g_return_val_if_fail (ATLAS_IS_EXCERPTS_PANE (self), NULL);

  if (position < self->headings->len)
    heading = g_ptr_array_index (self->headings, position);
  if (sources != NULL)
    *sources = heading ? heading->sources : NULL;
  return heading ? heading->claim : NULL;
}
