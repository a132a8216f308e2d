/* atlas-compare-strip.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-compare-cell.h"
#include "atlas-compare-strip.h"
#include "atlas-comparison-notes.h"
#include "atlas-area.h"
#include "atlas-palette.h"
#include "atlas-programme.h"

/**
 * AtlasCompareStrip:
 *
 * One row of a large comparison drawn by one widget: a cell per
 * programme, each the status mark in its tinted square (shape and
 * colour, from the core's palette, as AtlasCompareCell shows it), a Δ and
 * an outline where the cell changed between two versions, the summary
 * row's counts, or — in the header — the programmes' short names. GTK
 * 4.8's column view makes every cell of a row in sight, across every
 * column; a row of 200 buttons with their labels is what made the Compare
 * page take seconds to open (bench/RESULTS.md).
 *
 * A strip draws only the cells in sight in its scrolled window (GTK 4.8
 * would keep the picture of all of them, for each of the 200 rows its
 * list keeps); atlas_compare_strip_scrolled () draws it again when the
 * view moves.
 *
 * The strip has one focus, a cell of it: the page's arrow keys move it
 * (atlas_compare_strip_set_focus_column ()), and its accessible name and
 * tooltip are that cell's description. Enter, Space or a click select
 * the cell (compare.select-cell, or compare.select-column in the summary
 * row); Ctrl+Space its column, Shift+Space its row.
 */

struct _AtlasCompareStrip
{
  GtkWidget parent_instance;

  gboolean header;
  AtlasComparison *comparison;
  AtlasComparisonRow *row;      /* NULL in the header */
  guint n;
  guint8 *statuses;
  char **changes;               /* n of them, each NULL or what changed */
  PangoLayout **texts;          /* the summary's counts, the header's names */
  guint focus_column;
  int marked_column;
  gboolean marked_as_column;
  char *focus_label;
  /* The cells drawn, [first, last), to know whether a scroll shows others */
  guint first_drawn;
  guint last_drawn;
};

G_DEFINE_FINAL_TYPE (AtlasCompareStrip, atlas_compare_strip, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define CELL_WIDTH ATLAS_COMPARE_STRIP_CELL_WIDTH

static void
clear_cells (AtlasCompareStrip *self)
{
  for (guint i = 0; self->texts != NULL && i < self->n; i++)
    g_clear_object (&self->texts[i]);
  for (guint i = 0; self->changes != NULL && i < self->n; i++)
    g_free (self->changes[i]);
  g_clear_pointer (&self->texts, g_free);
  g_clear_pointer (&self->changes, g_free);
  g_clear_pointer (&self->statuses, g_free);
  self->n = 0;
}

static gboolean
is_summary (AtlasCompareStrip *self)
{
  return self->row != NULL && atlas_comparison_row_is_summary (self->row);
}

/* The layouts of the marks are the widget's, as a label's is: made when
 * first drawn, and again when the font or the direction changes */
static PangoLayout *
mark_layout (AtlasCompareStrip *self,
             const char        *key,
             const char        *text,
             double             scale,
             gboolean           bold)
{
  PangoLayout *layout = g_object_get_data (G_OBJECT (self), key);

  if (layout == NULL)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
      pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
      if (bold)
        pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      g_object_set_data_full (G_OBJECT (self), key, layout, g_object_unref);
    }
  return layout;
}

static PangoLayout *
glyph_layout (AtlasCompareStrip *self,
              AtlasAreaStatus    status)
{
  static const char *keys[] = {
    [ATLAS_AREA_STATUS_UNKNOWN] = "atlas-glyph-unknown",
    [ATLAS_AREA_STATUS_LISTED] = "atlas-glyph-listed",
    [ATLAS_AREA_STATUS_REPORTED] = "atlas-glyph-reported",
    [ATLAS_AREA_STATUS_NOT_LISTED] = "atlas-glyph-not-listed",
  };

  return mark_layout (self, keys[status], atlas_area_status_to_glyph (status), 1.3, TRUE);
}

