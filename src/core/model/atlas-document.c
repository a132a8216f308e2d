/* atlas-document.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-document.h"
#include "atlas-enum-types.h"
#include "atlas-model-private.h"

/**
 * AtlasDocument:
 *
 * A source document.
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasDocument, atlas_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AUTHORS,
  PROP_PUBLISHER,
  PROP_DATE,
  PROP_URL,
  PROP_KIND,
  PROP_LOCATOR,
  PROP_NOTE,
  PROP_LANGUAGE,
  PROP_UNDATED,
  PROP_ACCESSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_document_finalize (GObject *object)
{
  AtlasDocument *self = (AtlasDocument *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->authors, g_strfreev);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->locator, g_free);
  g_clear_pointer (&self->note, g_free);

  g_clear_pointer (&self->language, g_free);
  G_OBJECT_CLASS (atlas_document_parent_class)->finalize (object);
}

static void
atlas_document_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasDocument *self = ATLAS_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_AUTHORS:
      g_value_set_boxed (value, self->authors);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, atlas_date_is_set (&self->date) ? &self->date : NULL);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_LOCATOR:
      g_value_set_string (value, self->locator);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_UNDATED:
      g_value_set_boolean (value, self->undated);
      break;

    case PROP_ACCESSED:
      g_value_set_boxed (value, atlas_date_is_set (&self->accessed) ? &self->accessed : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_document_class_init (AtlasDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_document_finalize;
  object_class->get_property = atlas_document_get_property;

  /**
   * AtlasDocument:id:
   *
   * The document's id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:title:
   *
   * The document's title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:authors:
   *
   * The document's authors.
   */
  properties[PROP_AUTHORS] =
    g_param_spec_boxed ("authors", NULL, NULL,
                            G_TYPE_STRV,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:publisher:
   *
   * The publisher, or NULL.
   */
  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:date:
   *
   * When the document was published.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                            ATLAS_TYPE_DATE,
                            (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:url:
   *
   * An http or https address, or NULL.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:kind:
   *
   * What kind of document it is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                           ATLAS_TYPE_DOCUMENT_KIND, 0,
                           (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:locator:
   *
   * Where the document is, such as a series number, or NULL.
   */
  properties[PROP_LOCATOR] =
    g_param_spec_string ("locator", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:note:
   *
   * A note, or NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:language:
   *
   * The language the document is written in, as a BCP 47 tag, or NULL.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:undated:
   *
   * Whether the document gives no date at all (not merely that none was recorded).
   */
  properties[PROP_UNDATED] =
    g_param_spec_boolean ("undated", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasDocument:accessed:
   *
   * The date the dataset's editors read the source, or NULL.
   */
  properties[PROP_ACCESSED] =
    g_param_spec_boxed ("accessed", NULL, NULL,
                        ATLAS_TYPE_DATE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_document_init (AtlasDocument *self)
{
}

const char *
atlas_document_get_id (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return self->id;
}

const char *
atlas_document_get_title (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return self->title;
}

const char * const *
atlas_document_get_authors (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return (const char * const *) self->authors;
}

const char *
atlas_document_get_publisher (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return self->publisher;
}

const AtlasDate *
atlas_document_get_date (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return &self->date;
}

const char *
atlas_document_get_url (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return self->url;
}

AtlasDocumentKind
atlas_document_get_kind (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), 0);

  return self->kind;
}

const char *
atlas_document_get_locator (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return self->locator;
}

const char *
atlas_document_get_note (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_DOCUMENT (self), NULL);

  return self->note;
}

/**
 * atlas_document_get_language:
 *
 * Returns: (nullable): the document's language as a BCP 47 tag (“ja”), or
 *   %NULL when the dataset does not say
 */
const char *
atlas_document_get_language (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return self->language;
}

/**
 * atlas_document_get_undated:
 *
 * Returns: %TRUE when the document itself gives no date
 */
gboolean
atlas_document_get_undated (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), FALSE);

  return self->undated;
}

/**
 * atlas_document_get_accessed:
 *
 * Returns: the date the source was read, or an unset date
 */
const AtlasDate *
atlas_document_get_accessed (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return &self->accessed;
}

/**
 * atlas_document_is_weak:
 *
 * Returns: %TRUE when the document's kind makes it a weak source
 *   (atlas_document_kind_is_weak ())
 */
gboolean
atlas_document_is_weak (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), FALSE);

  return atlas_document_kind_is_weak (self->kind);
}
