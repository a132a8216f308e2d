/* atlas-search-matches.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-search-matches.h"

/**
 * AtlasSearchMatches:
 *
 * The records of one kind that match a search, as a #GListModel. It holds
 * positions into the records, not the records themselves, so that a query
 * matching 200,000 excerpts costs one array, and a list view asks only for
 * the rows it shows. #AtlasSearch replaces the positions on each query.
 */

struct _AtlasSearchMatches
{
  GObject parent_instance;

  AtlasSearchKind kind;
  GPtrArray *records;   /* of GObject, shared with the search */
  GArray *indices;      /* of guint, into records */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AtlasSearchMatches, atlas_search_matches, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_KIND,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
atlas_search_matches_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
atlas_search_matches_get_n_items (GListModel *model)
{
  AtlasSearchMatches *self = ATLAS_SEARCH_MATCHES (model);

  return self->indices->len;
}

static gpointer
atlas_search_matches_get_item (GListModel *model,
                               guint       position)
{
  AtlasSearchMatches *self = ATLAS_SEARCH_MATCHES (model);

  if (position >= self->indices->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->records,
                                          g_array_index (self->indices, guint, position)));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = atlas_search_matches_get_item_type;
  iface->get_n_items = atlas_search_matches_get_n_items;
  iface->get_item = atlas_search_matches_get_item;
}

static void
atlas_search_matches_finalize (GObject *object)
{
  AtlasSearchMatches *self = (AtlasSearchMatches *) object;

  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->indices, g_array_unref);

  G_OBJECT_CLASS (atlas_search_matches_parent_class)->finalize (object);
}

static void
atlas_search_matches_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  AtlasSearchMatches *self = ATLAS_SEARCH_MATCHES (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->indices->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_search_matches_class_init (AtlasSearchMatchesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_search_matches_finalize;
  object_class->get_property = atlas_search_matches_get_property;

  /**
   * AtlasSearchMatches:kind:
   *
   * The #AtlasSearchKind of the records.
   */
  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       0, ATLAS_SEARCH_N_KINDS - 1, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasSearchMatches:n-items:
   *
   * How many records match, so that a view can hide an empty group.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_search_matches_init (AtlasSearchMatches *self)
{
  self->indices = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * atlas_search_matches_new:
 * @records: (element-type GObject): every record of @kind
 *
 * Returns: (transfer full): an empty list of matches among @records
 */
AtlasSearchMatches *
atlas_search_matches_new (AtlasSearchKind  kind,
                          GPtrArray       *records)
{
  AtlasSearchMatches *self;

  g_return_val_if_fail (kind < ATLAS_SEARCH_N_KINDS, NULL);
  g_return_val_if_fail (records != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_SEARCH_MATCHES, NULL);
  self->kind = kind;
  self->records = g_ptr_array_ref (records);
  return self;
}

AtlasSearchKind
atlas_search_matches_get_kind (AtlasSearchMatches *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_MATCHES (self), 0);
  return self->kind;
}

/**
 * atlas_search_matches_get_indices:
 *
 * Returns: (transfer none) (element-type guint): the positions of the
 *   matching records among all records of the kind, in ascending order
 */
const GArray *
atlas_search_matches_get_indices (AtlasSearchMatches *self)
{
  g_return_val_if_fail (ATLAS_IS_SEARCH_MATCHES (self), NULL);
  return self->indices;
}

/**
 * atlas_search_matches_set_indices:
 * @indices: (transfer full) (element-type guint): ascending positions
 *
 * Replaces the matches and tells the views, in one change.
 */
void
atlas_search_matches_set_indices (AtlasSearchMatches *self,
                                  GArray             *indices)
{
  guint removed;

  g_return_if_fail (ATLAS_IS_SEARCH_MATCHES (self));
  g_return_if_fail (indices != NULL);

  removed = self->indices->len;
  g_array_unref (self->indices);
  self->indices = indices;

  if (removed == 0 && indices->len == 0)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, indices->len);
  if (removed != indices->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}
