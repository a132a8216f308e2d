/* atlas-tables.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The tables that the app exports, built from the model. Every format
 * writes these, so a CSV and a PDF of the same view hold the same values. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-model-private.h"
#include "atlas-citations.h"
#include "atlas-comparison-shown.h"
#include "atlas-tables.h"

static void
column (AtlasTable              *table,
        const AtlasTableOptions *options,
        const char              *id,
        const char              *title)
{
  /* Without localization the header is the stable code, which is what
   * scripts that read the file should rely on. */
  atlas_table_add_column (table, id, options->localized ? title : id);
}

/* A column of internal ids: for scripts, left out of formats for people */
static void
id_column (AtlasTable              *table,
           const AtlasTableOptions *options,
           const char              *id,
           const char              *title)
{
  atlas_table_add_script_column (table, id, options->localized ? title : id);
}

/* Words for people follow the interface language only in a localized
 * export; otherwise the file is the same whatever the user's language. */
static const char *say (const AtlasTableOptions *options,
                        const char              *msgid) G_GNUC_FORMAT (2);

static const char *
say (const AtlasTableOptions *options,
     const char              *msgid)
{
  return options->localized ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid;
}

static const char *
yes_no (const AtlasTableOptions *options,
        gboolean                 value)
{
  if (!options->localized)
    return value ? "true" : "false";
  /* Translators: a cell of an exported table (“Planned: yes”) */
  return value ? C_("exported table cell", "yes") : C_("exported table cell", "no");
}

static char *
join_dates (GPtrArray *claims)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < claims->len; i++)
    {
      AtlasClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *date = atlas_date_to_iso (&claim->date);

      if (s->len > 0)
        g_string_append (s, " | ");
      g_string_append (s, date ? date : claim->text ? claim->text : "");
    }
  return g_string_free (s, FALSE);
}

static char *
join_excerpt_ids (GPtrArray *excerpts)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);
      g_string_append_printf (s, "%s%s", i ? " " : "", excerpt->id);
    }
  return g_string_free (s, FALSE);
}

/* The number of @document in the list of sources after @table */
static guint
cite_document (AtlasTable    *table,
               AtlasDocument *document)
{
  g_autofree char *reference = atlas_citation_reference (document);
  g_autofree char *accessed = atlas_date_is_set (&document->accessed)
                              ? atlas_date_format (&document->accessed) : NULL;

  return atlas_table_cite (table, document->id, reference, document->url, accessed);
}

static int
compare_numbers (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* For people, the evidence of a cell as numbered citations of the
 * documents behind it, “[1], [4]”, which point to the list of sources
 * after the table; for scripts, the excerpts' ids */
static char *
join_evidence (AtlasTable              *table,
               const AtlasTableOptions *options,
               GPtrArray               *excerpts)
{
  g_autoptr(GArray) numbers = NULL;
  GString *s;

  if (!options->for_people)
    return join_excerpt_ids (excerpts);

  numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);
      guint number;
      gboolean seen = FALSE;

      if (excerpt->document == NULL)
        continue;
      number = cite_document (table, excerpt->document);
      for (guint k = 0; k < numbers->len && !seen; k++)
        seen = g_array_index (numbers, guint, k) == number;
      if (!seen)
        g_array_append_val (numbers, number);
    }
  g_array_sort (numbers, compare_numbers);
  s = g_string_new (NULL);
  for (guint k = 0; k < numbers->len; k++)
    {
      if (k > 0)
        g_string_append (s, C_("names separator", ", "));
      g_string_append_printf (s, "[%u]", g_array_index (numbers, guint, k));
    }
  return g_string_free (s, FALSE);
}

static char *
join_documents (GPtrArray *excerpts)
{
  /* A set: a dataset may cite thousands of excerpts in one cell */
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);

      if (excerpt->document == NULL || !g_hash_table_add (seen, excerpt->document))
        continue;
      g_string_append_printf (s, "%s%s", s->len ? " | " : "", excerpt->document->title);
    }
  return g_string_free (s, FALSE);
}

