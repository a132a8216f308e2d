/* atlas-diff-marks.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-diff.h"
#include "atlas-diff-marks.h"
#include "atlas-enums.h"
#include "atlas-evidence.h"
#include "atlas-model-private.h"
#include "atlas-text.h"

/**
 * AtlasDiffMarks:
 *
 * The changes between two versions of a dataset, indexed by the record
 * they change, for a window that shows one of the two versions and marks
 * what changed in it: a cell of the comparison (record
 * %ATLAS_DIFF_RECORD_PROGRAMME_AREA, id `PROGRAMME/AREA`), a programme, an
 * event, a document, an area. Each mark says in words what changed, and
 * the evidence behind the record is found on either side.
 *
 * The datasets never change once loaded, so the marks never change either.
 */

/* Characters of a value a mark shows; the command line gives it whole */
#define MAX_VALUE_CHARS 140

struct _AtlasDiffMarks
{
  GObject parent_instance;

  GListModel *changes;
  AtlasDataset *old_dataset;
  AtlasDataset *new_dataset;
  char *old_name;
  char *new_name;
  /* "RECORD\x1fID" → GPtrArray of the AtlasDiffChange (owned by changes) */
  GHashTable *by_record;
  /* programme id → the changes of each of its cells that changed (a
   * GPtrArray of the lists in by_record) */
  GHashTable *cells;
};

G_DEFINE_FINAL_TYPE (AtlasDiffMarks, atlas_diff_marks, G_TYPE_OBJECT)

static void
atlas_diff_marks_finalize (GObject *object)
{
  AtlasDiffMarks *self = ATLAS_DIFF_MARKS (object);

  g_clear_object (&self->changes);
  g_clear_object (&self->old_dataset);
  g_clear_object (&self->new_dataset);
  g_clear_pointer (&self->old_name, g_free);
  g_clear_pointer (&self->new_name, g_free);
  g_clear_pointer (&self->by_record, g_hash_table_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_diff_marks_parent_class)->finalize (object);
}

static void
atlas_diff_marks_class_init (AtlasDiffMarksClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_diff_marks_finalize;
}

static void
atlas_diff_marks_init (AtlasDiffMarks *self)
{
  self->by_record = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
}

static char *
record_key (AtlasDiffRecord  record,
            const char      *id)
{
  return g_strdup_printf ("%u\x1f%s", (guint) record, id);
}

/**
 * atlas_diff_marks_new:
 * @changes: (element-type AtlasDiffChange): what atlas_diff_datasets()
 *   found from @old_dataset to @new_dataset
 * @old_name: how the window calls the older version ("release 1")
 * @new_name: and the newer
 *
 * Returns: (transfer full): the marks
 */
AtlasDiffMarks *
atlas_diff_marks_new (GListModel   *changes,
                      AtlasDataset *old_dataset,
                      AtlasDataset *new_dataset,
                      const char   *old_name,
                      const char   *new_name)
{
  AtlasDiffMarks *self;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);
  g_return_val_if_fail (ATLAS_IS_DATASET (old_dataset), NULL);
  g_return_val_if_fail (ATLAS_IS_DATASET (new_dataset), NULL);
  g_return_val_if_fail (old_name != NULL && new_name != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_DIFF_MARKS, NULL);
  self->changes = g_object_ref (changes);
  self->old_dataset = g_object_ref (old_dataset);
  self->new_dataset = g_object_ref (new_dataset);
  self->old_name = g_strdup (old_name);
  self->new_name = g_strdup (new_name);

  n = g_list_model_get_n_items (changes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);
      AtlasDiffRecord record = atlas_diff_change_get_record (change);
      const char *id = atlas_diff_change_get_id (change);
      g_autofree char *key = record_key (record, id);
      GPtrArray *list = g_hash_table_lookup (self->by_record, key);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (self->by_record, g_steal_pointer (&key), list);
          if (record == ATLAS_DIFF_RECORD_PROGRAMME_AREA)
            {
              const char *slash = strrchr (id, '/');
              g_autofree char *programme = slash ? g_strndup (id, slash - id) : g_strdup (id);
              GPtrArray *cells = g_hash_table_lookup (self->cells, programme);

              if (cells == NULL)
                {
                  cells = g_ptr_array_new ();
                  g_hash_table_insert (self->cells, g_steal_pointer (&programme), cells);
                }
              g_ptr_array_add (cells, list);
            }
        }
      /* the model keeps the change alive */
      g_ptr_array_add (list, change);
    }
  return self;
}

