/* atlas-types.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-date.h"
#include "atlas-enums.h"

G_BEGIN_DECLS

/* The records refer to one another; declaring them here lets each header
 * name the others without including them. */
typedef struct _AtlasArea            AtlasArea;
typedef struct _AtlasAreaCount       AtlasAreaCount;
typedef struct _AtlasAreaGroup       AtlasAreaGroup;
typedef struct _AtlasChangelogEntry  AtlasChangelogEntry;
typedef struct _AtlasClaim           AtlasClaim;
typedef struct _AtlasDataset         AtlasDataset;
typedef struct _AtlasDocument        AtlasDocument;
typedef struct _AtlasEvent           AtlasEvent;
typedef struct _AtlasExcerpt         AtlasExcerpt;
typedef struct _AtlasPartner         AtlasPartner;
typedef struct _AtlasProgramme       AtlasProgramme;
typedef struct _AtlasProgrammeArea   AtlasProgrammeArea;
typedef struct _AtlasWording         AtlasWording;

G_END_DECLS