static char *
join_wordings (AtlasProgrammeArea *pa,
               guint               skip_first)
{
  GString *s = g_string_new (NULL);

  for (guint i = skip_first; pa != NULL && i < _atlas_pa_wordings (pa)->len; i++)
    {
      AtlasWording *wording = g_ptr_array_index (_atlas_pa_wordings (pa), i);
      g_string_append_printf (s, "%s%s", s->len ? " | " : "", wording->text);
    }
  return g_string_free (s, FALSE);
}

static void
set_status (AtlasTable              *table,
            const AtlasTableOptions *options,
            guint                    row,
            guint                    column,
            AtlasAreaStatus          status)
{
  if (options->blank_unknown && status == ATLAS_AREA_STATUS_UNKNOWN)
    atlas_table_set_status (table, row, column, status, "");
  else
    atlas_table_set_status (table, row, column, status,
                            options->localized ? atlas_area_status_to_label (status)
                                               : atlas_area_status_to_code (status));
}

/* What goes around a table on a page: the note on its source, the paper */
static void
set_page (AtlasTable              *table,
          const AtlasTableOptions *options,
          AtlasDataset            *dataset)
{
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  const char *release;

  atlas_table_set_paper (table, options->paper);
  atlas_table_set_dataset (table, dataset->title, dataset->sha256);

  if (dataset->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (dataset->file);
      /* Translators: under an exported table; %s is the dataset's title, then its file */
      note = g_strdup_printf (say (options, N_("Source: %s (%s). Made with Partnership Atlas.")),
                              dataset->title, name);
    }
  else
    /* Translators: under an exported table; %s is the dataset's title */
    note = g_strdup_printf (say (options, N_("Source: %s (the built-in dataset of Partnership Atlas).")),
                            dataset->title);
  /* Which release of the data, so that a reader can tell two exports
   * of different releases apart: the dataset's release and the date of
   * its newest changelog entry (dated in ISO 8601, in every language) */
  release = atlas_dataset_get_current_release (dataset);
  if (atlas_date_is_set (atlas_dataset_get_release_date (dataset)))
    date = atlas_date_to_iso (atlas_dataset_get_release_date (dataset));
  atlas_table_set_release (table, release, date);
  if (release != NULL)
    {
      g_autofree char *line = atlas_release_line (release, date, options->localized);
      char *with_release = g_strconcat (note, " ", line, NULL);

      g_free (note);
      note = with_release;
    }
  /* What the view leaves out comes first */
  if (options->view_note != NULL && *options->view_note != '\0')
    {
      g_autofree char *source = g_steal_pointer (&note);

      note = g_strconcat (options->view_note, " ", source, NULL);
    }
  atlas_table_set_note (table, note);
}

/* Names, at the head of the note, the programmes left out for want of
 * area data */
static void
add_left_out_note (AtlasTable              *table,
                   const AtlasTableOptions *options,
                   GPtrArray               *left_out)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *sentence = NULL;
  g_autofree char *note = NULL;

  for (guint i = 0; i < left_out->len; i++)
    {
      AtlasProgramme *programme = g_ptr_array_index (left_out, i);

      if (i > 0)
        g_string_append (names, options->localized ? C_("names separator", ", ") : ", ");
      g_string_append (names, options->localized ? programme->short_label : programme->id);
    }
  /* Translators: in an exported comparison's note; %s names programmes */
  sentence = g_strdup_printf (say (options, N_("Not shown, for want of area data: %s.")), names->str);
  note = g_strconcat (sentence, " ", atlas_table_get_note (table), NULL);
  atlas_table_set_note (table, note);
}

/* Reports @done of @total rows or cells built, and says whether to stop
 * there because the export was cancelled */
static gboolean
stop_building (const AtlasTableOptions *options,
               guint64                  done,
               guint64                  total)
{
  if (options->progress != NULL)
    atlas_progress_report_items (options->progress, done, total);
  return g_cancellable_is_cancelled (options->cancellable);
}