static void
forget_layouts (AtlasCompareStrip *self)
{
  const char *keys[] = { "atlas-glyph-unknown", "atlas-glyph-listed", "atlas-glyph-reported",
                         "atlas-glyph-not-listed", "atlas-change-mark" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_object_set_data (G_OBJECT (self), keys[i], NULL);
  for (guint i = 0; self->texts != NULL && i < self->n; i++)
    if (self->texts[i] != NULL)
      pango_layout_context_changed (self->texts[i]);
}

static PangoLayout *
text_layout (AtlasCompareStrip *self,
             const char        *text,
             double             scale,
             gboolean           bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_width (layout, (CELL_WIDTH - 4) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
update_accessible (AtlasCompareStrip *self)
{
  g_clear_pointer (&self->focus_label, g_free);
  if (self->n == 0)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  self->focus_label = atlas_compare_strip_describe (self, self->focus_column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->focus_label, -1);
  if (self->changes != NULL && self->changes[self->focus_column] != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    self->changes[self->focus_column], -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED,
                               self->marked_column >= 0 && (guint) self->marked_column == self->focus_column, -1);
}

static void
activate_cell (AtlasCompareStrip *self,
               guint              column,
               const char        *what)
{
  AtlasProgramme *programme;
  AtlasArea *area;

  if (self->row == NULL || column >= self->n)
    return;
  programme = atlas_comparison_get_programme (self->comparison, column);
  area = atlas_comparison_row_get_area (self->row);
  if (area == NULL || g_strcmp0 (what, "column") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "compare.select-column", "s", atlas_programme_get_id (programme));
  else if (g_strcmp0 (what, "row") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "compare.select-row", "s", atlas_area_get_id (area));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "compare.select-cell", "(ss)",
                                atlas_area_get_id (area), atlas_programme_get_id (programme));
}

static gboolean
activate_binding (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  AtlasCompareStrip *self = ATLAS_COMPARE_STRIP (widget);

  if (self->row == NULL || self->n == 0)
    return FALSE;
  activate_cell (self, self->focus_column, g_variant_get_string (args, NULL));
  return TRUE;
}

/* The widget's activate signal (gtk_widget_activate (), a mnemonic):
 * the focused cell is selected */
static void
atlas_compare_strip_activate (AtlasCompareStrip *self)
{
  activate_cell (self, self->focus_column, "cell");
}

static guint
column_at (AtlasCompareStrip *self,
           double             x)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = gtk_widget_get_width (GTK_WIDGET (self)) - x;
  return (guint) CLAMP (x / CELL_WIDTH, 0, self->n > 0 ? self->n - 1 : 0);
}

static double
column_x (AtlasCompareStrip *self,
          guint              column)
{
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    return gtk_widget_get_width (GTK_WIDGET (self)) - (double) (column + 1) * CELL_WIDTH;
  return (double) column * CELL_WIDTH;
}

static void
pressed_cb (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            AtlasCompareStrip *self)
{
  guint column;

  if (self->row == NULL || self->n == 0)
    return;
  column = column_at (self, x);
  atlas_compare_strip_set_focus_column (self, column);
  gtk_widget_grab_focus (GTK_WIDGET (self));
  activate_cell (self, column, "cell");
}

/* In the header, a programme's name sorts the rows by its statuses; the
 * click is the strip's, not the column header's, which would sort by the
 * whole column */
static void
header_pressed_cb (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   AtlasCompareStrip *self)
{
  AtlasProgramme *programme;

  if (self->n == 0)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  programme = atlas_comparison_get_programme (self->comparison, column_at (self, x));
  gtk_widget_activate_action (GTK_WIDGET (self), "compare.sort-by-programme", "s", atlas_programme_get_id (programme));
}

static void
focus_changed_cb (AtlasCompareStrip *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
atlas_compare_strip_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard,
                                   GtkTooltip *tooltip)
{
  AtlasCompareStrip *self = ATLAS_COMPARE_STRIP (widget);
  guint column;
  g_autofree char *text = NULL;

  if (self->n == 0)
    return FALSE;
  column = keyboard ? self->focus_column : column_at (self, x);
  text = atlas_compare_strip_describe (self, column);
  if (self->changes != NULL && self->changes[column] != NULL)
    {
      char *both = g_strconcat (text, "\n\n", self->changes[column], NULL);

      g_free (text);
      text = both;
    }
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static int
text_height (AtlasCompareStrip *self)
{
  int height = 0;

  for (guint i = 0; self->texts != NULL && i < self->n; i++)
    if (self->texts[i] != NULL)
      {
        int h;

        pango_layout_get_pixel_size (self->texts[i], NULL, &h);
        height = MAX (height, h);
      }
  return height;
}

static void
atlas_compare_strip_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  AtlasCompareStrip *self = ATLAS_COMPARE_STRIP (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = (int) self->n * CELL_WIDTH;
  else
    {
      int glyph = 0;

      pango_layout_get_pixel_size (glyph_layout (self, ATLAS_AREA_STATUS_LISTED), NULL, &glyph);
      *minimum = *natural = MAX (glyph, text_height (self)) + 12;
    }
}

static void
rgba_from_palette (guint32  rgb,
                   GdkRGBA *rgba)
{
  double parts[3];

  atlas_palette_to_doubles (rgb, parts);
  *rgba = (GdkRGBA) { parts[0], parts[1], parts[2], 1.0 };
}

/* A frame around the cell at @x, @inset pixels inside it */
static void
append_frame (GtkSnapshot   *snapshot,
              double         x,
              double         height,
              double         inset,
              double         width,
              const GdkRGBA *color,
              gboolean       sides_only)
{
  GskRoundedRect frame;
  float widths[4] = { sides_only ? 0 : width, width, sides_only ? 0 : width, width };
  GdkRGBA colors[4] = { *color, *color, *color, *color };

  gsk_rounded_rect_init_from_rect (&frame,
                                   &GRAPHENE_RECT_INIT (x + inset, inset, CELL_WIDTH - 2 * inset, height - 2 * inset),
                                   0);
  gtk_snapshot_append_border (snapshot, &frame, widths, colors);
}

static void
append_centred (GtkSnapshot   *snapshot,
                PangoLayout   *layout,
                double         x,
                double         y,
                double         width,
                double         height,
                const GdkRGBA *color)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + (width - w) / 2, y + (height - h) / 2));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

