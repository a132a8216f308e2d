/* atlas-selection.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-evidence.h"
#include "atlas-record-rows.h"
#include "atlas-excerpt.h"
#include "atlas-selection.h"

/**
 * AtlasSelection:
 *
 * The one place where the window's selection lives: the dataset shown, the
 * record selected (a partner, programme, programme area, area, document,
 * event or excerpt), the excerpts that support it, a note that explains
 * what is shown (such as why a comparison cell is unknown), and the search
 * text. Views set it and follow its notifications; no view reaches into
 * another.
 */

struct _AtlasSelection
{
  GObject parent_instance;

  AtlasDataset *dataset;
  GObject *item;
  char *note;
  GListStore *evidence;
  GPtrArray *claims;    /* AtlasClaim: the evidence is theirs, grouped by claim */
  char *search_text;
  AtlasDiffMarks *changes;  /* what changed since (or until) another version */
};

G_DEFINE_FINAL_TYPE (AtlasSelection, atlas_selection, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_ITEM,
  PROP_NOTE,
  PROP_EVIDENCE,
  PROP_SEARCH_TEXT,
  PROP_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
replace_evidence (AtlasSelection *self,
                  GPtrArray      *excerpts)
{
  g_list_store_splice (self->evidence, 0, g_list_model_get_n_items (G_LIST_MODEL (self->evidence)),
                       excerpts ? excerpts->pdata : NULL, excerpts ? excerpts->len : 0);
}

static void
atlas_selection_finalize (GObject *object)
{
  AtlasSelection *self = (AtlasSelection *) object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->item);
  g_clear_object (&self->evidence);
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_object (&self->changes);

  G_OBJECT_CLASS (atlas_selection_parent_class)->finalize (object);
}

