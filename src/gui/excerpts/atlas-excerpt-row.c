/* atlas-excerpt-row.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "atlas-citation-copy.h"
#include "atlas-document.h"
#include "atlas-excerpt.h"
#include "atlas-excerpt-row.h"
#include "atlas-highlight.h"
#include "atlas-labels.h"
#include "atlas-language.h"
#include "atlas-pin-button.h"

/**
 * AtlasExcerptRow:
 *
 * One excerpt as a quotation with its source: the verbatim text (never
 * translated), the document's title, authors, publisher and date, and
 * where in the document the passage is. Matches of the search are marked.
 */

struct _AtlasExcerptRow
{
  GtkWidget parent_instance;

  AtlasExcerpt *excerpt;
  char *query;
  gboolean show_document;
  gboolean whole;                  /* the reader asked for all of a long excerpt */

  GtkLabel *quote;
  GtkWidget *whole_button;
  GtkLabel *title;
  GtkLabel *attribution;
  GtkLabel *source;
  GtkLabel *locator;
  GtkWidget *translation_box;
  GtkLabel *translation;
  AtlasPinButton *pin_button;
};

G_DEFINE_FINAL_TYPE (AtlasExcerptRow, atlas_excerpt_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXCERPT,
  PROP_QUERY,
  PROP_SHOW_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_label (GtkLabel   *label,
           const char *text,
           const char *query)
{
  atlas_highlight_label (label, text, query);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && *text != '\0');
}

/* The kind of source, so that the weight of each piece shows (“News”,
 * “Blog — weak source”), and the passage's language where it is not the
 * interface's */
static char *
describe_source (AtlasExcerpt *excerpt,
                 gboolean      show_kind)
{
  AtlasDocument *document = atlas_excerpt_get_document (excerpt);
  const char *language = atlas_excerpt_get_language (excerpt);
  g_autofree char *in_language = NULL;
  const char *kind = NULL;

  /* “Other” says nothing of a source's weight */
  if (show_kind && document != NULL && atlas_document_get_kind (document) != ATLAS_DOCUMENT_KIND_OTHER)
    kind = atlas_document_kind_describe_weight (atlas_document_get_kind (document));
  if (language != NULL && !atlas_language_tag_is_ui_language (language))
    /* Translators: the language of a quotation, as in “In Japanese” */
    in_language = g_strdup_printf (C_("excerpt language", "In %s"), atlas_language_tag_to_label (language));

  if (kind != NULL && in_language != NULL)
    return g_strconcat (kind, C_("list separator", " · "), in_language, NULL);
  return g_strdup (kind != NULL ? kind : in_language);
}

/* How much of an excerpt a row lays out until the reader asks for all of
 * it: a 1 MiB excerpt, which the format allows, laid out in a wrapping
 * label on every measure froze the window for half a minute */
#define PREVIEW_CHARS 2000

static void update (AtlasExcerptRow *self);

static void
whole_clicked_cb (AtlasExcerptRow *self)
{
  self->whole = TRUE;
  update (self);
}

static void
update (AtlasExcerptRow *self)
{
  /* Translators: opens a verbatim quotation */
  const char *open = C_("quotation", "“");
  /* Translators: closes a verbatim quotation */
  const char *close = C_("quotation", "”");
  AtlasDocument *document;
  g_autofree char *quoted = NULL;
  g_autofree char *attribution = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;
  const char *parts_locator[2];
  g_autofree char *own_locator = NULL;
  g_autoptr(GString) locator = g_string_new (NULL);
  g_autofree char *source = NULL;
  const char *translation;

  if (self->excerpt == NULL)
    {
      gtk_label_set_text (self->quote, "");
      gtk_widget_set_visible (GTK_WIDGET (self->title), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->attribution), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->locator), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->source), FALSE);
      gtk_widget_set_visible (self->translation_box, FALSE);
      return;
    }

  document = atlas_excerpt_get_document (self->excerpt);
  /* (g_utf8_strlen () counts within a number of bytes: four a character at most) */
  if (!self->whole && g_utf8_strlen (atlas_excerpt_get_text (self->excerpt), PREVIEW_CHARS * 4 + 4) > PREVIEW_CHARS)
    {
      g_autofree char *start = g_utf8_substring (atlas_excerpt_get_text (self->excerpt), 0, PREVIEW_CHARS);

      /* Translators: the start of a long quotation, cut short until the reader asks for the rest */
      quoted = g_strdup_printf (C_("quotation", "“%s …”"), start);
      gtk_widget_set_visible (self->whole_button, TRUE);
    }
  else
    {
      quoted = g_strconcat (open, atlas_excerpt_get_text (self->excerpt), close, NULL);
      gtk_widget_set_visible (self->whole_button, FALSE);
    }
  attrs = atlas_highlight_attributes (atlas_excerpt_get_text (self->excerpt), self->query, strlen (open));
  gtk_label_set_text (self->quote, quoted);
  gtk_label_set_attributes (self->quote, attrs);

  attribution = atlas_label_attribution (document);
  set_label (self->title, self->show_document ? atlas_document_get_title (document) : NULL, self->query);
  set_label (self->attribution, self->show_document ? attribution : NULL, NULL);

  source = describe_source (self->excerpt, self->show_document);
  set_label (self->source, source, NULL);
  if (self->show_document && atlas_document_is_weak (document))
    gtk_widget_add_css_class (GTK_WIDGET (self->source), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->source), "warning");

  /* The editors' words, beside the source's and never in their place */
  translation = atlas_excerpt_get_translation (self->excerpt);
  if (translation != NULL)
    {
      g_autofree char *translated = g_strconcat (open, translation, close, NULL);
      g_autoptr(PangoAttrList) marks = atlas_highlight_attributes (translation, self->query, strlen (open));

      /* Searches find a passage by its translation too: mark the match */
      gtk_label_set_text (self->translation, translated);
      gtk_label_set_attributes (self->translation, marks);
    }
  gtk_widget_set_visible (self->translation_box, translation != NULL);

  parts_locator[0] = own_locator = atlas_excerpt_describe_locator (self->excerpt);
  parts_locator[1] = self->show_document ? atlas_document_get_locator (document) : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (parts_locator); i++)
    if (parts_locator[i] != NULL)
      {
        if (locator->len > 0)
          g_string_append (locator, C_("list separator", " · "));
        g_string_append (locator, parts_locator[i]);
      }
  set_label (self->locator, locator->str, NULL);
}

