/* atlas-date.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-date.h"
#include "atlas-error.h"

G_DEFINE_BOXED_TYPE (AtlasDate, atlas_date, atlas_date_copy, atlas_date_free)

AtlasDate *
atlas_date_copy (const AtlasDate *date)
{
  return g_memdup2 (date, sizeof *date);
}

void
atlas_date_free (AtlasDate *date)
{
  g_free (date);
}

static gboolean
read_digits (const char **p,
             guint        n,
             guint       *out)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) ((*p)[i] - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

/**
 * atlas_date_parse:
 * @text: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 *
 * Parses an ISO 8601 calendar date of year, month or day precision and
 * rejects impossible ones such as 2023-02-30.
 */
gboolean
atlas_date_parse (const char *text,
                  AtlasDate  *date,
                  GError    **error)
{
  const char *p = text;
  guint year, month = 0, day = 0;
  AtlasDatePrecision precision = ATLAS_DATE_PRECISION_YEAR;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (!read_digits (&p, 4, &year))
    goto malformed;
  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month))
        goto malformed;
      precision = ATLAS_DATE_PRECISION_MONTH;
      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day))
            goto malformed;
          precision = ATLAS_DATE_PRECISION_DAY;
        }
    }
  if (*p != '\0')
    goto malformed;

  if (year < ATLAS_DATE_MIN_YEAR)
    {
      g_set_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_DATE,
                   _("“%s” is not a valid date: the year must be between 0001 and 9999"), text);
      return FALSE;
    }
  if (precision >= ATLAS_DATE_PRECISION_MONTH && (month < 1 || month > 12))
    {
      g_set_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_DATE,
                   _("“%s” is not a valid date: there is no month %02u"), text, month);
      return FALSE;
    }
  if (precision == ATLAS_DATE_PRECISION_DAY &&
      (day < 1 || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year)))
    {
      g_set_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_DATE,
                   _("“%s” is not a valid date: that month has no day %02u"), text, day);
      return FALSE;
    }

  date->year = (guint16) year;
  date->month = (guint8) month;
  date->day = (guint8) day;
  date->precision = precision;
  return TRUE;

malformed:
  g_set_error (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_DATE,
               _("“%s” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"), text);
  return FALSE;
}

gboolean
atlas_date_is_set (const AtlasDate *date)
{
  return date != NULL && date->precision != ATLAS_DATE_PRECISION_NONE;
}

/**
 * atlas_date_to_iso:
 *
 * Returns: the date as written in a dataset, with its own precision, or
 * %NULL for an absent date.
 */
char *
atlas_date_to_iso (const AtlasDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case ATLAS_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04u", date->year);
    case ATLAS_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04u-%02u", date->year, date->month);
    case ATLAS_DATE_PRECISION_DAY:
      return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
    case ATLAS_DATE_PRECISION_NONE:
    default:
      return NULL;
    }
}

