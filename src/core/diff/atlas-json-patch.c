/* atlas-json-patch.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RFC 6902 JSON Patch on json-glib nodes, with RFC 6901 JSON Pointers
 * ("/programmes/0/areas/-", "~1" for "/" and "~0" for "~" in a name).
 * A patch applies to a deep copy of the document, all or nothing: the
 * first operation that fails stops it, and says which one (by its index
 * in the patch) and why. */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-json-patch.h"

G_DEFINE_QUARK (atlas-correction-error-quark, atlas_correction_error)

/* {{{ Nodes */

/**
 * atlas_json_deep_copy:
 *
 * json_node_copy() shares the arrays and objects of @node; this copies
 * them too, so that the copy can change without changing @node.
 *
 * Returns: (transfer full): the copy
 */
JsonNode *
atlas_json_deep_copy (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        JsonObject *new_object = json_object_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          json_object_set_member (new_object, name, atlas_json_deep_copy (member));
        copy = json_node_new (JSON_NODE_OBJECT);
        json_node_take_object (copy, new_object);
        return copy;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        JsonArray *new_array = json_array_sized_new (n);

        for (guint i = 0; i < n; i++)
          json_array_add_element (new_array, atlas_json_deep_copy (json_array_get_element (array, i)));
        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_take_array (copy, new_array);
        return copy;
      }

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

static gboolean
is_number (JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  return JSON_NODE_HOLDS_VALUE (node) && (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE);
}

/**
 * atlas_json_equal:
 *
 * Whether two values are equal as RFC 6902's test operation means it:
 * numbers by their value (1 and 1.0 alike), strings by their characters,
 * arrays element by element, objects by their members in any order.
 */
gboolean
atlas_json_equal (JsonNode *a,
                  JsonNode *b)
{
  if (is_number (a) && is_number (b))
    return json_node_get_double (a) == json_node_get_double (b);
  if (json_node_get_node_type (a) != json_node_get_node_type (b))
    return FALSE;

  switch (json_node_get_node_type (a))
    {
    case JSON_NODE_NULL:
      return TRUE;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        return FALSE;
      if (json_node_get_value_type (a) == G_TYPE_STRING)
        return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;
      return json_node_get_boolean (a) == json_node_get_boolean (b);

    case JSON_NODE_ARRAY:
      {
        JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);
        guint n = json_array_get_length (x);

        if (n != json_array_get_length (y))
          return FALSE;
        for (guint i = 0; i < n; i++)
          if (!atlas_json_equal (json_array_get_element (x, i), json_array_get_element (y, i)))
            return FALSE;
        return TRUE;
      }

    case JSON_NODE_OBJECT:
      {
        JsonObject *x = json_node_get_object (a), *y = json_node_get_object (b);
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        if (json_object_get_size (x) != json_object_get_size (y))
          return FALSE;
        json_object_iter_init (&iter, x);
        while (json_object_iter_next (&iter, &name, &member))
          if (!json_object_has_member (y, name) ||
              !atlas_json_equal (member, json_object_get_member (y, name)))
            return FALSE;
        return TRUE;
      }

    default:
      return FALSE;
    }
}

/* }}} */
/* {{{ Pointers */

/* The pointer's reference tokens, unescaped; an empty array for "", the
 * whole document */
static GStrv
parse_pointer (const char  *pointer,
               GError     **error)
{
  g_auto(GStrv) tokens = NULL;

  if (*pointer == '\0')
    return g_new0 (char *, 1);
  if (*pointer != '/')
    {
      g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_OPERATION,
                   /* Translators: %s is a JSON Pointer, as in a JSON Patch */
                   _("“%s” is not a JSON Pointer: it must be empty or start with “/”"), pointer);
      return NULL;
    }
  tokens = g_strsplit (pointer + 1, "/", -1);
  for (guint i = 0; tokens[i]; i++)
    {
      GString *token = g_string_new (NULL);

      for (const char *p = tokens[i]; *p; p++)
        {
          if (*p != '~')
            g_string_append_c (token, *p);
          else if (p[1] == '0' || p[1] == '1')
            g_string_append_c (token, *++p == '0' ? '~' : '/');
          else
            {
              g_string_free (token, TRUE);
              g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_OPERATION,
                           /* Translators: %s is a JSON Pointer; keep ~0 and ~1 */
                           _("“%s” is not a JSON Pointer: “~” must be followed by 0 or 1"), pointer);
              return NULL;
            }
        }
      g_free (tokens[i]);
      tokens[i] = g_string_free (token, FALSE);
    }
  return g_steal_pointer (&tokens);
}

/* An array index: digits without a leading zero, below @limit (included
 * when @may_be_end, for an addition) */
static gboolean
parse_index (const char *token,
             guint       length,
             gboolean    may_be_end,
             guint      *index)
{
  guint64 value;

  if (may_be_end && g_str_equal (token, "-"))
    {
      *index = length;
      return TRUE;
    }
  if (*token == '\0' || (token[0] == '0' && token[1] != '\0') || strspn (token, "0123456789") != strlen (token))
    return FALSE;
  value = g_ascii_strtoull (token, NULL, 10);
  if (value > length || (value == length && !may_be_end))
    return FALSE;
  *index = (guint) value;
  return TRUE;
}

