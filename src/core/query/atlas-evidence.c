/* atlas-evidence.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-evidence.h"
#include "atlas-model-private.h"

static void
add_all (GPtrArray *out,
         GHashTable *seen,
         GPtrArray *excerpts)
{
  for (guint i = 0; excerpts != NULL && i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);

      if (g_hash_table_add (seen, excerpt))
        g_ptr_array_add (out, g_object_ref (excerpt));
    }
}

static void
add_claims (GPtrArray  *out,
            GHashTable *seen,
            GPtrArray  *claims)
{
  for (guint i = 0; claims != NULL && i < claims->len; i++)
    add_all (out, seen, ((AtlasClaim *) g_ptr_array_index (claims, i))->evidence);
}

static void
add_programme_area (GPtrArray          *out,
                    GHashTable         *seen,
                    AtlasProgrammeArea *pa)
{
  add_all (out, seen, _atlas_pa_evidence (pa));
  for (guint i = 0; i < _atlas_pa_wordings (pa)->len; i++)
    add_all (out, seen, ((AtlasWording *) g_ptr_array_index (_atlas_pa_wordings (pa), i))->evidence);
}

/**
 * atlas_evidence_for:
 * @item: a record of @dataset: partner, programme, programme area, area,
 *   document, event or excerpt
 *
 * Every excerpt that supports what @item says, each once, in the order the
 * record cites them: for a programme its own evidence, then its signing,
 * period and areas; for an area every programme's evidence for it; for a
 * document its excerpts.
 *
 * Returns: (transfer full) (element-type AtlasExcerpt): the excerpts
 */
GPtrArray *
atlas_evidence_for (AtlasDataset *dataset,
                    GObject      *item)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), out);

  if (item == NULL)
    return out;

  if (ATLAS_IS_PROGRAMME (item))
    {
      AtlasProgramme *p = ATLAS_PROGRAMME (item);

      add_all (out, seen, p->evidence);
      add_claims (out, seen, p->signed_);
      add_all (out, seen, p->period_evidence);
      for (guint i = 0; i < p->area_counts->len; i++)
        add_all (out, seen, ((AtlasAreaCount *) g_ptr_array_index (p->area_counts, i))->evidence);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (p->areas)); i++)
        {
          g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (G_LIST_MODEL (p->areas), i);
          add_programme_area (out, seen, pa);
        }
    }
  else if (ATLAS_IS_PROGRAMME_AREA (item))
    add_programme_area (out, seen, ATLAS_PROGRAMME_AREA (item));
  else if (ATLAS_IS_PARTNER (item))
    {
      AtlasPartner *partner = ATLAS_PARTNER (item);

      add_all (out, seen, partner->evidence);
      add_claims (out, seen, partner->relations_since);
    }
  else if (ATLAS_IS_EVENT (item))
    {
      AtlasEvent *event = ATLAS_EVENT (item);

      add_all (out, seen, event->evidence);
      add_claims (out, seen, event->alternatives);
    }
  else if (ATLAS_IS_AREA (item))
    {
      GListModel *programmes = G_LIST_MODEL (dataset->programmes);

      for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
        {
          g_autoptr(AtlasProgramme) p = g_list_model_get_item (programmes, i);
          AtlasProgrammeArea *pa = atlas_programme_find_area (p, (AtlasArea *) item);

          if (pa != NULL)
            add_programme_area (out, seen, pa);
        }
    }
  else if (ATLAS_IS_DOCUMENT (item))
    {
      GListModel *excerpts = atlas_dataset_get_document_excerpts (dataset, ATLAS_DOCUMENT (item));

      for (guint i = 0; i < g_list_model_get_n_items (excerpts); i++)
        g_ptr_array_add (out, g_list_model_get_item (excerpts, i));
    }
  else if (ATLAS_IS_EXCERPT (item))
    g_ptr_array_add (out, g_object_ref (item));

  return out;
}

/**
 * atlas_evidence_has_official:
 * @excerpts: (element-type AtlasExcerpt) (nullable): evidence
 *
 * Returns: %TRUE when one of @excerpts comes from an official source, the
 *   site or text of a party to the programme
 */
gboolean
atlas_evidence_has_official (GPtrArray *excerpts)
{
  for (guint i = 0; excerpts != NULL && i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);

      if (excerpt->document != NULL && excerpt->document->kind == ATLAS_DOCUMENT_KIND_OFFICIAL)
        return TRUE;
    }
  return FALSE;
}

/**
 * atlas_programme_area_is_reported_by_party:
 *
 * Returns: %TRUE when @pa is reported (not in the programme's own list)
 *   and a party to the programme says so: its evidence, or a wording's,
 *   has an official source. Such a report is not a secondary source's.
 */
gboolean
atlas_programme_area_is_reported_by_party (AtlasProgrammeArea *pa)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_AREA (pa), FALSE);

  if (pa->status != ATLAS_AREA_STATUS_REPORTED)
    return FALSE;
  if (atlas_evidence_has_official (_atlas_pa_evidence (pa)))
    return TRUE;
  for (guint i = 0; i < _atlas_pa_wordings (pa)->len; i++)
    if (atlas_evidence_has_official (((AtlasWording *) g_ptr_array_index (_atlas_pa_wordings (pa), i))->evidence))
      return TRUE;
  return FALSE;
}
