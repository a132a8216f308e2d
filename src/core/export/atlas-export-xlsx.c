/* atlas-export-xlsx.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* An Excel workbook, through libxlsxwriter: the table on the first sheet
 * with a frozen, bold header row and a filter, a status as its word on a
 * fill of its colour (the colour never says it alone), numbers as numbers;
 * the evidence on a second sheet when there is some.
 *
 * Text is always written as a string cell, never as a formula, so a name
 * such as “=HYPERLINK(…)” is shown as it is and runs nothing. Unlike CSV
 * this needs no apostrophe: the cell's type says it is text.
 *
 * libxlsxwriter writes to a file name, so the workbook goes to a temporary
 * file that is then copied into the stream and always removed. */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "atlas-error.h"
#include "atlas-export-private.h"
#include "atlas-palette.h"

#define MAX_CELL_UNITS 32767      /* Excel's limit, in UTF-16 code units */
#define MIN_COLUMN_WIDTH 6        /* in characters */
#define MAX_COLUMN_WIDTH 60       /* longer text wraps */
#define SAMPLE_ROWS 1000          /* rows measured to size the columns */

typedef struct
{
  lxw_workbook *workbook;
  lxw_format *header;
  lxw_format *text;
  lxw_format *wrapped;
  lxw_format *status[ATLAS_AREA_STATUS_NOT_LISTED + 1];
} Book;

static gboolean
check (lxw_error   status,
       GError    **error)
{
  if (status == LXW_NO_ERROR)
    return TRUE;
  g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT,
               /* Translators: %s is libxlsxwriter's reason, in English */
               _("The workbook could not be made: %s"), lxw_strerror (status));
  return FALSE;
}

static void
make_formats (Book *book)
{
  book->header = workbook_add_format (book->workbook);
  format_set_bold (book->header);
  format_set_text_wrap (book->header);
  format_set_align (book->header, LXW_ALIGN_VERTICAL_TOP);
  format_set_pattern (book->header, LXW_PATTERN_SOLID);
  format_set_bg_color (book->header, 0xEBEBEB);
  format_set_bottom (book->header, LXW_BORDER_THIN);

  book->text = workbook_add_format (book->workbook);
  format_set_align (book->text, LXW_ALIGN_VERTICAL_TOP);

  book->wrapped = workbook_add_format (book->workbook);
  format_set_align (book->wrapped, LXW_ALIGN_VERTICAL_TOP);
  format_set_text_wrap (book->wrapped);

  /* The window's tints, from the core's palette */
  for (guint i = 0; i < G_N_ELEMENTS (book->status); i++)
    {
      book->status[i] = workbook_add_format (book->workbook);
      format_set_align (book->status[i], LXW_ALIGN_VERTICAL_TOP);
      format_set_pattern (book->status[i], LXW_PATTERN_SOLID);
      format_set_bg_color (book->status[i], atlas_palette_status_fill (i, FALSE));
    }
}

static gboolean
is_escape_like (const char *p)
{
  return p[0] == '_' && p[1] == 'x' &&
         g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
         g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_';
}

/* What to write for @text, or NULL to write it as it is.
 *
 * A workbook stores a control character such as CR as “_x000D_”, and a
 * spreadsheet reads every “_xHHHH_” back as a character, so text that
 * holds one literally has its underscore escaped (“_x005F_”). Text longer
 * than a cell holds is cut, and marked with an ellipsis. */
static gsize
count_units (const char *text,
             gsize       limit,
             const char **stop)
{
  gsize units = 0;
  const char *p;

  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gsize u = g_utf8_get_char (p) > 0xFFFF ? 2 : 1;

      if (units + u > limit)
        break;
      units += u;
    }
  if (stop != NULL)
    *stop = p;
  return units;
}

