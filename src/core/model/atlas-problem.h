/* atlas-problem.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-error.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROBLEM (atlas_problem_get_type ())

/**
 * AtlasProblem:
 * @code: an #AtlasLoadError
 * @line: 1-based line, or 0 when the problem has no place in the text
 * @column: 1-based column in characters, or 0
 * @path: the JSON path of the value ("$.programmes[3].areas[1].area"), or %NULL
 * @message: what is wrong, in plain words (translated)
 *
 * One thing wrong with a dataset. A load collects them like a compiler.
 */
typedef struct
{
  AtlasLoadError code;
  guint line;
  guint column;
  char *path;
  char *message;
} AtlasProblem;

GType         atlas_problem_get_type  (void) G_GNUC_CONST;
AtlasProblem *atlas_problem_new       (AtlasLoadError      code,
                                       guint               line,
                                       guint               column,
                                       const char         *path,
                                       const char         *message);
AtlasProblem *atlas_problem_copy      (const AtlasProblem *problem);
void          atlas_problem_free      (AtlasProblem       *problem);
AtlasProblem *atlas_problem_new_unlisted (guint            n_unlisted);
char         *atlas_problems_to_text  (GPtrArray          *problems,
                                       const char         *filename,
                                       const GError       *error);
char         *atlas_problem_to_string (const AtlasProblem *problem,
                                       const char         *filename);
GError       *atlas_problems_to_error (GPtrArray          *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasProblem, atlas_problem_free)

G_END_DECLS
