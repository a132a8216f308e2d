#!/usr/bin/python3
# Drives the command line end to end: validation, every export format parsed
# back by a real reader and compared cell by cell with what the dataset says,
# computed here independently from the raw JSON.

import csv
import io
import json
import re
import os
import shutil
import subprocess
import sys
import tempfile

import tap

from cli_common import BINARY, DATASET, ROOT, Tests, run  # noqa: F401
GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")
BAD = os.path.join(ROOT, "tests", "data", "bad", "several-problems.json")
V2 = os.path.join(ROOT, "tests", "data", "good", "version-2.json")

tests = test = Tests()


def expected_matrix(path, programme_ids=None):
    """Areas × programmes statuses, straight from the dataset's JSON."""
    d = json.load(open(path, encoding="utf-8"))
    programmes = d["programmes"]
    if programme_ids is None:
        chosen = [p for p in programmes if p["type"] == "itpp"]
    else:
        by_id = {p["id"]: p for p in programmes}
        chosen = [by_id[i] for i in programme_ids]
    rows = []
    for area in d["areas"]:
        row = {"area_id": area["id"], "area": area["name"]}
        for p in chosen:
            status = "not-listed" if p.get("areas_complete") else "unknown"
            for pa in p.get("areas", []):
                if pa["area"] == area["id"]:
                    status = pa["status"]
            row[p["id"]] = status
        rows.append(row)
    return [p["id"] for p in chosen], rows


def compare(rows, ids, expected):
    assert len(rows) == len(expected), (len(rows), len(expected))
    for got, want in zip(rows, expected):
        assert got["area_id"] == want["area_id"], (got, want)
        assert got["area"] == want["area"], (got, want)
        for i in ids:
            assert got[i] == want[i], (want["area_id"], i, got[i], want[i])


STATUS_WORDS = {"listed": "Listed", "reported": "Reported", "not-listed": "Not listed", "unknown": "Unknown"}


def localized_header(*args):
    """Column id → its header in a localized export, from CSV and JSON."""
    js = json.loads(run("--export=comparison", "--format=json", *args, check=0).stdout)
    header = next(csv.reader(io.StringIO(run("--export=comparison", "--format=csv", "--localized", *args,
                                             check=0).stdout.decode())))
    return dict(zip([c["id"] for c in js["columns"]], header))


def compare_for_people(rows, ids, expected, *args):
    """A table for people (Markdown): headers and statuses in words, no
    area id; programmes without area data left out of the columns."""
    titles = localized_header(*args)
    assert len(rows) == len(expected), (len(rows), len(expected))
    assert "area_id" not in rows[0] and titles["area_id"] not in rows[0], rows[0].keys()
    shown = [i for i in ids if titles[i] in rows[0]]
    left_out = [i for i in ids if i not in shown]
    assert all(all(w[i] == "unknown" for w in expected) for i in left_out), left_out
    assert shown, rows[0].keys()
    for got, want in zip(rows, expected):
        assert got[titles["area"]] == want["area"], (got, want)
        for i in shown:
            assert got[titles[i]] == STATUS_WORDS[want[i]], (want["area_id"], i, got[titles[i]], want[i])
    return left_out


def parse_markdown(text):
    lines = [l for l in text.splitlines() if l.startswith("|")]

    def cells(line):
        out, cur, esc = [], "", False
        for ch in line[1:]:
            if esc:
                cur += ch
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == "|":
                out.append(cur.strip())
                cur = ""
            else:
                cur += ch
        return out

    header = cells(lines[0])
    assert all(c == "---" for c in cells(lines[1]))
    return [dict(zip(header, cells(l))) for l in lines[2:]]


@test
def version():
    p = run("--version", check=0)
    assert p.stdout.decode().startswith("partnership-atlas "), p.stdout


@test
def validate_good_and_bad():
    p = run("--validate", GOOD, check=0)
    assert p.stdout.decode() == f"{GOOD}: ok\n"
    p = run("--validate", GOOD, BAD, check=1)
    assert f"{GOOD}: ok" in p.stdout.decode()
    errors = p.stderr.decode().splitlines()
    assert len(errors) == 4, errors
    assert errors[0] == f"{BAD}:47:19: $.excerpts[0].document: “zzz” is not the id of any document in this dataset", errors[0]
    assert all(e.startswith(BAD + ":") for e in errors)


