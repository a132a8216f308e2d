/* atlas-programme.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-programme.h"
#include "atlas-enum-types.h"
#include "atlas-area.h"
#include "atlas-model-private.h"
#include "atlas-text.h"

/**
 * AtlasProgramme:
 *
 * A partnership programme (IPCP, ITPP or other).
 *
 * Records are built by the loader and never change afterwards.
 */

G_DEFINE_FINAL_TYPE (AtlasProgramme, atlas_programme, G_TYPE_OBJECT)

/* Only the title is a property: the programmes table's template binds it */
enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Drops @self's reference on the programme it supersedes. A dataset may
 * chain any number of programmes, and when the last of a chain goes its
 * finalize would free the one before, whose finalize frees the one before
 * that: 200,000 programmes overflowed the stack. So each one that this
 * reference keeps alive alone gives up its own link first, and the chain
 * is freed in a loop. (Its refcount being 1 means nothing else can reach
 * it, so nothing else can see it lose the link.) */
static void
unref_chain (AtlasProgramme *self)
{
  AtlasProgramme *next = g_steal_pointer (&self->supersedes);

  while (next != NULL)
    {
      AtlasProgramme *after = NULL;

      if (g_atomic_int_get (&G_OBJECT (next)->ref_count) == 1)
        after = g_steal_pointer (&next->supersedes);
      g_object_unref (next);
      next = after;
    }
}

static void
atlas_programme_finalize (GObject *object)
{
  AtlasProgramme *self = (AtlasProgramme *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->partner);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->signed_, g_ptr_array_unref);
  g_clear_pointer (&self->period_evidence, g_ptr_array_unref);
  unref_chain (self);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_object (&self->areas);
  g_clear_pointer (&self->area_order, g_free);
  g_clear_pointer (&self->short_label, g_free);
  g_clear_pointer (&self->area_counts, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_programme_parent_class)->finalize (object);
}

