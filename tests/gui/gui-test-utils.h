/* gui-test-utils.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the widget tests share: waiting for what the main loop brings about
 * (bounded by work or by a generous limit, never a timing assertion) and
 * finding widgets by type and name, never by coordinates. */

#pragma once

#include <gtk/gtk.h>

/* How long a test waits for something the main loop brings about (a load
 * in a thread, a file monitor event) before it fails. Not a timing
 * assertion: only a bound on waiting for what must happen. */
#define WAIT_MS 20000

typedef gboolean (*Condition) (gpointer data);

static inline gboolean
gui_test_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; fails the test, naming
 * @what, when it still does not after WAIT_MS. */
static inline void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (WAIT_MS, gui_test_flag_cb, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
  if (!condition (data))
    g_error ("Waited in vain for %s", what);
}

/* Runs what is pending, then stops: bounded by work, not by time */
static inline void
wait_for_idle (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

/* Lets the main loop run for a moment (redraws, list rows, idles that
 * schedule further idles) */
static inline void
settle (void)
{
  gboolean done = FALSE;

  g_timeout_add (50, gui_test_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* The first widget below @root (or @root) of @type, named @name unless
 * @name is %NULL */
static inline GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  return find_widget (root, type, NULL);
}

/* Every widget of @type below @root (and @root), in tree order */
static inline void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}
