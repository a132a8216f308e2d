/* atlas-changes-column.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A list's column of what changed since (or until) another version of
 * the dataset: while the window marks the changes, the first column of
 * the Programmes page and of the timeline's list says of each row, with a
 * Δ, what changed ("date, evidence", "new", "3 areas"); its tooltip and
 * accessible description say it in full. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-change-mark.h"
#include "atlas-changes-column.h"
#include "atlas-diff-marks.h"

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* a few words; the tooltip has it all */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "version-change");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         GWeakRef                 *view_ref)
{
  g_autoptr(AtlasView) view = g_weak_ref_get (view_ref);
  AtlasDiffMarks *marks = view != NULL ? atlas_view_get_changes (view) : NULL;
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *summary = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *description = NULL;
  AtlasDiffRecord record;
  const char *id;

  if (marks != NULL && atlas_change_mark_record_of (gtk_list_item_get_item (item), &record, &id))
    {
      summary = atlas_diff_marks_summarize (marks, record, id);
      description = atlas_diff_marks_describe (marks, record, id);
    }
  if (summary != NULL)
    shown = g_strconcat ("Δ ", summary, NULL);
  gtk_label_set_text (GTK_LABEL (label), shown ? shown : "");
  gtk_widget_set_tooltip_text (label, description ? description : summary);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static GtkColumnViewColumn *
column_new (AtlasView *view)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GWeakRef *ref = g_new0 (GWeakRef, 1);
  g_autofree char *title = NULL;
  AtlasDiffMarks *marks = atlas_view_get_changes (view);
  GtkColumnViewColumn *column;

  g_weak_ref_init (ref, view);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), ref, (GClosureNotify) (void (*) (void)) weak_ref_free, 0);
  /* Translators: the heading of a list's column of what changed since
   * another version, as in “Δ since release 1” */
  title = g_strdup_printf (_("Δ since %s"), atlas_diff_marks_get_old_name (marks));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  return column;
}

/**
 * atlas_changes_column_sync:
 * @column: (inout) (nullable): the column, once made
 *
 * Puts the column of what changed first in @column_view while @view has
 * changes to mark, with the changes of now; takes it away when it has none.
 */
void
atlas_changes_column_sync (GtkColumnView        *column_view,
                           GtkColumnViewColumn **column,
                           AtlasView            *view)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));
  g_return_if_fail (ATLAS_IS_VIEW (view));

  /* other changes: another column, so that every row is bound again */
  if (*column != NULL)
    {
      gtk_column_view_remove_column (column_view, *column);
      g_clear_object (column);
    }
  if (atlas_view_get_changes (view) == NULL)
    return;
  *column = column_new (view);
  gtk_column_view_insert_column (column_view, 0, *column);
}
