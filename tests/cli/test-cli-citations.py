#!/usr/bin/python3
# --export=citations end to end: CSL-JSON checked against the rules of the
# CSL-JSON schema (item types, names, date-parts), BibTeX and CSL-JSON read
# by pandoc's citeproc where pandoc is installed, RIS parsed record by
# record, --programmes compared with the documents computed here from the
# raw JSON, --output, and the exit statuses of mistakes.

import json
import os
import re
import shutil
import subprocess
import tempfile

import jsonschema

import tap

from cli_common import BINARY, DATASET, ROOT, Tests, run  # noqa: F401
SMALL = os.path.join(ROOT, "tests", "export", "citations.json")

tests = test = Tests()


def export(fmt, *args):
    return run("--export=citations", f"--format={fmt}", *args, check=0).stdout.decode("utf-8")


# The rules of CSL-JSON's schema (csl-data.json, CSL 1.0.2) for what the
# export writes: the item types, name and date variables, and no variable
# CSL does not have
CSL_TYPES = [
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
    "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
]
DATE = {
    "type": "object",
    "properties": {
        "date-parts": {
            "type": "array", "minItems": 1, "maxItems": 2,
            "items": {"type": "array", "minItems": 1, "maxItems": 3,
                      "items": {"type": "integer"}},
        },
        "literal": {"type": "string"},
    },
    "additionalProperties": False,
}
NAME = {
    "type": "object",
    "properties": {"family": {"type": "string"}, "given": {"type": "string"},
                   "literal": {"type": "string"}},
    "additionalProperties": False,
    "oneOf": [{"required": ["family"]}, {"required": ["literal"]}],
}
SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["id", "type"],
        "properties": {
            "id": {"type": "string"},
            "type": {"enum": CSL_TYPES},
            "title": {"type": "string"},
            "author": {"type": "array", "items": NAME},
            "publisher": {"type": "string"},
            "container-title": {"type": "string"},
            "collection-title": {"type": "string"},
            "issued": DATE,
            "accessed": DATE,
            "URL": {"type": "string"},
            "language": {"type": "string"},
        },
        "additionalProperties": False,
    },
}


def parts(text):
    return [int(x) for x in text.split("-")]


@test
def csl_json_follows_the_schema():
    for path in (DATASET, SMALL):
        items = json.loads(export("csl-json", path))
        jsonschema.validate(items, SCHEMA)
        documents = json.load(open(path, encoding="utf-8"))["documents"]
        assert len(items) == len(documents), (len(items), len(documents))
        assert len({i["id"] for i in items}) == len(items), "ids are not unique"
        for item, doc in zip(items, documents):
            assert item["title"] == doc["title"], item
            if "date" in doc:
                assert item["issued"]["date-parts"] == [parts(doc["date"])], (item, doc)
            else:
                assert "issued" not in item, item
            if "accessed" in doc:
                assert item["accessed"]["date-parts"] == [parts(doc["accessed"])], (item, doc)
            assert item.get("URL") == doc.get("url"), item
            assert item.get("language") == doc.get("language"), item
            assert len(item.get("author", [])) == len(doc.get("authors", [])), item
            for date in ("issued", "accessed"):
                for p in item.get(date, {}).get("date-parts", []):
                    assert len(p) < 2 or 1 <= p[1] <= 12, item
                    assert len(p) < 3 or 1 <= p[2] <= 31, item


def pandoc_bibliography(path, text):
    """The bibliography pandoc's citeproc makes of every entry in @text."""
    with tempfile.TemporaryDirectory() as tmp:
        bib = os.path.join(tmp, path)
        with open(bib, "w", encoding="utf-8") as f:
            f.write(text)
        p = subprocess.run(["pandoc", "--citeproc", f"--bibliography={bib}", "-t", "plain", "--wrap=none"],
                           input='---\nnocite: "@*"\n---\n'.encode(), capture_output=True)
        assert p.returncode == 0, p.stderr.decode()
        assert p.stderr.decode().strip() == "", p.stderr.decode()
        return [e for e in p.stdout.decode("utf-8").split("\n\n") if e.strip()]


def unquote(text):
    return re.sub("[‘’“”']", '"', text)


@test
def pandoc_citeproc_reads_csl_json_and_bibtex():
    if shutil.which("pandoc") is None:
        raise tap.Skip("pandoc is not installed")
    for path in (DATASET, SMALL):
        documents = json.load(open(path, encoding="utf-8"))["documents"]
        csl = pandoc_bibliography("refs.json", export("csl-json", path))
        bib = pandoc_bibliography("refs.bib", export("bibtex", path))
        assert len(csl) == len(documents), (len(csl), len(documents))
        assert len(bib) == len(documents), (len(bib), len(documents))
        # pandoc reads each BibTeX entry as the CSL-JSON export says it
        p = subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson"], input=export("bibtex", path).encode(),
                           capture_output=True, check=True)
        from_bibtex = {i["id"]: i for i in json.loads(p.stdout)}
        for item in json.loads(export("csl-json", path)):
            other = from_bibtex[item["id"]]
            # (pandoc writes every quotation inside a title in double marks,
            # and reads an apostrophe as TeX does, as ’)
            assert unquote(other["title"]) == unquote(item["title"]), (other, item)
            assert other.get("issued") == item.get("issued"), (other, item)
            assert other.get("accessed") == item.get("accessed"), (other, item)
            assert other.get("URL") == item.get("URL"), (other, item)
            assert other.get("author", []) == item.get("author", []), (other, item)
            for who in ("publisher", "container-title"):
                assert unquote(other.get(who, "")) == unquote(item.get(who, "")), (who, other, item)