/* What the comparison shows, for the exports that describe themselves:
 * the programmes compared, then what the view leaves out */
static void
set_selection (AtlasTable              *table,
               const AtlasTableOptions *options,
               AtlasComparison         *comparison)
{
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *sentence = NULL;

  for (guint c = 0; c < atlas_comparison_get_n_columns (comparison); c++)
    {
      AtlasProgramme *programme = atlas_comparison_get_programme (comparison, c);

      if (c > 0)
        g_string_append (names, options->localized ? C_("names separator", ", ") : ", ");
      g_string_append (names, options->localized ? programme->short_label : programme->id);
    }
  /* Translators: what an exported comparison shows; %s names programmes */
  sentence = g_strdup_printf (say (options, N_("Programmes compared: %s.")), names->str);
  if (options->view_note != NULL && *options->view_note != '\0')
    {
      g_autofree char *with_view = g_strconcat (sentence, " ", options->view_note, NULL);

      atlas_table_set_selection (table, with_view);
    }
  else
    atlas_table_set_selection (table, sentence);
}

/**
 * atlas_tables_comparison:
 *
 * Returns: (transfer full): the comparison as a table, wide or long
 */
AtlasTable *
atlas_tables_comparison (AtlasComparison         *comparison,
                         const AtlasTableOptions *options)
{
  AtlasDataset *dataset = atlas_comparison_get_dataset (comparison);
  g_autoptr(AtlasComparison) with_data = NULL;
  g_autoptr(GPtrArray) left_out = NULL;
  g_autofree char *title = NULL;
  guint n_rows, n_columns;
  AtlasTable *table;

  /* On paper, a programme of which no source gives any area is a sentence
   * in the note, not a column of question marks */
  if (options->for_people)
    {
      g_autoptr(GPtrArray) programmes = g_ptr_array_new ();
      g_autoptr(GPtrArray) kept = NULL;

      left_out = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint c = 0; c < atlas_comparison_get_n_columns (comparison); c++)
        g_ptr_array_add (programmes, atlas_comparison_get_programme (comparison, c));
      kept = atlas_comparison_with_area_data (programmes, left_out);
      if (left_out->len > 0 && kept->len > 0)
        comparison = with_data = atlas_comparison_new (dataset, kept);
      else
        g_ptr_array_set_size (left_out, 0);
    }
  n_rows = atlas_comparison_get_n_rows (comparison);
  n_columns = atlas_comparison_get_n_columns (comparison);

  if (options->for_people && options->localized)
    /* Translators: the title of an exported comparison; %s is the dataset's title */
    title = g_strdup_printf (_("Cooperation areas by programme — %s"), dataset->title);
  table = atlas_table_new ("comparison", title ? title : say (options, N_("Cooperation areas by programme")));

  set_page (table, options, dataset);
  if (left_out != NULL && left_out->len > 0)
    add_left_out_note (table, options, left_out);
  set_selection (table, options, comparison);

  if (options->layout == ATLAS_TABLE_LAYOUT_WIDE)
    {
      id_column (table, options, "area_id", _("Area id"));
      column (table, options, "area", _("Cooperation area"));
      column (table, options, "group", _("Group"));
      for (guint c = 0; c < n_columns; c++)
        {
          AtlasProgramme *programme = atlas_comparison_get_programme (comparison, c);
          g_autofree char *wording_id = g_strdup_printf ("%s.wording", programme->id);
          g_autofree char *position_id = g_strdup_printf ("%s.position", programme->id);
          g_autofree char *evidence_id = g_strdup_printf ("%s.evidence", programme->id);
          /* Translators: a column header; %s is a programme such as “ROK ITPP 2023” */
          g_autofree char *wording = g_strdup_printf (_("%s: wording"), programme->short_label);
          /* Translators: a column header; %s is a programme such as “ROK ITPP 2023” */
          g_autofree char *position = g_strdup_printf (_("%s: position"), programme->short_label);
          /* Translators: a column header; %s is a programme such as “ROK ITPP 2023” */
          g_autofree char *evidence = g_strdup_printf (_("%s: evidence"), programme->short_label);

          column (table, options, programme->id, programme->short_label);
          if (options->include_wording)
            {
              column (table, options, wording_id, wording);
              column (table, options, position_id, position);
            }
          if (options->include_evidence)
            column (table, options, evidence_id, evidence);
        }

      for (guint r = 0; r < n_rows && !stop_building (options, r, n_rows); r++)
        {
          AtlasArea *area = atlas_comparison_get_area (comparison, r);
          guint row = atlas_table_add_row (table);
          guint k = 3;

          atlas_table_set_text (table, row, 0, area->id);
          atlas_table_set_text (table, row, 1, area->name);
          atlas_table_set_text (table, row, 2, area->group ? area->group->name : NULL);
          for (guint c = 0; c < n_columns; c++)
            {
              AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, r, c);
              AtlasWording *wording = pa && _atlas_pa_wordings (pa)->len ? g_ptr_array_index (_atlas_pa_wordings (pa), 0) : NULL;

              set_status (table, options, row, k++, atlas_comparison_get_status (comparison, r, c));
              if (options->include_wording)
                {
                  atlas_table_set_text (table, row, k++, wording ? wording->text : NULL);
                  if (wording && wording->position > 0)
                    atlas_table_set_number (table, row, k, wording->position);
                  k++;
                }
              if (options->include_evidence)
                {
                  g_autofree char *ids = pa ? join_evidence (table, options, _atlas_pa_evidence (pa)) : NULL;
                  atlas_table_set_text (table, row, k++, ids);
                }
            }
        }
      return table;
    }

  id_column (table, options, "programme_id", _("Programme id"));
  column (table, options, "programme", _("Programme"));
  column (table, options, "partner", _("Partner"));
  column (table, options, "programme_type", _("Type"));
  id_column (table, options, "area_id", _("Area id"));
  column (table, options, "area", _("Cooperation area"));
  column (table, options, "group", _("Group"));
  column (table, options, "status", _("Status"));
  if (options->include_wording)
    {
      column (table, options, "wording", _("Wording"));
      column (table, options, "position", _("Position"));
      column (table, options, "other_wordings", _("Other wordings"));
    }
  if (options->include_evidence)
    {
      column (table, options, "excerpts", _("Excerpts"));
      column (table, options, "documents", _("Documents"));
    }

  for (guint c = 0; c < n_columns; c++)
    {
      AtlasProgramme *programme = atlas_comparison_get_programme (comparison, c);

      for (guint r = 0; r < n_rows; r++)
        {
          AtlasArea *area = atlas_comparison_get_area (comparison, r);
          AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, r, c);
          AtlasWording *wording = pa && _atlas_pa_wordings (pa)->len ? g_ptr_array_index (_atlas_pa_wordings (pa), 0) : NULL;
          guint row = atlas_table_add_row (table);
          guint k = 8;

          atlas_table_set_text (table, row, 0, programme->id);
          atlas_table_set_text (table, row, 1, programme->title);
          atlas_table_set_text (table, row, 2, programme->partner ? programme->partner->name : NULL);
          atlas_table_set_text (table, row, 3, options->localized
                                ? atlas_programme_type_to_label (programme->programme_type)
                                : atlas_programme_type_to_code (programme->programme_type));
          atlas_table_set_text (table, row, 4, area->id);
          atlas_table_set_text (table, row, 5, area->name);
          atlas_table_set_text (table, row, 6, area->group ? area->group->name : NULL);
          set_status (table, options, row, 7, atlas_comparison_get_status (comparison, r, c));
          if (options->include_wording)
            {
              g_autofree char *others = join_wordings (pa, 1);

              atlas_table_set_text (table, row, k++, wording ? wording->text : NULL);
              if (wording && wording->position > 0)
                atlas_table_set_number (table, row, k, wording->position);
              k++;
              atlas_table_set_text (table, row, k++, others);
            }
          if (options->include_evidence)
            {
              g_autofree char *ids = pa ? join_evidence (table, options, _atlas_pa_evidence (pa)) : NULL;
              g_autofree char *documents = pa ? join_documents (_atlas_pa_evidence (pa)) : NULL;

              atlas_table_set_text (table, row, k++, ids);
              atlas_table_set_text (table, row, k++, documents);
            }
          if (stop_building (options, (guint64) c * n_rows + r + 1, (guint64) n_columns * n_rows))
            return table;
        }
    }
  return table;
}

