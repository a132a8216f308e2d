/* atlas-comparison-notes.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a cell, a row or a column of a comparison means, in words, and the
 * excerpts behind it: the notes the excerpts pane shows when part of the
 * comparison table is selected, and the text that screen readers and
 * tooltips give for a cell. Listed, reported, not listed and unknown are
 * explained apart; an unknown is never worded as a "no". */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-comparison-notes.h"
#include "atlas-evidence.h"
#include "atlas-model-private.h"

/**
 * atlas_comparison_find_column:
 *
 * Returns: the column of @programme in @comparison, or -1
 */
int
atlas_comparison_find_column (AtlasComparison *comparison,
                              AtlasProgramme  *programme)
{
  guint n_columns;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), -1);

  n_columns = atlas_comparison_get_n_columns (comparison);
  for (guint c = 0; c < n_columns; c++)
    if (atlas_comparison_get_programme (comparison, c) == programme)
      return (int) c;
  return -1;
}

static AtlasWording *
first_wording (AtlasProgrammeArea *pa)
{
  return pa != NULL && _atlas_pa_wordings (pa)->len > 0 ? g_ptr_array_index (_atlas_pa_wordings (pa), 0) : NULL;
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

/**
 * atlas_comparison_cell_wording:
 *
 * Returns: (nullable): the programme's own wording of the area (the first
 *   one the sources give) when it differs from the canonical name, else
 *   %NULL
 */
const char *
atlas_comparison_cell_wording (AtlasComparison *comparison,
                               guint            row,
                               guint            column)
{
  AtlasWording *wording = first_wording (atlas_comparison_get_cell (comparison, row, column));
  AtlasArea *area = atlas_comparison_get_area (comparison, row);

  if (wording == NULL || wording->text == NULL || same_words (wording->text, area->name))
    return NULL;
  return wording->text;
}

/**
 * atlas_comparison_cell_position:
 *
 * Returns: the area's position (1-based) in the list of the first source
 *   that gives one, or 0
 */
guint
atlas_comparison_cell_position (AtlasComparison *comparison,
                                guint            row,
                                guint            column)
{
  AtlasWording *wording = first_wording (atlas_comparison_get_cell (comparison, row, column));

  return wording ? wording->position : 0;
}

/* “cybersecurity”, position 4; “cyber defence”, position 10 — each
 * wording once, as the sources give them. */
static char *
describe_wordings (AtlasProgrammeArea *pa)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; pa != NULL && i < _atlas_pa_wordings (pa)->len; i++)
    {
      AtlasWording *wording = g_ptr_array_index (_atlas_pa_wordings (pa), i);
      g_autofree char *one = NULL;

      if (wording->text == NULL)
        continue;
      if (wording->position > 0)
        /* Translators: a programme's own wording of an area and its place
         * in the programme's list, e.g. position 4, “cybersecurity” */
        one = g_strdup_printf (_("position %u, “%s”"), wording->position, wording->text);
      else
        one = g_strdup_printf (_("“%s”"), wording->text);
      if (g_ptr_array_find_with_equal_func (seen, one, g_str_equal, NULL))
        continue;
      if (s->len > 0)
        /* Translators: separates the wordings of different sources */
        g_string_append (s, _("; "));
      g_string_append (s, one);
      g_ptr_array_add (seen, g_steal_pointer (&one));
    }
  return g_string_free (s, s->len == 0);
}

/**
 * atlas_comparison_describe_cell:
 *
 * Returns: (transfer full): what the cell says and how it is known, such
 *   as “Cyber defence in ROK ITPP 2023: listed (position 4,
 *   “cybersecurity”)”
 */
