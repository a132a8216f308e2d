/* atlas-json.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A small JSON parser for datasets.
 *
 * Why not json-glib's parser: a dataset is untrusted, and people need to be
 * told where each problem is. JsonParser gives a position for syntax errors
 * only, silently keeps the last of two duplicate keys, recurses without a
 * depth limit, and builds a tree of GObjects, hash tables and lists that
 * costs several times the file's size. This parser is iterative (depth is a
 * counted limit, never the C stack), keeps every value's offset so that
 * semantic errors found later get a line and column, reports duplicate keys,
 * and stores the document as one flat array of 16-byte nodes whose strings
 * are offsets into the file's own buffer.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "atlas-error.h"
#include "atlas-json.h"
#include "atlas-limits.h"
#include "atlas-problem.h"

struct _AtlasJsonDoc
{
  char *buffer;
  gsize length;
  AtlasJsonNode *nodes;
  gsize n_nodes;
  gsize n_allocated;
  GArray *line_starts;  /* built on the first position lookup */
  guint32 *column_marks; /* see atlas_json_doc_position() */
  GString *escaped;      /* strings that had escapes, decoded, each NUL-terminated */
  GArray *numbers;       /* of double */
};

/* A reference to a string: its offset in the buffer, or with this bit, in
 * @escaped; none for a node without a key */
#define ESCAPED_REF 0x80000000u
#define NO_REF G_MAXUINT32

G_STATIC_ASSERT (sizeof (AtlasJsonNode) == 16);
G_STATIC_ASSERT (ATLAS_MAX_FILE_SIZE <= ((gsize) 1 << 29));

/* Bytes between the column marks of long lines */
#define COLUMN_STEP 65536

typedef struct
{
  guint32 node;
  guint32 last_child;
  guint32 count;
} Frame;

typedef struct
{
  AtlasJsonDoc *doc;
  char *p;
  char *end;
  GPtrArray *problems;
  guint n_duplicates;   /* duplicate keys found */
  Frame stack[ATLAS_MAX_DEPTH];
  guint depth;
} Parser;

const char *
atlas_json_type_to_string (AtlasJsonType type)
{
  switch (type)
    {
    case ATLAS_JSON_NULL:
      return _("null");
    case ATLAS_JSON_BOOLEAN:
      return _("a boolean");
    case ATLAS_JSON_NUMBER:
      return _("a number");
    case ATLAS_JSON_STRING:
      return _("a string");
    case ATLAS_JSON_ARRAY:
      return _("an array");
    case ATLAS_JSON_OBJECT:
      return _("an object");
    default:
      g_return_val_if_reached ("?");
    }
}

void
atlas_json_doc_position (AtlasJsonDoc *doc,
                         gsize         offset,
                         guint        *line,
                         guint        *column)
{
  guint lo, hi;
  gsize start;

  if (doc->line_starts == NULL)
    {
      doc->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      start = 0;
      g_array_append_val (doc->line_starts, start);
      for (const char *q = doc->buffer; (q = memchr (q, '\n', doc->length - (q - doc->buffer))); q++)
        {
          start = q - doc->buffer + 1;
          g_array_append_val (doc->line_starts, start);
        }
    }

  offset = MIN (offset, doc->length);
  lo = 0;
  hi = doc->line_starts->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (doc->line_starts, gsize, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }
  start = g_array_index (doc->line_starts, gsize, lo);
  *line = lo + 1;
  /* Columns count characters, as editors do: continuation bytes do not
   * start one. */
  *column = 1;

  /* A minified file is one line of up to ATLAS_MAX_FILE_SIZE bytes, and
   * counting from its start for each of a hundred problems would take
   * seconds: on a long line, start from the column noted at the last
   * COLUMN_STEP boundary, noted for the whole file in one pass. */
  if (offset - start > COLUMN_STEP)
    {
      if (doc->column_marks == NULL)
        {
          guint32 col = 0;

          doc->column_marks = g_new (guint32, doc->length / COLUMN_STEP + 1);
          for (gsize i = 0; i <= doc->length; i++)
            {
              guchar c = (guchar) doc->buffer[i];  /* a NUL at the end */

              if (i % COLUMN_STEP == 0)
                doc->column_marks[i / COLUMN_STEP] = col;
              if (c == '\n')
                col = 0;
              else if ((c & 0xC0) != 0x80)
                col++;
            }
        }
      *column += doc->column_marks[offset / COLUMN_STEP];
      start = offset / COLUMN_STEP * COLUMN_STEP;
    }

  for (gsize i = start; i < offset; i++)
    if (((guchar) doc->buffer[i] & 0xC0) != 0x80)
      (*column)++;
}

