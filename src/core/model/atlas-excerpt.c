/* atlas-excerpt.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

enum {
  PROP_0,
  PROP_ID,
  PROP_DOCUMENT,
  PROP_TEXT,
  PROP_LOCATOR,
  PROP_NOTE,
  PROP_LANGUAGE,
  PROP_TRANSLATION,
  PROP_TRANSLATION_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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
atlas_excerpt_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  AtlasExcerpt *self = ATLAS_EXCERPT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_LOCATOR:
      g_value_set_string (value, self->locator);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, atlas_excerpt_get_language (self));
      break;

    case PROP_TRANSLATION:
      g_value_set_string (value, self->translation);
      break;

    case PROP_TRANSLATION_LANGUAGE:
      g_value_set_string (value, self->translation_language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_excerpt_class_init (AtlasExcerptClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_excerpt_finalize;
  object_class->get_property = atlas_excerpt_get_property;

  /**
   * AtlasExcerpt:id:
   *
   * The excerpt's id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:document:
   *
   * The document quoted.
   */
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                             ATLAS_TYPE_DOCUMENT,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:text:
   *
   * The passage, verbatim.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:locator:
   *
   * Where in the document the passage is, or NULL.
   */
  properties[PROP_LOCATOR] =
    g_param_spec_string ("locator", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:note:
   *
   * A note, or NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:language:
   *
   * The passage's language as a BCP 47 tag: its own, else its document's, or NULL.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:translation:
   *
   * A translation by the dataset's editors (never the source's words), or NULL.
   */
  properties[PROP_TRANSLATION] =
    g_param_spec_string ("translation", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerpt:translation-language:
   *
   * The language of the translation, as a BCP 47 tag, or NULL.
   */
  properties[PROP_TRANSLATION_LANGUAGE] =
    g_param_spec_string ("translation-language", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_excerpt_init (AtlasExcerpt *self)
{
}

const char *
atlas_excerpt_get_id (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_EXCERPT (self), NULL);

  return self->id;
}

AtlasDocument *
atlas_excerpt_get_document (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_EXCERPT (self), NULL);

  return self->document;
}

const char *
atlas_excerpt_get_text (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_EXCERPT (self), NULL);

  return self->text;
}

const char *
atlas_excerpt_get_locator (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_EXCERPT (self), NULL);

  return self->locator;
}

const char *
atlas_excerpt_get_note (AtlasExcerpt *self)
{
  g_return_val_if_fail (ATLAS_EXCERPT (self), NULL);

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