@test
def validate_every_bad_file_fails_without_crashing():
    bad_dir = os.path.join(ROOT, "tests", "data", "bad")
    for name in sorted(os.listdir(bad_dir)):
        if name.endswith(".json"):
            path = os.path.join(bad_dir, name)
            p = run("--validate", path)
            assert p.returncode == 1, (name, p.returncode)
            first = p.stderr.decode().splitlines()[0]
            assert first.startswith(path + ":"), first


@test
def validate_usage():
    run("--validate", check=2)
    p = run("--validate", "/nonexistent.json", check=1)
    assert "could not be read" in p.stderr.decode()


@test
def export_default_csv_is_itpps_and_honest():
    p = run("--export=comparison", "--format=csv", check=0)
    text = p.stdout.decode()
    assert "\r\n" in text  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    ids, expected = expected_matrix(DATASET)
    compare(rows, ids, expected)
    assert "kor-itpp" in ids
    assert sum(r["kor-itpp"] == "listed" for r in rows) == 11
    # Nobody reports these: they are unknown, never "no"
    for r in rows:
        for i in ids:
            assert r[i] in ("listed", "reported", "not-listed", "unknown")
    assert any(r[i] == "unknown" for r in rows for i in ids)


@test
def export_what_the_view_shows():
    """--only-differences, --hide-empty-programmes and --hide-unknown give the
    table the Compare page shows with those choices, and the note says so"""
    ids, expected = expected_matrix(DATASET)
    d = json.load(open(DATASET, encoding="utf-8"))
    with_data = {p["id"] for p in d["programmes"] if p.get("areas") or p.get("areas_complete")}
    kept = [i for i in ids if i in with_data]
    assert 0 < len(kept) < len(ids)
    js = json.loads(run("--export=comparison", "--format=json", "--only-differences",
                        "--hide-empty-programmes", "--hide-unknown", check=0).stdout)
    columns = [c["id"] for c in js["columns"]]
    assert [i for i in columns if i in ids] == kept, columns
    def differs(row):
        known = {row[i] for i in kept if row[i] != "unknown"}
        return len(known) > 1
    want = [r for r in expected if differs(r)]
    assert 0 < len(want) < len(expected)
    assert [r["area_id"] for r in js["rows"]] == [r["area_id"] for r in want]
    for got, r in zip(js["rows"], want):
        for i in kept:
            # a blank cell is null in JSON
            assert got[i] == (None if r[i] == "unknown" else r[i]), (r["area_id"], i, got[i])
    left_out = [i for i in ids if i not in with_data]
    assert "only the areas where programmes of known status differ" in js["note"], js["note"]
    assert all(i in js["note"] for i in left_out), js["note"]
    # Without a comparison they make no sense
    assert "--export=comparison" in run("--export=events", "--only-differences", check=2).stderr.decode()


@test
def export_formats_agree():
    ids, expected = expected_matrix(DATASET)
    tsv = run("--export=comparison", "--format=tsv", check=0).stdout.decode()
    compare(list(csv.DictReader(io.StringIO(tsv), delimiter="\t")), ids, expected)
    md = run("--export=comparison", "--format=md", check=0).stdout.decode()
    left_out = compare_for_people(parse_markdown(md), ids, expected)
    # a programme of which no source gives any area is named, not drawn
    assert left_out and "Not shown, for want of area data: " in md
    js = json.loads(run("--export=comparison", "--format=json", check=0).stdout)
    assert js["format"] == "partnership-atlas-table" and js["table"] == "comparison"
    assert [c["id"] for c in js["columns"]][:3] == ["area_id", "area", "group"]
    compare(js["rows"], ids, expected)


@test
def export_chosen_programmes():
    chosen = ["kor-ipcp-2019", "kor-itpp"]
    ids, expected = expected_matrix(DATASET, chosen)
    p = run("--export=comparison", "--programmes=" + ",".join(chosen), check=0)
    rows = list(csv.DictReader(io.StringIO(p.stdout.decode(), newline="")))
    assert list(rows[0].keys()) == ["area_id", "area", "group"] + chosen
    compare(rows, ids, expected)
    p = run("--export=comparison", "--programmes=kor-itpp,nope", check=2)
    assert "“nope” is not the id of any programme" in p.stderr.decode()