/* The cells of the strip in sight in its scrolled window, [*first, *last) */
static void
cells_in_sight (AtlasCompareStrip *self,
                guint             *first,
                guint             *last)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  double x, y, left, right;
  guint a, b;

  *first = 0;
  *last = self->n;
  if (scroller == NULL || self->n == 0 || !gtk_widget_translate_coordinates (scroller, widget, 0, 0, &x, &y))
    return;
  if (y > gtk_widget_get_height (widget) || y + gtk_widget_get_height (scroller) < 0)
    {
      *last = 0;
      return;
    }
  left = MAX (x, 0);
  right = MIN (x + gtk_widget_get_width (scroller), gtk_widget_get_width (widget));
  if (right <= left)
    {
      *last = 0;
      return;
    }
  a = column_at (self, left);
  b = column_at (self, right - 1);
  *first = MIN (a, b);
  *last = MAX (a, b) + 1;
}

/**
 * atlas_compare_strip_scrolled:
 *
 * The view moved or changed its size: the strip is drawn again if it now
 * shows cells it did not draw.
 */
void
atlas_compare_strip_scrolled (AtlasCompareStrip *self)
{
  guint first, last;

  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));

  cells_in_sight (self, &first, &last);
  if (first < last && (first < self->first_drawn || last > self->last_drawn))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