static void
atlas_programme_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasProgramme *self = ATLAS_PROGRAMME (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_class_init (AtlasProgrammeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_programme_finalize;
  object_class->get_property = atlas_programme_get_property;

  /**
   * AtlasProgramme:title:
   *
   * The programme's title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_programme_init (AtlasProgramme *self)
{
  self->area_counts = g_ptr_array_new_with_free_func (g_object_unref);
}

const char *
atlas_programme_get_id (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->id;
}

AtlasPartner *
atlas_programme_get_partner (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->partner;
}

AtlasProgrammeType
atlas_programme_get_programme_type (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  return self->programme_type;
}

const char *
atlas_programme_get_title (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->title;
}

AtlasProgrammeStatus
atlas_programme_get_status (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  return self->status;
}

AtlasTextAvailability
atlas_programme_get_text_availability (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  return self->text_availability;
}

/**
 * atlas_programme_get_signed:
 *
 * Returns: (transfer none) (element-type AtlasClaim): when it was signed; several claims when sources disagree
 */
GPtrArray *
atlas_programme_get_signed (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->signed_;
}

const AtlasDate *
atlas_programme_get_period_start (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return &self->period_start;
}

const AtlasDate *
atlas_programme_get_period_end (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return &self->period_end;
}

gboolean
atlas_programme_get_period_planned (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  return self->period_planned;
}

/**
 * atlas_programme_get_period_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): the excerpts that give the period
 */
GPtrArray *
atlas_programme_get_period_evidence (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->period_evidence;
}

gboolean
atlas_programme_get_areas_complete (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  return self->areas_complete;
}

AtlasProgramme *
atlas_programme_get_supersedes (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->supersedes;
}

const char *
atlas_programme_get_note (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->note;
}

/**
 * atlas_programme_get_evidence:
 *
 * Returns: (transfer none) (element-type AtlasExcerpt): excerpts about the programme as a whole
 */
GPtrArray *
atlas_programme_get_evidence (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->evidence;
}

/**
 * atlas_programme_get_areas:
 *
 * Returns: (transfer none): its areas, in the order of the first source's list, as a #GListModel of #AtlasProgrammeArea
 */
GListModel *
atlas_programme_get_areas (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return G_LIST_MODEL (self->areas);
}

/* Areas by their place in the dataset's list, then (two records of one
 * place, which a valid file never has) by address */
static int
compare_areas (AtlasArea *a,
               AtlasArea *b)
{
  if (a->position != b->position)
    return a->position < b->position ? -1 : 1;
  if (a != b)
    return (guintptr) a < (guintptr) b ? -1 : 1;
  return 0;
}

/* The index in @self's areas of the @i-th in the order of compare_areas() */
static inline guint
order_at (AtlasProgramme *self,
          guint           n,
          guint           i)
{
  if (self->area_order == NULL)
    return i;
  if (n <= G_MAXUINT16 + 1)
    return ((const guint16 *) self->area_order)[i];
  return ((const guint32 *) self->area_order)[i];
}

/**
 * atlas_programme_find_area:
 *
 * Returns: (transfer none) (nullable): how the programme covers @area, or
 *   %NULL when no source says
 */
AtlasProgrammeArea *
atlas_programme_find_area (AtlasProgramme *self,
                           AtlasArea      *area)
{
  guint lo, hi, hi_n;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);
  g_return_val_if_fail (ATLAS_IS_AREA (area), NULL);

  if (self->areas == NULL)
    return NULL;
  lo = 0;
  hi = hi_n = atlas_record_list_get_size (self->areas);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      AtlasProgrammeArea *pa = atlas_record_list_get (self->areas, order_at (self, hi_n, mid));
      int r = compare_areas (pa->area, area);

      if (r == 0)
        return pa;
      if (r < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  AtlasRecordList *areas = user_data;
  AtlasProgrammeArea *x = atlas_record_list_get (areas, *(const guint32 *) a);
  AtlasProgrammeArea *y = atlas_record_list_get (areas, *(const guint32 *) b);

  return compare_areas (x->area, y->area);
}

/* Orders @programme's areas for atlas_programme_find_area(), once they
 * are all read: 2 bytes an area (4 past 65,536), where a hash table took
 * about 40 */
void
_atlas_programme_index_areas (AtlasProgramme *programme)
{
  guint n = atlas_record_list_get_size (programme->areas);
  guint32 *order;
  guint i;

  g_clear_pointer (&programme->area_order, g_free);
  for (i = 1; i < n; i++)
    if (compare_areas (((AtlasProgrammeArea *) atlas_record_list_get (programme->areas, i - 1))->area,
                       ((AtlasProgrammeArea *) atlas_record_list_get (programme->areas, i))->area) >= 0)
      break;
  /* Most lists are in the dataset's order already, and need no index */
  if (i >= n)
    return;
  order = g_new (guint32, n);
  for (i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, (gint) n, sizeof (guint32), compare_order, programme->areas);
  if (n <= G_MAXUINT16 + 1)
    {
      guint16 *narrow = g_new (guint16, n);

      for (i = 0; i < n; i++)
        narrow[i] = (guint16) order[i];
      g_free (order);
      programme->area_order = narrow;
    }
  else
    programme->area_order = order;
}

/**
 * atlas_programme_get_short_label:
 *
 * Returns: a short label for columns and lanes: the partner's short name (or
 *   name), the programme type and the first year, as "ROK ITPP 2023"
 */
const char *
atlas_programme_get_short_label (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->short_label;
}

/* Made by the loader, and again when the partner's name is translated */
char *
_atlas_programme_make_short_label (AtlasProgramme *programme)
{
  g_autofree char *partner = NULL;
  const AtlasDate *first = NULL;

  /* Isolated, so that a bidi override in the name cannot reorder the
   * type and the year after it */
  if (programme->partner != NULL)
    partner = atlas_text_isolate_bidi (programme->partner->short_name ? programme->partner->short_name
                                                                      : programme->partner->name);
  if (atlas_date_is_set (&programme->period_start))
    first = &programme->period_start;
  else if (programme->signed_->len > 0)
    first = &((AtlasClaim *) g_ptr_array_index (programme->signed_, 0))->date;

  if (first != NULL && atlas_date_is_set (first))
    /* Translators: a programme's short label: partner, programme type
     * (IPCP, ITPP) and first year, as in “ROK ITPP 2023” */
    return g_strdup_printf (_("%s %s %u"), partner ? partner : "?",
                            atlas_programme_type_to_label (programme->programme_type), first->year);
  return g_strdup_printf (C_("programme short label without a year", "%s %s"), partner ? partner : "?",
                          atlas_programme_type_to_label (programme->programme_type));
}

/**
 * atlas_programme_get_area_counts:
 *
 * Returns: (transfer none) (element-type AtlasAreaCount): how many areas
 *   the sources say the programme has; several when they disagree, none
 *   when no source gives a number
 */
GPtrArray *
atlas_programme_get_area_counts (AtlasProgramme *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  return self->area_counts;
}

/**
 * atlas_programme_count_known_areas:
 *
 * Returns: how many of the programme's own areas are known: those its
 *   list gives when the list is complete, else those listed or reported
 *   (an area "not listed" is known not to be one of them; areas reported
 *   beyond a complete list are counted apart, see
 *   atlas_programme_count_reported_beyond())
 */
guint
atlas_programme_count_known_areas (AtlasProgramme *self)
{
  guint n, listed = 0, reported = 0;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (G_LIST_MODEL (self->areas), i);

      listed += pa->status == ATLAS_AREA_STATUS_LISTED;
      reported += pa->status == ATLAS_AREA_STATUS_REPORTED;
    }
  return self->areas_complete ? listed : listed + reported;
}

/**
 * atlas_programme_count_reported_beyond:
 *
 * Returns: how many areas sources report the programme covers beyond its
 *   complete list (0 when its list is not known to be complete)
 */
guint
atlas_programme_count_reported_beyond (AtlasProgramme *self)
{
  guint n, reported = 0;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), 0);

  if (!self->areas_complete)
    return 0;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (G_LIST_MODEL (self->areas), i);

      reported += pa->status == ATLAS_AREA_STATUS_REPORTED;
    }
  return reported;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

