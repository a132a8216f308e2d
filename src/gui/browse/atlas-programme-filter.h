/* atlas-programme-filter.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-types.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRAMME_FILTER (atlas_programme_filter_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgrammeFilter, atlas_programme_filter, ATLAS, PROGRAMME_FILTER, GtkFilter)

/* The value of the type and status properties that lets every value through */
#define ATLAS_PROGRAMME_FILTER_ANY (-1)

AtlasProgrammeFilter *atlas_programme_filter_new            (void);
AtlasDataset         *atlas_programme_filter_get_dataset    (AtlasProgrammeFilter *self);
void                  atlas_programme_filter_set_dataset    (AtlasProgrammeFilter *self,
                                                             AtlasDataset         *dataset);
AtlasPartner         *atlas_programme_filter_get_partner    (AtlasProgrammeFilter *self);
void                  atlas_programme_filter_set_partner    (AtlasProgrammeFilter *self,
                                                             AtlasPartner         *partner);
int                   atlas_programme_filter_get_programme_type (AtlasProgrammeFilter *self);
void                  atlas_programme_filter_set_programme_type (AtlasProgrammeFilter *self,
                                                             int                   type);
int                   atlas_programme_filter_get_status     (AtlasProgrammeFilter *self);
void                  atlas_programme_filter_set_status     (AtlasProgrammeFilter *self,
                                                             int                   status);
void                  atlas_programme_filter_get_years      (AtlasProgrammeFilter *self,
                                                             guint                *from,
                                                             guint                *to);
void                  atlas_programme_filter_set_years      (AtlasProgrammeFilter *self,
                                                             guint                 from,
                                                             guint                 to);
gboolean              atlas_programme_filter_is_active      (AtlasProgrammeFilter *self);
gboolean              atlas_programme_filter_matches        (AtlasProgrammeFilter *self,
                                                             AtlasProgramme       *programme);

G_END_DECLS
