/* atlas-loader.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Builds an AtlasDataset from the text of a dataset file.
 *
 * The text is parsed into a flat AtlasJsonDoc (see atlas-json.c), then the
 * builder walks it once, list by list in the order their references need
 * (excerpts before what cites them), checking each value and collecting
 * every problem with its JSON path and line:column, like a compiler. The
 * document is freed as soon as the dataset is built. A dataset with any
 * problem is not returned at all: half a dataset would present guesses as
 * facts.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-builtin-resources.h"
#include "atlas-error.h"
#include "atlas-limits.h"
#include "atlas-loader.h"
#include "atlas-loader-private.h"
#include "atlas-problem.h"

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const AtlasProblem *pa = *(AtlasProblem * const *) a;
  const AtlasProblem *pb = *(AtlasProblem * const *) b;

  /* Problems without a place go last */
  if ((pa->line == 0) != (pb->line == 0))
    return pa->line == 0 ? 1 : -1;
  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;
  return (pa->column > pb->column) - (pa->column < pb->column);
}

static AtlasDataset *
build (char       *buffer,
       gsize       length,
       GFile      *file,
       GCancellable *cancellable,
       GPtrArray **problems_out,
       GError    **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  g_autoptr(AtlasJsonDoc) doc = NULL;
  g_autoptr(AtlasDataset) dataset = NULL;
  g_autoptr(GHashTable) folded = NULL;
  g_autoptr(GPtrArray) folded_keys = NULL;
  g_autoptr(GHashTable) group_ids = NULL;
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GHashTable) programme_areas = NULL;
  g_autoptr(GHashTable) single_evidence = NULL;
  g_autofree char *sha256 = NULL;
  Builder b = { 0 };

  /* Before the parser, which decodes strings in the buffer itself */
  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) buffer, length);
  doc = atlas_json_doc_parse (buffer, length, problems, error);
  if (doc == NULL)
    goto out;

  dataset = _atlas_dataset_new ();
  folded = g_hash_table_new (builder_ascii_case_hash, builder_ascii_case_equal);
  folded_keys = g_ptr_array_new_with_free_func (g_free);
  group_ids = g_hash_table_new (g_str_hash, g_str_equal);
  children = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  programme_areas = g_hash_table_new (NULL, NULL);
  single_evidence = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b = (Builder) {
    .doc = doc,
    .dataset = dataset,
    .problems = problems,
    .cancellable = cancellable,
    .folded = folded,
    .folded_keys = folded_keys,
    .group_ids = group_ids,
    .children = children,
    .programme_areas = programme_areas,
    .single_evidence = single_evidence,
  };
  builder_read_dataset (&b, atlas_json_doc_get_root (doc));

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_clear_object (&dataset);
      goto out;
    }

  /* Listed in the order of the file, as a compiler does, though they were
   * found list by list (the sort is stable) */
  g_ptr_array_sort (problems, compare_problems);

  if (b.n_unlisted > 0)
    g_ptr_array_add (problems, atlas_problem_new_unlisted (b.n_unlisted));

  if (problems->len > 0)
    {
      g_propagate_error (error, atlas_problems_to_error (problems));
      g_clear_object (&dataset);
      goto out;
    }

  g_set_object (&dataset->file, file);
  dataset->sha256 = g_steal_pointer (&sha256);

out:
  if (problems_out != NULL)
    *problems_out = g_steal_pointer (&problems);
  return g_steal_pointer (&dataset);
}

/* }}} */
/* {{{ Public API */

static AtlasDataset *
fail_with (GPtrArray     **problems_out,
           GError        **error,
           AtlasLoadError  code,
           const char     *message)
{
  if (problems_out != NULL)
    {
      *problems_out = g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
      g_ptr_array_add (*problems_out, atlas_problem_new (code, 0, 0, NULL, message));
    }
  g_set_error_literal (error, ATLAS_LOAD_ERROR, code, message);
  return NULL;
}

