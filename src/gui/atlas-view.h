/* atlas-view.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "atlas-selection.h"

G_BEGIN_DECLS

#define ATLAS_TYPE_VIEW (atlas_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (AtlasView, atlas_view, ATLAS, VIEW, GtkWidget)

/**
 * AtlasViewClass:
 * @dataset_changed: the selection shows another dataset (or the view was
 *   given another selection): show it from scratch
 * @item_changed: another record is selected
 * @note_changed: the note on the selection changed
 * @search_text_changed: the search text changed
 * @changes_changed: the changes to mark (atlas_view_get_changes()) came
 *   or went
 * @record_changed: the record a page of one record shows changed (see
 *   @record_type)
 * @record_type: for a page that shows one record at a time, the type of
 *   that record: the view then keeps the last selected record of this type
 *   as its record (atlas_view_get_record()), forgets it when the dataset
 *   changes, and calls @record_changed
 *
 * Each is called with the selection set, and also once when the view is
 * given a selection. Any may be %NULL.
 */
struct _AtlasViewClass
{
  GtkWidgetClass parent_class;

  void (*dataset_changed)     (AtlasView *self);
  void (*item_changed)        (AtlasView *self);
  void (*note_changed)        (AtlasView *self);
  void (*search_text_changed) (AtlasView *self);
  void (*record_changed)      (AtlasView *self);
  void (*changes_changed)     (AtlasView *self);

  GType record_type;

  /*< private >*/
  gpointer padding[1];
};

AtlasSelection *atlas_view_get_selection   (AtlasView      *self);
void            atlas_view_set_selection   (AtlasView      *self,
                                            AtlasSelection *selection);
AtlasDataset   *atlas_view_get_dataset     (AtlasView      *self);
GObject        *atlas_view_get_item        (AtlasView      *self);
const char     *atlas_view_get_search_text (AtlasView      *self);
AtlasDiffMarks *atlas_view_get_changes     (AtlasView      *self);
GObject        *atlas_view_get_record      (AtlasView      *self);
void            atlas_view_set_record      (AtlasView      *self,
                                            GObject        *record);

G_END_DECLS
