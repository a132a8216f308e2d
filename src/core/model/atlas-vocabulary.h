/* atlas-vocabulary.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-types.h"

G_BEGIN_DECLS

void atlas_vocabulary_translate (AtlasDataset *dataset);

G_END_DECLS
