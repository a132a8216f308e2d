/* atlas-compare-print.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-compare-print.h"
#include "atlas-palette.h"
#include "atlas-comparison-notes.h"
#include "atlas-dataset.h"
#include "atlas-programme.h"

/**
 * AtlasComparePrint:
 *
 * Prints a comparison as the page shows it: a title, a legend of the
 * status glyphs (paper is often grey), then the table with its header
 * repeated on every page, the summary row last, and the source with page
 * numbers at the foot of each page. Cells hold the glyph, the status word,
 * the position and the programme's own wording, as on screen.
 */

#define PADDING 3.0
#define FOOTER_HEIGHT 18.0

typedef struct
{
  GPtrArray *cells;        /* char *, one per column */
  GArray *statuses;        /* int per cell: its AtlasAreaStatus for a tint, or -1 */
  double height;
  gboolean header;
} PrintRow;

struct _AtlasComparePrint
{
  GtkPrintOperation parent_instance;

  AtlasComparison *comparison;
  GPtrArray *areas;
  gboolean with_change;
  gboolean blank_unknown;

  char *title;
  char *subtitle;
  char *legend;
  char *source;
  GPtrArray *header;       /* PrintRow */
  GPtrArray *rows;         /* PrintRow */
  GArray *widths;          /* double, per column */
  GArray *page_starts;     /* guint: first row of each page */
  double title_height;
};

G_DEFINE_FINAL_TYPE (AtlasComparePrint, atlas_compare_print, GTK_TYPE_PRINT_OPERATION)

static void
print_row_free (PrintRow *row)
{
  g_ptr_array_unref (row->cells);
  g_array_unref (row->statuses);
  g_free (row);
}

static PrintRow *
print_row_new (gboolean header)
{
  PrintRow *row = g_new0 (PrintRow, 1);

  row->cells = g_ptr_array_new_with_free_func (g_free);
  row->statuses = g_array_new (FALSE, FALSE, sizeof (int));
  row->header = header;
  return row;
}

static char *
cell_text (AtlasComparison *comparison,
           guint            r,
           guint            c,
           gboolean         blank_unknown)
{
  AtlasAreaStatus status = atlas_comparison_get_status (comparison, r, c);
  guint position = atlas_comparison_cell_position (comparison, r, c);
  const char *wording = atlas_comparison_cell_wording (comparison, r, c);
  GString *s = g_string_new (NULL);

  /* As the view shows it: View Options › Blank Unknown Cells */
  if (blank_unknown && status == ATLAS_AREA_STATUS_UNKNOWN)
    return g_string_free (s, FALSE);

  g_string_append_printf (s, "%s %s", atlas_area_status_to_glyph (status), atlas_area_status_to_label (status));
  if (position > 0)
    {
      g_string_append_c (s, ' ');
      g_string_append_printf (s, _("#%u"), position);
    }
  if (wording != NULL)
    {
      g_string_append_c (s, '\n');
      g_string_append_printf (s, _("“%s”"), wording);
    }
  return g_string_free (s, FALSE);
}

static int
find_row (AtlasComparison *comparison,
          AtlasArea       *area)
{
  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    if (atlas_comparison_get_area (comparison, r) == area)
      return (int) r;
  return -1;
}