G_GNUC_PRINTF (4, 5)
static void
add_problem (Parser         *self,
             AtlasLoadError  code,
             const char     *at,
             const char     *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;
  guint line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  atlas_json_doc_position (self->doc, at - self->doc->buffer, &line, &column);
  g_ptr_array_add (self->problems, atlas_problem_new (code, line, column, NULL, message));
}

/* A fatal problem: parsing stops here. */
#define FAIL(code, at, ...) \
  G_STMT_START { add_problem (self, code, at, __VA_ARGS__); return FALSE; } G_STMT_END

/* Eight bytes at a time: a file is mostly ASCII, and an indented one
 * mostly runs of spaces. Words are read with memcpy, which compilers turn
 * into one unaligned load. */
#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)
#define HAS_ZERO(w) (((w) - ONES) & ~(w) & HIGHS)
#define HAS_BYTE(w, c) HAS_ZERO ((w) ^ (ONES * (c)))
#define HAS_LESS(w, n) (((w) - ONES * (n)) & ~(w) & HIGHS)

static inline guint64
load_word (const char *p)
{
  guint64 w;

  memcpy (&w, p, sizeof w);
  return w;
}

/* The index of the first byte of @w flagged by a HAS_* mask @m (the lowest
 * flagged byte is always a true one), in the order of memory */
static inline guint
first_flagged (guint64 m)
{
#if defined(__GNUC__) && G_BYTE_ORDER == G_LITTLE_ENDIAN
  return __builtin_ctzll (m) / 8;
#else
  return 0;   /* the byte loops after the word loops find it */
#endif
}

static inline void
skip_space (Parser *self)
{
  char *p = self->p;

  /* A line break, then the next line's indent */
  for (;;)
    {
      while (self->end - p >= 8 && load_word (p) == ONES * ' ')
        p += 8;
      if (p < self->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
      else
        break;
    }
  self->p = p;
}

static gboolean
new_node (Parser        *self,
          AtlasJsonType  type,
          const char    *at,
          guint32       *index)
{
  AtlasJsonDoc *doc = self->doc;
  AtlasJsonNode *node;

  if (doc->n_nodes >= ATLAS_MAX_VALUES)
    FAIL (ATLAS_LOAD_ERROR_LIMIT, at,
          _("The file has more than %lu values, the most a dataset may have"),
          (unsigned long) ATLAS_MAX_VALUES);

  if (doc->n_nodes == doc->n_allocated)
    {
      doc->n_allocated = MAX (256, doc->n_allocated * 2);
      doc->nodes = g_renew (AtlasJsonNode, doc->nodes, doc->n_allocated);
    }

  *index = (guint32) doc->n_nodes++;
  node = &doc->nodes[*index];
  memset (node, 0, sizeof *node);
  node->type = type;
  node->offset = (guint32) (at - doc->buffer);
  return TRUE;
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static gboolean
read_hex4 (Parser     *self,
           const char *p,
           gunichar   *out)
{
  gunichar v = 0;

  if (self->end - p < 4)
    FAIL (ATLAS_LOAD_ERROR_SYNTAX, p, _("A \\u escape needs four hexadecimal digits"));
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);
      if (h < 0)
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, p + i, _("A \\u escape needs four hexadecimal digits"));
      v = (v << 4) | (gunichar) h;
    }
  *out = v;
  return TRUE;
}

