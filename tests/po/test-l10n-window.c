/* test-l10n-window.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window starts in each language of po/LINGUAS with its title and the
 * built-in dataset's names translated, as the po file says. Runs under
 * Xvfb, with the build tree's catalogues (ATLAS_LOCALEDIR). */

#include "config.h"

#include <locale.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <glib/gi18n.h>

#include "atlas-compare-page.h"
#include "atlas-diff-marks.h"
#include "atlas-diff-window.h"
#include "atlas-labels.h"
#include "atlas-loader.h"
#include "atlas-programme.h"
#include "atlas-programme-list.h"
#include "atlas-window.h"

#include "po-lookup.h"

/* glibc keeps translations it has looked up; this tells it the language changed */
extern int _nl_msg_cat_cntr;

static void
test_window (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *title = NULL;
  g_autofree char *dataset_title = NULL;
  g_autofree char *builtin = po_lookup (lang, NULL, "Built-in dataset");
  g_autofree char *programme_title = NULL;
  g_autoptr(AtlasProgramme) first = NULL;
  g_autoptr(AtlasDataset) english = NULL;
  g_autoptr(GError) error = NULL;
  AtlasProgramme *original;
  AtlasWindow *window;
  AtlasDataset *dataset;

  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;

  window = atlas_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* The window title is the dataset's title and its file, both in the
   * language, as the po file translates them */
  dataset = atlas_window_get_dataset (window);
  g_assert_nonnull (dataset);
  english = atlas_loader_load_builtin (&error);
  g_assert_no_error (error);
  dataset_title = po_lookup (lang, "dataset: title", atlas_dataset_get_title (english));
  g_assert_nonnull (dataset_title);
  g_assert_nonnull (builtin);
  g_assert_cmpstr (dataset_title, !=, atlas_dataset_get_title (english));
  title = g_strdup_printf ("%s — %s", dataset_title, builtin);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);

  /* The built-in dataset the window shows speaks the same language */
  g_assert_true (atlas_dataset_is_translated (dataset));
  g_assert_false (atlas_dataset_is_translated (english));
  first = g_list_model_get_item (atlas_dataset_get_programmes (dataset), 0);
  g_assert_nonnull (first);
  original = atlas_dataset_find_programme (english, atlas_programme_get_id (first));
  programme_title = po_lookup (lang, "dataset: programme", atlas_programme_get_title (original));
  g_assert_nonnull (programme_title);
  g_assert_cmpstr (atlas_programme_get_title (first), ==, programme_title);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_changes (gpointer data)
{
  AtlasWindow *window = data;
  AtlasSelection *selection = atlas_window_get_selection (window);

  return selection != NULL && atlas_selection_get_changes (selection) != NULL;
}

/* The built-in dataset shown in another language against another release
 * of it: what changed in the data, not the names the window translated */
static void
test_changes_since (gconstpointer data)
{
  const char *lang = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "atlas-dataset.json", NULL);
  g_autofree char *older = g_build_filename (g_get_tmp_dir (), "atlas-test-l10n-release.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (older);
  g_autoptr(GError) error = NULL;
  AtlasDiffMarks *marks;
  AtlasWindow *window;
  gint64 deadline;

  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;

  /* release 1, the same data but its number */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "\"release\": \"2\"", "\"release\": \"1\"", 1), ==, 1);
  g_file_set_contents (older, text->str, text->len, &error);
  g_assert_no_error (error);

  window = atlas_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  atlas_diff_window_mark_changes_since (window, file);
  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (!has_changes (window) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  marks = atlas_selection_get_changes (atlas_window_get_selection (window));
  g_assert_nonnull (marks);
  g_assert_cmpuint (g_list_model_get_n_items (atlas_diff_marks_get_changes (marks)), ==, 1);
  {
    g_autoptr(AtlasDiffChange) change = g_list_model_get_item (atlas_diff_marks_get_changes (marks), 0);

    g_assert_cmpint (atlas_diff_change_get_record (change), ==, ATLAS_DIFF_RECORD_DATASET);
    g_assert_cmpstr (atlas_diff_change_get_field (change), ==, "release");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (older);
}

/* Every label under @widget, within a widget of type @within, whose text
 * is in @texts */
static void
find_labels_in (GtkWidget  *widget,
                GType       within,
                GHashTable *texts,
                GPtrArray  *found)
{
  if (GTK_IS_LABEL (widget) && g_hash_table_contains (texts, gtk_label_get_text (GTK_LABEL (widget))) &&
      gtk_widget_get_ancestor (widget, within) != NULL)
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    find_labels_in (child, within, texts, found);
}

/* Every label of the programmes table under @widget whose text is in @texts */
static void
find_labels (GtkWidget  *widget,
             GHashTable *texts,
             GPtrArray  *found)
{
  find_labels_in (widget, ATLAS_TYPE_PROGRAMME_LIST, texts, found);
}

/* At 1280 × 800, with the sidebar and the excerpts beside it, the
 * programmes table shows each programme's period and signing date whole:
 * not ellipsized, and not past the visible edge of the table. A planned
 * period is marked by an icon, and dates on which sources disagree by
 * another, the words in their tooltips. Run with the app's style sheet,
 * which AtlasApplication loads. */
static void
test_table_columns (gconstpointer data)
{
  const char *lang = data;
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *scrolled = NULL;
  AtlasWindow *window;
  GListModel *programmes;
  guint n_periods = 0, n_dates = 0;

  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;

  window = atlas_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  programmes = atlas_dataset_get_programmes (atlas_window_get_dataset (window));
  for (guint i = 0; i < g_list_model_get_n_items (programmes); i++)
    {
      g_autoptr(AtlasProgramme) programme = g_list_model_get_item (programmes, i);
      GPtrArray *claims = atlas_programme_get_signed (programme);
      char *period = atlas_label_period (programme);

      if (period != NULL)
        n_periods += g_hash_table_add (texts, period);
      /* Where sources disagree the cell has an icon as well, and may give
       * way in a language of long words (“11 juil. 2023”) */
      if (claims != NULL && claims->len > 0 && !atlas_claims_disagree (claims))
        n_dates += g_hash_table_add (texts, atlas_label_claims_short (claims));
    }
  g_assert_cmpuint (n_periods, >, 1);
  g_assert_cmpuint (n_dates, >, 5);

  /* Until the rows are built and laid out */
  for (guint i = 0; i < 1000 && (scrolled == NULL || gtk_widget_get_width (scrolled) == 0 ||
                                 gtk_widget_get_width (g_ptr_array_index (labels, 0)) == 0); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      g_ptr_array_set_size (labels, 0);
      find_labels (GTK_WIDGET (window), texts, labels);
      scrolled = labels->len ? gtk_widget_get_ancestor (g_ptr_array_index (labels, 0), GTK_TYPE_SCROLLED_WINDOW) : NULL;
    }
  g_assert_cmpuint (labels->len, >=, n_periods + n_dates);
  /* (less the client-side decorations' margins) */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1260);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      graphene_rect_t bounds;

      if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
        {
          int min_w, nat_w;
          gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_HORIZONTAL, -1, &min_w, &nat_w, NULL, NULL);
          g_error ("“%s” is cut: %d wide of %d, scrolled %d", gtk_label_get_text (label), gtk_widget_get_width (GTK_WIDGET (label)), nat_w, gtk_widget_get_width (scrolled));
        }
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (label), scrolled, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      if (bounds.origin.x + bounds.size.width > gtk_widget_get_width (scrolled))
        g_error ("“%s” is past the table's edge", gtk_label_get_text (label));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* On a narrow window the Compare page's first column shows its title
 * whole in every language (the French one was cut mid-word) */
