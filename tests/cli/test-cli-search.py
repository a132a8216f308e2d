#!/usr/bin/python3
# --search end to end: every kind of record is found, folded for case,
# accents and width, in each output format, the expectations computed here
# from the dataset's raw JSON with Python's own Unicode folding.

import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

import tap

from cli_common import BINARY, DATASET, ROOT, Tests, run  # noqa: F401
BAD = os.path.join(ROOT, "tests", "data", "bad", "several-problems.json")

tests = test = Tests()


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Me"))
    return text.casefold().replace("’", "'")


def expected(query):
    """(kind, id) of every record whose searchable text holds the query."""
    d = json.load(open(DATASET, encoding="utf-8"))
    q = fold(query).strip()
    partners = {p["id"]: p for p in d["partners"]}
    found = []

    def has(*texts):
        return any(q in fold(t) for t in texts if t)

    def wordings(pa):
        return [w["text"] if isinstance(w, dict) else w for w in pa.get("wordings", [])]

    for p in d["programmes"]:
        partner = partners.get(p.get("partner"), {})
        texts = [p.get("title"), partner.get("name"), partner.get("short_name")]
        for pa in p.get("areas", []):
            texts += wordings(pa)
        if has(*texts):
            found.append(("programme", p["id"]))
    for p in d["partners"]:
        if has(p.get("name"), p.get("short_name")):
            found.append(("partner", p["id"]))
    for a in d["areas"]:
        texts = [a.get("name"), *a.get("aliases", [])]
        for p in d["programmes"]:
            for pa in p.get("areas", []):
                if pa["area"] == a["id"]:
                    texts += wordings(pa)
        if has(*texts):
            found.append(("area", a["id"]))
    for e in d["events"]:
        if has(e.get("title"), e.get("note")):
            found.append(("event", e["id"]))
    for doc in d["documents"]:
        if has(doc.get("title"), doc.get("publisher"), doc.get("locator"), *doc.get("authors", [])):
            found.append(("document", doc["id"]))
    for x in d["excerpts"]:
        translation = x.get("translation")
        if isinstance(translation, dict):
            translation = translation.get("text")
        if has(x.get("text"), translation):
            found.append(("excerpt", x["id"]))
    order = ["programme", "partner", "area", "event", "document", "excerpt"]
    return sorted(found, key=lambda kf: order.index(kf[0]))


def as_json(query, *extra):
    return json.loads(run(f"--search={query}", "--format=json", *extra, check=0).stdout)


@test
def cyber_finds_every_kind_it_should():
    results = as_json("cyber")
    kinds = {r["kind"] for r in results}
    # The issue's own check: events, excerpts, areas, and programmes or documents
    assert {"event", "excerpt", "area"} <= kinds, kinds
    assert kinds & {"programme", "document"}, kinds
    assert [(r["kind"], r["id"]) for r in results] == expected("cyber")
    ids = {r["id"] for r in results}
    assert "ev-kor-2022-ccdcoe" in ids
    assert "ev-nzl-2023-areas" in ids


@test
def json_shape():
    results = as_json("defence")
    assert isinstance(results, list) and results
    for r in results:
        assert set(r) >= {"kind", "id", "title", "snippet"}, r
        assert all(isinstance(r[k], str) for k in ("kind", "id", "title", "snippet"))
        assert r["kind"] in ("programme", "partner", "area", "event", "document", "excerpt")
        # The snippet holds the match whole
        assert "defence" in fold(r["snippet"]), r


@test
def documents_by_author_and_publisher():
    d = json.load(open(DATASET, encoding="utf-8"))
    doc = next(doc for doc in d["documents"] if doc.get("authors") and
               fold(doc["authors"][0]) not in fold(doc["title"]))
    results = as_json(doc["authors"][0].upper())
    assert ("document", doc["id"]) in [(r["kind"], r["id"]) for r in results]
    snippet = next(r["snippet"] for r in results if r["id"] == doc["id"])
    assert fold(doc["authors"][0]) in fold(snippet)


@test
def folding_case_accents_width():
    plain = as_json("cyber")
    for query in ("CYBER", "Cybér", "ｃｙｂｅｒ", "ＣＹＢＥＲ"):
        assert as_json(query) == plain, query
    # A Japanese word, written as the sources do and in half-width katakana
    ja = as_json("サイバー")
    assert ja and {"excerpt", "area"} <= {r["kind"] for r in ja}
    assert as_json("ｻｲﾊﾞｰ") == ja
    assert [(r["kind"], r["id"]) for r in ja] == expected("サイバー")


@test
def tsv_and_text():
    rows = list(csv.reader(io.StringIO(run("--search=cyber", "--format=tsv", check=0).stdout.decode()),
                           delimiter="\t"))
    assert rows[0] == ["kind", "id", "title", "snippet"]
    assert [(r[0], r[1]) for r in rows[1:]] == expected("cyber")
    assert all(len(r) == 4 for r in rows)
    text = run("--search=cyber", check=0).stdout.decode()
    assert "ev-kor-2022-ccdcoe" in text
    # Grouped under a heading with the count, as in the window
    n_events = sum(1 for k, _ in expected("cyber") if k == "event")
    assert f"Events ({n_events})" in text


@test
def nothing_found_and_usage():
    p = run("--search=zzzqqqxxx", check=1)
    assert "zzzqqqxxx" in p.stderr.decode()
    assert json.loads(run("--search=zzzqqqxxx", "--format=json").stdout) == []
    p = run("--search=cyber", "--format=xml", check=2)
    assert "xml" in p.stderr.decode()
    run("--search=cyber", DATASET, DATASET, check=2)


@test
def own_dataset_and_broken_one():
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(DATASET, encoding="utf-8"))
        d["events"][0]["title"] = "Quokkafest of partnership"
        path = os.path.join(tmp, "own.json")
        json.dump(d, open(path, "w", encoding="utf-8"))
        results = as_json("quokka", path)
        assert [(r["kind"], r["id"]) for r in results] == [("event", d["events"][0]["id"])]
    p = run("--search=cyber", BAD, check=1)
    assert "several-problems.json:" in p.stderr.decode()


def main():
    return tap.run(tests)


if __name__ == "__main__":
    sys.exit(main())