static const char *
month_name (guint month)
{
  static const char *names[] = {
    /* Translators: month names, put where a date format has %B or %OB.
     * Write them as they stand in a date in your language (“juillet”). */
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", names[month - 1]);
}

static const char *
month_abbreviation (guint month)
{
  static const char *names[] = {
    /* Translators: abbreviated month names, put where a format has %b or
     * %Ob (the timeline's ruler: “%b”, “%b %Y” under “timeline ruler”).
     * Use your language's usual short forms (“janv.”, “juil.”); a ruler
     * with numbered months (“%-m月”) never shows them. */
    NC_("abbreviated month name", "Jan"), NC_("abbreviated month name", "Feb"),
    NC_("abbreviated month name", "Mar"), NC_("abbreviated month name", "Apr"),
    NC_("abbreviated month name", "May"), NC_("abbreviated month name", "Jun"),
    NC_("abbreviated month name", "Jul"), NC_("abbreviated month name", "Aug"),
    NC_("abbreviated month name", "Sep"), NC_("abbreviated month name", "Oct"),
    NC_("abbreviated month name", "Nov"), NC_("abbreviated month name", "Dec"),
  };

  g_return_val_if_fail (month >= 1 && month <= 12, "");
  return g_dpgettext2 (GETTEXT_PACKAGE, "abbreviated month name", names[month - 1]);
}

/* Puts the month's name from our own catalogue in place of %B and %OB (and
 * its abbreviation in place of %b, %Ob and %h). The C library would name the
 * month in the LC_TIME locale, which is often not the language of the
 * interface (LANGUAGE=fr with LANG=C.UTF-8 gave “July 2023” among French
 * words). */
static char *
expand_month_names (const char *format,
                    guint       month)
{
  GString *s = g_string_new (NULL);
  const char *p = format;

  while (*p)
    {
      const char *conversion = p[0] == '%' ? p + 1 + (p[1] == 'O') : NULL;

      if (g_str_has_prefix (p, "%%"))
        {
          g_string_append (s, "%%");
          p += 2;
        }
      else if (conversion != NULL && (*conversion == 'B' || *conversion == 'b' || *conversion == 'h'))
        {
          const char *name = *conversion == 'B' ? month_name (month) : month_abbreviation (month);
          g_auto(GStrv) parts = g_strsplit (name, "%", -1);
          g_autofree char *escaped = g_strjoinv ("%%", parts);

          g_string_append (s, escaped);
          p = conversion + 1;
        }
      else
        g_string_append_c (s, *p++);
    }
  return g_string_free (s, FALSE);
}

/**
 * atlas_date_time_format:
 * @datetime: a date and time
 * @format: a g_date_time_format() format
 *
 * g_date_time_format(), with the month names of %B and %OB and their
 * abbreviations (%b, %Ob, %h) from the app's catalogue, so that they follow the
 * language of the interface rather than LC_TIME.
 *
 * Returns: (transfer full) (nullable): the formatted date, or %NULL when
 *   @format is not valid
 */
char *
atlas_date_time_format (GDateTime  *datetime,
                        const char *format)
{
  g_autofree char *expanded = NULL;

  g_return_val_if_fail (datetime != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  expanded = expand_month_names (format, (guint) g_date_time_get_month (datetime));
  return g_date_time_format (datetime, expanded);
}

/* @date in @format, a g_date_time_format() format no more precise than it */
static char *
format_with (const AtlasDate *date,
             const char      *format)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (date->year, MAX (date->month, 1), MAX (date->day, 1), 0, 0, 0);

  if (dt == NULL)
    return atlas_date_to_iso (date);
  return atlas_date_time_format (dt, format);
}

/**
 * atlas_date_format:
 *
 * Returns: the date for people, in the current locale, with no more
 * precision than is known ("2023", "July 2023", "13 July 2023").
 */
char *
atlas_date_format (const AtlasDate *date)
{
  const char *format;

  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case ATLAS_DATE_PRECISION_YEAR:
      /* Translators: a date known only to the year, as a strftime format
       * for g_date_time_format(). */
      format = C_("date with year precision", "%Y");
      break;
    case ATLAS_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month, as a g_date_time_format()
       * format; %B is the month name, as you translate it under “month
       * name”, and %-m its number (“%Y年%-m月”). */
      format = C_("date with month precision", "%B %Y");
      break;
    case ATLAS_DATE_PRECISION_DAY:
      /* Translators: a full date, as a g_date_time_format() format. */
      format = C_("date with day precision", "%-d %B %Y");
      break;
    case ATLAS_DATE_PRECISION_NONE:
    default:
      return g_strdup ("");
    }

  return format_with (date, format);
}

/**
 * atlas_date_format_short:
 *
 * Formats @date at its precision with the month abbreviated, for table
 * cells: “21 Nov 2019”, “Nov 2019”, “2019”.
 *
 * Returns: (transfer full): the date, or "" for no date
 */
