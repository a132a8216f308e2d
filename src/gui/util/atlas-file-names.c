/* atlas-file-names.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-file-names.h"

/**
 * atlas_file_with_extension:
 * @chosen: the file a chooser gave
 * @extension: the export's extension, without its dot
 *
 * The name decides how other programs open the file: @chosen when it
 * ends in @extension, else the same name with it added.
 *
 * Returns: (transfer full): the file to write
 */
GFile *
atlas_file_with_extension (GFile      *chosen,
                           const char *extension)
{
  g_autofree char *suffix = g_strconcat (".", extension, NULL);
  g_autofree char *basename = g_file_get_basename (chosen);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *with_suffix = NULL;

  if (basename == NULL || g_str_has_suffix (basename, suffix) || (parent = g_file_get_parent (chosen)) == NULL)
    return g_object_ref (chosen);
  with_suffix = g_strconcat (basename, suffix, NULL);
  return g_file_get_child (parent, with_suffix);
}
