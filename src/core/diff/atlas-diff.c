/* atlas-diff.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed between two releases of a dataset, record by record and
 * field by field. Records are matched by id, never by position, so moving
 * or reordering records changes nothing, and a record whose id changed is
 * one removal and one addition. Every value is compared as the text the
 * report shows (dates as ISO dates with their precision, enumerations as
 * the format's codes, references as ids, evidence as a list of excerpt
 * ids), so that what differs is exactly what the report says differs.
 *
 * Like query/, this code reads the records' fields directly: a diff of two
 * 100 MB datasets walks every field of every record twice. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-diff.h"
#include "atlas-model-private.h"

typedef struct
{
  GListStore *changes;
  AtlasDiffRecord record;
  const char *id;
  /* "PROGRAMME/AREA" → the change of that programme's area that moves
   * its cell of the comparison, and a programme's id → the change of its
   * areas_complete */
  GHashTable *cell_changes;
  GHashTable *complete_changes;
} Diff;

typedef const char *(*IdFunc)      (gpointer record);
typedef const char *(*NameFunc)    (gpointer record);
typedef void        (*CompareFunc) (Diff    *diff,
                                    gpointer old_record,
                                    gpointer new_record);

/* {{{ Values as text */

static char *
date_text (const AtlasDate *date)
{
  return atlas_date_is_set (date) ? atlas_date_to_iso (date) : NULL;
}

static const char *
boolean_text (gboolean value)
{
  return value ? "true" : "false";
}

static char *
strv_text (char **strv)
{
  return strv != NULL && strv[0] != NULL ? g_strjoinv (", ", strv) : NULL;
}

static void
append_ids (GString   *text,
            GPtrArray *excerpts)
{
  for (guint i = 0; excerpts != NULL && i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, excerpt->id);
    }
}

static char *
evidence_text (GPtrArray *excerpts)
{
  GString *text;

  if (excerpts == NULL || excerpts->len == 0)
    return NULL;
  text = g_string_new (NULL);
  append_ids (text, excerpts);
  return g_string_free (text, FALSE);
}

/* "[x-a, x-b]" and " (note)" after a value */
static void
append_evidence_and_note (GString    *text,
                          GPtrArray  *evidence,
                          const char *note)
{
  if (evidence != NULL && evidence->len > 0)
    {
      g_string_append (text, " [");
      append_ids (text, evidence);
      g_string_append_c (text, ']');
    }
  if (note != NULL)
    g_string_append_printf (text, " (%s)", note);
}

/* Claims: "2023-07 late 2010s [x-a] (note); …" */
static char *
claims_text (GPtrArray *claims)
{
  GString *text;

  if (claims == NULL || claims->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < claims->len; i++)
    {
      AtlasClaim *claim = g_ptr_array_index (claims, i);
      g_autofree char *date = date_text (&claim->date);

      if (i > 0)
        g_string_append (text, "; ");
      if (date != NULL)
        g_string_append (text, date);
      if (claim->text != NULL)
        g_string_append_printf (text, "%s%s", date != NULL ? " " : "", claim->text);
      append_evidence_and_note (text, claim->evidence, claim->note);
    }
  return g_string_free (text, FALSE);
}

static char *
wordings_text (GPtrArray *wordings)
{
  GString *text;

  if (wordings == NULL || wordings->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < wordings->len; i++)
    {
      AtlasWording *wording = g_ptr_array_index (wordings, i);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, wording->text);
      if (wording->position > 0)
        g_string_append_printf (text, " #%u", wording->position);
      append_evidence_and_note (text, wording->evidence, NULL);
    }
  return g_string_free (text, FALSE);
}