static void
build_rows (AtlasComparePrint *self)
{
  guint n_columns = atlas_comparison_get_n_columns (self->comparison);
  PrintRow *header = print_row_new (TRUE);
  PrintRow *summary = print_row_new (TRUE);

  g_ptr_array_add (header->cells, g_strdup (_("Cooperation area")));
  if (self->with_change)
    g_ptr_array_add (header->cells, g_strdup (_("Change")));
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (header->cells,
                     g_strdup (atlas_programme_get_short_label (atlas_comparison_get_programme (self->comparison, c))));
  g_ptr_array_add (self->header, header);

  for (guint i = 0; i < self->areas->len; i++)
    {
      AtlasArea *area = g_ptr_array_index (self->areas, i);
      AtlasAreaGroup *group = atlas_area_get_group (area);
      int r = find_row (self->comparison, area);
      PrintRow *row;

      if (r < 0)
        continue;
      row = print_row_new (FALSE);
      if (group != NULL)
        g_ptr_array_add (row->cells, g_strdup_printf ("%s\n%s", atlas_area_get_name (area),
                                                      atlas_area_group_get_name (group)));
      else
        g_ptr_array_add (row->cells, g_strdup (atlas_area_get_name (area)));
      if (self->with_change)
        g_ptr_array_add (row->cells, g_strdup (atlas_change_to_label (atlas_comparison_get_change (self->comparison, r))));
      for (guint c = 0; c < n_columns; c++)
        {
          int status = atlas_comparison_get_status (self->comparison, r, c);

          /* The status cells come after the area (and the change) */
          while (row->statuses->len < row->cells->len)
            g_array_append_val (row->statuses, (int) { -1 });
          g_array_append_val (row->statuses, status);
          g_ptr_array_add (row->cells, cell_text (self->comparison, r, c, self->blank_unknown));
        }
      g_ptr_array_add (self->rows, row);
    }

  g_ptr_array_add (summary->cells, g_strdup (_("Areas listed")));
  if (self->with_change)
    g_ptr_array_add (summary->cells, g_strdup (""));
  /* “0” would read as “covers nothing” where no source names an area */
  for (guint c = 0; c < n_columns; c++)
    {
      AtlasProgramme *programme = atlas_comparison_get_programme (self->comparison, c);

      if (!atlas_programme_has_area_data (programme))
        g_ptr_array_add (summary->cells, g_strdup (_("No area data")));
      else
        g_ptr_array_add (summary->cells, g_strdup_printf ("%u", atlas_comparison_count_listed (self->comparison, c)));
    }
  g_ptr_array_add (self->rows, summary);
}

static PangoLayout *
cell_layout (GtkPrintContext *context,
             const char      *text,
             double           width,
             gboolean         bold,
             double           size)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* Plain text: dataset text is never markup */
  pango_layout_set_text (layout, text, -1);

  /* What follows the first line (an area's group, a programme's own
   * wording) is secondary */
  if (strchr (text, '\n') != NULL)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
      PangoAttribute *grey = pango_attr_foreground_new (0x5500, 0x5500, 0x5500);

      grey->start_index = strchr (text, '\n') - text;
      pango_attr_list_insert (attrs, grey);
      pango_layout_set_attributes (layout, attrs);
    }
  return layout;
}

static double
measure_row (GtkPrintContext *context,
             GArray          *widths,
             PrintRow        *row)
{
  double height = 0;

  for (guint c = 0; c < row->cells->len; c++)
    {
      double width = g_array_index (widths, double, c) - 2 * PADDING;
      g_autoptr(PangoLayout) layout = cell_layout (context, g_ptr_array_index (row->cells, c), width, row->header, 8);
      int h;

      pango_layout_get_size (layout, NULL, &h);
      height = MAX (height, (double) h / PANGO_SCALE);
    }
  return height + 2 * PADDING;
}