char *
atlas_date_format_short (const AtlasDate *date)
{
  const char *format;

  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case ATLAS_DATE_PRECISION_YEAR:
      return atlas_date_format (date);
    case ATLAS_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month in a table cell, as a
       * g_date_time_format() format; %b is the abbreviated month name, as
       * you translate it under “month name”. Keep it short: a numeric form
       * (“%Y/%-m”) is fine where it is usual. */
      format = C_("short date with month precision", "%b %Y");
      break;
    case ATLAS_DATE_PRECISION_DAY:
      /* Translators: a full date in a table cell, as a g_date_time_format()
       * format, with the month abbreviated (%b) or as a number (%-m):
       * “21 Nov 2019”, “2019/11/21”. */
      format = C_("short date with day precision", "%-d %b %Y");
      break;
    case ATLAS_DATE_PRECISION_NONE:
    default:
      return g_strdup ("");
    }

  return format_with (date, format);
}

static int
cmp_uint (guint a,
          guint b)
{
  return (a > b) - (a < b);
}

/**
 * atlas_date_compare:
 *
 * Orders dates by their first day; of two dates that start on the same day
 * the less precise one (the longer span) comes first. Absent dates sort last.
 */
int
atlas_date_compare (const AtlasDate *a,
                    const AtlasDate *b)
{
  int r;

  if (!atlas_date_is_set (a) || !atlas_date_is_set (b))
    return cmp_uint (!atlas_date_is_set (a), !atlas_date_is_set (b));
  if ((r = cmp_uint (atlas_date_first_day (a), atlas_date_first_day (b))) != 0)
    return r;
  return cmp_uint (a->precision, b->precision);
}

/**
 * atlas_date_first_day:
 *
 * Returns: the Julian day number of the first day the date covers.
 */
guint32
atlas_date_first_day (const AtlasDate *date)
{
  GDate d;

  g_return_val_if_fail (atlas_date_is_set (date), 0);

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, MAX (date->day, 1), MAX (date->month, 1), date->year);
  return g_date_get_julian (&d);
}

/**
 * atlas_date_last_day:
 *
 * Returns: the Julian day number of the last day the date covers: the last
 * day of the year or month for a date of that precision.
 */
guint32
atlas_date_last_day (const AtlasDate *date)
{
  GDate d;

  g_return_val_if_fail (atlas_date_is_set (date), 0);

  g_date_clear (&d, 1);
  switch (date->precision)
    {
    case ATLAS_DATE_PRECISION_YEAR:
      g_date_set_dmy (&d, 31, 12, date->year);
      break;
    case ATLAS_DATE_PRECISION_MONTH:
      g_date_set_dmy (&d, g_date_get_days_in_month (date->month, date->year),
                      date->month, date->year);
      break;
    case ATLAS_DATE_PRECISION_DAY:
    case ATLAS_DATE_PRECISION_NONE:
    default:
      g_date_set_dmy (&d, date->day, date->month, date->year);
      break;
    }
  return g_date_get_julian (&d);
}

/**
 * atlas_date_contains:
 *
 * Whether every day of @inner falls within @outer ("2023" contains
 * "2023-07-11").
 */
gboolean
atlas_date_contains (const AtlasDate *outer,
                     const AtlasDate *inner)
{
  return atlas_date_first_day (outer) <= atlas_date_first_day (inner) &&
         atlas_date_last_day (inner) <= atlas_date_last_day (outer);
}

/**
 * atlas_date_from_julian:
 *
 * The date of a Julian day, cut to @precision (used by the timeline ruler).
 */
AtlasDate
atlas_date_from_julian (guint32            julian,
                        AtlasDatePrecision precision)
{
  AtlasDate date = { 0 };
  GDate d;

  g_date_clear (&d, 1);
  if (!g_date_valid_julian (julian))
    julian = 1;
  g_date_set_julian (&d, julian);
  date.year = g_date_get_year (&d);
  date.precision = precision;
  if (precision >= ATLAS_DATE_PRECISION_MONTH)
    date.month = g_date_get_month (&d);
  if (precision >= ATLAS_DATE_PRECISION_DAY)
    date.day = g_date_get_day (&d);
  return date;
}
