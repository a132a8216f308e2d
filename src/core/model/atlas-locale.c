/* atlas-locale.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Sorting and numbers the way the user's locale has them. Names are put in
 * order by collation keys, not by bytes, so that “Éire” sorts among the Es
 * where the locale says so; counts are grouped by the locale's thousands
 * separator. (Views built on GtkStringSorter get the same collation from
 * GTK; these are for the lists that core code sorts itself.) */

#include "config.h"

#include <string.h>

#include "atlas-locale.h"

/**
 * atlas_collate:
 *
 * Compares two names by the current locale's collation, %NULL last.
 *
 * Returns: < 0, 0 or > 0, as strcmp()
 */
int
atlas_collate (const char *a,
               const char *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return g_utf8_collate (a, b);
}

typedef struct
{
  char *key;
  gpointer item;
  guint index;
} Keyed;

static int
compare_keyed (gconstpointer a,
               gconstpointer b)
{
  const Keyed *x = a;
  const Keyed *y = b;
  int r;

  if (x->key == NULL || y->key == NULL)
    r = (x->key == NULL) - (y->key == NULL);
  else
    r = strcmp (x->key, y->key);
  /* Equal names keep their order */
  return r != 0 ? r : (x->index > y->index) - (x->index < y->index);
}

/**
 * atlas_collate_sort:
 * @items: the items to sort, in place
 * @name_of: gives each item's name
 *
 * Sorts @items by name in the current locale's order. Each name's
 * collation key is made once, so this is the way to sort a long list.
 * Items with the same name keep their order; items without one go last.
 */
void
atlas_collate_sort (GPtrArray     *items,
                    AtlasNameFunc  name_of)
{
  g_autoptr(GArray) keyed = NULL;

  g_return_if_fail (items != NULL);
  g_return_if_fail (name_of != NULL);

  keyed = g_array_sized_new (FALSE, FALSE, sizeof (Keyed), items->len);
  for (guint i = 0; i < items->len; i++)
    {
      const char *name = name_of (g_ptr_array_index (items, i));
      Keyed k = { name ? g_utf8_collate_key (name, -1) : NULL, g_ptr_array_index (items, i), i };

      g_array_append_val (keyed, k);
    }
  g_array_sort (keyed, compare_keyed);
  for (guint i = 0; i < keyed->len; i++)
    {
      Keyed *k = &g_array_index (keyed, Keyed, i);

      items->pdata[i] = k->item;
      g_free (k->key);
    }
}

/**
 * atlas_format_count:
 *
 * Returns: @count for people, with the locale's digit grouping
 *   (“12,345” in English, “12 345” in French)
 */
char *
atlas_format_count (guint64 count)
{
  return g_strdup_printf ("%'" G_GUINT64_FORMAT, count);
}
