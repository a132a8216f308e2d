/* atlas-excerpt.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-excerpt.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasExcerpt:
 *
 * A verbatim passage of a document. Its text is a quotation and is never translated.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasExcerpt, atlas_excerpt, G_TYPE_OBJECT)

static void
atlas_excerpt_finalize (GObject *object)
{
  AtlasExcerpt *self = (AtlasExcerpt *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->document);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->locator, g_free);
  g_clear_pointer (&self->note, g_free);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->translation, g_free);
  g_clear_pointer (&self->translation_language, g_free);
  G_OBJECT_CLASS (atlas_excerpt_parent_class)->finalize (object);
}

static void
atlas_excerpt_class_init (AtlasExcerptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_excerpt_finalize;
}

static void
atlas_excerpt_init (AtlasExcerpt *self)
{
}

const char *
atlas_excerpt_get_id (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->id;
}

AtlasDocument *
atlas_excerpt_get_document (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->document;
}

const char *
atlas_excerpt_get_text (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->text;
}

const char *
atlas_excerpt_get_locator (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->locator;
}

/**
 * atlas_excerpt_describe_locator:
 *
 * Returns: (transfer full) (nullable): where the passage is in its
 *   document, in words a reader can follow: the dataset's locator (“¶ 5”,
 *   “Introduction, ¶ 1”), or where it has none and its document is a web
 *   page, “quoted on the page at ADDRESS”; %NULL when nothing says where
 */
char *
atlas_excerpt_describe_locator (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  if (self->locator != NULL && *self->locator != '\0')
    return g_strdup (self->locator);
  if (self->document != NULL && self->document->url != NULL)
    /* Translators: where an excerpt is, when the dataset does not say: %s is a web address */
    return g_strdup_printf (_("quoted on the page at %s"), self->document->url);
  return NULL;
}

const char *
atlas_excerpt_get_note (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->note;
}

/**
 * atlas_excerpt_get_language:
 *
 * Returns: (nullable): the passage's language as a BCP 47 tag: the
 *   excerpt's own when it has one, else its document's, else %NULL
 */
const char *
atlas_excerpt_get_language (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  if (self->language != NULL)
    return self->language;
  return self->document != NULL ? self->document->language : NULL;
}

/**
 * atlas_excerpt_get_translation:
 *
 * Returns: (nullable): a translation of the passage made by the dataset's
 *   editors, or %NULL. It is never the source's words: show it labelled
 *   as the editors' and beside the passage, never in its place.
 */
const char *
atlas_excerpt_get_translation (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->translation;
}

/**
 * atlas_excerpt_get_translation_language:
 *
 * Returns: (nullable): the BCP 47 tag of the translation's language, or
 *   %NULL when there is no translation
 */
const char *
atlas_excerpt_get_translation_language (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT (self), NULL);

  return self->translation_language;
}