/**
 * atlas_tables_evidence:
 *
 * Returns: (transfer full): one row per excerpt behind a cell of the
 *   comparison: the sheet of evidence that goes with it
 */
AtlasTable *
atlas_tables_evidence (AtlasComparison         *comparison,
                       const AtlasTableOptions *options)
{
  AtlasTable *table = atlas_table_new ("evidence", say (options, N_("Evidence")));
  guint n_rows = atlas_comparison_get_n_rows (comparison);
  guint n_columns = atlas_comparison_get_n_columns (comparison);

  set_page (table, options, atlas_comparison_get_dataset (comparison));
  set_selection (table, options, comparison);
  id_column (table, options, "programme_id", _("Programme id"));
  id_column (table, options, "area_id", _("Area id"));
  id_column (table, options, "excerpt_id", _("Excerpt id"));
  /* The reader's names for what the ids say */
  column (table, options, "programme", _("Programme"));
  column (table, options, "area", _("Cooperation area"));
  column (table, options, "excerpt", _("Excerpt"));
  column (table, options, "document", _("Document"));
  column (table, options, "locator", _("Locator"));
  /* Translators: a column of the exported evidence: the document's full reference */
  column (table, options, "reference", C_("evidence column", "Reference"));

  for (guint c = 0; c < n_columns; c++)
    for (guint r = 0; r < n_rows; r++)
      {
        AtlasProgrammeArea *pa = atlas_comparison_get_cell (comparison, r, c);

        if (stop_building (options, (guint64) c * n_rows + r, (guint64) n_columns * n_rows))
          return table;
        for (guint i = 0; pa != NULL && i < _atlas_pa_evidence (pa)->len; i++)
          {
            AtlasExcerpt *excerpt = g_ptr_array_index (_atlas_pa_evidence (pa), i);
            guint row = atlas_table_add_row (table);

            atlas_table_set_text (table, row, 0, atlas_comparison_get_programme (comparison, c)->id);
            atlas_table_set_text (table, row, 1, atlas_comparison_get_area (comparison, r)->id);
            atlas_table_set_text (table, row, 2, excerpt->id);
            atlas_table_set_text (table, row, 3, atlas_comparison_get_programme (comparison, c)->short_label);
            atlas_table_set_text (table, row, 4, atlas_comparison_get_area (comparison, r)->name);
            atlas_table_set_text (table, row, 5, excerpt->text);
            atlas_table_set_text (table, row, 6, excerpt->document ? excerpt->document->title : NULL);
            atlas_table_set_text (table, row, 7, excerpt->locator);
            if (excerpt->document != NULL)
              {
                g_autofree char *reference = atlas_citation_reference (excerpt->document);

                atlas_table_set_text (table, row, 8, reference);
              }
          }
      }
  return table;
}

