/* atlas-diff-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* “Compare with Another Version…”: a second dataset chosen and loaded,
 * and a window with what changed between it and the one shown — the
 * summary, the changes by kind of record, each with its old and new value
 * and what it does to the comparison — with the newer version's changelog
 * beside them. */

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-dataset-dialog.h"
#include "atlas-date.h"
#include "atlas-citations.h"
#include "atlas-diff.h"
#include "atlas-diff-marks.h"
#include "atlas-diff-window.h"
#include "atlas-excerpt.h"
#include "atlas-loader.h"
#include "atlas-problems-dialog.h"
#include "atlas-text.h"
#include "atlas-window.h"

/* Rows a kind of record shows at the most; the command line lists all */
#define MAX_ROWS_PER_KIND 200

/* What the window calls a version: its release, or its file's name */
static char *
version_name (AtlasDataset *dataset)
{
  const char *release = atlas_dataset_get_release (dataset);
  GFile *file = atlas_dataset_get_file (dataset);

  if (release != NULL)
    {
      g_autofree char *isolated = atlas_text_isolate_bidi (release);

      /* Translators: a version of a dataset, by its release, as in “release 2” */
      return g_strdup_printf (_("release %s"), isolated);
    }
  if (file != NULL)
    {
      g_autofree char *base = g_file_get_basename (file);

      return atlas_text_isolate_bidi (base);
    }
  return g_strdup (_("the built-in dataset"));
}

/* The date a version was made: its newest changelog entry, or when it was
 * last checked */
static const AtlasDate *
version_date (AtlasDataset *dataset)
{
  const AtlasDate *date = atlas_dataset_get_release_date (dataset);

  return atlas_date_is_set (date) ? date : atlas_dataset_get_updated (dataset);
}

/* “old → new”, and what moves in the comparison on a line below */
static char *
describe (AtlasDiffChange *change)
{
  g_autofree char *old_text = atlas_diff_value_to_text (atlas_diff_change_get_old_value (change));
  g_autofree char *new_text = atlas_diff_value_to_text (atlas_diff_change_get_new_value (change));
  const char *effect = atlas_diff_change_get_effect (change);
  g_autofree char *what = NULL;

  switch (atlas_diff_change_get_kind (change))
    {
    case ATLAS_DIFF_ADDED:
      what = g_steal_pointer (&new_text);
      break;
    case ATLAS_DIFF_REMOVED:
      what = g_steal_pointer (&old_text);
      break;
    case ATLAS_DIFF_CHANGED:
    default:
      what = g_strdup_printf ("%s → %s", old_text, new_text);
      break;
    }
  if (effect == NULL)
    return g_steal_pointer (&what);
  return g_strdup_printf ("%s\n%s", what, effect);
}

/* {{{ The evidence on both sides */

/* The excerpts behind a changed record, in one version, as rows of its
 * expander: the quote and where it is from */
static void
add_evidence (AdwExpanderRow *expander,
              GPtrArray      *excerpts,
              const char     *version)
{
  GtkWidget *heading = adw_action_row_new ();
  g_autofree char *title = NULL;

  if (excerpts->len == 0)
    /* Translators: under a change, where one version has no evidence for the record, as in “release 1: no excerpt” */
    title = g_strdup_printf (_("%s: no excerpt"), version);
  else
    /* Translators: under a change, heading the evidence one version gives, as in “In release 1” */
    title = g_strdup_printf (_("In %s"), version);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (heading), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (heading), title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_name (heading, "evidence-heading");
  adw_expander_row_add_row (expander, heading);

  for (guint i = 0; i < excerpts->len; i++)
    {
      AtlasExcerpt *excerpt = g_ptr_array_index (excerpts, i);
      AtlasDocument *document = atlas_excerpt_get_document (excerpt);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *quote = atlas_diff_value_to_text (atlas_excerpt_get_text (excerpt));
      g_autofree char *quoted = g_strdup_printf (_("“%s”"), quote);
      g_autofree char *reference = document != NULL ? atlas_citation_reference (document) : NULL;

      gtk_widget_set_name (row, "evidence");
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), quoted);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 6);
      if (reference != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reference);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_expander_row_add_row (expander, row);
    }
}