/* Text in a dataset is for people: tabs and line breaks (\n, \r), but no
 * other C0 or C1 control character, which could only hide text or drive
 * the terminal that a command line export is printed on (ESC, CSI). */
static inline gboolean
is_forbidden_control (gunichar ch)
{
  return (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= 0x7F && ch <= 0x9F);
}

#define FAIL_CONTROL(at, ch) \
  FAIL (ATLAS_LOAD_ERROR_ENCODING, at, \
        _("A string contains the control character U+%04X; text in a dataset may have tabs and line breaks but no other control characters"), \
        (guint) (ch))

#define FAIL_NONCHARACTER(at, ch) \
  FAIL (ATLAS_LOAD_ERROR_ENCODING, at, \
        _("The file contains the noncharacter U+%04X, which is not text and which a dataset may not have"), \
        (guint) (ch))

/* Decodes the escapes of a string whose text runs from @start to @end
 * (the closing quote) into @out. */
static gboolean
decode_escapes (Parser     *self,
                const char *start,
                const char *end,
                GString    *out)
{
  const char *r = start;

  while (r < end)
    {
      const char *escape = r;
      gunichar ch, low;

      if (*r != '\\')
        {
          const char *plain = memchr (r, '\\', end - r);

          if (plain == NULL)
            plain = end;
          g_string_append_len (out, r, plain - r);
          r = plain;
          continue;
        }

      r++;
      switch (*r)
        {
        case '"': g_string_append_c (out, '"'); r++; continue;
        case '\\': g_string_append_c (out, '\\'); r++; continue;
        case '/': g_string_append_c (out, '/'); r++; continue;
        case 'b': FAIL_CONTROL (escape, '\b');
        case 'f': FAIL_CONTROL (escape, '\f');
        case 'n': g_string_append_c (out, '\n'); r++; continue;
        case 'r': g_string_append_c (out, '\r'); r++; continue;
        case 't': g_string_append_c (out, '\t'); r++; continue;
        case 'u':
          break;
        default:
          FAIL (ATLAS_LOAD_ERROR_SYNTAX, escape, _("“\\%c” is not a valid escape in a string"),
                g_ascii_isprint (*r) ? *r : '?');
        }

      if (!read_hex4 (self, r + 1, &ch))
        return FALSE;
      r += 5;
      if (ch >= 0xD800 && ch <= 0xDBFF)
        {
          if (end - r < 6 || r[0] != '\\' || r[1] != 'u')
            FAIL (ATLAS_LOAD_ERROR_ENCODING, escape,
                  _("The escape \\u%04X is half of a surrogate pair without its other half"), ch);
          if (!read_hex4 (self, r + 2, &low))
            return FALSE;
          if (low < 0xDC00 || low > 0xDFFF)
            FAIL (ATLAS_LOAD_ERROR_ENCODING, escape,
                  _("The escape \\u%04X is half of a surrogate pair without its other half"), ch);
          ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
          r += 6;
        }
      else if (ch >= 0xDC00 && ch <= 0xDFFF)
        FAIL (ATLAS_LOAD_ERROR_ENCODING, escape,
              _("The escape \\u%04X is half of a surrogate pair without its other half"), ch);
      else if (ch == 0)
        FAIL (ATLAS_LOAD_ERROR_ENCODING, escape,
              _("A string contains a NUL character (\\u0000), which a dataset may not have"));
      else if (is_forbidden_control (ch))
        FAIL_CONTROL (escape, ch);
      /* A pair can make one too, U+1FFFE and up */
      if (atlas_json_is_noncharacter (ch))
        FAIL_NONCHARACTER (escape, ch);
      g_string_append_unichar (out, ch);
    }
  return TRUE;
}

/* Reads the string that starts at self->p (on its opening quote).
 *
 * A string without escapes, nearly all of them, is used where it stands:
 * its closing quote becomes its NUL terminator. One with escapes is decoded
 * into the document's string chunk. Either way the buffer keeps its lines
 * and characters, so positions found later are still right. */
