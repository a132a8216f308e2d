/* atlas-evidence.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-types.h"

G_BEGIN_DECLS

GPtrArray *atlas_evidence_for          (AtlasDataset       *dataset,
                                        GObject            *item);
gboolean   atlas_evidence_has_official (GPtrArray          *excerpts);
gboolean   atlas_programme_area_is_reported_by_party (AtlasProgrammeArea *pa);

G_END_DECLS
