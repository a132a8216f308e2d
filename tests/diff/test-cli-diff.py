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

BINARY = os.environ["ATLAS_BINARY"]
ROOT = os.environ["ATLAS_SOURCE_ROOT"]
BASE = os.path.join(ROOT, "tests", "diff", "base.json")
BAD = os.path.join(ROOT, "tests", "data", "bad", "several-problems.json")

tests = []


def test(f):
    tests.append(f)
    return f


def run(*args, check=None):
    p = subprocess.run([BINARY, *args], capture_output=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if check is not None and p.returncode != check:
        raise AssertionError(f"{args}: exit {p.returncode}, expected {check}\n{p.stderr.decode()}")
    return p


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


def main():
    return tap.run(tests)


if __name__ == "__main__":
    sys.exit(main())
