/* atlas-timeline-view.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the timeline's view leaves out and keeps: the buttons at its edges
 * that announce the items beyond them and bring them in, and the range
 * each dataset was last looked at, kept in GSettings. */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "atlas-dataset.h"
#include "atlas-timeline-private.h"
#include "atlas-timeline-view-range.h"

/* The view is kept once it has been still this long */
#define SAVE_DELAY_MS 500
/* Datasets remembered, the latest first */
#define MAX_REMEMBERED 20

static gboolean
item_is_shown (guint    index,
               gpointer user_data)
{
  return atlas_timeline_layout_item_is_shown (user_data, index);
}

static int
year_of (guint32 day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, MAX (day, 1));
  return g_date_get_year (&date);
}

/* One edge's button: how many items lie beyond it, and from which year */
static void
update_edge (GtkWidget *button,
             guint      n_items,
             guint32    day,
             gboolean   later)
{
  g_autofree char *label = NULL;
  g_autofree char *tooltip = NULL;

  gtk_widget_set_visible (button, n_items > 0);
  if (n_items == 0)
    return;
  if (later)
    /* Translators: a button at the right edge of the timeline; %d is the year
     * of the latest event out of view. Clicking it brings the events in. */
    label = g_strdup_printf (_("%d →"), year_of (day));
  else
    /* Translators: a button at the left edge of the timeline; %d is the year
     * of the earliest event out of view */
    label = g_strdup_printf (_("← %d"), year_of (day));
  if (later)
    tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u later item (Ctrl+End)",
                                            "Show %u later items (Ctrl+End)", n_items), n_items);
  else
    tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u earlier item (Ctrl+Home)",
                                            "Show %u earlier items (Ctrl+Home)", n_items), n_items);
  gtk_button_set_label (GTK_BUTTON (button), label);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
}

/* Items left out of the view are announced at its edges */
void
_atlas_timeline_update_edges (AtlasTimeline *self)
{
  guint before = 0, after = 0;
  guint32 earliest = 0, latest = 0;

  if (self->layout != NULL)
    {
      double start = atlas_timeline_layout_get_view_start (self->layout);
      double end = start + atlas_timeline_layout_get_view_span (self->layout);

      before = atlas_timeline_view_range_outside (self->model, item_is_shown, self->layout, start, end,
                                                  &after, &earliest, &latest);
    }
  update_edge (self->earlier_button, before, earliest, FALSE);
  update_edge (self->later_button, after, latest, TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.show-earlier", before > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.show-later", after > 0);
}


/**
 * _atlas_timeline_show_outside:
 * @later: the items after the view, rather than before it
 *
 * Widens the view, keeping its other end, to bring in what lies beyond
 * one edge.
 */
void
_atlas_timeline_show_outside (AtlasTimeline *self,
                              gboolean       later)
{
  double start, end, margin;
  guint32 earliest, latest;
  guint before, after;

  if (self->layout == NULL)
    return;
  start = atlas_timeline_layout_get_view_start (self->layout);
  end = start + atlas_timeline_layout_get_view_span (self->layout);
  before = atlas_timeline_view_range_outside (self->model, item_is_shown, self->layout, start, end,
                                              &after, &earliest, &latest);
  if (later && after > 0)
    {
      margin = MAX (30.0, 0.03 * (latest + 1.0 - start));
      end = latest + 1.0 + margin;
    }
  else if (!later && before > 0)
    {
      margin = MAX (30.0, 0.03 * (end - earliest));
      start = earliest - margin;
    }
  _atlas_timeline_stop_kinetic (self);
  atlas_timeline_layout_set_view (self->layout, start, end - start);
  _atlas_timeline_sync_view (self);
}

/* The key a dataset's range is kept under: its file's URI, or "builtin" */
static char *
dataset_key (AtlasTimeline *self)
{
  AtlasDataset *dataset = atlas_view_get_dataset (ATLAS_VIEW (self));
  GFile *file;

  if (dataset == NULL)
    return NULL;
  if (atlas_dataset_is_builtin (dataset))
    return g_strdup ("builtin");
  file = atlas_dataset_get_file (dataset);
  return file ? g_file_get_uri (file) : NULL;
}

