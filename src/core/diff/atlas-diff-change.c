/* atlas-diff-change.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-diff-change.h"

/**
 * AtlasDiffChange:
 *
 * One difference between two releases of a dataset, as atlas_diff_datasets()
 * finds it: a record added, removed, or one of its fields changed (the
 * field's name as the dataset format spells it, and its old and new value
 * as text). A change that moves a cell of the comparison also says so, as a
 * line for people ("Japan ITPP · Space: reported → listed").
 *
 * (The name is not AtlasChange: that is the comparison's change between
 * its first and last programme, in atlas-comparison.h.)
 */

struct _AtlasDiffChange
{
  GObject parent_instance;

  AtlasDiffKind kind;
  AtlasDiffRecord record;
  char *id;
  char *field;
  char *old_value;
  char *new_value;
  char *effect;
};

G_DEFINE_FINAL_TYPE (AtlasDiffChange, atlas_diff_change, G_TYPE_OBJECT)

static const char * const record_codes[ATLAS_DIFF_N_RECORDS] = {
  "dataset", "changelog", "partner", "area-group", "area", "document",
  "excerpt", "programme", "programme-area", "event",
};

static void
atlas_diff_change_finalize (GObject *object)
{
  AtlasDiffChange *self = (AtlasDiffChange *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->old_value, g_free);
  g_clear_pointer (&self->new_value, g_free);
  g_clear_pointer (&self->effect, g_free);

  G_OBJECT_CLASS (atlas_diff_change_parent_class)->finalize (object);
}

static void
atlas_diff_change_class_init (AtlasDiffChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_diff_change_finalize;
}

static void
atlas_diff_change_init (AtlasDiffChange *self)
{
}

/**
 * atlas_diff_change_new:
 * @id: the record's id (`PROGRAMME/AREA` for a programme's area, the
 *   release for a changelog entry, empty for the dataset itself)
 * @field: (nullable): the field, for %ATLAS_DIFF_CHANGED
 * @old_value: (nullable): its old value as text, %NULL when it had none
 * @new_value: (nullable): its new value as text, %NULL when it has none
 */
AtlasDiffChange *
atlas_diff_change_new (AtlasDiffKind    kind,
                       AtlasDiffRecord  record,
                       const char      *id,
                       const char      *field,
                       const char      *old_value,
                       const char      *new_value)
{
  AtlasDiffChange *self;

  g_return_val_if_fail (record < ATLAS_DIFF_N_RECORDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_DIFF_CHANGE, NULL);
  self->kind = kind;
  self->record = record;
  self->id = g_strdup (id);
  self->field = g_strdup (field);
  self->old_value = g_strdup (old_value);
  self->new_value = g_strdup (new_value);
  return self;
}

AtlasDiffKind
atlas_diff_change_get_kind (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), ATLAS_DIFF_CHANGED);

  return self->kind;
}

AtlasDiffRecord
atlas_diff_change_get_record (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), ATLAS_DIFF_RECORD_DATASET);

  return self->record;
}

const char *
atlas_diff_change_get_id (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), NULL);

  return self->id;
}

const char *
atlas_diff_change_get_field (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), NULL);

  return self->field;
}

const char *
atlas_diff_change_get_old_value (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), NULL);

  return self->old_value;
}

const char *
atlas_diff_change_get_new_value (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), NULL);

  return self->new_value;
}

/**
 * atlas_diff_change_get_effect:
 *
 * Returns: (nullable): what the change does to the comparison, in the
 *   user's language, or %NULL when it does nothing to it
 */
const char *
atlas_diff_change_get_effect (AtlasDiffChange *self)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_CHANGE (self), NULL);

  return self->effect;
}

/**
 * atlas_diff_change_add_effect:
 *
 * Adds a line to what the change does to the comparison (lines are joined
 * with "; "). Only atlas_diff_datasets() calls it, while it builds the list.
 */
void
atlas_diff_change_add_effect (AtlasDiffChange *self,
                              const char      *effect)
{
  char *joined;

  g_return_if_fail (ATLAS_IS_DIFF_CHANGE (self));
  g_return_if_fail (effect != NULL);

  if (self->effect == NULL)
    {
      self->effect = g_strdup (effect);
      return;
    }
  joined = g_strconcat (self->effect, "; ", effect, NULL);
  g_free (self->effect);
  self->effect = joined;
}

