/* atlas-model-private.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The instance structures of the records, for the code in src/core that
 * builds them (the loader). Nothing outside src/core includes this. */

#include <gio/gio.h>

#include "atlas-area.h"
#include "atlas-area-count.h"
#include "atlas-area-group.h"
#include "atlas-changelog-entry.h"
#include "atlas-claim.h"
#include "atlas-dataset.h"
#include "atlas-document.h"
#include "atlas-event.h"
#include "atlas-excerpt.h"
#include "atlas-partner.h"
#include "atlas-programme.h"
#include "atlas-programme-area.h"
#include "atlas-record-list.h"
#include "atlas-types.h"
#include "atlas-wording.h"

G_BEGIN_DECLS

struct _AtlasPartner
{
  GObject parent_instance;

  char *id;
  char *name;
  char *short_name;
  char *note;
  /* (AtlasClaim) */
  GPtrArray *relations_since;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
};

struct _AtlasAreaGroup
{
  GObject parent_instance;

  char *id;
  char *name;
  guint position;
};

struct _AtlasArea
{
  GObject parent_instance;

  char *id;
  char *name;
  AtlasAreaGroup *group;
  char **aliases;
  char *description;
  guint position;
};

struct _AtlasDocument
{
  GObject parent_instance;

  char *id;
  char *title;
  char **authors;
  char *publisher;
  AtlasDate date;
  char *url;
  AtlasDocumentKind kind;
  char *locator;
  char *note;
  char *language;       /* BCP 47, or NULL */
  gboolean undated;     /* the page gives no date */
  AtlasDate accessed;
};

struct _AtlasExcerpt
{
  GObject parent_instance;

  char *id;
  AtlasDocument *document;
  char *text;
  char *locator;
  char *note;
  char *language;       /* BCP 47, or NULL for the document's */
  char *translation;    /* the dataset editors', or NULL */
  char *translation_language;
};

struct _AtlasClaim
{
  GObject parent_instance;

  AtlasDate date;
  char *text;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
  char *note;
};

struct _AtlasAreaCount
{
  GObject parent_instance;

  guint count;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
  char *note;
};

struct _AtlasChangelogEntry
{
  GObject parent_instance;

  char *release;
  AtlasDate date;
  char **changes;
};

struct _AtlasWording
{
  GObject parent_instance;

  char *text;
  guint position;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
};

/* What a programme area may have beyond its area and status, kept apart:
 * a dataset may have millions of areas that have neither (every area of a
 * comparison "not listed"), and without these three each takes 48 bytes
 * rather than 64 */
typedef struct
{
  /* (AtlasWording) */
  GPtrArray *wordings;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
  char *note;
} AtlasProgrammeAreaMore;

struct _AtlasProgrammeArea
{
  GObject parent_instance;

  AtlasArea *area;
  AtlasAreaStatus status;
  AtlasProgrammeAreaMore *more;     /* NULL when it has none of them */
};

struct _AtlasProgramme
{
  GObject parent_instance;

  char *id;
  AtlasPartner *partner;
  AtlasProgrammeType programme_type;
  char *title;
  AtlasProgrammeStatus status;
  AtlasTextAvailability text_availability;
  /* (AtlasClaim) */
  GPtrArray *signed_;
  AtlasDate period_start;
  AtlasDate period_end;
  gboolean period_planned;
  /* (AtlasExcerpt) */
  GPtrArray *period_evidence;
  gboolean areas_complete;
  AtlasProgramme *supersedes;
  char *note;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
  /* (AtlasProgrammeArea) */
  AtlasRecordList *areas;
  /* Indexes in @areas, ordered by area (position, then address), or NULL
   * when @areas is in that order: a programme may have every one of
   * thousands of areas, and a hash table of them cost as much as the file
   * (issue 21). Two bytes an index when there are fewer than 65,536
   * areas, four otherwise. */
  gpointer area_order;
  char *short_label;
  /* (AtlasAreaCount) */
  GPtrArray *area_counts;
};

struct _AtlasEvent
{
  GObject parent_instance;

  char *id;
  AtlasDate date;
  AtlasDate end;
  AtlasEventKind kind;
  char *title;
  /* (AtlasPartner) */
  GPtrArray *partners;
  AtlasProgramme *programme;
  gboolean planned;
  /* (AtlasClaim) */
  GPtrArray *alternatives;
  /* (AtlasExcerpt) */
  GPtrArray *evidence;
  char *note;
};

struct _AtlasDataset
{
  GObject parent_instance;

  char *title;
  char *description;
  AtlasDate updated;
  GFile *file;
  char *sha256;         /* of the bytes it was read from, lowercase hex */
  gboolean translated;  /* its vocabulary is shown in the user's language */
  guint format_version;
  char *release;
  char *licence;
  /* (AtlasChangelogEntry), newest first */
  GPtrArray *changelog;

  AtlasRecordList *partners;
  AtlasRecordList *area_groups;
  AtlasRecordList *areas;
  AtlasRecordList *documents;
  AtlasRecordList *excerpts;
  AtlasRecordList *programmes;
  AtlasRecordList *events;

  /* id → record, one table per list */
  GHashTable *partner_ids;
  GHashTable *area_ids;
  GHashTable *document_ids;
  GHashTable *excerpt_ids;
  GHashTable *programme_ids;
  GHashTable *event_ids;

  GHashTable *partner_programmes;   /* AtlasPartner → AtlasRecordList */
  GHashTable *document_excerpts;    /* AtlasDocument → AtlasRecordList */
  GHashTable *excerpt_uses;         /* AtlasExcerpt → GPtrArray of GObject */
};

AtlasDataset *_atlas_dataset_new (void);
GPtrArray    *_atlas_records_finish (GPtrArray *records);
GPtrArray    *_atlas_records_empty (void);
void          _atlas_programme_index_areas (AtlasProgramme *programme);
char         *_atlas_programme_make_short_label (AtlasProgramme *programme);

/* A programme area's wordings, evidence (never NULL) and note */
static inline GPtrArray *
_atlas_pa_wordings (const AtlasProgrammeArea *pa)
{
  return pa->more != NULL ? pa->more->wordings : _atlas_records_empty ();
}

static inline GPtrArray *
_atlas_pa_evidence (const AtlasProgrammeArea *pa)
{
  return pa->more != NULL ? pa->more->evidence : _atlas_records_empty ();
}

static inline const char *
_atlas_pa_note (const AtlasProgrammeArea *pa)
{
  return pa->more != NULL ? pa->more->note : NULL;
}

G_END_DECLS
