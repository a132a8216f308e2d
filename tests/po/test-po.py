#!/usr/bin/python3
# The translations and the POT they come from:
# - po/LINGUAS names exactly the po files there are, sorted;
# - every po file passes `msgfmt --check --check-format`, is UTF-8 and has
#   the Language and Plural-Forms its language needs;
# - po/partnership-atlas.pot is up to date: the POT regenerated from the
#   sources has the same messages (a changed string means: run
#   `meson compile -C build partnership-atlas-pot`);
# - po/POTFILES.in is sorted, names files that exist, and names every
#   source file that has strings to translate;
# - every language is 100 % translated: no fuzzy, no untranslated message,
#   none of the POT's messages missing (build-aux/po-status.py lists them);
# - Japanese parentheses are as po/GLOSSARY.md says.

import os
import re
import subprocess
import sys
import tempfile

import tap

ROOT = os.environ["ATLAS_SOURCE_ROOT"]
BUILD = os.environ["MESON_BUILD_ROOT"]
PO = os.path.join(ROOT, "po")
POT = os.path.join(PO, "partnership-atlas.pot")
XGETTEXT = os.environ.get("XGETTEXT", "xgettext")
MSGFMT = os.environ.get("MSGFMT", "msgfmt")

sys.path.insert(0, os.path.join(ROOT, "build-aux"))
postatus = __import__("po-status")

# The plural rule each shipped language must declare, as the gettext manual
# and the GNOME translation teams give them.
PLURAL_FORMS = {
    "fr": "nplurals=2; plural=(n > 1);",
    "ja": "nplurals=1; plural=0;",
    "ko": "nplurals=1; plural=0;",
}

# The keywords of meson's i18n 'glib' preset (po/meson.build uses it), so
# that this finds the same messages `partnership-atlas-pot` does.
XGETTEXT_ARGS = [
    "--from-code=UTF-8", "--add-comments=Translators:",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
]


def details(lines, limit=20):
    lines = list(lines)
    more = [f"… and {len(lines) - limit} more"] if len(lines) > limit else []
    return "\n# ".join(lines[:limit] + more)


def keys(messages):
    return {m.key + (m.msgid_plural,) for m in postatus.live(messages)}


def show(key):
    context, msgid, plural = key
    return (f"[{context}] " if context else "") + repr(msgid) + (f" / {plural!r}" if plural else "")


languages = postatus.linguas(PO)
po_files = sorted(f[:-3] for f in os.listdir(PO) if f.endswith(".po"))

tap.check("po/LINGUAS is sorted", languages == sorted(languages), " ".join(languages))
tap.check("po/LINGUAS names every po file and no other", set(languages) == set(po_files),
          f"LINGUAS: {' '.join(languages)}; po files: {' '.join(po_files)}")

# --- each po file -----------------------------------------------------------

for lang in languages:
    path = os.path.join(PO, lang + ".po")
    if not os.path.exists(path):
        tap.check(f"{lang}: po/{lang}.po exists", False, "LINGUAS names it")
        continue
    p = subprocess.run([MSGFMT, "--check", "--check-format", "-o", os.devnull, path],
                       capture_output=True, text=True)
    tap.check(f"{lang}: msgfmt --check --check-format", p.returncode == 0,
              details(p.stderr.strip().splitlines()))

    head = postatus.header(postatus.parse(path))
    tap.check(f"{lang}: header says Language: {lang}", head.get("Language") == lang,
              f"Language: {head.get('Language')!r}")
    tap.check(f"{lang}: header says charset=UTF-8", "charset=UTF-8" in head.get("Content-Type", ""),
              f"Content-Type: {head.get('Content-Type')!r}")
    if lang in PLURAL_FORMS:
        tap.check(f"{lang}: Plural-Forms: {PLURAL_FORMS[lang]}",
                  head.get("Plural-Forms") == PLURAL_FORMS[lang], f"found {head.get('Plural-Forms')!r}")
    else:
        tap.check(f"{lang}: has a Plural-Forms header", "nplurals=" in head.get("Plural-Forms", ""),
                  "add the rule for the language (see the gettext manual, “Plural forms”)")

# --- the POT ----------------------------------------------------------------

with open(os.path.join(PO, "POTFILES.in"), encoding="utf-8") as f:
    potfiles = [line.strip() for line in f if line.strip() and not line.startswith("#")]

tap.check("POTFILES.in is sorted", potfiles == sorted(potfiles),
          details(f"{a} comes before {b}" for a, b in zip(potfiles, potfiles[1:]) if a > b))
absent = [p for p in potfiles if not os.path.exists(os.path.join(ROOT, p)) and not os.path.exists(os.path.join(BUILD, p))]
tap.check("every file POTFILES.in names exists", not absent, details(absent))

# Files with something to translate that POTFILES.in leaves out: their
# strings would silently stay English.
MARKS = {
    ".c": re.compile(r"\b(?:_|N_|C_|NC_|g_dngettext|g_dpgettext2|g_dgettext)\s*\("),
    ".ui": re.compile(r'translatable="yes"'),
}
unlisted = []
for top in ("src", "ui"):
    for dirpath, _, files in os.walk(os.path.join(ROOT, top)):
        for name in files:
            ext = os.path.splitext(name)[1]
            rel = os.path.relpath(os.path.join(dirpath, name), ROOT)
            if ext in MARKS and rel not in potfiles:
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    if MARKS[ext].search(f.read()):
                        unlisted.append(rel)
