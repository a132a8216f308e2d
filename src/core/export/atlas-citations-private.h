/* atlas-citations-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "atlas-citations.h"

G_BEGIN_DECLS

/* What a kind of document is in each format's vocabulary */
typedef struct
{
  const char *csl;            /* a CSL 1.0.2 item type */
  const char *bibtex;         /* a biblatex entry type */
  const char *ris;            /* an RIS reference type */
  gboolean periodical;        /* the publisher is the periodical's name */
} AtlasCitationType;

const AtlasCitationType *atlas_citation_type_for (AtlasDocument *document);

/* One format: what comes before the entries, each entry (@key is unique
 * among the documents written, made of letters, digits and - _ : .), and
 * what comes after */
typedef struct
{
  void (*begin) (GString *out);
  void (*entry) (GString *out, AtlasDocument *document, guint index, const char *key);
  void (*end)   (GString *out, guint n_entries);
} AtlasCitationWriter;

extern const AtlasCitationWriter atlas_citations_csl_json;
extern const AtlasCitationWriter atlas_citations_bibtex;
extern const AtlasCitationWriter atlas_citations_ris;

G_END_DECLS