AtlasTable *
atlas_tables_programmes (AtlasDataset            *dataset,
                         const AtlasTableOptions *options)
{
  AtlasTable *table = atlas_table_new ("programmes", say (options, N_("Programmes")));
  GListModel *programmes = atlas_dataset_get_programmes (dataset);

  set_page (table, options, dataset);
  id_column (table, options, "id", _("Id"));
  column (table, options, "partner", _("Partner"));
  column (table, options, "type", _("Type"));
  column (table, options, "title", _("Title"));
  column (table, options, "status", _("Status"));
  column (table, options, "text_availability", _("Text"));
  column (table, options, "signed", _("Signed"));
  column (table, options, "period_start", _("Period start"));
  column (table, options, "period_end", _("Period end"));
  column (table, options, "period_planned", _("Period planned"));
  column (table, options, "areas", _("Areas"));
  column (table, options, "supersedes", _("Supersedes"));
  /* Translators: a column of the programmes export: the numbers of areas the sources give */
  column (table, options, "area_counts", _("Areas the sources count"));
  /* Translators: a column of the programmes export: the areas listed, reported or not listed */
  column (table, options, "known_areas", _("Known areas"));

  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);
      g_autofree char *signed_ = join_dates (p->signed_);
      g_autofree char *start = atlas_date_to_iso (&p->period_start);
      g_autofree char *end = atlas_date_to_iso (&p->period_end);
      guint row = atlas_table_add_row (table);
      gboolean known;

      atlas_table_set_text (table, row, 0, p->id);
      atlas_table_set_text (table, row, 1, p->partner ? p->partner->id : NULL);
      atlas_table_set_text (table, row, 2, options->localized ? atlas_programme_type_to_label (p->programme_type)
                                                              : atlas_programme_type_to_code (p->programme_type));
      atlas_table_set_text (table, row, 3, p->title);
      atlas_table_set_text (table, row, 4, options->localized ? atlas_programme_status_to_label (p->status)
                                                              : atlas_programme_status_to_code (p->status));
      atlas_table_set_text (table, row, 5, options->localized ? atlas_text_availability_to_label (p->text_availability)
                                                              : atlas_text_availability_to_code (p->text_availability));
      atlas_table_set_text (table, row, 6, signed_);
      atlas_table_set_text (table, row, 7, start);
      atlas_table_set_text (table, row, 8, end);
      atlas_table_set_text (table, row, 9, yes_no (options, p->period_planned));
      /* Of a programme no source names an area of, the counts are left
       * blank (null in JSON): “0” would read as “covers nothing” */
      known = atlas_programme_has_area_data (p);
      if (known)
        atlas_table_set_number (table, row, 10, g_list_model_get_n_items (G_LIST_MODEL (p->areas)));
      atlas_table_set_text (table, row, 11, p->supersedes ? p->supersedes->id : NULL);
      /* “9 | 11” where the sources disagree, as wordings are joined */
      if (p->area_counts->len > 0)
        {
          g_autoptr(GString) counts = g_string_new (NULL);

          for (guint j = 0; j < p->area_counts->len; j++)
            g_string_append_printf (counts, "%s%u", j ? " | " : "",
                                    ((AtlasAreaCount *) g_ptr_array_index (p->area_counts, j))->count);
          if (p->area_counts->len == 1)
            atlas_table_set_number (table, row, 12, ((AtlasAreaCount *) g_ptr_array_index (p->area_counts, 0))->count);
          else
            atlas_table_set_text (table, row, 12, counts->str);
        }
      if (known)
        atlas_table_set_number (table, row, 13, atlas_programme_count_known_areas (p));
    }
  return table;
}

