/* atlas-labels.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How records read in the window: the words and dates a person sees,
 * shared by the lists, the detail pages and the excerpts pane. Dates keep
 * the precision they have (atlas_date_format); dataset text is passed as
 * an argument, never as a format. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-area.h"
#include "atlas-area-group.h"
#include "atlas-claim.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-labels.h"
#include "atlas-text.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-wording.h"
#include "atlas-timeline-cap.h"

/* Joins the non-empty @parts with a middle dot */
static char *
join_parts (const char * const *parts,
            guint               n_parts)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (s->len > 0)
        /* Translators: separates pieces of information on one line, as in “ITPP · In force · 2023–2026” */
        g_string_append (s, C_("list separator", " · "));
      g_string_append (s, parts[i]);
    }
  return g_string_free (s, FALSE);
}

static char *
label_claim (AtlasClaim *claim,
             gboolean    short_date)
{
  const AtlasDate *date = atlas_claim_get_date (claim);
  const char *words = atlas_claim_get_text (claim);
  g_autofree char *text = words ? atlas_text_isolate_bidi (words) : NULL;
  g_autofree char *formatted = NULL;

  if (!atlas_date_is_set (date))
    return g_strdup (text ? text : "");
  formatted = short_date ? atlas_date_format_short (date) : atlas_date_format (date);
  if (text == NULL)
    return g_steal_pointer (&formatted);
  /* Translators: a date and the words a source uses for it, as in “2005 (formal dialogue)” */
  return g_strdup_printf (_("%s (%s)"), formatted, text);
}

/**
 * atlas_label_claim:
 *
 * Returns: (transfer full): the claim's date as precise as it is known, its
 *   words, or both
 */
char *
atlas_label_claim (AtlasClaim *claim)
{
  return label_claim (claim, FALSE);
}

static char *
label_claims (GPtrArray *claims)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      g_autofree char *label = label_claim (g_ptr_array_index (claims, i), FALSE);

      if (s->len > 0)
        /* Translators: separates claims on which sources disagree, as in “11 July 2023 / 13 July 2023” */
        g_string_append (s, C_("claims separator", " / "));
      g_string_append (s, label);
    }
  return g_string_free (s, FALSE);
}

/**
 * atlas_label_claims:
 * @claims: (element-type AtlasClaim) (nullable):
 *
 * Returns: (transfer full): every claim, as the sources give them
 */
char *
atlas_label_claims (GPtrArray *claims)
{
  return label_claims (claims);
}

/**
 * atlas_label_claims_short:
 * @claims: (element-type AtlasClaim) (nullable):
 *
 * The text of a table cell: the first claim, its date short. Where the
 * sources disagree the cell marks it, and its tooltip has every claim
 * (atlas_label_claims()).
 *
 * Returns: (transfer full): the first claim, or ""
 */
char *
atlas_label_claims_short (GPtrArray *claims)
{
  if (claims == NULL || claims->len == 0)
    return g_strdup ("");
  return label_claim (g_ptr_array_index (claims, 0), TRUE);
}

/**
 * atlas_claims_disagree:
 * @claims: (element-type AtlasClaim) (nullable):
 *
 * Returns: whether the claims say different things
 */
gboolean
atlas_claims_disagree (GPtrArray *claims)
{
  g_autofree char *first = NULL;

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      g_autofree char *label = atlas_label_claim (g_ptr_array_index (claims, i));

      if (first == NULL)
        first = g_steal_pointer (&label);
      else if (g_strcmp0 (first, label) != 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * atlas_label_period:
 *
 * Returns: (transfer full) (nullable): the programme's period, or %NULL
 *   when the sources give none
 */
char *
atlas_label_period (AtlasProgramme *programme)
{
  const AtlasDate *start = atlas_programme_get_period_start (programme);
  const AtlasDate *end = atlas_programme_get_period_end (programme);
  g_autofree char *from = atlas_date_is_set (start) ? atlas_date_format (start) : NULL;
  g_autofree char *to = atlas_date_is_set (end) ? atlas_date_format (end) : NULL;

  if (from != NULL && to != NULL && (start->precision > ATLAS_DATE_PRECISION_YEAR ||
                                     end->precision > ATLAS_DATE_PRECISION_YEAR))
    /* Translators: a period from one date to another where either has a
     * month or a day, as in “June 2012 – July 2024”: spaced, so that “1 –
     * 31 December 9999” does not read as days 1 to 31 */
    return g_strdup_printf (_("%s – %s"), from, to);
  if (from != NULL && to != NULL)
    /* Translators: a period from one date to another, as in “2023–2026” */
    return g_strdup_printf (_("%s–%s"), from, to);
  if (from != NULL)
    /* Translators: a period with no known end */
    return g_strdup_printf (_("from %s"), from);
  if (to != NULL)
    /* Translators: a period with no known start */
    return g_strdup_printf (_("until %s"), to);
  return NULL;
}

/**
 * atlas_label_area_status:
 *
 * Returns: (transfer full): the status as its glyph and its word, so that
 *   it reads without colour: “● Listed”
 */
char *
atlas_label_area_status (AtlasAreaStatus status)
{
  return g_strdup_printf ("%s %s", atlas_area_status_to_glyph (status), atlas_area_status_to_label (status));
}

char *
atlas_label_authors (const char * const *authors)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; authors != NULL && authors[i] != NULL; i++)
    {
      if (i > 0)
        /* Translators: separates the names of a document's authors */
        g_string_append (s, C_("authors separator", ", "));
      g_string_append (s, authors[i]);
    }
  return g_string_free (s, FALSE);
}

