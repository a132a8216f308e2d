/* atlas-timeline-text.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measuring text for the layout: the width of a label or a tick, with
 * a fast path for printable ASCII and a cache of widths. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"
#include "atlas-date.h"

/* The width of @text as the measuring layout gives it: for text with
 * tabs or line breaks, which only a layout places */
static double
layout_text_width (AtlasTimelineLayout        *self,
                   const char                 *text,
                   const PangoFontDescription *font)
{
  int width;

  pango_layout_set_font_description (self->measure, font);
  pango_layout_set_text (self->measure, text, -1);
  pango_layout_get_pixel_size (self->measure, &width, NULL);
  pango_layout_set_font_description (self->measure, self->font);
  return width;
}

/* The width of @text on one line, in pixels, as a PangoLayout would give
 * it: its items shaped and their advances summed. A layout would also
 * find line breaks and build lines, which for labels measured by the
 * thousand cost more than the shaping itself (callgrind: 95 % of laying
 * out 10,000 events was measuring their labels). */
static gboolean
is_printable_ascii (const char *text,
                    int         length)
{
  for (int i = 0; i < length; i++)
    if ((guchar) text[i] < 0x20 || (guchar) text[i] > 0x7e)
      return FALSE;
  return TRUE;
}

void
_atlas_timeline_layout_clear_ascii (AtlasTimelineLayout *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->ascii); i++)
    {
      g_clear_pointer (&self->ascii[i], pango_item_free);
      self->ascii_known[i] = FALSE;
    }
}

/* The item plain ASCII text is shaped with, when the font has a glyph
 * for every printable ASCII character: then such text needs no
 * itemizing (finding fonts and scripts), only shaping */
static const PangoItem *
ascii_item (AtlasTimelineLayout *self,
            PangoAttrList       *attrs,
            gboolean             bold)
{
  if (!self->ascii_known[bold])
    {
      GList *items = pango_itemize (self->context, "a", 0, 1, attrs, NULL);

      self->ascii_known[bold] = TRUE;
      if (items != NULL && items->next == NULL)
        {
          PangoItem *item = items->data;
          gboolean covered = item->analysis.font != NULL;

          for (gunichar c = 0x20; c <= 0x7e && covered; c++)
            covered = pango_font_has_char (item->analysis.font, c);
          if (covered)
            self->ascii[bold] = g_steal_pointer (&items->data);
        }
      g_list_free_full (items, (GDestroyNotify) pango_item_free);
    }
  return self->ascii[bold];
}

static double
text_width_n (AtlasTimelineLayout *self,
              const char          *text,
              int                  length,
              gboolean             bold)
{
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (self->font);
  PangoShapeFlags flags = PANGO_SHAPE_NONE;
  const PangoItem *ascii;
  PangoGlyphString *glyphs;
  int width = 0;

  bold = !!bold;
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  if (strpbrk (text, "\t\n\r") != NULL)
    return layout_text_width (self, text, font);
  length = MIN (length, (int) strlen (text));
  attrs = pango_attr_list_new ();
  glyphs = pango_glyph_string_new ();
  pango_attr_list_insert (attrs, pango_attr_font_desc_new (font));
  if (pango_context_get_round_glyph_positions (self->context))
    flags |= PANGO_SHAPE_ROUND_POSITIONS;
  if (length > 0 && is_printable_ascii (text, length) && (ascii = ascii_item (self, attrs, bold)) != NULL)
    {
      pango_shape_with_flags (text, length, text, length, &ascii->analysis, glyphs, flags);
      width = pango_glyph_string_get_width (glyphs);
    }
  else
    {
      GList *items = pango_itemize (self->context, text, 0, length, attrs, NULL);

      for (GList *l = items; l != NULL; l = l->next)
        {
          PangoItem *item = l->data;

          pango_shape_with_flags (text + item->offset, item->length, text, length, &item->analysis, glyphs, flags);
          width += pango_glyph_string_get_width (glyphs);
        }
      g_list_free_full (items, (GDestroyNotify) pango_item_free);
    }
  pango_glyph_string_free (glyphs);
  return PANGO_PIXELS_CEIL (width);
}

double
_atlas_timeline_layout_text_width (AtlasTimelineLayout *self,
                                   const char          *text,
                                   gboolean             bold)
{
  return text_width_n (self, text, G_MAXINT, bold);
}

/* How much narrower a cut text may be than the same characters within
 * the whole: kerning and ligatures across the cut */
#define CUT_SLACK 4.0

/* The natural width of an item's label when it is at most @room, else a
 * width more than @room. Labels are cut at a few hundred pixels, so a
 * long one is measured only as far as it takes to pass @room: shaping
 * is most of the cost of laying out. */
double
_atlas_timeline_layout_label_width (AtlasTimelineLayout *self,
                                    guint                index,
                                    double               room)
{
  const AtlasTimelineItem *item;
  const char *cut;
  double width;

  if (self->label_widths[index] >= 0)
    return self->label_widths[index];
  if (self->label_more_than[index] > room)
    return self->label_more_than[index];

  item = atlas_timeline_model_get_item (self->model, index);
  /* A character for every three pixels, and some: glyphs of text are
   * wider, so the part measured is usually wider than the room */
  cut = item->label;
  for (guint n = 0; *cut != '\0' && n < room / 3 + 8; n++)
    cut = g_utf8_next_char (cut);
  if (*cut != '\0' && strpbrk (item->label, "\t\n\r") == NULL)
    {
      width = text_width_n (self, item->label, (int) (cut - item->label), FALSE) - CUT_SLACK;
      if (width > room)
        {
          self->label_more_than[index] = (float) MAX (self->label_more_than[index], width);
          return width;
        }
    }
  self->label_widths[index] = (float) _atlas_timeline_layout_text_width (self, item->label, FALSE);
  return self->label_widths[index];
}
