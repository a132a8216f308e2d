/* atlas-about.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-about.h"
#include "atlas-document.h"
#include "atlas-labels.h"

/**
 * atlas_about_window_new:
 * @dataset: (nullable): the dataset shown, whose documents are credited
 *   as the sources
 *
 * Returns: (transfer floating): the about window, not yet presented
 */
GtkWidget *
atlas_about_window_new (GtkWindow    *parent,
                        AtlasDataset *dataset)
{
  static const char *developers[] = { "The Partnership Atlas developers", NULL };
  GtkWidget *about;
  GListModel *documents = dataset ? atlas_dataset_get_documents (dataset) : NULL;
  g_autoptr(GPtrArray) sources = g_ptr_array_new_with_free_func (g_free);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Partnership Atlas"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Partnership Atlas developers"),
                        "comments", _("Read and compare NATO’s partnership programmes with its Indo-Pacific partners: "
                                      "what each covers, when it was agreed, and on what evidence."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Partnership Atlas developers",
                        "developers", developers,
                        /* Translators: your names, one per line, as “Name <email>” or “Name https://…” */
                        "translator-credits", _("translator-credits"),
                        NULL);

  /* Each source document, with its address when it is a web address;
   * titles are given as written, never translated */
  for (guint i = 0; documents != NULL && i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(AtlasDocument) document = g_list_model_get_item (documents, i);
      const char *url = atlas_document_get_url (document);
      g_autofree char *title = g_strdelimit (g_strdup (atlas_document_get_title (document)), "<>", ' ');

      if (atlas_uri_is_web (url))
        g_ptr_array_add (sources, g_strdup_printf ("%s %s", title, url));
      else
        g_ptr_array_add (sources, g_steal_pointer (&title));
    }
  g_ptr_array_add (sources, NULL);
  if (sources->len > 1)
    adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about),
                                         /* Translators: the heading of the dataset's source documents in the about window */
                                         _("Sources of the Data"),
                                         (const char **) sources->pdata);
  return about;
}