/**
 * atlas_label_attribution:
 *
 * Returns: (transfer full): the document's authors, publisher and date
 *   (or that it has none)
 */
char *
atlas_label_attribution (AtlasDocument *document)
{
  g_autofree char *authors = atlas_label_authors (atlas_document_get_authors (document));
  g_autofree char *date = NULL;
  const char *parts[3];

  if (atlas_date_is_set (atlas_document_get_date (document)))
    date = atlas_date_format (atlas_document_get_date (document));
  else if (atlas_document_get_undated (document))
    /* Translators: in place of a document's date, when the document gives none */
    date = g_strdup (C_("document date", "undated"));
  parts[0] = authors;
  parts[1] = atlas_document_get_publisher (document);
  parts[2] = date;
  return join_parts (parts, G_N_ELEMENTS (parts));
}

/**
 * atlas_label_wording:
 * @with_words: whether to quote the wording, or only give its place
 *
 * Returns: (transfer full): a source's wording of an area, its place in
 *   that source's list, and the source: “cyber defence”, no. 10 in …
 */
char *
atlas_label_wording (AtlasWording *wording,
                     gboolean      with_words)
{
  GPtrArray *evidence = atlas_wording_get_evidence (wording);
  /* Dataset text beside the app's own words: isolated, so that a
   * right-to-left or overriding wording cannot reorder them */
  g_autofree char *text = atlas_text_isolate_bidi (atlas_wording_get_text (wording));
  guint position = atlas_wording_get_position (wording);
  g_autofree char *source = NULL;

  if (evidence != NULL && evidence->len > 0)
    source = atlas_text_isolate_bidi (atlas_document_get_title (atlas_excerpt_get_document (g_ptr_array_index (evidence, 0))));

  if (source == NULL)
    /* Translators: a wording quoted from a source */
    return g_strdup_printf (_("“%s”"), text);
  if (with_words && position > 0)
    /* Translators: a source's wording of an area, its place in that source's list and the source, as in “cyber defence”, no. 10 in RUSI Commentary */
    return g_strdup_printf (_("“%s”, no. %u in %s"), text, position, source);
  if (with_words)
    /* Translators: a source's wording of an area and the source */
    return g_strdup_printf (_("“%s” in %s"), text, source);
  /* Translators: the place of an area in a source's list, and the source */
  return g_strdup_printf (_("no. %u in %s"), position, source);
}

char *
atlas_label_event_date (AtlasEvent *event)
{
  g_autofree char *from = atlas_date_format (atlas_event_get_date (event));
  g_autofree char *to = NULL;

  if (!atlas_date_is_set (atlas_event_get_end (event)))
    return g_steal_pointer (&from);
  to = atlas_date_format (atlas_event_get_end (event));
  return g_strdup_printf (_("%s–%s"), from, to);
}

/**
 * atlas_label_cap:
 * @text: (nullable): dataset text for a label
 *
 * Returns: (transfer full) (nullable): @text as a list's label shows it:
 *   its first characters, and at most a few marks on each, so that a
 *   name of thousands of combining marks is not shaped whole in every row
 *   (the tooltip and the screen reader get more, see atlas_label_cap_tooltip())
 */
char *
atlas_label_cap (const char *text)
{
  return text ? atlas_timeline_cap_text (text) : NULL;
}

