/* atlas-cli-citations.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-cli.h"

G_BEGIN_DECLS

int atlas_cli_export_citations (const AtlasCliExport *options);

G_END_DECLS
