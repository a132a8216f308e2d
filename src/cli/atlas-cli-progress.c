/* atlas-cli-progress.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How far along an export is, on standard error when it is a terminal:
 * one line, “Exporting… 42 % (about 8 seconds left)”, rewritten in place
 * and erased at the end. Into a pipe or a file nothing is written, so
 * that scripts and logs see only what they saw before. */

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "atlas-cli-progress.h"

typedef struct
{
  guint shown_width;   /* columns of the line on the terminal */
} Line;

/* Columns @text takes on a terminal: East Asian wide characters take two */
static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return width;
}

/* Overwrites the line; spaces rather than a terminal's escape sequence
 * clear what a longer line left, which works on every terminal */
static void
show (Line       *line,
      const char *text)
{
  guint width = text_width (text);

  fputc ('\r', stderr);
  fputs (text, stderr);
  for (guint i = width; i < line->shown_width; i++)
    fputc (' ', stderr);
  if (width < line->shown_width)
    for (guint i = width; i < line->shown_width; i++)
      fputc ('\b', stderr);
  line->shown_width = width;
  fflush (stderr);
}

static void
progress_cb (AtlasProgress *progress,
             double         fraction,
             gpointer       user_data)
{
  Line *line = user_data;
  g_autofree char *remaining = NULL;
  g_autofree char *text = NULL;
  guint percent = atlas_progress_get_percent (progress);

  /* The line is erased at the end, not shown at 100 % */
  if (fraction >= 1.0)
    return;
  remaining = atlas_progress_describe_remaining (progress);
  if (remaining != NULL)
    /* Translators: on the terminal while an export is written; %u %% is
     * the share done (“42 %”), %s how long it should still take (“about
     * 8 seconds left”) */
    text = g_strdup_printf (_("Exporting… %u %% (%s)"), percent, remaining);
  else
    /* Translators: on the terminal while an export is written; %u %% is
     * the share done (“42 %”) */
    text = g_strdup_printf (_("Exporting… %u %%"), percent);
  show (line, text);
}

/**
 * atlas_cli_progress_new:
 *
 * Returns: (transfer full) (nullable): a progress that shows itself on
 *   standard error, or %NULL when that is not a terminal
 */
AtlasProgress *
atlas_cli_progress_new (void)
{
  AtlasProgress *progress;
  Line *line;

  if (!isatty (STDERR_FILENO))
    return NULL;
  progress = atlas_progress_new ();
  line = g_new0 (Line, 1);
  atlas_progress_set_func (progress, progress_cb, line, g_free);
  g_object_set_data (G_OBJECT (progress), "atlas-cli-line", line);
  return progress;
}

/**
 * atlas_cli_progress_end:
 *
 * Erases the line, so that what follows (an error, the prompt) starts
 * on a clean one. Frees @progress.
 */
void
atlas_cli_progress_end (AtlasProgress *progress)
{
  Line *line;

  if (progress == NULL)
    return;
  line = g_object_get_data (G_OBJECT (progress), "atlas-cli-line");
  if (line->shown_width > 0)
    {
      show (line, "");
      fputc ('\r', stderr);
      fflush (stderr);
    }
  g_object_unref (progress);
}
