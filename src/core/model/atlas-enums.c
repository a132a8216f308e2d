/* atlas-enums.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-enums.h"

typedef struct
{
  const char *code;
  const char *label;   /* N_() marked; translated on use */
} EnumInfo;

static gboolean
lookup (const EnumInfo *infos,
        guint           n_infos,
        const char     *code,
        int            *out)
{
  for (guint i = 0; i < n_infos; i++)
    if (g_strcmp0 (infos[i].code, code) == 0)
      {
        *out = (int) i;
        return TRUE;
      }
  return FALSE;
}

static const char *
codes_of (const EnumInfo *infos,
          guint           n_infos,
          char          **cache)
{
  if (g_once_init_enter (cache))
    {
      GString *s = g_string_new (NULL);

      for (guint i = 0; i < n_infos; i++)
        g_string_append_printf (s, "%s%s", i ? ", " : "", infos[i].code);
      g_once_init_leave (cache, g_string_free (s, FALSE));
    }
  return *cache;
}

#define DEFINE_ENUM(prefix, Type, table)                                  \
  gboolean                                                                \
  prefix##_from_code (const char *code, Type *out)                        \
  {                                                                       \
    int v;                                                                \
    g_return_val_if_fail (out != NULL, FALSE);                            \
    if (!lookup (table, G_N_ELEMENTS (table), code, &v))                  \
      return FALSE;                                                       \
    *out = (Type) v;                                                      \
    return TRUE;                                                          \
  }                                                                       \
  const char *                                                            \
  prefix##_to_code (Type value)                                           \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return table[value].code;                                             \
  }                                                                       \
  const char *                                                            \
  prefix##_to_label (Type value)                                          \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return g_dpgettext2 (GETTEXT_PACKAGE, #prefix, table[value].label);   \
  }                                                                       \
  const char *                                                            \
  prefix##_codes (void)                                                   \
  {                                                                       \
    static char *cache;                                                   \
    return codes_of (table, G_N_ELEMENTS (table), &cache);                \
  }

/* Labels are looked up with a context per enum (the function prefix), so
 * that translators can tell a programme's "unknown" status from an area's. */

static const EnumInfo programme_types[] = {
  { "other", NC_("atlas_programme_type", "Other") },
  { "ipcp", NC_("atlas_programme_type", "IPCP") },
  { "itpp", NC_("atlas_programme_type", "ITPP") },
};

static const EnumInfo programme_statuses[] = {
  { "unknown", NC_("atlas_programme_status", "Unknown") },
  { "in-force", NC_("atlas_programme_status", "In force") },
  { "superseded", NC_("atlas_programme_status", "Superseded") },
  { "expired", NC_("atlas_programme_status", "Expired") },
  { "planned", NC_("atlas_programme_status", "Planned") },
  { "under-negotiation", NC_("atlas_programme_status", "Under negotiation") },
};

static const EnumInfo text_availabilities[] = {
  { "unknown", NC_("atlas_text_availability", "Unknown whether the text is public") },
  { "public", NC_("atlas_text_availability", "Full text public") },
  { "open-edition", NC_("atlas_text_availability", "Open edition public") },
  { "summary", NC_("atlas_text_availability", "Only a summary is public") },
  { "not-public", NC_("atlas_text_availability", "Text not public") },
};

static const EnumInfo area_statuses[] = {
  { "unknown", NC_("atlas_area_status", "Unknown") },
  { "listed", NC_("atlas_area_status", "Listed") },
  { "reported", NC_("atlas_area_status", "Reported") },
  { "not-listed", NC_("atlas_area_status", "Not listed") },
};

static const EnumInfo event_kinds[] = {
  { "other", NC_("atlas_event_kind", "Other") },
  { "dialogue", NC_("atlas_event_kind", "Dialogue") },
  { "declaration", NC_("atlas_event_kind", "Declaration") },
  { "signing", NC_("atlas_event_kind", "Signing") },
  { "revision", NC_("atlas_event_kind", "Revision") },
  { "summit", NC_("atlas_event_kind", "Summit") },
  { "accession", NC_("atlas_event_kind", "Accession") },
  { "announcement", NC_("atlas_event_kind", "Announcement") },
  { "mission", NC_("atlas_event_kind", "Mission") },
  { "statement", NC_("atlas_event_kind", "Statement") },
  { "negotiation", NC_("atlas_event_kind", "Negotiation") },
  { "period", NC_("atlas_event_kind", "Programme period") },
};

