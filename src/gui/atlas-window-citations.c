/* atlas-window-citations.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Export Citations…: every document of the dataset, for a reference
 * manager, as CSL-JSON, BibTeX or RIS (the command line's
 * --export=citations). The filter chosen in the file chooser picks the
 * format; a name typed without the format's extension gets it. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-citations.h"
#include "atlas-window-private.h"

static const struct
{
  AtlasCitationFormat format;
  const char *label;
} choices[] = {
  { ATLAS_CITATION_CSL_JSON, N_("CSL-JSON (Zotero, Pandoc, citeproc)") },
  { ATLAS_CITATION_BIBTEX, N_("BibTeX (biblatex)") },
  { ATLAS_CITATION_RIS, N_("RIS (EndNote, Mendeley, Zotero)") },
};

static AtlasCitationFormat
chosen_format (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  gpointer format = filter ? g_object_get_data (G_OBJECT (filter), "atlas-format") : NULL;

  return format ? GPOINTER_TO_UINT (format) - 1 : ATLAS_CITATION_CSL_JSON;
}

/* @file, or the same name with the format's extension when it has none */
static GFile *
with_extension (GFile               *file,
                AtlasCitationFormat  format)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *suffixed = NULL;
  g_autoptr(GFile) parent = NULL;

  if (name == NULL || strchr (name, '.') != NULL)
    return g_object_ref (file);
  parent = g_file_get_parent (file);
  suffixed = g_strconcat (name, ".", atlas_citation_format_extension (format), NULL);
  return parent ? g_file_get_child (parent, suffixed) : g_object_ref (file);
}

/**
 * _atlas_window_write_citations:
 * @file: where, with or without the format's extension
 *
 * Writes the citations of every document of the dataset to @file in
 * @format, and says in a toast how it went.
 *
 * Returns: whether they were written
 */
gboolean
_atlas_window_write_citations (AtlasWindow         *self,
                               GFile               *file,
                               AtlasCitationFormat  format)
{
  AtlasDataset *dataset = _atlas_window_get_dataset (self);
  g_autoptr(GFile) target = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gboolean ok;

  g_return_val_if_fail (ATLAS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (dataset == NULL)
    return FALSE;
  target = with_extension (file, format);
  documents = atlas_citations_all_documents (dataset);
  ok = atlas_citations_to_file (format, documents, target, NULL, &error);
  if (ok)
    {
      g_autofree char *name = g_file_get_basename (target);

      toast = adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: %1$u is a number of documents, %2$s a file name */
                                                 "%1$u citation written to %2$s",
                                                 "%1$u citations written to %2$s",
                                                 documents->len),
                                    documents->len, name);
    }
  else
    toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toasts, toast);
  return ok;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             AtlasWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _atlas_window_write_citations (self, file, chosen_format (GTK_FILE_CHOOSER (chooser)));
    }
  g_object_unref (chooser);
}

/**
 * _atlas_window_export_citations:
 *
 * Asks where to write the citations of every document of the dataset,
 * and in which format, and writes them there atomically.
 */
void
_atlas_window_export_citations (AtlasWindow *self)
{
  GtkFileChooserNative *chooser;

  g_return_if_fail (ATLAS_IS_WINDOW (self));

  if (_atlas_window_get_dataset (self) == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Citations"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *pattern = g_strconcat ("*.", atlas_citation_format_extension (choices[i].format), NULL);

      gtk_file_filter_set_name (filter, _(choices[i].label));
      gtk_file_filter_add_pattern (filter, pattern);
      g_object_set_data (G_OBJECT (filter), "atlas-format", GUINT_TO_POINTER (choices[i].format + 1));
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      if (i == 0)
        gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  /* Translators: the suggested name of a file of citations; keep the extension */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("citations.json"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
