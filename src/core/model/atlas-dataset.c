/* atlas-dataset.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-dataset.h"
#include "atlas-model-private.h"

/**
 * AtlasDataset:
 *
 * A loaded dataset: its records as #GListModels in the dataset's own order,
 * lookups by id, and the links back from documents and excerpts to what
 * cites them. A dataset never changes once loaded; reloading builds a new
 * one, so views may hold on to its records for as long as they like.
 *
 * Records hold strong references only to the records they name (a programme
 * to its partner, an excerpt to its document); the links back live here, so
 * there are no reference cycles.
 */

G_DEFINE_FINAL_TYPE (AtlasDataset, atlas_dataset, G_TYPE_OBJECT)

static void
atlas_dataset_finalize (GObject *object)
{
  AtlasDataset *self = (AtlasDataset *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->release, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->licence, g_free);
  g_clear_pointer (&self->changelog, g_ptr_array_unref);
  g_clear_object (&self->file);

  g_clear_pointer (&self->partner_ids, g_hash_table_unref);
  g_clear_pointer (&self->area_ids, g_hash_table_unref);
  g_clear_pointer (&self->document_ids, g_hash_table_unref);
  g_clear_pointer (&self->excerpt_ids, g_hash_table_unref);
  g_clear_pointer (&self->programme_ids, g_hash_table_unref);
  g_clear_pointer (&self->event_ids, g_hash_table_unref);
  g_clear_pointer (&self->partner_programmes, g_hash_table_unref);
  g_clear_pointer (&self->document_excerpts, g_hash_table_unref);
  g_clear_pointer (&self->excerpt_uses, g_hash_table_unref);

  /* Events and programmes name partners, excerpts name documents: drop the
   * lists that do the naming first so that records go in one sweep. */
  g_clear_object (&self->events);
  g_clear_object (&self->programmes);
  g_clear_object (&self->excerpts);
  g_clear_object (&self->documents);
  g_clear_object (&self->areas);
  g_clear_object (&self->area_groups);
  g_clear_object (&self->partners);

  G_OBJECT_CLASS (atlas_dataset_parent_class)->finalize (object);
}

static gpointer
release_thread (gpointer data)
{
  g_object_unref (data);
  return NULL;
}

/**
 * atlas_dataset_release:
 * @self: (transfer full): a dataset
 *
 * Drops a reference to @self, like g_object_unref(). When it is the last
 * one, the dataset and the records only it holds are freed in a thread of
 * their own: freeing a 100 MB dataset takes about a second, which the
 * caller (the main loop, when a window replaces its dataset) must not wait
 * for. Records that others still hold stay alive; nothing in a dataset
 * belongs to a thread, so it may be freed in any of them.
 */
void
atlas_dataset_release (AtlasDataset *self)
{
  g_autoptr(GError) error = NULL;
  GThread *thread;

  g_return_if_fail (ATLAS_IS_DATASET (self));

  if (g_atomic_int_get (&G_OBJECT (self)->ref_count) > 1)
    {
      g_object_unref (self);
      return;
    }

  thread = g_thread_try_new ("atlas-release", release_thread, self, &error);
  if (thread == NULL)
    {
      g_debug ("Freeing the dataset here: %s", error->message);
      g_object_unref (self);
      return;
    }
  g_thread_unref (thread);
}

static void
atlas_dataset_class_init (AtlasDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_dataset_finalize;
}

