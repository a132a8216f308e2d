/* test-citation-copy.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* “Copy Citation” under Xvfb, on an excerpt's row and on a document's
 * page: the clipboard is read back as plain text (the quotation, its
 * locator and the reference) and as CSL-JSON, and a toast says so. */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "gui-test-utils.h"

#include "atlas-citations.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-document-page.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-loader.h"
#include "atlas-selection.h"

static AtlasDataset *
load_small (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "export", "citations.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AtlasDataset *dataset = atlas_loader_load_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

typedef struct
{
  gboolean done;
  char *text;
  GOutputStream *memory;
} Read;

static gboolean
read_done (gpointer data)
{
  return ((Read *) data)->done;
}

static void
text_read_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      data)
{
  Read *read = data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static void
spliced_cb (GObject      *memory,
            GAsyncResult *result,
            gpointer      data)
{
  Read *read = data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (memory), result, &error);
  g_assert_no_error (error);
  read->text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (memory));
  read->done = TRUE;
}

static void
stream_read_cb (GObject      *clipboard,
                GAsyncResult *result,
                gpointer      data)
{
  Read *read = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  const char *mime_type = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (clipboard), result, &mime_type, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mime_type, ==, ATLAS_CSL_JSON_MIME_TYPE);
  g_output_stream_splice_async (read->memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, spliced_cb, read);
}

static char *
read_text (GdkClipboard *clipboard)
{
  Read read = { 0 };

  gdk_clipboard_read_text_async (clipboard, NULL, text_read_cb, &read);
  wait_for (read_done, &read, "the clipboard's text");
  return read.text;
}

/* The CSL-JSON on the clipboard, parsed: one item */
static JsonObject *
read_csl (GdkClipboard *clipboard,
          JsonParser   *parser)
{
  const char *mime_types[] = { ATLAS_CSL_JSON_MIME_TYPE, NULL };
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Read read = { 0 };
  JsonArray *items;

  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        "text/plain;charset=utf-8"));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        ATLAS_CSL_JSON_MIME_TYPE));
  read.memory = memory;
  gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, stream_read_cb, &read);
  wait_for (read_done, &read, "the clipboard's CSL-JSON");
  text = g_strndup (read.text, g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)));
  g_free (read.text);

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  items = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (items), ==, 1);
  return json_array_get_object_element (items, 0);
}

static gboolean
toast_shown (gpointer data)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  find_all (data, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), "Citation copied") == 0)
      return TRUE;
  return FALSE;
}

static GtkWidget *
window_with (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *toasts = adw_toast_overlay_new ();

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (toasts), child);
  gtk_window_set_child (GTK_WINDOW (window), toasts);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_idle ();
  return window;
}

static void
test_excerpt_row (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  AtlasExcerpt *excerpt = atlas_dataset_find_excerpt (dataset, "x-undated");
  GtkWidget *row = atlas_excerpt_row_new ();
  GtkWidget *window = window_with (row);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  GtkWidget *button;
  JsonObject *item;

  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (row), excerpt);
  button = find_widget (row, GTK_TYPE_BUTTON, "copy-citation");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_visible (button));
  /* An icon button has a name for screen readers */
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Copy Citation");

  g_assert_true (gtk_widget_is_sensitive (button));
  /* (as a click does: GtkButton's activate waits before it clicks) */
  g_signal_emit_by_name (button, "clicked");
  text = read_text (gtk_widget_get_clipboard (row));
  g_assert_cmpstr (text, ==, "“사이버 방위” (¶ 2)\n"
                             "한국어 제목. 연합뉴스, undated. https://example.kr/news/1 (accessed December 2026).");
  item = read_csl (gtk_widget_get_clipboard (row), parser);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "undated");
  g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "article-newspaper");
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "한국어 제목");
  wait_for (toast_shown, window, "the toast");

  /* The row copies the excerpt it shows now */
  atlas_excerpt_row_set_excerpt (ATLAS_EXCERPT_ROW (row), atlas_dataset_find_excerpt (dataset, "x-escapes"));
  g_assert_true (gtk_widget_activate_action (row, "excerpt.copy-citation", NULL));
  g_free (text);
  text = read_text (gtk_widget_get_clipboard (row));
  g_assert_true (g_str_has_prefix (text, "“Cyber defence comes first.” (p. 3)\nJörg Müller and Françoise Sagan-Dupont."));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_document_page (void)
{
  g_autoptr(AtlasDataset) dataset = load_small ();
  g_autoptr(AtlasSelection) selection = atlas_selection_new ();
  AtlasDocument *document = atlas_dataset_find_document (dataset, "org/page{é}");
  GtkWidget *page = g_object_new (ATLAS_TYPE_DOCUMENT_PAGE, NULL);
  GtkWidget *window = window_with (page);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  g_autofree char *expected = atlas_citation_reference (document);
  GtkWidget *button;
  JsonObject *item;

  atlas_selection_set_dataset (selection, dataset);
  atlas_view_set_selection (ATLAS_VIEW (page), selection);
  atlas_selection_set_item (selection, G_OBJECT (document));
  wait_for_idle ();
  g_assert_true (atlas_document_page_get_document (ATLAS_DOCUMENT_PAGE (page)) == document);

  button = find_widget (page, GTK_TYPE_BUTTON, "copy-citation");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  text = read_text (gtk_widget_get_clipboard (page));
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (text, ==, "NATO Public Diplomacy Division. An organisation’s page. NATO, 2019. "
                             "https://example.org/a%20b?x=1&y=2 (accessed 1 December 2026).");
  item = read_csl (gtk_widget_get_clipboard (page), parser);
  g_assert_cmpstr (json_object_get_string_member (item, "id"), ==, "org-page");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (item, "author"), 0), "literal"), ==,
                   "NATO Public Diplomacy Division");
  wait_for (toast_shown, window, "the toast");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");
  adw_init ();

  g_test_add_func ("/citation-copy/excerpt-row", test_excerpt_row);
  g_test_add_func ("/citation-copy/document-page", test_document_page);

  return g_test_run ();
}
