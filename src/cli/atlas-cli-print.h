/* atlas-cli-print.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-text.h"

G_BEGIN_DECLS

/* The one way text from a file or the command line reaches the terminal:
 * messages on standard error always escaped, one line each; dataset text
 * on standard output escaped when it is a terminal */
void      atlas_cli_escape_standard_error (void);
void      atlas_cli_printerr              (const char   *format,
                                           ...) G_GNUC_PRINTF (1, 2);
void      atlas_cli_print_message         (const char   *message);
void      atlas_cli_print_problems        (const char   *name,
                                           GPtrArray    *problems,
                                           const GError *error);
gboolean  atlas_cli_stdout_is_terminal    (void);
char     *atlas_cli_for_stdout            (const char   *text,
                                           AtlasEscape   how);

G_END_DECLS
