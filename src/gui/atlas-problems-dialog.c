/* atlas-problems-dialog.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-problem.h"
#include "atlas-problems-dialog.h"

/**
 * atlas_problems_dialog_new:
 * @problems: (element-type AtlasProblem) (nullable): what the loader found
 * @error: why the load failed, for when there is no problem to list
 *
 * A dialog that says a dataset could not be opened and names each problem
 * as FILE:LINE:COLUMN: $.path: message, in a scrollable monospace list
 * that can be selected and copied. It says that what is on screen stays.
 *
 * Returns: (transfer floating): an #AdwMessageDialog, not yet presented
 */
GtkWidget *
atlas_problems_dialog_new (GtkWindow    *parent,
                           GFile        *file,
                           GPtrArray    *problems,
                           const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n = problems ? problems->len : 0;
  g_autofree char *text = atlas_problems_to_text (problems, n > 0 ? name : NULL, error);
  GtkWidget *dialog, *scroller, *label;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  if (n > 0)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "It has %u problem. The dataset on screen stays as it was.",
                                         "It has %u problems. The dataset on screen stays as it was.", n),
                            n);
  else
    body = g_strdup (_("The dataset on screen stays as it was."));

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");

  label = gtk_label_new (text);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "problems");
  gtk_widget_set_name (label, "problems");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problems"), -1);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* A wrapped label asks for too little height: room for about three
   * lines a problem, scrolling beyond a few */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), CLAMP (MAX (n, 1) * 60, 80, 300));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);

  return dialog;
}