static void
atlas_compare_print_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  AtlasComparePrint *self = ATLAS_COMPARE_PRINT (operation);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  guint n_programmes = atlas_comparison_get_n_columns (self->comparison);
  double units = 2.2 + (self->with_change ? 1.2 : 0) + 1.5 * n_programmes;
  double used, header_height;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  int h;

  g_array_set_size (self->widths, 0);
  for (guint c = 0; c < ((PrintRow *) g_ptr_array_index (self->header, 0))->cells->len; c++)
    {
      double unit = c == 0 ? 2.2 : self->with_change && c == 1 ? 1.2 : 1.5;
      double width = page_width * unit / units;

      g_array_append_val (self->widths, width);
    }

  title = cell_layout (context, self->title, page_width, TRUE, 13);
  pango_layout_get_size (title, NULL, &h);
  self->title_height = (double) h / PANGO_SCALE + 4;
  {
    g_autofree char *text = g_strdup_printf ("%s\n%s", self->subtitle, self->legend);
    subtitle = cell_layout (context, text, page_width, FALSE, 8);
  }
  pango_layout_get_size (subtitle, NULL, &h);
  self->title_height += (double) h / PANGO_SCALE + 8;

  header_height = measure_row (context, self->widths, g_ptr_array_index (self->header, 0));
  ((PrintRow *) g_ptr_array_index (self->header, 0))->height = header_height;

  g_array_set_size (self->page_starts, 0);
  used = page_height;   /* forces a first page */
  for (guint i = 0; i < self->rows->len; i++)
    {
      PrintRow *row = g_ptr_array_index (self->rows, i);
      double available = page_height - FOOTER_HEIGHT;

      row->height = measure_row (context, self->widths, row);
      if (used + row->height > available)
        {
          g_array_append_val (self->page_starts, i);
          used = header_height + (self->page_starts->len == 1 ? self->title_height : 0);
        }
      used += row->height;
    }
  gtk_print_operation_set_n_pages (operation, MAX (self->page_starts->len, 1));
}

static double
draw_row (GtkPrintContext *context,
          GArray          *widths,
          PrintRow        *row,
          double           y)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double x = 0;

  if (row->header)
    {
      double total = 0;

      for (guint c = 0; c < widths->len; c++)
        total += g_array_index (widths, double, c);
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, 0, y, total, row->height);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, 0.5);
  for (guint c = 0; c < row->cells->len; c++)
    {
      double width = g_array_index (widths, double, c);
      g_autoptr(PangoLayout) layout = cell_layout (context, g_ptr_array_index (row->cells, c),
                                                   width - 2 * PADDING, row->header, 8);
      int status = c < row->statuses->len ? g_array_index (row->statuses, int, c) : -1;

      /* The window's tints, from the core's palette */
      if (status > ATLAS_AREA_STATUS_UNKNOWN)
        {
          double rgb[3];

          atlas_palette_to_doubles (atlas_palette_status_fill (status, FALSE), rgb);
          cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
          cairo_rectangle (cr, x, y, width, row->height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, x + PADDING, y + PADDING);
      pango_cairo_show_layout (cr, layout);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_rectangle (cr, x, y, width, row->height);
      cairo_stroke (cr);
      x += width;
    }
  return y + row->height;
}

static void
atlas_compare_print_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  AtlasComparePrint *self = ATLAS_COMPARE_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  guint n_pages = MAX (self->page_starts->len, 1);
  guint first = page_nr < (int) self->page_starts->len ? g_array_index (self->page_starts, guint, page_nr) : 0;
  guint end = page_nr + 1 < (int) self->page_starts->len ? g_array_index (self->page_starts, guint, page_nr + 1)
                                                         : self->rows->len;
  g_autofree char *footer = NULL;
  g_autoptr(PangoLayout) footer_layout = NULL;
  double y = 0;

  if (page_nr == 0)
    {
      g_autoptr(PangoLayout) title = cell_layout (context, self->title, page_width, TRUE, 13);
      g_autofree char *text = g_strdup_printf ("%s\n%s", self->subtitle, self->legend);
      g_autoptr(PangoLayout) subtitle = cell_layout (context, text, page_width, FALSE, 8);
      int h;

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, title);
      pango_layout_get_size (title, NULL, &h);
      cairo_move_to (cr, 0, (double) h / PANGO_SCALE + 4);
      pango_cairo_show_layout (cr, subtitle);
      y = self->title_height;
    }

  y = draw_row (context, self->widths, g_ptr_array_index (self->header, 0), y);
  for (guint i = first; i < end; i++)
    y = draw_row (context, self->widths, g_ptr_array_index (self->rows, i), y);

  /* Translators: at the foot of each printed page: the source, then page N of M */
  footer = g_strdup_printf (_("%1$s — page %2$d of %3$u"), self->source, page_nr + 1, n_pages);
  footer_layout = cell_layout (context, footer, page_width, FALSE, 7);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_move_to (cr, 0, page_height - FOOTER_HEIGHT + 6);
  pango_cairo_show_layout (cr, footer_layout);
}

