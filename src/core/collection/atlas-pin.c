/* atlas-pin.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-citations.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-excerpt.h"
#include "atlas-pin.h"
#include "atlas-text.h"

/**
 * AtlasPin:
 *
 * One excerpt the reader kept in a collection. It names the excerpt by
 * its id and keeps a copy of what a paper needs of it — the quotation,
 * the document's id and title, the locator — so that a pin whose excerpt
 * is gone from a newer dataset still says what it was (it is then
 * “vanished”, and kept). @context says what the excerpt was pinned from
 * (a comparison cell, say), @note is the reader's own words.
 */

struct _AtlasPin
{
  GObject parent_instance;

  char *excerpt_id;
  char *text;
  char *document_id;
  char *document_title;
  char *locator;
  char *context;
  char *note;
  AtlasExcerpt *excerpt;           /* in the dataset resolved against, or NULL */
  gboolean vanished;
};

G_DEFINE_FINAL_TYPE (AtlasPin, atlas_pin, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NOTE,
  PROP_VANISHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_pin_finalize (GObject *object)
{
  AtlasPin *self = ATLAS_PIN (object);

  g_free (self->excerpt_id);
  g_free (self->text);
  g_free (self->document_id);
  g_free (self->document_title);
  g_free (self->locator);
  g_free (self->context);
  g_free (self->note);
  g_clear_object (&self->excerpt);

  G_OBJECT_CLASS (atlas_pin_parent_class)->finalize (object);
}

static void
atlas_pin_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  AtlasPin *self = ATLAS_PIN (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_VANISHED:
      g_value_set_boolean (value, self->vanished);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_pin_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  AtlasPin *self = ATLAS_PIN (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      atlas_pin_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_pin_class_init (AtlasPinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_pin_finalize;
  object_class->get_property = atlas_pin_get_property;
  object_class->set_property = atlas_pin_set_property;

  /**
   * AtlasPin:note:
   *
   * The reader's own note on the excerpt, or %NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasPin:vanished:
   *
   * Whether the dataset last resolved against has no excerpt of this id.
   */
  properties[PROP_VANISHED] =
    g_param_spec_boolean ("vanished", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_pin_init (AtlasPin *self)
{
}

/**
 * atlas_pin_new:
 *
 * A pin as a collection file keeps it. @text, @document_id,
 * @document_title and @locator may be %NULL.
 */
AtlasPin *
atlas_pin_new (const char *excerpt_id,
               const char *text,
               const char *document_id,
               const char *document_title,
               const char *locator)
{
  AtlasPin *self;

  g_return_val_if_fail (excerpt_id != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_PIN, NULL);
  self->excerpt_id = g_strdup (excerpt_id);
  self->text = g_strdup (text);
  self->document_id = g_strdup (document_id);
  self->document_title = g_strdup (document_title);
  self->locator = g_strdup (locator);
  return self;
}

/**
 * atlas_pin_new_for_excerpt:
 *
 * A pin of @excerpt, with a copy of its text, document and locator.
 */
AtlasPin *
atlas_pin_new_for_excerpt (AtlasExcerpt *excerpt)
{
  AtlasDocument *document;
  AtlasPin *self;

  g_return_val_if_fail (ATLAS_IS_EXCERPT (excerpt), NULL);

  document = atlas_excerpt_get_document (excerpt);
  self = atlas_pin_new (atlas_excerpt_get_id (excerpt),
                        atlas_excerpt_get_text (excerpt),
                        document ? atlas_document_get_id (document) : NULL,
                        document ? atlas_document_get_title (document) : NULL,
                        atlas_excerpt_get_locator (excerpt));
  self->excerpt = g_object_ref (excerpt);
  return self;
}

const char *
atlas_pin_get_excerpt_id (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->excerpt_id;
}

const char *
atlas_pin_get_text (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->text;
}

const char *
atlas_pin_get_document_id (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->document_id;
}

const char *
atlas_pin_get_document_title (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->document_title;
}

const char *
atlas_pin_get_locator (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->locator;
}

const char *
atlas_pin_get_context (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->context;
}

/**
 * atlas_pin_set_context:
 *
 * What the excerpt was pinned from, in the reader's language (“Maritime
 * security · Japan ITPP 2023”), or %NULL for an excerpt pinned alone.
 */
void
atlas_pin_set_context (AtlasPin   *self,
                       const char *context)
{
  g_return_if_fail (ATLAS_IS_PIN (self));

  if (context != NULL && *context == '\0')
    context = NULL;
  g_free (self->context);
  self->context = g_strdup (context);
}

const char *
atlas_pin_get_note (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->note;
}

void
atlas_pin_set_note (AtlasPin   *self,
                    const char *note)
{
  g_return_if_fail (ATLAS_IS_PIN (self));

  if (note != NULL && *note == '\0')
    note = NULL;
  if (g_strcmp0 (self->note, note) == 0)
    return;
  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

/**
 * atlas_pin_get_excerpt:
 *
 * Returns: (transfer none) (nullable): the excerpt in the dataset last
 *   resolved against, %NULL when it vanished or nothing was resolved yet
 */
AtlasExcerpt *
atlas_pin_get_excerpt (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), NULL);
  return self->excerpt;
}

gboolean
atlas_pin_get_vanished (AtlasPin *self)
{
  g_return_val_if_fail (ATLAS_IS_PIN (self), FALSE);
  return self->vanished;
}

static void
take_copy (char       **copy,
           const char  *text)
{
  if (text != NULL && g_strcmp0 (*copy, text) != 0)
    {
      g_free (*copy);
      *copy = g_strdup (text);
    }
}

/**
 * atlas_pin_resolve:
 * @dataset: (nullable): the dataset now shown
 *
 * Finds the pin's excerpt in @dataset. A found excerpt refreshes the
 * pin's copy of its text, document and locator; an excerpt that is gone
 * marks the pin vanished and leaves the copy as it was.
 */
void
atlas_pin_resolve (AtlasPin     *self,
                   AtlasDataset *dataset)
{
  AtlasExcerpt *excerpt;
  gboolean vanished;

  g_return_if_fail (ATLAS_IS_PIN (self));
  g_return_if_fail (!dataset || ATLAS_IS_DATASET (dataset));

  excerpt = dataset ? atlas_dataset_find_excerpt (dataset, self->excerpt_id) : NULL;
  g_set_object (&self->excerpt, excerpt);
  if (excerpt != NULL)
    {
      AtlasDocument *document = atlas_excerpt_get_document (excerpt);

      take_copy (&self->text, atlas_excerpt_get_text (excerpt));
      take_copy (&self->locator, atlas_excerpt_get_locator (excerpt));
      if (document != NULL)
        {
          take_copy (&self->document_id, atlas_document_get_id (document));
          take_copy (&self->document_title, atlas_document_get_title (document));
        }
    }
  vanished = dataset != NULL && excerpt == NULL;
  if (vanished != self->vanished)
    {
      self->vanished = vanished;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VANISHED]);
    }
}

/**
 * atlas_pin_dup_citation:
 *
 * The reference of the pin's document (atlas_citation_reference()) with
 * where the passage is in it; for a pin whose excerpt vanished, what the
 * pin kept of them: the document's title and the locator.
 *
 * Returns: (transfer full): the citation, in plain text
 */
char *
atlas_pin_dup_citation (AtlasPin *pin)
{
  AtlasExcerpt *excerpt = atlas_pin_get_excerpt (pin);
  AtlasDocument *document = excerpt ? atlas_excerpt_get_document (excerpt) : NULL;
  const char *locator = atlas_pin_get_locator (pin);
  g_autofree char *reference = NULL;

  if (document != NULL)
    reference = atlas_citation_reference (document);
  else
    reference = atlas_text_isolate_bidi (atlas_pin_get_document_title (pin) ? atlas_pin_get_document_title (pin)
                                         /* Translators: a pin's document, when the collection file kept no title */
                                         : _("Unknown document"));
  if (locator != NULL)
    {
      g_autofree char *isolated = atlas_text_isolate_bidi (locator);

      /* Translators: a reference, then where the quotation is in the document: “… (accessed May 2026). — ¶ 5” */
      return g_strdup_printf (C_("citation", "%s — %s"), reference, isolated);
    }
  return g_steal_pointer (&reference);
}
