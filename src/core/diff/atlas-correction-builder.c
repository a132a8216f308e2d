/* atlas-correction-builder.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "atlas-builtin-resources.h"
#include "atlas-correction.h"
#include "atlas-correction-builder.h"
#include "atlas-date.h"
#include "atlas-enums.h"
#include "atlas-json-patch.h"
#include "atlas-loader.h"
#include "atlas-problem.h"

/**
 * SECTION:atlas-correction-builder
 *
 * What the window's “Suggest a Correction…” makes of what a reader
 * proposes: a correction file (docs/corrections.md) against the dataset
 * file as it is — the source as a new document (or the dataset's own, when
 * it has the same address), the quotation as a new excerpt, and a JSON
 * Patch that first tests the ids it relies on, then changes the claim and
 * cites the excerpt. The correction is applied and the result loaded
 * before it is given back, so a correction that would break the dataset is
 * refused with the loader's problems and never written.
 */

static gboolean
request_error (GError     **error,
               const char  *message)
{
  g_set_error_literal (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT, message);
  return FALSE;
}

/* Text a reader typed: something other than white space */
static gboolean
has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
check_request (const AtlasCorrectionRequest *request,
               GError                      **error)
{
  AtlasAreaStatus status;
  AtlasDate date;

  if (!has_text (request->quote))
    return request_error (error, _("Quote the source’s own words: a correction needs its evidence"));
  if (!has_text (request->title))
    return request_error (error, _("Give the source’s title"));
  if (request->url == NULL ||
      (g_ascii_strncasecmp (request->url, "https://", 8) != 0 && g_ascii_strncasecmp (request->url, "http://", 7) != 0))
    return request_error (error, _("Give the source’s address, starting with https:// or http://"));

  switch (request->target)
    {
    case ATLAS_CORRECTION_CELL:
      if (request->programme == NULL || request->area == NULL)
        return request_error (error, _("The correction names no programme and area"));
      if (request->status == NULL && !has_text (request->wording))
        return request_error (error, _("Propose a status or a wording"));
      if (request->status != NULL &&
          (!atlas_area_status_from_code (request->status, &status) || status == ATLAS_AREA_STATUS_UNKNOWN))
        return request_error (error, _("The status must be listed, reported or not listed"));
      break;
    case ATLAS_CORRECTION_SIGNED:
    case ATLAS_CORRECTION_EVENT_DATE:
      if ((request->target == ATLAS_CORRECTION_SIGNED && request->programme == NULL) ||
          (request->target == ATLAS_CORRECTION_EVENT_DATE && request->event == NULL))
        return request_error (error, _("The correction names no record"));
      if (request->date == NULL || !atlas_date_parse (request->date, &date, NULL))
        return request_error (error, _("Write the date as YYYY, YYYY-MM or YYYY-MM-DD"));
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  return TRUE;
}

/* {{{ Building the patch */

static int
find_by (JsonArray  *array,
         const char *member,
         const char *value)
{
  guint n = array != NULL ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (object != NULL && json_object_has_member (object, member) &&
          JSON_NODE_HOLDS_VALUE (json_object_get_member (object, member)) &&
          g_strcmp0 (json_object_get_string_member (object, member), value) == 0)
        return (int) i;
    }
  return -1;
}

static JsonArray *
array_member (JsonObject *object,
              const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void
add_op (JsonArray  *patch,
        const char *name,
        const char *path,
        JsonNode   *value)
{
  JsonObject *op = json_object_new ();

  json_object_set_string_member (op, "op", name);
  json_object_set_string_member (op, "path", path);
  if (value != NULL)
    json_object_set_member (op, "value", value);
  json_array_add_object_element (patch, op);
}

static JsonNode *
string_node (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return node;
}

static JsonNode *
ids_node (const char *id)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  json_array_add_string_element (array, id);
  json_node_take_array (node, array);
  return node;
}

/* @node appended to @object's array @member (at @path), the array made
 * with it where there is none */
