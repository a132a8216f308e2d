/* atlas-cli-options.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void atlas_cli_add_options    (GApplication *app);
int  atlas_cli_handle_options (GVariantDict *options);

G_END_DECLS
