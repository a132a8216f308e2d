/* atlas-dataset-dialog.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-changelog-entry.h"
#include "atlas-dataset-dialog.h"
#include "atlas-date.h"
#include "atlas-record-rows.h"

/* A row with a title and a value, named for tests and hidden without a value */
static GtkWidget *
value_row (const char *name,
           const char *title,
           const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_name (row, name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  atlas_row_set_value (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static GtkWidget *
about_group (AtlasDataset *dataset)
{
  GtkWidget *group = adw_preferences_group_new ();
  const AtlasDate *updated = atlas_dataset_get_updated (dataset);
  g_autofree char *date = atlas_date_is_set (updated) ? atlas_date_format (updated) : NULL;
  const char *release = atlas_dataset_get_release (dataset);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row ("title", _("Title"), atlas_dataset_get_title (dataset)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row ("release", _("Release"),
                                        release ? release : _("Not given by the dataset")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), value_row ("updated", _("Updated"), date));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row ("licence", _("Licence"),
                                        atlas_dataset_get_licence (dataset)
                                        ? atlas_dataset_get_licence (dataset) : _("Not given by the dataset")));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             value_row ("description", _("Description"), atlas_dataset_get_description (dataset)));
  return group;
}

/* How many documents of each kind, so that the weight of the whole shows */
static GtkWidget *
sources_group (AtlasDataset *dataset)
{
  GtkWidget *group = adw_preferences_group_new ();
  guint n = g_list_model_get_n_items (atlas_dataset_get_documents (dataset));
  g_autofree char *total = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u document", "%u documents", n), n);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Sources"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), total);
  gtk_widget_set_name (group, "sources");

  for (AtlasDocumentKind kind = ATLAS_DOCUMENT_KIND_OTHER; kind <= ATLAS_DOCUMENT_KIND_FORUM; kind++)
    {
      guint count = atlas_dataset_count_documents_of_kind (dataset, kind);
      g_autofree char *value = NULL;
      GtkWidget *row;

      if (count == 0)
        continue;
      value = g_strdup_printf ("%u", count);
      row = value_row (atlas_document_kind_to_code (kind), atlas_document_kind_describe_weight (kind), NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (value));
      gtk_widget_set_visible (row, TRUE);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  return group;
}

/**
 * atlas_dataset_dialog_add_changelog:
 *
 * Adds the dataset's changelog to @page: one group a release, newest
 * first, with its date and each change as the dataset's editors wrote it
 * (here, and beside the changes between two versions).
 */
void
atlas_dataset_dialog_add_changelog (AdwPreferencesPage *page,
                                    AtlasDataset       *dataset)
{
  GPtrArray *changelog = atlas_dataset_get_changelog (dataset);

  if (changelog->len == 0)
    {
      GtkWidget *group = adw_preferences_group_new ();

      gtk_widget_set_name (group, "no-changelog");
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Changelog"));
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("The dataset gives no changelog."));
      adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
    }

  for (guint i = 0; i < changelog->len; i++)
    {
      AtlasChangelogEntry *entry = g_ptr_array_index (changelog, i);
      const char * const *changes = atlas_changelog_entry_get_changes (entry);
      g_autofree char *date = atlas_date_format (atlas_changelog_entry_get_date (entry));
      /* Translators: a heading of the dataset's changelog, as in “Release 2” */
      g_autofree char *title = g_strdup_printf (_("Release %s"), atlas_changelog_entry_get_release (entry));
      GtkWidget *group = adw_preferences_group_new ();

      gtk_widget_set_name (group, "changelog-entry");
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), date);
      for (guint j = 0; changes != NULL && changes[j] != NULL; j++)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), changes[j]);
          adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
    }
}

/**
 * atlas_dataset_dialog_new:
 *
 * A window about the dataset shown, apart from the one about the
 * application: its title, release, date, licence, how many documents of
 * each kind it rests on, and its changelog. The dataset's own text is
 * shown as written (plain text, never markup), in its language.
 *
 * Returns: (transfer floating): the window, not yet presented
 */
GtkWidget *
atlas_dataset_dialog_new (GtkWindow    *parent,
                          AtlasDataset *dataset)
{
  GtkWidget *window, *box, *header, *page;
  GtkEventController *controller;

  g_return_val_if_fail (ATLAS_IS_DATASET (dataset), NULL);

  window = g_object_new (ADW_TYPE_WINDOW,
                         "transient-for", parent,
                         "modal", TRUE,
                         "title", _("About this Dataset"),
                         "default-width", 520,
                         "default-height", 640,
                         NULL);
  gtk_widget_set_name (window, "about-dataset");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (about_group (dataset)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (sources_group (dataset)));
  atlas_dataset_dialog_add_changelog (ADW_PREFERENCES_PAGE (page), dataset);
  gtk_box_append (GTK_BOX (box), page);

  adw_window_set_content (ADW_WINDOW (window), box);

  /* Escape closes it, as it closes a dialog */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, controller);
  return window;
}
