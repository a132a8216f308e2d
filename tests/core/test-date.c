/* test-date.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "atlas-date.h"
#include "atlas-error.h"

static void
test_parse_precision (void)
{
  static const struct {
    const char *text;
    AtlasDatePrecision precision;
    guint year, month, day;
  } cases[] = {
    { "2023", ATLAS_DATE_PRECISION_YEAR, 2023, 0, 0 },
    { "2023-07", ATLAS_DATE_PRECISION_MONTH, 2023, 7, 0 },
    { "2023-07-11", ATLAS_DATE_PRECISION_DAY, 2023, 7, 11 },
    { "2024-02-29", ATLAS_DATE_PRECISION_DAY, 2024, 2, 29 },
    { "0001", ATLAS_DATE_PRECISION_YEAR, 1, 0, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      AtlasDate date;

      g_assert_true (atlas_date_parse (cases[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpint (date.precision, ==, cases[i].precision);
      g_assert_cmpuint (date.year, ==, cases[i].year);
      g_assert_cmpuint (date.month, ==, cases[i].month);
      g_assert_cmpuint (date.day, ==, cases[i].day);
      /* Written back with exactly the precision it was read with */
      iso = atlas_date_to_iso (&date);
      g_assert_cmpstr (iso, ==, cases[i].text);
    }
}

static void
test_parse_invalid (void)
{
  static const char *bad[] = {
    "", "23", "2023-7", "2023-07-1", "2023/07/11", "2023-00", "2023-13", "2023-02-30",
    "2023-02-29", "2023-04-31", "0000", "2023-07-11T00:00", " 2023", "2023 ", "２０２３",
    "2023-07-11-01", "-2023",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      AtlasDate date = { 0 };

      g_assert_false (atlas_date_parse (bad[i], &date, &error));
      g_assert_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_DATE);
      g_assert_nonnull (strstr (error->message, bad[i]));
      g_assert_cmpint (date.precision, ==, ATLAS_DATE_PRECISION_NONE);
    }
}

static AtlasDate
parse (const char *text)
{
  AtlasDate date = { 0 };

  g_assert_true (atlas_date_parse (text, &date, NULL));
  return date;
}

static void
test_span (void)
{
  AtlasDate year = parse ("2023");
  AtlasDate month = parse ("2023-02");
  AtlasDate day = parse ("2023-07-11");
  AtlasDate leap = parse ("2024-02");

  /* A year is the whole year, a month the whole month: no fake day */
  g_assert_cmpuint (atlas_date_last_day (&year) - atlas_date_first_day (&year), ==, 364);
  g_assert_cmpuint (atlas_date_last_day (&month) - atlas_date_first_day (&month), ==, 27);
  g_assert_cmpuint (atlas_date_last_day (&leap) - atlas_date_first_day (&leap), ==, 28);
  g_assert_cmpuint (atlas_date_last_day (&day), ==, atlas_date_first_day (&day));

  g_assert_true (atlas_date_contains (&year, &day));
  g_assert_true (atlas_date_contains (&year, &month));
  g_assert_false (atlas_date_contains (&month, &day));
  g_assert_false (atlas_date_contains (&day, &year));
}

static void
test_compare (void)
{
  AtlasDate year = parse ("2023");
  AtlasDate january = parse ("2023-01");
  AtlasDate first = parse ("2023-01-01");
  AtlasDate july = parse ("2023-07-11");
  AtlasDate next = parse ("2024");
  AtlasDate none = { 0 };

  /* Same first day: the longer span first */
  g_assert_cmpint (atlas_date_compare (&year, &january), <, 0);
  g_assert_cmpint (atlas_date_compare (&january, &first), <, 0);
  g_assert_cmpint (atlas_date_compare (&first, &july), <, 0);
  g_assert_cmpint (atlas_date_compare (&july, &next), <, 0);
  g_assert_cmpint (atlas_date_compare (&next, &july), >, 0);
  g_assert_cmpint (atlas_date_compare (&july, &july), ==, 0);
  /* Absent dates go last */
  g_assert_cmpint (atlas_date_compare (&none, &year), >, 0);
  g_assert_cmpint (atlas_date_compare (&year, &none), <, 0);
}

static void
test_format (void)
{
  AtlasDate year = parse ("2023");
  AtlasDate month = parse ("2023-07");
  AtlasDate day = parse ("2023-07-11");
  AtlasDate none = { 0 };
  g_autofree char *y = atlas_date_format (&year);
  g_autofree char *m = atlas_date_format (&month);
  g_autofree char *d = atlas_date_format (&day);
  g_autofree char *n = atlas_date_format (&none);

  /* Untranslated (C locale): never more precise than what is known */
  g_assert_cmpstr (y, ==, "2023");
  g_assert_cmpstr (m, ==, "July 2023");
  g_assert_cmpstr (d, ==, "11 July 2023");
  g_assert_cmpstr (n, ==, "");
}

/* The short forms of table cells abbreviate the month, at the same
 * precision */
static void
test_format_short (void)
{
  AtlasDate year = parse ("2023");
  AtlasDate month = parse ("2023-07");
  AtlasDate day = parse ("2023-07-11");
  AtlasDate none = { 0 };
  g_autofree char *y = atlas_date_format_short (&year);
  g_autofree char *m = atlas_date_format_short (&month);
  g_autofree char *d = atlas_date_format_short (&day);
  g_autofree char *n = atlas_date_format_short (&none);

  g_assert_cmpstr (y, ==, "2023");
  g_assert_cmpstr (m, ==, "Jul 2023");
  g_assert_cmpstr (d, ==, "11 Jul 2023");
  g_assert_cmpstr (n, ==, "");
}

static void
test_time_format (void)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2023, 7, 13, 0, 0, 0);
  g_autofree char *text = atlas_date_time_format (dt, "%b %Y|%B|%Ob %OB|%h|%%b|%-d %%B");

  /* The month names come from the catalogue (here the English msgids);
   * an escaped %% stays a literal percent sign */
  g_assert_cmpstr (text, ==, "Jul 2023|July|Jul July|Jul|%b|13 %B");
}

static void
test_from_julian (void)
{
  AtlasDate day = parse ("2023-07-11");
  AtlasDate back = atlas_date_from_julian (atlas_date_first_day (&day), ATLAS_DATE_PRECISION_MONTH);
  g_autofree char *iso = atlas_date_to_iso (&back);

  g_assert_cmpstr (iso, ==, "2023-07");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse/precision", test_parse_precision);
  g_test_add_func ("/date/parse/invalid", test_parse_invalid);
  g_test_add_func ("/date/span", test_span);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/format-short", test_format_short);
  g_test_add_func ("/date/time-format", test_time_format);
  g_test_add_func ("/date/from-julian", test_from_julian);

  return g_test_run ();
}
