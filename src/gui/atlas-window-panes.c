/* atlas-window-panes.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window's three panes: the sidebar (hidden on demand, remembered),
 * the page in the middle, and the excerpts on the right — which keep the
 * width the reader gave them with their handle, whatever they show, and
 * stay out of the way while nothing is selected. Where the window is too
 * narrow for the page between the two, the sidebar gives way by itself
 * (and comes back once there is room); narrower still, the leaflet folds
 * them into pages, and both are always there to go to. */

#include "config.h"

#include "atlas-window-private.h"

/* The narrowest the excerpts may be dragged; the widest is half the window */
#define MIN_EXCERPTS_WIDTH 260

/* The room a page needs beside the sidebar and the excerpts (whether or
 * not they show yet: the sidebar does not vanish as a row of it is chosen) */
#define MIN_PAGE_WIDTH 440
/* The sidebar's width before it was first shown */
#define DEFAULT_SIDEBAR_WIDTH 380

/**
 * _atlas_window_fit_sidebar:
 * @width: the window's width
 *
 * Hides the sidebar while the window is too narrow for it beside a page
 * and the excerpts, and shows it as the reader had it once there is room
 * again. Neither is remembered as the reader's choice, and the reader may
 * still show it meanwhile.
 */
void
_atlas_window_fit_sidebar (AtlasWindow *self,
                           int          width)
{
  gboolean narrow;

  /* what it asks for, not what a narrow window squeezed it to */
  if (gtk_widget_get_visible (self->sidebar_box))
    {
      int natural = 0;

      gtk_widget_measure (self->sidebar_box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      if (natural > 0)
        self->sidebar_width = natural;
    }
  if (self->sidebar_width == 0)
    self->sidebar_width = DEFAULT_SIDEBAR_WIDTH;

  self->fitted_width = width;
  narrow = width > 0 && width < self->sidebar_width + MIN_PAGE_WIDTH + self->excerpts_width;
  if (narrow == self->sidebar_narrow)
    return;
  self->sidebar_narrow = narrow;
  g_object_set (self, "show-sidebar", narrow ? FALSE : g_settings_get_boolean (self->settings, "show-sidebar"), NULL);
}

/* The reader's choice, made here or in another window: taken while the
 * window is wide, and once it is wide again */
static void
setting_changed_cb (AtlasWindow *self)
{
  if (!self->sidebar_narrow)
    g_object_set (self, "show-sidebar", g_settings_get_boolean (self->settings, "show-sidebar"), NULL);
}

/* What the reader chooses is remembered; what the width chose is not */
static void
show_sidebar_changed_cb (AtlasWindow *self)
{
  if (!self->sidebar_narrow)
    g_settings_set_boolean (self->settings, "show-sidebar", self->show_sidebar);
}

void
_atlas_window_update_panes (AtlasWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);
  gboolean has_item = atlas_selection_get_item (self->selection) != NULL;
  gboolean sidebar = folded || self->show_sidebar;
  gboolean excerpts = self->show_excerpts && (has_item || folded);

  gtk_widget_set_visible (self->sidebar_box, sidebar);
  gtk_widget_set_visible (self->sidebar_separator, sidebar);
  gtk_widget_set_visible (self->sidebar_button, !folded);
  gtk_widget_set_visible (self->excerpts_box, excerpts);
  gtk_widget_set_visible (self->excerpts_separator, excerpts && !folded);
  gtk_widget_set_visible (self->excerpts_button, !folded);
  gtk_widget_set_visible (self->view_excerpts_button, folded);
  gtk_widget_set_visible (self->view_pages_button, folded);
  /* With nothing selected there is nothing to show: F9 and the button
   * wait for a selection rather than open an empty pane */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-excerpts", has_item || folded);
  adw_header_bar_set_show_start_title_buttons (self->content_header, folded || !sidebar);
  adw_header_bar_set_show_end_title_buttons (self->content_header, folded || !excerpts);
}

/* Sets the width the excerpts keep (clamped to what the window allows) */
void
_atlas_window_set_excerpts_width (AtlasWindow *self,
                                  int          width)
{
  int window_width = gtk_widget_get_width (GTK_WIDGET (self));
  int most = window_width > 0 ? MAX (MIN_EXCERPTS_WIDTH, window_width / 2) : G_MAXINT;

  width = CLAMP (width, MIN_EXCERPTS_WIDTH, most);
  self->excerpts_width = width;
  gtk_widget_set_size_request (self->excerpts_column, width, -1);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               AtlasWindow    *self)
{
  self->drag_start_width = self->excerpts_width;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                AtlasWindow    *self)
{
  /* The handle is on the pane's left: dragging left widens it */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _atlas_window_set_excerpts_width (self, self->drag_start_width - (int) dx);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             AtlasWindow    *self)
{
  g_settings_set_int (self->settings, "excerpts-width", self->excerpts_width);
}

void
_atlas_window_init_panes (AtlasWindow *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (self->excerpts_separator, GTK_EVENT_CONTROLLER (drag));
  gtk_widget_set_cursor_from_name (self->excerpts_separator, "col-resize");

  _atlas_window_set_excerpts_width (self, g_settings_get_int (self->settings, "excerpts-width"));
  g_signal_connect_object (self->settings, "changed::show-sidebar", G_CALLBACK (setting_changed_cb), self,
                           G_CONNECT_SWAPPED);
  setting_changed_cb (self);
  g_signal_connect (self, "notify::show-sidebar", G_CALLBACK (show_sidebar_changed_cb), NULL);
}