static char *
area_counts_text (GPtrArray *counts)
{
  GString *text;

  if (counts == NULL || counts->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < counts->len; i++)
    {
      AtlasAreaCount *count = g_ptr_array_index (counts, i);

      if (i > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%u", count->count);
      append_evidence_and_note (text, count->evidence, count->note);
    }
  return g_string_free (text, FALSE);
}

static char *
partners_text (GPtrArray *partners)
{
  GString *text;

  if (partners == NULL || partners->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < partners->len; i++)
    {
      AtlasPartner *partner = g_ptr_array_index (partners, i);

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", partner->id);
    }
  return g_string_free (text, FALSE);
}

/* }}} */

static AtlasDiffChange *
add_change (Diff          *diff,
            AtlasDiffKind  kind,
            const char    *field,
            const char    *old_value,
            const char    *new_value)
{
  g_autoptr(AtlasDiffChange) change = atlas_diff_change_new (kind, diff->record, diff->id, field,
                                                             old_value, new_value);

  g_list_store_append (diff->changes, change);
  return change;
}

/* A change of @field when its two values differ (a value that is not set
 * is %NULL) */
static AtlasDiffChange *
field (Diff       *diff,
       const char *name,
       const char *old_value,
       const char *new_value)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    return NULL;
  return add_change (diff, ATLAS_DIFF_CHANGED, name, old_value, new_value);
}

/* The same, taking both values */
static AtlasDiffChange *
field_take (Diff       *diff,
            const char *name,
            char       *old_value,
            char       *new_value)
{
  AtlasDiffChange *change = field (diff, name, old_value, new_value);

  g_free (old_value);
  g_free (new_value);
  return change;
}

/* The id of a record a field refers to, or %NULL when it refers to none */
#define ID_OF(record) ((record) != NULL ? (record)->id : NULL)

/* Each record of @old_list and @new_list matched by id: a removal, an
 * addition, or the changes of its fields; removals and changes in the old
 * order, then additions in the new */
static void
diff_list (Diff            *diff,
           AtlasDiffRecord  record,
           GListModel      *old_list,
           GListModel      *new_list,
           IdFunc           record_id,
           NameFunc         name,
           CompareFunc      compare)
{
  g_autoptr(GHashTable) old_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_old = g_list_model_get_n_items (old_list);
  guint n_new = g_list_model_get_n_items (new_list);

  diff->record = record;
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (new_list, i);

      g_hash_table_insert (new_ids, (gpointer) record_id (item), item);
    }
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (old_list, i);
      gpointer other;

      diff->id = record_id (item);
      g_hash_table_insert (old_ids, (gpointer) diff->id, item);
      other = g_hash_table_lookup (new_ids, diff->id);
      if (other == NULL)
        add_change (diff, ATLAS_DIFF_REMOVED, NULL, name (item), NULL);
      else
        compare (diff, item, other);
    }
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (new_list, i);

      diff->id = record_id (item);
      if (!g_hash_table_contains (old_ids, diff->id))
        add_change (diff, ATLAS_DIFF_ADDED, NULL, NULL, name (item));
    }
  diff->id = NULL;
}

/* {{{ Each kind of record */

static const char *
partner_id (gpointer record)
{
  return ((AtlasPartner *) record)->id;
}

static const char *
partner_name (gpointer record)
{
  return ((AtlasPartner *) record)->name;
}

static void
compare_partners (Diff    *diff,
                  gpointer old_record,
                  gpointer new_record)
{
  AtlasPartner *a = old_record, *b = new_record;

  field (diff, "name", a->name, b->name);
  field (diff, "short_name", a->short_name, b->short_name);
  field_take (diff, "relations_since", claims_text (a->relations_since), claims_text (b->relations_since));
  field_take (diff, "evidence", evidence_text (a->evidence), evidence_text (b->evidence));
  field (diff, "note", a->note, b->note);
}

static const char *
area_group_id (gpointer record)
{
  return ((AtlasAreaGroup *) record)->id;
}

static const char *
area_group_name (gpointer record)
{
  return ((AtlasAreaGroup *) record)->name;
}

static void
compare_area_groups (Diff    *diff,
                     gpointer old_record,
                     gpointer new_record)
{
  field (diff, "name", ((AtlasAreaGroup *) old_record)->name, ((AtlasAreaGroup *) new_record)->name);
}

