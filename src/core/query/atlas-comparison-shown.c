/* atlas-comparison-shown.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The comparison as a view shows it: only the areas left by its filters,
 * in its sort order, with the change from the first to the last programme
 * when it shows changes. Built from the same tables as every export, so
 * that a file written from the window and one written by the command line
 * differ only in the rows the user chose to hide. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-comparison.h"
#include "atlas-comparison-shown.h"
#include "atlas-programme.h"
#include "atlas-model-private.h"

/* The builder's words in the user's language, or in English for a table
 * of codes read by scripts */
static const char *say_in (gboolean    localized,
                           const char *msgid) G_GNUC_FORMAT (2);

static const char *
say_in (gboolean    localized,
        const char *msgid)
{
  return localized ? g_dgettext (GETTEXT_PACKAGE, msgid) : msgid;
}

typedef struct
{
  guint row;
  guint block;
  guint rank;
} Placed;

static int
find_column (AtlasTable *table,
             const char *id)
{
  for (guint c = 0; c < atlas_table_get_n_columns (table); c++)
    if (g_strcmp0 (atlas_table_get_column_id (table, c), id) == 0)
      return (int) c;
  return -1;
}

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const Placed *pa = a, *pb = b;

  if (pa->block != pb->block)
    return pa->block < pb->block ? -1 : 1;
  if (pa->rank != pb->rank)
    return pa->rank < pb->rank ? -1 : 1;
  return pa->row < pb->row ? -1 : pa->row > pb->row;
}

static void
copy_cell (AtlasTable *to,
           guint       to_row,
           guint       to_column,
           AtlasTable *from,
           guint       from_row,
           guint       from_column)
{
  const char *text = atlas_table_get_text (from, from_row, from_column);

  switch (atlas_table_get_kind (from, from_row, from_column))
    {
    case ATLAS_CELL_NUMBER:
      atlas_table_set_number (to, to_row, to_column, g_ascii_strtoll (text, NULL, 10));
      break;
    case ATLAS_CELL_STATUS:
      atlas_table_set_status (to, to_row, to_column,
                              atlas_table_get_status (from, from_row, from_column), text);
      break;
    case ATLAS_CELL_TEXT:
    default:
      if (text[0] != '\0')
        atlas_table_set_text (to, to_row, to_column, text);
      break;
    }
}

/* Keeps the rows of @table whose area is one of @areas, ordered as
 * @areas within each programme's block (long tables hold one block per
 * programme), and inserts a change column after the group column when
 * @comparison is given. */
