/* atlas-correction-builder.h
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "atlas-dataset.h"

G_BEGIN_DECLS

/**
 * AtlasCorrectionTarget:
 * @ATLAS_CORRECTION_CELL: how a programme covers an area: its status, a
 *   wording (a new claim where the dataset has none)
 * @ATLAS_CORRECTION_SIGNED: when a programme was signed: a further claim
 *   beside those the dataset has
 * @ATLAS_CORRECTION_EVENT_DATE: the date of an event
 *
 * The claim a reader proposes to correct.
 */
typedef enum
{
  ATLAS_CORRECTION_CELL,
  ATLAS_CORRECTION_SIGNED,
  ATLAS_CORRECTION_EVENT_DATE,
} AtlasCorrectionTarget;

/**
 * AtlasCorrectionRequest:
 * @target: the kind of claim
 * @programme: the programme's id (a cell, a signing)
 * @area: the area's id (a cell)
 * @event: the event's id (an event's date)
 * @status: (nullable): a cell's new status, as the format's code
 * @wording: (nullable): the programme's own words for the area
 * @date: (nullable): the new date, as the format writes it
 * @quote: the source's words, verbatim: the evidence
 * @url: the address of the source
 * @title: the source's title
 * @publisher: (nullable): who published it
 * @note: (nullable): what the reader tells the editors
 *
 * What a reader proposes, with its evidence.
 */
typedef struct
{
  AtlasCorrectionTarget target;
  const char *programme;
  const char *area;
  const char *event;
  const char *status;
  const char *wording;
  const char *date;
  const char *quote;
  const char *url;
  const char *title;
  const char *publisher;
  const char *note;
} AtlasCorrectionRequest;

char *atlas_correction_read_dataset (AtlasDataset                 *dataset,
                                     gsize                        *length,
                                     GError                      **error);
char *atlas_correction_build        (const char                   *dataset,
                                     gsize                         length,
                                     const AtlasCorrectionRequest *request,
                                     const char                   *accessed,
                                     GError                      **error);

G_END_DECLS