static const char *
area_id (gpointer record)
{
  return ((AtlasArea *) record)->id;
}

static const char *
area_name (gpointer record)
{
  return ((AtlasArea *) record)->name;
}

static void
compare_areas (Diff    *diff,
               gpointer old_record,
               gpointer new_record)
{
  AtlasArea *a = old_record, *b = new_record;

  field (diff, "name", a->name, b->name);
  field (diff, "group", ID_OF (a->group), ID_OF (b->group));
  field_take (diff, "aliases", strv_text (a->aliases), strv_text (b->aliases));
  field (diff, "description", a->description, b->description);
}

static const char *
document_id (gpointer record)
{
  return ((AtlasDocument *) record)->id;
}

static const char *
document_name (gpointer record)
{
  return ((AtlasDocument *) record)->title;
}

static void
compare_documents (Diff    *diff,
                   gpointer old_record,
                   gpointer new_record)
{
  AtlasDocument *a = old_record, *b = new_record;

  field (diff, "title", a->title, b->title);
  field_take (diff, "authors", strv_text (a->authors), strv_text (b->authors));
  field (diff, "publisher", a->publisher, b->publisher);
  field_take (diff, "date", date_text (&a->date), date_text (&b->date));
  field (diff, "undated", boolean_text (a->undated), boolean_text (b->undated));
  field (diff, "url", a->url, b->url);
  field (diff, "kind", atlas_document_kind_to_code (a->kind), atlas_document_kind_to_code (b->kind));
  field (diff, "locator", a->locator, b->locator);
  field (diff, "language", a->language, b->language);
  field_take (diff, "accessed", date_text (&a->accessed), date_text (&b->accessed));
  field (diff, "note", a->note, b->note);
}

static const char *
excerpt_id (gpointer record)
{
  return ((AtlasExcerpt *) record)->id;
}

static const char *
excerpt_name (gpointer record)
{
  return ((AtlasExcerpt *) record)->text;
}

static void
compare_excerpts (Diff    *diff,
                  gpointer old_record,
                  gpointer new_record)
{
  AtlasExcerpt *a = old_record, *b = new_record;

  field (diff, "document", ID_OF (a->document), ID_OF (b->document));
  field (diff, "text", a->text, b->text);
  field (diff, "locator", a->locator, b->locator);
  field (diff, "language", a->language, b->language);
  field (diff, "translation", a->translation, b->translation);
  field (diff, "translation.language", a->translation_language, b->translation_language);
  field (diff, "note", a->note, b->note);
}

static const char *
programme_id (gpointer record)
{
  return ((AtlasProgramme *) record)->id;
}

static const char *
programme_name (gpointer record)
{
  return ((AtlasProgramme *) record)->title;
}

static void
compare_programmes (Diff    *diff,
                    gpointer old_record,
                    gpointer new_record)
{
  AtlasProgramme *a = old_record, *b = new_record;
  AtlasDiffChange *complete;

  field (diff, "partner", ID_OF (a->partner), ID_OF (b->partner));
  field (diff, "type", atlas_programme_type_to_code (a->programme_type),
         atlas_programme_type_to_code (b->programme_type));
  field (diff, "title", a->title, b->title);
  field (diff, "status", atlas_programme_status_to_code (a->status), atlas_programme_status_to_code (b->status));
  field (diff, "text_availability", atlas_text_availability_to_code (a->text_availability),
         atlas_text_availability_to_code (b->text_availability));
  field_take (diff, "signed", claims_text (a->signed_), claims_text (b->signed_));
  field_take (diff, "period.start", date_text (&a->period_start), date_text (&b->period_start));
  field_take (diff, "period.end", date_text (&a->period_end), date_text (&b->period_end));
  field (diff, "period.planned", boolean_text (a->period_planned), boolean_text (b->period_planned));
  field_take (diff, "period.evidence", evidence_text (a->period_evidence), evidence_text (b->period_evidence));
  complete = field (diff, "areas_complete", boolean_text (a->areas_complete), boolean_text (b->areas_complete));
  if (complete != NULL)
    g_hash_table_insert (diff->complete_changes, b->id, complete);
  field (diff, "supersedes", ID_OF (a->supersedes), ID_OF (b->supersedes));
  field_take (diff, "area_counts", area_counts_text (a->area_counts), area_counts_text (b->area_counts));
  field_take (diff, "evidence", evidence_text (a->evidence), evidence_text (b->evidence));
  field (diff, "note", a->note, b->note);
}