static void
add_element (JsonArray  *patch,
             JsonObject *object,
             const char *path,
             const char *member,
             JsonNode   *node)
{
  g_autofree char *list = g_strdup_printf ("%s/%s", path, member);

  if (array_member (object, member) != NULL)
    {
      g_autofree char *end = g_strconcat (list, "/-", NULL);

      add_op (patch, "add", end, node);
    }
  else
    {
      JsonArray *array = json_array_new ();
      JsonNode *array_node = json_node_new (JSON_NODE_ARRAY);

      json_array_add_element (array, node);
      json_node_take_array (array_node, array);
      add_op (patch, "add", list, array_node);
    }
}

/* @id appended to the list of ids at @path, made where there is none */
static void
add_to_list (JsonArray  *patch,
             JsonObject *object,
             const char *path,
             const char *member,
             const char *id)
{
  add_element (patch, object, path, member, string_node (id));
}

/* An id no record of @records has: PREFIX-HASH, HASH from @seed */
static char *
unique_id (JsonArray  *records,
           const char *prefix,
           const char *seed)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, seed, -1);
  g_autofree char *base = g_strdup_printf ("%s-%.8s", prefix, hash);
  char *id = g_strdup (base);

  for (guint n = 2; find_by (records, "id", id) >= 0; n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }
  return id;
}

static JsonObject *
wording_object (const char *text,
                const char *excerpt)
{
  JsonObject *wording = json_object_new ();

  json_object_set_string_member (wording, "text", text);
  json_object_set_member (wording, "evidence", ids_node (excerpt));
  return wording;
}

static gboolean
patch_cell (JsonArray                    *patch,
            JsonArray                    *programmes,
            const AtlasCorrectionRequest *request,
            const char                   *excerpt,
            GError                      **error)
{
  int p = find_by (programmes, "id", request->programme);
  g_autofree char *programme_path = NULL;
  g_autofree char *test_path = NULL;
  JsonObject *programme;
  JsonArray *areas;
  int a;

  if (p < 0)
    return request_error (error, _("The dataset has no such programme"));
  programme = json_array_get_object_element (programmes, p);
  programme_path = g_strdup_printf ("/programmes/%d", p);
  test_path = g_strconcat (programme_path, "/id", NULL);
  add_op (patch, "test", test_path, string_node (request->programme));

  areas = array_member (programme, "areas");
  a = find_by (areas, "area", request->area);
  if (a < 0)
    {
      /* No source of the dataset speaks of the cell: a new claim */
      JsonObject *claim = json_object_new ();
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      if (request->status == NULL)
        {
          json_object_unref (claim);
          json_node_unref (node);
          return request_error (error, _("The dataset says nothing of this area for this programme: propose a status"));
        }
      json_object_set_string_member (claim, "area", request->area);
      json_object_set_string_member (claim, "status", request->status);
      if (has_text (request->wording))
        {
          JsonArray *wordings = json_array_new ();

          json_array_add_object_element (wordings, wording_object (request->wording, excerpt));
          json_object_set_array_member (claim, "wordings", wordings);
        }
      json_object_set_member (claim, "evidence", ids_node (excerpt));
      json_node_take_object (node, claim);
      add_element (patch, programme, programme_path, "areas", node);
      return TRUE;
    }

  {
    JsonObject *claim = json_array_get_object_element (areas, a);
    g_autofree char *claim_path = g_strdup_printf ("%s/areas/%d", programme_path, a);
    g_autofree char *area_path = g_strconcat (claim_path, "/area", NULL);

    add_op (patch, "test", area_path, string_node (request->area));
    if (request->status != NULL)
      {
        g_autofree char *status_path = g_strconcat (claim_path, "/status", NULL);

        if (json_object_has_member (claim, "status"))
          {
            add_op (patch, "test", status_path, json_node_copy (json_object_get_member (claim, "status")));
            add_op (patch, "replace", status_path, string_node (request->status));
          }
        else
          add_op (patch, "add", status_path, string_node (request->status));
      }
    if (has_text (request->wording))
      {
        JsonNode *node = json_node_new (JSON_NODE_OBJECT);

        json_node_take_object (node, wording_object (request->wording, excerpt));
        add_element (patch, claim, claim_path, "wordings", node);
      }
    add_to_list (patch, claim, claim_path, "evidence", excerpt);
  }
  return TRUE;
}