/* The rows are made when the reader opens the change, once */
static void
expanded_cb (AdwExpanderRow *expander,
             GParamSpec     *pspec,
             AtlasDiffMarks *marks)
{
  AtlasDiffChange *change = g_object_get_data (G_OBJECT (expander), "change");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  if (!adw_expander_row_get_expanded (expander) || g_object_get_data (G_OBJECT (expander), "filled"))
    return;
  g_object_set_data (G_OBJECT (expander), "filled", GINT_TO_POINTER (TRUE));
  before = atlas_diff_marks_get_evidence (marks, change, FALSE);
  after = atlas_diff_marks_get_evidence (marks, change, TRUE);
  add_evidence (expander, before, atlas_diff_marks_get_old_name (marks));
  add_evidence (expander, after, atlas_diff_marks_get_new_name (marks));
}

/* Records whose evidence a reader can weigh on both sides */
static gboolean
has_evidence (AtlasDiffChange *change)
{
  switch (atlas_diff_change_get_record (change))
    {
    case ATLAS_DIFF_RECORD_PARTNER:
    case ATLAS_DIFF_RECORD_EXCERPT:
    case ATLAS_DIFF_RECORD_PROGRAMME:
    case ATLAS_DIFF_RECORD_PROGRAMME_AREA:
    case ATLAS_DIFF_RECORD_EVENT:
      return TRUE;
    case ATLAS_DIFF_RECORD_DATASET:
    case ATLAS_DIFF_RECORD_CHANGELOG:
    case ATLAS_DIFF_RECORD_AREA_GROUP:
    case ATLAS_DIFF_RECORD_AREA:
    case ATLAS_DIFF_RECORD_DOCUMENT:
    case ATLAS_DIFF_N_RECORDS:
    default:
      return FALSE;
    }
}

/* }}} */

static GtkWidget *
change_row (AtlasDiffChange *change,
            AtlasDiffMarks  *marks)
{
  gboolean expands = has_evidence (change);
  GtkWidget *row = expands ? adw_expander_row_new () : adw_action_row_new ();
  g_autofree char *id = atlas_text_isolate_bidi (atlas_diff_change_get_id (change));
  g_autofree char *subtitle = describe (change);
  g_autofree char *title = NULL;

  if (*id == '\0')
    /* The dataset's own details: no id */
    title = g_strdup_printf (C_("diff row", "%s %s"), atlas_diff_kind_to_label (atlas_diff_change_get_kind (change)),
                             atlas_diff_change_get_field (change));
  else if (atlas_diff_change_get_kind (change) == ATLAS_DIFF_CHANGED)
    /* Translators: a row of the changes between two versions: what
     * happened, the record's id, the field, as in “changed jpn-itpp/space · status” */
    title = g_strdup_printf (_("%s %s · %s"), atlas_diff_kind_to_label (atlas_diff_change_get_kind (change)),
                             id, atlas_diff_change_get_field (change));
  else
    title = g_strdup_printf (C_("diff row", "%s %s"), atlas_diff_kind_to_label (atlas_diff_change_get_kind (change)),
                             id);

  gtk_widget_set_name (row, "change");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (expands)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
      g_object_set_data_full (G_OBJECT (row), "change", g_object_ref (change), g_object_unref);
      g_signal_connect_object (row, "notify::expanded", G_CALLBACK (expanded_cb), marks, 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Opens the evidence in both versions"), -1);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
    }
  gtk_widget_add_css_class (row, "property");
  if (atlas_diff_change_get_effect (change) != NULL)
    gtk_widget_add_css_class (row, "effect");
  return row;
}

