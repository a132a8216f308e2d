/* atlas-document-page.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-citation-copy.h"
#include "atlas-document.h"
#include "atlas-document-page.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-labels.h"
#include "atlas-language.h"
#include "atlas-record-rows.h"
#include "atlas-view.h"
#include "atlas-mnemonic-names.h"

/**
 * AtlasDocumentPage:
 *
 * One source document: who wrote and published it, when, where it is,
 * and its excerpts. Its address is offered to open only when it is a web
 * address. It shows the document selected last, or that of the excerpt
 * selected last.
 */

struct _AtlasDocumentPage
{
  AtlasView parent_instance;

  GtkScrolledWindow *scroller;
  GtkLabel *title;
  GtkLabel *subtitle;
  AdwActionRow *authors_row;
  AdwActionRow *publisher_row;
  AdwActionRow *date_row;
  AdwActionRow *kind_row;
  AdwActionRow *language_row;
  AdwActionRow *accessed_row;
  AdwActionRow *locator_row;
  AdwActionRow *url_row;
  GtkWidget *open_button;
  AdwActionRow *note_row;
  GtkWidget *excerpts_group;
  GtkListBox *excerpts;
};

G_DEFINE_FINAL_TYPE (AtlasDocumentPage, atlas_document_page, ATLAS_TYPE_VIEW)

static GtkWidget *
create_excerpt_row (gpointer item,
                    gpointer user_data)
{
  AtlasDocumentPage *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *child = atlas_excerpt_row_new ();

  atlas_excerpt_row_set_show_document (ATLAS_EXCERPT_ROW (child), FALSE);
  atlas_excerpt_row_set_query (ATLAS_EXCERPT_ROW (child), atlas_view_get_search_text (ATLAS_VIEW (self)));
  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (child), item);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  atlas_row_set_record (GTK_LIST_BOX_ROW (row), item);
  return row;
}

static void
excerpt_activated_cb (GtkListBox        *box,
                      GtkListBoxRow     *row,
                      AtlasDocumentPage *self)
{
  atlas_selection_set_item (atlas_view_get_selection (ATLAS_VIEW (self)), atlas_row_get_record (row));
}

static void
open_clicked_cb (GtkButton         *button,
                 AtlasDocumentPage *self)
{
  AtlasDocument *document = atlas_document_page_get_document (self);
  const char *url = document ? atlas_document_get_url (document) : NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (atlas_uri_is_web (url))
    gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
}

static void
copy_citation_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasDocument *document = atlas_document_page_get_document (ATLAS_DOCUMENT_PAGE (widget));

  if (document != NULL)
    atlas_citation_copy_document (widget, document);
}

static void
bind_excerpts (AtlasDocumentPage *self)
{
  AtlasDocument *document = atlas_document_page_get_document (self);
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));
  GListModel *model = NULL;

  if (document != NULL && dataset != NULL)
    model = atlas_dataset_get_document_excerpts (dataset, document);
  gtk_list_box_bind_model (self->excerpts, model, create_excerpt_row, self, NULL);
  gtk_widget_set_visible (self->excerpts_group, model != NULL && g_list_model_get_n_items (model) > 0);
}

static void
update (AtlasDocumentPage *self)
{
  AtlasDocument *document = atlas_document_page_get_document (self);
  AtlasDocument *d = document;
  g_autofree char *authors = NULL;
  g_autofree char *date = NULL;
  g_autofree char *accessed = NULL;
  const char *language;
  const char *url;

  bind_excerpts (self);
  if (d == NULL)
    return;

  gtk_label_set_text (self->title, atlas_document_get_title (d));
  gtk_label_set_text (self->subtitle, atlas_document_get_publisher (d));
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), atlas_document_get_publisher (d) != NULL);
  authors = atlas_label_authors (atlas_document_get_authors (d));
  atlas_row_set_value (self->authors_row, authors);
  atlas_row_set_value (self->publisher_row, atlas_document_get_publisher (d));
  if (atlas_date_is_set (atlas_document_get_date (d)))
    date = atlas_date_format (atlas_document_get_date (d));
  else if (atlas_document_get_undated (d))
    date = g_strdup (_("Undated: the document gives no date"));
  atlas_row_set_value (self->date_row, date);
  if (atlas_date_is_set (atlas_document_get_accessed (d)))
    accessed = atlas_date_format (atlas_document_get_accessed (d));
  atlas_row_set_value (self->accessed_row, accessed);
  language = atlas_document_get_language (d);
  atlas_row_set_value (self->language_row, language ? atlas_language_tag_to_label (language) : NULL);
  atlas_row_set_value (self->kind_row, atlas_document_kind_describe_weight (atlas_document_get_kind (d)));
  atlas_row_set_value (self->locator_row, atlas_document_get_locator (d));
  url = atlas_document_get_url (d);
  atlas_row_set_value (self->url_row, url);
  gtk_widget_set_visible (self->open_button, atlas_uri_is_web (url));
  atlas_row_set_value (self->note_row, atlas_document_get_note (d));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

static void
atlas_document_page_record_changed (AtlasView *view)
{
  update (ATLAS_DOCUMENT_PAGE (view));
}

static void
atlas_document_page_item_changed (AtlasView *view)
{
  GObject *item = atlas_view_get_item (view);

  /* A document is shown by AtlasView; an excerpt shows its document */
  if (ATLAS_IS_EXCERPT (item))
    atlas_view_set_record (view, G_OBJECT (atlas_excerpt_get_document (ATLAS_EXCERPT (item))));
}

static void
atlas_document_page_search_text_changed (AtlasView *view)
{
  /* Marks the search in the excerpts */
  bind_excerpts (ATLAS_DOCUMENT_PAGE (view));
}

static void
atlas_document_page_dispose (GObject *object)
{
  AtlasDocumentPage *self = (AtlasDocumentPage *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_DOCUMENT_PAGE);

  G_OBJECT_CLASS (atlas_document_page_parent_class)->dispose (object);
}

static void
atlas_document_page_class_init (AtlasDocumentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  object_class->dispose = atlas_document_page_dispose;

  view_class->record_type = ATLAS_TYPE_DOCUMENT;
  view_class->record_changed = atlas_document_page_record_changed;
  view_class->item_changed = atlas_document_page_item_changed;
  view_class->search_text_changed = atlas_document_page_search_text_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-document-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, subtitle);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, authors_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, publisher_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, date_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, accessed_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, locator_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, url_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, excerpts_group);
  gtk_widget_class_bind_template_child (widget_class, AtlasDocumentPage, excerpts);
  gtk_widget_class_bind_template_callback (widget_class, excerpt_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_clicked_cb);

  gtk_widget_class_install_action (widget_class, "document.copy-citation", NULL, copy_citation_cb);
}

static void
atlas_document_page_init (AtlasDocumentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_mnemonic_names_fix (GTK_WIDGET (self));
}

AtlasDocument *
atlas_document_page_get_document (AtlasDocumentPage *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT_PAGE (self), NULL);
  return (AtlasDocument *) atlas_view_get_record (ATLAS_VIEW (self));
}
