/* atlas-record-list.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-model-private.h"
#include "atlas-record-list.h"

/**
 * AtlasRecordList:
 *
 * A list of records that never changes, as a #GListModel: one array of
 * pointers. The loader's lists (a dataset's programmes, a programme's
 * areas) are built once and read many times; a #GListStore keeps a
 * #GSequence node of 40 bytes beside each item so that it can be changed,
 * which for the millions of areas a dataset may hold cost more than the
 * records themselves (issue 21, bench/RESULTS.md).
 *
 * It never emits #GListModel::items-changed.
 */

struct _AtlasRecordList
{
  GObject parent_instance;

  GType item_type;
  guint n_items;
  gpointer *items;      /* each one reference */
};

static void atlas_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasRecordList, atlas_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, atlas_record_list_model_init))

static GType
atlas_record_list_get_item_type (GListModel *model)
{
  return ((AtlasRecordList *) model)->item_type;
}

static guint
atlas_record_list_get_n_items (GListModel *model)
{
  return ((AtlasRecordList *) model)->n_items;
}

static gpointer
atlas_record_list_get_item (GListModel *model,
                            guint       position)
{
  AtlasRecordList *self = (AtlasRecordList *) model;

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (self->items[position]);
}

static void
atlas_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = atlas_record_list_get_item_type;
  iface->get_n_items = atlas_record_list_get_n_items;
  iface->get_item = atlas_record_list_get_item;
}

static void
atlas_record_list_finalize (GObject *object)
{
  AtlasRecordList *self = (AtlasRecordList *) object;

  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  g_free (self->items);

  G_OBJECT_CLASS (atlas_record_list_parent_class)->finalize (object);
}

static void
atlas_record_list_class_init (AtlasRecordListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = atlas_record_list_finalize;
}

static void
atlas_record_list_init (AtlasRecordList *self)
{
}

/* Empty lists, one per item type, shared by every record without items
 * (most programmes of a long supersedes chain have no areas) */
static AtlasRecordList *
shared_empty (GType item_type)
{
  static GMutex lock;
  static GHashTable *empties;   /* GType → AtlasRecordList, never freed */
  AtlasRecordList *list;

  g_mutex_lock (&lock);
  if (empties == NULL)
    empties = g_hash_table_new (NULL, NULL);
  list = g_hash_table_lookup (empties, GSIZE_TO_POINTER (item_type));
  if (list == NULL)
    {
      list = g_object_new (ATLAS_TYPE_RECORD_LIST, NULL);
      list->item_type = item_type;
      g_hash_table_insert (empties, GSIZE_TO_POINTER (item_type), list);
    }
  g_mutex_unlock (&lock);
  return g_object_ref (list);
}

/* Records are immutable once loaded, so an empty array of them can be
 * one for all: a dataset has millions of empty evidence and wordings
 * lists, each a GPtrArray of 32 bytes. Takes @records (of GObjects) and
 * gives it back, or the shared empty array in its place. */
GPtrArray *
_atlas_records_finish (GPtrArray *records)
{
  if (records->len > 0)
    return records;
  g_ptr_array_unref (records);
  return g_ptr_array_ref (_atlas_records_empty ());
}

/* (transfer none): the shared empty array of records */
GPtrArray *
_atlas_records_empty (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new_with_free_func (g_object_unref));
  return empty;
}

/**
 * atlas_record_list_new_take:
 * @item_type: the type of the items, a #GObject type
 * @items: (transfer full): the items, each holding a reference that the
 *   list takes; the array is left empty
 *
 * An empty list may be one shared with other records: it never changes.
 *
 * Returns: (transfer full): a list of @items
 */
AtlasRecordList *
atlas_record_list_new_take (GType      item_type,
                            GPtrArray *items)
{
  AtlasRecordList *self;
  gsize n = 0;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (items != NULL, NULL);

  if (items->len == 0)
    return shared_empty (item_type);
  self = g_object_new (ATLAS_TYPE_RECORD_LIST, NULL);
  self->item_type = item_type;
  /* Stolen without the free function running on them */
  self->items = g_ptr_array_steal (items, &n);
  self->n_items = (guint) n;
  /* The array was grown by doubling: give back what is left over */
  self->items = g_renew (gpointer, self->items, n);
  return self;
}

/**
 * atlas_record_list_new:
 * @item_type: the type of the items, a #GObject type
 *
 * Returns: (transfer full): an empty list
 */
AtlasRecordList *
atlas_record_list_new (GType item_type)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  return atlas_record_list_new_take (item_type, none);
}

/**
 * atlas_record_list_get:
 *
 * Returns: (transfer none): the item at @position, which must be one
 */
gpointer
atlas_record_list_get (AtlasRecordList *self,
                       guint            position)
{
  g_return_val_if_fail (ATLAS_IS_RECORD_LIST (self), NULL);
  g_return_val_if_fail (position < self->n_items, NULL);

  return self->items[position];
}

guint
atlas_record_list_get_size (AtlasRecordList *self)
{
  g_return_val_if_fail (ATLAS_IS_RECORD_LIST (self), 0);

  return self->n_items;
}
