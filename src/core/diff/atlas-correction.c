/* atlas-correction.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "atlas-correction.h"
#include "atlas-json.h"
#include "atlas-json-patch.h"
#include "atlas-problem.h"

/**
 * AtlasCorrection:
 *
 * A correction a reader sends to a dataset's editors: the release it was
 * made against, a note, the new documents and excerpts that are its
 * evidence, and an RFC 6902 JSON Patch against the dataset. Applying it
 * appends the documents and excerpts to the dataset's lists, then runs the
 * patch. docs/corrections.md describes the file.
 */

struct _AtlasCorrection
{
  GObject parent_instance;

  char *dataset;
  char *note;
  JsonNode *patch;
  /* (JsonNode) objects to append to "documents" and "excerpts" */
  GPtrArray *documents;
  GPtrArray *excerpts;
};

G_DEFINE_FINAL_TYPE (AtlasCorrection, atlas_correction, G_TYPE_OBJECT)

static void
atlas_correction_finalize (GObject *object)
{
  AtlasCorrection *self = (AtlasCorrection *) object;

  g_clear_pointer (&self->dataset, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->patch, json_node_unref);
  g_clear_pointer (&self->documents, g_ptr_array_unref);
  g_clear_pointer (&self->excerpts, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_correction_parent_class)->finalize (object);
}

static void
atlas_correction_class_init (AtlasCorrectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_correction_finalize;
}

static void
atlas_correction_init (AtlasCorrection *self)
{
  self->documents = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  self->excerpts = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
bad_member (const char  *name,
            const char  *what,
            GError     **error)
{
  g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
               /* Translators: a member of a correction file, then what it must be */
               _("$.%s: it must be %s"), name, what);
  return FALSE;
}

/* "document" or "excerpt": one record, or an array of them */
static gboolean
read_records (JsonNode    *node,
              const char  *name,
              GPtrArray   *records,
              GError     **error)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_ptr_array_add (records, json_node_ref (node));
      return TRUE;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_OBJECT (element))
            return bad_member (name, _("a record (an object) or an array of records"), error);
          g_ptr_array_add (records, json_node_ref (element));
        }
      return TRUE;
    }
  return bad_member (name, _("a record (an object) or an array of records"), error);
}

static gboolean
read_correction (AtlasCorrection  *self,
                 JsonNode         *root,
                 GError          **error)
{
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  gboolean has_format = FALSE, has_version = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                   _("This is not a correction file: it has no “format”: “%s”"), ATLAS_CORRECTION_FORMAT);
      return FALSE;
    }
  object = json_node_get_object (root);
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (g_str_equal (name, "format"))
        {
          if (!is_string (member) || !g_str_equal (json_node_get_string (member), ATLAS_CORRECTION_FORMAT))
            {
              g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                           _("This is not a correction file: it has no “format”: “%s”"), ATLAS_CORRECTION_FORMAT);
              return FALSE;
            }
          has_format = TRUE;
        }
      else if (g_str_equal (name, "version"))
        {
          if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64 ||
              json_node_get_int (member) != ATLAS_CORRECTION_VERSION)
            {
              g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                           _("$.version: this copy of Partnership Atlas reads version %d of corrections"),
                           ATLAS_CORRECTION_VERSION);
              return FALSE;
            }
          has_version = TRUE;
        }
      else if (g_str_equal (name, "dataset") || g_str_equal (name, "note"))
        {
          char **field;

          if (!is_string (member))
            return bad_member (name, _("a string"), error);
          field = g_str_equal (name, "dataset") ? &self->dataset : &self->note;
          g_free (*field);
          *field = g_strdup (json_node_get_string (member));
        }
      else if (g_str_equal (name, "patch"))
        {
          if (!JSON_NODE_HOLDS_ARRAY (member))
            return bad_member (name, _("an array of JSON Patch operations"), error);
          self->patch = json_node_ref (member);
        }
      else if (g_str_equal (name, "document") || g_str_equal (name, "documents"))
        {
          if (!read_records (member, name, self->documents, error))
            return FALSE;
        }
      else if (g_str_equal (name, "excerpt") || g_str_equal (name, "excerpts"))
        {
          if (!read_records (member, name, self->excerpts, error))
            return FALSE;
        }
      else if (!g_str_has_prefix (name, "x-"))
        {
          g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                       /* Translators: %s is a member a correction file does not have */
                       _("$.%s: a correction file has no such member"), name);
          return FALSE;
        }
    }

  if (!has_format)
    {
      g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                   _("This is not a correction file: it has no “format”: “%s”"), ATLAS_CORRECTION_FORMAT);
      return FALSE;
    }
  if (!has_version)
    return bad_member ("version", _("a number"), error);
  if (self->dataset == NULL)
    return bad_member ("dataset", _("the release of the dataset the correction was made against"), error);
  if (self->patch == NULL)
    return bad_member ("patch", _("an array of JSON Patch operations"), error);
  return TRUE;
}