AtlasTable *
atlas_tables_events (AtlasDataset            *dataset,
                     const AtlasTableOptions *options)
{
  AtlasTable *table = atlas_table_new ("events", say (options, N_("Events")));
  GListModel *events = atlas_dataset_get_events (dataset);

  set_page (table, options, dataset);
  id_column (table, options, "id", _("Id"));
  column (table, options, "date", _("Date"));
  column (table, options, "end", _("End"));
  column (table, options, "kind", _("Kind"));
  column (table, options, "title", _("Title"));
  column (table, options, "partners", _("Partners"));
  column (table, options, "programme", _("Programme"));
  column (table, options, "planned", _("Planned"));
  column (table, options, "other_dates", _("Other dates"));
  column (table, options, "evidence", _("Evidence"));

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(AtlasEvent) e = g_list_model_get_item (events, i);
      g_autofree char *date = atlas_date_to_iso (&e->date);
      g_autofree char *end = atlas_date_to_iso (&e->end);
      g_autofree char *others = join_dates (e->alternatives);
      g_autofree char *evidence = join_evidence (table, options, e->evidence);
      g_autoptr(GString) partners = g_string_new (NULL);
      guint row = atlas_table_add_row (table);

      for (guint k = 0; k < e->partners->len; k++)
        g_string_append_printf (partners, "%s%s", k ? " " : "",
                                ((AtlasPartner *) g_ptr_array_index (e->partners, k))->id);

      atlas_table_set_text (table, row, 0, e->id);
      atlas_table_set_text (table, row, 1, date);
      atlas_table_set_text (table, row, 2, end);
      atlas_table_set_text (table, row, 3, options->localized ? atlas_event_kind_to_label (e->kind)
                                                              : atlas_event_kind_to_code (e->kind));
      atlas_table_set_text (table, row, 4, e->title);
      atlas_table_set_text (table, row, 5, partners->str);
      atlas_table_set_text (table, row, 6, e->programme ? e->programme->id : NULL);
      atlas_table_set_text (table, row, 7, yes_no (options, e->planned));
      atlas_table_set_text (table, row, 8, others);
      atlas_table_set_text (table, row, 9, evidence);
    }
  return table;
}