static void
atlas_dataset_init (AtlasDataset *self)
{
  /* Empty until the loader puts each list in place */
  self->partners = atlas_record_list_new (ATLAS_TYPE_PARTNER);
  self->area_groups = atlas_record_list_new (ATLAS_TYPE_AREA_GROUP);
  self->areas = atlas_record_list_new (ATLAS_TYPE_AREA);
  self->documents = atlas_record_list_new (ATLAS_TYPE_DOCUMENT);
  self->excerpts = atlas_record_list_new (ATLAS_TYPE_EXCERPT);
  self->programmes = atlas_record_list_new (ATLAS_TYPE_PROGRAMME);
  self->events = atlas_record_list_new (ATLAS_TYPE_EVENT);
  self->changelog = g_ptr_array_new_with_free_func (g_object_unref);
  self->format_version = 1;

  /* Ids point into the records, which the lists keep alive */
  self->partner_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->area_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->document_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->excerpt_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->programme_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->event_ids = g_hash_table_new (g_str_hash, g_str_equal);

  self->partner_programmes = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->document_excerpts = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->excerpt_uses = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

AtlasDataset *
_atlas_dataset_new (void)
{
  return g_object_new (ATLAS_TYPE_DATASET, NULL);
}

const char *
atlas_dataset_get_title (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->title;
}

const char *
atlas_dataset_get_description (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->description;
}

const AtlasDate *
atlas_dataset_get_updated (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return &self->updated;
}

/**
 * atlas_dataset_get_format_version:
 *
 * Returns: the version of the format the file is written in (1 or 2)
 */
guint
atlas_dataset_get_format_version (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), 0);

  return self->format_version;
}

/**
 * atlas_dataset_get_sha256:
 *
 * Returns: (nullable): the SHA-256 of the bytes the dataset was read
 *   from (the file's, or the built-in resource's), in lowercase hex, so
 *   that an export says exactly which data it shows
 */
const char *
atlas_dataset_get_sha256 (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);
  return self->sha256;
}

/**
 * atlas_dataset_get_release:
 *
 * Returns: (nullable): the dataset's own release, such as “2”, as its
 *   editors name it, or %NULL when the file does not say
 */
const char *
atlas_dataset_get_release (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->release;
}

/**
 * atlas_dataset_get_licence:
 *
 * Returns: (nullable): the licence the data is under, as written, or %NULL
 */
const char *
atlas_dataset_get_licence (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->licence;
}

/**
 * atlas_dataset_get_changelog:
 *
 * Returns: (transfer none) (element-type AtlasChangelogEntry): the
 *   dataset's releases, newest first; empty when the file has none
 */
GPtrArray *
atlas_dataset_get_changelog (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->changelog;
}

/**
 * atlas_dataset_get_current_release:
 *
 * Returns: (nullable): the release this dataset is: its `release`, else
 *   the newest changelog entry's, else %NULL
 */
const char *
atlas_dataset_get_current_release (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  if (self->release != NULL)
    return self->release;
  if (self->changelog->len > 0)
    return ((AtlasChangelogEntry *) g_ptr_array_index (self->changelog, 0))->release;
  return NULL;
}

/**
 * atlas_dataset_get_release_date:
 *
 * Returns: the date of the newest changelog entry, or an unset date when
 *   the dataset has no changelog
 */
const AtlasDate *
atlas_dataset_get_release_date (AtlasDataset *self)
{
  static const AtlasDate unset = { 0 };

  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  if (self->changelog->len > 0)
    return &((AtlasChangelogEntry *) g_ptr_array_index (self->changelog, 0))->date;
  return &unset;
}

static const char *maybe_translate (const char *msgid,
                                    gboolean    translated) G_GNUC_FORMAT (1);

/* An export in the reader's language, or with the stable English words */
static const char *
maybe_translate (const char *msgid,
                 gboolean    translated)
{
  return translated ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid;
}

/**
 * atlas_release_line:
 * @release: (nullable): a dataset's release
 * @date: (nullable): the date of that release, ISO 8601
 * @translated: whether to say it in the interface's language
 *
 * Returns: (transfer full) (nullable): “Dataset release 2 of 2026-12-01.”
 *   for the metadata of an export, or %NULL without a release
 */
char *
atlas_release_line (const char *release,
                    const char *date,
                    gboolean    translated)
{
  if (release == NULL)
    return NULL;
  if (date != NULL)
    /* Translators: after “Source: …” under an exported table or timeline;
     * %1$s is the dataset's release, %2$s a date */
    return g_strdup_printf (maybe_translate (N_("Dataset release %1$s of %2$s."), translated), release, date);
  /* Translators: after “Source: …” under an exported table or timeline;
   * %s is the dataset's release */
  return g_strdup_printf (maybe_translate (N_("Dataset release %s."), translated), release);
}

/**
 * atlas_dataset_count_documents_of_kind:
 *
 * Returns: how many of the dataset's documents are of @kind
 */