static void
atlas_selection_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasSelection *self = ATLAS_SELECTION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_EVIDENCE:
      g_value_set_object (value, self->evidence);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    case PROP_CHANGES:
      g_value_set_object (value, self->changes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_selection_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasSelection *self = ATLAS_SELECTION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      atlas_selection_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      atlas_selection_set_item (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_TEXT:
      atlas_selection_set_search_text (self, g_value_get_string (value));
      break;

    case PROP_CHANGES:
      atlas_selection_set_changes (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_selection_class_init (AtlasSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_selection_finalize;
  object_class->get_property = atlas_selection_get_property;
  object_class->set_property = atlas_selection_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         ATLAS_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasSelection:item:
   *
   * The selected record, or %NULL.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasSelection:note:
   *
   * What the evidence shown is about, when the item alone does not say
   * (translated text, or %NULL).
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasSelection:evidence:
   *
   * The excerpts that support the item, as a #GListModel of #AtlasExcerpt.
   * The model stays the same object; its contents follow the item.
   */
  properties[PROP_EVIDENCE] =
    g_param_spec_object ("evidence", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasSelection:changes:
   *
   * What changed between the dataset and another version of it, for the
   * views to mark, or %NULL. Another dataset takes the marks away.
   */
  properties[PROP_CHANGES] =
    g_param_spec_object ("changes", NULL, NULL,
                         ATLAS_TYPE_DIFF_MARKS,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_selection_init (AtlasSelection *self)
{
  self->evidence = g_list_store_new (ATLAS_TYPE_EXCERPT);
}

AtlasSelection *
atlas_selection_new (void)
{
  return g_object_new (ATLAS_TYPE_SELECTION, NULL);
}

AtlasDataset *
atlas_selection_get_dataset (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return self->dataset;
}

static gboolean
release_idle (gpointer data)
{
  atlas_dataset_release (data);
  return G_SOURCE_REMOVE;
}

/* A new dataset clears the selection: its records belong to the old one. */
void
atlas_selection_set_dataset (AtlasSelection *self,
                             AtlasDataset   *dataset)
{
  AtlasDataset *previous;

  g_return_if_fail (ATLAS_IS_SELECTION (self));
  g_return_if_fail (!dataset || ATLAS_IS_DATASET (dataset));

  if (dataset == self->dataset)
    return;

  previous = g_steal_pointer (&self->dataset);
  g_set_object (&self->dataset, dataset);
  atlas_selection_set_item (self, NULL);
  /* marks on the other dataset's records would mean nothing here */
  atlas_selection_set_changes (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);

  /* The views have let go of the old dataset's records by now, or will
   * have by the next idle; the last reference then goes to a worker, so
   * that freeing a large dataset does not stop the main loop. */
  if (previous != NULL)
    g_idle_add_full (G_PRIORITY_LOW, release_idle, previous, NULL);
}

/**
 * atlas_selection_get_changes:
 *
 * Returns: (transfer none) (nullable): the changes to mark
 */
AtlasDiffMarks *
atlas_selection_get_changes (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return self->changes;
}

/**
 * atlas_selection_set_changes:
 * @changes: (nullable): what changed between the dataset and another
 *   version of it (one of the two must be the dataset)
 */
void
atlas_selection_set_changes (AtlasSelection *self,
                             AtlasDiffMarks *changes)
{
  g_return_if_fail (ATLAS_IS_SELECTION (self));
  g_return_if_fail (!changes || ATLAS_IS_DIFF_MARKS (changes));

  if (g_set_object (&self->changes, changes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGES]);
}

GObject *
atlas_selection_get_item (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return self->item;
}

static void
select_item (AtlasSelection *self,
             GObject        *item,
             GPtrArray      *evidence,
             const char     *note)
{
  g_autoptr(GPtrArray) own = NULL;
  gboolean item_changed;

  item_changed = self->item != item;
  g_set_object (&self->item, item);

  if (evidence == NULL && item != NULL && self->dataset != NULL)
    evidence = own = atlas_evidence_for (self->dataset, item);
  replace_evidence (self, evidence);

  if (g_strcmp0 (self->note, note) != 0)
    {
      g_free (self->note);
      self->note = g_strdup (note);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
    }
  if (item_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * atlas_selection_set_item_with_note:
 * @evidence: (nullable) (element-type AtlasExcerpt): the excerpts to show,
 *   or %NULL for those of @item
 * @note: (nullable): what the evidence is about, when @item does not say
 *
 * Selects @item. Views that select something narrower than a record (a
 * comparison cell, a row, a column) give the evidence and a note.
 */
void
atlas_selection_set_item_with_note (AtlasSelection *self,
                                    GObject        *item,
                                    GPtrArray      *evidence,
                                    const char     *note)
{
  g_return_if_fail (ATLAS_IS_SELECTION (self));
  g_return_if_fail (!item || G_IS_OBJECT (item));

  g_clear_pointer (&self->claims, g_ptr_array_unref);
  select_item (self, item, evidence, note);
}

/**
 * atlas_selection_set_item_with_claims:
 * @claims: (element-type AtlasClaim): the claims of one fact (the dates a
 *   programme was signed on), whose excerpts to show, grouped by claim
 * @note: (nullable): what the claims are about
 *
 * Selects @item with the excerpts behind @claims, so that the excerpts
 * pane can say which excerpts back which claim.
 */
void
atlas_selection_set_item_with_claims (AtlasSelection *self,
                                      GObject        *item,
                                      GPtrArray      *claims,
                                      const char     *note)
{
  g_autoptr(GPtrArray) evidence = NULL;

  g_return_if_fail (ATLAS_IS_SELECTION (self));
  g_return_if_fail (!item || G_IS_OBJECT (item));
  g_return_if_fail (claims != NULL);

  /* Set before the evidence changes, for the views that follow it */
  g_clear_pointer (&self->claims, g_ptr_array_unref);
  self->claims = g_ptr_array_ref (claims);
  evidence = atlas_claims_get_evidence (claims);
  select_item (self, item, evidence, note);
}

/**
 * atlas_selection_get_claims:
 *
 * Returns: (transfer none) (nullable) (element-type AtlasClaim): the
 *   claims whose excerpts the evidence is, or %NULL when it is not
 *   grouped by claim
 */
GPtrArray *
atlas_selection_get_claims (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return self->claims;
}

void
atlas_selection_set_item (AtlasSelection *self,
                          GObject        *item)
{
  atlas_selection_set_item_with_note (self, item, NULL, NULL);
}

const char *
atlas_selection_get_note (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return self->note;
}

/**
 * atlas_selection_get_evidence:
 *
 * Returns: (transfer none): the excerpts that support the item
 */
GListModel *
atlas_selection_get_evidence (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return G_LIST_MODEL (self->evidence);
}

const char *
atlas_selection_get_search_text (AtlasSelection *self)
{
  g_return_val_if_fail (ATLAS_IS_SELECTION (self), NULL);
  return self->search_text ? self->search_text : "";
}

void
atlas_selection_set_search_text (AtlasSelection *self,
                                 const char     *search_text)
{
  g_return_if_fail (ATLAS_IS_SELECTION (self));

  if (g_strcmp0 (self->search_text, search_text) == 0)
    return;
  g_free (self->search_text);
  self->search_text = g_strdup (search_text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}