GListModel *
atlas_diff_marks_get_changes (AtlasDiffMarks *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  return self->changes;
}

AtlasDataset *
atlas_diff_marks_get_old_dataset (AtlasDiffMarks *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  return self->old_dataset;
}

AtlasDataset *
atlas_diff_marks_get_new_dataset (AtlasDiffMarks *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  return self->new_dataset;
}

const char *
atlas_diff_marks_get_old_name (AtlasDiffMarks *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  return self->old_name;
}

const char *
atlas_diff_marks_get_new_name (AtlasDiffMarks *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  return self->new_name;
}

/**
 * atlas_diff_marks_get_summary:
 *
 * Returns: (transfer full): "12 changes from release 1 to release 2: 7
 *   areas, …", or that the two versions say the same
 */
char *
atlas_diff_marks_get_summary (AtlasDiffMarks *self)
{
  g_autofree char *line = NULL;

  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);

  if (g_list_model_get_n_items (self->changes) == 0)
    /* Translators: two versions of a dataset, as in “release 1 and release 2 say the same” */
    return g_strdup_printf (_("%s and %s say the same"), self->old_name, self->new_name);
  line = atlas_diff_summarize (self->changes);
  /* Translators: the summary of the changes (“12 changes: 7 areas, 3
   * events”), then the two versions, as in “… — from release 1 to release 2” */
  return g_strdup_printf (_("%s — from %s to %s"), line, self->old_name, self->new_name);
}

/**
 * atlas_diff_marks_lookup:
 *
 * Returns: (transfer none) (nullable) (element-type AtlasDiffChange): the
 *   changes to the record of kind @record and id @id, in the order of the
 *   report, or %NULL when it did not change
 */
GPtrArray *
atlas_diff_marks_lookup (AtlasDiffMarks  *self,
                         AtlasDiffRecord  record,
                         const char      *id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  key = record_key (record, id);
  return g_hash_table_lookup (self->by_record, key);
}

/**
 * atlas_diff_marks_count_cells:
 *
 * Returns: how many of the programme's areas (cells of its column) changed
 */
guint
atlas_diff_marks_count_cells (AtlasDiffMarks *self,
                              const char     *programme_id)
{
  GPtrArray *cells;

  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), 0);
  g_return_val_if_fail (programme_id != NULL, 0);

  cells = g_hash_table_lookup (self->cells, programme_id);
  return cells ? cells->len : 0;
}

/* Evidence is a list of excerpt ids: a reader wants how many, the pane
 * shows which */
static gboolean
is_evidence (const char *field)
{
  return field != NULL && (strcmp (field, "evidence") == 0 || g_str_has_suffix (field, ".evidence"));
}

/* A field as a reader calls it; the dataset format's name for the rest */
static const char *
field_label (const char *field)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "status", NC_("diff field", "status") },
    { "wordings", NC_("diff field", "wording") },
    { "evidence", NC_("diff field", "evidence") },
    { "note", NC_("diff field", "note") },
    { "date", NC_("diff field", "date") },
    { "signed", NC_("diff field", "signed") },
    { "title", NC_("diff field", "title") },
    { "name", NC_("diff field", "name") },
    { "text", NC_("diff field", "text") },
    { "period.start", NC_("diff field", "start") },
    { "period.end", NC_("diff field", "end") },
    { "area_counts", NC_("diff field", "number of areas") },
    { "alternatives", NC_("diff field", "other dates") },
    { "period.planned", NC_("diff field", "planned") },
    { "areas_complete", NC_("diff field", "list complete") },
    { "text_availability", NC_("diff field", "text") },
    { "partners", NC_("diff field", "partners") },
    { "kind", NC_("diff field", "kind") },
    { "locator", NC_("diff field", "place in the source") },
  };

  /* every list of excerpts is evidence to a reader */
  if (is_evidence (field))
    field = "evidence";

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (field, labels[i].code) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "diff field", labels[i].label);
  return field;
}

