/* atlas-export-pdf.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ATLAS_EXPORT_PAPER_A4,
  ATLAS_EXPORT_PAPER_LETTER,
} AtlasExportPaper;

/* The paper that PDF exports are laid out for, for the whole process (the
 * export dialog sets it from the user's choice). A4 unless set. */
void             atlas_export_pdf_set_paper (AtlasExportPaper paper);
AtlasExportPaper atlas_export_pdf_get_paper (void);

G_END_DECLS
