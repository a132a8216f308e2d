/* atlas-progress.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ATLAS_TYPE_PROGRESS (atlas_progress_get_type ())

G_DECLARE_FINAL_TYPE (AtlasProgress, atlas_progress, ATLAS, PROGRESS, GObject)

/**
 * AtlasProgressFunc:
 * @fraction: how much of the work is done, from 0 to 1
 *
 * Called in the thread that does the work, at most every few tenths of a
 * second and once when the work is complete.
 */
typedef void (*AtlasProgressFunc) (AtlasProgress *progress,
                                   double         fraction,
                                   gpointer       user_data);

AtlasProgress *atlas_progress_new                (void);
void           atlas_progress_set_func           (AtlasProgress     *self,
                                                  AtlasProgressFunc  func,
                                                  gpointer           user_data,
                                                  GDestroyNotify     destroy);
void           atlas_progress_begin_step         (AtlasProgress     *self,
                                                  double             end);
void           atlas_progress_report             (AtlasProgress     *self,
                                                  double             fraction);
void           atlas_progress_report_items       (AtlasProgress     *self,
                                                  guint64            done,
                                                  guint64            total);
double         atlas_progress_get_fraction       (AtlasProgress     *self);
double         atlas_progress_get_remaining      (AtlasProgress     *self);
char          *atlas_progress_describe_remaining (AtlasProgress     *self);
guint          atlas_progress_get_percent        (AtlasProgress     *self);

G_END_DECLS