char *
atlas_comparison_describe_cell (AtlasComparison *comparison,
                                guint            row,
                                guint            column)
{
  AtlasArea *area = atlas_comparison_get_area (comparison, row);
  AtlasProgramme *programme = atlas_comparison_get_programme (comparison, column);
  AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, row, column);
  AtlasAreaStatus status = atlas_comparison_get_status (comparison, row, column);
  g_autofree char *wordings = describe_wordings (pa);
  g_autofree char *text = NULL;

  switch (status)
    {
    case ATLAS_AREA_STATUS_LISTED:
      if (wordings != NULL)
        /* Translators: %1$s is an area, %2$s a programme, %3$s the wordings and positions */
        text = g_strdup_printf (_("%1$s in %2$s: listed (%3$s)."), area->name, programme->short_label, wordings);
      else
        text = g_strdup_printf (_("%1$s in %2$s: listed."), area->name, programme->short_label);
      break;

    case ATLAS_AREA_STATUS_REPORTED:
      /* A party to the programme saying what it covers is no secondary source */
      if (pa != NULL && atlas_programme_area_is_reported_by_party (pa))
        {
          if (wordings != NULL)
            /* Translators: %1$s is an area, %2$s a programme, %3$s the wordings */
            text = g_strdup_printf (_("%1$s in %2$s: reported by an official source of a party to the "
                                      "programme (%3$s), not given as part of the programme’s own list."),
                                    area->name, programme->short_label, wordings);
          else
            text = g_strdup_printf (_("%1$s in %2$s: reported by an official source of a party to the "
                                      "programme, not given as part of the programme’s own list."),
                                    area->name, programme->short_label);
        }
      else if (wordings != NULL)
        /* Translators: %1$s is an area, %2$s a programme, %3$s the wordings */
        text = g_strdup_printf (_("%1$s in %2$s: reported by a secondary source (%3$s), "
                                  "not given as part of the programme’s own list."),
                                area->name, programme->short_label, wordings);
      else
        text = g_strdup_printf (_("%1$s in %2$s: reported by a secondary source, "
                                  "not given as part of the programme’s own list."),
                                area->name, programme->short_label);
      break;

    case ATLAS_AREA_STATUS_NOT_LISTED:
      if (pa != NULL)
        text = g_strdup_printf (_("%1$s in %2$s: not listed."), area->name, programme->short_label);
      else
        text = g_strdup_printf (_("%1$s in %2$s: not listed. The sources give the programme’s whole "
                                  "list of areas and this area is not in it; the excerpts shown "
                                  "are that list."),
                                area->name, programme->short_label);
      break;

    case ATLAS_AREA_STATUS_UNKNOWN:
    default:
      if (pa != NULL)
        text = g_strdup_printf (_("%1$s in %2$s: unknown."), area->name, programme->short_label);
      else
        text = g_strdup_printf (_("%1$s in %2$s: unknown. No source mentions this area for this "
                                  "programme, and none gives the programme’s whole list of areas, "
                                  "so it cannot be told whether the programme covers it."),
                                area->name, programme->short_label);
      break;
    }

  if (pa != NULL && _atlas_pa_note (pa) != NULL && _atlas_pa_note (pa)[0] != '\0')
    {
      char *with_note = g_strdup_printf ("%s %s", text, _atlas_pa_note (pa));

      g_free (text);
      text = with_note;
    }
  return g_steal_pointer (&text);
}

static void
add_unique (GPtrArray *out,
            GPtrArray *excerpts)
{
  for (guint i = 0; excerpts != NULL && i < excerpts->len; i++)
    {
      gpointer excerpt = g_ptr_array_index (excerpts, i);

      if (!g_ptr_array_find (out, excerpt, NULL))
        g_ptr_array_add (out, g_object_ref (excerpt));
    }
}

/**
 * atlas_comparison_cell_evidence:
 *
 * Returns: (transfer full) (element-type AtlasExcerpt): the excerpts behind
 *   the cell: the programme area's own, or for an area missing from a
 *   complete list the excerpts that give that list; none for an unknown
 */