static char *
count_excerpts (const char *ids)
{
  guint n = 0;

  if (ids != NULL && *ids != '\0')
    {
      g_auto(GStrv) parts = g_strsplit (ids, ", ", -1);

      n = g_strv_length (parts);
    }
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u excerpt", "%u excerpts", n), n);
}

/**
 * atlas_diff_value_to_text:
 * @value: (nullable): an old or new value of a change
 *
 * Returns: (transfer full): @value to show beside an arrow: "(none)" for
 *   none, its start and "…" when it is long (the command line gives it
 *   whole), isolated from the text around it
 */
char *
atlas_diff_value_to_text (const char *value)
{
  g_autofree char *start = NULL;
  g_autofree char *isolated = NULL;

  if (value == NULL)
    return g_strdup (C_("diff", "(none)"));
  if (g_utf8_strlen (value, -1) <= MAX_VALUE_CHARS)
    return atlas_text_isolate_bidi (value);
  start = g_utf8_substring (value, 0, MAX_VALUE_CHARS);
  g_strchomp (start);
  isolated = atlas_text_isolate_bidi (start);
  return g_strconcat (isolated, "…", NULL);
}

/* A status is shown in words ("Reported"), as the Compare page says it */
static char *
shown_value (const char *value,
             gboolean    is_status)
{
  AtlasAreaStatus status;

  if (is_status && value != NULL && atlas_area_status_from_code (value, &status))
    return g_strdup (atlas_area_status_to_label (status));
  return atlas_diff_value_to_text (value);
}

/**
 * atlas_diff_marks_describe_change:
 *
 * Returns: (transfer full): one change on one line, as a mark's tooltip
 *   says it: what it does to the comparison where it moves a cell
 *   ("Japan ITPP · Space: Reported → Listed"), else "status: reported →
 *   listed", "added: listed", "evidence: 2 excerpts → 4 excerpts"
 */
char *
atlas_diff_marks_describe_change (AtlasDiffChange *change)
{
  const char *field = atlas_diff_change_get_field (change);
  const char *old_value = atlas_diff_change_get_old_value (change);
  const char *new_value = atlas_diff_change_get_new_value (change);
  const char *effect = atlas_diff_change_get_effect (change);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (change), NULL);

  if (effect != NULL)
    return g_strdup (effect);
  if (is_evidence (field))
    {
      old_text = count_excerpts (old_value);
      new_text = count_excerpts (new_value);
    }
  else
    {
      /* a programme's area: its status, or the status it was added or removed with */
      gboolean is_status = atlas_diff_change_get_record (change) == ATLAS_DIFF_RECORD_PROGRAMME_AREA &&
                           (g_strcmp0 (field, "status") == 0 || atlas_diff_change_get_kind (change) != ATLAS_DIFF_CHANGED);

      old_text = shown_value (old_value, is_status);
      new_text = shown_value (new_value, is_status);
    }
  switch (atlas_diff_change_get_kind (change))
    {
    case ATLAS_DIFF_ADDED:
      /* Translators: a record new in the newer version, and what it says, as in “added: listed” */
      return g_strdup_printf (C_("diff mark", "%s: %s"), atlas_diff_kind_to_label (ATLAS_DIFF_ADDED), new_text);
    case ATLAS_DIFF_REMOVED:
      return g_strdup_printf (C_("diff mark", "%s: %s"), atlas_diff_kind_to_label (ATLAS_DIFF_REMOVED), old_text);
    case ATLAS_DIFF_CHANGED:
    default:
      /* Translators: a field of a record, its old and its new value, as in “status: reported → listed” */
      return g_strdup_printf (_("%s: %s → %s"), field_label (field), old_text, new_text);
    }
}