static char *describe_counts (GArray *counts,
                              guint   known);

/**
 * atlas_programme_describe_area_total:
 *
 * Returns: (transfer full) (nullable): the number of areas the sources
 *   give and how many of them are known, as “9 areas, 8 known” (or “6 or
 *   16 areas (the sources disagree), 8 known”), without the areas reported
 *   beyond a complete list; %NULL when no source gives a number
 */
char *
atlas_programme_describe_area_total (AtlasProgramme *self)
{
  g_autoptr(GArray) counts = NULL;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  if (self->area_counts == NULL || self->area_counts->len == 0)
    return NULL;

  /* The distinct numbers, smallest first: two sources that agree are one */
  counts = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < self->area_counts->len; i++)
    {
      guint count = ((AtlasAreaCount *) g_ptr_array_index (self->area_counts, i))->count;
      gboolean seen = FALSE;

      for (guint j = 0; j < counts->len && !seen; j++)
        seen = g_array_index (counts, guint, j) == count;
      if (!seen)
        g_array_append_val (counts, count);
    }
  g_array_sort (counts, compare_uint);
  return describe_counts (counts, atlas_programme_count_known_areas (self));
}

/**
 * atlas_programme_describe_area_count:
 *
 * Returns: (transfer full) (nullable): atlas_programme_describe_area_total()
 *   and the areas sources report beyond a complete list, as “11 areas, 11
 *   known; 8 more reported beyond its list”; %NULL when no source gives a
 *   number
 */