static char *
too_large_message (void)
{
  return g_strdup_printf (_("The file is larger than %lu MiB, the largest dataset this copy of Partnership Atlas opens"),
                          (unsigned long) (ATLAS_MAX_FILE_SIZE / (1024 * 1024)));
}

/**
 * atlas_loader_load_data:
 * @data: the text of a dataset
 * @length: its length in bytes
 * @file: (nullable): the file it came from, recorded in the dataset
 * @problems: (out) (optional) (element-type AtlasProblem): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 *   and the problems listed
 */
AtlasDataset *
atlas_loader_load_data (const char  *data,
                        gsize        length,
                        GFile       *file,
                        GPtrArray  **problems,
                        GError     **error)
{
  char *buffer;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > ATLAS_MAX_FILE_SIZE)
    {
      g_autofree char *message = too_large_message ();
      return fail_with (problems, error, ATLAS_LOAD_ERROR_TOO_LARGE, message);
    }

  buffer = g_malloc (length + 1);
  memcpy (buffer, data, length);
  buffer[length] = '\0';
  return build (buffer, length, file, NULL, problems, error);
}

#define TYPE_AND_SIZE G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE

/* A dataset is a regular file. A folder cannot be one; a device such as
 * /dev/zero never ends, and a pipe or FIFO can block forever, so neither
 * is read at all. Sets @error with the message to show. */
static gboolean
check_file_type (GFileInfo     *info,
                 GError       **error)
{
  if (!g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_TYPE))
    return TRUE;

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      return TRUE;
    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO,
                           _("This is a folder; open a dataset file in it"));
      return FALSE;
    default:
      g_set_error_literal (error, ATLAS_LOAD_ERROR, ATLAS_LOAD_ERROR_IO,
                           _("This is not a regular file but a device, a pipe or a socket, which is never read as a dataset"));
      return FALSE;
    }
}

/* Reads the whole of @file into one allocation of the right size, stopping
 * at the size limit; files that report no size are read in steps. Errors
 * in the ATLAS_LOAD_ERROR domain carry their final message. */
static char *
read_file (GFile         *file,
           GCancellable  *cancellable,
           gsize         *length,
           AtlasLoadError *code,
           GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *buffer = NULL;
  gsize allocated, filled = 0;

  *code = ATLAS_LOAD_ERROR_IO;
  /* Before opening, as opening a FIFO waits for a writer */
  info = g_file_query_info (file, TYPE_AND_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL && !check_file_type (info, error))
    return NULL;
  g_clear_object (&info);

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;
  /* Again on what was opened, in case the name was switched meanwhile */
  info = g_file_input_stream_query_info (stream, TYPE_AND_SIZE, cancellable, NULL);
  if (info != NULL && !check_file_type (info, error))
    return NULL;
  allocated = info ? (gsize) MAX (g_file_info_get_size (info), 0) : 0;
  if (allocated > ATLAS_MAX_FILE_SIZE)
    {
      *code = ATLAS_LOAD_ERROR_TOO_LARGE;
      g_set_error_literal (error, ATLAS_LOAD_ERROR, *code, "");
      return NULL;
    }
  /* Room for the NUL and one byte more, so that the read that finds the
   * end of a file of the size it said needs no larger buffer: doubling
   * there briefly took twice the file's size where realloc copies */
  allocated = MAX (allocated + 2, 4096);
  buffer = g_malloc (allocated);

  for (;;)
    {
      gssize n;

      if (filled + 1 == allocated)
        {
          if (allocated > ATLAS_MAX_FILE_SIZE)
            {
              *code = ATLAS_LOAD_ERROR_TOO_LARGE;
              g_set_error_literal (error, ATLAS_LOAD_ERROR, *code, "");
              return NULL;
            }
          allocated = MIN (allocated * 2, ATLAS_MAX_FILE_SIZE + 2);
          buffer = g_realloc (buffer, allocated);
        }
      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer + filled,
                               allocated - 1 - filled, cancellable, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      filled += n;
    }

  if (filled > ATLAS_MAX_FILE_SIZE)
    {
      *code = ATLAS_LOAD_ERROR_TOO_LARGE;
      g_set_error_literal (error, ATLAS_LOAD_ERROR, *code, "");
      return NULL;
    }
  buffer[filled] = '\0';
  *length = filled;
  return g_steal_pointer (&buffer);
}