static void
compare_programme_areas (Diff               *diff,
                         AtlasProgrammeArea *a,
                         AtlasProgrammeArea *b)
{
  AtlasDiffChange *status;

  status = field (diff, "status", atlas_area_status_to_code (a->status), atlas_area_status_to_code (b->status));
  if (status != NULL)
    g_hash_table_insert (diff->cell_changes, g_strdup (diff->id), status);
  field_take (diff, "wordings", wordings_text (a->wordings), wordings_text (b->wordings));
  field_take (diff, "evidence", evidence_text (a->evidence), evidence_text (b->evidence));
  field (diff, "note", a->note, b->note);
}

/* The areas of one programme, matched by the area's id; a programme that
 * is only on one side has each of its areas added or removed */
static void
diff_programme_areas (Diff           *diff,
                      AtlasProgramme *a,
                      AtlasProgramme *b)
{
  guint n_old = a != NULL ? g_list_model_get_n_items (G_LIST_MODEL (a->areas)) : 0;
  guint n_new = b != NULL ? g_list_model_get_n_items (G_LIST_MODEL (b->areas)) : 0;
  g_autoptr(GHashTable) old_areas = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_areas = g_hash_table_new (g_str_hash, g_str_equal);
  const char *programme = a != NULL ? a->id : b->id;

  for (guint i = 0; i < n_new; i++)
    {
      AtlasProgrammeArea *pa = g_list_model_get_item (G_LIST_MODEL (b->areas), i);

      g_hash_table_insert (new_areas, pa->area->id, pa);
      g_object_unref (pa);
    }
  for (guint i = 0; i < n_old; i++)
    {
      AtlasProgrammeArea *pa = g_list_model_get_item (G_LIST_MODEL (a->areas), i);
      AtlasProgrammeArea *other = g_hash_table_lookup (new_areas, pa->area->id);
      g_autofree char *id = g_strconcat (programme, "/", pa->area->id, NULL);

      g_hash_table_insert (old_areas, pa->area->id, pa);
      g_object_unref (pa);
      diff->id = id;
      if (other == NULL)
        g_hash_table_insert (diff->cell_changes, g_strdup (id),
                             add_change (diff, ATLAS_DIFF_REMOVED, NULL,
                                         atlas_area_status_to_code (pa->status), NULL));
      else
        compare_programme_areas (diff, pa, other);
    }
  for (guint i = 0; i < n_new; i++)
    {
      AtlasProgrammeArea *pa = g_list_model_get_item (G_LIST_MODEL (b->areas), i);
      g_autofree char *id = g_strconcat (programme, "/", pa->area->id, NULL);

      g_object_unref (pa);
      diff->id = id;
      if (!g_hash_table_contains (old_areas, pa->area->id))
        g_hash_table_insert (diff->cell_changes, g_strdup (id),
                             add_change (diff, ATLAS_DIFF_ADDED, NULL, NULL,
                                         atlas_area_status_to_code (pa->status)));
    }
  diff->id = NULL;
}

