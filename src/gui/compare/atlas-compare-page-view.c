/* atlas-compare-page-view.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the comparison is shown, beyond which programmes are chosen: the
 * programmes without area data left out (with a note that names them and
 * brings them back), unknown cells blanked, and whether Only Differences
 * counts unknown as a status. Each is a setting, and an action of the
 * "view" group made from it, so the View Options menu shows and changes
 * it and the choice outlives the session. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-compare-cell.h"
#include "atlas-compare-page.h"
#include "atlas-compare-page-private.h"
#include "atlas-comparison.h"
#include "atlas-comparison-row.h"
#include "atlas-comparison-shown.h"
#include "atlas-programme.h"

static const struct {
  const char *key;
  gsize offset;
  gboolean fallback;          /* without the settings schema */
} options[] = {
  { "compare-hide-empty-programmes", G_STRUCT_OFFSET (AtlasComparePage, hide_empty), FALSE },
  { "compare-hide-unknown", G_STRUCT_OFFSET (AtlasComparePage, hide_unknown), FALSE },
  { "compare-unknown-differs", G_STRUCT_OFFSET (AtlasComparePage, unknown_differs), FALSE },
};

static void
read_options (AtlasComparePage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    G_STRUCT_MEMBER (gboolean, self, options[i].offset) =
      self->settings ? g_settings_get_boolean (self->settings, options[i].key) : options[i].fallback;
}

static void
option_changed_cb (GSettings        *settings,
                   const char       *key,
                   AtlasComparePage *self)
{
  gboolean hide_empty = self->hide_empty;

  read_options (self);
  if (self->hide_unknown)
    gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "hide-unknown");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->column_view), "hide-unknown");
  _atlas_compare_page_update_strips (self);
  /* Which columns there are changes only with the programmes left out */
  if (hide_empty != self->hide_empty)
    _atlas_compare_page_rebuild (self);
  else
    _atlas_compare_page_refilter (self);
}

void
_atlas_compare_page_init_view_options (AtlasComparePage *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  self->hidden = g_ptr_array_new_with_free_func (g_object_unref);
  read_options (self);
  if (self->settings == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(GAction) action = g_settings_create_action (self->settings, options[i].key);
      g_autofree char *signal = g_strconcat ("changed::", options[i].key, NULL);

      g_action_map_add_action (G_ACTION_MAP (group), action);
      g_signal_connect_object (self->settings, signal, G_CALLBACK (option_changed_cb), self, 0);
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (group));
  if (self->hide_unknown)
    gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "hide-unknown");
}

/* Presets choose what they show: one area across every programme shows
 * only those of which something is known (and says which it left out);
 * every ITPP, or a programme and the one it replaced, shows them all. */
void
_atlas_compare_page_set_hide_empty (AtlasComparePage *self,
                                    gboolean          hide)
{
  self->hide_empty = !!hide;
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "compare-hide-empty-programmes", self->hide_empty);
}

/**
 * _atlas_compare_page_shown_programmes:
 *
 * The chosen programmes the table shows: without those of which nothing
 * is known of their areas when they are hidden — unless that would leave
 * none. Those left out are in self->hidden.
 *
 * Returns: (transfer container): the programmes, in the choice's order
 */
GPtrArray *
_atlas_compare_page_shown_programmes (AtlasComparePage *self)
{
  g_ptr_array_set_size (self->hidden, 0);
  if (!self->hide_empty)
    return g_ptr_array_copy (self->chosen, (GCopyFunc) (void (*) (void)) g_object_ref, NULL);
  return atlas_comparison_with_area_data (self->chosen, self->hidden);
}

/**
 * _atlas_compare_page_view_note:
 *
 * Returns: (transfer full) (nullable): what an export of the view says it
 *   leaves out, in the user's language or in codes
 */
char *
_atlas_compare_page_view_note (AtlasComparePage *self,
                               gboolean          localized)
{
  return atlas_comparison_describe_view (self->only_differences, self->unknown_differs, self->hide_unknown,
                                         self->hidden, localized);
}

/**
 * _atlas_compare_page_hidden_note:
 *
 * Returns: (transfer full) (nullable): the note naming the programmes
 *   left out, or %NULL when none is
 */
char *
_atlas_compare_page_hidden_note (AtlasComparePage *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  if (self->hidden == NULL || self->hidden->len == 0)
    return NULL;
  for (guint i = 0; i < self->hidden->len; i++)
    {
      if (i > 0)
        g_string_append (names, C_("names separator", ", "));
      g_string_append (names, atlas_programme_get_short_label (g_ptr_array_index (self->hidden, i)));
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %1$u is a number of programmes, %2$s their names */
                                       "%1$u programme hidden, of which no source gives any area: %2$s.",
                                       "%1$u programmes hidden, of which no source gives any area: %2$s.",
                                       self->hidden->len),
                          self->hidden->len, names->str);
}