static void
copy_citation_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AtlasExcerptRow *self = ATLAS_EXCERPT_ROW (widget);

  if (self->excerpt != NULL)
    atlas_citation_copy_excerpt (widget, self->excerpt);
}

static void
atlas_excerpt_row_dispose (GObject *object)
{
  AtlasExcerptRow *self = (AtlasExcerptRow *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_EXCERPT_ROW);
  /* Children the template does not name are not cleared by it */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->excerpt);

  G_OBJECT_CLASS (atlas_excerpt_row_parent_class)->dispose (object);
}

static void
atlas_excerpt_row_finalize (GObject *object)
{
  AtlasExcerptRow *self = (AtlasExcerptRow *) object;

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (atlas_excerpt_row_parent_class)->finalize (object);
}

static void
atlas_excerpt_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AtlasExcerptRow *self = ATLAS_EXCERPT_ROW (object);

  switch (prop_id)
    {
    case PROP_EXCERPT:
      g_value_set_object (value, self->excerpt);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_SHOW_DOCUMENT:
      g_value_set_boolean (value, self->show_document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_excerpt_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AtlasExcerptRow *self = ATLAS_EXCERPT_ROW (object);

  switch (prop_id)
    {
    case PROP_EXCERPT:
      atlas_excerpt_row_set_excerpt (self, g_value_get_object (value));
      break;

    case PROP_QUERY:
      atlas_excerpt_row_set_query (self, g_value_get_string (value));
      break;

    case PROP_SHOW_DOCUMENT:
      atlas_excerpt_row_set_show_document (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_excerpt_row_class_init (AtlasExcerptRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_excerpt_row_dispose;
  object_class->finalize = atlas_excerpt_row_finalize;
  object_class->get_property = atlas_excerpt_row_get_property;
  object_class->set_property = atlas_excerpt_row_set_property;

  properties[PROP_EXCERPT] =
    g_param_spec_object ("excerpt", NULL, NULL,
                         ATLAS_TYPE_EXCERPT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerptRow:query:
   *
   * The search text whose matches are marked.
   */
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * AtlasExcerptRow:show-document:
   *
   * Whether to name the document; a list of one document's excerpts
   * does not repeat it.
   */
  properties[PROP_SHOW_DOCUMENT] =
    g_param_spec_boolean ("show-document", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_PIN_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-excerpt-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, pin_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, quote);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, title);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, attribution);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, source);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, translation_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, whole_button);
  gtk_widget_class_bind_template_callback (widget_class, whole_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, translation);
  gtk_widget_class_bind_template_child (widget_class, AtlasExcerptRow, locator);

  gtk_widget_class_install_action (widget_class, "excerpt.copy-citation", NULL, copy_citation_cb);
}

static void
atlas_excerpt_row_init (AtlasExcerptRow *self)
{
  self->show_document = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_excerpt_row_new (void)
{
  return g_object_new (ATLAS_TYPE_EXCERPT_ROW, NULL);
}

AtlasExcerpt *
atlas_excerpt_row_get_excerpt (AtlasExcerptRow *self)
{
  g_return_val_if_fail (ATLAS_IS_EXCERPT_ROW (self), NULL);
  return self->excerpt;
}

void
atlas_excerpt_row_set_excerpt (AtlasExcerptRow *self,
                               AtlasExcerpt    *excerpt)
{
  g_return_if_fail (ATLAS_IS_EXCERPT_ROW (self));
  g_return_if_fail (!excerpt || ATLAS_IS_EXCERPT (excerpt));

  if (!g_set_object (&self->excerpt, excerpt))
    return;
  self->whole = FALSE;
  update (self);
  atlas_pin_button_set_excerpt (self->pin_button, excerpt);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCERPT]);
}

void
atlas_excerpt_row_set_query (AtlasExcerptRow *self,
                             const char      *query)
{
  g_return_if_fail (ATLAS_IS_EXCERPT_ROW (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;
  g_free (self->query);
  self->query = g_strdup (query);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

void
atlas_excerpt_row_set_show_document (AtlasExcerptRow *self,
                                     gboolean         show_document)
{
  g_return_if_fail (ATLAS_IS_EXCERPT_ROW (self));

  show_document = !!show_document;
  if (self->show_document == show_document)
    return;
  self->show_document = show_document;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DOCUMENT]);
}
