/* atlas-error.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ATLAS_LOAD_ERROR (atlas_load_error_quark ())

/**
 * AtlasLoadError:
 *
 * Why a dataset could not be loaded. Each code is something a user can cause
 * with the file they open, so each comes with a message in plain words.
 */
typedef enum
{
  ATLAS_LOAD_ERROR_IO,                /* the file could not be read */
  ATLAS_LOAD_ERROR_TOO_LARGE,         /* larger than ATLAS_MAX_FILE_SIZE */
  ATLAS_LOAD_ERROR_ENCODING,          /* not UTF-8, or contains NUL */
  ATLAS_LOAD_ERROR_SYNTAX,            /* not well-formed JSON */
  ATLAS_LOAD_ERROR_TOO_DEEP,          /* nesting beyond ATLAS_MAX_DEPTH */
  ATLAS_LOAD_ERROR_LIMIT,             /* another named limit was exceeded */
  ATLAS_LOAD_ERROR_FORMAT,            /* not a Partnership Atlas dataset */
  ATLAS_LOAD_ERROR_VERSION,           /* a version this build cannot read */
  ATLAS_LOAD_ERROR_MISSING,           /* a required member is missing */
  ATLAS_LOAD_ERROR_TYPE,              /* a member has the wrong JSON type */
  ATLAS_LOAD_ERROR_VALUE,             /* a value is not one of those allowed */
  ATLAS_LOAD_ERROR_DATE,              /* a date is malformed or impossible */
  ATLAS_LOAD_ERROR_RANGE,             /* a range ends before it starts */
  ATLAS_LOAD_ERROR_DUPLICATE,         /* an id or key appears twice */
  ATLAS_LOAD_ERROR_REFERENCE,         /* a reference names no record */
  ATLAS_LOAD_ERROR_UNKNOWN_MEMBER,    /* a member the format does not have */
  ATLAS_LOAD_ERROR_CANCELLED,         /* the load was cancelled */
  ATLAS_LOAD_ERROR_MULTIPLE,          /* several problems; see the problem list */
} AtlasLoadError;

#define ATLAS_EXPORT_ERROR (atlas_export_error_quark ())

typedef enum
{
  ATLAS_EXPORT_ERROR_FORMAT,          /* the format cannot export this table */
  ATLAS_EXPORT_ERROR_UNSUPPORTED,     /* the format is not built into this copy */
  ATLAS_EXPORT_ERROR_WRITE,           /* the output could not be written */
  ATLAS_EXPORT_ERROR_ARGUMENT,        /* a bad option, such as an unknown programme */
} AtlasExportError;

GQuark atlas_load_error_quark   (void);
GQuark atlas_export_error_quark (void);

G_END_DECLS
