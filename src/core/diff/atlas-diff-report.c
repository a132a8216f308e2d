/* atlas-diff-report.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The changes between two datasets as a report: plain text (one line a
 * change, grouped by kind of record), JSON for scripts, Markdown and an
 * HTML page. Dataset text is escaped as the table exporters escape it. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <glib/gi18n-lib.h>

#include "atlas-diff.h"
#include "atlas-diff-report.h"
#include "atlas-export-private.h"

typedef void (*AppendFunc) (GString    *out,
                            const char *text);

static const struct {
  const char *name;
  AtlasDiffFormat format;
} formats[] = {
  { "text", ATLAS_DIFF_FORMAT_TEXT },
  { "json", ATLAS_DIFF_FORMAT_JSON },
  { "md", ATLAS_DIFF_FORMAT_MARKDOWN },
  { "markdown", ATLAS_DIFF_FORMAT_MARKDOWN },
  { "html", ATLAS_DIFF_FORMAT_HTML },
};

static void
append_plain (GString    *out,
              const char *text)
{
  g_string_append (out, text);
}

static const char *
no_value (void)
{
  /* Translators: in a diff, a field that has no value on one side */
  return C_("diff", "(none)");
}

/* "name: old → new", or the record's name for an addition or removal */
static void
append_what (GString         *out,
             AtlasDiffChange *change,
             AppendFunc       append)
{
  const char *old_value = atlas_diff_change_get_old_value (change);
  const char *new_value = atlas_diff_change_get_new_value (change);

  switch (atlas_diff_change_get_kind (change))
    {
    case ATLAS_DIFF_ADDED:
      if (new_value != NULL)
        append (out, new_value);
      break;
    case ATLAS_DIFF_REMOVED:
      if (old_value != NULL)
        append (out, old_value);
      break;
    case ATLAS_DIFF_CHANGED:
    default:
      append (out, atlas_diff_change_get_field (change));
      g_string_append (out, ": ");
      append (out, old_value != NULL ? old_value : no_value ());
      g_string_append (out, " → ");
      append (out, new_value != NULL ? new_value : no_value ());
      break;
    }
}

/* {{{ Text */

static void
write_text (GString    *out,
            GListModel *changes)
{
  guint n = g_list_model_get_n_items (changes);
  int record = -1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);
      const char *effect = atlas_diff_change_get_effect (change);

      if ((int) atlas_diff_change_get_record (change) != record)
        {
          record = atlas_diff_change_get_record (change);
          g_string_append_printf (out, "\n%s\n", atlas_diff_record_to_label (record));
        }
      const char *id = atlas_diff_change_get_id (change);
      g_autoptr(GString) line = g_string_new (NULL);

      g_string_append_printf (line, "  %s%s%s", atlas_diff_kind_to_label (atlas_diff_change_get_kind (change)),
                              *id ? " " : "", id);
      if (atlas_diff_change_get_kind (change) == ATLAS_DIFF_CHANGED || atlas_diff_change_get_new_value (change) ||
          atlas_diff_change_get_old_value (change))
        {
          g_string_append (line, atlas_diff_change_get_kind (change) == ATLAS_DIFF_CHANGED ? " " : ": ");
          append_what (line, change, append_plain);
        }
      /* A value of several lines stays under its change */
      g_string_replace (line, "\n", "\n      ", 0);
      g_string_append_len (out, line->str, line->len);
      g_string_append_c (out, '\n');
      if (effect != NULL)
        g_string_append_printf (out, "    %s\n", effect);
    }
}

/* }}} */
/* {{{ JSON */

/* "name": value, as JSON (the generator escapes the value), after a
 * comma unless @first */
static void
append_member (GString       *out,
               JsonGenerator *generator,
               const char    *name,
               const char    *value,
               gboolean       first)
{
  g_autoptr(JsonNode) node = json_node_new (value != NULL ? JSON_NODE_VALUE : JSON_NODE_NULL);

  if (value != NULL)
    json_node_set_string (node, value);
  g_string_append_printf (out, "%s\"%s\": ", first ? "" : ", ", name);
  json_generator_set_root (generator, node);
  json_generator_to_gstring (generator, out);
}

/* One change a line, written as it goes: a report of two unrelated large
 * datasets is hundreds of megabytes, and a whole json-glib tree of it
 * several times that */