static gboolean
save_range_cb (gpointer user_data)
{
  AtlasTimeline *self = user_data;
  g_autofree char *key = dataset_key (self);
  g_autoptr(GVariant) old = NULL;
  g_autoptr(GVariantBuilder) builder = NULL;
  GVariantIter iter;
  const char *name;
  double start, span;
  guint n = 1;

  self->save_id = 0;
  if (key == NULL || self->settings == NULL || self->layout == NULL)
    return G_SOURCE_REMOVE;

  builder = g_variant_builder_new (G_VARIANT_TYPE ("a(sdd)"));
  g_variant_builder_add (builder, "(sdd)", key, atlas_timeline_layout_get_view_start (self->layout),
                         atlas_timeline_layout_get_view_span (self->layout));
  old = g_settings_get_value (self->settings, "timeline-ranges");
  g_variant_iter_init (&iter, old);
  while (g_variant_iter_next (&iter, "(&sdd)", &name, &start, &span))
    if (g_strcmp0 (name, key) != 0 && n++ < MAX_REMEMBERED)
      g_variant_builder_add (builder, "(sdd)", name, start, span);
  g_settings_set_value (self->settings, "timeline-ranges", g_variant_builder_end (builder));
  return G_SOURCE_REMOVE;
}

/* After a change of view: kept once it has been still a moment */
void
_atlas_timeline_schedule_save_range (AtlasTimeline *self)
{
  if (self->settings == NULL || self->restoring)
    return;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (SAVE_DELAY_MS, save_range_cb, self);
}

/* Saves at once what is pending, before the widget goes */
void
_atlas_timeline_flush_save_range (AtlasTimeline *self)
{
  if (self->save_id != 0)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      save_range_cb (self);
    }
}

/**
 * _atlas_timeline_restore_range:
 *
 * Shows the range the dataset was last looked at, if it was; else the
 * first view stays.
 */
void
_atlas_timeline_restore_range (AtlasTimeline *self)
{
  g_autofree char *key = dataset_key (self);
  g_autoptr(GVariant) ranges = NULL;
  GVariantIter iter;
  const char *name;
  double start, span;

  if (key == NULL || self->settings == NULL || self->layout == NULL)
    return;
  ranges = g_settings_get_value (self->settings, "timeline-ranges");
  g_variant_iter_init (&iter, ranges);
  while (g_variant_iter_next (&iter, "(&sdd)", &name, &start, &span))
    if (g_str_equal (name, key))
      {
        /* Not saved again: it is what was saved */
        self->restoring = TRUE;
        atlas_timeline_set_visible_range (self, start, span);
        self->restoring = FALSE;
        return;
      }
}

#define SHOW_ERAS_KEY "timeline-show-eras"

static void
show_eras_changed_cb (AtlasTimeline *self)
{
  atlas_timeline_set_show_eras (self, g_settings_get_boolean (self->settings, SHOW_ERAS_KEY));
}

static gboolean
has_show_eras (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, SHOW_ERAS_KEY);
}

/**
 * atlas_timeline_set_settings:
 * @settings: (nullable): the application's settings, where the range of
 *   each dataset is kept and whether the eras are shown, or %NULL to keep
 *   none
 */
void
atlas_timeline_set_settings (AtlasTimeline *self,
                             GSettings     *settings)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));
  g_return_if_fail (!settings || G_IS_SETTINGS (settings));

  _atlas_timeline_flush_save_range (self);
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, show_eras_changed_cb, self);
  g_set_object (&self->settings, settings);
  if (settings != NULL && has_show_eras (settings))
    {
      g_signal_connect_swapped (settings, "changed::" SHOW_ERAS_KEY, G_CALLBACK (show_eras_changed_cb), self);
      show_eras_changed_cb (self);
    }
}

gboolean
atlas_timeline_get_show_eras (AtlasTimeline *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE (self), FALSE);
  return self->show_eras;
}

/**
 * atlas_timeline_set_show_eras:
 *
 * Shows the IPCP and ITPP eras as bands behind the lanes, in the widget
 * and in its exports; kept in the settings, when it has them.
 */
void
atlas_timeline_set_show_eras (AtlasTimeline *self,
                              gboolean       show)
{
  g_return_if_fail (ATLAS_IS_TIMELINE (self));

  show = !!show;
  if (show == self->show_eras)
    return;
  self->show_eras = show;
  if (self->layout != NULL)
    atlas_timeline_layout_set_show_eras (self->layout, show);
  if (self->settings != NULL && has_show_eras (self->settings) &&
      g_settings_get_boolean (self->settings, SHOW_ERAS_KEY) != show)
    g_settings_set_boolean (self->settings, SHOW_ERAS_KEY, show);
  atlas_timeline_legend_sync_eras (self->legend);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
