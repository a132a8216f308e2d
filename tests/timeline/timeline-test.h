/* timeline-test.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "atlas-loader.h"

/* The Julian day of a calendar date, as the timeline counts days */
static inline guint32
julian (guint year,
        guint month,
        guint day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&d);
}

/* The built-in dataset, which the tests look at */
static inline AtlasDataset *
load_builtin (void)
{
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_builtin (&error);

  g_assert_no_error (error);
  return dataset;
}