static AtlasTable *
restrict_table (AtlasTable              *table,
                GPtrArray               *areas,
                AtlasComparison         *comparison,
                const AtlasTableOptions *options)
{
  g_autoptr(GHashTable) area_rank = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) blocks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) area_row = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (Placed));
  int area_column = find_column (table, "area_id");
  int programme_column = find_column (table, "programme_id");
  int group_column = find_column (table, "group");
  guint n_columns = atlas_table_get_n_columns (table);
  int change_at = -1;
  AtlasTable *out;

  if (comparison != NULL)
    {
      change_at = group_column >= 0 ? group_column + 1 : (int) n_columns;
      for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
        g_hash_table_insert (area_row, atlas_comparison_get_area (comparison, r)->id, GUINT_TO_POINTER (r));
    }
  for (guint i = 0; areas != NULL && i < areas->len; i++)
    g_hash_table_insert (area_rank, ((AtlasArea *) g_ptr_array_index (areas, i))->id, GUINT_TO_POINTER (i));

  for (guint r = 0; r < atlas_table_get_n_rows (table); r++)
    {
      const char *area_id = area_column >= 0 ? atlas_table_get_text (table, r, area_column) : "";
      gpointer rank = NULL;
      Placed p = { r, 0, 0 };

      if (areas != NULL && !g_hash_table_lookup_extended (area_rank, area_id, NULL, &rank))
        continue;
      p.rank = GPOINTER_TO_UINT (rank);
      if (programme_column >= 0)
        {
          const char *programme_id = atlas_table_get_text (table, r, programme_column);
          gpointer block;

          if (!g_hash_table_lookup_extended (blocks, programme_id, NULL, &block))
            {
              block = GUINT_TO_POINTER (g_hash_table_size (blocks));
              g_hash_table_insert (blocks, (gpointer) programme_id, block);
            }
          p.block = GPOINTER_TO_UINT (block);
        }
      g_array_append_val (placed, p);
    }
  g_array_sort (placed, compare_placed);

  out = atlas_table_new (atlas_table_get_name (table), atlas_table_get_title (table));
  atlas_table_copy_frame (out, table);
  for (guint c = 0; c <= n_columns; c++)
    {
      if ((int) c == change_at)
        atlas_table_add_column (out, "change", options->localized ? _("Change") : "change");
      if (c < n_columns && atlas_table_column_is_for_scripts (table, c))
        atlas_table_add_script_column (out, atlas_table_get_column_id (table, c),
                                       atlas_table_get_column_title (table, c));
      else if (c < n_columns)
        atlas_table_add_column (out, atlas_table_get_column_id (table, c),
                                atlas_table_get_column_title (table, c));
    }

  for (guint i = 0; i < placed->len; i++)
    {
      const Placed *p = &g_array_index (placed, Placed, i);
      guint row = atlas_table_add_row (out);

      for (guint c = 0; c < n_columns; c++)
        copy_cell (out, row, change_at >= 0 && (int) c >= change_at ? c + 1 : c, table, p->row, c);
      if (change_at >= 0)
        {
          const char *area_id = atlas_table_get_text (table, p->row, area_column);
          gpointer r;

          if (g_hash_table_lookup_extended (area_row, area_id, NULL, &r))
            {
              AtlasChange change = atlas_comparison_get_change (comparison, GPOINTER_TO_UINT (r));

              atlas_table_set_text (out, row, change_at, options->localized
                                    ? atlas_change_to_label (change)
                                    : atlas_change_to_code (change));
            }
        }
    }
  return out;
}

/**
 * atlas_comparison_shown_table:
 * @areas: (nullable) (element-type AtlasArea): the areas shown, in the
 *   order shown, or %NULL for all in the dataset's order
 * @with_change: add a change column (first to last programme)
 *
 * Returns: (transfer full): the comparison table restricted to @areas
 */
AtlasTable *
atlas_comparison_shown_table (AtlasComparison         *comparison,
                              const AtlasTableOptions *options,
                              GPtrArray               *areas,
                              gboolean                 with_change)
{
  g_autoptr(AtlasTable) table = NULL;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  table = atlas_tables_comparison (comparison, options);
  if (areas == NULL && !with_change)
    return g_steal_pointer (&table);
  return restrict_table (table, areas, with_change ? comparison : NULL, options);
}

/**
 * atlas_comparison_shown_evidence:
 * @areas: (nullable) (element-type AtlasArea): as for
 *   atlas_comparison_shown_table()
 *
 * Returns: (transfer full): the evidence table restricted to @areas
 */
AtlasTable *
atlas_comparison_shown_evidence (AtlasComparison         *comparison,
                                 const AtlasTableOptions *options,
                                 GPtrArray               *areas)
{
  g_autoptr(AtlasTable) table = NULL;

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  table = atlas_tables_evidence (comparison, options);
  if (areas == NULL)
    return g_steal_pointer (&table);
  return restrict_table (table, areas, NULL, options);
}

/**
 * atlas_comparison_differing_areas:
 * @unknown_differs: count unknown as a status of its own
 *
 * Returns: (transfer container) (element-type AtlasArea): the areas on
 *   which the programmes compared differ, in the comparison's order
 */