GPtrArray *
atlas_comparison_cell_evidence (AtlasComparison *comparison,
                                guint            row,
                                guint            column)
{
  AtlasDataset *dataset = atlas_comparison_get_dataset (comparison);
  AtlasProgramme *programme = atlas_comparison_get_programme (comparison, column);
  AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, row, column);
  GPtrArray *out;
  GListModel *areas;

  if (pa != NULL)
    return atlas_evidence_for (dataset, G_OBJECT (pa));

  out = g_ptr_array_new_with_free_func (g_object_unref);
  if (atlas_comparison_get_status (comparison, row, column) != ATLAS_AREA_STATUS_NOT_LISTED)
    return out;

  areas = G_LIST_MODEL (programme->areas);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(AtlasProgrammeArea) listed = g_list_model_get_item (areas, i);

      if (listed->status != ATLAS_AREA_STATUS_LISTED)
        continue;
      for (guint w = 0; w < _atlas_pa_wordings (listed)->len; w++)
        add_unique (out, ((AtlasWording *) g_ptr_array_index (_atlas_pa_wordings (listed), w))->evidence);
    }
  return out;
}

/* “2 listed, 1 reported, 1 unknown”: zero counts are left out. A count
 * does not say “by a secondary source”: some reports are a party's own. */
static char *
describe_counts (const guint counts[4])
{
  GString *s = g_string_new (NULL);
  const AtlasAreaStatus order[] = {
    ATLAS_AREA_STATUS_LISTED, ATLAS_AREA_STATUS_REPORTED,
    ATLAS_AREA_STATUS_NOT_LISTED, ATLAS_AREA_STATUS_UNKNOWN,
  };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint n = counts[order[i]];
      g_autofree char *part = NULL;

      if (n == 0)
        continue;
      switch (order[i])
        {
        case ATLAS_AREA_STATUS_LISTED:
          part = g_strdup_printf (C_("count of cells", "%u listed"), n);
          break;
        case ATLAS_AREA_STATUS_REPORTED:
          /* Translators: areas not in a programme's own list that a source
           * (secondary, or a party to the programme) says it covers */
          part = g_strdup_printf (C_("count of cells", "%u reported outside the programme’s own list"), n);
          break;
        case ATLAS_AREA_STATUS_NOT_LISTED:
          part = g_strdup_printf (C_("count of cells", "%u not listed"), n);
          break;
        case ATLAS_AREA_STATUS_UNKNOWN:
        default:
          part = g_strdup_printf (C_("count of cells", "%u unknown"), n);
          break;
        }
      if (s->len > 0)
        g_string_append (s, _(", "));
      g_string_append (s, part);
    }
  return g_string_free (s, FALSE);
}

/**
 * atlas_comparison_describe_change:
 *
 * Returns: (transfer full): how the area changed from the first to the
 *   last programme, and why it cannot be told when it cannot
 */
char *
atlas_comparison_describe_change (AtlasComparison *comparison,
                                  guint            row)
{
  guint n_columns = atlas_comparison_get_n_columns (comparison);
  AtlasProgramme *first, *last;

  g_return_val_if_fail (n_columns >= 2, NULL);

  first = atlas_comparison_get_programme (comparison, 0);
  last = atlas_comparison_get_programme (comparison, n_columns - 1);
  switch (atlas_comparison_get_change (comparison, row))
    {
    case ATLAS_CHANGE_ADDED:
      /* Translators: %1$s and %2$s are programmes, the older first */
      return g_strdup_printf (_("From %1$s to %2$s: added."), first->short_label, last->short_label);
    case ATLAS_CHANGE_DROPPED:
      return g_strdup_printf (_("From %1$s to %2$s: dropped."), first->short_label, last->short_label);
    case ATLAS_CHANGE_SAME:
      return g_strdup_printf (_("From %1$s to %2$s: unchanged."), first->short_label, last->short_label);
    case ATLAS_CHANGE_UNKNOWN:
    default:
      /* Translators: %1$s and %2$s are programmes, %3$s is one of them */
      return g_strdup_printf (_("From %1$s to %2$s: cannot tell, because the area is unknown for %3$s."),
                              first->short_label, last->short_label,
                              atlas_comparison_get_status (comparison, row, 0) == ATLAS_AREA_STATUS_UNKNOWN
                              ? first->short_label : last->short_label);
    }
}