static void
set_path_error (GError     **error,
                const char  *pointer)
{
  g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_PATH,
               /* Translators: %s is a JSON Pointer */
               _("“%s” names nothing in the dataset"), pointer);
}

/* The node @tokens name below @root, or %NULL */
static JsonNode *
resolve (JsonNode *root,
         GStrv     tokens,
         guint     n_tokens)
{
  JsonNode *node = root;

  for (guint i = 0; i < n_tokens; i++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *object = json_node_get_object (node);

          if (!json_object_has_member (object, tokens[i]))
            return NULL;
          node = json_object_get_member (object, tokens[i]);
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          guint index;

          if (!parse_index (tokens[i], json_array_get_length (array), FALSE, &index))
            return NULL;
          node = json_array_get_element (array, index);
        }
      else
        return NULL;
    }
  return node;
}

/* }}} */
/* {{{ Operations */

/* Replaces @container's array with one where @n_remove elements at
 * @index are gone and @insert (taken, may be %NULL) stands there */
static void
splice (JsonNode *container,
        guint     index,
        guint     n_remove,
        JsonNode *insert)
{
  JsonArray *array = json_node_get_array (container);
  guint n = json_array_get_length (array);
  JsonArray *spliced = json_array_sized_new (n + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i == index && insert != NULL)
        json_array_add_element (spliced, g_steal_pointer (&insert));
      if (i < index || i >= index + n_remove)
        json_array_add_element (spliced, json_node_ref (json_array_get_element (array, i)));
    }
  if (insert != NULL)
    json_array_add_element (spliced, insert);
  json_node_take_array (container, spliced);
}

/* add: @value (taken) at @pointer, in place of the member of that name
 * or before the element of that index */
static gboolean
add (JsonNode   **root,
     const char  *pointer,
     JsonNode    *value,
     GError     **error)
{
  g_auto(GStrv) tokens = parse_pointer (pointer, error);
  guint n_tokens;
  JsonNode *parent;
  const char *last;

  if (tokens == NULL)
    goto failed;
  n_tokens = g_strv_length (tokens);
  if (n_tokens == 0)
    {
      json_node_unref (*root);
      *root = value;
      return TRUE;
    }
  parent = resolve (*root, tokens, n_tokens - 1);
  last = tokens[n_tokens - 1];
  if (parent != NULL && JSON_NODE_HOLDS_OBJECT (parent))
    {
      json_object_set_member (json_node_get_object (parent), last, value);
      return TRUE;
    }
  if (parent != NULL && JSON_NODE_HOLDS_ARRAY (parent))
    {
      guint index;

      if (parse_index (last, json_array_get_length (json_node_get_array (parent)), TRUE, &index))
        {
          splice (parent, index, 0, value);
          return TRUE;
        }
    }
  set_path_error (error, pointer);
failed:
  json_node_unref (value);
  return FALSE;
}

/* remove: the member or element at @pointer, into @removed when it is
 * not %NULL */
static gboolean
remove_at (JsonNode   *root,
           const char *pointer,
           JsonNode  **removed,
           GError    **error)
{
  g_auto(GStrv) tokens = parse_pointer (pointer, error);
  guint n_tokens;
  JsonNode *parent;
  JsonNode *node;
  const char *last;

  if (tokens == NULL)
    return FALSE;
  n_tokens = g_strv_length (tokens);
  if (n_tokens == 0)
    {
      g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_PATH,
                   _("The whole dataset cannot be removed"));
      return FALSE;
    }
  parent = resolve (root, tokens, n_tokens - 1);
  node = parent != NULL ? resolve (parent, tokens + n_tokens - 1, 1) : NULL;
  if (node == NULL)
    {
      set_path_error (error, pointer);
      return FALSE;
    }
  last = tokens[n_tokens - 1];
  if (removed != NULL)
    *removed = json_node_ref (node);
  if (JSON_NODE_HOLDS_OBJECT (parent))
    json_object_remove_member (json_node_get_object (parent), last);
  else
    {
      guint index;

      parse_index (last, json_array_get_length (json_node_get_array (parent)), FALSE, &index);
      splice (parent, index, 1, NULL);
    }
  return TRUE;
}

static const char *
member_string (JsonObject  *operation,
               const char  *name,
               GError     **error)
{
  JsonNode *node = json_object_get_member (operation, name);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_OPERATION,
               /* Translators: %s is a member of a JSON Patch operation: path, from or op */
               _("it needs “%s”, a string"), name);
  return NULL;
}

static JsonNode *
member_value (JsonObject  *operation,
              GError     **error)
{
  if (json_object_has_member (operation, "value"))
    return json_object_get_member (operation, "value");
  g_set_error_literal (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_OPERATION,
                       _("it needs “value”"));
  return NULL;
}

