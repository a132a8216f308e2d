/* atlas-mnemonic-names.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* GTK 4.8 gives a button whose label has a mnemonic ("Stop _Marking") the
 * raw label as its accessible label, and then adds its label's text to it,
 * so that a screen reader says "Stop underscore Marking Stop Marking".
 * Without the accessible label the name is the label's text alone, as for
 * every other button. */

#include "config.h"

#include <adwaita.h>

#include "atlas-mnemonic-names.h"

/**
 * atlas_mnemonic_names_fix:
 * @root: a widget, as its template made it
 *
 * Takes the raw accessible label away from every button under @root (and
 * @root) whose label has a mnemonic.
 */
void
atlas_mnemonic_names_fix (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if ((GTK_IS_BUTTON (root) && gtk_button_get_use_underline (GTK_BUTTON (root)) &&
       gtk_button_get_label (GTK_BUTTON (root)) != NULL) ||
      (ADW_IS_BUTTON_CONTENT (root) && adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (root))) ||
      (ADW_IS_SPLIT_BUTTON (root) && adw_split_button_get_use_underline (ADW_SPLIT_BUTTON (root))))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (root), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    atlas_mnemonic_names_fix (child);
}
