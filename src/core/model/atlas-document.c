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
atlas_document_class_init (AtlasDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_document_finalize;
}

static void
atlas_document_init (AtlasDocument *self)
{
}

const char *
atlas_document_get_id (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return self->id;
}

const char *
atlas_document_get_title (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return self->title;
}

const char * const *
atlas_document_get_authors (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return (const char * const *) self->authors;
}

const char *
atlas_document_get_publisher (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return self->publisher;
}

const AtlasDate *
atlas_document_get_date (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return &self->date;
}

const char *
atlas_document_get_url (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return self->url;
}

AtlasDocumentKind
atlas_document_get_kind (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), 0);

  return self->kind;
}

const char *
atlas_document_get_locator (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

  return self->locator;
}

const char *
atlas_document_get_note (AtlasDocument *self)
{
  g_return_val_if_fail (ATLAS_IS_DOCUMENT (self), NULL);

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