static GtkWidget *
changes_page (AtlasDiffMarks *marks)
{
  GListModel *changes = atlas_diff_marks_get_changes (marks);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *summary = adw_preferences_group_new ();
  g_autofree char *title = g_strdup_printf (_("Changes from %s to %s"), atlas_diff_marks_get_old_name (marks),
                                            atlas_diff_marks_get_new_name (marks));
  g_autofree char *line = atlas_diff_summarize (changes);
  guint n = g_list_model_get_n_items (changes);
  GtkWidget *group = NULL;
  int record = -1;
  guint shown = 0, left_out = 0;

  gtk_widget_set_name (page, "changes");
  gtk_widget_set_hexpand (page, TRUE);
  gtk_widget_set_name (summary, "summary");
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (summary), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (summary), line);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (summary));

  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(AtlasDiffChange) change = i < n ? g_list_model_get_item (changes, i) : NULL;

      if (change == NULL || (int) atlas_diff_change_get_record (change) != record)
        {
          if (left_out > 0)
            {
              g_autofree char *more =
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u more change; partnership-atlas --diff lists them all",
                                              "%u more changes; partnership-atlas --diff lists them all",
                                              left_out), left_out);
              GtkWidget *row = adw_action_row_new ();

              adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
              adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
            }
          if (change == NULL)
            break;
          record = atlas_diff_change_get_record (change);
          shown = left_out = 0;
          group = adw_preferences_group_new ();
          gtk_widget_set_name (group, atlas_diff_record_to_code (record));
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), atlas_diff_record_to_label (record));
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
        }
      if (shown++ < MAX_ROWS_PER_KIND)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), change_row (change, marks));
      else
        left_out++;
    }
  return page;
}

static AtlasDiffMarks *
marks_new (GListModel   *changes,
           AtlasDataset *old_dataset,
           AtlasDataset *new_dataset)
{
  g_autofree char *old_name = version_name (old_dataset);
  g_autofree char *new_name = version_name (new_dataset);

  return atlas_diff_marks_new (changes, old_dataset, new_dataset, old_name, new_name);
}

static GtkWidget *
window_new (GtkWindow      *parent,
            AtlasDiffMarks *marks)
{
  GtkWidget *window, *box, *panes, *changelog, *heading, *header;
  GtkEventController *controller;

  window = g_object_new (ADW_TYPE_WINDOW,
                         "transient-for", parent,
                         "modal", FALSE,
                         "title", _("Changes Between Versions"),
                         "default-width", 1000,
                         "default-height", 700,
                         NULL);
  gtk_widget_set_name (window, "compare-version");

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);

  panes = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_set_vexpand (panes, TRUE);
  gtk_paned_set_start_child (GTK_PANED (panes), changes_page (marks));
  gtk_paned_set_resize_start_child (GTK_PANED (panes), TRUE);
  gtk_paned_set_shrink_start_child (GTK_PANED (panes), FALSE);

  changelog = adw_preferences_page_new ();
  gtk_widget_set_name (changelog, "changelog");
  gtk_widget_set_size_request (changelog, 320, -1);
  heading = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (heading), C_("diff heading", "Changelog"));
  /* Translators: under the changelog beside the changes between two versions */
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (heading),
                                         _("What the dataset’s editors say changed, release by release"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (changelog), ADW_PREFERENCES_GROUP (heading));
  atlas_dataset_dialog_add_changelog (ADW_PREFERENCES_PAGE (changelog), atlas_diff_marks_get_new_dataset (marks));
  gtk_paned_set_end_child (GTK_PANED (panes), changelog);
  gtk_paned_set_resize_end_child (GTK_PANED (panes), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (panes), FALSE);
  gtk_box_append (GTK_BOX (box), panes);

  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data_full (G_OBJECT (window), "marks", g_object_ref (marks), g_object_unref);

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("window.close")));
  gtk_widget_add_controller (window, controller);
  return window;
}

/**
 * atlas_diff_window_new:
 *
 * The changes from @old_dataset to @new_dataset, with @new_dataset's
 * changelog beside them. Dataset text is shown as written (never markup),
 * isolated from the window's own words.
 *
 * Returns: (transfer floating): the window, not yet presented
 */
