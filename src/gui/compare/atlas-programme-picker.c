/* atlas-programme-picker.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The programme picker: a searchable list of check buttons, one per
 * programme of the dataset, checked for the chosen ones. It only shows the
 * choice; the Compare page owns it and hears of each change through
 * ::toggled. Escape clears the search, and on an empty search emits
 * ::dismissed so that its owner can close it (GtkSearchEntry takes the
 * key, so a popover around it never sees it). */

#include "config.h"

#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-picker.h"

struct _AtlasProgrammePicker
{
  GtkWidget parent_instance;

  GtkSearchEntry *search;
  GtkListView *list;

  GListModel *programmes;
  GtkFilterListModel *filtered;
  GtkStringFilter *filter;
  GPtrArray *chosen;                /* AtlasProgramme */
  GHashTable *bound_checks;         /* GtkCheckButton, bound to an item */
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (AtlasProgrammePicker, atlas_programme_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROGRAMMES,
  N_PROPS
};

enum {
  TOGGLED,
  DISMISSED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_chosen (AtlasProgrammePicker *self,
           AtlasProgramme       *programme)
{
  return self->chosen != NULL && g_ptr_array_find (self->chosen, programme, NULL);
}

static char *
search_text (AtlasProgramme *programme)
{
  AtlasPartner *partner = atlas_programme_get_partner (programme);

  return g_strjoin (" ", atlas_programme_get_short_label (programme), atlas_programme_get_title (programme),
                    atlas_programme_get_id (programme), partner ? atlas_partner_get_name (partner) : "", NULL);
}

static void
check_toggled_cb (GtkCheckButton       *check,
                  AtlasProgrammePicker *self)
{
  AtlasProgramme *programme = g_object_get_data (G_OBJECT (check), "atlas-programme");

  if (self->syncing || programme == NULL)
    return;
  if (gtk_check_button_get_active (check) != is_chosen (self, programme))
    g_signal_emit (self, signals[TOGGLED], 0, programme);
}

static void
setup_cb (AtlasProgrammePicker *self,
          GtkListItem          *item)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 40);
  gtk_widget_add_css_class (title, "dim-label");
  gtk_widget_add_css_class (title, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_list_item_set_child (item, check);
}

static void
bind_cb (AtlasProgrammePicker *self,
         GtkListItem          *item)
{
  AtlasProgramme *programme = gtk_list_item_get_item (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_check_button_get_child (GTK_CHECK_BUTTON (check));
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (label);

  gtk_label_set_text (GTK_LABEL (label), atlas_programme_get_short_label (programme));
  gtk_label_set_text (GTK_LABEL (title), atlas_programme_get_title (programme));
  g_object_set_data_full (G_OBJECT (check), "atlas-programme", g_object_ref (programme), g_object_unref);
  self->syncing = TRUE;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_chosen (self, programme));
  self->syncing = FALSE;
  g_hash_table_add (self->bound_checks, check);
}

static void
unbind_cb (AtlasProgrammePicker *self,
           GtkListItem          *item)
{
  GtkWidget *check = gtk_list_item_get_child (item);

  g_hash_table_remove (self->bound_checks, check);
  g_object_set_data (G_OBJECT (check), "atlas-programme", NULL);
}

static void
activate_cb (AtlasProgrammePicker *self,
             guint                 position)
{
  g_autoptr(AtlasProgramme) programme = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  if (programme != NULL)
    g_signal_emit (self, signals[TOGGLED], 0, programme);
}

static void
search_changed_cb (AtlasProgrammePicker *self)
{
  gtk_string_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search)));
}

/* Enter in the search toggles the programme when one is left. */
static void
search_activate_cb (AtlasProgrammePicker *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 1)
    activate_cb (self, 0);
}

static void
search_stop_cb (AtlasProgrammePicker *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  else
    g_signal_emit (self, signals[DISMISSED], 0);
}

static void
atlas_programme_picker_dispose (GObject *object)
{
  AtlasProgrammePicker *self = (AtlasProgrammePicker *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PROGRAMME_PICKER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->programmes);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->chosen, g_ptr_array_unref);

  G_OBJECT_CLASS (atlas_programme_picker_parent_class)->dispose (object);
}