/* Codes for scripts: the JSON report's "change" */
const char *
atlas_diff_kind_to_code (AtlasDiffKind kind)
{
  switch (kind)
    {
    case ATLAS_DIFF_ADDED: return "added";
    case ATLAS_DIFF_REMOVED: return "removed";
    case ATLAS_DIFF_CHANGED:
    default: return "changed";
    }
}

const char *
atlas_diff_kind_to_label (AtlasDiffKind kind)
{
  switch (kind)
    {
    /* Translators: a record of the dataset is new in the second release */
    case ATLAS_DIFF_ADDED: return C_("diff", "added");
    /* Translators: a record of the dataset is gone from the second release */
    case ATLAS_DIFF_REMOVED: return C_("diff", "removed");
    /* Translators: a field of a record differs between two releases */
    case ATLAS_DIFF_CHANGED:
    default: return C_("diff", "changed");
    }
}

/* The JSON report's "record" */
const char *
atlas_diff_record_to_code (AtlasDiffRecord record)
{
  g_return_val_if_fail (record < ATLAS_DIFF_N_RECORDS, "dataset");

  return record_codes[record];
}

/* The heading of a group of changes in a report */
const char *
atlas_diff_record_to_label (AtlasDiffRecord record)
{
  switch (record)
    {
    case ATLAS_DIFF_RECORD_DATASET: return C_("diff heading", "Dataset");
    case ATLAS_DIFF_RECORD_CHANGELOG: return C_("diff heading", "Changelog");
    case ATLAS_DIFF_RECORD_PARTNER: return C_("diff heading", "Partners");
    case ATLAS_DIFF_RECORD_AREA_GROUP: return C_("diff heading", "Area groups");
    case ATLAS_DIFF_RECORD_AREA: return C_("diff heading", "Areas");
    case ATLAS_DIFF_RECORD_DOCUMENT: return C_("diff heading", "Documents");
    case ATLAS_DIFF_RECORD_EXCERPT: return C_("diff heading", "Excerpts");
    case ATLAS_DIFF_RECORD_PROGRAMME: return C_("diff heading", "Programmes");
    case ATLAS_DIFF_RECORD_PROGRAMME_AREA: return C_("diff heading", "Programmes’ areas");
    case ATLAS_DIFF_RECORD_EVENT: return C_("diff heading", "Events");
    case ATLAS_DIFF_N_RECORDS:
    default: g_return_val_if_reached ("");
    }
}

/**
 * atlas_diff_record_count:
 *
 * Returns: (transfer full): @n changes of @record's kind, as the summary
 *   line counts them ("7 areas")
 */
char *
atlas_diff_record_count (AtlasDiffRecord record,
                         guint           n)
{
  switch (record)
    {
    case ATLAS_DIFF_RECORD_DATASET:
      /* Translators: in the summary of a diff: changes to the dataset’s title, release, licence… */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dataset detail", "%u dataset details", n), n);
    case ATLAS_DIFF_RECORD_CHANGELOG:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u changelog entry", "%u changelog entries", n), n);
    case ATLAS_DIFF_RECORD_PARTNER:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partner", "%u partners", n), n);
    case ATLAS_DIFF_RECORD_AREA_GROUP:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area group", "%u area groups", n), n);
    case ATLAS_DIFF_RECORD_AREA:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u area", "%u areas", n), n);
    case ATLAS_DIFF_RECORD_DOCUMENT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n);
    case ATLAS_DIFF_RECORD_EXCERPT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u excerpt", "%u excerpts", n), n);
    case ATLAS_DIFF_RECORD_PROGRAMME:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u programme", "%u programmes", n), n);
    case ATLAS_DIFF_RECORD_PROGRAMME_AREA:
      /* Translators: an area as one programme covers it: a cell of the comparison */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u programme area", "%u programme areas", n), n);
    case ATLAS_DIFF_RECORD_EVENT:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n), n);
    case ATLAS_DIFF_N_RECORDS:
    default:
      g_return_val_if_reached (NULL);
    }
}