GtkWidget *
atlas_diff_window_new (GtkWindow    *parent,
                       AtlasDataset *old_dataset,
                       AtlasDataset *new_dataset)
{
  g_autoptr(GListModel) changes = NULL;
  g_autoptr(AtlasDiffMarks) marks = NULL;

  g_return_val_if_fail (ATLAS_IS_DATASET (old_dataset), NULL);
  g_return_val_if_fail (ATLAS_IS_DATASET (new_dataset), NULL);

  changes = atlas_diff_datasets (old_dataset, new_dataset);
  marks = marks_new (changes, old_dataset, new_dataset);
  return window_new (parent, marks);
}

/**
 * atlas_diff_window_new_for_marks:
 *
 * The window of the changes the main window marks.
 *
 * Returns: (transfer floating): the window, not yet presented
 */
GtkWidget *
atlas_diff_window_new_for_marks (GtkWindow      *parent,
                                 AtlasDiffMarks *marks)
{
  g_return_val_if_fail (ATLAS_IS_DIFF_MARKS (marks), NULL);

  return window_new (parent, marks);
}

/* {{{ Choosing and loading the other version */

typedef struct
{
  GtkWindow *parent;
  AtlasSelection *selection;
  AtlasDataset *dataset;
  /* Once the other version is loaded: the older and the newer */
  AtlasDataset *old_dataset;
  AtlasDataset *new_dataset;
  /* the window of the changes, besides the marks */
  gboolean present;
} Choice;

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->parent);
  g_clear_object (&choice->selection);
  g_clear_object (&choice->dataset);
  g_clear_object (&choice->old_dataset);
  g_clear_object (&choice->new_dataset);
  g_free (choice);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Choice, choice_free)

/* The datasets never change once loaded, so a worker may read them */
static void
diff_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Choice *choice = task_data;
  AtlasDataset *old_dataset = choice->old_dataset;
  AtlasDataset *new_dataset = choice->new_dataset;
  g_autoptr(AtlasDataset) as_loaded = NULL;

  /* What changed in the data, not in the language it is shown in: the
   * built-in dataset as its file has it, not with the names the window
   * translated (it loaded once already; should it not now, the shown one
   * it is) */
  if (atlas_dataset_is_translated (choice->dataset))
    as_loaded = atlas_loader_load_builtin (NULL);
  if (as_loaded != NULL && old_dataset == choice->dataset)
    old_dataset = as_loaded;
  if (as_loaded != NULL && new_dataset == choice->dataset)
    new_dataset = as_loaded;
  g_task_return_pointer (task, atlas_diff_datasets (old_dataset, new_dataset), g_object_unref);
}

static void
diffed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Choice *choice = g_task_get_task_data (G_TASK (result));
  g_autoptr(GListModel) changes = g_task_propagate_pointer (G_TASK (result), NULL);

  g_autoptr(AtlasDiffMarks) marks = marks_new (changes, choice->old_dataset, choice->new_dataset);

  /* The main window marks the changes on its pages, unless it went on to
   * another dataset meanwhile */
  if (atlas_selection_get_dataset (choice->selection) == choice->dataset)
    atlas_selection_set_changes (choice->selection, marks);
  if (choice->present)
    gtk_window_present (GTK_WINDOW (window_new (choice->parent, marks)));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(Choice) choice = user_data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasDataset) other = atlas_loader_load_file_finish (result, &problems, &error);
  g_autoptr(GTask) task = NULL;

  if (other == NULL)
    {
      gtk_window_present (GTK_WINDOW (atlas_problems_dialog_new (choice->parent, G_FILE (source),
                                                                 problems, error)));
      return;
    }
  /* The older version first, by the date of its release: the window
   * says what came since */
  if (atlas_date_is_set (version_date (other)) && atlas_date_is_set (version_date (choice->dataset)) &&
      atlas_date_compare (version_date (other), version_date (choice->dataset)) < 0)
    {
      choice->old_dataset = g_steal_pointer (&other);
      choice->new_dataset = g_object_ref (choice->dataset);
    }
  else
    {
      choice->old_dataset = g_object_ref (choice->dataset);
      choice->new_dataset = g_steal_pointer (&other);
    }
  /* Two large datasets take a moment to compare: not on the main loop */
  task = g_task_new (NULL, NULL, diffed_cb, NULL);
  g_task_set_task_data (task, g_steal_pointer (&choice), (GDestroyNotify) choice_free);
  g_task_run_in_thread (task, diff_thread);
}

