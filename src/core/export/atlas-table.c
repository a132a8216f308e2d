/* atlas-table.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-table.h"

/**
 * AtlasTable:
 *
 * A table of text cells with column ids and titles: what every exporter
 * writes. The tables (comparison, programmes, events, excerpts) are built
 * once from the model by atlas-tables.c, so that each format's writer only
 * knows how to write its format, and all formats write the same values.
 * An unset cell is empty text.
 */

typedef struct
{
  char *key;
  char *reference;
  char *url;
  char *accessed;
} Source;

typedef struct
{
  char *text;
  guint8 kind;
  guint8 status;
} Cell;

struct _AtlasTable
{
  gatomicrefcount ref_count;
  char *name;
  char *title;
  char *note;
  char *release;              /* the dataset's, or NULL */
  char *release_date;         /* its newest changelog entry's, ISO 8601, or NULL */
  AtlasPaper paper;
  char *dataset_title;
  char *dataset_sha256;       /* of the bytes the dataset was read from */
  char *selection;            /* what of the dataset the table shows, for people */
  GPtrArray *column_ids;
  GHashTable *column_id_set;  /* the strings of column_ids */
  GPtrArray *column_titles;
  GArray *script_columns;     /* of gboolean: ids for scripts, left out for people */
  GArray *cells;              /* of Cell, row-major */
  GPtrArray *sources;         /* of Source, numbered from 1 */
  GHashTable *source_keys;    /* key → number */
  guint n_rows;
  gboolean frozen_columns;    /* set once the first row is added */
};

G_DEFINE_BOXED_TYPE (AtlasTable, atlas_table, atlas_table_ref, atlas_table_unref)

static void
clear_cell (gpointer data)
{
  g_free (((Cell *) data)->text);
}

static void
source_free (gpointer data)
{
  Source *source = data;

  g_free (source->key);
  g_free (source->reference);
  g_free (source->url);
  g_free (source->accessed);
  g_free (source);
}

/**
 * atlas_table_new:
 * @name: a stable code for the table ("comparison", "events")
 * @title: the table's title for people
 */