/**
 * atlas_comparison_describe_row:
 * @with_change: add how the area changed from the first to the last
 *   programme (needs two programmes or more)
 *
 * Returns: (transfer full): how the chosen programmes cover the area
 */
char *
atlas_comparison_describe_row (AtlasComparison *comparison,
                               guint            row,
                               gboolean         with_change)
{
  guint n_columns = atlas_comparison_get_n_columns (comparison);
  AtlasArea *area = atlas_comparison_get_area (comparison, row);
  guint counts[4] = { 0 };
  g_autofree char *parts = NULL;
  g_autofree char *head = NULL;
  g_autofree char *text = NULL;

  for (guint c = 0; c < n_columns; c++)
    counts[atlas_comparison_get_status (comparison, row, c)]++;
  parts = describe_counts (counts);
  head = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %1$s is an area, %2$u how many programmes */
                                       "%1$s in the %2$u programme compared",
                                       "%1$s in the %2$u programmes compared", n_columns),
                          area->name, n_columns);
  /* Translators: %1$s is e.g. “Cyber defence in the 4 programmes compared”,
   * %2$s the counts, e.g. “2 listed, 2 unknown” */
  text = g_strdup_printf (_("%1$s: %2$s."), head, parts);

  if (with_change && n_columns >= 2)
    {
      g_autofree char *change = atlas_comparison_describe_change (comparison, row);
      char *with = g_strdup_printf ("%s %s", text, change);

      g_free (text);
      text = with;
    }
  return g_steal_pointer (&text);
}

/**
 * atlas_comparison_row_evidence:
 *
 * Returns: (transfer full) (element-type AtlasExcerpt): the excerpts
 *   behind the area for every programme compared, each once
 */
GPtrArray *
atlas_comparison_row_evidence (AtlasComparison *comparison,
                               guint            row)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_columns = atlas_comparison_get_n_columns (comparison);

  for (guint c = 0; c < n_columns; c++)
    {
      AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, row, c);
      g_autoptr(GPtrArray) some = NULL;

      if (pa == NULL)
        continue;
      some = atlas_evidence_for (atlas_comparison_get_dataset (comparison), G_OBJECT (pa));
      add_unique (out, some);
    }
  return out;
}

/**
 * atlas_comparison_describe_column:
 *
 * Returns: (transfer full): how many areas the programme lists, and
 *   whether the sources give its whole list
 */
char *
atlas_comparison_describe_column (AtlasComparison *comparison,
                                  guint            column)
{
  AtlasProgramme *programme = atlas_comparison_get_programme (comparison, column);
  guint n_rows = atlas_comparison_get_n_rows (comparison);
  guint counts[4] = { 0 };
  g_autofree char *parts = NULL;

  for (guint r = 0; r < n_rows; r++)
    counts[atlas_comparison_get_status (comparison, r, column)]++;
  parts = describe_counts (counts);

  g_autofree char *text = NULL;
  g_autofree char *area_count = NULL;

  if (programme->areas_complete)
    /* Translators: %1$s is a programme's short label, %2$s its title, %3$s counts of areas */
    text = g_strdup_printf (_("%1$s (%2$s): %3$s. The sources give the programme’s whole list of areas."),
                            programme->short_label, programme->title, parts);
  else
    text = g_strdup_printf (_("%1$s (%2$s): %3$s. No source gives the programme’s whole list of "
                              "areas, so an area no source mentions is unknown."),
                            programme->short_label, programme->title, parts);

  area_count = atlas_programme_describe_area_count (programme);
  if (area_count == NULL)
    return g_steal_pointer (&text);
  /* Translators: %1$s is the sentences above; %2$s is as “9 areas, 8 known” */
  return g_strdup_printf (_("%1$s Number of areas the sources give: %2$s."), text, area_count);
}