atlas_compare_strip_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  AtlasCompareStrip *self = ATLAS_COMPARE_STRIP (widget);
  AdwStyleManager *style;
  gboolean dark, contrast, hide_unknown, focused;
  GtkStyleContext *context;
  GtkWidget *view;
  double height;
  GdkRGBA ink, faint, accent, tints[4];
  PangoLayout *delta = NULL;
  guint first, last;

  /* Of the rows the list keeps, most are out of sight */
  cells_in_sight (self, &first, &last);
  self->first_drawn = first;
  self->last_drawn = last;
  if (first >= last)
    return;

  style = adw_style_manager_get_default ();
  dark = adw_style_manager_get_dark (style);
  contrast = adw_style_manager_get_high_contrast (style);
  context = gtk_widget_get_style_context (widget);
  view = gtk_widget_get_ancestor (widget, GTK_TYPE_COLUMN_VIEW);
  hide_unknown = view != NULL && gtk_widget_has_css_class (view, "hide-unknown");
  focused = gtk_widget_has_focus (widget);
  height = gtk_widget_get_height (widget);
  gtk_style_context_get_color (context, &ink);
  faint = ink;
  faint.alpha *= 0.5;
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = ink;
  for (guint s = 0; s < G_N_ELEMENTS (tints); s++)
    rgba_from_palette (atlas_palette_status_fill_styled (s, dark, contrast), &tints[s]);

  for (guint c = first; c < last; c++)
    {
      double x = column_x (self, c);

      if (self->header || is_summary (self))
        append_centred (snapshot, self->texts[c], x, 0, CELL_WIDTH, height, &ink);
      else
        {
          AtlasAreaStatus status = self->statuses[c];

          /* A hairline between cells, as the column view's grid has */
          gtk_snapshot_append_color (snapshot, &tints[status], &GRAPHENE_RECT_INIT (x, 0, CELL_WIDTH - 1, height - 1));
          if (status != ATLAS_AREA_STATUS_UNKNOWN || !hide_unknown)
            append_centred (snapshot, glyph_layout (self, status), x, 0, CELL_WIDTH, height,
                            status == ATLAS_AREA_STATUS_UNKNOWN ? &faint : &ink);
        }
      if (self->changes != NULL && self->changes[c] != NULL)
        {
          if (delta == NULL)
            delta = mark_layout (self, "atlas-change-mark", C_("diff mark", "Δ"), 0.75, TRUE);
          append_centred (snapshot, delta, x + CELL_WIDTH - 16, 2, 14, 14, &ink);
          append_frame (snapshot, x, height, 4, 1, &accent, FALSE);
        }
      if (self->marked_column >= 0 && (guint) self->marked_column == c)
        append_frame (snapshot, x, height, 0, 2, &accent, self->marked_as_column);
    }
  if (focused && self->n > 0)
    {
      GdkRGBA ring = accent;

      ring.alpha = 0.5;
      append_frame (snapshot, column_x (self, self->focus_column), height, 1, 2, &ring, FALSE);
    }
}

static void
atlas_compare_strip_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (atlas_compare_strip_parent_class)->css_changed (widget, change);
  forget_layouts (ATLAS_COMPARE_STRIP (widget));
  gtk_widget_queue_resize (widget);
}

static void
atlas_compare_strip_dispose (GObject *object)
{
  AtlasCompareStrip *self = (AtlasCompareStrip *) object;

  clear_cells (self);
  g_clear_object (&self->row);
  g_clear_object (&self->comparison);
  g_clear_pointer (&self->focus_label, g_free);

  G_OBJECT_CLASS (atlas_compare_strip_parent_class)->dispose (object);
}

static void
atlas_compare_strip_class_init (AtlasCompareStripClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_compare_strip_dispose;
  widget_class->measure = atlas_compare_strip_measure;
  widget_class->snapshot = atlas_compare_strip_snapshot;
  widget_class->query_tooltip = atlas_compare_strip_query_tooltip;
  widget_class->css_changed = atlas_compare_strip_css_changed;

  /**
   * AtlasCompareStrip::activate:
   *
   * Selects the focused cell, as Enter does.
   */
  signals[ACTIVATE] = g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                                  G_CALLBACK (atlas_compare_strip_activate),
                                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_set_css_name (widget_class, "compare-strip");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_binding, "s", "cell");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_binding, "s", "cell");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_binding, "s", "cell");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Space, 0, activate_binding, "s", "cell");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, GDK_CONTROL_MASK, activate_binding, "s", "column");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, GDK_SHIFT_MASK, activate_binding, "s", "row");
}

