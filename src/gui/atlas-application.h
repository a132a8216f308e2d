/* atlas-application.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_APPLICATION (atlas_application_get_type ())

G_DECLARE_FINAL_TYPE (AtlasApplication, atlas_application, ATLAS, APPLICATION, AdwApplication)

AtlasApplication   *atlas_application_new                   (void);
const char * const *atlas_application_get_compare_programmes (AtlasApplication *self);
GFile              *atlas_application_get_changes_since      (AtlasApplication *self);

G_END_DECLS