static const EnumInfo document_kinds[] = {
  { "other", NC_("atlas_document_kind", "Other") },
  { "commentary", NC_("atlas_document_kind", "Commentary") },
  { "policy-brief", NC_("atlas_document_kind", "Policy brief") },
  { "analysis", NC_("atlas_document_kind", "Analysis") },
  { "official", NC_("atlas_document_kind", "Official document") },
  { "news", NC_("atlas_document_kind", "News") },
  { "web-page", NC_("atlas_document_kind", "Web page") },
  /* Since version 2 of the format */
  { "academic", NC_("atlas_document_kind", "Academic") },
  { "think-tank", NC_("atlas_document_kind", "Think tank") },
  { "mirror", NC_("atlas_document_kind", "Mirror copy") },
  { "blog", NC_("atlas_document_kind", "Blog") },
  { "forum", NC_("atlas_document_kind", "Forum") },
};

DEFINE_ENUM (atlas_programme_type, AtlasProgrammeType, programme_types)
DEFINE_ENUM (atlas_programme_status, AtlasProgrammeStatus, programme_statuses)
DEFINE_ENUM (atlas_text_availability, AtlasTextAvailability, text_availabilities)
DEFINE_ENUM (atlas_area_status, AtlasAreaStatus, area_statuses)
DEFINE_ENUM (atlas_event_kind, AtlasEventKind, event_kinds)
DEFINE_ENUM (atlas_document_kind, AtlasDocumentKind, document_kinds)

/**
 * atlas_area_status_to_glyph:
 *
 * A symbol that goes with (never replaces) the status label, so that the
 * comparison table does not rely on colour alone.
 */
const char *
atlas_area_status_to_glyph (AtlasAreaStatus status)
{
  switch (status)
    {
    case ATLAS_AREA_STATUS_LISTED:
      return "●";
    case ATLAS_AREA_STATUS_REPORTED:
      return "◐";
    case ATLAS_AREA_STATUS_NOT_LISTED:
      return "○";
    case ATLAS_AREA_STATUS_UNKNOWN:
    default:
      return "?";
    }
}

/**
 * atlas_area_status_describe:
 *
 * What a status means, for the legend beside its glyph and word.
 */
const char *
atlas_area_status_describe (AtlasAreaStatus status)
{
  switch (status)
    {
    case ATLAS_AREA_STATUS_LISTED:
      /* Translators: in the legend of an exported comparison, after “● Listed” */
      return C_("area status legend", "in the programme’s own list of areas, as its text or a source reproducing it gives it");
    case ATLAS_AREA_STATUS_REPORTED:
      /* Translators: in the legend of an exported comparison, after “◐ Reported” */
      return C_("area status legend", "a source says the programme covers it, outside the programme’s own list");
    case ATLAS_AREA_STATUS_NOT_LISTED:
      /* Translators: in the legend of an exported comparison, after “○ Not listed” */
      return C_("area status legend", "not in the programme’s list, which is known to be complete");
    case ATLAS_AREA_STATUS_UNKNOWN:
    default:
      /* Translators: in the legend of an exported comparison, after “? Unknown” */
      return C_("area status legend", "no source says");
    }
}

/**
 * atlas_document_kind_is_weak:
 *
 * Returns: %TRUE for the kinds of source whose word is weak on its own
 *   (blogs and forums): cited only where nothing better says the same,
 *   and marked as weak wherever shown
 */
gboolean
atlas_document_kind_is_weak (AtlasDocumentKind kind)
{
  return kind == ATLAS_DOCUMENT_KIND_BLOG || kind == ATLAS_DOCUMENT_KIND_FORUM;
}

/**
 * atlas_document_kind_describe_weight:
 *
 * Returns: the kind of source as a reader weighs it: “Official document”,
 *   “News”, or “Blog — weak source” for a weak kind
 */
const char *
atlas_document_kind_describe_weight (AtlasDocumentKind kind)
{
  switch (kind)
    {
    case ATLAS_DOCUMENT_KIND_BLOG:
      /* Translators: a kind of source, marked as weak evidence */
      return C_("atlas_document_kind", "Blog — weak source");

    case ATLAS_DOCUMENT_KIND_FORUM:
      /* Translators: a kind of source, marked as weak evidence */
      return C_("atlas_document_kind", "Forum — weak source");

    default:
      return atlas_document_kind_to_label (kind);
    }
}
