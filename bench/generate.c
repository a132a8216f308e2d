/* generate.c
 *
 * Copyright 2026 The Partnership Atlas developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes synthetic datasets for the benchmarks.
 *
 * The same seed and shape always give the same bytes (the random numbers
 * come from our own splitmix64, not from a library whose algorithm could
 * change), so figures taken on two machines or two commits read the same
 * file. The records have the shapes real datasets have: ids of several
 * styles, names and quotations with typographic punctuation and some
 * Korean and Japanese, evidence lists, claims that disagree, dates of all
 * three precisions, notes with escaped quotes and line breaks, "x-" keys,
 * and the file is indented as editors and json.dump(indent=2) write it.
 * The shapes for memory (matrix, chain, excerpts, strings) push one
 * dimension of the format towards its limits, minified: a file without
 * indentation is the most records per byte, so the most memory per byte.
 *
 *   bench-generate --preset=NAME [--seed=N] -o FILE
 *
 * NAME is tiny, x100, x1000, large, events, matrix, cited, chain, excerpts
 * or strings.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

/* {{{ Random numbers */

static guint64 rng_state;

static guint64
rng_next (void)
{
  guint64 z = (rng_state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* A number in [lo, hi] */
static guint
rng_range (guint lo,
           guint hi)
{
  return lo + (guint) (rng_next () % ((guint64) hi - lo + 1));
}

/* TRUE with the given chance in percent */
static gboolean
rng_chance (guint percent)
{
  return rng_next () % 100 < percent;
}

/* C leaves the order in which a call's arguments are evaluated open, and
 * compilers differ: a call never takes two random values as arguments, or
 * the file would depend on the compiler. */
#define PICK(array) ((array)[rng_next () % G_N_ELEMENTS (array)])

/* }}} */
/* {{{ An indenting JSON writer */

typedef struct
{
  FILE *out;
  GString *buf;
  guint depth;
  gboolean first[16];   /* nothing written yet in the container at each depth */
  gboolean after_key;
  gboolean compact;     /* no line breaks, no indentation */
} Writer;

static void
w_flush (Writer *w,
         gsize   threshold)
{
  if (w->buf->len >= threshold)
    {
      if (fwrite (w->buf->str, 1, w->buf->len, w->out) != w->buf->len)
        {
          perror ("bench-generate");
          exit (1);
        }
      g_string_truncate (w->buf, 0);
    }
}

static void
w_newline (Writer *w)
{
  if (w->compact)
    return;
  g_string_append_c (w->buf, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->buf, "  ");
}

/* Before a value or a key: the comma and the line break that precede it */
static void
w_item (Writer *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  if (w->depth == 0)
    return;
  if (!w->first[w->depth])
    g_string_append_c (w->buf, ',');
  w->first[w->depth] = FALSE;
  w_newline (w);
}

static void
w_escaped (Writer     *w,
           const char *s)
{
  g_string_append_c (w->buf, '"');
  for (const char *p = s; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (w->buf, '\\');
          g_string_append_c (w->buf, c);
        }
      else if (c == '\n')
        g_string_append (w->buf, "\\n");
      else if (c < 0x20)
        g_string_append_printf (w->buf, "\\u%04x", c);
      else
        g_string_append_c (w->buf, c);
    }
  g_string_append_c (w->buf, '"');
}

static void
w_open (Writer *w,
        char    bracket)
{
  w_item (w);
  g_string_append_c (w->buf, bracket);
  w->depth++;
  g_assert (w->depth < G_N_ELEMENTS (w->first));
  w->first[w->depth] = TRUE;
}

static void
w_close (Writer *w,
         char    bracket)
{
  gboolean empty = w->first[w->depth];

  w->depth--;
  if (!empty)
    w_newline (w);
  g_string_append_c (w->buf, bracket);
  if (w->depth <= 2)
    w_flush (w, 1 << 20);
}

static void
w_key (Writer     *w,
       const char *key)
{
  w_item (w);
  w_escaped (w, key);
  g_string_append (w->buf, w->compact ? ":" : ": ");
  w->after_key = TRUE;
}

static void
w_string (Writer     *w,
          const char *value)
{
  w_item (w);
  w_escaped (w, value);
}

static void
w_int (Writer *w,
       gint64  value)
{
  w_item (w);
  g_string_append_printf (w->buf, "%" G_GINT64_FORMAT, value);
}

static void
w_bool (Writer   *w,
        gboolean  value)
{
  w_item (w);
  g_string_append (w->buf, value ? "true" : "false");
}

static void
w_member_string (Writer     *w,
                 const char *key,
                 const char *value)
{
  w_key (w, key);
  w_string (w, value);
}

/* Writes a member and frees the value */
static void
w_member_take (Writer     *w,
               const char *key,
               char       *value)
{
  w_member_string (w, key, value);
  g_free (value);
}

/* }}} */
/* {{{ Words */

static const char *syllables[] = {
  "ka", "no", "ri", "ta", "ve", "lo", "mi", "sa", "do", "ren", "han", "gu", "mar", "tel",
  "os", "bri", "chan", "dal", "fen", "jor", "kel", "lun", "nor", "pel", "quin", "sor", "tur",
  "val", "win", "yar", "zen", "ō", "é", "ü", "ñ", "å",
};

static const char *nouns[] = {
  "cyber defence", "maritime security", "counter-terrorism", "disaster relief", "arms control",
  "non-proliferation", "climate security", "emerging technologies", "space", "interoperability",
  "defence education", "women, peace and security", "hybrid threats", "information sharing",
  "critical infrastructure", "energy security", "logistics", "military medicine", "training",
  "exercises", "standardization", "crisis management", "public diplomacy", "resilience",
  "strategic communications", "science for peace", "human security", "cooperative security",
};

static const char *verbs[] = {
  "agreed", "signed", "renewed", "expanded", "reviewed", "discussed", "committed to",
  "welcomed", "launched", "deepened", "began", "concluded", "noted",
};

static const char *subjects[] = {
  "The partner and NATO", "Allies", "Both sides", "The Secretary General", "The ministers",
  "Officials", "The programme", "The declaration", "The joint statement", "The summit",
  "The foreign ministry", "Defence officials", "The North Atlantic Council",
};

static const char *connectors[] = {
  "including", "in particular", "alongside", "with a focus on", "as well as", "notably",
  "through", "covering",
};

static const char *foreign[] = {
  "대한민국", "북대서양조약기구", "개별 맞춤형 파트너십 프로그램", "防衛省", "北大西洋条約機構",
  "日本国", "サイバー防衛", "Aotearoa", "Māori", "Ōkubo", "Zürich", "Kraków", "Côte d’Ivoire",
};

static const char *surnames[] = {
  "Kim", "Lee", "Park", "Choi", "Jun", "Sato", "Suzuki", "Takahashi", "Tanaka", "Smith",
  "Nguyen", "García", "Müller", "Novák", "O’Brien", "Sharma", "Pacheco Pardo", "Øvergaard",
  "김", "佐藤",
};

static const char *given_names[] = {
  "Hae-Won", "Sung-han", "Ramon", "Yuki", "Hiroshi", "Anna", "James", "Priya", "Lucía",
  "Jonas", "Mi-rae", "Kenji", "Aroha", "Zoë", "François",
};

static const char *publishers[] = {
  "Royal United Services Institute (RUSI)", "Center for Security and Diplomatic Studies (CSDS)",
  "NATO", "Observer Research Foundation", "Yonhap News Agency", "연합뉴스", "Ministry of Foreign Affairs",
  "外務省", "The Diplomat", "Chatham House", "International Institute for Strategic Studies",
};

static const char *locators[] = {
  "¶ ", "p. ", "Introduction, ¶ ", "Conclusion, ¶ ", "Section ", "Annex, item ", "pp. ", "Table ",
};

static const char *document_kinds[] = {
  "commentary", "policy-brief", "analysis", "official", "news", "web-page", "other",
};

static const char *programme_types[] = { "ipcp", "itpp", "other" };
static const char *programme_statuses[] = {
  "in-force", "superseded", "expired", "planned", "under-negotiation", "unknown",
};
static const char *text_availabilities[] = {
  "public", "open-edition", "summary", "not-public", "unknown",
};
static const char *area_statuses[] = { "listed", "listed", "listed", "reported", "not-listed", "unknown" };
static const char *bare_statuses[] = { "not-listed", "unknown" };
static const char *cited_statuses[] = { "listed", "reported" };
static const char *event_kinds[] = {
  "dialogue", "declaration", "signing", "revision", "summit", "accession", "announcement",
  "mission", "statement", "negotiation", "period", "other",
};
static const char *vague_times[] = {
  "late 2010s", "early 1990s", "mid-2000s", "around 2012", "before the Vilnius summit",
};

static void
append_name (GString *s,
             guint    min_syllables,
             guint    max_syllables)
{
  guint n = rng_range (min_syllables, max_syllables);
  gsize start = s->len;

  for (guint i = 0; i < n; i++)
    g_string_append (s, PICK (syllables));
  /* Capitalize the first letter when it is ASCII */
  s->str[start] = g_ascii_toupper (s->str[start]);
}

static char *
make_place_name (void)
{
  GString *s = g_string_new (NULL);

  if (rng_chance (5))
    {
      g_string_append (s, PICK (foreign));
      return g_string_free (s, FALSE);
    }
  if (rng_chance (15))
    g_string_append (s, PICK (((const char *[]) { "Republic of ", "Kingdom of ", "United ", "New " })));
  append_name (s, 2, 4);
  return g_string_free (s, FALSE);
}

static char *
make_person (void)
{
  const char *first, *last;

  if (rng_chance (10))
    {
      last = PICK (surnames);
      first = PICK (((const char *[]) { "민준", "서연", "太郎", "花子" }));
      return g_strconcat (last, first, NULL);
    }
  first = PICK (given_names);
  last = PICK (surnames);
  return g_strconcat (first, " ", last, NULL);
}

static void
append_sentence (GString *s)
{
  g_string_append (s, PICK (subjects));
  g_string_append_c (s, ' ');
  g_string_append (s, PICK (verbs));
  g_string_append_c (s, ' ');
  g_string_append (s, PICK (nouns));
  if (rng_chance (60))
    {
      g_string_append_printf (s, ", %s ", PICK (connectors));
      g_string_append (s, PICK (nouns));
    }
  if (rng_chance (30))
    g_string_append_printf (s, " and %s", PICK (nouns));
  if (rng_chance (25))
    g_string_append_printf (s, " in %u", rng_range (1995, 2030));
  if (rng_chance (8))
    g_string_append_printf (s, " (“%s”)", PICK (foreign));
  if (rng_chance (10))
    g_string_append (s, " […]");
  g_string_append (s, rng_chance (90) ? ". " : "; ");
}

/* Prose of about @min to @max bytes */
static char *
make_text (guint min,
           guint max)
{
  GString *s = g_string_new (NULL);
  guint want = rng_range (min, max);
  gboolean quoted = rng_chance (10);

  if (quoted)
    g_string_append (s, "“");
  while (s->len < want)
    append_sentence (s);
  g_string_truncate (s, s->len - 1);
  if (quoted)
    g_string_append (s, "”");
  return g_string_free (s, FALSE);
}

static char *
make_note (void)
{
  guint kind = rng_range (0, 3);
  const char *a, *b;

  if (kind == 2)
    return make_text (40, 160);
  a = PICK (publishers);
  b = kind == 0 ? PICK (nouns) : kind == 1 ? PICK (publishers) : PICK (foreign);
  if (kind == 0)
    return g_strdup_printf ("Reported as \"%s\" by %s.", b, a);
  if (kind == 1)
    return g_strdup_printf ("Dates differ between sources:\n%s gives one, %s another.", a, b);
  return g_strdup_printf ("Sharma (%s) writes that %s ties “developed only in the late 2010s”.", a, b);
}

static char *
make_locator (void)
{
  const char *prefix = PICK (locators);
  guint a = rng_range (1, 60);

  if (strcmp (prefix, "pp. ") == 0)
    return g_strdup_printf ("%s%u–%u", prefix, a, a + rng_range (1, 5));
  return g_strdup_printf ("%s%u", prefix, a);
}

static char *
make_url (const char *id)
{
  const char *section = PICK (((const char *[]) { "commentary", "news", "briefs", "docs" }));
  guint year = rng_range (1995, 2026);
  guint page = rng_range (1, 9);
  guint paragraph = rng_range (1, 40);

  return g_strdup_printf ("https://example.org/%s/%u/%s?page=%u#p%u", section, year, id, page, paragraph);
}

/* Where a document is in its publisher's series */
static char *
make_series (void)
{
  const char *series = PICK (((const char *[]) { "Policy Brief", "Commentary", "Report", "Press release" }));
  guint number = rng_range (1, 99);
  guint year = rng_range (1995, 2026);

  return g_strdup_printf ("%s %u/%u", series, number, year);
}

/* A date of any precision in [first_year, last_year], as written in a file */
static char *
make_date (guint first_year,
           guint last_year)
{
  guint year = rng_range (first_year, last_year);
  guint month = rng_range (1, 12);

  switch (rng_range (0, 2))
    {
    case 0:
      return g_strdup_printf ("%04u", year);
    case 1:
      return g_strdup_printf ("%04u-%02u", year, month);
    default:
      /* Every month has a 28th */
      return g_strdup_printf ("%04u-%02u-%02u", year, month, rng_range (1, 28));
    }
}

/* }}} */
/* {{{ Shapes */

typedef struct
{
  const char *name;
  guint partners;
  guint area_groups;
  guint areas;
  guint documents;
  guint excerpts;
  guint programmes;
  guint events;
  guint areas_per_programme_min;
  guint areas_per_programme_max;
  guint text_min;
  guint text_max;
  guint flags;
} Shape;

enum
{
  SHAPE_COMPACT = 1 << 0,       /* minified */
  SHAPE_CHAIN = 1 << 1,         /* each programme supersedes the one before */
  SHAPE_BARE_CELLS = 1 << 2,    /* programme areas of an area and a status only */
  SHAPE_CITED_CELLS = 1 << 3,   /* listed or reported, each with one excerpt as evidence */
};

/* x100 and x1000 multiply the built-in dataset's record counts (4
 * partners, 4 groups, 20 areas, 28 documents, 89 excerpts, 14 programmes,
 * 42 events; about 2 areas per programme); "large" is the size a whole
 * research dataset would have. */
static const Shape shapes[] = {
  { "tiny", 8, 4, 60, 40, 1000, 40, 200, 5, 30, 60, 240 },
  { "x100", 400, 400, 2000, 2800, 8900, 1400, 4200, 0, 5, 60, 240 },
  { "x1000", 4000, 4000, 20000, 28000, 89000, 14000, 42000, 0, 5, 60, 240 },
  { "large", 250, 40, 1000, 20000, 200000, 4000, 10000, 10, 40, 50, 260 },
  /* 10,000 events among few partners, as a timeline shows them */
  { "events", 8, 4, 60, 500, 5000, 60, 10000, 5, 30, 60, 240 },
  /* For memory (bench/run --memory): every programme has every area, the
   * most records a byte of the format can make */
  { "matrix", 250, 40, 1000, 100, 1000, 5000, 0, 1000, 1000, 50, 120, SHAPE_COMPACT | SHAPE_BARE_CELLS },
  /* 4,000 programmes × 1,000 areas, every one listed or reported on one
   * excerpt's word */
  { "cited", 250, 40, 1000, 100, 1000, 4000, 0, 1000, 1000, 50, 120, SHAPE_COMPACT | SHAPE_CITED_CELLS },
  /* One partner's 300,000 programmes, each superseding the one before */
  { "chain", 1, 1, 20, 100, 1000, 300000, 0, 0, 0, 50, 120, SHAPE_COMPACT | SHAPE_CHAIN },
  /* Two million short excerpts */
  { "excerpts", 50, 10, 100, 20000, 2000000, 500, 1000, 0, 5, 20, 60, SHAPE_COMPACT },
  /* Excerpts near the longest string a file may have (1 MiB) */
  { "strings", 8, 4, 60, 40, 200, 40, 200, 0, 5, 700000, 1000000, SHAPE_COMPACT },
};

/* }}} */
/* {{{ Records */

typedef struct
{
  const Shape *shape;
  Writer *w;
  char **partner_ids;
  char **group_ids;
  char **area_ids;
  char **document_ids;
  char **excerpt_ids;
  char **programme_ids;
} Gen;

static void
write_evidence (Gen        *g,
                const char *key,
                guint       min,
                guint       max)
{
  guint n = rng_range (min, max);

  w_key (g->w, key);
  w_open (g->w, '[');
  for (guint i = 0; i < n; i++)
    w_string (g->w, g->excerpt_ids[rng_next () % g->shape->excerpts]);
  w_close (g->w, ']');
}

static void
write_claim (Gen  *g,
             guint first_year,
             guint last_year)
{
  Writer *w = g->w;
  gboolean has_text = rng_chance (15);

  w_open (w, '{');
  if (!has_text || rng_chance (30))
    {
      g_autofree char *date = make_date (first_year, last_year);
      w_member_string (w, "date", date);
    }
  if (has_text)
    w_member_string (w, "text", PICK (vague_times));
  write_evidence (g, "evidence", 1, 3);
  if (rng_chance (40))
    w_member_take (w, "note", make_note ());
  w_close (w, '}');
}

static char **
make_ids (guint       n,
          const char *prefix_a,
          const char *prefix_b)
{
  char **ids = g_new0 (char *, n + 1);

  /* Two id styles per list, as datasets merged from two sources have */
  for (guint i = 0; i < n; i++)
    ids[i] = (i % 3) ? g_strdup_printf ("%s%05u", prefix_a, i) : g_strdup_printf ("%s%u", prefix_b, i);
  return ids;
}

static void
write_partners (Gen *g)
{
  Writer *w = g->w;

  w_key (w, "partners");
  w_open (w, '[');
  for (guint i = 0; i < g->shape->partners; i++)
    {
      g_autofree char *name = make_place_name ();
      guint n_claims = rng_range (0, 3);

      w_open (w, '{');
      w_member_string (w, "id", g->partner_ids[i]);
      w_member_string (w, "name", name);
      if (rng_chance (30))
        w_member_take (w, "short_name", g_ascii_strup (g->partner_ids[i], 3));
      if (n_claims > 0)
        {
          w_key (w, "relations_since");
          w_open (w, '[');
          for (guint c = 0; c < n_claims; c++)
            write_claim (g, 1953, 2020);
          w_close (w, ']');
        }
      if (rng_chance (50))
        w_member_take (w, "note", make_note ());
      if (rng_chance (70))
        write_evidence (g, "evidence", 1, 4);
      w_close (w, '}');
    }
  w_close (w, ']');
}

static void
write_areas (Gen *g)
{
  Writer *w = g->w;

  w_key (w, "area_groups");
  w_open (w, '[');
  for (guint i = 0; i < g->shape->area_groups; i++)
    {
      const char *first = PICK (nouns);
      const char *second = PICK (nouns);
      g_autofree char *name = g_strdup_printf ("%c%s and %s (%u)", g_ascii_toupper (first[0]),
                                               first + 1, second, i);
      w_open (w, '{');
      w_member_string (w, "id", g->group_ids[i]);
      w_member_string (w, "name", name);
      w_close (w, '}');
    }
  w_close (w, ']');

  w_key (w, "areas");
  w_open (w, '[');
  for (guint i = 0; i < g->shape->areas; i++)
    {
      const char *noun = nouns[i % G_N_ELEMENTS (nouns)];
      g_autofree char *name = g_strdup_printf ("%c%s %u", g_ascii_toupper (noun[0]), noun + 1,
                                               i / (guint) G_N_ELEMENTS (nouns) + 1);
      guint n_aliases = rng_range (0, 3);

      w_open (w, '{');
      w_member_string (w, "id", g->area_ids[i]);
      w_member_string (w, "name", name);
      if (rng_chance (90))
        w_member_string (w, "group", g->group_ids[rng_next () % g->shape->area_groups]);
      if (n_aliases > 0)
        {
          w_key (w, "aliases");
          w_open (w, '[');
          for (guint a = 0; a < n_aliases; a++)
            {
              const char *alias_noun = PICK (nouns);
              g_autofree char *alias = g_strdup_printf ("%s %s", alias_noun,
                                                        rng_chance (20) ? PICK (foreign) : "cooperation");
              w_string (w, alias);
            }
          w_close (w, ']');
        }
      if (rng_chance (40))
        w_member_take (w, "description", make_text (60, 200));
      w_close (w, '}');
    }
  w_close (w, ']');
}

static void
write_documents (Gen *g)
{
  Writer *w = g->w;

  w_key (w, "documents");
  w_open (w, '[');
  for (guint i = 0; i < g->shape->documents; i++)
    {
      g_autofree char *title = make_text (30, 110);
      guint n_authors = rng_range (0, 3);

      w_open (w, '{');
      w_member_string (w, "id", g->document_ids[i]);
      w_member_string (w, "title", title);
      if (n_authors > 0)
        {
          w_key (w, "authors");
          w_open (w, '[');
          for (guint a = 0; a < n_authors; a++)
            {
              g_autofree char *author = make_person ();
              w_string (w, author);
            }
          w_close (w, ']');
        }
      if (rng_chance (85))
        w_member_string (w, "publisher", PICK (publishers));
      if (rng_chance (80))
        w_member_take (w, "date", make_date (1995, 2026));
      if (rng_chance (60))
        w_member_take (w, "url", make_url (g->document_ids[i]));
      if (rng_chance (90))
        w_member_string (w, "kind", PICK (document_kinds));
      if (rng_chance (50))
        w_member_take (w, "locator", make_series ());
      if (rng_chance (25))
        w_member_take (w, "note", make_note ());
      if (rng_chance (10))
        w_member_take (w, "x-source-file", g_strdup_printf ("%03u_%016" G_GINT64_MODIFIER "x.txt", i % 1000, rng_next ()));
      w_close (w, '}');
    }
  w_close (w, ']');
}

static void
write_excerpts (Gen *g)
{
  Writer *w = g->w;

  w_key (w, "excerpts");
  w_open (w, '[');
  for (guint i = 0; i < g->shape->excerpts; i++)
    {
      g_autofree char *text = make_text (g->shape->text_min, g->shape->text_max);

      w_open (w, '{');
      w_member_string (w, "id", g->excerpt_ids[i]);
      w_member_string (w, "document", g->document_ids[rng_next () % g->shape->documents]);
      if (rng_chance (90))
        w_member_take (w, "locator", make_locator ());
      w_member_string (w, "text", text);
      if (rng_chance (8))
        w_member_take (w, "note", make_note ());
      w_close (w, '}');
    }
  w_close (w, ']');
}

static void
write_programme_areas (Gen *g)
{
  Writer *w = g->w;
  guint n = rng_range (g->shape->areas_per_programme_min,
                       MIN (g->shape->areas_per_programme_max, g->shape->areas));
  g_autofree guint *chosen = g_new (guint, MAX (n, 1));

  if (n == 0)
    return;

  /* Distinct areas, each once per programme; when a programme has every
   * area, all of them shuffled (drawing them would take n², and a list in
   * the dataset's order would spare the loader its index) */
  for (guint i = 0; i < n && n == g->shape->areas; i++)
    chosen[i] = i;
  for (guint i = n; i > 1 && n == g->shape->areas; i--)
    {
      guint j = rng_next () % i, t = chosen[i - 1];

      chosen[i - 1] = chosen[j];
      chosen[j] = t;
    }
  for (guint i = 0; i < n && n < g->shape->areas; i++)
    {
      gboolean again;

      do
        {
          chosen[i] = rng_next () % g->shape->areas;
          again = FALSE;
          for (guint j = 0; j < i; j++)
            again |= chosen[j] == chosen[i];
        }
      while (again);
    }

  w_key (w, "areas");
  w_open (w, '[');
  for (guint i = 0; i < n; i++)
    {
      gboolean cited = (g->shape->flags & SHAPE_CITED_CELLS) != 0;
      const char *status = (g->shape->flags & SHAPE_BARE_CELLS) ? PICK (bare_statuses)
                           : cited ? PICK (cited_statuses) : PICK (area_statuses);
      gboolean needs_evidence = strcmp (status, "listed") == 0 || strcmp (status, "reported") == 0;
      guint n_wordings = needs_evidence && !cited ? rng_range (0, 2) : 0;

      w_open (w, '{');
      w_member_string (w, "area", g->area_ids[chosen[i]]);
      w_member_string (w, "status", status);
      if (n_wordings > 0)
        {
          w_key (w, "wordings");
          w_open (w, '[');
          for (guint k = 0; k < n_wordings; k++)
            {
              w_open (w, '{');
              w_member_string (w, "text", PICK (nouns));
              if (rng_chance (70))
                {
                  w_key (w, "position");
                  w_int (w, rng_range (1, 30));
                }
              if (rng_chance (80))
                write_evidence (g, "evidence", 1, 2);
              w_close (w, '}');
            }
          w_close (w, ']');
        }
      if (cited)
        write_evidence (g, "evidence", 1, 1);
      else if (needs_evidence || rng_chance (20))
        write_evidence (g, "evidence", 1, 3);
      if (!(g->shape->flags & SHAPE_BARE_CELLS) && rng_chance (10))
        w_member_take (w, "note", make_note ());
      w_close (w, '}');
    }
  w_close (w, ']');
}

static void
write_programmes (Gen *g)
{
  Writer *w = g->w;
  g_autofree gint *last_of_partner = g_new (gint, g->shape->partners);

  for (guint i = 0; i < g->shape->partners; i++)
    last_of_partner[i] = -1;

  w_key (w, "programmes");
  w_open (w, '[');
  for (guint i = 0; i < g->shape->programmes; i++)
    {
      guint partner = rng_next () % g->shape->partners;
      g_autofree char *name = make_place_name ();
      const char *type = PICK (programme_types);
      guint start_year = rng_range (2000, 2028);
      g_autofree char *title = NULL;
      guint n_signed = rng_range (0, 2);

      title = g_strdup_printf ("%s–NATO %s %u–%u", name,
                               strcmp (type, "itpp") == 0 ? "Individually Tailored Partnership Programme"
                                                          : "Individual Partnership and Cooperation Programme",
                               start_year, start_year + 3);
      w_open (w, '{');
      w_member_string (w, "id", g->programme_ids[i]);
      w_member_string (w, "partner", g->partner_ids[partner]);
      w_member_string (w, "type", type);
      w_member_string (w, "title", title);
      w_member_string (w, "status", PICK (programme_statuses));
      w_member_string (w, "text_availability", PICK (text_availabilities));
      if (n_signed > 0)
        {
          w_key (w, "signed");
          w_open (w, '[');
          for (guint s = 0; s < n_signed; s++)
            write_claim (g, start_year - 1, start_year);
          w_close (w, ']');
        }
      if (rng_chance (70))
        {
          g_autofree char *start = make_date (start_year, start_year);
          g_autofree char *end = make_date (start_year + 1, start_year + 5);

          w_key (w, "period");
          w_open (w, '{');
          if (rng_chance (95))
            w_member_string (w, "start", start);
          w_member_string (w, "end", end);
          if (rng_chance (15))
            {
              w_key (w, "planned");
              w_bool (w, TRUE);
            }
          write_evidence (g, "evidence", 1, 2);
          w_close (w, '}');
        }
      if (rng_chance (30))
        {
          w_key (w, "areas_complete");
          w_bool (w, rng_chance (80));
        }
      if (last_of_partner[partner] >= 0 && ((g->shape->flags & SHAPE_CHAIN) || rng_chance (60)))
        w_member_string (w, "supersedes", g->programme_ids[last_of_partner[partner]]);
      last_of_partner[partner] = (gint) i;
      if (rng_chance (50))
        w_member_take (w, "note", make_note ());
      if (rng_chance (80))
        write_evidence (g, "evidence", 1, 4);
      write_programme_areas (g);
      w_close (w, '}');
    }
  w_close (w, ']');
}

static void
write_events (Gen *g,
              guint n_events)
{
  Writer *w = g->w;

  w_key (w, "events");
  w_open (w, '[');
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *id = g_strdup_printf (i % 2 ? "ev-%06u" : "event-%u-summit", i);
      guint year = rng_range (1990, 2030);
      g_autofree char *date = make_date (year, year);
      g_autofree char *title = make_text (25, 90);
      guint n_partners = rng_range (0, 3);

      w_open (w, '{');
      w_member_string (w, "id", id);
      w_member_string (w, "date", date);
      if (rng_chance (15))
        w_member_take (w, "end", make_date (year + 1, year + 4));
      w_member_string (w, "kind", PICK (event_kinds));
      w_member_string (w, "title", title);
      if (n_partners > 0)
        {
          guint first = rng_next () % g->shape->partners;

          w_key (w, "partners");
          w_open (w, '[');
          /* Consecutive partners, so never one twice */
          for (guint p = 0; p < MIN (n_partners, g->shape->partners); p++)
            w_string (w, g->partner_ids[(first + p) % g->shape->partners]);
          w_close (w, ']');
        }
      if (rng_chance (30))
        w_member_string (w, "programme", g->programme_ids[rng_next () % g->shape->programmes]);
      if (year > 2026 || rng_chance (3))
        {
          w_key (w, "planned");
          w_bool (w, TRUE);
        }
      if (rng_chance (10))
        {
          w_key (w, "alternatives");
          w_open (w, '[');
          write_claim (g, year - 1, year + 1);
          w_close (w, ']');
        }
      write_evidence (g, "evidence", 1, 3);
      if (rng_chance (20))
        w_member_take (w, "note", make_note ());
      w_close (w, '}');
    }
  w_close (w, ']');
}