@test
def export_long_layout_with_wording_and_evidence():
    d = json.load(open(DATASET, encoding="utf-8"))
    js = json.loads(run("--export=comparison", "--format=json", "--layout=long", "--wording",
                        "--evidence", check=0).stdout)
    ids, expected = expected_matrix(DATASET)
    assert len(js["rows"]) == len(ids) * len(d["areas"])
    cyber = [r for r in js["rows"] if r["programme_id"] == "kor-itpp" and r["area_id"] == "cyber"][0]
    pa = [a for a in [p for p in d["programmes"] if p["id"] == "kor-itpp"][0]["areas"] if a["area"] == "cyber"][0]
    assert cyber["status"] == "listed"
    assert cyber["wording"] == pa["wordings"][0]["text"]
    assert cyber["position"] == pa["wordings"][0]["position"]
    assert cyber["other_wordings"] == " | ".join(w["text"] for w in pa["wordings"][1:])
    assert cyber["excerpts"].split() == pa["evidence"]


@test
def export_metadata_names_dataset_release():
    # every export says which release of the data it shows: the dataset's
    # release and the date of its newest changelog entry
    d = json.load(open(V2, encoding="utf-8"))
    release, date = d["release"], d["changelog"][0]["date"]
    line = f"Dataset release {release} of {date}."
    for what in ("comparison", "programmes", "events", "excerpts"):
        js = json.loads(run("--export=" + what, "--format=json", V2, check=0).stdout)
        assert js["dataset_release"] == release and js["dataset_release_date"] == date, (what, js)
        assert js["note"].endswith(line), js["note"]
    md = run("--export=comparison", "--format=md", V2, check=0).stdout.decode()
    assert line in md, md
    page = run("--export=comparison", "--format=html", V2, check=0).stdout.decode()
    assert f'<meta name="dataset-release" content="{release}">' in page
    assert f'<meta name="dataset-release-date" content="{date}">' in page
    assert line in page
    # a version 1 file gives no release, and the exports claim none
    js = json.loads(run("--export=comparison", "--format=json", GOOD, check=0).stdout)
    assert "dataset_release" not in js and "dataset_release_date" not in js
    assert "release" not in js["note"]


@test
def export_programmes_area_counts():
    # the numbers of areas the sources give (several where they disagree)
    # and how many areas are known, as the dataset says
    d = json.load(open(V2, encoding="utf-8"))
    rows = {r["id"]: r for r in json.loads(run("--export=programmes", "--format=json", V2, check=0).stdout)["rows"]}
    assert len(rows) == len(d["programmes"])
    for p in d["programmes"]:
        counts = [c["count"] for c in p.get("area_counts", [])]
        want = counts[0] if len(counts) == 1 else " | ".join(map(str, counts))
        assert rows[p["id"]]["area_counts"] == want, (p["id"], rows[p["id"]])
        known = sum(1 for a in p.get("areas", []) if a["status"] != "unknown")
        # of a programme no source names an area of, the counts are blank:
        # a 0 would read as "covers nothing"
        if known == 0 and not p.get("areas_complete"):
            assert rows[p["id"]]["known_areas"] is None, (p["id"], rows[p["id"]])
            assert rows[p["id"]]["areas"] is None, (p["id"], rows[p["id"]])
        else:
            assert rows[p["id"]]["known_areas"] == known, (p["id"], rows[p["id"]])
    # the built-in dataset has such programmes, in every format
    builtin = {r["id"]: r for r in json.loads(run("--export=programmes", "--format=json").stdout)["rows"]}
    for pid in ("jpn-ipcp-2018", "aus-ipcp-2013", "kor-itpp-2027"):
        assert builtin[pid]["areas"] is None and builtin[pid]["known_areas"] is None, builtin[pid]
    assert builtin["kor-itpp"]["known_areas"] == 11
    tsv = run("--export=programmes", "--format=tsv").stdout.decode().splitlines()
    header = tsv[0].split("\t")
    for line in tsv[1:]:
        cells = dict(zip(header, line.split("\t")))
        if cells["id"] == "jpn-ipcp-2018":
            assert cells["areas"] == "" and cells["known_areas"] == "", cells
    js = json.loads(run("--export=programmes", "--format=json", GOOD, check=0).stdout)
    assert all(r["area_counts"] is None for r in js["rows"])


