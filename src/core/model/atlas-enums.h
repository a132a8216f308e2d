/* atlas-enums.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Every enum here has a stable code (the string used in the dataset and in
 * machine-readable exports) and a label (translated, for people). The first
 * value of each is what an absent member means. */

typedef enum
{
  ATLAS_PROGRAMME_TYPE_OTHER,
  ATLAS_PROGRAMME_TYPE_IPCP,
  ATLAS_PROGRAMME_TYPE_ITPP,
} AtlasProgrammeType;

typedef enum
{
  ATLAS_PROGRAMME_STATUS_UNKNOWN,
  ATLAS_PROGRAMME_STATUS_IN_FORCE,
  ATLAS_PROGRAMME_STATUS_SUPERSEDED,
  ATLAS_PROGRAMME_STATUS_EXPIRED,
  ATLAS_PROGRAMME_STATUS_PLANNED,
  ATLAS_PROGRAMME_STATUS_UNDER_NEGOTIATION,
} AtlasProgrammeStatus;

typedef enum
{
  ATLAS_TEXT_AVAILABILITY_UNKNOWN,
  ATLAS_TEXT_AVAILABILITY_PUBLIC,
  ATLAS_TEXT_AVAILABILITY_OPEN_EDITION,
  ATLAS_TEXT_AVAILABILITY_SUMMARY,
  ATLAS_TEXT_AVAILABILITY_NOT_PUBLIC,
} AtlasTextAvailability;

typedef enum
{
  ATLAS_AREA_STATUS_UNKNOWN,
  ATLAS_AREA_STATUS_LISTED,
  ATLAS_AREA_STATUS_REPORTED,
  ATLAS_AREA_STATUS_NOT_LISTED,
} AtlasAreaStatus;

typedef enum
{
  ATLAS_EVENT_KIND_OTHER,
  ATLAS_EVENT_KIND_DIALOGUE,
  ATLAS_EVENT_KIND_DECLARATION,
  ATLAS_EVENT_KIND_SIGNING,
  ATLAS_EVENT_KIND_REVISION,
  ATLAS_EVENT_KIND_SUMMIT,
  ATLAS_EVENT_KIND_ACCESSION,
  ATLAS_EVENT_KIND_ANNOUNCEMENT,
  ATLAS_EVENT_KIND_MISSION,
  ATLAS_EVENT_KIND_STATEMENT,
  ATLAS_EVENT_KIND_NEGOTIATION,
  ATLAS_EVENT_KIND_PERIOD,
} AtlasEventKind;

typedef enum
{
  ATLAS_DOCUMENT_KIND_OTHER,
  ATLAS_DOCUMENT_KIND_COMMENTARY,
  ATLAS_DOCUMENT_KIND_POLICY_BRIEF,
  ATLAS_DOCUMENT_KIND_ANALYSIS,
  ATLAS_DOCUMENT_KIND_OFFICIAL,
  ATLAS_DOCUMENT_KIND_NEWS,
  ATLAS_DOCUMENT_KIND_WEB_PAGE,
  /* Since version 2 of the format */
  ATLAS_DOCUMENT_KIND_ACADEMIC,
  ATLAS_DOCUMENT_KIND_THINK_TANK,
  ATLAS_DOCUMENT_KIND_MIRROR,
  ATLAS_DOCUMENT_KIND_BLOG,
  ATLAS_DOCUMENT_KIND_FORUM,
} AtlasDocumentKind;

/* The first kind that version 1 of the format does not have */
#define ATLAS_DOCUMENT_KIND_FIRST_OF_VERSION_2 ATLAS_DOCUMENT_KIND_ACADEMIC

typedef enum
{
  ATLAS_DATE_PRECISION_NONE,
  ATLAS_DATE_PRECISION_YEAR,
  ATLAS_DATE_PRECISION_MONTH,
  ATLAS_DATE_PRECISION_DAY,
} AtlasDatePrecision;

/* Parse a dataset code; returns FALSE when @code is not one of the values. */
gboolean    atlas_programme_type_from_code      (const char *code, AtlasProgrammeType *out);
const char *atlas_programme_type_to_code        (AtlasProgrammeType type);
const char *atlas_programme_type_to_label       (AtlasProgrammeType type);
gboolean    atlas_programme_status_from_code    (const char *code, AtlasProgrammeStatus *out);
const char *atlas_programme_status_to_code      (AtlasProgrammeStatus status);
const char *atlas_programme_status_to_label     (AtlasProgrammeStatus status);
gboolean    atlas_text_availability_from_code   (const char *code, AtlasTextAvailability *out);
const char *atlas_text_availability_to_code     (AtlasTextAvailability availability);
const char *atlas_text_availability_to_label    (AtlasTextAvailability availability);
gboolean    atlas_area_status_from_code         (const char *code, AtlasAreaStatus *out);
const char *atlas_area_status_to_code           (AtlasAreaStatus status);
const char *atlas_area_status_to_label          (AtlasAreaStatus status);
const char *atlas_area_status_to_glyph          (AtlasAreaStatus status);
const char *atlas_area_status_describe          (AtlasAreaStatus status);
gboolean    atlas_event_kind_from_code          (const char *code, AtlasEventKind *out);
const char *atlas_event_kind_to_code            (AtlasEventKind kind);
const char *atlas_event_kind_to_label           (AtlasEventKind kind);
gboolean    atlas_document_kind_from_code       (const char *code, AtlasDocumentKind *out);
const char *atlas_document_kind_to_code         (AtlasDocumentKind kind);
const char *atlas_document_kind_to_label        (AtlasDocumentKind kind);
gboolean    atlas_document_kind_is_weak         (AtlasDocumentKind kind);
const char *atlas_document_kind_describe_weight (AtlasDocumentKind kind);

/* The codes accepted for each enum, comma separated, for error messages. */
const char *atlas_programme_type_codes          (void);
const char *atlas_programme_status_codes        (void);
const char *atlas_text_availability_codes       (void);
const char *atlas_area_status_codes             (void);
const char *atlas_event_kind_codes              (void);
const char *atlas_document_kind_codes           (void);

G_END_DECLS
