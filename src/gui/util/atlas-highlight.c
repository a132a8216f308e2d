/* atlas-highlight.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Search terms marked in dataset text. The text is set as plain text and
 * the marks as Pango attributes on byte ranges, so no dataset text is ever
 * parsed as markup. */

#include "config.h"

#include "atlas-highlight.h"
#include "atlas-search.h"

/**
 * atlas_highlight_attributes:
 * @text: the text searched
 * @query: what was searched for, as typed
 * @offset: bytes shown before @text in the same label (an opening
 *   quotation mark, say)
 *
 * Returns: (transfer full) (nullable): attributes that mark each match of
 *   @query in @text, or %NULL when there is none
 */
PangoAttrList *
atlas_highlight_attributes (const char *text,
                            const char *query,
                            guint       offset)
{
  g_autoptr(GArray) ranges = NULL;
  PangoAttrList *attrs;

  if (text == NULL || query == NULL || *query == '\0')
    return NULL;
  ranges = atlas_search_find (text, query);
  if (ranges->len == 0)
    return NULL;

  attrs = pango_attr_list_new ();
  for (guint i = 0; i < ranges->len; i++)
    {
      const AtlasSearchRange *r = &g_array_index (ranges, AtlasSearchRange, i);
      /* Dark text on yellow reads on the light and the dark style, and in
       * a selected row; bold marks it without colour too. */
      PangoAttribute *attributes[] = {
        pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d),
        pango_attr_foreground_new (0x2424, 0x1f1f, 0x3131),
        pango_attr_weight_new (PANGO_WEIGHT_BOLD),
      };

      for (guint j = 0; j < G_N_ELEMENTS (attributes); j++)
        {
          attributes[j]->start_index = offset + r->start;
          attributes[j]->end_index = offset + r->end;
          pango_attr_list_insert (attrs, attributes[j]);
        }
    }
  return attrs;
}

/**
 * atlas_highlight_label:
 *
 * Shows @text in @label, plain, with the matches of @query marked.
 */
void
atlas_highlight_label (GtkLabel   *label,
                       const char *text,
                       const char *query)
{
  g_autoptr(PangoAttrList) attrs = atlas_highlight_attributes (text, query, 0);

  gtk_label_set_use_markup (label, FALSE);
  gtk_label_set_text (label, text ? text : "");
  gtk_label_set_attributes (label, attrs);
}