/* The bytes a string's scan stops at: its end, an escape, a control
 * character. */
static inline gboolean
is_string_special (guchar c)
{
  /* DEL and the lead byte of the C1 controls (U+0080–U+009F) stop the
   * scan too, for the check below */
  return c == '"' || c == '\\' || c < 0x20 || c == 0x7F || c == 0xC2;
}

static gboolean
read_string (Parser  *self,
             guint32 *out)
{
  char *start = self->p + 1;
  char *r = start;
  /* The first position past the longest string allowed */
  const char *limit = (gsize) (self->end - start) > ATLAS_MAX_STRING_LENGTH
                        ? start + ATLAS_MAX_STRING_LENGTH + 1
                        : self->end;
  gboolean escaped = FALSE;

  for (;;)
    {
      guchar c;

      while (limit - r >= 8)
        {
          guint64 w = load_word (r);
          guint64 m = HAS_BYTE (w, '"') | HAS_BYTE (w, '\\') | HAS_LESS (w, 0x20) |
                      HAS_BYTE (w, 0x7F) | HAS_BYTE (w, 0xC2);

          if (m != 0)
            {
              r += first_flagged (m);
              break;
            }
          r += 8;
        }
      while (r < limit && !is_string_special ((guchar) *r))
        r++;

      if (r >= self->end)
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p, _("This string is never closed"));
      if (r >= limit)
        FAIL (ATLAS_LOAD_ERROR_LIMIT, self->p,
              _("A string is longer than %lu bytes, the longest a dataset may have"),
              (unsigned long) ATLAS_MAX_STRING_LENGTH);

      c = (guchar) *r;
      if (c == '"')
        break;
      if (c < 0x20)
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, r,
              _("A control character (U+%04X) must be escaped inside a string"), c);
      if (c == 0x7F)
        FAIL_CONTROL (r, c);
      if (c == 0xC2)
        {
          /* U+0080 to U+009F are C2 80 to C2 9F in UTF-8; other C2
           * characters (a no-break space) are ordinary text */
          if (r + 1 < self->end && (guchar) r[1] >= 0x80 && (guchar) r[1] <= 0x9F)
            FAIL_CONTROL (r, (guchar) r[1]);
          r++;
          continue;
        }
      /* A backslash: the byte after it is the escape's, whatever it is */
      escaped = TRUE;
      r++;
      if (r >= self->end)
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p, _("This string is never closed"));
      r++;
    }

  if (escaped)
    {
      g_autoptr(GString) decoded = g_string_sized_new (r - start);

      if (!decode_escapes (self, start, r, decoded))
        return FALSE;
      if (self->doc->escaped == NULL)
        self->doc->escaped = g_string_new (NULL);
      *out = ESCAPED_REF | (guint32) self->doc->escaped->len;
      g_string_append_len (self->doc->escaped, decoded->str, decoded->len);
      g_string_append_c (self->doc->escaped, '\0');
    }
  else
    *out = (guint32) (start - self->doc->buffer);

  *r = '\0';
  self->p = r + 1;
  return TRUE;
}

static gboolean
read_number (Parser *self,
             double *out)
{
  char *p = self->p;
  char *start = p;
  char saved;
  double value;

  if (*p == '-')
    p++;
  if (p < self->end && *p == '0')
    {
      p++;
      if (p < self->end && g_ascii_isdigit (*p))
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, start, _("A number may not start with 0 (unless it is 0)"));
    }
  else if (p < self->end && *p >= '1' && *p <= '9')
    while (p < self->end && g_ascii_isdigit (*p))
      p++;
  else
    FAIL (ATLAS_LOAD_ERROR_SYNTAX, start, _("This is not a valid number"));

  if (p < self->end && *p == '.')
    {
      p++;
      if (p >= self->end || !g_ascii_isdigit (*p))
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, start, _("This is not a valid number: a digit must follow the point"));
      while (p < self->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < self->end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < self->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= self->end || !g_ascii_isdigit (*p))
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, start, _("This is not a valid number: the exponent has no digits"));
      while (p < self->end && g_ascii_isdigit (*p))
        p++;
    }

  /* The buffer always has a NUL after its end; strtod needs one here. */
  saved = *p;
  *p = '\0';
  errno = 0;
  value = g_ascii_strtod (start, NULL);
  *p = saved;
  if (!isfinite (value) || (errno == ERANGE && value != 0.0))
    FAIL (ATLAS_LOAD_ERROR_RANGE, start, _("This number is too large to be read"));

  *out = value;
  self->p = p;
  return TRUE;
}