static void
atlas_compare_print_finalize (GObject *object)
{
  AtlasComparePrint *self = (AtlasComparePrint *) object;

  g_clear_object (&self->comparison);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);
  g_clear_pointer (&self->legend, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->widths, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);

  G_OBJECT_CLASS (atlas_compare_print_parent_class)->finalize (object);
}

static void
atlas_compare_print_class_init (AtlasComparePrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = atlas_compare_print_finalize;
  print_class->begin_print = atlas_compare_print_begin_print;
  print_class->draw_page = atlas_compare_print_draw_page;
}

static void
atlas_compare_print_init (AtlasComparePrint *self)
{
  self->header = g_ptr_array_new_with_free_func ((GDestroyNotify) print_row_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) print_row_free);
  self->widths = g_array_new (FALSE, FALSE, sizeof (double));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * atlas_compare_print_new:
 * @areas: (element-type AtlasArea): the areas to print, in order
 * @with_change: add the change from the first to the last programme
 * @blank_unknown: leave the cells of unknown status blank, as the view does
 * @view_note: (nullable): what the view leaves out, printed under the legend
 *
 * Returns: (transfer full): a print operation for the comparison
 */
AtlasComparePrint *
atlas_compare_print_new (AtlasComparison *comparison,
                         GPtrArray       *areas,
                         gboolean         with_change,
                         gboolean         blank_unknown,
                         const char      *view_note)
{
  AtlasComparePrint *self;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GString) programmes = g_string_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%x");
  guint n_columns;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (areas != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_COMPARE_PRINT, NULL);
  self->comparison = g_object_ref (comparison);
  self->areas = g_ptr_array_ref (areas);
  self->with_change = with_change && atlas_comparison_get_n_columns (comparison) >= 2;
  self->blank_unknown = blank_unknown;

  n_columns = atlas_comparison_get_n_columns (comparison);
  for (guint c = 0; c < n_columns; c++)
    g_string_append_printf (programmes, "%s%s", c ? ", " : "",
                            atlas_programme_get_short_label (atlas_comparison_get_programme (comparison, c)));
  self->title = g_strdup (_("Cooperation areas by programme"));
  /* Translators: under the printed title: the programmes compared, then the date printed */
  self->subtitle = g_strdup_printf (_("%1$s · printed %2$s"), programmes->str, date ? date : "");
  /* Translators: the legend of the printed table */
  self->legend = g_strdup_printf (_("%s listed in the programme · %s reported outside the programme’s own list · "
                                    "%s not listed · %s unknown (no source says)"),
                                  atlas_area_status_to_glyph (ATLAS_AREA_STATUS_LISTED),
                                  atlas_area_status_to_glyph (ATLAS_AREA_STATUS_REPORTED),
                                  atlas_area_status_to_glyph (ATLAS_AREA_STATUS_NOT_LISTED),
                                  atlas_area_status_to_glyph (ATLAS_AREA_STATUS_UNKNOWN));
  if (view_note != NULL && *view_note != '\0')
    {
      char *with_note = g_strconcat (self->legend, "\n", view_note, NULL);

      g_free (self->legend);
      self->legend = with_note;
    }
  /* Translators: %s is the dataset's title */
  self->source = g_strdup_printf (_("Source: %s"), atlas_dataset_get_title (atlas_comparison_get_dataset (comparison)));
  build_rows (self);

  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), self->title);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  if (n_columns > 3)
    gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  return self;
}