static void
diff_all_programme_areas (Diff         *diff,
                          AtlasDataset *old_dataset,
                          AtlasDataset *new_dataset)
{
  GListModel *old_list = G_LIST_MODEL (old_dataset->programmes);
  GListModel *new_list = G_LIST_MODEL (new_dataset->programmes);

  diff->record = ATLAS_DIFF_RECORD_PROGRAMME_AREA;
  for (guint i = 0; i < g_list_model_get_n_items (old_list); i++)
    {
      g_autoptr(AtlasProgramme) a = g_list_model_get_item (old_list, i);

      diff_programme_areas (diff, a, atlas_dataset_find_programme (new_dataset, a->id));
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_list); i++)
    {
      g_autoptr(AtlasProgramme) b = g_list_model_get_item (new_list, i);

      if (atlas_dataset_find_programme (old_dataset, b->id) == NULL)
        diff_programme_areas (diff, NULL, b);
    }
}

static const char *
event_id (gpointer record)
{
  return ((AtlasEvent *) record)->id;
}

static const char *
event_name (gpointer record)
{
  return ((AtlasEvent *) record)->title;
}

static void
compare_events (Diff    *diff,
                gpointer old_record,
                gpointer new_record)
{
  AtlasEvent *a = old_record, *b = new_record;

  field_take (diff, "date", date_text (&a->date), date_text (&b->date));
  field_take (diff, "end", date_text (&a->end), date_text (&b->end));
  field (diff, "kind", atlas_event_kind_to_code (a->kind), atlas_event_kind_to_code (b->kind));
  field (diff, "title", a->title, b->title);
  field_take (diff, "partners", partners_text (a->partners), partners_text (b->partners));
  field (diff, "programme", ID_OF (a->programme), ID_OF (b->programme));
  field (diff, "planned", boolean_text (a->planned), boolean_text (b->planned));
  field_take (diff, "alternatives", claims_text (a->alternatives), claims_text (b->alternatives));
  field_take (diff, "evidence", evidence_text (a->evidence), evidence_text (b->evidence));
  field (diff, "note", a->note, b->note);
}

static void
diff_dataset (Diff         *diff,
              AtlasDataset *a,
              AtlasDataset *b)
{
  g_autofree char *old_version = g_strdup_printf ("%u", a->format_version);
  g_autofree char *new_version = g_strdup_printf ("%u", b->format_version);

  diff->record = ATLAS_DIFF_RECORD_DATASET;
  diff->id = "";
  field (diff, "version", old_version, new_version);
  field (diff, "title", a->title, b->title);
  field (diff, "description", a->description, b->description);
  field (diff, "release", a->release, b->release);
  field_take (diff, "updated", date_text (&a->updated), date_text (&b->updated));
  field (diff, "licence", a->licence, b->licence);
  diff->id = NULL;
}

static AtlasChangelogEntry *
find_entry (GPtrArray  *changelog,
            const char *release)
{
  for (guint i = 0; changelog != NULL && i < changelog->len; i++)
    {
      AtlasChangelogEntry *entry = g_ptr_array_index (changelog, i);

      if (g_strcmp0 (entry->release, release) == 0)
        return entry;
    }
  return NULL;
}

static char *
changes_text (AtlasChangelogEntry *entry)
{
  return entry->changes != NULL ? g_strjoinv ("\n", entry->changes) : NULL;
}

/* The changelog's entries, matched by their release */
static void
diff_changelog (Diff         *diff,
                AtlasDataset *a,
                AtlasDataset *b)
{
  diff->record = ATLAS_DIFF_RECORD_CHANGELOG;
  for (guint i = 0; a->changelog != NULL && i < a->changelog->len; i++)
    {
      AtlasChangelogEntry *entry = g_ptr_array_index (a->changelog, i);
      AtlasChangelogEntry *other = find_entry (b->changelog, entry->release);

      diff->id = entry->release;
      if (other == NULL)
        {
          g_autofree char *changes = changes_text (entry);

          add_change (diff, ATLAS_DIFF_REMOVED, NULL, changes, NULL);
          continue;
        }
      field_take (diff, "date", date_text (&entry->date), date_text (&other->date));
      field_take (diff, "changes", changes_text (entry), changes_text (other));
    }
  for (guint i = 0; b->changelog != NULL && i < b->changelog->len; i++)
    {
      AtlasChangelogEntry *entry = g_ptr_array_index (b->changelog, i);

      diff->id = entry->release;
      if (find_entry (a->changelog, entry->release) == NULL)
        {
          g_autofree char *changes = changes_text (entry);

          add_change (diff, ATLAS_DIFF_ADDED, NULL, NULL, changes);
        }
    }
  diff->id = NULL;
}