char *
atlas_programme_describe_area_count (AtlasProgramme *self)
{
  g_autofree char *count = NULL;
  guint beyond;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  count = atlas_programme_describe_area_total (self);
  beyond = atlas_programme_count_reported_beyond (self);
  if (count != NULL && beyond > 0)
    /* Translators: after “11 areas, 11 known”: areas sources report a
     * programme covers beyond its complete list */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s; %u more reported beyond its list",
                                         "%s; %u more reported beyond its list", beyond),
                            count, beyond);
  return g_steal_pointer (&count);
}

/**
 * atlas_programme_has_area_data:
 *
 * Returns: whether the dataset knows anything of the programme's areas:
 *   an area of known status (listed, reported or not listed) or a list
 *   known to be complete. Without, its counts of areas mean “unknown”,
 *   never “none”.
 */
gboolean
atlas_programme_has_area_data (AtlasProgramme *self)
{
  guint n;

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), FALSE);

  if (self->areas_complete)
    return TRUE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (G_LIST_MODEL (self->areas), i);

      if (pa->status != ATLAS_AREA_STATUS_UNKNOWN)
        return TRUE;
    }
  return FALSE;
}

/**
 * atlas_programme_describe_known_areas:
 *
 * Returns: (transfer full): what the dataset knows of the programme's
 *   areas, counted apart by status, as “11 listed · 7 reported”, or “No
 *   area data” where it knows none: a bare “0” would read as “covers
 *   nothing”
 */
char *
atlas_programme_describe_known_areas (AtlasProgramme *self)
{
  guint n, listed = 0, reported = 0;
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (ATLAS_IS_PROGRAMME (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->areas));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasProgrammeArea) pa = g_list_model_get_item (G_LIST_MODEL (self->areas), i);

      listed += pa->status == ATLAS_AREA_STATUS_LISTED;
      reported += pa->status == ATLAS_AREA_STATUS_REPORTED;
    }

  if (listed == 0 && reported == 0)
    /* What is known to name nothing says so */
    return g_strdup (atlas_programme_has_area_data (self) ? _("None listed") : _("No area data"));
  if (listed > 0)
    /* Translators: how many areas a programme's own text lists */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u listed", "%u listed", listed), listed);
  if (listed > 0 && reported > 0)
    g_string_append (text, C_("list separator", " · "));
  if (reported > 0)
    /* Translators: how many areas a source reports a programme covers, outside its own list */
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u reported", "%u reported", reported), reported);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
describe_counts (GArray *counts,
                 guint   known)
{

  if (counts->len == 1)
    {
      guint n = g_array_index (counts, guint, 0);

      if (known > n)
        /* Translators: the sources count fewer areas than the dataset
         * knows of (other sources report more), as in “the sources count
         * 7 areas; 8 known” */
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "the sources count %u area; %u known",
                                             "the sources count %u areas; %u known", n),
                                n, known);
      /* Translators: how many areas the sources say a programme has, and
       * of how many the dataset knows the status, as in “9 areas, 8 known” */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area, %u known", "%u areas, %u known", n),
                              n, known);
    }
  if (counts->len == 2)
    {
      guint a = g_array_index (counts, guint, 0), n = g_array_index (counts, guint, 1);

      /* Translators: two sources give different numbers of areas for one
       * programme, as in “6 or 16 areas (the sources disagree), 8 known” */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u or %u area (the sources disagree), %u known",
                                           "%u or %u areas (the sources disagree), %u known", n),
                              a, n, known);
    }
  else
    {
      g_autoptr(GString) list = g_string_new (NULL);
      guint n = g_array_index (counts, guint, counts->len - 1);

      for (guint i = 0; i < counts->len; i++)
        g_string_append_printf (list, "%s%u", i > 0 ? " / " : "", g_array_index (counts, guint, i));
      /* Translators: %s is several numbers of areas that the sources give
       * for one programme, as in “6 / 9 / 16 areas (the sources disagree), 8 known” */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s area (the sources disagree), %u known",
                                           "%s areas (the sources disagree), %u known", n),
                              list->str, known);
    }
}
