/* atlas-timeline-legend.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-timeline-cap.h"
#include "atlas-timeline-legend.h"
#include "atlas-timeline-render.h"

/**
 * AtlasTimelineLegend:
 *
 * The legend under the timeline: a toggle per lane, a toggle per kind of
 * event with the marker it is drawn with, and what planned periods,
 * imprecise dates, summits and the today line look like. Its entries and
 * swatches are those of the exported legend.
 */

#define SWATCH_HEIGHT 16
#define COLUMN_SPACING 18
#define ROW_SPACING 4

struct _AtlasTimelineLegend
{
  GtkWidget parent_instance;

  AtlasTimeline *timeline;      /* not owned: the legend is its child */
  GPtrArray *swatches;
  GtkWidget *eras;              /* the eras' toggle */
};

G_DEFINE_FINAL_TYPE (AtlasTimelineLegend, atlas_timeline_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TIMELINE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  AtlasTimelineLegend *self = user_data;
  guint code = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "swatch"));

  if (self->timeline != NULL)
    atlas_timeline_render_swatch (cr, atlas_timeline_get_style (self->timeline), code >> 8, code & 0xff,
                                  (width - ATLAS_TIMELINE_SWATCH_WIDTH) / 2, 0, height);
}

static GtkWidget *
entry_content (AtlasTimelineLegend            *self,
               const AtlasTimelineLegendEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), (int) ATLAS_TIMELINE_SWATCH_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), SWATCH_HEIGHT);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (area), "swatch", GUINT_TO_POINTER (entry->swatch << 8 | entry->kind));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, self, NULL);
  g_ptr_array_add (self->swatches, area);
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), gtk_label_new (entry->label));
  return box;
}

static void
add (AtlasTimelineLegend *self,
     GtkWidget           *widget)
{
  gtk_widget_set_parent (widget, GTK_WIDGET (self));
}

/* A heading starts a line of its own group */
static void
add_heading (AtlasTimelineLegend *self,
             const char          *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  g_object_set_data (G_OBJECT (label), "heading", GINT_TO_POINTER (TRUE));
  add (self, label);
}

static void
clear (AtlasTimelineLegend *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

static void
allocate_line (GPtrArray *line,
               int        y,
               int        height)
{
  for (guint i = 0; i < line->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (line, i);
      GtkAllocation *allocation = g_object_get_data (G_OBJECT (child), "flow-allocation");

      /* Entries of a line share its middle */
      allocation->y = y + (height - allocation->height) / 2;
      gtk_widget_size_allocate (child, allocation, -1);
    }
  g_ptr_array_set_size (line, 0);
}

/* Lays the entries out left to right, wrapping at @width; allocates them
 * when @allocate. Returns the height. */
static int
flow (AtlasTimelineLegend *self,
      int                  width,
      gboolean             allocate)
{
  g_autoptr(GPtrArray) line = g_ptr_array_new ();
  int x = 0, y = 0, line_height = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height, unused;
      GtkAllocation *allocation;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &child_width, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, &unused, &child_height, NULL, NULL);
      child_width = MIN (child_width, width);
      if (x > 0 && (x + child_width > width || g_object_get_data (G_OBJECT (child), "heading")))
        {
          if (allocate)
            allocate_line (line, y, line_height);
          x = 0;
          y += line_height + ROW_SPACING;
          line_height = 0;
        }
      line_height = MAX (line_height, child_height);
      if (allocate)
        {
          allocation = g_new (GtkAllocation, 1);
          *allocation = (GtkAllocation) { x, y, child_width, child_height };
          g_object_set_data_full (G_OBJECT (child), "flow-allocation", allocation, g_free);
          g_ptr_array_add (line, child);
        }
      x += child_width + COLUMN_SPACING;
    }
  if (allocate)
    allocate_line (line, y, line_height);
  return y + line_height;
}

static int
one_line_width (AtlasTimelineLegend *self,
                gboolean             widest_child)
{
  int width = 0, line = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width, unused;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &unused, &child_width, NULL, NULL);
      if (widest_child)
        width = MAX (width, child_width);
      else if (g_object_get_data (G_OBJECT (child), "heading"))
        line = child_width + COLUMN_SPACING;
      else
        line += child_width + COLUMN_SPACING;
      width = MAX (width, line);
    }
  return width;
}