static Choice *
choice_new (GtkWindow      *parent,
            AtlasSelection *selection,
            gboolean        present)
{
  Choice *choice = g_new0 (Choice, 1);

  choice->parent = g_object_ref (parent);
  choice->selection = g_object_ref (selection);
  choice->dataset = g_object_ref (atlas_selection_get_dataset (selection));
  choice->present = present;
  return choice;
}

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           gpointer         user_data)
{
  Choice *choice = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        {
          atlas_loader_load_file_async (file, NULL, loaded_cb, choice);
          choice = NULL;
        }
    }
  g_clear_pointer (&choice, choice_free);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

/**
 * atlas_diff_window_choose:
 *
 * Asks for another version of the dataset of @selection, loads it, marks
 * the changes in @selection (for the views to show) and shows what changed
 * from the older of the two to the newer (by the date of their newest
 * changelog entries, or when they were updated; the one shown counts as
 * the older when that cannot tell). A file that does not load gets the
 * problems dialog; the window stays as it was.
 */
void
atlas_diff_window_choose (GtkWindow      *parent,
                          AtlasSelection *selection)
{
  AtlasDataset *dataset;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  Choice *choice;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (ATLAS_IS_SELECTION (selection));

  dataset = atlas_selection_get_dataset (selection);
  g_return_if_fail (ATLAS_IS_DATASET (dataset));

  gtk_file_filter_set_name (json, _("JSON Datasets"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  chooser = gtk_file_chooser_native_new (_("Compare with Another Version"), parent, GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Compare"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  choice = choice_new (parent, selection, TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), choice);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* }}} */

/* {{{ From the command line: --changes-since=FILE */

/* Once the window has its dataset (the one the command line names, or
 * the built-in one), once */
static void
maybe_mark (GFile *file)
{
  AtlasWindow *window = g_object_get_data (G_OBJECT (file), "window");
  AtlasSelection *selection = atlas_window_get_selection (window);

  if (atlas_window_get_loading (window) || atlas_selection_get_dataset (selection) == NULL)
    return;
  g_signal_handlers_disconnect_by_func (window, maybe_mark, file);
  g_signal_handlers_disconnect_by_func (selection, maybe_mark, file);
  atlas_loader_load_file_async (file, NULL, loaded_cb, choice_new (GTK_WINDOW (window), selection, FALSE));
}

static gboolean
mark_idle (gpointer data)
{
  GFile *file = data;
  AtlasWindow *window = g_object_get_data (G_OBJECT (file), "window");

  g_signal_connect_data (window, "notify::loading", G_CALLBACK (maybe_mark), g_object_ref (file),
                         (GClosureNotify) (void (*) (void)) g_object_unref, G_CONNECT_SWAPPED);
  g_signal_connect_data (atlas_window_get_selection (window), "notify::dataset", G_CALLBACK (maybe_mark),
                         g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref,
                         G_CONNECT_SWAPPED);
  maybe_mark (file);
  return G_SOURCE_REMOVE;
}

/**
 * atlas_diff_window_mark_changes_since:
 * @file: another version of the dataset the window shows (or is about to)
 *
 * Once the window has its dataset, loads @file and marks on the window's
 * pages what changed between the two; a file that does not load gets the
 * problems dialog.
 */
void
atlas_diff_window_mark_changes_since (AtlasWindow *window,
                                      GFile       *file)
{
  g_autoptr(GFile) other = NULL;

  g_return_if_fail (ATLAS_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  other = g_file_dup (file);
  g_object_set_data_full (G_OBJECT (other), "window", g_object_ref (window), g_object_unref);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, mark_idle, g_steal_pointer (&other), g_object_unref);
}

/* }}} */
