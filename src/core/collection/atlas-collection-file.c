/* atlas-collection-file.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-collection.h"
#include "atlas-export-private.h"
#include "atlas-json.h"
#include "atlas-problem.h"

/* Reading and writing a collection's file, whose format docs/collection-format.md
 * describes. Saving goes through atlas_export_stream_to_file(), so the file
 * is always the old collection or the new one, whole. A file that cannot be
 * read as a collection is renamed aside, never overwritten. */

#define FORMAT_NAME "partnership-atlas-collection"

/* {{{ Reading */

typedef struct
{
  AtlasJsonDoc *doc;
  const char *name;     /* the file's name, for messages */
  GError **error;
} Reader;

static gboolean
fail (Reader              *reader,
      const AtlasJsonNode *node,
      const char          *path,
      const char          *message)
{
  guint line = 0, column = 0;
  g_autoptr(AtlasProblem) problem = NULL;
  g_autofree char *text = NULL;

  if (node != NULL)
    atlas_json_doc_position (reader->doc, node->offset, &line, &column);
  problem = atlas_problem_new (ATLAS_LOAD_ERROR_FORMAT, line, column, path, message);
  text = atlas_problem_to_string (problem, reader->name);
  g_set_error_literal (reader->error, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_BROKEN, text);
  return FALSE;
}

static const AtlasJsonNode *
member (Reader              *reader,
        const AtlasJsonNode *object,
        const char          *key)
{
  atlas_json_foreach (reader->doc, object, child)
    if (g_strcmp0 (atlas_json_node_key (reader->doc, child), key) == 0)
      return child;
  return NULL;
}

/* The string member @key of @object, %NULL when it is absent or null;
 * anything else is a problem */
static gboolean
optional_string (Reader               *reader,
                 const AtlasJsonNode  *object,
                 const char           *path,
                 const char           *key,
                 const char          **value)
{
  const AtlasJsonNode *node = member (reader, object, key);

  *value = NULL;
  if (node == NULL || node->type == ATLAS_JSON_NULL)
    return TRUE;
  if (node->type != ATLAS_JSON_STRING)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s", path, key);

      /* Translators: a member of a collection file that has to be text */
      return fail (reader, node, where, _("This should be text"));
    }
  *value = atlas_json_node_string (reader->doc, node);
  return TRUE;
}

static AtlasPin *
read_pin (Reader              *reader,
          const AtlasJsonNode *node,
          guint                index)
{
  g_autofree char *path = g_strdup_printf ("$.pins[%u]", index);
  const char *excerpt, *text, *document, *title, *locator, *context, *note;
  AtlasPin *pin;

  if (node->type != ATLAS_JSON_OBJECT)
    return fail (reader, node, path, _("A pin should be an object")), NULL;
  if (!optional_string (reader, node, path, "excerpt", &excerpt)
      || !optional_string (reader, node, path, "text", &text)
      || !optional_string (reader, node, path, "document", &document)
      || !optional_string (reader, node, path, "document-title", &title)
      || !optional_string (reader, node, path, "locator", &locator)
      || !optional_string (reader, node, path, "context", &context)
      || !optional_string (reader, node, path, "note", &note))
    return NULL;
  if (excerpt == NULL || *excerpt == '\0')
    return fail (reader, node, path, _("This pin names no excerpt (“excerpt” is missing)")), NULL;

  pin = atlas_pin_new (excerpt, text, document, title, locator);
  atlas_pin_set_context (pin, context);
  atlas_pin_set_note (pin, note);
  return pin;
}