static void
atlas_programme_picker_finalize (GObject *object)
{
  AtlasProgrammePicker *self = (AtlasProgrammePicker *) object;

  g_clear_pointer (&self->bound_checks, g_hash_table_unref);

  G_OBJECT_CLASS (atlas_programme_picker_parent_class)->finalize (object);
}

static void
atlas_programme_picker_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AtlasProgrammePicker *self = ATLAS_PROGRAMME_PICKER (object);

  switch (prop_id)
    {
    case PROP_PROGRAMMES:
      g_value_set_object (value, self->programmes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_picker_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AtlasProgrammePicker *self = ATLAS_PROGRAMME_PICKER (object);

  switch (prop_id)
    {
    case PROP_PROGRAMMES:
      atlas_programme_picker_set_programmes (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_programme_picker_class_init (AtlasProgrammePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_programme_picker_dispose;
  object_class->finalize = atlas_programme_picker_finalize;
  object_class->get_property = atlas_programme_picker_get_property;
  object_class->set_property = atlas_programme_picker_set_property;

  /**
   * AtlasProgrammePicker:programmes:
   *
   * The programmes to choose from (a list of #AtlasProgramme).
   */
  properties[PROP_PROGRAMMES] =
    g_param_spec_object ("programmes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasProgrammePicker::toggled:
   * @programme: the programme the reader checked or unchecked
   *
   * The reader asked to add @programme to the choice or to take it out.
   */
  signals[TOGGLED] =
    g_signal_new ("toggled",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ATLAS_TYPE_PROGRAMME);

  /**
   * AtlasProgrammePicker::dismissed:
   *
   * Escape on an empty search: the reader is done with the picker.
   */
  signals[DISMISSED] =
    g_signal_new ("dismissed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-programme-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePicker, search);
  gtk_widget_class_bind_template_child (widget_class, AtlasProgrammePicker, list);
  gtk_widget_class_bind_template_callback (widget_class, setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
}

static void
atlas_programme_picker_init (AtlasProgrammePicker *self)
{
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bound_checks = g_hash_table_new (NULL, NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (search_text), NULL, NULL);
  self->filter = gtk_string_filter_new (g_steal_pointer (&expression));
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))));
}

GtkWidget *
atlas_programme_picker_new (void)
{
  return g_object_new (ATLAS_TYPE_PROGRAMME_PICKER, NULL);
}

/**
 * atlas_programme_picker_get_programmes:
 *
 * Returns: (transfer none) (nullable): the programmes to choose from
 */
GListModel *
atlas_programme_picker_get_programmes (AtlasProgrammePicker *self)
{
  g_return_val_if_fail (ATLAS_IS_PROGRAMME_PICKER (self), NULL);
  return self->programmes;
}

void
atlas_programme_picker_set_programmes (AtlasProgrammePicker *self,
                                       GListModel           *programmes)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_PICKER (self));
  g_return_if_fail (!programmes || G_IS_LIST_MODEL (programmes));

  if (!g_set_object (&self->programmes, programmes))
    return;
  gtk_filter_list_model_set_model (self->filtered, programmes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRAMMES]);
}

/**
 * atlas_programme_picker_set_chosen:
 * @chosen: (element-type AtlasProgramme) (nullable): the chosen programmes
 *
 * Checks the programmes in @chosen and no other. The picker keeps a
 * reference to @chosen: give it a new array for each new choice.
 */
void
atlas_programme_picker_set_chosen (AtlasProgrammePicker *self,
                                   GPtrArray            *chosen)
{
  GHashTableIter iter;
  gpointer check;

  g_return_if_fail (ATLAS_IS_PROGRAMME_PICKER (self));

  if (chosen != NULL)
    g_ptr_array_ref (chosen);
  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  self->chosen = chosen;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->bound_checks);
  while (g_hash_table_iter_next (&iter, &check, NULL))
    gtk_check_button_set_active (check, is_chosen (self, g_object_get_data (check, "atlas-programme")));
  self->syncing = FALSE;
}

/**
 * atlas_programme_picker_reset:
 *
 * Clears the search and puts the focus in it, as when the picker opens.
 */
void
atlas_programme_picker_reset (AtlasProgrammePicker *self)
{
  g_return_if_fail (ATLAS_IS_PROGRAMME_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}