static gboolean
patch_signed (JsonArray                    *patch,
              JsonArray                    *programmes,
              const AtlasCorrectionRequest *request,
              const char                   *excerpt,
              GError                      **error)
{
  int p = find_by (programmes, "id", request->programme);
  g_autofree char *path = NULL;
  g_autofree char *test_path = NULL;
  JsonObject *claim;
  JsonNode *node;

  if (p < 0)
    return request_error (error, _("The dataset has no such programme"));
  path = g_strdup_printf ("/programmes/%d", p);
  test_path = g_strconcat (path, "/id", NULL);
  add_op (patch, "test", test_path, string_node (request->programme));

  /* Beside the dataset's claims, not over them: where sources disagree
   * the dataset keeps each claim */
  claim = json_object_new ();
  json_object_set_string_member (claim, "date", request->date);
  json_object_set_member (claim, "evidence", ids_node (excerpt));
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, claim);
  add_element (patch, json_array_get_object_element (programmes, p), path, "signed", node);
  return TRUE;
}

static gboolean
patch_event_date (JsonArray                    *patch,
                  JsonArray                    *events,
                  const AtlasCorrectionRequest *request,
                  const char                   *excerpt,
                  GError                      **error)
{
  int e = find_by (events, "id", request->event);
  g_autofree char *path = NULL;
  g_autofree char *test_path = NULL;
  g_autofree char *date_path = NULL;
  JsonObject *event;

  if (e < 0)
    return request_error (error, _("The dataset has no such event"));
  event = json_array_get_object_element (events, e);
  path = g_strdup_printf ("/events/%d", e);
  test_path = g_strconcat (path, "/id", NULL);
  date_path = g_strconcat (path, "/date", NULL);
  add_op (patch, "test", test_path, string_node (request->event));
  if (json_object_has_member (event, "date"))
    add_op (patch, "test", date_path, json_node_copy (json_object_get_member (event, "date")));
  add_op (patch, "replace", date_path, string_node (request->date));
  add_to_list (patch, event, path, "evidence", excerpt);
  return TRUE;
}

/* }}} */

/* Applied and loaded as --apply would: the problems, else nothing */
static gboolean
check_applies (const char  *correction,
               const char  *dataset,
               gsize        length,
               GError     **error)
{
  g_autoptr(AtlasCorrection) parsed = atlas_correction_new_from_data (correction, strlen (correction), error);
  g_autoptr(AtlasDataset) loaded = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) load_error = NULL;
  g_autofree char *corrected = NULL;
  gsize corrected_length = 0;

  if (parsed == NULL)
    return FALSE;
  corrected = atlas_correction_apply (parsed, dataset, length, &corrected_length, error);
  if (corrected == NULL)
    return FALSE;
  loaded = atlas_loader_load_data (corrected, corrected_length, NULL, &problems, &load_error);
  if (loaded == NULL)
    {
      g_autofree char *text = atlas_problems_to_text (problems, NULL, load_error);

      g_set_error (error, ATLAS_CORRECTION_ERROR, ATLAS_CORRECTION_ERROR_FORMAT,
                   _("The corrected dataset would not load:\n%s"), text);
      return FALSE;
    }
  return TRUE;
}

/**
 * atlas_correction_read_dataset:
 *
 * Returns: (transfer full) (nullable): the text of the file @dataset was
 *   loaded from (the built-in one's, for the built-in dataset), which a
 *   correction is made against
 */