static gboolean
read_literal (Parser     *self,
              const char *word)
{
  gsize len = strlen (word);

  if ((gsize) (self->end - self->p) < len || memcmp (self->p, word, len) != 0)
    return FALSE;
  self->p += len;
  return TRUE;
}

static void
add_duplicate (Parser              *self,
               const AtlasJsonNode *node)
{
  /* An object with a million repeated keys is a million problems; the
   * ones past the limit are counted at the end */
  if (self->n_duplicates++ < ATLAS_MAX_PROBLEMS)
    add_problem (self, ATLAS_LOAD_ERROR_DUPLICATE, self->doc->buffer + node->offset,
                 _("The key “%s” appears twice in one object"), atlas_json_node_key (self->doc, node));
}

static void
check_duplicate_keys (Parser  *self,
                      guint32  object)
{
  AtlasJsonNode *nodes = self->doc->nodes;
  guint32 n = nodes[object].n_children;
  g_autoptr(GHashTable) seen = NULL;
  guint32 i, j;

  if (n < 2)
    return;

  if (n <= 16)
    {
      for (i = object + 1; i != 0; i = nodes[i].next)
        for (j = nodes[i].next; j != 0; j = nodes[j].next)
          /* Most keys of an object differ in their first byte */
          if (strcmp (atlas_json_node_key (self->doc, &nodes[i]), atlas_json_node_key (self->doc, &nodes[j])) == 0)
            {
              add_duplicate (self, &nodes[j]);
              break;
            }
      return;
    }

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (i = object + 1; i != 0; i = nodes[i].next)
    if (!g_hash_table_add (seen, (gpointer) atlas_json_node_key (self->doc, &nodes[i])))
      add_duplicate (self, &nodes[i]);
}

/* Called when the value at @index is complete: links it into its parent. */
static void
finish_value (Parser  *self,
              guint32  index)
{
  AtlasJsonNode *nodes = self->doc->nodes;
  Frame *frame;

  nodes[index].next = 0;
  if (self->depth == 0)
    return;

  frame = &self->stack[self->depth - 1];
  if (frame->count > 0)
    nodes[frame->last_child].next = index;
  frame->last_child = index;
  frame->count++;
}