static char *
cell_string (const char *text)
{
  g_autoptr(GString) out = NULL;
  const char *stop;

  /* Fewer bytes than the limit are fewer code units too */
  if (strlen (text) <= MAX_CELL_UNITS && strstr (text, "_x") == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      if (is_escape_like (p))
        g_string_append (out, "_x005F");
      g_string_append_unichar (out, g_utf8_get_char (p));
    }

  count_units (out->str, MAX_CELL_UNITS, &stop);
  if (*stop != '\0')
    {
      count_units (out->str, MAX_CELL_UNITS - 1, &stop);
      g_string_truncate (out, stop - out->str);
      g_string_append (out, "…");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* How wide @text is in Excel's units: the widest of its lines, counting
 * East Asian wide characters twice. */
static guint
text_width (const char *text)
{
  guint widest = 0, width = 0;

  for (const char *p = text; *p && widest < MAX_COLUMN_WIDTH; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == '\n')
        width = 0;
      else
        width += g_unichar_iswide (ch) ? 2 : 1;
      widest = MAX (widest, width);
    }
  return widest;
}

static gboolean
write_sheet (Book          *book,
             AtlasTable    *table,
             const char    *fallback_name,
             GCancellable  *cancellable,
             GError       **error)
{
  guint n_columns = atlas_table_get_n_columns (table);
  guint n_rows = atlas_table_get_n_rows (table);
  g_autofree guint *widths = g_new0 (guint, MAX (n_columns, 1));
  g_autoptr(GString) name = g_string_new (NULL);
  lxw_worksheet *sheet;

  if (n_rows >= LXW_ROW_MAX || n_columns > LXW_COL_MAX)
    {
      g_set_error (error, ATLAS_EXPORT_ERROR, ATLAS_EXPORT_ERROR_FORMAT,
                   /* Translators: the numbers are Excel's limits */
                   _("The table is too large for a workbook, which holds at most %u rows and %u columns"),
                   (guint) LXW_ROW_MAX - 1, (guint) LXW_COL_MAX);
      return FALSE;
    }

  /* A sheet's name is at most 31 characters, without []:*?/\ and without
   * an apostrophe at either end */
  for (const char *p = atlas_table_get_title (table); *p && g_utf8_strlen (name->str, -1) < 31;
       p = g_utf8_next_char (p))
    {
      if (strchr ("[]:*?/\\", *p) != NULL)
        g_string_append_c (name, ' ');
      else
        g_string_append_unichar (name, g_utf8_get_char (p));
    }
  g_strstrip (name->str);
  if (name->str[0] == '\0' || name->str[0] == '\'' || g_str_has_suffix (name->str, "'") ||
      workbook_validate_sheet_name (book->workbook, name->str) != LXW_NO_ERROR)
    g_string_assign (name, fallback_name);
  sheet = workbook_add_worksheet (book->workbook, name->str);
  if (sheet == NULL)
    return check (LXW_ERROR_PARAMETER_VALIDATION, error);

  for (guint c = 0; c < n_columns; c++)
    {
      const char *title = atlas_table_get_column_title (table, c);
      g_autofree char *escaped = cell_string (title);

      if (!check (worksheet_write_string (sheet, 0, c, escaped ? escaped : title, book->header), error))
        return FALSE;
      /* Bold text is a little wider */
      widths[c] = MAX (MIN_COLUMN_WIDTH, text_width (title) + 2);
      for (guint r = 0; r < MIN (n_rows, SAMPLE_ROWS); r++)
        widths[c] = MAX (widths[c], text_width (atlas_table_get_text (table, r, c)) + 1);
      widths[c] = MIN (widths[c], MAX_COLUMN_WIDTH);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      if (!atlas_export_row_done (cancellable, error))
        return FALSE;

      for (guint c = 0; c < n_columns; c++)
        {
          const char *text = atlas_table_get_text (table, r, c);
          g_autofree char *escaped = NULL;
          lxw_error status;

          if (*text == '\0')
            continue;
          switch (atlas_table_get_kind (table, r, c))
            {
            case ATLAS_CELL_NUMBER:
              status = worksheet_write_number (sheet, r + 1, c, g_ascii_strtod (text, NULL), book->text);
              break;
            case ATLAS_CELL_STATUS:
              status = worksheet_write_string (sheet, r + 1, c, text,
                                               book->status[MIN (atlas_table_get_status (table, r, c),
                                                                 ATLAS_AREA_STATUS_NOT_LISTED)]);
              break;
            case ATLAS_CELL_TEXT:
            default:
              escaped = cell_string (text);
              status = worksheet_write_string (sheet, r + 1, c, escaped ? escaped : text,
                                               widths[c] >= MAX_COLUMN_WIDTH ? book->wrapped : book->text);
              break;
            }
          if (!check (status, error))
            return FALSE;
        }
    }

  for (guint c = 0; c < n_columns; c++)
    if (!check (worksheet_set_column (sheet, c, c, widths[c], NULL), error))
      return FALSE;
  /* The header row, and in the wide comparison the area each row is of,
   * stay in sight as the sheet scrolls */
  worksheet_freeze_panes (sheet, 1, n_columns > 1 && g_strcmp0 (atlas_table_get_column_id (table, 0), "area") == 0 ? 1 : 0);
  if (n_columns > 0 && !check (worksheet_autofilter (sheet, 0, 0, n_rows, n_columns - 1), error))
    return FALSE;
  worksheet_set_landscape (sheet);
  return check (worksheet_repeat_rows (sheet, 0, 0), error);
}

static gboolean
write_string (Book          *book,
              lxw_worksheet *sheet,
              guint          row,
              guint          column,
              const char    *text,
              lxw_format    *format,
              GError       **error)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return TRUE;
  escaped = cell_string (text);
  return check (worksheet_write_string (sheet, row, column, escaped ? escaped : text, format), error);
}

