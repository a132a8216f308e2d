#!/usr/bin/python3
# The command line's --diff (every format read back, diff(1)'s exit
# statuses) and --apply (a correction applied, refused, and its diff).

import html.parser
import json
import os
import subprocess
import sys
import tempfile

import tap

from cli.cli_common import BINARY, ROOT, Tests, run

BASE = os.path.join(ROOT, "tests", "diff", "base.json")
BAD = os.path.join(ROOT, "tests", "data", "bad", "several-problems.json")

tests = test = Tests()


def base():
    return json.load(open(BASE, encoding="utf-8"))


def write(folder, name, data):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
    return path


def edited():
    """base.json with one change of each of four kinds and a hostile title"""
    d = base()
    d["programmes"][1]["areas"][1]["status"] = "listed"
    d["areas"][2]["name"] = "HADR"
    d["documents"].append({"id": "new", "title": "<script>alert(1)</script> & “quotes”", "kind": "news"})
    d["events"][0]["date"] = "2023-07"
    return d


@test
def identical_is_exit_0():
    p = run("--diff", BASE, BASE, check=0)
    assert p.stdout.decode() == "No changes\n", p.stdout
    p = run("--diff", BASE, BASE, "--format=json", check=0)
    assert json.loads(p.stdout)["changes"] == []


@test
def reordered_is_no_change():
    d = base()
    for key in ("partners", "areas", "documents", "excerpts", "programmes", "events"):
        d[key].reverse()
    with tempfile.TemporaryDirectory() as tmp:
        run("--diff", BASE, write(tmp, "reordered.json", d), check=0)


@test
def json_report():
    with tempfile.TemporaryDirectory() as tmp:
        new = write(tmp, "new.json", edited())
        p = run("--diff", BASE, new, "--format=json", check=1)
        report = json.loads(p.stdout)
        changes = report["changes"]
        assert report["summary"] == "4 changes: 1 area, 1 document, 1 programme area, 1 event", report["summary"]
        assert changes == [
            {"change": "changed", "record": "area", "id": "hadr", "field": "name",
             "old": "Humanitarian assistance and disaster relief", "new": "HADR"},
            {"change": "added", "record": "document", "id": "new",
             "new": "<script>alert(1)</script> & “quotes”"},
            {"change": "changed", "record": "programme-area", "id": "jpn-itpp/space", "field": "status",
             "old": "reported", "new": "listed", "effect": "Japan ITPP · Space: Reported → Listed"},
            {"change": "changed", "record": "event", "id": "ev-sign", "field": "date",
             "old": "2023-07-13", "new": "2023-07"},
        ], json.dumps(changes, indent=1, ensure_ascii=False)


@test
def text_report():
    with tempfile.TemporaryDirectory() as tmp:
        new = write(tmp, "new.json", edited())
        lines = run("--diff", BASE, new, check=1).stdout.decode().splitlines()
        assert lines[0] == "4 changes: 1 area, 1 document, 1 programme area, 1 event", lines
        assert "Programmes’ areas" in lines
        assert "  changed jpn-itpp/space status: reported → listed" in lines, lines
        assert "    Japan ITPP · Space: Reported → Listed" in lines, lines