static gboolean
parse (Parser *self)
{
  guint32 key = NO_REF;

  for (;;)
    {
      guint32 index;
      char *at;

      skip_space (self);
      at = self->p;
      if (at >= self->end)
        FAIL (ATLAS_LOAD_ERROR_SYNTAX, at,
              self->depth ? _("The file ends before its last array or object is closed")
                          : _("The file is empty"));

      switch (*at)
        {
        case '{':
        case '[':
          if (self->depth >= ATLAS_MAX_DEPTH)
            FAIL (ATLAS_LOAD_ERROR_TOO_DEEP, at,
                  _("Arrays and objects are nested more than %d levels deep, the most a dataset may have"),
                  ATLAS_MAX_DEPTH);
          if (!new_node (self, *at == '{' ? ATLAS_JSON_OBJECT : ATLAS_JSON_ARRAY, at, &index))
            return FALSE;
          self->doc->nodes[index].key_ref = key;
          self->stack[self->depth++] = (Frame) { index, 0, 0 };
          self->p++;
          skip_space (self);
          if (self->p < self->end && (*self->p == '}' || *self->p == ']'))
            goto close;
          goto next_member;

        case '"':
          if (!new_node (self, ATLAS_JSON_STRING, at, &index) ||
              !read_string (self, &self->doc->nodes[index].string_ref))
            return FALSE;
          break;

        case 't':
        case 'f':
          if (!read_literal (self, *at == 't' ? "true" : "false"))
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, at, _("Expected a value (true or false?)"));
          if (!new_node (self, ATLAS_JSON_BOOLEAN, at, &index))
            return FALSE;
          self->doc->nodes[index].boolean = *at == 't';
          break;

        case 'n':
          if (!read_literal (self, "null"))
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, at, _("Expected a value (null?)"));
          if (!new_node (self, ATLAS_JSON_NULL, at, &index))
            return FALSE;
          break;

        default:
          if (*at == '-' || g_ascii_isdigit (*at))
            {
              double number;

              if (!read_number (self, &number) ||
                  !new_node (self, ATLAS_JSON_NUMBER, at, &index))
                return FALSE;
              if (self->doc->numbers == NULL)
                self->doc->numbers = g_array_new (FALSE, FALSE, sizeof (double));
              self->doc->nodes[index].number_index = self->doc->numbers->len;
              g_array_append_val (self->doc->numbers, number);
              break;
            }
          if (self->depth > 0 && (*at == ']' || *at == '}'))
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, at, _("Expected a value before “%c” (a trailing comma?)"), *at);
          FAIL (ATLAS_LOAD_ERROR_SYNTAX, at, _("Expected a value (a string, number, object, array, true, false or null)"));
        }

      self->doc->nodes[index].key_ref = key;
      finish_value (self, index);

      /* After a value: a comma, the end of a container, or the end. */
      for (;;)
        {
          Frame *frame;

          skip_space (self);
          if (self->depth == 0)
            {
              if (self->p < self->end)
                FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p, _("Unexpected text after the end of the data"));
              return TRUE;
            }
          if (self->p >= self->end)
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p, _("The file ends before its last array or object is closed"));
          if (*self->p == ',')
            {
              self->p++;
              goto next_member;
            }

        close:
          frame = &self->stack[self->depth - 1];
          {
            AtlasJsonNode *container = &self->doc->nodes[frame->node];
            char want = container->type == ATLAS_JSON_OBJECT ? '}' : ']';

            if (*self->p != want)
              FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p,
                    container->type == ATLAS_JSON_OBJECT
                      ? _("Expected “,” or “}” after a member of an object")
                      : _("Expected “,” or “]” after an element of an array"));
            self->p++;
            container->n_children = frame->count;
            index = frame->node;
            self->depth--;
            if (container->type == ATLAS_JSON_OBJECT)
              check_duplicate_keys (self, index);
            finish_value (self, index);
          }
        }

    next_member:
      key = NO_REF;
      if (self->doc->nodes[self->stack[self->depth - 1].node].type == ATLAS_JSON_OBJECT)
        {
          skip_space (self);
          if (self->p >= self->end)
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p, _("The file ends before its last array or object is closed"));
          if (*self->p != '"')
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p,
                  *self->p == '}' ? _("Expected a member name before “}” (a trailing comma?)")
                                  : _("Expected a member name in double quotes"));
          if (!read_string (self, &key))
            return FALSE;
          skip_space (self);
          if (self->p >= self->end || *self->p != ':')
            FAIL (ATLAS_LOAD_ERROR_SYNTAX, self->p, _("Expected “:” after the member name “%s”"),
                  key & ESCAPED_REF ? self->doc->escaped->str + (key & ~ESCAPED_REF) : self->doc->buffer + key);
          self->p++;
        }
    }
}

/* Where @text stops being UTF-8, a NUL byte counting as invalid, or NULL:
 * what g_utf8_validate_len () finds, several times faster. ASCII, nearly
 * all of a dataset, is checked a word at a time; each other character is
 * checked by g_utf8_validate_len () itself, so the rules are GLib's. */