static void
atlas_compare_strip_init (AtlasCompareStrip *self)
{
  self->marked_column = -1;
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
atlas_compare_strip_new (void)
{
  AtlasCompareStrip *self = g_object_new (ATLAS_TYPE_COMPARE_STRIP, NULL);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  return GTK_WIDGET (self);
}

/**
 * atlas_compare_strip_new_header:
 *
 * A strip of the programmes' short names, for the table's header; it
 * takes no focus (the cells' names say their programme). A click on a
 * name sorts the rows by that programme (compare.sort-by-programme).
 */
GtkWidget *
atlas_compare_strip_new_header (void)
{
  AtlasCompareStrip *self = g_object_new (ATLAS_TYPE_COMPARE_STRIP, NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  self->header = TRUE;
  g_signal_connect (click, "pressed", G_CALLBACK (header_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  return GTK_WIDGET (self);
}

static void
start_cells (AtlasCompareStrip *self,
             AtlasComparison   *comparison)
{
  clear_cells (self);
  g_set_object (&self->comparison, comparison);
  self->n = atlas_comparison_get_n_columns (comparison);
  self->statuses = g_new0 (guint8, self->n);
  self->changes = g_new0 (char *, self->n);
  self->focus_column = MIN (self->focus_column, self->n > 0 ? self->n - 1 : 0);
  self->marked_column = -1;
}

/**
 * atlas_compare_strip_bind:
 *
 * Shows the cells of @row, or the counts of the summary row.
 */
void
atlas_compare_strip_bind (AtlasCompareStrip  *self,
                          AtlasComparisonRow *row)
{
  AtlasComparison *comparison;

  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));
  g_return_if_fail (ATLAS_IS_COMPARISON_ROW (row));

  comparison = atlas_comparison_row_get_comparison (row);
  start_cells (self, comparison);
  g_set_object (&self->row, row);
  if (atlas_comparison_row_is_summary (row))
    {
      self->texts = g_new0 (PangoLayout *, self->n);
      for (guint c = 0; c < self->n; c++)
        {
          g_autofree char *count = NULL;
          g_autofree char *others = NULL;
          g_autofree char *text = NULL;

          atlas_compare_cell_summarize (comparison, c, TRUE, &count, &others);
          text = others ? g_strconcat (count, "\n", others, NULL) : g_strdup (count);
          self->texts[c] = text_layout (self, text, 0.85, TRUE);
        }
    }
  else
    {
      guint r = atlas_comparison_row_get_index (row);

      for (guint c = 0; c < self->n; c++)
        self->statuses[c] = atlas_comparison_get_status (comparison, r, c);
    }
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * atlas_compare_strip_bind_header:
 * @titles: a short title per column of @comparison, on one or more lines
 */
void
atlas_compare_strip_bind_header (AtlasCompareStrip  *self,
                                 AtlasComparison    *comparison,
                                 const char * const *titles)
{
  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));
  g_return_if_fail (self->header);

  g_autoptr(GString) names = g_string_new (NULL);

  start_cells (self, comparison);
  self->texts = g_new0 (PangoLayout *, self->n);
  for (guint c = 0; c < self->n; c++)
    {
      self->texts[c] = text_layout (self, titles[c], 0.85, TRUE);
      if (c > 0)
        g_string_append (names, C_("names separator", ", "));
      g_string_append (names, atlas_programme_get_short_label (atlas_comparison_get_programme (comparison, c)));
    }
  /* Its accessible name: the programmes, in the columns' order */
  g_free (self->focus_label);
  self->focus_label = g_string_free (g_steal_pointer (&names), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->focus_label, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
atlas_compare_strip_unbind (AtlasCompareStrip *self)
{
  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));

  clear_cells (self);
  g_clear_object (&self->row);
  g_clear_object (&self->comparison);
  self->marked_column = -1;
  update_accessible (self);
}

AtlasComparisonRow *
atlas_compare_strip_get_row (AtlasCompareStrip *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), NULL);
  return self->row;
}

