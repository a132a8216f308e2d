/* atlas-cli-diff.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of --diff, as diff(1)'s */
#define ATLAS_CLI_DIFF_SAME 0
#define ATLAS_CLI_DIFF_DIFFER 1
#define ATLAS_CLI_DIFF_TROUBLE 2

int atlas_cli_diff                (const char         *old_path,
                                   const char         *new_path,
                                   const char         *format,
                                   const char         *output);
int atlas_cli_apply               (const char         *correction_path,
                                   const char         *dataset_path,
                                   const char         *output);
int atlas_cli_diff_handle_options (GVariantDict       *options,
                                   const char * const *files);

G_END_DECLS