AtlasTable *
atlas_tables_excerpts (AtlasDataset            *dataset,
                       const AtlasTableOptions *options)
{
  AtlasTable *table = atlas_table_new ("excerpts", say (options, N_("Excerpts")));
  GListModel *excerpts = atlas_dataset_get_excerpts (dataset);

  set_page (table, options, dataset);
  id_column (table, options, "id", _("Id"));
  column (table, options, "text", _("Excerpt"));
  column (table, options, "locator", _("Locator"));
  id_column (table, options, "document_id", _("Document id"));
  column (table, options, "document", _("Document"));
  column (table, options, "authors", _("Authors"));
  column (table, options, "publisher", _("Publisher"));
  column (table, options, "date", _("Date"));
  column (table, options, "url", _("Address"));
  column (table, options, "kind", _("Kind"));
  column (table, options, "language", _("Language"));
  /* The editors' words in a column of their own, never in the excerpt's */
  column (table, options, "editors_translation", _("Translation by the dataset’s editors"));

  for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
    {
      g_autoptr(AtlasExcerpt) x = g_list_model_get_item (excerpts, i);
      AtlasDocument *d = x->document;
      g_autofree char *date = d ? atlas_date_to_iso (&d->date) : NULL;
      g_autofree char *authors = d && d->authors ? g_strjoinv ("; ", d->authors) : NULL;
      guint row = atlas_table_add_row (table);

      atlas_table_set_text (table, row, 0, x->id);
      atlas_table_set_text (table, row, 1, x->text);
      atlas_table_set_text (table, row, 2, x->locator);
      atlas_table_set_text (table, row, 3, d ? d->id : NULL);
      atlas_table_set_text (table, row, 4, d ? d->title : NULL);
      atlas_table_set_text (table, row, 5, authors);
      atlas_table_set_text (table, row, 6, d ? d->publisher : NULL);
      atlas_table_set_text (table, row, 7, date);
      atlas_table_set_text (table, row, 8, d ? d->url : NULL);
      if (d != NULL && d->kind != ATLAS_DOCUMENT_KIND_OTHER)
        atlas_table_set_text (table, row, 9, options->localized ? atlas_document_kind_describe_weight (d->kind)
                                                                : atlas_document_kind_to_code (d->kind));
      atlas_table_set_text (table, row, 10, atlas_excerpt_get_language (x));
      atlas_table_set_text (table, row, 11, x->translation);
    }
  return table;
}
