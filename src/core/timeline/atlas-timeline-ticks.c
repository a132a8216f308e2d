/* atlas-timeline-ticks.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The ruler's ticks: the step that fits the zoom, from millennia to
 * months, and each tick's label. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-timeline-layout.h"
#include "atlas-timeline-layout-private.h"
#include "atlas-date.h"

/* Tick steps in months, coarse to fine: millennia to months */
static const guint tick_steps[] = { 12000, 6000, 1200, 600, 120, 60, 12, 3, 1 };
void
_atlas_timeline_layout_clear_tick (gpointer data)
{
  AtlasTimelineTick *tick = data;

  g_clear_pointer (&tick->text, g_free);
}

static char *
format_tick (guint year,
             guint month,
             guint step,
             gboolean first)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc ((int) year, (int) month, 1, 0, 0, 0);
  const char *format;

  if (dt == NULL)
    return g_strdup_printf ("%u", year);
  if (step >= 12 || month == 1)
    /* Translators: a year on the timeline's ruler (every year, decade or
     * century), as a g_date_time_format() format */
    format = C_("timeline ruler", "%Y");
  else if (first)
    /* Translators: the first month on the timeline's ruler when zoomed in, with its
     * year, as a g_date_time_format() format; %b is the abbreviated month name, as
     * you translate it under “abbreviated month name”, and %-m its number */
    format = C_("timeline ruler", "%b %Y");
  else
    /* Translators: a month on the timeline's ruler (every month or quarter), as a
     * g_date_time_format() format; %b is the abbreviated month name, as you
     * translate it under “abbreviated month name”, and %-m its number */
    format = C_("timeline ruler", "%b");
  /* The month names come from our catalogue, not from LC_TIME */
  return atlas_date_time_format (dt, format);
}

static double
widest_tick_label (AtlasTimelineLayout *self,
                   guint                step)
{
  double *widest = &self->widest_tick[step >= 12];

  if (*widest < 0)
    {
      *widest = 0;
      for (guint month = 1; month <= (step >= 12 ? 1 : 12); month++)
        {
          g_autofree char *text = format_tick (2000, month, step, FALSE);

          *widest = MAX (*widest, _atlas_timeline_layout_text_width (self, text, FALSE));
        }
    }
  return *widest;
}

static guint32
julian_of_month (guint64 month_index)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, (GDateMonth) (month_index % 12 + 1), (GDateYear) (month_index / 12));
  return g_date_get_julian (&d);
}

void
_atlas_timeline_layout_place_ticks (AtlasTimelineLayout *self)
{
  double ppd = _atlas_timeline_layout_pixels_per_day (self);
  double view_end = self->view_start + self->view_span;
  double ruler_text_y = 3 + self->metrics.era_height;
  double last_text_end = -G_MAXDOUBLE;
  guint major, minor;
  guint64 month;
  gboolean first = TRUE;
  GDate d;

  g_array_set_size (self->ticks, 0);

  /* The finest step whose labels fit between its ticks */
  major = 0;
  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    if (tick_steps[i] * DAYS_PER_MONTH * ppd >= widest_tick_label (self, tick_steps[i]) + TICK_LABEL_GAP)
      major = i;
    else
      break;
  self->tick_step = tick_steps[major];
  minor = major + 1 < G_N_ELEMENTS (tick_steps) &&
          tick_steps[major + 1] * DAYS_PER_MONTH * ppd >= MIN_MINOR_SPACING
          ? tick_steps[major + 1] : tick_steps[major];

  /* The today label goes first: ticks make way for it */
  self->today_label_shown = FALSE;
  if (self->today != 0 && self->today >= self->view_start && self->today <= view_end)
    {
      /* Translators: the label of the timeline's line for the current date */
      const char *text = C_("timeline", "Today");
      double x = atlas_timeline_layout_day_to_x (self, self->today) + TEXT_INSET;

      self->today_label = (AtlasTimelineRect) { x, ruler_text_y, _atlas_timeline_layout_text_width (self, text, FALSE),
                                                self->metrics.row_height };
      self->today_label_shown = x + self->today_label.width <= self->width;
    }

  g_date_clear (&d, 1);
  g_date_set_julian (&d, (guint32) MAX (1.0, floor (self->view_start)));
  month = (guint64) g_date_get_year (&d) * 12 + (g_date_get_month (&d) - 1);
  month = (month + minor - 1) / minor * minor;
  for (;; month += minor)
    {
      AtlasTimelineTick tick = { 0 };
      double text_end;

      if (month / 12 > ATLAS_DATE_MAX_YEAR)
        break;
      tick.day = julian_of_month (month);
      if (tick.day > view_end)
        break;
      if (tick.day < self->view_start)
        continue;
      tick.x = atlas_timeline_layout_day_to_x (self, tick.day);
      tick.major = month % self->tick_step == 0;
      if (tick.major)
        {
          g_autofree char *text = format_tick ((guint) (month / 12), (guint) (month % 12 + 1),
                                               self->tick_step, first);

          tick.text_rect = (AtlasTimelineRect) { tick.x + TEXT_INSET, ruler_text_y,
                                                 _atlas_timeline_layout_text_width (self, text, FALSE),
                                                 self->metrics.row_height };
          text_end = tick.text_rect.x + tick.text_rect.width;
          if (tick.text_rect.x >= last_text_end + TICK_LABEL_GAP && text_end <= self->width &&
              !(self->today_label_shown &&
                tick.text_rect.x < self->today_label.x + self->today_label.width + TICK_LABEL_GAP &&
                self->today_label.x < text_end + TICK_LABEL_GAP))
            {
              tick.text = g_steal_pointer (&text);
              last_text_end = text_end;
              first = FALSE;
            }
        }
      g_array_append_val (self->ticks, tick);
    }
}