/* }}} */

static AtlasAreaStatus
cell_status (AtlasProgramme *programme,
             AtlasArea      *area)
{
  AtlasProgrammeArea *pa = g_hash_table_lookup (programme->area_index, area);

  if (pa != NULL)
    return pa->status;
  return programme->areas_complete ? ATLAS_AREA_STATUS_NOT_LISTED : ATLAS_AREA_STATUS_UNKNOWN;
}

/* What the changes do to the comparison: each cell (a programme and an
 * area on both sides) whose status moved, said on the change that moved
 * it — the programme's area, or the programme's areas_complete when the
 * area is on neither side */
static void
add_effects (Diff         *diff,
             AtlasDataset *old_dataset,
             AtlasDataset *new_dataset)
{
  GListModel *programmes = G_LIST_MODEL (new_dataset->programmes);
  GListModel *areas = G_LIST_MODEL (new_dataset->areas);

  if (g_hash_table_size (diff->cell_changes) == 0 && g_hash_table_size (diff->complete_changes) == 0)
    return;

  for (guint p = 0; p < g_list_model_get_n_items (programmes); p++)
    {
      g_autoptr(AtlasProgramme) b = g_list_model_get_item (programmes, p);
      AtlasProgramme *a = atlas_dataset_find_programme (old_dataset, b->id);

      if (a == NULL)
        continue;
      for (guint r = 0; r < g_list_model_get_n_items (areas); r++)
        {
          g_autoptr(AtlasArea) new_area = g_list_model_get_item (areas, r);
          AtlasArea *old_area = atlas_dataset_find_area (old_dataset, new_area->id);
          g_autofree char *id = NULL;
          g_autofree char *effect = NULL;
          AtlasAreaStatus before, after;
          AtlasDiffChange *change;

          if (old_area == NULL)
            continue;
          before = cell_status (a, old_area);
          after = cell_status (b, new_area);
          if (before == after)
            continue;
          id = g_strconcat (b->id, "/", new_area->id, NULL);
          change = g_hash_table_lookup (diff->cell_changes, id);
          if (change == NULL)
            change = g_hash_table_lookup (diff->complete_changes, b->id);
          if (change == NULL)
            continue;
          /* Translators: what a change does to the comparison: a
           * programme, an area, the status before and after, as in
           * “Japan ITPP · Space: reported → listed” */
          effect = g_strdup_printf (_("%s · %s: %s → %s"), b->title, new_area->name,
                                    atlas_area_status_to_label (before), atlas_area_status_to_label (after));
          atlas_diff_change_add_effect (change, effect);
        }
    }
}

/**
 * atlas_diff_datasets:
 *
 * Compares two releases of a dataset record by record: the dataset's own
 * details, its changelog, partners, area groups, areas, documents,
 * excerpts, programmes, each programme's areas (id `PROGRAMME/AREA`) and
 * events, in that order. Within a kind, removals and changes come in the
 * order of @old_dataset, then additions in that of @new_dataset. For an
 * addition the change's new value (for a removal its old value) is the
 * record's name, title or text, to show.
 *
 * Returns: (transfer full) (element-type AtlasDiffChange): the changes,
 *   empty when the datasets say the same
 */