static char *
write_json (GListModel *changes,
            const char *old_name,
            const char *new_name)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *summary = atlas_diff_summarize (changes);
  guint n = g_list_model_get_n_items (changes);
  GString *out = g_string_new ("{\n  ");

  append_member (out, generator, "old", old_name, TRUE);
  g_string_append (out, ",\n  ");
  append_member (out, generator, "new", new_name, TRUE);
  g_string_append (out, ",\n  ");
  append_member (out, generator, "summary", summary, TRUE);
  g_string_append (out, ",\n  \"changes\": [");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);
      AtlasDiffKind kind = atlas_diff_change_get_kind (change);

      g_string_append (out, i > 0 ? ",\n    { " : "\n    { ");
      append_member (out, generator, "change", atlas_diff_kind_to_code (kind), TRUE);
      append_member (out, generator, "record", atlas_diff_record_to_code (atlas_diff_change_get_record (change)),
                     FALSE);
      append_member (out, generator, "id", atlas_diff_change_get_id (change), FALSE);
      if (kind == ATLAS_DIFF_CHANGED)
        append_member (out, generator, "field", atlas_diff_change_get_field (change), FALSE);
      if (kind != ATLAS_DIFF_ADDED)
        append_member (out, generator, "old", atlas_diff_change_get_old_value (change), FALSE);
      if (kind != ATLAS_DIFF_REMOVED)
        append_member (out, generator, "new", atlas_diff_change_get_new_value (change), FALSE);
      if (atlas_diff_change_get_effect (change) != NULL)
        append_member (out, generator, "effect", atlas_diff_change_get_effect (change), FALSE);
      g_string_append (out, " }");
    }
  g_string_append (out, n > 0 ? "\n  ]\n}\n" : "]\n}\n");
  return g_string_free (out, FALSE);
}

/* }}} */
/* {{{ Markdown and HTML */

static char *
title (const char *old_name,
       const char *new_name)
{
  /* Translators: the title of a diff's report: two dataset files or releases */
  return g_strdup_printf (_("Changes from %s to %s"), old_name ? old_name : "?", new_name ? new_name : "?");
}

static void
write_markdown (GString    *out,
                GListModel *changes,
                const char *old_name,
                const char *new_name)
{
  g_autofree char *heading = title (old_name, new_name);
  g_autofree char *summary = atlas_diff_summarize (changes);
  guint n = g_list_model_get_n_items (changes);
  int record = -1;

  g_string_append (out, "# ");
  atlas_export_append_markdown (out, heading);
  g_string_append (out, "\n\n");
  atlas_export_append_markdown (out, summary);
  g_string_append (out, "\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);
      const char *effect = atlas_diff_change_get_effect (change);

      if ((int) atlas_diff_change_get_record (change) != record)
        {
          record = atlas_diff_change_get_record (change);
          g_string_append (out, "\n## ");
          atlas_export_append_markdown (out, atlas_diff_record_to_label (record));
          g_string_append_printf (out, "\n\n| %s | %s | %s | %s |\n| --- | --- | --- | --- |\n",
                                  /* Translators: columns of a diff's report */
                                  C_("diff column", "Change"), C_("diff column", "Record"),
                                  C_("diff column", "What"), C_("diff column", "Effect on the comparison"));
        }
      g_string_append (out, "| ");
      atlas_export_append_markdown (out, atlas_diff_kind_to_label (atlas_diff_change_get_kind (change)));
      g_string_append (out, " | ");
      atlas_export_append_markdown (out, atlas_diff_change_get_id (change));
      g_string_append (out, " | ");
      append_what (out, change, atlas_export_append_markdown);
      g_string_append (out, " | ");
      if (effect != NULL)
        atlas_export_append_markdown (out, effect);
      g_string_append (out, " |\n");
    }
}

