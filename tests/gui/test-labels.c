/* test-labels.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The words the window composes from records: here, a programme's period */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gtk/gtk.h>

#include "atlas-dataset.h"
#include "atlas-labels.h"
#include "atlas-loader.h"

#define DATASET \
  "{\"format\":\"partnership-atlas\",\"version\":1,\"title\":\"T\"," \
  "\"partners\":[{\"id\":\"p\",\"name\":\"P\"}],\"areas\":[]," \
  "\"documents\":[{\"id\":\"d\",\"title\":\"D\"}]," \
  "\"excerpts\":[{\"id\":\"x\",\"document\":\"d\",\"text\":\"X\"}]," \
  "\"programmes\":[{\"id\":\"g\",\"partner\":\"p\",\"type\":\"itpp\",\"title\":\"G\"," \
  "\"status\":\"in-force\",\"text_availability\":\"public\"," \
  "\"period\":{%s,\"evidence\":[\"x\"]},\"areas\":[]}]}"

static char *
period_of (const char *period)
{
  g_autofree char *json = g_strdup_printf (DATASET, period);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) dataset = atlas_loader_load_data (json, strlen (json), NULL, NULL, &error);

  g_assert_no_error (error);
  return atlas_label_period (atlas_dataset_find_programme (dataset, "g"));
}

static void
test_period (void)
{
  g_autofree char *years = period_of ("\"start\":\"2023\",\"end\":\"2026\"");
  g_autofree char *months = period_of ("\"start\":\"2012-06\",\"end\":\"2024-07\"");
  g_autofree char *widest = period_of ("\"start\":\"0001\",\"end\":\"9999-12-31\"");
  g_autofree char *open_end = period_of ("\"start\":\"2023\"");

  /* Years alone close up; a side with a month or a day is spaced, so that
   * the first year does not read as a day of the last month */
  g_assert_cmpstr (years, ==, "2023–2026");
  g_assert_cmpstr (months, ==, "June 2012 – July 2024");
  g_assert_nonnull (strstr (widest, " – 31 December 9999"));
  g_assert_cmpstr (open_end, ==, "from 2023");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/labels/period", test_period);
  return g_test_run ();
}
