/* atlas-list-scroll.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-list-scroll.h"

/**
 * atlas_list_scroll_to_item:
 * @list: a #GtkListView or a #GtkColumnView
 * @position: the position of the row to bring into view
 *
 * Scrolls @list, as little as needed, so that the row at @position shows.
 * GTK 4.8 has no gtk_list_view_scroll_to(); its list views have the
 * "list.scroll-to-item" action, which a column view's inner list view
 * carries too.
 */
void
atlas_list_scroll_to_item (GtkWidget *list,
                           guint      position)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (list) || GTK_IS_COLUMN_VIEW (list));

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  if (GTK_IS_COLUMN_VIEW (list))
    {
      GtkWidget *child;

      for (child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LIST_VIEW (child))
          break;
      if (child == NULL)
        return;
      list = child;
    }
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
}