char *
atlas_correction_read_dataset (AtlasDataset  *dataset,
                               gsize         *length,
                               GError       **error)
{
  GFile *file;
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  file = atlas_dataset_get_file (dataset);
  if (file != NULL)
    return atlas_loader_read_file (file, NULL, length, error);
  bytes = g_resource_lookup_data (atlas_builtin_get_resource (), ATLAS_BUILTIN_DATASET_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  *length = size;
  return g_strndup (data, size);
}

/**
 * atlas_correction_build:
 * @dataset: the text of the dataset file the correction is made against
 * @accessed: (nullable): the day the reader read the source (YYYY-MM-DD),
 *   kept where the dataset's format has room for it (version 2)
 *
 * Returns: (transfer full) (nullable): the correction file, or %NULL with
 *   @error saying what is missing, or why the correction would break the
 *   dataset
 */
char *
atlas_correction_build (const char                   *dataset,
                        gsize                         length,
                        const AtlasCorrectionRequest *request,
                        const char                   *accessed,
                        GError                      **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *document_id = NULL;
  g_autofree char *excerpt_id = NULL;
  g_autofree char *text = NULL;
  JsonObject *root, *correction;
  JsonArray *documents, *excerpts, *patch;
  JsonObject *excerpt;
  const char *release = NULL;
  gint64 version = 1;
  gboolean ok;
  int existing;

  g_return_val_if_fail (dataset != NULL, NULL);
  g_return_val_if_fail (request != NULL, NULL);

  if (!check_request (request, error))
    return NULL;
  if (!json_parser_load_from_data (parser, dataset, length, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      request_error (error, _("The dataset is not a JSON object"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  if (json_object_has_member (root, "release") && JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "release")))
    release = json_object_get_string_member (root, "release");
  if (json_object_has_member (root, "version") && JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "version")))
    version = json_object_get_int_member (root, "version");
  documents = array_member (root, "documents");
  excerpts = array_member (root, "excerpts");

  correction = json_object_new ();
  json_node_take_object (out, correction);
  json_object_set_string_member (correction, "format", ATLAS_CORRECTION_FORMAT);
  json_object_set_int_member (correction, "version", ATLAS_CORRECTION_VERSION);
  json_object_set_string_member (correction, "dataset", release != NULL ? release : "");
  if (has_text (request->note))
    json_object_set_string_member (correction, "note", request->note);

  /* The source: the dataset's own document of that address, or a new one */
  existing = find_by (documents, "url", request->url);
  if (existing >= 0)
    document_id = g_strdup (json_object_get_string_member (json_array_get_object_element (documents, existing), "id"));
  else
    {
      JsonObject *document = json_object_new ();

      document_id = unique_id (documents, "reader", request->url);
      json_object_set_string_member (document, "id", document_id);
      json_object_set_string_member (document, "title", request->title);
      if (has_text (request->publisher))
        json_object_set_string_member (document, "publisher", request->publisher);
      json_object_set_string_member (document, "url", request->url);
      if (version >= 2 && accessed != NULL)
        json_object_set_string_member (document, "accessed", accessed);
      json_object_set_object_member (correction, "document", document);
    }

  excerpt_id = unique_id (excerpts, "x-reader", request->quote);
  excerpt = json_object_new ();
  json_object_set_string_member (excerpt, "id", excerpt_id);
  json_object_set_string_member (excerpt, "document", document_id);
  json_object_set_string_member (excerpt, "text", request->quote);
  json_object_set_object_member (correction, "excerpt", excerpt);

  patch = json_array_new ();
  json_object_set_array_member (correction, "patch", patch);
  switch (request->target)
    {
    case ATLAS_CORRECTION_CELL:
      ok = patch_cell (patch, array_member (root, "programmes"), request, excerpt_id, error);
      break;
    case ATLAS_CORRECTION_SIGNED:
      ok = patch_signed (patch, array_member (root, "programmes"), request, excerpt_id, error);
      break;
    case ATLAS_CORRECTION_EVENT_DATE:
    default:
      ok = patch_event_date (patch, array_member (root, "events"), request, excerpt_id, error);
      break;
    }
  if (!ok)
    return NULL;

  json_generator_set_root (generator, out);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  if (!check_applies (text, dataset, length, error))
    return NULL;
  return g_steal_pointer (&text);
}