def ris_records(text):
    records, record = [], None
    for line in text.split("\r\n"):
        if line == "":
            assert record is None, "a blank line inside a record"
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line)
        assert m, repr(line)
        tag, value = m.groups()
        if tag == "TY":
            assert record is None, "TY inside a record"
            record = {"TY": [value]}
        elif tag == "ER":
            assert record is not None, "ER outside a record"
            records.append(record)
            record = None
        else:
            assert record is not None, f"{tag} outside a record"
            record.setdefault(tag, []).append(value)
    assert record is None, "the last record has no ER"
    return records


@test
def ris_has_one_complete_record_per_document():
    for path in (DATASET, SMALL):
        records = ris_records(export("ris", path))
        documents = json.load(open(path, encoding="utf-8"))["documents"]
        assert len(records) == len(documents)
        for r, doc in zip(records, documents):
            assert r["TY"][0] in ("RPRT", "NEWS", "ELEC", "JOUR", "BLOG", "GEN"), r
            assert r["TI"] == [doc["title"]], r
            assert len(r.get("AU", [])) == len(doc.get("authors", [])), r
            assert r.get("UR") == ([doc["url"]] if "url" in doc else None), r
            if "date" in doc:
                assert r["PY"] == [doc["date"][:4]] and r["DA"] == [doc["date"].replace("-", "/")], r
            else:
                assert "PY" not in r and "DA" not in r, r
            if "accessed" in doc:
                assert r["Y2"] == [doc["accessed"].replace("-", "/")], r


def cited_titles(path, ids):
    """The titles of the documents behind programmes @ids, from the raw JSON."""
    d = json.load(open(path, encoding="utf-8"))
    excerpts = {x["id"]: x["document"] for x in d["excerpts"]}
    cited = set()
    for p in d["programmes"]:
        if p["id"] not in ids:
            continue
        lists = [p.get("evidence", []), p.get("period", {}).get("evidence", [])]
        lists += [c["evidence"] for c in p.get("signed", [])]
        lists += [c["evidence"] for c in p.get("area_counts", [])]
        for a in p.get("areas", []):
            lists.append(a.get("evidence", []))
            lists += [w.get("evidence", []) for w in a.get("wordings", [])]
        for evidence in lists:
            cited.update(excerpts[x] for x in evidence)
    return [doc["title"] for doc in d["documents"] if doc["id"] in cited]


@test
def programmes_choose_the_documents():
    for path, ids in ((DATASET, ["kor-itpp"]), (DATASET, ["jpn-itpp", "nzl-itpp"]),
                      (SMALL, ["kor-ipcp"]), (SMALL, ["kor-itpp", "kor-ipcp"])):
        items = json.loads(export("csl-json", "--programmes=" + ",".join(ids), path))
        expected = cited_titles(path, ids)
        assert expected, ids
        assert [i["title"] for i in items] == expected, (ids, [i["title"] for i in items], expected)
        records = ris_records(export("ris", "--programmes=" + " , ".join(ids), path))
        assert [r["TI"][0] for r in records] == expected


@test
def output_goes_to_a_file_whole():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "refs.bib")
        with open(out, "w") as f:
            f.write("old")
        p = run("--export=citations", "--format=bibtex", "--output", out, check=0)
        assert p.stdout == b"", p.stdout
        assert open(out, encoding="utf-8").read() == export("bibtex")
        assert os.listdir(tmp) == ["refs.bib"], os.listdir(tmp)
        p = run("--export=citations", "--output", tmp, check=1)
        assert "folder" in p.stderr.decode(), p.stderr


@test
def mistakes_are_said_with_the_usual_statuses():
    p = run("--export=citations", "--format=endnote", check=2)
    assert "“endnote” is not a format for citations; use csl-json, bibtex or ris" in p.stderr.decode()
    p = run("--export=citations", "--programmes=kor-itpp,nope", check=2)
    assert "“nope” is not the id of any programme" in p.stderr.decode(), p.stderr
    assert p.stdout == b""
    p = run("--export=citations", "--layout=long", check=2)
    assert "--export=citations takes only --format, --programmes and --output" in p.stderr.decode()
    p = run("--export=citations", os.path.join(ROOT, "tests", "data", "bad", "several-problems.json"), check=1)
    assert p.stdout == b""
    p = run("--export=quotes", check=2)
    assert "citations" in p.stderr.decode(), p.stderr
    # The default format is CSL-JSON
    assert json.loads(run("--export=citations", SMALL, check=0).stdout)[0]["id"] == "escapes"


raise SystemExit(tap.run(tests))