static void
atlas_timeline_legend_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  AtlasTimelineLegend *self = ATLAS_TIMELINE_LEGEND (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = one_line_width (self, TRUE);
      *natural = one_line_width (self, FALSE);
    }
  else
    *minimum = *natural = flow (self, for_size < 0 ? one_line_width (self, FALSE) : for_size, FALSE);
}

static void
atlas_timeline_legend_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  flow (ATLAS_TIMELINE_LEGEND (widget), width, TRUE);
}

static GtkSizeRequestMode
atlas_timeline_legend_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
toggled_cb (GtkCheckButton      *button,
            AtlasTimelineLegend *self)
{
  gpointer lane = g_object_get_data (G_OBJECT (button), "lane");
  gboolean eras = g_object_get_data (G_OBJECT (button), "eras") != NULL;
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  gboolean active = gtk_check_button_get_active (button);

  if (self->timeline == NULL)
    return;
  /* Lanes are stored one up, so that lane 0 is not mistaken for no lane */
  if (eras)
    atlas_timeline_set_show_eras (self->timeline, active);
  else if (lane != NULL)
    atlas_timeline_set_lane_visible (self->timeline, GPOINTER_TO_UINT (lane) - 1, active);
  else
    atlas_timeline_set_kind_visible (self->timeline, kind, active);
}

static void
style_changed_cb (AtlasTimelineLegend *self)
{
  for (guint i = 0; i < self->swatches->len; i++)
    gtk_widget_queue_draw (g_ptr_array_index (self->swatches, i));
}

static void
model_changed_cb (AtlasTimelineLegend *self)
{
  atlas_timeline_legend_rebuild (self);
}

static void
atlas_timeline_legend_dispose (GObject *object)
{
  AtlasTimelineLegend *self = (AtlasTimelineLegend *) object;

  g_signal_handlers_disconnect_by_data (adw_style_manager_get_default (), self);
  atlas_timeline_legend_set_timeline (self, NULL);
  clear (self);
  self->eras = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_TIMELINE_LEGEND);
  g_clear_pointer (&self->swatches, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_timeline_legend_parent_class)->dispose (object);
}

static void
atlas_timeline_legend_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasTimelineLegend *self = ATLAS_TIMELINE_LEGEND (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      g_value_set_object (value, self->timeline);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_legend_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AtlasTimelineLegend *self = ATLAS_TIMELINE_LEGEND (object);

  switch (prop_id)
    {
    case PROP_TIMELINE:
      atlas_timeline_legend_set_timeline (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_timeline_legend_class_init (AtlasTimelineLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_timeline_legend_dispose;
  object_class->get_property = atlas_timeline_legend_get_property;
  object_class->set_property = atlas_timeline_legend_set_property;

  widget_class->get_request_mode = atlas_timeline_legend_get_request_mode;
  widget_class->measure = atlas_timeline_legend_measure;
  widget_class->size_allocate = atlas_timeline_legend_size_allocate;

  /**
   * AtlasTimelineLegend:timeline:
   *
   * The timeline explained and toggled; not referenced, as it holds the
   * legend.
   */
  properties[PROP_TIMELINE] =
    g_param_spec_object ("timeline", NULL, NULL,
                         ATLAS_TYPE_TIMELINE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-timeline-legend.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "timelinelegend");
}

static void
atlas_timeline_legend_init (AtlasTimelineLegend *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->swatches = g_ptr_array_new ();
  g_signal_connect_swapped (manager, "notify::dark", G_CALLBACK (style_changed_cb), self);
  g_signal_connect_swapped (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self);
}

GtkWidget *
atlas_timeline_legend_new (void)
{
  return g_object_new (ATLAS_TYPE_TIMELINE_LEGEND, NULL);
}

/**
 * atlas_timeline_legend_get_timeline:
 *
 * Returns: (transfer none) (nullable): the timeline
 */
AtlasTimeline *
atlas_timeline_legend_get_timeline (AtlasTimelineLegend *self)
{
  g_return_val_if_fail (ATLAS_IS_TIMELINE_LEGEND (self), NULL);
  return self->timeline;
}

void
atlas_timeline_legend_set_timeline (AtlasTimelineLegend *self,
                                    AtlasTimeline       *timeline)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_LEGEND (self));
  g_return_if_fail (!timeline || ATLAS_IS_TIMELINE (timeline));

  if (timeline == self->timeline)
    return;
  if (self->timeline != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->timeline, self);
      g_object_remove_weak_pointer (G_OBJECT (self->timeline), (gpointer *) &self->timeline);
    }
  self->timeline = timeline;
  if (timeline != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (timeline), (gpointer *) &self->timeline);
      g_signal_connect_swapped (timeline, "notify::model", G_CALLBACK (model_changed_cb), self);
    }
  atlas_timeline_legend_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE]);
}