AtlasTable *
atlas_table_new (const char *name,
                 const char *title)
{
  AtlasTable *self = g_new0 (AtlasTable, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->title = g_strdup (title);
  self->column_ids = g_ptr_array_new_with_free_func (g_free);
  self->column_id_set = g_hash_table_new (g_str_hash, g_str_equal);
  self->column_titles = g_ptr_array_new_with_free_func (g_free);
  self->script_columns = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  g_array_set_clear_func (self->cells, clear_cell);
  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->source_keys = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

AtlasTable *
atlas_table_ref (AtlasTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
atlas_table_unref (AtlasTable *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->name);
  g_free (self->title);
  g_free (self->note);
  g_free (self->release);
  g_free (self->release_date);
  g_free (self->dataset_title);
  g_free (self->dataset_sha256);
  g_free (self->selection);
  g_hash_table_unref (self->column_id_set);
  g_ptr_array_unref (self->column_ids);
  g_ptr_array_unref (self->column_titles);
  g_array_unref (self->script_columns);
  g_array_unref (self->cells);
  g_hash_table_unref (self->source_keys);
  g_ptr_array_unref (self->sources);
  g_free (self);
}

const char *
atlas_table_get_name (AtlasTable *self)
{
  return self->name;
}

const char *
atlas_table_get_title (AtlasTable *self)
{
  return self->title;
}

/* The paper the table is laid out for when paginated: A4 unless set */
AtlasPaper
atlas_table_get_paper (AtlasTable *self)
{
  return self->paper;
}

void
atlas_table_set_paper (AtlasTable *self,
                       AtlasPaper  paper)
{
  g_return_if_fail (paper == ATLAS_PAPER_A4 || paper == ATLAS_PAPER_LETTER);
  self->paper = paper;
}

/**
 * atlas_paper_from_name:
 * @name: "a4" or "letter", in any letter case
 *
 * Returns: whether @name is a paper size; if so it is in @paper
 */
gboolean
atlas_paper_from_name (const char *name,
                       AtlasPaper *paper)
{
  if (g_ascii_strcasecmp (name, "a4") == 0)
    *paper = ATLAS_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = ATLAS_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/* A line saying where the data come from, printed under the table. */
const char *
atlas_table_get_note (AtlasTable *self)
{
  return self->note;
}

void
atlas_table_set_note (AtlasTable *self,
                      const char *note)
{
  g_free (self->note);
  self->note = g_strdup (note);
}

/**
 * atlas_table_set_release:
 * @release: (nullable): the dataset's release, such as “2”
 * @date: (nullable): the date of that release in its changelog, ISO 8601
 *
 * Which release of the dataset the table comes from, for the exports'
 * metadata.
 */
void
atlas_table_set_release (AtlasTable *self,
                         const char *release,
                         const char *date)
{
  g_free (self->release);
  g_free (self->release_date);
  self->release = g_strdup (release);
  self->release_date = g_strdup (date);
}

const char *
atlas_table_get_release (AtlasTable *self)
{
  return self->release;
}

const char *
atlas_table_get_release_date (AtlasTable *self)
{
  return self->release_date;
}

/**
 * atlas_table_add_column:
 *
 * Adds a column. Column ids are unique within a table, as a JSON export
 * keys its rows by them and a CSV reader its fields by the header: ids
 * come from the dataset, so a programme whose id is “area” would otherwise
 * hide the area column. An id already used gets “~2”, “~3”… and a title
 * that is the id itself (the untranslated headers) follows it.
 */
void
atlas_table_add_column (AtlasTable *self,
                        const char *id,
                        const char *title)
{
  char *unique = g_strdup (id);

  g_return_if_fail (self->n_rows == 0);

  for (guint n = 2; g_hash_table_contains (self->column_id_set, unique); n++)
    {
      g_free (unique);
      unique = g_strdup_printf ("%s~%u", id, n);
    }
  g_hash_table_add (self->column_id_set, unique);
  g_ptr_array_add (self->column_ids, unique);
  g_ptr_array_add (self->column_titles, g_strdup (g_strcmp0 (title, id) == 0 ? unique : title));
  g_array_set_size (self->script_columns, self->column_ids->len);
}

/**
 * atlas_table_add_script_column:
 *
 * Adds a column of internal ids, which formats for scripts (CSV, TSV,
 * JSON) write and formats for people (Markdown, HTML, XLSX, PDF) leave
 * out; see atlas_table_copy_for_people().
 */
void
atlas_table_add_script_column (AtlasTable *self,
                               const char *id,
                               const char *title)
{
  atlas_table_add_column (self, id, title);
  g_array_index (self->script_columns, gboolean, self->script_columns->len - 1) = TRUE;
}

/**
 * atlas_table_column_is_for_scripts:
 *
 * Returns: whether @column holds internal ids that a reader does not need
 */
gboolean
atlas_table_column_is_for_scripts (AtlasTable *self,
                                   guint       column)
{
  g_return_val_if_fail (column < self->script_columns->len, FALSE);
  return g_array_index (self->script_columns, gboolean, column);
}

/**
 * atlas_table_copy_for_people:
 *
 * Returns: (transfer full): @self without its columns for scripts, or
 *   @self itself, with a new reference, when it has none
 */
AtlasTable *
atlas_table_copy_for_people (AtlasTable *self)
{
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  AtlasTable *copy;

  for (guint c = 0; c < self->column_ids->len; c++)
    if (!atlas_table_column_is_for_scripts (self, c))
      g_array_append_val (kept, c);
  if (kept->len == self->column_ids->len)
    return atlas_table_ref (self);

  copy = atlas_table_new (self->name, self->title);
  atlas_table_copy_frame (copy, self);
  for (guint i = 0; i < kept->len; i++)
    {
      guint c = g_array_index (kept, guint, i);

      atlas_table_add_column (copy, g_ptr_array_index (self->column_ids, c),
                              g_ptr_array_index (self->column_titles, c));
    }
  for (guint r = 0; r < self->n_rows; r++)
    {
      guint row = atlas_table_add_row (copy);

      for (guint i = 0; i < kept->len; i++)
        {
          const Cell *from = &g_array_index (self->cells, Cell, r * self->column_ids->len + g_array_index (kept, guint, i));
          Cell *to = &g_array_index (copy->cells, Cell, row * kept->len + i);

          to->text = g_strdup (from->text);
          to->kind = from->kind;
          to->status = from->status;
        }
    }
  return copy;
}

/**
 * atlas_table_copy_frame:
 * @from: the table whose frame to copy
 *
 * Gives @self what goes around @from's cells: its note, release, paper
 * and sources, for a table made from another (fewer rows or columns).
 */
void
atlas_table_copy_frame (AtlasTable *self,
                        AtlasTable *from)
{
  g_return_if_fail (self != NULL && from != NULL && self != from);

  atlas_table_set_note (self, from->note);
  atlas_table_set_release (self, from->release, from->release_date);
  self->paper = from->paper;
  atlas_table_set_dataset (self, from->dataset_title, from->dataset_sha256);
  atlas_table_set_selection (self, from->selection);
  for (guint i = 0; i < from->sources->len; i++)
    {
      Source *source = g_ptr_array_index (from->sources, i);

      atlas_table_cite (self, source->key, source->reference, source->url, source->accessed);
    }
}

/**
 * atlas_table_cite:
 * @key: what tells the source from others, such as a document's id
 * @reference: the source's reference for people
 * @url: (nullable): its address
 * @accessed: (nullable): when it was read, for people
 *
 * Adds a source to the list that follows the table, unless one of
 * @key is there already. Sources are numbered in the order they are
 * first cited, from 1.
 *
 * Returns: the source's number
 */
guint
atlas_table_cite (AtlasTable *self,
                  const char *key,
                  const char *reference,
                  const char *url,
                  const char *accessed)
{
  Source *source;
  gpointer number;

  g_return_val_if_fail (key != NULL && reference != NULL, 0);

  if (g_hash_table_lookup_extended (self->source_keys, key, NULL, &number))
    return GPOINTER_TO_UINT (number);
  source = g_new0 (Source, 1);
  source->key = g_strdup (key);
  source->reference = g_strdup (reference);
  source->url = g_strdup (url);
  source->accessed = g_strdup (accessed);
  g_ptr_array_add (self->sources, source);
  g_hash_table_insert (self->source_keys, source->key, GUINT_TO_POINTER (self->sources->len));
  return self->sources->len;
}

guint
atlas_table_get_n_sources (AtlasTable *self)
{
  return self->sources->len;
}

static Source *
source_at (AtlasTable *self,
           guint       source)
{
  g_return_val_if_fail (source >= 1 && source <= self->sources->len, NULL);
  return g_ptr_array_index (self->sources, source - 1);
}

/* Of source number @source (from 1): its reference for people */
const char *
atlas_table_get_source_reference (AtlasTable *self,
                                  guint       source)
{
  Source *s = source_at (self, source);

  return s ? s->reference : NULL;
}

const char *
atlas_table_get_source_url (AtlasTable *self,
                            guint       source)
{
  Source *s = source_at (self, source);

  return s ? s->url : NULL;
}

const char *
atlas_table_get_source_accessed (AtlasTable *self,
                                 guint       source)
{
  Source *s = source_at (self, source);

  return s ? s->accessed : NULL;
}

/**
 * atlas_table_set_dataset:
 * @title: (nullable): the dataset's title
 * @sha256: (nullable): the SHA-256 of its file, in hex
 *
 * Which dataset the table comes from, for the exports that describe
 * themselves (with its release, see atlas_table_set_release()).
 */
void
atlas_table_set_dataset (AtlasTable *self,
                         const char *title,
                         const char *sha256)
{
  char *t = g_strdup (title), *h = g_strdup (sha256);

  g_free (self->dataset_title);
  g_free (self->dataset_sha256);
  self->dataset_title = t;
  self->dataset_sha256 = h;
}

const char *
atlas_table_get_dataset_title (AtlasTable *self)
{
  return self->dataset_title;
}

const char *
atlas_table_get_dataset_sha256 (AtlasTable *self)
{
  return self->dataset_sha256;
}

/**
 * atlas_table_set_selection:
 * @selection: (nullable): what of the dataset the table shows and the
 *   filters that made it, in words; %NULL for all of it
 */
void
atlas_table_set_selection (AtlasTable *self,
                           const char *selection)
{
  char *copy = g_strdup (selection);

  g_free (self->selection);
  self->selection = copy;
}

const char *
atlas_table_get_selection (AtlasTable *self)
{
  return self->selection;
}

/**
 * atlas_table_has_statuses:
 *
 * Returns: whether a cell holds a status, so that the table needs a
 *   legend of the status marks
 */
gboolean
atlas_table_has_statuses (AtlasTable *self)
{
  for (guint i = 0; i < self->cells->len; i++)
    if (g_array_index (self->cells, Cell, i).kind == ATLAS_CELL_STATUS)
      return TRUE;
  return FALSE;
}

guint
atlas_table_add_row (AtlasTable *self)
{
  g_array_set_size (self->cells, self->cells->len + self->column_ids->len);
  return self->n_rows++;
}

static Cell *
cell_at (AtlasTable *self,
         guint       row,
         guint       column)
{
  return &g_array_index (self->cells, Cell, (gsize) row * self->column_ids->len + column);
}

void
atlas_table_set_text (AtlasTable *self,
                      guint       row,
                      guint       column,
                      const char *text)
{
  Cell *cell;

  g_return_if_fail (row < self->n_rows && column < self->column_ids->len);
  cell = cell_at (self, row, column);
  g_free (cell->text);
  cell->text = g_strdup (text);
  cell->kind = ATLAS_CELL_TEXT;
}

void
atlas_table_set_number (AtlasTable *self,
                        guint       row,
                        guint       column,
                        gint64      number)
{
  Cell *cell;

  g_return_if_fail (row < self->n_rows && column < self->column_ids->len);
  cell = cell_at (self, row, column);
  g_free (cell->text);
  cell->text = g_strdup_printf ("%" G_GINT64_FORMAT, number);
  cell->kind = ATLAS_CELL_NUMBER;
}

void
atlas_table_set_status (AtlasTable      *self,
                        guint            row,
                        guint            column,
                        AtlasAreaStatus  status,
                        const char      *text)
{
  Cell *cell;

  g_return_if_fail (row < self->n_rows && column < self->column_ids->len);
  cell = cell_at (self, row, column);
  g_free (cell->text);
  cell->text = g_strdup (text);
  cell->kind = ATLAS_CELL_STATUS;
  cell->status = status;
}

guint
atlas_table_get_n_rows (AtlasTable *self)
{
  return self->n_rows;
}

guint
atlas_table_get_n_columns (AtlasTable *self)
{
  return self->column_ids->len;
}

const char *
atlas_table_get_column_id (AtlasTable *self,
                           guint       column)
{
  g_return_val_if_fail (column < self->column_ids->len, NULL);
  return g_ptr_array_index (self->column_ids, column);
}

const char *
atlas_table_get_column_title (AtlasTable *self,
                              guint       column)
{
  g_return_val_if_fail (column < self->column_ids->len, NULL);
  return g_ptr_array_index (self->column_titles, column);
}

/* Returns: (not nullable): the cell's text; "" for an unset cell */
const char *
atlas_table_get_text (AtlasTable *self,
                      guint       row,
                      guint       column)
{
  const char *text;

  g_return_val_if_fail (row < self->n_rows && column < self->column_ids->len, "");
  text = cell_at (self, row, column)->text;
  return text ? text : "";
}

AtlasCellKind
atlas_table_get_kind (AtlasTable *self,
                      guint       row,
                      guint       column)
{
  g_return_val_if_fail (row < self->n_rows && column < self->column_ids->len, ATLAS_CELL_TEXT);
  return cell_at (self, row, column)->kind;
}

AtlasAreaStatus
atlas_table_get_status (AtlasTable *self,
                        guint       row,
                        guint       column)
{
  g_return_val_if_fail (row < self->n_rows && column < self->column_ids->len, ATLAS_AREA_STATUS_UNKNOWN);
  return cell_at (self, row, column)->status;
}