/**
 * atlas_loader_read_file:
 * @length: (out): the length of the text
 *
 * Reads the whole of @file as the loader does, for other JSON files the
 * app reads (a correction): never a device, a pipe or a socket, and never
 * more than %ATLAS_MAX_FILE_SIZE.
 *
 * Returns: (transfer full) (nullable): the text, NUL-terminated, or %NULL
 *   with @error set: in %ATLAS_LOAD_ERROR with the message to show, or
 *   %G_IO_ERROR_CANCELLED
 */
char *
atlas_loader_read_file (GFile         *file,
                        GCancellable  *cancellable,
                        gsize         *length,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *message = NULL;
  AtlasLoadError code;
  char *buffer;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  buffer = read_file (file, cancellable, length, &code, &local_error);
  if (buffer != NULL)
    return buffer;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (code == ATLAS_LOAD_ERROR_TOO_LARGE)
    message = too_large_message ();
  else if (local_error->domain == ATLAS_LOAD_ERROR)
    message = g_strdup (local_error->message);
  else
    /* Translators: %s is the system's reason, such as “No such file or directory” */
    message = g_strdup_printf (_("The file could not be read: %s"), local_error->message);
  g_set_error_literal (error, ATLAS_LOAD_ERROR, code, message);
  return NULL;
}

/**
 * atlas_loader_load_file:
 * @problems: (out) (optional) (element-type AtlasProblem): every problem found
 *
 * Loads a dataset from @file, blocking; see atlas_loader_load_file_async().
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
AtlasDataset *
atlas_loader_load_file (GFile         *file,
                        GCancellable  *cancellable,
                        GPtrArray    **problems,
                        GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char *buffer;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  buffer = atlas_loader_read_file (file, cancellable, &length, &local_error);
  if (buffer == NULL)
    {
      if (local_error->domain != ATLAS_LOAD_ERROR)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      return fail_with (problems, error, local_error->code, local_error->message);
    }

  return build (buffer, length, file, cancellable, problems, error);
}

typedef struct
{
  GFile *file;
  GPtrArray *problems;  /* set by the worker; read after it returned */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  AtlasDataset *dataset;
  GError *error = NULL;

  dataset = atlas_loader_load_file (data->file, cancellable, &data->problems, &error);
  if (dataset != NULL)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

/**
 * atlas_loader_load_file_async:
 *
 * Loads a dataset in a worker thread, so that the main loop never waits on
 * reading or parsing.
 */
void
atlas_loader_load_file_async (GFile               *file,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  data->file = g_object_ref (file);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, atlas_loader_load_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * atlas_loader_load_file_finish:
 * @problems: (out) (optional) (element-type AtlasProblem): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
AtlasDataset *
atlas_loader_load_file_finish (GAsyncResult  *result,
                               GPtrArray    **problems,
                               GError       **error)
{
  LoadData *data;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  data = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = data->problems ? g_ptr_array_ref (data->problems)
                               : g_ptr_array_new_with_free_func ((GDestroyNotify) atlas_problem_free);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * atlas_loader_load_builtin:
 *
 * Loads the dataset compiled into the program.
 *
 * Returns: (transfer full): the built-in dataset
 */
AtlasDataset *
atlas_loader_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  /* Looked up in the library's own resource, which needs no registration */
  bytes = g_resource_lookup_data (atlas_builtin_get_resource (), ATLAS_BUILTIN_DATASET_PATH,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return atlas_loader_load_data (data, length, NULL, NULL, error);
}

/* }}} */
