/* bench-common.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* What every benchmark program shares: the clock, child processes, and
 * the output. Each measurement is one JSON object on its own line of
 * standard output; bench/run reads them and works out medians and spreads.
 * Anything for people goes to standard error. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  gint64 wall_us;       /* from just before the spawn to the reaped exit */
  gint64 max_rss_kb;    /* the child's peak resident set */
  gint64 cpu_us;        /* the child's user + system time */
  int status;           /* as from waitpid */
  char *out;            /* its standard output, when captured */
} BenchChild;

/* Microseconds on the monotonic clock, which every process shares */
gint64   bench_now_us        (void);

/* CPU time of the calling thread, in µs: what a measurement costs when
 * other processes compete for the cores */
gint64   bench_thread_cpu_us (void);

/* CPU time of the whole process (its threads, a renderer's among them),
 * in µs */
gint64   bench_process_cpu_us (void);

/* For qsort() and g_array_sort() of doubles, in ascending order */
int      bench_compare_doubles (gconstpointer a,
                                gconstpointer b);

/* Runs argv[0] (searched in PATH) with standard output captured or sent to
 * /dev/null, and returns its time and peak RSS from wait4(). */
gboolean bench_run_child     (const char * const *argv,
                              gboolean            capture,
                              BenchChild         *out,
                              GError            **error);
void     bench_child_clear   (BenchChild         *child);

/* One measurement: bench_emit ("load", "file", path, "run", 1, NULL) with
 * pairs of a key and either a string (key ends without '#') or a double
 * (key ends with '#', which is not printed): "time_ms#", 12.5 */
void     bench_emit          (const char         *bench,
                              ...) G_GNUC_NULL_TERMINATED;

/* The file size in bytes, 0 when it cannot be read */
gint64   bench_file_size     (const char         *path);

G_END_DECLS