class Collect(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


@test
def html_and_markdown_reports():
    with tempfile.TemporaryDirectory() as tmp:
        new = write(tmp, "new.json", edited())
        out = os.path.join(tmp, "report.html")
        run("--diff", BASE, new, "--format=html", "--output", out, check=1)
        page = open(out, encoding="utf-8").read()
        parser = Collect()
        parser.feed(page)
        assert "script" not in parser.tags, parser.tags
        text = "".join(parser.text)
        assert "<script>alert(1)</script> & “quotes”" in text
        assert "Japan ITPP · Space: Reported → Listed" in text
        assert parser.tags.count("h2") == 4, parser.tags
        md = run("--diff", BASE, new, "--format=md", check=1).stdout.decode()
        assert "\\<script\\>" in md and "<script>" not in md
        assert md.startswith("# Changes from ")


@test
def format_1_against_the_built_in_dataset():
    old = os.path.join(ROOT, "tests", "data", "good", "minimal.json")
    new = os.path.join(ROOT, "data", "atlas-dataset.json")
    report = json.loads(run("--diff", old, new, "--format=json", check=1).stdout)
    changes = report["changes"]
    assert {"change": "changed", "record": "dataset", "id": "", "field": "version", "old": "1", "new": "2"} in changes
    d = json.load(open(new, encoding="utf-8"))
    added = {c["id"] for c in changes if c["change"] == "added" and c["record"] == "programme"}
    assert added == {p["id"] for p in d["programmes"]} - {"kor-itpp"}, added
    total = int(report["summary"].split()[0])
    assert total == len(changes), report["summary"]


@test
def unreadable_is_exit_2_with_located_problems():
    p = run("--diff", BASE, BAD, check=2)
    errors = p.stderr.decode().splitlines()
    assert errors[0] == f"{BAD}:47:19: $.excerpts[0].document: “zzz” is not the id of any document in this dataset", errors
    assert p.stdout == b""
    p = run("--diff", BASE, "/nonexistent/x.json", check=2)
    assert "/nonexistent/x.json" in p.stderr.decode()


@test
def usage():
    p = run("--diff", BASE, check=2)
    assert "--diff" in p.stderr.decode()
    p = run("--diff", BASE, BASE, "--format=xlsx", check=2)
    assert "xlsx" in p.stderr.decode()


def correction(patch, **extra):
    c = {"format": "partnership-atlas-correction", "version": 1, "dataset": "1",
         "note": "The Ministry's page lists space among the areas."}
    c.update(extra)
    c["patch"] = patch
    return c


SPACE_LISTED = [
    {"op": "test", "path": "/programmes/1/id", "value": "jpn-itpp"},
    {"op": "test", "path": "/programmes/1/areas/1/status", "value": "reported"},
    {"op": "replace", "path": "/programmes/1/areas/1/status", "value": "listed"},
    {"op": "add", "path": "/programmes/1/areas/1/evidence/-", "value": "x-mofa-2"},
    {"op": "add", "path": "/programmes/1/areas/1/wordings",
     "value": [{"text": "宇宙", "position": 2, "evidence": ["x-mofa-2"]}]},
    {"op": "replace", "path": "/events/1/date", "value": "2024-05"},
]
DOCUMENT = {"id": "mofa-2", "title": "Japan–NATO ITPP", "kind": "official", "url": "https://www.mofa.go.jp/x"}
EXCERPT = {"id": "x-mofa-2", "document": "mofa-2", "text": "宇宙", "locator": "¶ 4"}


@test
def apply_then_diff_is_the_correction():
    with tempfile.TemporaryDirectory() as tmp:
        fix = write(tmp, "fix.json", correction(SPACE_LISTED, document=DOCUMENT, excerpt=EXCERPT))
        new = os.path.join(tmp, "new.json")
        p = run("--apply", fix, BASE, "--output", new, check=0)
        assert p.stderr == b"", p.stderr
        run("--validate", new, check=0)
        changes = json.loads(run("--diff", BASE, new, "--format=json", check=1).stdout)["changes"]
        assert changes == [
            {"change": "added", "record": "document", "id": "mofa-2", "new": "Japan–NATO ITPP"},
            {"change": "added", "record": "excerpt", "id": "x-mofa-2", "new": "宇宙"},
            {"change": "changed", "record": "programme-area", "id": "jpn-itpp/space", "field": "status",
             "old": "reported", "new": "listed", "effect": "Japan ITPP · Space: Reported → Listed"},
            {"change": "changed", "record": "programme-area", "id": "jpn-itpp/space", "field": "wordings",
             "old": None, "new": "宇宙 #2 [x-mofa-2]"},
            {"change": "changed", "record": "programme-area", "id": "jpn-itpp/space", "field": "evidence",
             "old": "x-ja", "new": "x-ja, x-mofa-2"},
            {"change": "changed", "record": "event", "id": "ev-talks", "field": "date",
             "old": "2024", "new": "2024-05"},
        ], json.dumps(changes, indent=1, ensure_ascii=False)
        # Everything else is as it was, member for member
        old, corrected = base(), json.load(open(new, encoding="utf-8"))
        corrected["documents"].pop()
        corrected["excerpts"].pop()
        space = corrected["programmes"][1]["areas"][1]
        space["status"] = "reported"
        space["evidence"].pop()
        del space["wordings"]
        corrected["events"][1]["date"] = "2024"
        assert corrected == old


def untouched(tmp, fix, message, status=1):
    """--apply refuses, and neither the dataset nor --output is written"""
    dataset = os.path.join(tmp, "dataset.json")
    with open(BASE, "rb") as f, open(dataset, "wb") as g:
        original = f.read()
        g.write(original)
    new = os.path.join(tmp, "new.json")
    for output in (new, dataset):
        p = run("--apply", fix, dataset, "--output", output, check=status)
        assert message in p.stderr.decode(), p.stderr.decode()
        assert not os.path.exists(new)
        assert open(dataset, "rb").read() == original
    assert sorted(os.listdir(tmp)) == sorted(["dataset.json", os.path.basename(fix)]), os.listdir(tmp)
    return p.stderr.decode()


@test
def apply_refuses_a_correction_that_breaks_the_dataset():
    with tempfile.TemporaryDirectory() as tmp:
        # evidence that names no excerpt: the loader's located problem
        fix = write(tmp, "fix.json", correction(SPACE_LISTED))
        err = untouched(tmp, fix, "the corrected dataset would not be valid, so nothing was written")
        assert "$.programmes[1].areas[1].evidence[1]: “x-mofa-2” is not the id of any excerpt" in err, err


@test
def apply_says_which_operation_failed():
    with tempfile.TemporaryDirectory() as tmp:
        patch = [dict(op) for op in SPACE_LISTED]
        patch[1]["value"] = "listed"
        fix = write(tmp, "fix.json", correction(patch, document=DOCUMENT, excerpt=EXCERPT))
        err = untouched(tmp, fix, "Operation 1 (test): “/programmes/1/areas/1/status” is \"reported\" in the dataset")
        assert err.startswith(fix + ": "), err
        patch = [{"op": "remove", "path": "/programmes/7"}]
        fix = write(tmp, "fix.json", correction(patch))
        untouched(tmp, fix, "Operation 0 (remove): “/programmes/7” names nothing in the dataset")


@test
def apply_refuses_what_is_not_a_correction():
    with tempfile.TemporaryDirectory() as tmp:
        fix = write(tmp, "fix.json", {"format": "partnership-atlas", "version": 1, "patch": []})
        untouched(tmp, fix, "This is not a correction file")
        fix = write(tmp, "fix.json", correction([], extra=1))
        untouched(tmp, fix, "$.extra: a correction file has no such member")
        p = run("--apply", fix, BASE, check=2)
        assert "--output" in p.stderr.decode()
        # Too deep for json-glib's recursion, refused by the loader's parser with where
        fix = os.path.join(tmp, "fix.json")
        with open(fix, "w") as f:
            f.write('{"format": "partnership-atlas-correction", "patch": ' + "[" * 100000 + "]" * 100000 + "}")
        err = untouched(tmp, fix, "nested more than")
        assert err.startswith(fix + ": 1:"), err
        with open(fix, "w") as f:
            f.write('{"format": "partnership-atlas-correction", "format": "x"}')
        untouched(tmp, fix, "1:54: The key “format” appears twice")


@test
def apply_warns_of_another_release():
    with tempfile.TemporaryDirectory() as tmp:
        fix = write(tmp, "fix.json", correction([{"op": "replace", "path": "/title", "value": "Fixed"}], dataset="0"))
        new = os.path.join(tmp, "new.json")
        p = run("--apply", fix, BASE, "--output", new, check=0)
        assert "made against release 0 of the dataset, which is release 1" in p.stderr.decode(), p.stderr
        assert json.load(open(new, encoding="utf-8"))["title"] == "Fixed"


@test
def apply_never_reads_a_pipe():
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "fifo.json")
        os.mkfifo(fifo)
        new = os.path.join(tmp, "new.json")
        p = subprocess.run([BINARY, "--apply", fifo, BASE, "--output", new], capture_output=True, timeout=30)
        assert p.returncode == 1 and "not a regular file" in p.stderr.decode(), p.stderr
        fix = write(tmp, "fix.json", correction([]))
        p = subprocess.run([BINARY, "--apply", fix, fifo, "--output", new], capture_output=True, timeout=30)
        assert p.returncode == 1 and "not a regular file" in p.stderr.decode(), p.stderr
        assert not os.path.exists(new)


def main():
    return tap.run(tests)


if __name__ == "__main__":
    sys.exit(main())
