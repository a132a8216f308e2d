/* bare-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The least an AdwApplication can show: a window of the app's default size
 * (read from the app's GSettings schema, so that the two always draw as
 * many pixels) with a header bar and nothing in it. bench-startup times it beside the
 * app; the difference is what the app itself costs at start-up. It reports
 * its first frame through the app's own hook (src/gui/atlas-bench-hook.c,
 * compiled in). */

#include "config.h"

#include <adwaita.h>

#include "atlas-bench-hook.h"

/* The app's window-width or window-height default, or @fallback without
 * the schema */
static int
default_size (const char *key,
              int         fallback)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) value = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) == NULL ||
      !g_settings_schema_has_key (schema, key))
    return fallback;
  schema_key = g_settings_schema_get_key (schema, key);
  value = g_settings_schema_key_get_default_value (schema_key);
  return g_variant_is_of_type (value, G_VARIANT_TYPE_INT32) ? g_variant_get_int32 (value) : fallback;
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  gtk_window_set_default_size (GTK_WINDOW (window),
                               default_size ("window-width", 1280),
                               default_size ("window-height", 800));
  atlas_bench_hook_install (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new ("io.github.partnership_atlas.BenchBareWindow", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
