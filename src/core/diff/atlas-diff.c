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

#include <string.h>

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
  /* the two sides of a field as text, reused from field to field */
  GString *old_text;
  GString *new_text;
  GString *id_buffer;
} Diff;

typedef const char *(*IdFunc)      (gpointer record);
typedef const char *(*NameFunc)    (gpointer record);
typedef void        (*CompareFunc) (Diff    *diff,
                                    gpointer old_record,
                                    gpointer new_record);

static const char *excerpt_id (gpointer record);
static const char *partner_id (gpointer record);

/* {{{ Values as text
 *
 * Each writes a value into a buffer; nothing written means no value. The
 * two sides of a field are written into the diff's two buffers, which are
 * reused from field to field, so that a field that did not change costs
 * no allocation. */

typedef void (*TextFunc) (GString       *out,
                          gconstpointer  value);

static const char *
boolean_text (gboolean value)
{
  return value ? "true" : "false";
}

static void
append_date (GString       *out,
             gconstpointer  value)
{
  g_autofree char *iso = atlas_date_is_set (value) ? atlas_date_to_iso (value) : NULL;

  if (iso != NULL)
    g_string_append (out, iso);
}

static void
append_strv (GString       *out,
             gconstpointer  value)
{
  const char * const *strv = value;

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", strv[i]);
}

/* The ids of a list of records, each with @record_id */
static void
append_record_ids (GString   *out,
                   GPtrArray *records,
                   IdFunc     record_id)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", record_id (g_ptr_array_index (records, i)));
}

static void
append_ids (GString       *out,
            gconstpointer  value)
{
  append_record_ids (out, (GPtrArray *) value, excerpt_id);
}

static void
append_partners (GString       *out,
                 gconstpointer  value)
{
  append_record_ids (out, (GPtrArray *) value, partner_id);
}

/* "[x-a, x-b]" and " (note)" after a value */
static void
append_evidence_and_note (GString    *out,
                          GPtrArray  *evidence,
                          const char *note)
{
  if (evidence != NULL && evidence->len > 0)
    {
      g_string_append (out, " [");
      append_ids (out, evidence);
      g_string_append_c (out, ']');
    }
  if (note != NULL)
    g_string_append_printf (out, " (%s)", note);
}

/* Claims: "2023-07 late 2010s [x-a] (note); …" */
static void
append_claims (GString       *out,
               gconstpointer  value)
{
  GPtrArray *claims = (GPtrArray *) value;

  for (guint i = 0; claims != NULL && i < claims->len; i++)
    {
      AtlasClaim *claim = g_ptr_array_index (claims, i);
      gsize start;

      if (i > 0)
        g_string_append (out, "; ");
      start = out->len;
      append_date (out, &claim->date);
      if (claim->text != NULL)
        g_string_append_printf (out, "%s%s", out->len > start ? " " : "", claim->text);
      append_evidence_and_note (out, claim->evidence, claim->note);
    }
}

static void
append_wordings (GString       *out,
                 gconstpointer  value)
{
  GPtrArray *wordings = (GPtrArray *) value;

  for (guint i = 0; wordings != NULL && i < wordings->len; i++)
    {
      AtlasWording *wording = g_ptr_array_index (wordings, i);

      if (i > 0)
        g_string_append (out, "; ");
      g_string_append (out, wording->text);
      if (wording->position > 0)
        g_string_append_printf (out, " #%u", wording->position);
      append_evidence_and_note (out, wording->evidence, NULL);
    }
}

static void
append_area_counts (GString       *out,
                    gconstpointer  value)
{
  GPtrArray *counts = (GPtrArray *) value;

  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      AtlasAreaCount *count = g_ptr_array_index (counts, i);

      if (i > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%u", count->count);
      append_evidence_and_note (out, count->evidence, count->note);
    }
}