tap.check("POTFILES.in names every source file with strings to translate", not unlisted,
          "add to po/POTFILES.in: " + details(sorted(unlisted)))

if not os.path.exists(os.path.join(BUILD, "po", "atlas-dataset-strings.c")):
    tap.check("the POT is up to date with the sources", False,
              "build/po/atlas-dataset-strings.c is missing: configure the build first")
elif not os.path.exists(POT):
    tap.check("the POT is up to date with the sources", False,
              "po/partnership-atlas.pot is missing: meson compile -C build partnership-atlas-pot")
else:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.pot")
        p = subprocess.run([XGETTEXT, "--package-name=partnership-atlas", "-f", os.path.join(PO, "POTFILES.in"),
                            "-D", ROOT, "-D", BUILD, "-o", fresh] + XGETTEXT_ARGS,
                           cwd=ROOT, capture_output=True, text=True)
        if tap.check("xgettext reads every file in POTFILES.in", p.returncode == 0, details(p.stderr.splitlines())):
            now, committed = keys(postatus.parse(fresh)), keys(postatus.parse(POT))
            new, gone = sorted(now - committed, key=str), sorted(committed - now, key=str)
            tap.check("the POT is up to date with the sources", not new and not gone,
                      "regenerate it: meson compile -C build partnership-atlas-pot\n# "
                      + details([f"not in the POT: {show(k)}" for k in new] +
                                [f"in the POT but no longer in the sources: {show(k)}" for k in gone]))

# Quotations are never translated: no excerpt and no document title of the
# built-in dataset may reach the POT (build-aux/dataset-strings.py).
if os.path.exists(POT):
    import json
    with open(os.path.join(ROOT, "data", "atlas-dataset.json"), encoding="utf-8") as f:
        dataset = json.load(f)
    quoted = {x["text"] for x in dataset.get("excerpts", [])} | {d["title"] for d in dataset.get("documents", []) if d.get("title")}
    leaked = sorted(m.msgid for m in postatus.live(postatus.parse(POT)) if m.msgid in quoted)
    tap.check("no excerpt or document title is in the POT", not leaked, details(repr(t) for t in leaked))

# --- the desktop file and the metainfo, with the translations merged ----------

DATA = os.path.join(BUILD, "data")
APP_ID = "io.github.partnership_atlas.PartnershipAtlas"
desktop = os.path.join(DATA, APP_ID + ".desktop")
metainfo = os.path.join(DATA, APP_ID + ".metainfo.xml")
if os.path.exists(desktop) and os.path.exists(metainfo):
    with open(desktop, encoding="utf-8") as f:
        desktop_text = f.read()
    with open(metainfo, encoding="utf-8") as f:
        metainfo_text = f.read()
    for lang in languages:
        want = [f"{key}[{lang}]=" for key in ("Name", "GenericName", "Comment", "Keywords")]
        tap.check(f"{lang}: the built desktop file has its Name, GenericName, Comment and Keywords",
                  all(w in desktop_text for w in want), details(w for w in want if w not in desktop_text))
        tap.check(f"{lang}: the built metainfo has its translations", f'xml:lang="{lang}"' in metainfo_text)
else:
    tap.check("the desktop file and the metainfo are built", False, f"not in {DATA}: build first")

# --- completeness -----------------------------------------------------------

for lang in languages:
    path = os.path.join(PO, lang + ".po")
    if not os.path.exists(path):
        continue
    p = subprocess.run([MSGFMT, "--statistics", "-o", os.devnull, path], capture_output=True, text=True)
    counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", p.stderr)}
    translated, fuzzy, untranslated, missing = postatus.status(lang, PO, POT)
    todo = ([f"fuzzy: {m.describe()}" for m in fuzzy] + [f"untranslated: {m.describe()}" for m in untranslated] +
            [f"not merged from the POT: {m.describe()}" for m in missing])
    tap.check(f"{lang}: 100 % translated (msgfmt: {p.stderr.strip()})",
              counts.get("fuzzy", 0) == 0 and counts.get("untranslated", 0) == 0 and not todo,
              "see build-aux/po-status.py " + lang + "\n# " + details(todo))

# --- typography the glossary asks for and a machine can see ----------------

# po/GLOSSARY.md, “Style”: Japanese uses half-width parentheses, as GTK's
# own Japanese catalogue does, with no space between them and Japanese text
KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff"
if "ja" in languages and os.path.exists(os.path.join(PO, "ja.po")):
    wrong = [f"{m.describe()}: {t!r}" for m in postatus.live(postatus.parse(os.path.join(PO, "ja.po")))
             for t in m.msgstr
             if re.search(f"[（）]|[{KANA_KANJI}] \\(|\\) [{KANA_KANJI}]", t)]
    tap.check("ja: half-width parentheses, not spaced from Japanese text (po/GLOSSARY.md)", not wrong,
              details(wrong))

tap.finish()