static void
write_html (GString    *out,
            GListModel *changes,
            const char *old_name,
            const char *new_name)
{
  g_autofree char *heading = title (old_name, new_name);
  g_autofree char *summary = atlas_diff_summarize (changes);
  guint n = g_list_model_get_n_items (changes);
  int record = -1;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  atlas_export_append_html (out, C_("html lang", "en"));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"generator\" content=\"Partnership Atlas " PACKAGE_VERSION "\">\n<title>");
  atlas_export_append_html (out, heading);
  g_string_append (out, "</title>\n<style>\n"
                        "body{font-family:system-ui,sans-serif;margin:2em}\n"
                        "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25em .5em;"
                        "text-align:start;vertical-align:top}\n"
                        ".added{background:#e6f4ea}.removed{background:#fce8e6}\n"
                        "</style>\n</head>\n<body>\n<h1>");
  atlas_export_append_html (out, heading);
  g_string_append (out, "</h1>\n<p class=\"summary\">");
  atlas_export_append_html (out, summary);
  g_string_append (out, "</p>\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasDiffChange) change = g_list_model_get_item (changes, i);
      AtlasDiffKind kind = atlas_diff_change_get_kind (change);
      const char *effect = atlas_diff_change_get_effect (change);

      if ((int) atlas_diff_change_get_record (change) != record)
        {
          if (record >= 0)
            g_string_append (out, "</tbody>\n</table>\n");
          record = atlas_diff_change_get_record (change);
          g_string_append (out, "<h2>");
          atlas_export_append_html (out, atlas_diff_record_to_label (record));
          g_string_append (out, "</h2>\n<table>\n<thead><tr><th>");
          atlas_export_append_html (out, C_("diff column", "Change"));
          g_string_append (out, "</th><th>");
          atlas_export_append_html (out, C_("diff column", "Record"));
          g_string_append (out, "</th><th>");
          atlas_export_append_html (out, C_("diff column", "What"));
          g_string_append (out, "</th><th>");
          atlas_export_append_html (out, C_("diff column", "Effect on the comparison"));
          g_string_append (out, "</th></tr></thead>\n<tbody>\n");
        }
      /* The class is our own code, never dataset text */
      g_string_append_printf (out, "<tr class=\"%s\"><td>", atlas_diff_kind_to_code (kind));
      atlas_export_append_html (out, atlas_diff_kind_to_label (kind));
      g_string_append (out, "</td><td dir=\"auto\">");
      atlas_export_append_html (out, atlas_diff_change_get_id (change));
      g_string_append (out, "</td><td dir=\"auto\">");
      append_what (out, change, atlas_export_append_html);
      g_string_append (out, "</td><td dir=\"auto\">");
      if (effect != NULL)
        atlas_export_append_html (out, effect);
      g_string_append (out, "</td></tr>\n");
    }
  if (record >= 0)
    g_string_append (out, "</tbody>\n</table>\n");
  g_string_append (out, "</body>\n</html>\n");
}

/* }}} */

/**
 * atlas_diff_format_from_name:
 *
 * Returns: whether @name is a format of the diff's report: text, json, md
 *   (or markdown) or html
 */
gboolean
atlas_diff_format_from_name (const char      *name,
                             AtlasDiffFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (name, formats[i].name) == 0)
      {
        *format = formats[i].format;
        return TRUE;
      }
  return FALSE;
}

/**
 * atlas_diff_report:
 * @changes: (element-type AtlasDiffChange): from atlas_diff_datasets()
 * @old_name: (nullable): what the report calls the old dataset (its file)
 * @new_name: (nullable): and the new one
 *
 * Returns: (transfer full): the report; in text, the summary line then a
 *   line a change under a heading a kind of record, each change's effect
 *   on the comparison on an indented line below it
 */
char *
atlas_diff_report (GListModel      *changes,
                   AtlasDiffFormat  format,
                   const char      *old_name,
                   const char      *new_name)
{
  GString *out;

  g_return_val_if_fail (G_IS_LIST_MODEL (changes), NULL);

  if (format == ATLAS_DIFF_FORMAT_JSON)
    return write_json (changes, old_name, new_name);

  out = g_string_new (NULL);
  switch (format)
    {
    case ATLAS_DIFF_FORMAT_MARKDOWN:
      write_markdown (out, changes, old_name, new_name);
      break;
    case ATLAS_DIFF_FORMAT_HTML:
      write_html (out, changes, old_name, new_name);
      break;
    case ATLAS_DIFF_FORMAT_TEXT:
    case ATLAS_DIFF_FORMAT_JSON:
    default:
      {
        g_autofree char *summary = atlas_diff_summarize (changes);

        g_string_append_printf (out, "%s\n", summary);
        write_text (out, changes);
      }
      break;
    }
  return g_string_free (out, FALSE);
}