/* How many of a programme's changed areas its description names */
#define MAX_CELL_LINES 8

static void
append_line (GString         *text,
             AtlasDiffChange *change)
{
  g_autofree char *line = atlas_diff_marks_describe_change (change);

  g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/**
 * atlas_diff_marks_describe:
 *
 * Returns: (transfer full) (nullable): what changed in the record, for
 *   a tooltip and the screen reader: a line naming the two versions, then
 *   a line per change (for a programme, also those of its areas, the
 *   first few); %NULL when the record did not change
 */
char *
atlas_diff_marks_describe (AtlasDiffMarks  *self,
                           AtlasDiffRecord  record,
                           const char      *id)
{
  GPtrArray *changes;
  GPtrArray *cells;
  GString *text;
  AtlasDiffKind kind;

  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);

  changes = atlas_diff_marks_lookup (self, record, id);
  cells = record == ATLAS_DIFF_RECORD_PROGRAMME ? g_hash_table_lookup (self->cells, id) : NULL;
  if (changes == NULL && cells == NULL)
    return NULL;

  text = g_string_new (NULL);
  kind = changes ? atlas_diff_change_get_kind (g_ptr_array_index (changes, 0)) : ATLAS_DIFF_CHANGED;
  if (kind == ATLAS_DIFF_ADDED)
    /* Translators: a mark on a record that is new: the newer version, as in “New in release 2” */
    g_string_append_printf (text, _("New in %s"), self->new_name);
  else if (kind == ATLAS_DIFF_REMOVED)
    /* Translators: a mark on a record that is gone: the older and the newer version */
    g_string_append_printf (text, _("In %s, not in %s"), self->old_name, self->new_name);
  else
    /* Translators: a mark on a record that changed between two versions */
    g_string_append_printf (text, _("Changed from %s to %s"), self->old_name, self->new_name);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    append_line (text, g_ptr_array_index (changes, i));
  /* a programme: its cells too, the first few of them */
  for (guint i = 0; cells != NULL && i < MIN (cells->len, MAX_CELL_LINES); i++)
    {
      GPtrArray *cell = g_ptr_array_index (cells, i);

      for (guint j = 0; j < cell->len; j++)
        append_line (text, g_ptr_array_index (cell, j));
    }
  if (cells != NULL && cells->len > MAX_CELL_LINES)
    {
      guint more = cells->len - MAX_CELL_LINES;

      g_string_append_c (text, '\n');
      /* Translators: at the end of a tooltip listing what changed in a programme's areas */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "and %u more area", "and %u more areas", more), more);
    }
  return g_string_free (text, FALSE);
}

/**
 * atlas_diff_marks_summarize:
 *
 * Returns: (transfer full) (nullable): what changed in the record, in a
 *   few words for a list's column: "new", "date, evidence", and for a
 *   programme how many of its areas changed first ("3 areas · signed"); %NULL
 *   when nothing did
 */
char *
atlas_diff_marks_summarize (AtlasDiffMarks  *self,
                            AtlasDiffRecord  record,
                            const char      *id)
{
  GPtrArray *changes;
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  g_autofree char *own = NULL;
  g_autofree char *areas = NULL;
  guint cells = 0;

  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  changes = atlas_diff_marks_lookup (self, record, id);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      AtlasDiffChange *change = g_ptr_array_index (changes, i);
      const char *label;

      if (atlas_diff_change_get_kind (change) == ATLAS_DIFF_ADDED)
        label = C_("diff mark", "new");
      else if (atlas_diff_change_get_kind (change) == ATLAS_DIFF_REMOVED)
        label = C_("diff mark", "removed");
      else
        label = field_label (atlas_diff_change_get_field (change));
      if (!g_ptr_array_find_with_equal_func (fields, label, g_str_equal, NULL))
        g_ptr_array_add (fields, (gpointer) label);
    }
  if (fields->len > 0)
    {
      g_ptr_array_add (fields, NULL);
      own = g_strjoinv (C_("diff mark", ", "), (char **) fields->pdata);
    }
  if (record == ATLAS_DIFF_RECORD_PROGRAMME)
    cells = atlas_diff_marks_count_cells (self, id);
  if (cells > 0)
    /* Translators: how many of a programme's areas changed, in a list's column */
    areas = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area", "%u areas", cells), cells);
  if (own != NULL && areas != NULL)
    return g_strconcat (areas, C_("list separator", " · "), own, NULL);
  return own != NULL ? g_steal_pointer (&own) : g_steal_pointer (&areas);
}