GPtrArray *
atlas_comparison_differing_areas (AtlasComparison *comparison,
                                  gboolean         unknown_differs)
{
  GPtrArray *areas = g_ptr_array_new ();

  g_return_val_if_fail (ATLAS_IS_COMPARISON (comparison), areas);

  for (guint r = 0; r < atlas_comparison_get_n_rows (comparison); r++)
    if (unknown_differs ? atlas_comparison_row_differs_with_unknown (comparison, r)
                        : atlas_comparison_row_differs (comparison, r))
      g_ptr_array_add (areas, atlas_comparison_get_area (comparison, r));
  return areas;
}

/**
 * atlas_comparison_with_area_data:
 * @programmes: (element-type AtlasProgramme): programmes to compare
 * @left_out: (element-type AtlasProgramme) (nullable): gets the programmes
 *   left out, with a reference
 *
 * The programmes of which some area is known — or all of them when none
 * is, so that a comparison is never left without a column.
 *
 * Returns: (transfer container) (element-type AtlasProgramme): the
 *   programmes kept, with a reference, in their order
 */
GPtrArray *
atlas_comparison_with_area_data (GPtrArray *programmes,
                                 GPtrArray *left_out)
{
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_left_out = 0;

  for (guint i = 0; i < programmes->len; i++)
    {
      AtlasProgramme *programme = g_ptr_array_index (programmes, i);

      if (atlas_comparison_has_area_data (programme))
        g_ptr_array_add (kept, g_object_ref (programme));
      else
        n_left_out++;
    }
  if (kept->len == 0)
    {
      for (guint i = 0; i < programmes->len; i++)
        g_ptr_array_add (kept, g_object_ref (g_ptr_array_index (programmes, i)));
      return kept;
    }
  for (guint i = 0; left_out != NULL && n_left_out > 0 && i < programmes->len; i++)
    if (!atlas_comparison_has_area_data (g_ptr_array_index (programmes, i)))
      g_ptr_array_add (left_out, g_object_ref (g_ptr_array_index (programmes, i)));
  return kept;
}

/**
 * atlas_comparison_describe_view:
 * @left_out: (element-type AtlasProgramme) (nullable): programmes chosen
 *   but left out for want of area data
 *
 * What an export of a view says of it, so that a table that leaves
 * something out says so: "Shown: only the areas where the programmes
 * differ; unknown cells left blank; left out for want of area data:
 * ROK ITPP 2027."
 *
 * Returns: (transfer full) (nullable): the sentence, or %NULL when the
 *   view leaves nothing out
 */
char *
atlas_comparison_describe_view (gboolean   only_differences,
                                gboolean   unknown_differs,
                                gboolean   blank_unknown,
                                GPtrArray *left_out,
                                gboolean   localized)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;
  const char *separator;

  if (only_differences && unknown_differs)
    g_ptr_array_add (parts, g_strdup (say_in (localized, N_("only the areas where the programmes differ or some are unknown"))));
  else if (only_differences)
    g_ptr_array_add (parts, g_strdup (say_in (localized, N_("only the areas where programmes of known status differ"))));
  if (blank_unknown)
    g_ptr_array_add (parts, g_strdup (say_in (localized, N_("cells of unknown status left blank"))));
  if (left_out != NULL && left_out->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < left_out->len; i++)
        {
          AtlasProgramme *programme = g_ptr_array_index (left_out, i);

          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, localized ? atlas_programme_get_short_label (programme)
                                            : atlas_programme_get_id (programme));
        }
      /* Translators: in an exported table's note; %s names programmes */
      g_ptr_array_add (parts, g_strdup_printf (say_in (localized, N_("left out for want of area data: %s")), names->str));
    }
  if (parts->len == 0)
    return NULL;
  g_ptr_array_add (parts, NULL);
  /* Translators: between the parts of “Shown: …; …; ….” in an exported table's note */
  separator = say_in (localized, N_("; "));
  joined = g_strjoinv (separator, (char **) parts->pdata);
  /* Translators: an exported table's note on what its view leaves out; %s is the list of what */
  return g_strdup_printf (say_in (localized, N_("Shown: %s.")), joined);
}