/* The file read first by the loader's own parser, which refuses what
 * json-glib would take or choke on: nesting beyond ATLAS_MAX_DEPTH (a
 * recursion as deep as the file), bad UTF-8, a key given twice; and which
 * says where, by line and column */
static gboolean
check_syntax (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(AtlasJsonDoc) doc = NULL;
  g_autofree char *text = NULL;
  char *buffer = g_malloc (length + 1);

  memcpy (buffer, data, length);
  buffer[length] = '\0';
  doc = atlas_json_doc_parse (buffer, length, problems, &local_error);
  if (doc != NULL && problems->len == 0)
    return TRUE;
  text = atlas_problems_to_text (problems, NULL, local_error);
  g_set_error_literal (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT, text);
  return FALSE;
}

/**
 * atlas_correction_new_from_data:
 *
 * Reads a correction file.
 *
 * Returns: (transfer full) (nullable): the correction, or %NULL with
 *   @error saying where the file is wrong
 */
AtlasCorrection *
atlas_correction_new_from_data (const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(AtlasCorrection) self = NULL;

  g_return_val_if_fail (data != NULL, NULL);

  if (!check_syntax (data, length, error) || !json_parser_load_from_data (parser, data, length, error))
    return NULL;
  self = g_object_new (ATLAS_TYPE_CORRECTION, NULL);
  if (!read_correction (self, json_parser_get_root (parser), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * atlas_correction_get_dataset:
 *
 * Returns: the release of the dataset the correction was made against
 */
const char *
atlas_correction_get_dataset (AtlasCorrection *self)
{
  g_return_val_if_fail (ATLAS_IS_CORRECTION (self), NULL);

  return self->dataset;
}

/**
 * atlas_correction_get_note:
 *
 * Returns: (nullable): what the reader says of the correction
 */
const char *
atlas_correction_get_note (AtlasCorrection *self)
{
  g_return_val_if_fail (ATLAS_IS_CORRECTION (self), NULL);

  return self->note;
}

static gboolean
append_records (JsonObject  *dataset,
                const char  *list,
                GPtrArray   *records,
                GError     **error)
{
  JsonNode *node;

  if (records->len == 0)
    return TRUE;
  node = json_object_get_member (dataset, list);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_PATH,
                   /* Translators: %s is documents or excerpts */
                   _("The dataset has no list of %s to add the correction’s to"), list);
      return FALSE;
    }
  for (guint i = 0; i < records->len; i++)
    json_array_add_element (json_node_get_array (node), atlas_json_deep_copy (g_ptr_array_index (records, i)));
  return TRUE;
}

/**
 * atlas_correction_apply:
 * @dataset: the text of the dataset file, which the loader has read (its
 *   limits, such as the depth of nesting, are not checked again here)
 * @new_length: (out): the length of the text returned
 *
 * Appends the correction's documents and excerpts to the dataset's lists,
 * then applies its patch. The text returned is not checked: load it to
 * know whether the corrected dataset is valid.
 *
 * Returns: (transfer full) (nullable): the corrected dataset's text, or
 *   %NULL with @error set (which operation failed, and why)
 */
char *
atlas_correction_apply (AtlasCorrection  *self,
                        const char       *dataset,
                        gsize             length,
                        gsize            *new_length,
                        GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) patched = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (ATLAS_IS_CORRECTION (self), NULL);
  g_return_val_if_fail (dataset != NULL, NULL);

  if (!json_parser_load_from_data (parser, dataset, length, error))
    return NULL;
  root = json_parser_steal_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_PATH,
                           _("The dataset is not a JSON object"));
      return NULL;
    }
  if (!append_records (json_node_get_object (root), "documents", self->documents, error) ||
      !append_records (json_node_get_object (root), "excerpts", self->excerpts, error))
    return NULL;
  patched = atlas_json_patch_apply (root, self->patch, error);
  if (patched == NULL)
    return NULL;

  generator = json_generator_new ();
  json_generator_set_root (generator, patched);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  *new_length = strlen (text) + 1;
  return g_strconcat (text, "\n", NULL);
}