guint
atlas_dataset_count_documents_of_kind (AtlasDataset      *self,
                                       AtlasDocumentKind  kind)
{
  guint n, count = 0;

  g_return_val_if_fail (ATLAS_IS_DATASET (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (document->kind == kind)
        count++;
    }
  return count;
}

/**
 * atlas_dataset_get_file:
 *
 * Returns: (transfer none) (nullable): the file, or %NULL when the dataset
 *   is the built-in one
 */
GFile *
atlas_dataset_get_file (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);

  return self->file;
}

gboolean
atlas_dataset_is_builtin (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), FALSE);

  return self->file == NULL;
}

/**
 * atlas_dataset_is_translated:
 *
 * Returns: whether the names of the built-in dataset's records were put in
 *   the user's language (atlas_vocabulary_translate()), so that they are
 *   not what its file says
 */
gboolean
atlas_dataset_is_translated (AtlasDataset *self)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), FALSE);

  return self->translated;
}

#define LIST_GETTER(name)                                    \
  GListModel *                                               \
  atlas_dataset_get_##name (AtlasDataset *self)              \
  {                                                          \
    g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);    \
    return G_LIST_MODEL (self->name);                        \
  }

LIST_GETTER (partners)
LIST_GETTER (area_groups)
LIST_GETTER (areas)
LIST_GETTER (documents)
LIST_GETTER (excerpts)
LIST_GETTER (programmes)
LIST_GETTER (events)

#define FINDER(Type, name, table)                            \
  Type *                                                     \
  atlas_dataset_find_##name (AtlasDataset *self,             \
                             const char   *id)               \
  {                                                          \
    g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);    \
    g_return_val_if_fail (id != NULL, NULL);                 \
    return g_hash_table_lookup (self->table, id);            \
  }

FINDER (AtlasPartner, partner, partner_ids)
FINDER (AtlasArea, area, area_ids)
FINDER (AtlasDocument, document, document_ids)
FINDER (AtlasExcerpt, excerpt, excerpt_ids)
FINDER (AtlasProgramme, programme, programme_ids)
FINDER (AtlasEvent, event, event_ids)

/**
 * atlas_dataset_get_partner_programmes:
 *
 * Returns: (transfer none): the partner's programmes, in dataset order
 */
GListModel *
atlas_dataset_get_partner_programmes (AtlasDataset *self,
                                      AtlasPartner *partner)
{
  AtlasRecordList *store;

  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);
  g_return_val_if_fail (ATLAS_IS_PARTNER (partner), NULL);

  store = g_hash_table_lookup (self->partner_programmes, partner);
  if (store == NULL)
    {
      store = atlas_record_list_new (ATLAS_TYPE_PROGRAMME);
      g_hash_table_insert (self->partner_programmes, partner, store);
    }
  return G_LIST_MODEL (store);
}

/**
 * atlas_dataset_get_document_excerpts:
 *
 * Returns: (transfer none): the excerpts quoting @document, in dataset order
 */
GListModel *
atlas_dataset_get_document_excerpts (AtlasDataset  *self,
                                     AtlasDocument *document)
{
  AtlasRecordList *store;

  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (document), NULL);

  store = g_hash_table_lookup (self->document_excerpts, document);
  if (store == NULL)
    {
      store = atlas_record_list_new (ATLAS_TYPE_EXCERPT);
      g_hash_table_insert (self->document_excerpts, document, store);
    }
  return G_LIST_MODEL (store);
}

/**
 * atlas_dataset_get_excerpt_uses:
 *
 * What the excerpt is evidence for: the partners, programmes and events
 * whose claims cite it, each once, in dataset order.
 *
 * Returns: (transfer none) (element-type GObject) (nullable): the records,
 *   or %NULL when nothing cites the excerpt
 */
GPtrArray *
atlas_dataset_get_excerpt_uses (AtlasDataset *self,
                                AtlasExcerpt *excerpt)
{
  g_return_val_if_fail (ATLAS_IS_DATASET (self), NULL);
  g_return_val_if_fail (ATLAS_IS_EXCERPT (excerpt), NULL);

  return g_hash_table_lookup (self->excerpt_uses, excerpt);
}
