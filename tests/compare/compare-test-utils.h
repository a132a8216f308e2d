/* compare-test-utils.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-table.h"

/* The index of the table column with @id, or -1 */
static inline int
table_column_of (AtlasTable *table,
                 const char *id)
{
  for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
    if (g_str_equal (atlas_table_get_column_id (table, c), id))
      return (int) c;
  return -1;
}
