/* atlas-labels.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

char       *atlas_label_claim              (AtlasClaim         *claim);
char       *atlas_label_claims             (GPtrArray          *claims);
char       *atlas_label_claims_short       (GPtrArray          *claims);
gboolean    atlas_claims_disagree          (GPtrArray          *claims);
char       *atlas_label_period             (AtlasProgramme     *programme);
char       *atlas_label_area_status        (AtlasAreaStatus     status);
char       *atlas_label_authors            (const char * const *authors);
char       *atlas_label_attribution        (AtlasDocument      *document);
char       *atlas_label_wording            (AtlasWording       *wording,
                                            gboolean            with_words);
char       *atlas_label_event_date         (AtlasEvent         *event);
const char *atlas_label_record_title       (GObject            *record);
char       *atlas_label_cap                (const char         *text);
char       *atlas_label_cap_tooltip        (const char         *text);
char       *atlas_label_record_subtitle    (GObject            *record);
gboolean    atlas_uri_is_web               (const char         *uri);

G_END_DECLS