static const char *
find_invalid_utf8 (const char *text,
                   gsize       length)
{
  const char *p = text;
  const char *end = text + length;

  while (p < end)
    {
      guchar c = (guchar) *p;
      gssize n;

      if (c != 0 && c < 0x80)
        {
          p++;
          while (end - p >= 8)
            {
              guint64 w = load_word (p);

              if ((w & HIGHS) | HAS_ZERO (w))
                break;
              p += 8;
            }
          continue;
        }

      n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
      if (n == 0 || end - p < n || !g_utf8_validate_len (p, n, NULL))
        return p;
      if (n >= 3 && atlas_json_is_noncharacter (g_utf8_get_char (p)))
        return p;
      p += n;
    }
  return NULL;
}

/**
 * atlas_json_is_noncharacter:
 *
 * Unicode's noncharacters, U+FDD0 to U+FDEF and the last two code points
 * of every plane (U+FFFE, U+FFFF, U+1FFFE…): valid UTF-8, but for a
 * program's own use, never text to exchange. XML 1.0 (and so XLSX and
 * SVG) cannot hold U+FFFE and U+FFFF, and cairo refuses them, so one rule
 * in one place keeps them out: a dataset may not have them.
 */
gboolean
atlas_json_is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

static gboolean
check_encoding (Parser *self)
{
  const char *end = NULL;
  guchar *b = (guchar *) self->p;
  gsize len = self->end - self->p;

  /* JSON files are UTF-8 (RFC 8259), but editors also save UTF-16 and
   * UTF-32; name the encoding rather than report its zero bytes as NULs.
   * The UTF-32 marks come first: "FF FE 00 00" starts with UTF-16's. */
  if (len >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) ||
                   (b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0)))
    FAIL (ATLAS_LOAD_ERROR_ENCODING, self->p,
          _("The file is in UTF-32; save it as UTF-8 to open it"));
  if (len >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0xFF && b[1] == 0xFE)))
    FAIL (ATLAS_LOAD_ERROR_ENCODING, self->p,
          _("The file is in UTF-16; save it as UTF-8 to open it"));
  /* Without a byte order mark: JSON starts with an ASCII character, whose
   * zero bytes give the encoding away (RFC 4627, section 3) */
  if (len >= 4 && ((b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) ||
                   (b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)))
    FAIL (ATLAS_LOAD_ERROR_ENCODING, self->p,
          _("The file seems to be in UTF-32; save it as UTF-8 to open it"));
  if (len >= 2 && ((b[0] == 0 && b[1] != 0) || (b[0] != 0 && b[1] == 0)))
    FAIL (ATLAS_LOAD_ERROR_ENCODING, self->p,
          _("The file seems to be in UTF-16; save it as UTF-8 to open it"));
  /* A UTF-8 byte order mark says nothing JSON needs; skip it. */
  if (len >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
    self->p += 3;

  if ((end = find_invalid_utf8 (self->p, self->end - self->p)) != NULL)
    {
      if (*end == '\0')
        FAIL (ATLAS_LOAD_ERROR_ENCODING, end, _("The file contains a NUL byte, so it is not a text file"));
      if ((guchar) *end >= 0xE0 && g_utf8_validate_len (end, (guchar) *end >= 0xF0 ? 4 : 3, NULL))
        FAIL_NONCHARACTER (end, g_utf8_get_char (end));
      FAIL (ATLAS_LOAD_ERROR_ENCODING, end, _("The file is not valid UTF-8 here (byte 0x%02X)"),
            (guchar) *end);
    }
  return TRUE;
}

/**
 * atlas_json_doc_parse:
 * @buffer: (transfer full): the text, followed by one NUL byte that is not
 *   counted in @length
 * @problems: (element-type AtlasProblem): where problems are added
 *
 * Parses a whole document. A syntax error stops parsing; duplicate keys are
 * added to @problems and parsing goes on.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL with @error
 *   set when the text cannot be parsed
 */
