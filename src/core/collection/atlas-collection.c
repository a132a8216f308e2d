/* atlas-collection.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-collection.h"
#include "atlas-dataset.h"
#include "atlas-excerpt.h"
#include "atlas-text.h"

/**
 * AtlasCollection:
 *
 * The excerpts a reader pinned while reading one dataset, in the reader's
 * order, each with the reader's note: a #GListModel of #AtlasPin. It
 * lives in a file of its own under the user's data folder, one per
 * dataset (atlas_collection_file_for_dataset()), read and written by
 * atlas-collection-file.c. Pins are never dropped for want of their
 * excerpt: atlas_collection_resolve() marks them vanished instead.
 */

struct _AtlasCollection
{
  GObject parent_instance;

  GFile *file;
  char *title;
  GPtrArray *pins;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasCollection, atlas_collection, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

G_DEFINE_QUARK (atlas-collection-error-quark, atlas_collection_error)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GType
get_item_type (GListModel *model)
{
  return ATLAS_TYPE_PIN;
}

static guint
get_n_items (GListModel *model)
{
  return ATLAS_COLLECTION (model)->pins->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  AtlasCollection *self = ATLAS_COLLECTION (model);

  if (position >= self->pins->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->pins, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
changed (AtlasCollection *self,
         guint            position,
         guint            removed,
         guint            added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
note_changed_cb (AtlasCollection *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
release_pin (gpointer data,
             gpointer user_data)
{
  g_signal_handlers_disconnect_by_func (data, note_changed_cb, user_data);
}

static void
atlas_collection_finalize (GObject *object)
{
  AtlasCollection *self = ATLAS_COLLECTION (object);

  g_clear_object (&self->file);
  g_free (self->title);
  g_ptr_array_foreach (self->pins, release_pin, self);
  g_ptr_array_unref (self->pins);

  G_OBJECT_CLASS (atlas_collection_parent_class)->finalize (object);
}

static void
atlas_collection_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasCollection *self = ATLAS_COLLECTION (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->pins->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_collection_class_init (AtlasCollectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_collection_finalize;
  object_class->get_property = atlas_collection_get_property;

  /**
   * AtlasCollection:title:
   *
   * The title of the dataset the collection belongs to.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasCollection:n-items:
   *
   * How many pins the collection holds.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasCollection::changed:
   *
   * Something to save changed: a pin came or went, moved, or its note
   * changed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
atlas_collection_init (AtlasCollection *self)
{
  self->pins = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * atlas_collection_key_for_dataset:
 *
 * What tells one dataset from another for its collection: its title and
 * the address of its file, so that a reloaded or updated file keeps its
 * collection and two files of the same title do not share one; for the
 * built-in dataset, “built-in”.
 */
char *
atlas_collection_key_for_dataset (AtlasDataset *dataset)
{
  GFile *file;
  g_autofree char *uri = NULL;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  /* The built-in dataset has no file, and its title is in the interface's
   * language: one collection serves it in every language */
  file = atlas_dataset_get_file (dataset);
  if (file == NULL)
    return g_strdup ("built-in");
  uri = g_file_get_uri (file);
  return g_strdup_printf ("%s\n%s", atlas_dataset_get_title (dataset), uri);
}

/**
 * atlas_collection_file_for_dataset:
 *
 * Where the collection of @dataset is kept:
 * `$XDG_DATA_HOME/partnership-atlas/collections/TITLE-HASH.json`, the
 * hash being of atlas_collection_key_for_dataset(), or `built-in-HASH.json`
 * for the built-in dataset.
 *
 * Returns: (transfer full): the file, which may not exist yet
 */
GFile *
atlas_collection_file_for_dataset (AtlasDataset *dataset)
{
  g_autofree char *key = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  key = atlas_collection_key_for_dataset (dataset);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);
  hash[16] = '\0';
  stem = atlas_dataset_get_file (dataset) != NULL ? atlas_safe_file_name (atlas_dataset_get_title (dataset), "dataset")
                                                  : g_strdup ("built-in");
  name = g_strdup_printf ("%s-%s.json", stem, hash);
  return g_file_new_build_filename (g_get_user_data_dir (), "partnership-atlas", "collections", name, NULL);
}

/**
 * atlas_collection_new:
 * @file: (nullable): where the collection is kept, or %NULL for one that
 *   is never saved
 * @title: (nullable): the dataset's title
 */
AtlasCollection *
atlas_collection_new (GFile      *file,
                      const char *title)
{
  AtlasCollection *self;

  g_return_val_if_fail (!file || G_IS_FILE (file), NULL);

  self = g_object_new (ATLAS_TYPE_COLLECTION, NULL);
  self->file = file ? g_object_ref (file) : NULL;
  self->title = g_strdup (title);
  return self;
}

/**
 * atlas_collection_get_file:
 *
 * Returns: (transfer none) (nullable): where the collection is kept
 */
GFile *
atlas_collection_get_file (AtlasCollection *self)
{
  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), NULL);
  return self->file;
}

/**
 * atlas_collection_set_file:
 *
 * Where the collection is kept from now on: for another dataset, say,
 * before atlas_collection_load() reads its pins.
 */
void
atlas_collection_set_file (AtlasCollection *self,
                           GFile           *file)
{
  g_return_if_fail (ATLAS_IS_COLLECTION (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  g_set_object (&self->file, file);
}

const char *
atlas_collection_get_title (AtlasCollection *self)
{
  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), NULL);
  return self->title;
}

void
atlas_collection_set_title (AtlasCollection *self,
                            const char      *title)
{
  g_return_if_fail (ATLAS_IS_COLLECTION (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * atlas_collection_find:
 * @position: (out) (optional): where the pin is
 *
 * Returns: (transfer none) (nullable): the pin of @excerpt_id
 */
AtlasPin *
atlas_collection_find (AtlasCollection *self,
                       const char      *excerpt_id,
                       guint           *position)
{
  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), NULL);
  g_return_val_if_fail (excerpt_id != NULL, NULL);

  for (guint i = 0; i < self->pins->len; i++)
    {
      AtlasPin *pin = g_ptr_array_index (self->pins, i);

      if (g_strcmp0 (atlas_pin_get_excerpt_id (pin), excerpt_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return pin;
        }
    }
  return NULL;
}

/**
 * atlas_collection_append:
 *
 * Adds @pin at the end, unless a pin of the same excerpt is there already.
 */
void
atlas_collection_append (AtlasCollection *self,
                         AtlasPin        *pin)
{
  g_return_if_fail (ATLAS_IS_COLLECTION (self));
  g_return_if_fail (ATLAS_IS_PIN (pin));

  if (atlas_collection_find (self, atlas_pin_get_excerpt_id (pin), NULL) != NULL)
    return;
  g_ptr_array_add (self->pins, g_object_ref (pin));
  g_signal_connect_swapped (pin, "notify::note", G_CALLBACK (note_changed_cb), self);
  changed (self, self->pins->len - 1, 0, 1);
}

/**
 * atlas_collection_pin_excerpt:
 * @context: (nullable): what the excerpt is pinned from
 *
 * Pins @excerpt at the end of the collection; an excerpt pinned already
 * stays where it is.
 *
 * Returns: (transfer none): the pin of @excerpt
 */
AtlasPin *
atlas_collection_pin_excerpt (AtlasCollection *self,
                              AtlasExcerpt    *excerpt,
                              const char      *context)
{
  g_autoptr(AtlasPin) pin = NULL;
  AtlasPin *found;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), NULL);
  g_return_val_if_fail (ATLAS_IS_EXCERPT (excerpt), NULL);

  found = atlas_collection_find (self, atlas_excerpt_get_id (excerpt), NULL);
  if (found != NULL)
    return found;
  pin = atlas_pin_new_for_excerpt (excerpt);
  atlas_pin_set_context (pin, context);
  atlas_collection_append (self, pin);
  return pin;
}

/**
 * atlas_collection_unpin:
 *
 * Returns: whether there was a pin of @excerpt_id to remove
 */
gboolean
atlas_collection_unpin (AtlasCollection *self,
                        const char      *excerpt_id)
{
  guint position;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), FALSE);

  if (atlas_collection_find (self, excerpt_id, &position) == NULL)
    return FALSE;
  atlas_collection_remove (self, position);
  return TRUE;
}

void
atlas_collection_remove (AtlasCollection *self,
                         guint            position)
{
  g_return_if_fail (ATLAS_IS_COLLECTION (self));
  g_return_if_fail (position < self->pins->len);

  release_pin (g_ptr_array_index (self->pins, position), self);
  g_ptr_array_remove_index (self->pins, position);
  changed (self, position, 1, 0);
}

/**
 * atlas_collection_move:
 *
 * Moves the pin at @from so that it ends up at @to.
 */
void
atlas_collection_move (AtlasCollection *self,
                       guint            from,
                       guint            to)
{
  gpointer pin;
  guint first;

  g_return_if_fail (ATLAS_IS_COLLECTION (self));
  g_return_if_fail (from < self->pins->len);
  g_return_if_fail (to < self->pins->len);

  if (from == to)
    return;
  pin = g_ptr_array_steal_index (self->pins, from);
  g_ptr_array_insert (self->pins, to, pin);
  first = MIN (from, to);
  changed (self, first, MAX (from, to) - first + 1, MAX (from, to) - first + 1);
}

void
atlas_collection_set_note (AtlasCollection *self,
                           guint            position,
                           const char      *note)
{
  g_return_if_fail (ATLAS_IS_COLLECTION (self));
  g_return_if_fail (position < self->pins->len);

  atlas_pin_set_note (g_ptr_array_index (self->pins, position), note);
}

/**
 * atlas_collection_resolve:
 * @dataset: (nullable): the dataset now shown
 *
 * Finds each pin's excerpt in @dataset (atlas_pin_resolve()).
 */
void
atlas_collection_resolve (AtlasCollection *self,
                          AtlasDataset    *dataset)
{
  g_return_if_fail (ATLAS_IS_COLLECTION (self));

  for (guint i = 0; i < self->pins->len; i++)
    atlas_pin_resolve (g_ptr_array_index (self->pins, i), dataset);
  /* What a view shows of each pin may have changed; nothing to save */
  if (self->pins->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->pins->len, self->pins->len);
  if (dataset != NULL)
    atlas_collection_set_title (self, atlas_dataset_get_title (dataset));
}

/**
 * atlas_collection_get_n_vanished:
 *
 * Returns: how many pins name an excerpt the dataset does not have
 */
guint
atlas_collection_get_n_vanished (AtlasCollection *self)
{
  guint n = 0;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), 0);

  for (guint i = 0; i < self->pins->len; i++)
    n += atlas_pin_get_vanished (g_ptr_array_index (self->pins, i));
  return n;
}