static gboolean
write_header (Book          *book,
              lxw_worksheet *sheet,
              const char   **titles,
              const double  *widths,
              guint          n,
              GError       **error)
{
  for (guint c = 0; c < n; c++)
    if (!write_string (book, sheet, 0, c, titles[c], book->header, error) ||
        !check (worksheet_set_column (sheet, c, c, widths[c], NULL), error))
      return FALSE;
  worksheet_freeze_panes (sheet, 1, 0);
  return TRUE;
}

/* The sources that the cells' [1], [2]… cite, one a row */
static gboolean
write_sources (Book        *book,
               AtlasTable  *table,
               GError     **error)
{
  const char *titles[] = {
    /* Translators: a column of the Sources sheet of an exported workbook */
    C_("sources sheet", "Number"),
    C_("sources sheet", "Reference"),
    C_("sources sheet", "Address"),
    /* Translators: a column of the Sources sheet: when the source was read */
    C_("sources sheet", "Accessed"),
  };
  const double widths[] = { 8, 90, 50, 16 };
  lxw_worksheet *sheet;

  if (atlas_table_get_n_sources (table) == 0)
    return TRUE;
  /* Translators: the name of a sheet of an exported workbook (31 characters at most) */
  sheet = workbook_add_worksheet (book->workbook, _("Sources"));
  if (sheet == NULL)
    sheet = workbook_add_worksheet (book->workbook, "Sources");
  if (sheet == NULL || !write_header (book, sheet, titles, widths, G_N_ELEMENTS (titles), error))
    return check (LXW_ERROR_PARAMETER_VALIDATION, error);
  for (guint i = 1; i <= atlas_table_get_n_sources (table); i++)
    if (!check (worksheet_write_number (sheet, i, 0, i, book->text), error) ||
        !write_string (book, sheet, i, 1, atlas_table_get_source_reference (table, i), book->wrapped, error) ||
        !write_string (book, sheet, i, 2, atlas_table_get_source_url (table, i), book->wrapped, error) ||
        !write_string (book, sheet, i, 3, atlas_table_get_source_accessed (table, i), book->text, error))
      return FALSE;
  return TRUE;
}

/* What the marks of the statuses mean, each on its tint */
static gboolean
write_legend (Book        *book,
              AtlasTable  *table,
              GError     **error)
{
  const char *titles[] = {
    /* Translators: a column of the Legend sheet of an exported workbook */
    C_("legend sheet", "Mark"),
    C_("legend sheet", "Status"),
    C_("legend sheet", "Meaning"),
  };
  const double widths[] = { 8, 16, 80 };
  lxw_worksheet *sheet;

  if (!atlas_table_has_statuses (table))
    return TRUE;
  /* Translators: the name of a sheet of an exported workbook (31 characters at most) */
  sheet = workbook_add_worksheet (book->workbook, _("Legend"));
  if (sheet == NULL)
    sheet = workbook_add_worksheet (book->workbook, "Legend");
  if (sheet == NULL || !write_header (book, sheet, titles, widths, G_N_ELEMENTS (titles), error))
    return check (LXW_ERROR_PARAMETER_VALIDATION, error);
  for (guint i = 0; i < G_N_ELEMENTS (atlas_export_legend_order); i++)
    {
      AtlasAreaStatus status = atlas_export_legend_order[i];

      if (!write_string (book, sheet, i + 1, 0, atlas_area_status_to_glyph (status), book->status[status], error) ||
          !write_string (book, sheet, i + 1, 1, atlas_area_status_to_label (status), book->status[status], error) ||
          !write_string (book, sheet, i + 1, 2, atlas_area_status_describe (status), book->wrapped, error))
        return FALSE;
    }
  return TRUE;
}

/* What the workbook is: the dataset, its release and file, when and with
 * what it was exported, and what it shows */