static void
test_compare_title_narrow (gconstpointer data)
{
  const char *lang = data;
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  AtlasWindow *window;
  GtkWidget *title = NULL;
  GtkWidget *label;
  GtkWidget *next;
  graphene_rect_t bounds, next_bounds;
  int natural = 0;

  g_setenv ("LANGUAGE", lang, TRUE);
  ++_nl_msg_cat_cntr;

  window = atlas_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 400, 800);
  gtk_window_present (GTK_WINDOW (window));
  /* Once the window is narrow and folded, its pages beside the sidebar */
  for (guint i = 0; i < 2000 && gtk_widget_get_width (GTK_WIDGET (window)) == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  /* (400 plus the client-side decorations' margins) */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 440);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "compare"));
  g_hash_table_add (titles, (gpointer) _("Cooperation Area"));

  for (guint i = 0; i < 2000 && (labels->len == 0 || gtk_widget_get_width (g_ptr_array_index (labels, 0)) == 0); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      g_ptr_array_set_size (labels, 0);
      find_labels_in (GTK_WIDGET (window), ATLAS_TYPE_COMPARE_PAGE, titles, labels);
    }
  g_assert_cmpuint (labels->len, ==, 1);
  /* The page narrows its columns at an idle after its size changed */
  for (guint i = 0; i < 200; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  label = g_ptr_array_index (labels, 0);
  for (GtkWidget *w = label; w != NULL && title == NULL; w = gtk_widget_get_parent (w))
    if (g_str_equal (G_OBJECT_TYPE_NAME (w), "GtkColumnViewTitle"))
      title = w;
  g_assert_nonnull (title);

  /* The next column's title starts after the whole text: a title wider
   * than its column is drawn under the next one */
  next = gtk_widget_get_next_sibling (title);
  g_assert_nonnull (next);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (label), >=, natural);
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (window), &bounds));
  g_assert_true (gtk_widget_compute_bounds (next, GTK_WIDGET (window), &next_bounds));
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, next_bounds.origin.x);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_auto(GStrv) languages = NULL;

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() asks for en_US.UTF-8, which need not exist */
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("ATLAS_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();
  {
    /* What AtlasApplication loads from its resources by itself */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/io/github/partnership_atlas/PartnershipAtlas/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  languages = po_linguas ();
  /* The table in English too, untranslated */
  g_test_add_data_func ("/l10n-window/en/table-columns", "en", test_table_columns);
  for (guint i = 0; languages[i]; i++)
    {
      g_autofree char *path = g_strdup_printf ("/l10n-window/%s/title", languages[i]);
      g_autofree char *table = g_strdup_printf ("/l10n-window/%s/table-columns", languages[i]);
      g_autofree char *compare = g_strdup_printf ("/l10n-window/%s/compare-title-narrow", languages[i]);
      g_autofree char *changes = g_strdup_printf ("/l10n-window/%s/changes-since", languages[i]);

      g_test_add_data_func (path, languages[i], test_window);
      g_test_add_data_func (table, languages[i], test_table_columns);
      g_test_add_data_func (compare, languages[i], test_compare_title_narrow);
      g_test_add_data_func (changes, languages[i], test_changes_since);
    }

  return g_test_run ();
}
