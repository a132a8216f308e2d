/* atlas-compare-print.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "atlas-compare-print.h"
#include "atlas-paginator.h"

/**
 * AtlasComparePrint:
 *
 * Prints a comparison table on the pages of the core's paginator, the
 * ones the PDF export writes: a title, a legend of the status marks
 * (paper is often grey), the table with its header repeated on every page
 * and its columns in slices when it is too wide, the sources, and at the
 * foot of each page where the data came from and the page number. The
 * paper is the one of the print setup, turned as the setup says, or to
 * landscape for a wide table as the PDF is.
 */

#define MARGIN 36.0               /* half an inch, as the PDF's */

struct _AtlasComparePrint
{
  GtkPrintOperation parent_instance;

  AtlasTable *table;
  AtlasPaginator *paginator;
};

G_DEFINE_FINAL_TYPE (AtlasComparePrint, atlas_compare_print, GTK_TYPE_PRINT_OPERATION)

static void
atlas_compare_print_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  AtlasComparePrint *self = ATLAS_COMPARE_PRINT (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  /* The paper as chosen, and turned as chosen: the paginator turns a
   * portrait page for a wide table, as the PDF's */
  g_clear_object (&self->paginator);
  self->paginator = atlas_paginator_new (self->table,
                                         gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                         gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS),
                                         MARGIN);
  gtk_print_operation_set_n_pages (operation, atlas_paginator_get_n_pages (self->paginator));
}

static void
atlas_compare_print_request_page_setup (GtkPrintOperation *operation,
                                        GtkPrintContext   *context,
                                        int                page_nr,
                                        GtkPageSetup      *setup)
{
  AtlasComparePrint *self = ATLAS_COMPARE_PRINT (operation);
  double width, height;

  atlas_paginator_get_page_size (self->paginator, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
atlas_compare_print_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  AtlasComparePrint *self = ATLAS_COMPARE_PRINT (operation);

  atlas_paginator_draw_page (self->paginator, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
atlas_compare_print_end_print (GtkPrintOperation *operation,
                               GtkPrintContext   *context)
{
  AtlasComparePrint *self = ATLAS_COMPARE_PRINT (operation);

  g_clear_object (&self->paginator);
}

static void
atlas_compare_print_finalize (GObject *object)
{
  AtlasComparePrint *self = (AtlasComparePrint *) object;

  g_clear_object (&self->paginator);
  g_clear_pointer (&self->table, atlas_table_unref);

  G_OBJECT_CLASS (atlas_compare_print_parent_class)->finalize (object);
}

static void
atlas_compare_print_class_init (AtlasComparePrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = atlas_compare_print_finalize;
  print_class->begin_print = atlas_compare_print_begin_print;
  print_class->request_page_setup = atlas_compare_print_request_page_setup;
  print_class->draw_page = atlas_compare_print_draw_page;
  print_class->end_print = atlas_compare_print_end_print;
}

static void
atlas_compare_print_init (AtlasComparePrint *self)
{
}

/**
 * atlas_compare_print_new:
 * @table: the comparison as a table for people, as the Compare page
 *   shows it (see atlas_compare_page_build_table())
 *
 * Returns: (transfer full): a print operation for the table, on the
 *   paper of @table (A4 or Letter) until the print setup chooses another
 */
AtlasComparePrint *
atlas_compare_print_new (AtlasTable *table)
{
  AtlasComparePrint *self;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;

  g_return_val_if_fail (table != NULL, NULL);

  self = g_object_new (ATLAS_TYPE_COMPARE_PRINT, NULL);
  /* as the export gives it to the PDF: without the columns for scripts */
  self->table = atlas_table_copy_for_people (table);

  paper = gtk_paper_size_new (atlas_table_get_paper (table) == ATLAS_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                                                   : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, paper);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), atlas_table_get_title (table));
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  /* The pages are laid out on the whole sheet, margins included, as the
   * PDF's */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  return self;
}