static gboolean
read_collection (Reader    *reader,
                 GPtrArray *pins,
                 char     **title)
{
  const AtlasJsonNode *root = atlas_json_doc_get_root (reader->doc);
  const AtlasJsonNode *node;
  const char *format;
  guint index = 0;

  if (root->type != ATLAS_JSON_OBJECT)
    return fail (reader, root, "$", _("This is not a collection of Partnership Atlas (it should be a JSON object)"));
  if (!optional_string (reader, root, "$", "format", &format))
    return FALSE;
  if (g_strcmp0 (format, FORMAT_NAME) != 0)
    {
      /* Translators: %s is the name of the format, which stays as it is */
      g_autofree char *message = g_strdup_printf (_("This is not a collection of Partnership Atlas (“format” is not “%s”)"),
                                                  FORMAT_NAME);

      return fail (reader, member (reader, root, "format") ?: root, "$.format", message);
    }
  node = member (reader, root, "version");
  if (node == NULL || node->type != ATLAS_JSON_NUMBER || atlas_json_node_number (reader->doc, node) < 1 || atlas_json_node_number (reader->doc, node) != (guint) atlas_json_node_number (reader->doc, node))
    return fail (reader, node ?: root, "$.version", _("The collection's “version” should be a whole number from 1"));
  if (atlas_json_node_number (reader->doc, node) > ATLAS_COLLECTION_FORMAT_VERSION)
    {
      g_autofree char *message =
        /* Translators: %u is a version number of the collection file format */
        g_strdup_printf (_("This collection was written by a newer Partnership Atlas (format version %u)"),
                         (guint) atlas_json_node_number (reader->doc, node));

      return fail (reader, node, "$.version", message);
    }
  node = member (reader, root, "dataset");
  if (node != NULL && node->type == ATLAS_JSON_OBJECT)
    {
      const char *text;

      if (!optional_string (reader, node, "$.dataset", "title", &text))
        return FALSE;
      *title = g_strdup (text);
    }
  node = member (reader, root, "pins");
  if (node == NULL || node->type != ATLAS_JSON_ARRAY)
    return fail (reader, node ?: root, "$.pins", _("The collection's “pins” should be a list"));
  atlas_json_foreach (reader->doc, node, child)
    {
      AtlasPin *pin = read_pin (reader, child, index++);

      if (pin == NULL)
        return FALSE;
      g_ptr_array_add (pins, pin);
    }
  return TRUE;
}

/* Renames the unreadable @file to “NAME.broken-DATE” beside it, and says so */
static void
keep_aside (GFile   *file,
            GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *aside_name = g_strdup_printf ("%s.broken-%s", base, stamp);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) aside = g_file_get_child (parent, aside_name);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *where = g_file_get_parse_name (aside);
  g_autofree char *message = NULL;

  message = (*error)->message;
  if (!g_file_move (file, aside, G_FILE_COPY_NONE, NULL, NULL, NULL, &local_error))
    (*error)->message =
      /* Translators: the first %s says what is wrong with a collection file, the second is the system's reason */
      g_strdup_printf (_("%s. The file could not be kept aside (%s): move it away before pinning, or the next pin replaces it."),
                       message, local_error->message);
  else
    (*error)->message =
      /* Translators: the first %s says what is wrong with a collection file, the second is where it was kept */
      g_strdup_printf (_("%s. The file was kept as “%s” and a new collection begun."), message, where);
}

/**
 * atlas_collection_load:
 *
 * Replaces the pins with those of the collection's file. A file that does
 * not exist is an empty collection. A file that is not a collection this
 * build can read fails with a message that says where and what is wrong;
 * the file is then renamed aside (the message says to what) so that the
 * next save does not overwrite it, and the collection is left empty.
 */