static void
append_changes (GString       *out,
                gconstpointer  value)
{
  const AtlasChangelogEntry *entry = value;

  for (guint i = 0; entry->changes != NULL && entry->changes[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "\n" : "", entry->changes[i]);
}

/* The text of a value on its own, or %NULL when it has none */
static char *
text_of (TextFunc      text,
         gconstpointer value)
{
  GString *out = g_string_new (NULL);

  text (out, value);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
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

/* A change of @name when the texts of its two values differ */
static AtlasDiffChange *
field_text (Diff          *diff,
            const char    *name,
            TextFunc       text,
            gconstpointer  old_value,
            gconstpointer  new_value)
{
  GString *a = diff->old_text, *b = diff->new_text;

  g_string_truncate (a, 0);
  g_string_truncate (b, 0);
  text (a, old_value);
  text (b, new_value);
  if (a->len == b->len && memcmp (a->str, b->str, a->len) == 0)
    return NULL;
  return add_change (diff, ATLAS_DIFF_CHANGED, name, a->len > 0 ? a->str : NULL, b->len > 0 ? b->str : NULL);
}

/* Whether two lists of records (excerpts, partners: each with its id
 * first) name the same ids in the same order, without writing them out */
static gboolean
same_ids (GPtrArray *a,
          GPtrArray *b,
          IdFunc     record_id)
{
  guint n = a != NULL ? a->len : 0;

  if (n != (b != NULL ? b->len : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (strcmp (record_id (g_ptr_array_index (a, i)), record_id (g_ptr_array_index (b, i))) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
same_date (const AtlasDate *a,
           const AtlasDate *b)
{
  return a->precision == b->precision && a->year == b->year && a->month == b->month && a->day == b->day;
}

static gboolean
same_claims (GPtrArray *a,
             GPtrArray *b)
{
  guint n = a != NULL ? a->len : 0;

  if (n != (b != NULL ? b->len : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      AtlasClaim *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      if (!same_date (&x->date, &y->date) || g_strcmp0 (x->text, y->text) != 0 ||
          g_strcmp0 (x->note, y->note) != 0 || !same_ids (x->evidence, y->evidence, excerpt_id))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_wordings (GPtrArray *a,
               GPtrArray *b)
{
  guint n = a != NULL ? a->len : 0;

  if (n != (b != NULL ? b->len : 0))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      AtlasWording *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      if (x->position != y->position || g_strcmp0 (x->text, y->text) != 0 ||
          !same_ids (x->evidence, y->evidence, excerpt_id))
        return FALSE;
    }
  return TRUE;
}

/* The id of a record a field refers to, or %NULL when it refers to none */
#define ID_OF(record) ((record) != NULL ? (record)->id : NULL)

static void
set_id (Diff       *diff,
        const char *prefix,
        const char *id)
{
  if (prefix == NULL)
    {
      diff->id = id;
      return;
    }
  g_string_printf (diff->id_buffer, "%s/%s", prefix, id);
  diff->id = diff->id_buffer->str;
}

/* A programme's area added or removed moves its cell of the comparison */
static void
added_or_removed (Diff            *diff,
                  AtlasDiffChange *change)
{
  if (diff->record == ATLAS_DIFF_RECORD_PROGRAMME_AREA)
    g_hash_table_insert (diff->cell_changes, g_strdup (diff->id), change);
}

/* Each record of @old_list and @new_list matched by id: a removal, an
 * addition, or the changes of its fields; removals and changes in the old
 * order, then additions in the new. Two releases mostly keep their order,
 * so the record at the same place is tried first, and the ids of the new
 * list are put in a table only when one is not there. With @prefix, the
 * changes' ids are "PREFIX/ID" (a programme's areas). */
static void
diff_list (Diff            *diff,
           AtlasDiffRecord  record,
           GListModel      *old_list,
           GListModel      *new_list,
           IdFunc           record_id,
           NameFunc         name,
           CompareFunc      compare,
           const char      *prefix)
{
  g_autoptr(GHashTable) new_ids = NULL;   /* id → index + 1 */
  guint n_old = g_list_model_get_n_items (old_list);
  guint n_new = g_list_model_get_n_items (new_list);
  g_autofree gboolean *matched = g_new0 (gboolean, n_new + 1);

  diff->record = record;
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (old_list, i);
      g_autoptr(GObject) other = i < n_new ? g_list_model_get_item (new_list, i) : NULL;
      guint index = i;

      const char *id = record_id (item);

      set_id (diff, prefix, id);
      if (other == NULL || strcmp (record_id (other), id) != 0)
        {
          g_clear_object (&other);
          if (new_ids == NULL)
            {
              new_ids = g_hash_table_new (g_str_hash, g_str_equal);
              for (guint j = 0; j < n_new; j++)
                {
                  g_autoptr(GObject) new_item = g_list_model_get_item (new_list, j);

                  g_hash_table_insert (new_ids, (gpointer) record_id (new_item), GUINT_TO_POINTER (j + 1));
                }
            }
          index = GPOINTER_TO_UINT (g_hash_table_lookup (new_ids, id));
          if (index-- > 0)
            other = g_list_model_get_item (new_list, index);
        }
      if (other == NULL)
        added_or_removed (diff, add_change (diff, ATLAS_DIFF_REMOVED, NULL, name (item), NULL));
      else
        {
          matched[index] = TRUE;
          compare (diff, item, other);
        }
    }
  for (guint i = 0; i < n_new; i++)
    {
      g_autoptr(GObject) item = NULL;

      if (matched[i])
        continue;
      item = g_list_model_get_item (new_list, i);
      set_id (diff, prefix, record_id (item));
      added_or_removed (diff, add_change (diff, ATLAS_DIFF_ADDED, NULL, NULL, name (item)));
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
  if (!same_claims (a->relations_since, b->relations_since))
    field_text (diff, "relations_since", append_claims, a->relations_since, b->relations_since);
  if (!same_ids (a->evidence, b->evidence, excerpt_id))
    field_text (diff, "evidence", append_ids, a->evidence, b->evidence);
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
  field_text (diff, "aliases", append_strv, a->aliases, b->aliases);
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
  field_text (diff, "authors", append_strv, a->authors, b->authors);
  field (diff, "publisher", a->publisher, b->publisher);
  field_text (diff, "date", append_date, &a->date, &b->date);
  field (diff, "undated", boolean_text (a->undated), boolean_text (b->undated));
  field (diff, "url", a->url, b->url);
  field (diff, "kind", atlas_document_kind_to_code (a->kind), atlas_document_kind_to_code (b->kind));
  field (diff, "locator", a->locator, b->locator);
  field (diff, "language", a->language, b->language);
  field_text (diff, "accessed", append_date, &a->accessed, &b->accessed);
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
  if (!same_claims (a->signed_, b->signed_))
    field_text (diff, "signed", append_claims, a->signed_, b->signed_);
  field_text (diff, "period.start", append_date, &a->period_start, &b->period_start);
  field_text (diff, "period.end", append_date, &a->period_end, &b->period_end);
  field (diff, "period.planned", boolean_text (a->period_planned), boolean_text (b->period_planned));
  if (!same_ids (a->period_evidence, b->period_evidence, excerpt_id))
    field_text (diff, "period.evidence", append_ids, a->period_evidence, b->period_evidence);
  complete = field (diff, "areas_complete", boolean_text (a->areas_complete), boolean_text (b->areas_complete));
  if (complete != NULL)
    g_hash_table_insert (diff->complete_changes, b->id, complete);
  field (diff, "supersedes", ID_OF (a->supersedes), ID_OF (b->supersedes));
  field_text (diff, "area_counts", append_area_counts, a->area_counts, b->area_counts);
  if (!same_ids (a->evidence, b->evidence, excerpt_id))
    field_text (diff, "evidence", append_ids, a->evidence, b->evidence);
  field (diff, "note", a->note, b->note);
}

static void
compare_programme_areas (Diff    *diff,
                         gpointer old_record,
                         gpointer new_record)
{
  AtlasProgrammeArea *a = old_record, *b = new_record;
  AtlasDiffChange *status;

  status = field (diff, "status", atlas_area_status_to_code (a->status), atlas_area_status_to_code (b->status));
  if (status != NULL)
    g_hash_table_insert (diff->cell_changes, g_strdup (diff->id), status);
  if (!same_wordings (_atlas_pa_wordings (a), _atlas_pa_wordings (b)))
    field_text (diff, "wordings", append_wordings, _atlas_pa_wordings (a), _atlas_pa_wordings (b));
  if (!same_ids (_atlas_pa_evidence (a), _atlas_pa_evidence (b), excerpt_id))
    field_text (diff, "evidence", append_ids, _atlas_pa_evidence (a), _atlas_pa_evidence (b));
  field (diff, "note", _atlas_pa_note (a), _atlas_pa_note (b));
}

static const char *
programme_area_id (gpointer record)
{
  return ((AtlasProgrammeArea *) record)->area->id;
}

/* Added and removed areas show their status */
static const char *
programme_area_name (gpointer record)
{
  return atlas_area_status_to_code (((AtlasProgrammeArea *) record)->status);
}

/* The areas of one programme, matched by the area's id; a programme that
 * is only on one side has each of its areas added or removed */
static void
diff_programme_areas (Diff           *diff,
                      AtlasProgramme *a,
                      AtlasProgramme *b)
{
  g_autoptr(GListStore) none = NULL;

  if (a == NULL || b == NULL)
    none = g_list_store_new (ATLAS_TYPE_PROGRAMME_AREA);
  diff_list (diff, ATLAS_DIFF_RECORD_PROGRAMME_AREA,
             a != NULL ? G_LIST_MODEL (a->areas) : G_LIST_MODEL (none),
             b != NULL ? G_LIST_MODEL (b->areas) : G_LIST_MODEL (none),
             programme_area_id, programme_area_name, compare_programme_areas, a != NULL ? a->id : b->id);
}

static void
diff_all_programme_areas (Diff         *diff,
                          AtlasDataset *old_dataset,
                          AtlasDataset *new_dataset)
{
  GListModel *old_list = G_LIST_MODEL (old_dataset->programmes);
  GListModel *new_list = G_LIST_MODEL (new_dataset->programmes);

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

  field_text (diff, "date", append_date, &a->date, &b->date);
  field_text (diff, "end", append_date, &a->end, &b->end);
  field (diff, "kind", atlas_event_kind_to_code (a->kind), atlas_event_kind_to_code (b->kind));
  field (diff, "title", a->title, b->title);
  if (!same_ids (a->partners, b->partners, partner_id))
    field_text (diff, "partners", append_partners, a->partners, b->partners);
  field (diff, "programme", ID_OF (a->programme), ID_OF (b->programme));
  field (diff, "planned", boolean_text (a->planned), boolean_text (b->planned));
  if (!same_claims (a->alternatives, b->alternatives))
    field_text (diff, "alternatives", append_claims, a->alternatives, b->alternatives);
  if (!same_ids (a->evidence, b->evidence, excerpt_id))
    field_text (diff, "evidence", append_ids, a->evidence, b->evidence);
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
  field_text (diff, "updated", append_date, &a->updated, &b->updated);
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
          g_autofree char *changes = text_of (append_changes, entry);

          add_change (diff, ATLAS_DIFF_REMOVED, NULL, changes, NULL);
          continue;
        }
      field_text (diff, "date", append_date, &entry->date, &other->date);
      field_text (diff, "changes", append_changes, entry, other);
    }
  for (guint i = 0; b->changelog != NULL && i < b->changelog->len; i++)
    {
      AtlasChangelogEntry *entry = g_ptr_array_index (b->changelog, i);

      diff->id = entry->release;
      if (find_entry (a->changelog, entry->release) == NULL)
        {
          g_autofree char *changes = text_of (append_changes, entry);

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
  AtlasProgrammeArea *pa = atlas_programme_find_area (programme, area);

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
  diff.old_text = g_string_new (NULL);
  diff.new_text = g_string_new (NULL);
  diff.id_buffer = g_string_new (NULL);

  diff_dataset (&diff, old_dataset, new_dataset);
  diff_changelog (&diff, old_dataset, new_dataset);
  diff_list (&diff, ATLAS_DIFF_RECORD_PARTNER, G_LIST_MODEL (old_dataset->partners),
             G_LIST_MODEL (new_dataset->partners), partner_id, partner_name,
             compare_partners, NULL);
  diff_list (&diff, ATLAS_DIFF_RECORD_AREA_GROUP, G_LIST_MODEL (old_dataset->area_groups),
             G_LIST_MODEL (new_dataset->area_groups), area_group_id, area_group_name,
             compare_area_groups, NULL);
  diff_list (&diff, ATLAS_DIFF_RECORD_AREA, G_LIST_MODEL (old_dataset->areas),
             G_LIST_MODEL (new_dataset->areas), area_id, area_name,
             compare_areas, NULL);
  diff_list (&diff, ATLAS_DIFF_RECORD_DOCUMENT, G_LIST_MODEL (old_dataset->documents),
             G_LIST_MODEL (new_dataset->documents), document_id, document_name,
             compare_documents, NULL);
  diff_list (&diff, ATLAS_DIFF_RECORD_EXCERPT, G_LIST_MODEL (old_dataset->excerpts),
             G_LIST_MODEL (new_dataset->excerpts), excerpt_id, excerpt_name,
             compare_excerpts, NULL);
  diff_list (&diff, ATLAS_DIFF_RECORD_PROGRAMME, G_LIST_MODEL (old_dataset->programmes),
             G_LIST_MODEL (new_dataset->programmes), programme_id, programme_name,
             compare_programmes, NULL);
  diff_all_programme_areas (&diff, old_dataset, new_dataset);
  diff_list (&diff, ATLAS_DIFF_RECORD_EVENT, G_LIST_MODEL (old_dataset->events),
             G_LIST_MODEL (new_dataset->events), event_id, event_name,
             compare_events, NULL);
  add_effects (&diff, old_dataset, new_dataset);

  g_hash_table_unref (diff.cell_changes);
  g_hash_table_unref (diff.complete_changes);
  g_string_free (diff.old_text, TRUE);
  g_string_free (diff.new_text, TRUE);
  g_string_free (diff.id_buffer, TRUE);
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
