/* atlas-cli-print.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the command line prints that holds text from a file or from the
 * command line goes through here, so that a crafted file cannot drive the
 * terminal nor make a message read differently from what it says: its
 * controls, bidi controls, zero-width and other invisible characters are
 * shown as <U+202E> (docs/robustness.md, “Terminal output”). */

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "atlas-cli-print.h"
#include "atlas-problem.h"

/* Every g_printerr() of the process, GLib's own included ("Unknown option
 * --x…", printed before the options reach the command line): escaped, in
 * the console's character set as GLib's default would write it. What
 * atlas_cli_printerr() escaped has nothing left to escape. */
static void
print_escaped (const char *text)
{
  g_autofree char *escaped = atlas_text_escape (text, ATLAS_ESCAPE_TEXT);
  const char *charset;

  if (g_get_console_charset (&charset))
    fputs (escaped, stderr);
  else
    {
      g_autofree char *converted = g_convert_with_fallback (escaped, -1, charset, "UTF-8", "?", NULL, NULL, NULL);

      fputs (converted != NULL ? converted : escaped, stderr);
    }
  fflush (stderr);
}

/**
 * atlas_cli_escape_standard_error:
 *
 * Makes every g_printerr() of the process escape what it prints, as
 * atlas_text_escape() does with %ATLAS_ESCAPE_TEXT.
 */
void
atlas_cli_escape_standard_error (void)
{
  g_set_printerr_handler (print_escaped);
}

/**
 * atlas_cli_printerr:
 * @format: a printf() format, usually translated, ending in a line break
 *
 * Prints a message on standard error with everything invisible in it
 * escaped, its line breaks too (but the last): a file name or a value
 * holding one cannot add a line of its own.
 */
void
atlas_cli_printerr (const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  va_list args;
  gsize length;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  length = strlen (message);
  if (length > 0 && message[length - 1] == '\n')
    message[length - 1] = '\0';
  escaped = atlas_text_escape (message, ATLAS_ESCAPE_LINE);
  g_printerr ("%s\n", escaped);
}

/**
 * atlas_cli_print_message:
 *
 * atlas_cli_printerr() of @message, a line of its own.
 */
void
atlas_cli_print_message (const char *message)
{
  atlas_cli_printerr ("%s\n", message);
}

/**
 * atlas_cli_print_problems:
 * @name: (nullable): the file's name, as given
 * @problems: (element-type AtlasProblem) (nullable): what is wrong with it
 * @error: (nullable): what stopped the load, when there is no problem
 *
 * The problems of a file that did not load, a line each, as compilers
 * print them (atlas_problem_to_string()).
 */
void
atlas_cli_print_problems (const char   *name,
                          GPtrArray    *problems,
                          const GError *error)
{
  if (problems == NULL || problems->len == 0)
    {
      g_autofree char *text = atlas_problems_to_text (NULL, name, error);

      atlas_cli_print_message (text);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i), name);

      atlas_cli_print_message (line);
    }
}

/**
 * atlas_cli_stdout_is_terminal:
 *
 * Whether standard output is a terminal, asked once.
 */
gboolean
atlas_cli_stdout_is_terminal (void)
{
  static int terminal = -1;

  if (terminal < 0)
    terminal = isatty (STDOUT_FILENO);
  return terminal;
}

/**
 * atlas_cli_for_stdout:
 * @text: (nullable): dataset or command-line text for standard output
 * @how: how it is escaped on a terminal: %ATLAS_ESCAPE_LINE for a field
 *   of a line, %ATLAS_ESCAPE_TEXT for text of several lines, and the
 *   format's own escape for JSON, HTML and Markdown
 *
 * @text as written into a pipe or a file, with invisible characters shown
 * on a terminal.
 *
 * Returns: (transfer full): the text to print
 */
char *
atlas_cli_for_stdout (const char  *text,
                      AtlasEscape  how)
{
  if (atlas_cli_stdout_is_terminal ())
    return atlas_text_escape (text, how);
  return g_strdup (text != NULL ? text : "");
}
