/* atlas-bench-hook.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The start-up benchmark's view into the app (bench/bench-startup.c).
 *
 * With ATLAS_BENCH_FIRST_FRAME=1 in the environment, the first frame the
 * window paints prints one line to standard output,
 *
 *   ATLAS_BENCH_FIRST_FRAME <g_get_monotonic_time () in µs>
 *
 * and quits the application. The monotonic clock is the same in every
 * process, so the benchmark subtracts the time it started the process at.
 * Without the variable this does nothing, at the cost of one getenv. The
 * same file is compiled into bench/bare-window.c, so the app and the bare
 * window are timed by the very same code.
 */

#include "config.h"

#include <stdio.h>

#include "atlas-bench-hook.h"

static void
after_paint_cb (GdkFrameClock *clock,
                GtkWidget     *widget)
{
  GApplication *app = g_application_get_default ();

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, widget);
  printf ("ATLAS_BENCH_FIRST_FRAME %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);

  if (app != NULL)
    g_application_quit (app);
  else
    gtk_window_destroy (GTK_WINDOW (widget));
}

static void
realize_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, realize_cb, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (after_paint_cb), widget);
}

/**
 * atlas_bench_hook_install:
 * @window: the application's main window, before it is presented
 *
 * Makes @window report its first frame when the start-up benchmark asks
 * for it (see above); otherwise does nothing.
 */
void
atlas_bench_hook_install (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (g_strcmp0 (g_getenv ("ATLAS_BENCH_FIRST_FRAME"), "1") != 0)
    return;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window));
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
}
