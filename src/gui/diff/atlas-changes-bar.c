/* atlas-changes-bar.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The bar above the pages while the window marks what changed since (or
 * until) another version of its dataset: the summary of the changes, the
 * mark the changed records carry, and two buttons — the list of the
 * changes, and the end of the marking. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-changes-bar.h"
#include "atlas-diff-window.h"
#include "atlas-mnemonic-names.h"

struct _AtlasChangesBar
{
  AtlasView parent_instance;

  GtkRevealer *revealer;
  GtkLabel *summary;
};

G_DEFINE_FINAL_TYPE (AtlasChangesBar, atlas_changes_bar, ATLAS_TYPE_VIEW)

static void
atlas_changes_bar_changes_changed (AtlasView *view)
{
  AtlasChangesBar *self = ATLAS_CHANGES_BAR (view);
  AtlasDiffMarks *changes = atlas_view_get_changes (view);

  if (changes != NULL)
    {
      g_autofree char *summary = atlas_diff_marks_get_summary (changes);

      gtk_label_set_text (self->summary, summary);
    }
  /* hidden, it asks no width of a narrow window */
  gtk_widget_set_visible (GTK_WIDGET (self->revealer), changes != NULL);
  gtk_revealer_set_reveal_child (self->revealer, changes != NULL);
}

static void
show_clicked_cb (AtlasChangesBar *self)
{
  AtlasDiffMarks *changes = atlas_view_get_changes (ATLAS_VIEW (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (changes != NULL)
    gtk_window_present (GTK_WINDOW (atlas_diff_window_new_for_marks (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                      changes)));
}

static void
stop_clicked_cb (AtlasChangesBar *self)
{
  AtlasSelection *selection = atlas_view_get_selection (ATLAS_VIEW (self));

  if (selection != NULL)
    atlas_selection_set_changes (selection, NULL);
}

static void
atlas_changes_bar_class_init (AtlasChangesBarClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  AtlasViewClass *view_class = ATLAS_VIEW_CLASS (klass);

  view_class->changes_changed = atlas_changes_bar_changes_changed;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-changes-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasChangesBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasChangesBar, summary);
  gtk_widget_class_bind_template_callback (widget_class, show_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);
}

static void
atlas_changes_bar_init (AtlasChangesBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  atlas_mnemonic_names_fix (GTK_WIDGET (self));
}

GtkWidget *
atlas_changes_bar_new (void)
{
  return g_object_new (ATLAS_TYPE_CHANGES_BAR, NULL);
}
