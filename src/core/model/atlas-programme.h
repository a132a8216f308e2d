/* atlas-programme.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRAMME (atlas_programme_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgramme, atlas_programme, ATLAS, PROGRAMME, GObject)

const char *          atlas_programme_get_id (AtlasProgramme *self);
AtlasPartner *        atlas_programme_get_partner (AtlasProgramme *self);
AtlasProgrammeType    atlas_programme_get_programme_type (AtlasProgramme *self);
const char *          atlas_programme_get_title (AtlasProgramme *self);
AtlasProgrammeStatus  atlas_programme_get_status (AtlasProgramme *self);
AtlasTextAvailability atlas_programme_get_text_availability (AtlasProgramme *self);
GPtrArray *           atlas_programme_get_signed (AtlasProgramme *self);
const AtlasDate *     atlas_programme_get_period_start (AtlasProgramme *self);
const AtlasDate *     atlas_programme_get_period_end (AtlasProgramme *self);
gboolean              atlas_programme_get_period_planned (AtlasProgramme *self);
GPtrArray *           atlas_programme_get_period_evidence (AtlasProgramme *self);
gboolean              atlas_programme_get_areas_complete (AtlasProgramme *self);
AtlasProgramme *      atlas_programme_get_supersedes (AtlasProgramme *self);
const char *          atlas_programme_get_note (AtlasProgramme *self);
GPtrArray *           atlas_programme_get_evidence (AtlasProgramme *self);
GListModel *          atlas_programme_get_areas (AtlasProgramme *self);
GPtrArray *           atlas_programme_get_area_counts (AtlasProgramme *self);
guint                 atlas_programme_count_known_areas (AtlasProgramme *self);
guint                 atlas_programme_count_reported_beyond (AtlasProgramme *self);
char *                atlas_programme_describe_area_count (AtlasProgramme *self);
char *                atlas_programme_describe_area_total (AtlasProgramme *self);
char *                atlas_programme_describe_known_areas (AtlasProgramme *self);
gboolean              atlas_programme_has_area_data (AtlasProgramme *self);
AtlasProgrammeArea    *atlas_programme_find_area          (AtlasProgramme *self,
                                                          AtlasArea      *area);
const char            *atlas_programme_get_short_label    (AtlasProgramme *self);

G_END_DECLS