/**
 * atlas_label_cap_tooltip:
 *
 * Returns: (transfer full) (nullable): @text as a tooltip shows it
 */
char *
atlas_label_cap_tooltip (const char *text)
{
  return text ? atlas_timeline_cap_text_to (text, ATLAS_TIMELINE_MAX_TOOLTIP_CHARS) : NULL;
}

/**
 * atlas_label_record_title:
 *
 * Returns: (transfer none): what a record is called: a programme's or
 *   document's title, a partner's or area's name, an excerpt's text
 */
const char *
atlas_label_record_title (GObject *record)
{
  if (ATLAS_IS_PROGRAMME (record))
    return atlas_programme_get_title (ATLAS_PROGRAMME (record));
  if (ATLAS_IS_PARTNER (record))
    return atlas_partner_get_name (ATLAS_PARTNER (record));
  if (ATLAS_IS_AREA (record))
    return atlas_area_get_name (ATLAS_AREA (record));
  if (ATLAS_IS_DOCUMENT (record))
    return atlas_document_get_title (ATLAS_DOCUMENT (record));
  if (ATLAS_IS_EXCERPT (record))
    return atlas_excerpt_get_text (ATLAS_EXCERPT (record));
  if (ATLAS_IS_EVENT (record))
    return atlas_event_get_title (ATLAS_EVENT (record));
  if (ATLAS_IS_PROGRAMME_AREA (record))
    return atlas_area_get_name (atlas_programme_area_get_area (ATLAS_PROGRAMME_AREA (record)));
  return "";
}

/**
 * atlas_label_record_subtitle:
 *
 * Returns: (transfer full): a line that tells a record from its likes
 */
char *
atlas_label_record_subtitle (GObject *record)
{
  if (ATLAS_IS_PROGRAMME (record))
    {
      AtlasProgramme *programme = ATLAS_PROGRAMME (record);
      g_autofree char *period = atlas_label_period (programme);
      const char *parts[3] = {
        atlas_programme_type_to_label (atlas_programme_get_programme_type (programme)),
        atlas_programme_status_to_label (atlas_programme_get_status (programme)),
        period,
      };

      return join_parts (parts, G_N_ELEMENTS (parts));
    }
  if (ATLAS_IS_PARTNER (record))
    return g_strdup (atlas_partner_get_short_name (ATLAS_PARTNER (record)));
  if (ATLAS_IS_AREA (record))
    {
      AtlasAreaGroup *group = atlas_area_get_group (ATLAS_AREA (record));

      return g_strdup (group ? atlas_area_group_get_name (group) : NULL);
    }
  if (ATLAS_IS_DOCUMENT (record))
    {
      AtlasDocument *document = ATLAS_DOCUMENT (record);
      AtlasDocumentKind kind = atlas_document_get_kind (document);
      g_autofree char *attribution = atlas_label_attribution (document);
      /* The kind of source tells its weight; “Other” tells nothing */
      const char *parts[2] = {
        attribution,
        kind != ATLAS_DOCUMENT_KIND_OTHER ? atlas_document_kind_describe_weight (kind) : NULL,
      };

      return join_parts (parts, G_N_ELEMENTS (parts));
    }
  if (ATLAS_IS_EXCERPT (record))
    {
      AtlasExcerpt *excerpt = ATLAS_EXCERPT (record);
      g_autofree char *locator = atlas_excerpt_describe_locator (excerpt);
      const char *parts[2] = {
        atlas_document_get_title (atlas_excerpt_get_document (excerpt)),
        locator,
      };

      return join_parts (parts, G_N_ELEMENTS (parts));
    }
  if (ATLAS_IS_EVENT (record))
    {
      g_autofree char *date = atlas_label_event_date (ATLAS_EVENT (record));
      const char *parts[2] = {
        date,
        atlas_event_kind_to_label (atlas_event_get_kind (ATLAS_EVENT (record))),
      };

      return join_parts (parts, G_N_ELEMENTS (parts));
    }
  return NULL;
}

/**
 * atlas_uri_is_web:
 *
 * Returns: whether @uri is an http or https address, the only kind the
 *   window offers to open: a dataset comes from anywhere
 */
gboolean
atlas_uri_is_web (const char *uri)
{
  const char *scheme = uri ? g_uri_peek_scheme (uri) : NULL;

  return g_strcmp0 (scheme, "http") == 0 || g_strcmp0 (scheme, "https") == 0;
}