static gboolean
write_about (Book        *book,
             AtlasTable  *table,
             GDateTime   *now,
             GError     **error)
{
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  const char *titles[] = {
    /* Translators: a column of the About sheet of an exported workbook */
    C_("about sheet", "Property"),
    C_("about sheet", "Value"),
  };
  const double widths[] = { 24, 100 };
  struct { const char *key; const char *value; } rows[] = {
    /* Translators: a row of the About sheet of an exported workbook */
    { C_("about sheet", "Dataset"), atlas_table_get_dataset_title (table) },
    { C_("about sheet", "Release"), atlas_table_get_release (table) },
    { C_("about sheet", "Release date"), atlas_table_get_release_date (table) },
    { "SHA-256", atlas_table_get_dataset_sha256 (table) },
    { C_("about sheet", "Exported on"), date },
    { C_("about sheet", "Exported with"), "Partnership Atlas " PACKAGE_VERSION },
    { C_("about sheet", "Selection"), atlas_table_get_selection (table) },
  };
  lxw_worksheet *sheet;
  guint row = 1;

  /* Translators: the name of a sheet of an exported workbook (31 characters at most) */
  sheet = workbook_add_worksheet (book->workbook, C_("about sheet", "About"));
  if (sheet == NULL)
    sheet = workbook_add_worksheet (book->workbook, "About");
  if (sheet == NULL || !write_header (book, sheet, titles, widths, G_N_ELEMENTS (titles), error))
    return check (LXW_ERROR_PARAMETER_VALIDATION, error);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      if (rows[i].value == NULL)
        continue;
      if (!write_string (book, sheet, row, 0, rows[i].key, book->text, error) ||
          !write_string (book, sheet, row, 1, rows[i].value, book->wrapped, error))
        return FALSE;
      row++;
    }
  return TRUE;
}

/* The dataset's release as custom document properties, where a
 * spreadsheet's File › Properties shows them */
static gboolean
set_release (Book        *book,
             AtlasTable  *table,
             GError     **error)
{
  if (atlas_table_get_release (table) != NULL &&
      !check (workbook_set_custom_property_string (book->workbook, "Dataset release",
                                                   atlas_table_get_release (table)), error))
    return FALSE;
  if (atlas_table_get_release_date (table) != NULL &&
      !check (workbook_set_custom_property_string (book->workbook, "Dataset release date",
                                                   atlas_table_get_release_date (table)), error))
    return FALSE;
  return TRUE;
}

static gboolean
write_workbook (const char     *path,
                AtlasTable     *table,
                AtlasTable     *evidence,
                GCancellable   *cancellable,
                GError        **error)
{
  g_autoptr(GDateTime) now = atlas_export_now ();
  g_autofree char *title = g_strdup (atlas_table_get_title (table));
  g_autofree char *comments = g_strdup (atlas_table_get_note (table));
  g_autofree char *creator = g_strdup ("Partnership Atlas " PACKAGE_VERSION);
  lxw_doc_properties properties = {
    .title = title,
    .comments = comments,
    .author = creator,
    .created = g_date_time_to_unix (now),
  };
  Book book = { 0 };

  book.workbook = workbook_new (path);
  if (book.workbook == NULL)
    return check (LXW_ERROR_CREATING_XLSX_FILE, error);
  make_formats (&book);

  if (!check (workbook_set_properties (book.workbook, &properties), error) ||
      !set_release (&book, table, error) ||
      !write_sheet (&book, table, "Sheet1", cancellable, error) ||
      (evidence != NULL && !write_sheet (&book, evidence, "Sheet2", cancellable, error)) ||
      !write_sources (&book, table, error) ||
      !write_legend (&book, table, error) ||
      !write_about (&book, table, now, error))
    {
      lxw_workbook_free (book.workbook);
      return FALSE;
    }
  return check (workbook_close (book.workbook), error);
}

gboolean
atlas_export_xlsx_write (AtlasTable     *table,
                         AtlasTable     *evidence,
                         GOutputStream  *stream,
                         GCancellable   *cancellable,
                         GError        **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) input = NULL;
  gboolean ok;
  int fd;

  fd = g_file_open_tmp ("partnership-atlas-XXXXXX.xlsx", &path, error);
  if (fd < 0)
    return FALSE;
  close (fd);

  file = g_file_new_for_path (path);
  ok = write_workbook (path, table, evidence, cancellable, error) &&
       (input = g_file_read (file, cancellable, error)) != NULL &&
       g_output_stream_splice (stream, G_INPUT_STREAM (input), G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE,
                               cancellable, error) >= 0;
  g_unlink (path);
  return ok;
}
