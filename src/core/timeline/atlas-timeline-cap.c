/* atlas-timeline-cap.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dataset text as the timeline draws it: a label is a line, so at most
 * a few hundred characters of it are ever seen, and a character with
 * thousands of combining marks is a tower that shaping and drawing pay
 * for mark by mark. The whole text stays in the records, for tooltips,
 * screen readers and the excerpts pane. */

#include "config.h"

#include "atlas-timeline-cap.h"

/**
 * atlas_timeline_cap_text:
 * @text: (nullable): a label or a name from a dataset
 *
 * @text as the timeline draws it: its first
 * %ATLAS_TIMELINE_MAX_SHOWN_CHARS characters, then "…" when there are
 * more, and no more than %ATLAS_TIMELINE_MAX_MARKS combining marks on a
 * character (a name of "a" and 5,000 U+0301 is "á́́́"). Text within
 * both limits comes back as it is.
 *
 * Returns: (transfer full): the text to draw; "" for %NULL
 */
char *
atlas_timeline_cap_text (const char *text)
{
  return atlas_timeline_cap_text_to (text, ATLAS_TIMELINE_MAX_SHOWN_CHARS);
}

/**
 * atlas_timeline_cap_text_to:
 * @max_chars: the most characters kept
 *
 * atlas_timeline_cap_text() with another length: tooltips and screen
 * readers are given the whole of a title up to
 * %ATLAS_TIMELINE_MAX_TOOLTIP_CHARS, as the excerpts pane shows the
 * start of a long excerpt.
 *
 * Returns: (transfer full): the text to show
 */
char *
atlas_timeline_cap_text_to (const char *text,
                            guint       max_chars)
{
  g_autoptr(GString) shown = NULL;
  guint n_chars = 0, n_marks = 0;

  if (text == NULL)
    return g_strdup ("");

  shown = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        {
          if (++n_marks > ATLAS_TIMELINE_MAX_MARKS)
            continue;
        }
      else
        {
          n_marks = 0;
          if (n_chars++ == max_chars)
            {
              g_string_append (shown, "…");
              break;
            }
        }
      g_string_append_len (shown, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (g_steal_pointer (&shown), FALSE);
}
