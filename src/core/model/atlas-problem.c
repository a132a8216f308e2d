/* atlas-problem.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-limits.h"
#include "atlas-problem.h"

G_DEFINE_BOXED_TYPE (AtlasProblem, atlas_problem, atlas_problem_copy, atlas_problem_free)

AtlasProblem *
atlas_problem_new (AtlasLoadError  code,
                   guint           line,
                   guint           column,
                   const char     *path,
                   const char     *message)
{
  AtlasProblem *problem = g_new0 (AtlasProblem, 1);

  problem->code = code;
  problem->line = line;
  problem->column = column;
  problem->path = g_strdup (path);
  problem->message = g_strdup (message);
  return problem;
}

/**
 * atlas_problem_new_unlisted:
 * @n_unlisted: how many problems were found past %ATLAS_MAX_PROBLEMS
 *
 * The last line of a list of problems that was cut at the limit.
 */
AtlasProblem *
atlas_problem_new_unlisted (guint n_unlisted)
{
  g_autofree char *message =
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                  /* Translators: the ' in %'u groups the count's
                                   * digits as your locale does (12,345); keep it */
                                  "%'u more problem is not listed; at most %d are",
                                  "%'u more problems are not listed; at most %d are",
                                  n_unlisted),
                     n_unlisted, ATLAS_MAX_PROBLEMS);

  return atlas_problem_new (ATLAS_LOAD_ERROR_LIMIT, 0, 0, NULL, message);
}

AtlasProblem *
atlas_problem_copy (const AtlasProblem *problem)
{
  return atlas_problem_new (problem->code, problem->line, problem->column,
                            problem->path, problem->message);
}

void
atlas_problem_free (AtlasProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

/**
 * atlas_problem_to_string:
 * @filename: (nullable): the file's name for display, or %NULL
 *
 * Formats the problem the way compilers do, so that editors can jump to it:
 * "FILE:LINE:COL: $.path: message", leaving out what is not known.
 */
char *
atlas_problem_to_string (const AtlasProblem *problem,
                         const char         *filename)
{
  GString *s = g_string_new (NULL);

  if (filename != NULL)
    g_string_append (s, filename);
  if (problem->line > 0)
    g_string_append_printf (s, "%s%u:%u", filename ? ":" : "", problem->line, problem->column);
  if (s->len > 0)
    g_string_append (s, ": ");
  if (problem->path != NULL)
    g_string_append_printf (s, "%s: ", problem->path);
  g_string_append (s, problem->message);
  return g_string_free (s, FALSE);
}

/**
 * atlas_problems_to_text:
 * @problems: (element-type AtlasProblem) (nullable): the problems of a file
 * @filename: (nullable): the file's name for display, or %NULL
 * @error: (nullable): what stopped the loading, for when there is no
 *   problem to list
 *
 * The report on a file that did not load, as the command line prints it
 * and the window shows it: a line per problem (atlas_problem_to_string()),
 * or the error's message when there are none.
 *
 * Returns: (transfer full): the report, without a final line break
 */
char *
atlas_problems_to_text (GPtrArray    *problems,
                        const char   *filename,
                        const GError *error)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = atlas_problem_to_string (g_ptr_array_index (problems, i), filename);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  if (text->len == 0)
    {
      if (filename != NULL)
        g_string_append_printf (text, "%s: ", filename);
      g_string_append (text, error != NULL ? error->message : "?");
    }
  return g_string_free (text, FALSE);
}

/**
 * atlas_problems_to_error:
 * @problems: (element-type AtlasProblem): a non-empty list
 *
 * One #GError that stands for the list: the problem's own code when there is
 * one, %ATLAS_LOAD_ERROR_MULTIPLE otherwise; the message names the first
 * problem and how many follow.
 */
GError *
atlas_problems_to_error (GPtrArray *problems)
{
  const AtlasProblem *first;
  g_autofree char *text = NULL;

  g_return_val_if_fail (problems != NULL && problems->len > 0, NULL);

  first = g_ptr_array_index (problems, 0);
  text = atlas_problem_to_string (first, NULL);
  if (problems->len == 1)
    return g_error_new_literal (ATLAS_LOAD_ERROR, first->code, text);

  return g_error_new (ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_MULTIPLE,
                      g_dngettext (GETTEXT_PACKAGE,
                                   /* Translators: the ' in %'u groups the count's
                                    * digits as your locale does (12,345); keep it */
                                   "%s (and %'u more problem)",
                                   "%s (and %'u more problems)",
                                   problems->len - 1),
                      text, problems->len - 1);
}