static gboolean
apply_operation (JsonNode   **root,
                 JsonObject  *operation,
                 const char  *op,
                 GError     **error)
{
  const char *path = member_string (operation, "path", error);
  const char *from;
  JsonNode *value;
  JsonNode *found;

  if (path == NULL)
    return FALSE;

  if (g_str_equal (op, "add"))
    return (value = member_value (operation, error)) != NULL &&
           add (root, path, atlas_json_deep_copy (value), error);

  if (g_str_equal (op, "remove"))
    return remove_at (*root, path, NULL, error);

  if (g_str_equal (op, "replace"))
    {
      g_auto(GStrv) tokens = NULL;

      if ((value = member_value (operation, error)) == NULL || (tokens = parse_pointer (path, error)) == NULL)
        return FALSE;
      if (resolve (*root, tokens, g_strv_length (tokens)) == NULL)
        {
          set_path_error (error, path);
          return FALSE;
        }
      if (tokens[0] != NULL && !remove_at (*root, path, NULL, error))
        return FALSE;
      return add (root, path, atlas_json_deep_copy (value), error);
    }

  if (g_str_equal (op, "test"))
    {
      g_auto(GStrv) tokens = NULL;

      if ((value = member_value (operation, error)) == NULL || (tokens = parse_pointer (path, error)) == NULL)
        return FALSE;
      found = resolve (*root, tokens, g_strv_length (tokens));
      if (found == NULL)
        {
          set_path_error (error, path);
          return FALSE;
        }
      if (!atlas_json_equal (found, value))
        {
          g_autoptr(JsonGenerator) generator = json_generator_new ();
          g_autofree char *text = NULL;

          json_generator_set_root (generator, found);
          text = json_generator_to_data (generator, NULL);
          g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_TEST,
                       /* Translators: a JSON Pointer and the value the dataset has there */
                       _("“%s” is %s in the dataset, not the value the correction expects"),
                       path, g_utf8_strlen (text, -1) > 80 ? "…" : text);
          return FALSE;
        }
      return TRUE;
    }

  if (g_str_equal (op, "move") || g_str_equal (op, "copy"))
    {
      g_auto(GStrv) tokens = NULL;

      if ((from = member_string (operation, "from", error)) == NULL || (tokens = parse_pointer (from, error)) == NULL)
        return FALSE;
      if (g_str_equal (op, "copy"))
        {
          found = resolve (*root, tokens, g_strv_length (tokens));
          if (found == NULL)
            {
              set_path_error (error, from);
              return FALSE;
            }
          return add (root, path, atlas_json_deep_copy (found), error);
        }
      if (g_str_equal (from, path))
        {
          if (resolve (*root, tokens, g_strv_length (tokens)) != NULL)
            return TRUE;
          set_path_error (error, from);
          return FALSE;
        }
      if (g_str_has_prefix (path, from) && path[strlen (from)] == '/')
        {
          g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_PATH,
                       /* Translators: “move” of a JSON Patch: the two JSON Pointers */
                       _("“%s” cannot move into itself (“%s”)"), from, path);
          return FALSE;
        }
      if (!remove_at (*root, from, &found, error))
        return FALSE;
      return add (root, path, found, error);
    }

  g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_OPERATION,
               /* Translators: %s is what a JSON Patch operation names as its op; keep the names */
               _("“%s” is not an operation; use add, remove, replace, move, copy or test"), op);
  return FALSE;
}

/* }}} */

/**
 * atlas_json_patch_apply:
 * @document: the JSON document, left as it is
 * @patch: an RFC 6902 JSON Patch: an array of operations
 *
 * Applies each operation of @patch in turn to a copy of @document.
 *
 * Returns: (transfer full) (nullable): the patched copy, or %NULL with
 *   @error saying which operation failed (its index, from 0) and why
 */
JsonNode *
atlas_json_patch_apply (JsonNode  *document,
                        JsonNode  *patch,
                        GError   **error)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *operations;

  g_return_val_if_fail (document != NULL, NULL);
  g_return_val_if_fail (patch != NULL, NULL);

  if (!JSON_NODE_HOLDS_ARRAY (patch))
    {
      g_set_error_literal (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                           _("A JSON Patch is an array of operations"));
      return NULL;
    }

  root = atlas_json_deep_copy (document);
  operations = json_node_get_array (patch);
  for (guint i = 0; i < json_array_get_length (operations); i++)
    {
      JsonNode *node = json_array_get_element (operations, i);
      g_autoptr(GError) local_error = NULL;
      const char *op = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        g_set_error_literal (&local_error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_OPERATION,
                             _("an operation is an object"));
      else if ((op = member_string (json_node_get_object (node), "op", &local_error)) != NULL)
        apply_operation (&root, json_node_get_object (node), op, &local_error);

      if (local_error != NULL)
        {
          g_set_error (error, ATLAS_CORRECTION_ERROR, local_error->code,
                       /* Translators: the index of an operation in a JSON Patch (from 0),
                        * its op (add, test…), then why it failed */
                       _("Operation %u (%s): %s"), i, op != NULL ? op : "?", local_error->message);
          return NULL;
        }
    }
  return g_steal_pointer (&root);
}