AtlasJsonDoc *
atlas_json_doc_parse (char       *buffer,
                      gsize       length,
                      GPtrArray  *problems,
                      GError    **error)
{
  g_autoptr(AtlasJsonDoc) doc = g_new0 (AtlasJsonDoc, 1);
  Parser parser = { 0 };
  guint n_before = problems->len;

  g_return_val_if_fail (buffer != NULL, NULL);
  g_return_val_if_fail (buffer[length] == '\0', NULL);

  doc->buffer = buffer;
  doc->length = length;
  parser.doc = doc;
  parser.p = buffer;
  parser.end = buffer + length;
  parser.problems = problems;

  if (!check_encoding (&parser) || !parse (&parser))
    {
      g_autoptr(GPtrArray) fatal = g_ptr_array_new ();

      g_ptr_array_add (fatal, g_ptr_array_index (problems, problems->len - 1));
      g_propagate_error (error, atlas_problems_to_error (fatal));
      return NULL;
    }

  /* Duplicate keys do not stop parsing but do make the file wrong */
  if (problems->len > n_before)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new ();

      if (parser.n_duplicates > ATLAS_MAX_PROBLEMS)
        g_ptr_array_add (problems, atlas_problem_new_unlisted (parser.n_duplicates - ATLAS_MAX_PROBLEMS));
      for (guint i = n_before; i < problems->len; i++)
        g_ptr_array_add (found, g_ptr_array_index (problems, i));
      g_propagate_error (error, atlas_problems_to_error (found));
      return NULL;
    }

  /* The nodes were grown by doubling; give back what is left over */
  doc->nodes = g_renew (AtlasJsonNode, doc->nodes, MAX (doc->n_nodes, 1));
  doc->n_allocated = doc->n_nodes;
  return g_steal_pointer (&doc);
}

void
atlas_json_doc_free (AtlasJsonDoc *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->buffer);
  g_free (doc->nodes);
  if (doc->line_starts != NULL)
    g_array_unref (doc->line_starts);
  g_free (doc->column_marks);
  if (doc->escaped != NULL)
    g_string_free (doc->escaped, TRUE);
  if (doc->numbers != NULL)
    g_array_unref (doc->numbers);
  g_free (doc);
}

const AtlasJsonNode *
atlas_json_doc_get_root (AtlasJsonDoc *doc)
{
  return &doc->nodes[0];
}

static const char *
string_of_ref (AtlasJsonDoc *doc,
               guint32       ref)
{
  if (ref == NO_REF)
    return NULL;
  if (ref & ESCAPED_REF)
    return doc->escaped->str + (ref & ~ESCAPED_REF);
  return doc->buffer + ref;
}

/* The member name of @node, or NULL when its parent is not an object */
const char *
atlas_json_node_key (AtlasJsonDoc        *doc,
                     const AtlasJsonNode *node)
{
  return string_of_ref (doc, node->key_ref);
}

const char *
atlas_json_node_string (AtlasJsonDoc        *doc,
                        const AtlasJsonNode *node)
{
  g_return_val_if_fail (node->type == ATLAS_JSON_STRING, NULL);

  return string_of_ref (doc, node->string_ref);
}

double
atlas_json_node_number (AtlasJsonDoc        *doc,
                        const AtlasJsonNode *node)
{
  g_return_val_if_fail (node->type == ATLAS_JSON_NUMBER, 0);

  return g_array_index (doc->numbers, double, node->number_index);
}

const AtlasJsonNode *
atlas_json_node_first (AtlasJsonDoc        *doc,
                       const AtlasJsonNode *node)
{
  if ((node->type != ATLAS_JSON_ARRAY && node->type != ATLAS_JSON_OBJECT) || node->n_children == 0)
    return NULL;
  return node + 1;
}

const AtlasJsonNode *
atlas_json_node_next (AtlasJsonDoc        *doc,
                      const AtlasJsonNode *node)
{
  if (node->next == 0)
    return NULL;
  return &doc->nodes[node->next];
}
