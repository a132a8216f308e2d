/* atlas-vocabulary.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The built-in dataset's own words — its title and description, partner
 * names, area groups, areas, programme and event titles — are part of the
 * app and translated through its po files (build-aux/dataset-strings.py
 * puts them in the POT with the contexts below). Excerpts and document titles are quotations and never
 * translated; a user's dataset is shown as written. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-model-private.h"
#include "atlas-vocabulary.h"

static void
translate (char       **text,
           const char  *context)
{
  const char *translated;

  if (*text == NULL)
    return;
  translated = g_dpgettext2 (GETTEXT_PACKAGE, context, *text);
  if (translated != *text && g_strcmp0 (translated, *text) != 0)
    {
      g_free (*text);
      *text = g_strdup (translated);
    }
}

typedef void (*Translator) (gpointer record);

static void
foreach (AtlasRecordList *store,
         Translator       func)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (G_LIST_MODEL (store), i);
      func (record);
    }
}

static void
translate_partner (gpointer record)
{
  AtlasPartner *partner = record;

  translate (&partner->name, "dataset: partner");
  translate (&partner->short_name, "dataset: partner short name");
}

static void
translate_area_group (gpointer record)
{
  translate (&((AtlasAreaGroup *) record)->name, "dataset: area group");
}

static void
translate_area (gpointer record)
{
  translate (&((AtlasArea *) record)->name, "dataset: area");
}

static void
translate_programme (gpointer record)
{
  AtlasProgramme *programme = record;

  translate (&programme->title, "dataset: programme");
  /* The short label was made from the partner's name */
  g_free (programme->short_label);
  programme->short_label = _atlas_programme_make_short_label (programme);
}

static void
translate_event (gpointer record)
{
  translate (&((AtlasEvent *) record)->title, "dataset: event");
}

/**
 * atlas_vocabulary_translate:
 * @dataset: the built-in dataset, freshly loaded and not yet shown
 *
 * Puts the dataset's vocabulary into the user's language. Call it only on
 * the built-in dataset, before anyone holds its records: it is the one
 * change a dataset sees after loading. Ids and codes stay as they are, so
 * exports meant for scripts do not change with the language.
 */
void
atlas_vocabulary_translate (AtlasDataset *dataset)
{
  g_return_if_fail (ATLAS_IS_DATASET (dataset));
  g_return_if_fail (atlas_dataset_is_builtin (dataset));

  dataset->translated = TRUE;
  translate (&dataset->title, "dataset: title");
  translate (&dataset->description, "dataset: description");
  /* Partners first: programmes' short labels are made from their names */
  foreach (dataset->partners, translate_partner);
  foreach (dataset->area_groups, translate_area_group);
  foreach (dataset->areas, translate_area);
  foreach (dataset->programmes, translate_programme);
  foreach (dataset->events, translate_event);
}