guint
atlas_compare_strip_get_n_cells (AtlasCompareStrip *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), 0);
  return self->n;
}

AtlasProgramme *
atlas_compare_strip_get_programme (AtlasCompareStrip *self,
                                   guint              column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), NULL);
  g_return_val_if_fail (column < self->n, NULL);
  return atlas_comparison_get_programme (self->comparison, column);
}

AtlasAreaStatus
atlas_compare_strip_get_status (AtlasCompareStrip *self,
                                guint              column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), ATLAS_AREA_STATUS_UNKNOWN);
  g_return_val_if_fail (column < self->n, ATLAS_AREA_STATUS_UNKNOWN);
  return self->statuses[column];
}

guint
atlas_compare_strip_get_focus_column (AtlasCompareStrip *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), 0);
  return self->focus_column;
}

/**
 * atlas_compare_strip_set_focus_column:
 *
 * Makes the cell of @column (clamped to the strip) the one the keyboard
 * acts on, the screen reader names and the tooltip describes.
 */
void
atlas_compare_strip_set_focus_column (AtlasCompareStrip *self,
                                      guint              column)
{
  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));

  column = MIN (column, self->n > 0 ? self->n - 1 : 0);
  if (column == self->focus_column && self->focus_label != NULL)
    return;
  self->focus_column = column;
  update_accessible (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * atlas_compare_strip_get_focus_label:
 *
 * Returns: (nullable): the accessible name of the strip: the focused
 *   cell's description, or in the header the programmes' names
 */
const char *
atlas_compare_strip_get_focus_label (AtlasCompareStrip *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), NULL);
  return self->focus_label;
}

/**
 * atlas_compare_strip_describe:
 *
 * Returns: (transfer full): what the cell of @column says, in words
 */
char *
atlas_compare_strip_describe (AtlasCompareStrip *self,
                              guint              column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), NULL);
  g_return_val_if_fail (column < self->n, NULL);

  if (self->row == NULL || atlas_comparison_row_is_summary (self->row))
    return atlas_comparison_describe_column (self->comparison, column);
  return atlas_comparison_describe_cell (self->comparison, atlas_comparison_row_get_index (self->row), column);
}

/**
 * atlas_compare_strip_set_marked:
 * @column: the cell the shared selection is about, or -1
 * @as_column: whether the selection is the cell's whole column
 */
void
atlas_compare_strip_set_marked (AtlasCompareStrip *self,
                                int                column,
                                gboolean           as_column)
{
  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));

  if (column < 0 || (guint) column >= self->n)
    column = -1;
  if (column == self->marked_column && !!as_column == self->marked_as_column)
    return;
  self->marked_column = column;
  self->marked_as_column = !!as_column;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * atlas_compare_strip_get_marked:
 *
 * Returns: the column of the cell the shared selection is about (or of
 *   the column it is), or -1
 */
int
atlas_compare_strip_get_marked (AtlasCompareStrip *self)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), -1);
  return self->marked_column;
}

/**
 * atlas_compare_strip_set_change:
 * @change: (nullable): what changed in the cell of @column between two
 *   versions of the dataset, or %NULL
 */
void
atlas_compare_strip_set_change (AtlasCompareStrip *self,
                                guint              column,
                                const char        *change)
{
  g_return_if_fail (ATLAS_IS_COMPARE_STRIP (self));
  g_return_if_fail (column < self->n);

  if (g_strcmp0 (change, self->changes[column]) == 0)
    return;
  g_free (self->changes[column]);
  self->changes[column] = g_strdup (change);
  if (column == self->focus_column)
    update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
atlas_compare_strip_get_change (AtlasCompareStrip *self,
                                guint              column)
{
  g_return_val_if_fail (ATLAS_IS_COMPARE_STRIP (self), NULL);
  g_return_val_if_fail (column < self->n, NULL);
  return self->changes[column];
}