/**
 * atlas_timeline_legend_rebuild:
 *
 * Lists the timeline's lanes and kinds again, as its model and toggles are.
 */
void
atlas_timeline_legend_rebuild (AtlasTimelineLegend *self)
{
  AtlasTimelineLegendEntry entries[ATLAS_TIMELINE_MAX_LEGEND_ENTRIES];
  AtlasTimelineLayout *layout;
  AtlasTimelineModel *model;
  guint n_entries;

  g_return_if_fail (ATLAS_IS_TIMELINE_LEGEND (self));

  clear (self);
  self->eras = NULL;
  g_ptr_array_set_size (self->swatches, 0);
  layout = self->timeline ? atlas_timeline_get_layout (self->timeline) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self), layout != NULL);
  if (layout == NULL)
    return;
  model = atlas_timeline_layout_get_model (layout);

  /* Translators: heading of the timeline legend's lane toggles */
  add_heading (self, _("Lanes"));
  for (guint i = 0; i < atlas_timeline_model_get_n_lanes (model); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (atlas_timeline_model_get_lane_name (model, i));
      g_autofree char *full = atlas_timeline_cap_text_to (atlas_timeline_model_get_lane_full_name (model, i),
                                                          ATLAS_TIMELINE_MAX_TOOLTIP_CHARS);
      GtkWidget *label = gtk_widget_get_last_child (check);

      /* A long name is cut, whole in its tooltip and for screen readers:
       * it never widens the popover past the window */
      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
        }
      gtk_widget_set_tooltip_text (check, full);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, full, -1);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), atlas_timeline_layout_get_lane_visible (layout, i));
      g_object_set_data (G_OBJECT (check), "lane", GUINT_TO_POINTER (i + 1));
      g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
      add (self, check);
    }

  /* Translators: heading of the timeline legend's entries for kinds of event */
  add_heading (self, _("Kinds"));
  n_entries = atlas_timeline_render_legend_entries (layout, TRUE, entries);
  for (guint i = 0; i < n_entries; i++)
    {
      GtkWidget *content = entry_content (self, &entries[i]);
      GtkWidget *check;

      if (entries[i].swatch != ATLAS_TIMELINE_SWATCH_SYMBOL && entries[i].swatch != ATLAS_TIMELINE_SWATCH_BAR)
        {
          add (self, content);
          continue;
        }
      check = gtk_check_button_new ();
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), content);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   atlas_timeline_layout_get_kind_visible (layout, entries[i].kind));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, entries[i].label, -1);
      g_object_set_data (G_OBJECT (check), "kind", GUINT_TO_POINTER (entries[i].kind));
      g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
      add (self, check);
    }

  /* Translators: heading of the timeline legend's other options */
  add_heading (self, C_("timeline legend", "Show"));
  {
    /* Translators: a toggle in the timeline's legend: the years of each
     * type of programme drawn as labelled bands behind the lanes */
    GtkWidget *check = gtk_check_button_new_with_label (_("IPCP and ITPP eras"));

    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), atlas_timeline_get_show_eras (self->timeline));
    g_object_set_data (G_OBJECT (check), "eras", GINT_TO_POINTER (TRUE));
    g_signal_connect (check, "toggled", G_CALLBACK (toggled_cb), self);
    add (self, check);
    self->eras = check;
  }
}

/**
 * atlas_timeline_legend_sync_eras:
 *
 * Sets the eras' toggle as the timeline shows them.
 */
void
atlas_timeline_legend_sync_eras (AtlasTimelineLegend *self)
{
  g_return_if_fail (ATLAS_IS_TIMELINE_LEGEND (self));

  if (self->eras != NULL && self->timeline != NULL)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->eras), atlas_timeline_get_show_eras (self->timeline));
}