/**
 * atlas_diff_find_record:
 *
 * Returns: (transfer none) (nullable): the record of kind @record and id
 *   @id in @dataset (for a programme's area, @id is `PROGRAMME/AREA`)
 */
GObject *
atlas_diff_find_record (AtlasDataset    *dataset,
                        AtlasDiffRecord  record,
                        const char      *id)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  switch (record)
    {
    case ATLAS_DIFF_RECORD_PARTNER:
      return (GObject *) atlas_dataset_find_partner (dataset, id);
    case ATLAS_DIFF_RECORD_AREA:
      return (GObject *) atlas_dataset_find_area (dataset, id);
    case ATLAS_DIFF_RECORD_DOCUMENT:
      return (GObject *) atlas_dataset_find_document (dataset, id);
    case ATLAS_DIFF_RECORD_EXCERPT:
      return (GObject *) atlas_dataset_find_excerpt (dataset, id);
    case ATLAS_DIFF_RECORD_PROGRAMME:
      return (GObject *) atlas_dataset_find_programme (dataset, id);
    case ATLAS_DIFF_RECORD_EVENT:
      return (GObject *) atlas_dataset_find_event (dataset, id);
    case ATLAS_DIFF_RECORD_PROGRAMME_AREA:
      {
        const char *slash = strrchr (id, '/');
        g_autofree char *programme_id = NULL;
        AtlasProgramme *programme;
        AtlasArea *area;

        if (slash == NULL)
          return NULL;
        programme_id = g_strndup (id, slash - id);
        programme = atlas_dataset_find_programme (dataset, programme_id);
        area = atlas_dataset_find_area (dataset, slash + 1);
        if (programme == NULL || area == NULL)
          return NULL;
        return (GObject *) atlas_programme_find_area (programme, area);
      }
    case ATLAS_DIFF_RECORD_DATASET:
    case ATLAS_DIFF_RECORD_CHANGELOG:
    case ATLAS_DIFF_RECORD_AREA_GROUP:
    case ATLAS_DIFF_N_RECORDS:
    default:
      return NULL;
    }
}

/**
 * atlas_diff_marks_get_evidence:
 * @in_new: the newer version's side, else the older's
 *
 * Returns: (transfer full) (element-type AtlasExcerpt): the excerpts behind
 *   the record @change is about, on one side (the excerpt itself for an
 *   excerpt); empty where the record is not on that side
 */
GPtrArray *
atlas_diff_marks_get_evidence (AtlasDiffMarks  *self,
                               AtlasDiffChange *change,
                               gboolean         in_new)
{
  AtlasDataset *dataset;
  GObject *record;
  GPtrArray *out;

  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (self), NULL);
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (change), NULL);

  dataset = in_new ? self->new_dataset : self->old_dataset;
  record = atlas_diff_find_record (dataset, atlas_diff_change_get_record (change),
                                   atlas_diff_change_get_id (change));
  if (record != NULL && ATLAS_IS_EXCERPT (record))
    {
      out = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (out, g_object_ref (record));
      return out;
    }
  if (record == NULL)
    return g_ptr_array_new_with_free_func (g_object_unref);
  return atlas_evidence_for (dataset, record);
}