/* }}} */

static void
generate (const Shape *shape,
          FILE        *out)
{
  Writer w = { out, g_string_sized_new (2 << 20), 0, { TRUE }, FALSE, (shape->flags & SHAPE_COMPACT) != 0 };
  Gen g = { shape, &w };

  g.partner_ids = make_ids (shape->partners, "partner-", "p");
  g.group_ids = make_ids (shape->area_groups, "group-", "g");
  g.area_ids = make_ids (shape->areas, "area-", "a.coop-");
  g.document_ids = make_ids (shape->documents, "doc-", "source.");
  g.excerpt_ids = make_ids (shape->excerpts, "x-", "x-quote-");
  g.programme_ids = make_ids (shape->programmes, "prog-", "itpp_");

  w_open (&w, '{');
  w_member_string (&w, "format", "partnership-atlas");
  w_key (&w, "version");
  w_int (&w, 1);
  {
    g_autofree char *title = g_strdup_printf ("Synthetic benchmark dataset (%s)", shape->name);
    w_member_string (&w, "title", title);
  }
  w_member_string (&w, "description",
                   "Generated by bench-generate: plausible shapes, meaningless content. "
                   "Not a source of facts about any partnership.");
  w_member_string (&w, "updated", "2026-11");
  write_partners (&g);
  write_areas (&g);
  write_documents (&g);
  write_excerpts (&g);
  write_programmes (&g);
  write_events (&g, shape->events);
  w_close (&w, '}');
  g_string_append_c (w.buf, '\n');
  w_flush (&w, 0);
  g_string_free (w.buf, TRUE);

  g_strfreev (g.partner_ids);
  g_strfreev (g.group_ids);
  g_strfreev (g.area_ids);
  g_strfreev (g.document_ids);
  g_strfreev (g.excerpt_ids);
  g_strfreev (g.programme_ids);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *preset = NULL;
  g_autofree char *output = NULL;
  gint64 seed = 20260713;
  const GOptionEntry entries[] = {
    { "preset", 'p', 0, G_OPTION_ARG_STRING, &preset, "tiny, x100, x1000, large, events, matrix, cited, chain, excerpts or strings", "NAME" },
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the random numbers", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "File to write", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- write a synthetic dataset");
  g_autoptr(GError) error = NULL;
  const Shape *shape = NULL;
  g_autofree char *partial = NULL;
  FILE *out;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-generate: %s\n", error->message);
      return 2;
    }
  for (guint i = 0; preset != NULL && i < G_N_ELEMENTS (shapes); i++)
    if (strcmp (shapes[i].name, preset) == 0)
      shape = &shapes[i];
  if (shape == NULL || output == NULL)
    {
      g_printerr ("bench-generate: give --preset=NAME (see --help) and --output=FILE\n");
      return 2;
    }

  rng_state = (guint64) seed;

  /* Written beside and renamed, so that an interrupted run never leaves a
   * truncated file that a later run would take as generated */
  partial = g_strconcat (output, ".partial", NULL);
  out = fopen (partial, "wb");
  if (out == NULL)
    {
      perror (partial);
      return 1;
    }
  generate (shape, out);
  if (fclose (out) != 0 || rename (partial, output) != 0)
    {
      perror (output);
      return 1;
    }
  return 0;
}