GListModel *
atlas_diff_datasets (AtlasDataset *old_dataset,
                     AtlasDataset *new_dataset)
{
  Diff diff = { 0 };

  g_return_val_if_fail (ATLAS_IS_DATASET (old_dataset), NULL);
  g_return_val_if_fail (ATLAS_IS_DATASET (new_dataset), NULL);

  diff.changes = g_list_store_new (ATLAS_TYPE_DIFF_CHANGE);
  diff.cell_changes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  diff.complete_changes = g_hash_table_new (g_str_hash, g_str_equal);

  diff_dataset (&diff, old_dataset, new_dataset);
  diff_changelog (&diff, old_dataset, new_dataset);
  diff_list (&diff, ATLAS_DIFF_RECORD_PARTNER, G_LIST_MODEL (old_dataset->partners),
             G_LIST_MODEL (new_dataset->partners), partner_id, partner_name,
             compare_partners);
  diff_list (&diff, ATLAS_DIFF_RECORD_AREA_GROUP, G_LIST_MODEL (old_dataset->area_groups),
             G_LIST_MODEL (new_dataset->area_groups), area_group_id, area_group_name,
             compare_area_groups);
  diff_list (&diff, ATLAS_DIFF_RECORD_AREA, G_LIST_MODEL (old_dataset->areas),
             G_LIST_MODEL (new_dataset->areas), area_id, area_name,
             compare_areas);
  diff_list (&diff, ATLAS_DIFF_RECORD_DOCUMENT, G_LIST_MODEL (old_dataset->documents),
             G_LIST_MODEL (new_dataset->documents), document_id, document_name,
             compare_documents);
  diff_list (&diff, ATLAS_DIFF_RECORD_EXCERPT, G_LIST_MODEL (old_dataset->excerpts),
             G_LIST_MODEL (new_dataset->excerpts), excerpt_id, excerpt_name,
             compare_excerpts);
  diff_list (&diff, ATLAS_DIFF_RECORD_PROGRAMME, G_LIST_MODEL (old_dataset->programmes),
             G_LIST_MODEL (new_dataset->programmes), programme_id, programme_name,
             compare_programmes);
  diff_all_programme_areas (&diff, old_dataset, new_dataset);
  diff_list (&diff, ATLAS_DIFF_RECORD_EVENT, G_LIST_MODEL (old_dataset->events),
             G_LIST_MODEL (new_dataset->events), event_id, event_name,
             compare_events);
  add_effects (&diff, old_dataset, new_dataset);

  g_hash_table_unref (diff.cell_changes);
  g_hash_table_unref (diff.complete_changes);
  return G_LIST_MODEL (diff.changes);
}

/**
 * atlas_diff_summarize:
 * @changes: (element-type AtlasDiffChange): from atlas_diff_datasets()
 *
 * Returns: (transfer full): the summary line, as in “12 changes: 7 areas,
 *   3 events, 2 documents” (kinds of record by how many changes they
 *   have, most first), or “No changes”
 */
char *
atlas_diff_summarize (GListModel *changes)
{
  guint counts[ATLAS_DIFF_N_RECORDS] = { 0 };
  guint order[ATLAS_DIFF_N_RECORDS];
  guint n = g_list_model_get_n_items (changes);
  GString *text;

  if (n == 0)
    return g_strdup (_("No changes"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);

      counts[atlas_diff_change_get_record (change)]++;
    }
  /* Most changes first; equal counts in the order of the report */
  for (guint i = 0; i < ATLAS_DIFF_N_RECORDS; i++)
    {
      guint j = i;

      for (; j > 0 && counts[order[j - 1]] < counts[i]; j--)
        order[j] = order[j - 1];
      order[j] = i;
    }

  text = g_string_new (NULL);
  /* Translators: the start of a diff's summary, followed by the counts of
   * each kind of record, as in “12 changes: 7 areas, 3 events” */
  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u change: ", "%u changes: ", n), n);
  for (guint i = 0, shown = 0; i < ATLAS_DIFF_N_RECORDS; i++)
    {
      g_autofree char *count = NULL;

      if (counts[order[i]] == 0)
        continue;
      count = atlas_diff_record_count (order[i], counts[order[i]]);
      /* Translators: between the counts of a diff's summary */
      g_string_append_printf (text, "%s%s", shown++ > 0 ? C_("diff summary", ", ") : "", count);
    }
  return g_string_free (text, FALSE);
}
