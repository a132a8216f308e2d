#!/usr/bin/python3
# The command line in each language of po/LINGUAS (LANGUAGE=xx, with the
# build tree's catalogues): --localized CSV exports have translated headers,
# status words and area names, cell for cell the same as the stable-code
# export; without --localized, and in JSON always, the output is the same
# bytes as in English; --help and error messages are translated. What each
# text should be is read from po/<lang>.po.

import csv
import io
import json
import os
import subprocess
import sys

import tap

BINARY = os.environ["ATLAS_BINARY"]
ROOT = os.environ["ATLAS_SOURCE_ROOT"]
sys.path.insert(0, os.path.join(ROOT, "build-aux"))
postatus = __import__("po-status")

DATASET = json.load(open(os.path.join(ROOT, "data", "atlas-dataset.json"), encoding="utf-8"))
STATUS_LABELS = {"listed": "Listed", "reported": "Reported", "not-listed": "Not listed", "unknown": "Unknown"}


def run(lang, *args):
    # A fixed export date: two exports a second apart say the same
    env = dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE=lang, SOURCE_DATE_EPOCH="1700000000")
    return subprocess.run([BINARY, *args], capture_output=True, env=env)


def table(output):
    return list(csv.reader(io.StringIO(output.decode("utf-8"), newline="")))


def translations(lang):
    messages = postatus.live(postatus.parse(os.path.join(ROOT, "po", lang + ".po")))
    return {m.key: m.msgstr[0] for m in messages if m.translated}


english_csv = run("", "--export=comparison").stdout
english_json = json.loads(run("", "--export=comparison", "--format=json").stdout)
english = table(english_csv)
tap.check("the English export has a header and rows", len(english) > 1, repr(english_csv[:200]))

for lang in postatus.linguas(os.path.join(ROOT, "po")):
    po = translations(lang)

    def tr(msgid, context=None):
        return po.get((context, msgid), msgid)

    p = run(lang, "--export=comparison", "--localized")
    rows = table(p.stdout)
    ok = tap.check(f"{lang}: --localized CSV export succeeds", p.returncode == 0 and len(rows) == len(english),
                   p.stderr.decode(errors="replace"))
    if not ok:
        continue
    header, body = rows[0], rows[1:]
    want = [tr("Area id"), tr("Cooperation area"), tr("Group")]
    tap.check(f"{lang}: the header is translated", header[:3] == want and header[0] != "Area id",
              f"{header[:3]} instead of {want}")

    labels = {code: tr(label, "atlas_area_status") for code, label in STATUS_LABELS.items()}
    bad = []
    for en_row, row in zip(english[1:], body):
        for en_cell, cell in zip(en_row[3:], row[3:]):
            if cell != labels.get(en_cell):
                bad.append(f"{row[0]}: {cell!r} for {en_cell!r}")
    tap.check(f"{lang}: status words are translated, cell for cell", not bad and labels["listed"] != "Listed",
              "; ".join(bad[:10]))

    names = {a["id"]: a["name"] for a in DATASET["areas"]}
    bad = [f"{row[0]}: {row[1]!r}" for row in body if row[1] != tr(names[row[0]], "dataset: area")]
    tap.check(f"{lang}: area names are translated", not bad, "; ".join(bad[:10]))
    tap.check(f"{lang}: area ids stay as they are", [r[0] for r in body] == [r[0] for r in english[1:]])

    p = run(lang, "--export=comparison")
    tap.check(f"{lang}: without --localized the CSV is the same as in English", p.stdout == english_csv,
              p.stdout[:200].decode(errors="replace"))
    p = run(lang, "--export=comparison", "--format=json", "--localized")
    tap.check(f"{lang}: JSON keeps stable English codes, even with --localized",
              p.returncode == 0 and json.loads(p.stdout) == english_json, p.stderr.decode(errors="replace"))

    p = run(lang, "--export=programmes", "--localized")
    rows = table(p.stdout)
    want = tr("yes", "exported table cell"), tr("no", "exported table cell")
    planned = [r[9] for r in rows[1:]] if rows and len(rows[0]) > 9 else []
    tap.check(f"{lang}: yes and no are translated in localized exports",
              p.returncode == 0 and planned and set(planned) <= set(want), f"{planned} not in {want}")

    p = run(lang, "--help")
    localized = tr("Write headers and status words in the user’s language instead of stable codes")
    tap.check(f"{lang}: --help is translated", p.returncode == 0 and localized in p.stdout.decode(),
              p.stdout.decode()[:300])

    p = run(lang, "--export=comparison", "--format=doc")
    message = tr("“%s” is not an export format; use csv, tsv, md, json, html, xlsx or pdf\n") % "doc"
    tap.check(f"{lang}: error messages are translated", p.returncode == 2 and p.stderr.decode() == message,
              f"{p.stderr.decode()!r} instead of {message!r}")

tap.finish()