@test
def export_excerpts_kind_language_translation():
    # each excerpt with its source's kind, its language (its own, else its
    # document's) and the editors' translation apart from its text
    d = json.load(open(V2, encoding="utf-8"))
    docs = {x["id"]: x for x in d["documents"]}
    rows = json.loads(run("--export=excerpts", "--format=json", V2, check=0).stdout)["rows"]
    assert [r["id"] for r in rows] == [x["id"] for x in d["excerpts"]]
    for r, x in zip(rows, d["excerpts"]):
        doc = docs[x["document"]]
        assert r["text"] == x["text"]
        assert r["kind"] == doc.get("kind"), r
        assert r["language"] == x.get("language", doc.get("language")), r
        assert r["editors_translation"] == x.get("translation", {}).get("text"), r


@test
def export_lists():
    d = json.load(open(DATASET, encoding="utf-8"))
    for what, key in (("programmes", "programmes"), ("events", "events"), ("excerpts", "excerpts")):
        rows = list(csv.DictReader(io.StringIO(run("--export=" + what, check=0).stdout.decode(), newline="")))
        assert [r["id"] for r in rows] == [x["id"] for x in d[key]], what
        js = json.loads(run("--export=" + what, "--format=json", check=0).stdout)
        assert [r["id"] for r in js["rows"]] == [x["id"] for x in d[key]], what
    excerpts = json.loads(run("--export=excerpts", "--format=json", check=0).stdout)["rows"]
    assert [r["text"] for r in excerpts] == [x["text"] for x in d["excerpts"]]


@test
def export_usage_errors():
    assert "not an export format" in run("--export=comparison", "--format=doc", check=2).stderr.decode()
    assert "cannot be exported" in run("--export=nothing", check=2).stderr.decode()
    assert "not a layout" in run("--export=comparison", "--layout=tall", check=2).stderr.decode()
    run("--export=events", "--programmes=kor-itpp", check=2)
    run("--format=csv", check=2)


@test
def export_timeline_range_errors_name_the_option():
    err = run("--export=timeline", "--format=svg", "--from=2010-1", check=2).stderr.decode()
    assert err.startswith("--from:") and "2010-1" in err, err
    err = run("--export=timeline", "--format=svg", "--to=2023-02-30", check=2).stderr.decode()
    assert err.startswith("--to:") and "2023-02-30" in err, err
    err = run("--export=timeline", "--format=svg", "--from=2020", "--to=2019-12", check=2).stderr.decode()
    assert "--from=2020" in err and "--to=2019-12" in err, err
    assert "--export=timeline" in run("--export=programmes", "--to=2020", check=2).stderr.decode()
    # A good range draws an SVG that differs from the default first view
    ranged = run("--export=timeline", "--format=svg", "--from=2010", "--to=2020", check=0).stdout
    default = run("--export=timeline", "--format=svg", check=0).stdout
    assert ranged.startswith(b"<?xml") and ranged != default


@test
def export_pdf_paper():
    """--paper lays a PDF out on A4 (the default) or US Letter, and only a PDF"""
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {}
        for paper in (None, "a4", "letter", "LETTER"):
            out = os.path.join(tmp, f"{paper}.pdf")
            run("--export=comparison", "--format=pdf", "--output", out,
                *([f"--paper={paper}"] if paper else []), check=0)
            data = open(out, "rb").read()
            # cairo writes each page's size uncompressed; a wide table is landscape
            sizes[paper] = {tuple(sorted(m, key=float)) for m in
                            re.findall(rb"/MediaBox \[ 0 0 ([0-9.]+) ([0-9.]+) \]", data)}
        assert sizes[None] == sizes["a4"] == {(b"595.2756", b"841.8898")}, sizes
        assert sizes["letter"] == sizes["LETTER"] == {(b"612", b"792")}, sizes
        err = run("--export=comparison", "--format=pdf", "--output", os.path.join(tmp, "x.pdf"),
                  "--paper=a5", check=2).stderr.decode()
        assert "“a5” is not a paper size" in err, err
        assert not os.path.exists(os.path.join(tmp, "x.pdf"))
    assert "--format=pdf" in run("--export=comparison", "--format=csv", "--paper=a4", check=2).stderr.decode()
    assert "--paper goes with --export" in run("--paper=a4", check=2).stderr.decode()