gboolean
atlas_collection_load (AtlasCollection  *self,
                       GError          **error)
{
  g_autoptr(GPtrArray) pins = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(GError) local_error = NULL;
  GError *broken = NULL;
  g_autoptr(AtlasJsonDoc) doc = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  GFile *file;
  gsize length;
  Reader reader;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), FALSE);

  file = atlas_collection_get_file (self);
  g_return_val_if_fail (file != NULL, FALSE);

  while (g_list_model_get_n_items (G_LIST_MODEL (self)) > 0)
    atlas_collection_remove (self, 0);

  name = g_file_get_parse_name (file);
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_set_error (error, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_READ,
                   /* Translators: the first %s is a file name, the second the system's reason */
                   _("Could not read the collection “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  doc = atlas_json_doc_parse (g_steal_pointer (&contents), length, problems, &local_error);
  reader.doc = doc;
  reader.name = name;
  reader.error = &broken;
  if (doc == NULL)
    {
      g_autofree char *text = problems->len > 0
        ? atlas_problem_to_string (g_ptr_array_index (problems, problems->len - 1), name)
        : g_strdup_printf ("%s: %s", name, local_error->message);

      g_set_error_literal (&broken, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_BROKEN, text);
      keep_aside (file, &broken);
      g_propagate_error (error, broken);
      return FALSE;
    }
  if (!read_collection (&reader, pins, &title))
    {
      keep_aside (file, &broken);
      g_propagate_error (error, broken);
      return FALSE;
    }

  if (title != NULL && atlas_collection_get_title (self) == NULL)
    atlas_collection_set_title (self, title);
  for (guint i = 0; i < pins->len; i++)
    atlas_collection_append (self, g_ptr_array_index (pins, i));
  return TRUE;
}

/* }}} */
/* {{{ Writing */

static void
append_member (GString    *out,
               const char *indent,
               const char *key,
               const char *value,
               gboolean    last)
{
  g_string_append (out, indent);
  atlas_export_append_json_string (out, key);
  g_string_append (out, ": ");
  if (value != NULL)
    atlas_export_append_json_string (out, value);
  else
    g_string_append (out, "null");
  g_string_append (out, last ? "\n" : ",\n");
}

/**
 * atlas_collection_write_json:
 *
 * Writes the collection in its file format to @stream.
 */
gboolean
atlas_collection_write_json (AtlasCollection  *self,
                             GOutputStream    *stream,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *model = G_LIST_MODEL (self);
  guint n = g_list_model_get_n_items (model);

  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), FALSE);

  g_string_append (out, "{\n");
  append_member (out, "  ", "format", FORMAT_NAME, FALSE);
  g_string_append_printf (out, "  \"version\": %d,\n", ATLAS_COLLECTION_FORMAT_VERSION);
  g_string_append (out, "  \"dataset\": {\n");
  append_member (out, "    ", "title", atlas_collection_get_title (self), TRUE);
  g_string_append (out, "  },\n  \"pins\": [");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasPin) pin = g_list_model_get_item (model, i);

      g_string_append (out, i > 0 ? ",\n    {\n" : "\n    {\n");
      append_member (out, "      ", "excerpt", atlas_pin_get_excerpt_id (pin), FALSE);
      append_member (out, "      ", "text", atlas_pin_get_text (pin), FALSE);
      append_member (out, "      ", "document", atlas_pin_get_document_id (pin), FALSE);
      append_member (out, "      ", "document-title", atlas_pin_get_document_title (pin), FALSE);
      append_member (out, "      ", "locator", atlas_pin_get_locator (pin), FALSE);
      append_member (out, "      ", "context", atlas_pin_get_context (pin), FALSE);
      append_member (out, "      ", "note", atlas_pin_get_note (pin), FALSE);
      g_string_append_printf (out, "      \"vanished\": %s\n    }", atlas_pin_get_vanished (pin) ? "true" : "false");
      if (!atlas_export_flush (out, 64 * 1024, stream, cancellable, error))
        return FALSE;
    }
  g_string_append (out, n > 0 ? "\n  ]\n}\n" : "]\n}\n");
  return atlas_export_flush (out, 0, stream, cancellable, error);
}

static gboolean
write_cb (GOutputStream  *stream,
          gpointer        user_data,
          GCancellable   *cancellable,
          GError        **error)
{
  return atlas_collection_write_json (user_data, stream, cancellable, error);
}

/**
 * atlas_collection_save:
 *
 * Writes the collection to its file, creating the folders on the way.
 * The file is replaced only once the new one is complete and on disk.
 */
gboolean
atlas_collection_save (AtlasCollection  *self,
                       GError          **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) local_error = NULL;
  GFile *file;

  g_return_val_if_fail (ATLAS_IS_COLLECTION (self), FALSE);

  file = atlas_collection_get_file (self);
  g_return_val_if_fail (file != NULL, FALSE);

  parent = g_file_get_parent (file);
  if (!g_file_make_directory_with_parents (parent, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *name = g_file_get_parse_name (parent);

      g_set_error (error, ATLAS_COLLECTION_ERROR, ATLAS_COLLECTION_ERROR_WRITE,
                   /* Translators: the first %s is a folder, the second the system's reason */
                   _("Could not make the folder “%s” for the collection: %s"), name, local_error->message);
      return FALSE;
    }
  return atlas_export_stream_to_file (file, write_cb, self, NULL, error);
}

/* }}} */
