/* atlas-progress.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How far along a long piece of work is, and about how long it will
 * still take: an export reports into it from its thread, and the window or
 * the command line reads it from theirs.
 *
 * The work is made of steps (building a table, then writing it), each
 * filling a share of the whole that its caller gives; within a step the
 * code doing it reports its own fraction, from 0 to 1, and knows nothing
 * of the others. The whole never goes back: a report lower than what was
 * reported before is ignored, so that a bar never shrinks. */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "atlas-progress.h"

/* The callback is called at most this often (µs) */
#define CALL_INTERVAL (G_USEC_PER_SEC / 10)
/* No estimate before this much is done and this long has passed: the
 * first moments of a piece of work say little of its pace */
#define MIN_FRACTION_FOR_ESTIMATE 0.01
#define MIN_TIME_FOR_ESTIMATE (G_USEC_PER_SEC / 2)

struct _AtlasProgress
{
  GObject parent_instance;

  GMutex lock;
  gint64 started;
  double fraction;
  double step_start;
  double step_end;

  AtlasProgressFunc func;
  gpointer user_data;
  GDestroyNotify destroy;
  gint64 last_call;
  gboolean called_complete;
};

G_DEFINE_FINAL_TYPE (AtlasProgress, atlas_progress, G_TYPE_OBJECT)

static void
atlas_progress_finalize (GObject *object)
{
  AtlasProgress *self = ATLAS_PROGRESS (object);

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (atlas_progress_parent_class)->finalize (object);
}

static void
atlas_progress_class_init (AtlasProgressClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_progress_finalize;
}

static void
atlas_progress_init (AtlasProgress *self)
{
  g_mutex_init (&self->lock);
  self->started = g_get_monotonic_time ();
  self->step_end = 1.0;
}

/**
 * atlas_progress_new:
 *
 * The clock of the estimate starts now.
 */
AtlasProgress *
atlas_progress_new (void)
{
  return g_object_new (ATLAS_TYPE_PROGRESS, NULL);
}

/**
 * atlas_progress_set_func:
 * @func: (nullable): called in the working thread as the work goes on
 *
 * Set before the work starts.
 */
void
atlas_progress_set_func (AtlasProgress     *self,
                         AtlasProgressFunc  func,
                         gpointer           user_data,
                         GDestroyNotify     destroy)
{
  g_return_if_fail (ATLAS_IS_PROGRESS (self));

  if (self->destroy != NULL)
    self->destroy (self->user_data);
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
}

/**
 * atlas_progress_begin_step:
 * @end: the fraction of the whole done once this step is
 *
 * Starts the next step of the work where the last one ended; the
 * fractions reported from now on are of this step.
 */
void
atlas_progress_begin_step (AtlasProgress *self,
                           double         end)
{
  g_return_if_fail (ATLAS_IS_PROGRESS (self));

  g_mutex_lock (&self->lock);
  self->step_start = self->fraction;
  self->step_end = CLAMP (end, self->step_start, 1.0);
  g_mutex_unlock (&self->lock);
}

/**
 * atlas_progress_report:
 * @fraction: how much of the current step is done, from 0 to 1
 */
void
atlas_progress_report (AtlasProgress *self,
                       double         fraction)
{
  AtlasProgressFunc func = NULL;
  double whole;
  gint64 now;

  g_return_if_fail (ATLAS_IS_PROGRESS (self));

  if (isnan (fraction))
    return;
  fraction = CLAMP (fraction, 0.0, 1.0);

  g_mutex_lock (&self->lock);
  whole = self->step_start + (self->step_end - self->step_start) * fraction;
  /* The last step's end is the end of the whole, whatever rounding says */
  if (fraction >= 1.0 && self->step_end >= 1.0)
    whole = 1.0;
  if (whole > self->fraction)
    self->fraction = whole;
  whole = self->fraction;
  if (self->func != NULL && !self->called_complete)
    {
      now = g_get_monotonic_time ();
      if (whole >= 1.0 || now - self->last_call >= CALL_INTERVAL)
        {
          func = self->func;
          self->last_call = now;
          self->called_complete = whole >= 1.0;
        }
    }
  g_mutex_unlock (&self->lock);

  if (func != NULL)
    func (self, whole, self->user_data);
}

/**
 * atlas_progress_report_items:
 *
 * Reports @done of @total items of the current step: rows written,
 * cells built. Cheap enough to call for each.
 */
void
atlas_progress_report_items (AtlasProgress *self,
                             guint64        done,
                             guint64        total)
{
  g_return_if_fail (ATLAS_IS_PROGRESS (self));

  atlas_progress_report (self, total == 0 ? 1.0 : (double) done / (double) total);
}

/**
 * atlas_progress_get_fraction:
 *
 * Returns: how much of the whole is done, from 0 to 1; never less than
 *   it returned before
 */
double
atlas_progress_get_fraction (AtlasProgress *self)
{
  double fraction;

  g_return_val_if_fail (ATLAS_IS_PROGRESS (self), 0.0);

  g_mutex_lock (&self->lock);
  fraction = self->fraction;
  g_mutex_unlock (&self->lock);
  return fraction;
}

/**
 * atlas_progress_get_percent:
 *
 * Returns: the fraction done in whole percent, rounded down, so that 100
 *   means complete
 */
guint
atlas_progress_get_percent (AtlasProgress *self)
{
  return (guint) floor (atlas_progress_get_fraction (self) * 100.0 + 1e-9);
}

/**
 * atlas_progress_get_remaining:
 *
 * The time the rest should take at the pace so far.
 *
 * Returns: seconds, or a negative number while too little is done to tell
 */
double
atlas_progress_get_remaining (AtlasProgress *self)
{
  double fraction;
  gint64 elapsed;

  g_return_val_if_fail (ATLAS_IS_PROGRESS (self), -1.0);

  g_mutex_lock (&self->lock);
  fraction = self->fraction;
  elapsed = g_get_monotonic_time () - self->started;
  g_mutex_unlock (&self->lock);

  if (fraction >= 1.0)
    return 0.0;
  if (fraction < MIN_FRACTION_FOR_ESTIMATE || elapsed < MIN_TIME_FOR_ESTIMATE)
    return -1.0;
  return (double) elapsed / G_USEC_PER_SEC * (1.0 - fraction) / fraction;
}

/**
 * atlas_progress_describe_remaining:
 *
 * Returns: (transfer full) (nullable): “about 8 seconds left”, or %NULL
 *   while there is no estimate
 */
char *
atlas_progress_describe_remaining (AtlasProgress *self)
{
  double remaining = atlas_progress_get_remaining (self);
  guint n;

  if (remaining < 0)
    return NULL;
  if (remaining < 59.5)
    {
      n = MAX ((guint) lround (remaining), 1);
      /* Translators: how long an export should still take */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u second left", "about %u seconds left", n), n);
    }
  n = (guint) ceil (remaining / 60.0);
  /* Translators: how long an export should still take */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "about %u minute left", "about %u minutes left", n), n);
}