@test
def export_of_broken_dataset_fails_with_its_problems():
    p = run("--export=comparison", BAD, check=1)
    assert p.stdout == b""
    assert p.stderr.decode().startswith(BAD + ":47:19:")


@test
def export_to_file_is_atomic():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "t.csv")
        run("--export=comparison", "--output", out, check=0)
        stdout = run("--export=comparison", check=0).stdout
        assert open(out, "rb").read() == stdout
        # A failed export (bad dataset) leaves the existing file alone
        open(out, "w").write("precious")
        run("--export=comparison", "--output", out, BAD, check=1)
        assert open(out).read() == "precious"
        # A directory is not replaced
        sub = os.path.join(tmp, "dir")
        os.mkdir(sub)
        p = run("--export=comparison", "--output", sub, check=1)
        assert "Could not write" in p.stderr.decode(), p.stderr
        assert os.path.isdir(sub) and os.listdir(sub) == []
        # A folder that does not exist
        p = run("--export=comparison", "--output", os.path.join(tmp, "no", "t.csv"), check=1)
        assert "Could not write" in p.stderr.decode()
        # A device that is not a regular file
        p = run("--export=comparison", "--output", "/dev/full", check=1)
        assert "Could not write" in p.stderr.decode()
        assert sorted(os.listdir(tmp)) == ["dir", "t.csv"], os.listdir(tmp)


HOSTILE = [
    "=HYPERLINK(\"http://evil.example\",\"click\")",
    "+1+2", "-3", "@SUM(A1)", "\tTabbed", "<script>alert('x')</script>",
    "Quote \" and, comma", "Line\nbreak\r\nand CR", "עברית RTL \u202e override", "Emoji 🎌🇰🇷",
    "| pipe [link](http://x) *bold* `code`",
]


def hostile_dataset(tmp):
    d = json.load(open(GOOD, encoding="utf-8"))
    d["areas"] = [{"id": f"a{i}", "name": name} for i, name in enumerate(HOSTILE)]
    d["programmes"][0]["areas"] = [{"area": "a0", "status": "listed", "evidence": ["x1"],
                                    "wordings": [{"text": HOSTILE[0], "position": 1}]}]
    path = os.path.join(tmp, "hostile.json")
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return path


@test
def hostile_names_export_safely():
    with tempfile.TemporaryDirectory() as tmp:
        path = hostile_dataset(tmp)
        # CSV: values come back, formulas neutralised with a leading apostrophe
        rows = list(csv.DictReader(io.StringIO(run("--export=comparison", "--wording", path, check=0)
                                               .stdout.decode(), newline="")))
        for row, name in zip(rows, HOSTILE):
            if name[0] in "=+-@\t\r":
                assert row["area"] == "'" + name, (row["area"], name)
            else:
                assert row["area"] == name, (row["area"], name)
        assert rows[0]["kor-itpp.wording"] == "'" + HOSTILE[0]
        # TSV: one line per row whatever the names hold
        tsv = run("--export=comparison", "--format=tsv", path, check=0).stdout.decode()
        assert len(tsv.splitlines()) == 1 + len(HOSTILE)
        trows = list(csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
        assert all(len(r) == len(trows[0]) for r in trows)
        assert trows[1][1].startswith("'=")
        # JSON: exact
        js = json.loads(run("--export=comparison", "--format=json", path, check=0).stdout)
        assert [r["area"] for r in js["rows"]] == HOSTILE
        # Markdown: no raw HTML, no broken table
        md = run("--export=comparison", "--format=md", path, check=0).stdout.decode()
        assert "<script>" not in md
        mrows = parse_markdown(md)
        assert len(mrows) == len(HOSTILE)
        assert mrows[5]["Cooperation area"] == HOSTILE[5]
        assert mrows[10]["Cooperation area"] == HOSTILE[10]


@test
def list_programmes():
    d = json.load(open(DATASET, encoding="utf-8"))
    lines = run("--list-programmes", check=0).stdout.decode().splitlines()
    assert [l.split("\t")[0] for l in lines] == [p["id"] for p in d["programmes"]]
    assert lines[0].split("\t")[1] in ("ipcp", "itpp", "other")


def main():
    return tap.run(tests)


if __name__ == "__main__":
    sys.exit(main())
