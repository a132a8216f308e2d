/* atlas-date.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "atlas-enums.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_DATE (atlas_date_get_type ())

/**
 * AtlasDate:
 *
 * A calendar date that knows how much of it is known: a year, a month of a
 * year, or a day. It is never padded: "2023" stays a year, and is drawn and
 * shown as the whole year. A date with precision NONE is absent.
 */
typedef struct
{
  guint16 year;
  guint8 month;         /* 1–12, or 0 when precision < MONTH */
  guint8 day;           /* 1–31, or 0 when precision < DAY */
  AtlasDatePrecision precision;
} AtlasDate;

#define ATLAS_DATE_MIN_YEAR 1
#define ATLAS_DATE_MAX_YEAR 9999

GType      atlas_date_get_type      (void) G_GNUC_CONST;
AtlasDate *atlas_date_copy          (const AtlasDate *date);
void       atlas_date_free          (AtlasDate       *date);

gboolean   atlas_date_parse         (const char      *text,
                                     AtlasDate       *date,
                                     GError         **error);
gboolean   atlas_date_is_set        (const AtlasDate *date);
char      *atlas_date_to_iso        (const AtlasDate *date);
char      *atlas_date_format        (const AtlasDate *date);
char      *atlas_date_format_short  (const AtlasDate *date);
char      *atlas_date_time_format   (GDateTime       *datetime,
                                     const char      *format);
int        atlas_date_compare       (const AtlasDate *a,
                                     const AtlasDate *b);
guint32    atlas_date_first_day     (const AtlasDate *date);
guint32    atlas_date_last_day      (const AtlasDate *date);
gboolean   atlas_date_contains      (const AtlasDate *outer,
                                     const AtlasDate *inner);
AtlasDate  atlas_date_from_julian   (guint32          julian,
                                     AtlasDatePrecision precision);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasDate, atlas_date_free)

G_END_DECLS
