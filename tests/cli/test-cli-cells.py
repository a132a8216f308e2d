#!/usr/bin/python3
# What a cell can hold, through every writer of the command line
# (docs/robustness.md, "Rules for the content"): every code point has one
# fate — noncharacters are refused at load by every command, so nothing is
# written of them, and every code point that loads is written well-formed
# by every format — and a cell a spreadsheet could take for a formula,
# behind white space or in full-width forms too, is neutralised in CSV and
# TSV and a plain string in XLSX.

import csv
import io
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import tap

from cli_common import DATASET, ROOT, Tests, run

GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")

tests = test = Tests()

# The noncharacters: U+FDD0..U+FDEF and the last two of every plane
NONCHARACTERS = ([chr(c) for c in range(0xFDD0, 0xFDF0)]
                 + [chr((plane << 16) | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)])
# Their neighbours, and every other kind of code point a dataset may hold
LOADS = ["\ufdcf", "\ufdf0", "\ufffd", "\U0001fffd", "\U0010fffd", "\ue000", "\U000f0000", "\u0378",
         "\u202e", "\u200b", "\ufeff", "\u2028", "\u0301", "\U0001f38c", "\t", "\n", "\r", "\ud7ff", "\ue001"]

TABLES = ["csv", "tsv", "md", "json", "html", "xlsx", "pdf"]


def write(tmp, d, name="d.json", ascii=False):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=ascii)
    return path


def writers(path, out):
    """Every command that writes a file of a dataset"""
    yield from (["--export=comparison", f"--format={f}", "--wording", "--evidence", "-o", out, path] for f in TABLES)
    yield from (["--export=excerpts", f"--format={f}", "-o", out, path] for f in TABLES)
    yield from (["--export=timeline", f"--format={f}", "-o", out, path] for f in ("png", "svg", "pdf"))
    yield from (["--export=citations", f"--format={f}", "-o", out, path] for f in ("csl-json", "bibtex", "ris"))
    yield ["--diff", "--format=html", GOOD, path, "-o", out]


def available(args):
    return "cannot write" not in run(*args).stderr.decode()


def hostile(text):
    """The minimal dataset with text in a programme title, an area name, an
    excerpt, a document title and an event title"""
    d = json.load(open(GOOD, encoding="utf-8"))
    d["programmes"][0]["title"] += text
    d["areas"][0]["name"] += text
    d["excerpts"][0]["text"] += text
    d["documents"][0]["title"] += text
    d["events"][0]["title"] += text
    return d


@test
def noncharacters_are_refused_by_every_command():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out")
        for n, c in enumerate(NONCHARACTERS):
            # Raw and escaped (a surrogate pair past the first plane)
            path = write(tmp, hostile(c), ascii=n % 2 == 1)
            message = re.compile(r"d\.json:\d+:\d+: The file contains the noncharacter U\+%04X" % ord(c))
            p = run("--validate", path)
            assert p.returncode == 1 and message.search(p.stderr.decode()), (c, p.stderr)
            # Every writer, with those that broke some (XLSX, PDF) and the first and last
            if c not in "\ufffe\uffff\ufdd0\U0010ffff":
                continue
            for args in writers(path, out):
                p = run(*args)
                assert p.returncode in (1, 2), (args, p.returncode)
                assert message.search(p.stderr.decode()), (args, p.stderr)
                assert not os.path.exists(out), args
            for args in (["--list-programmes", path], ["--search=Test", path]):
                p = run(*args)
                assert p.returncode == 1 and message.search(p.stderr.decode()), (args, p.stderr)
        # A correction cannot bring one in, nor hold one
        fix = os.path.join(tmp, "fix.json")
        for patch, note in (([{"op": "replace", "path": "/title", "value": "T\ufffe"}], "A note."),
                            ([{"op": "replace", "path": "/title", "value": "T"}], "A note\U0010ffff")):
            with open(fix, "w", encoding="utf-8") as f:
                json.dump({"format": "partnership-atlas-correction", "version": 1, "dataset": "1", "note": note,
                           "patch": patch}, f, ensure_ascii=False)
            p = run("--apply", fix, GOOD, "-o", out)
            assert p.returncode == 1 and "noncharacter" in p.stderr.decode(), p.stderr
            assert not os.path.exists(out)


def well_formed(args, data):
    """The file a writer made is well-formed for its format"""
    format = next(a for a in args if a.startswith("--format=")).split("=")[1]
    if format == "xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for part in z.namelist():
                if part.endswith((".xml", ".rels")):
                    ET.fromstring(z.read(part))  # XML 1.0 holds every character written
    elif format == "pdf":
        assert data.startswith(b"%PDF") and b"%%EOF" in data[-1024:], args
    elif format == "png":
        assert data.startswith(b"\x89PNG"), args
    else:
        text = data.decode("utf-8")
        if format in ("json", "csl-json"):
            json.loads(text)
        elif format == "svg":
            ET.fromstring(data)


@test
def every_code_point_that_loads_is_written_by_every_format():
    with tempfile.TemporaryDirectory() as tmp:
        text = "".join(LOADS)
        path = write(tmp, hostile(text))
        out = os.path.join(tmp, "out")
        for args in writers(path, out):
            if not available(args):
                continue
            p = run(*args)
            assert p.returncode in (0, 1) and not p.stderr, (args, p.returncode, p.stderr)
            data = open(out, "rb").read()
            well_formed(args, data)
            os.unlink(out)
        # JSON and CSV give the text back whole
        js = json.loads(run("--export=comparison", "--format=json", path, check=0).stdout)
        assert js["rows"][0]["area"] == "Cyber defence" + text
        rows = list(csv.reader(io.StringIO(run("--export=comparison", path, check=0).stdout.decode(), newline="")))
        assert rows[1][1] == "Cyber defence" + text


# Cells that some spreadsheet would read as a formula, at once or once it
# trimmed or normalised them, and cells that are only text
RISKY = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1", "  -2", "\n@SUM(A1)", "\r\n=1",
         "\u00a0+1", "\u3000=cmd", "\u2003=1", " \t \n=1", "\uff1dHYPERLINK(\"http://x\")", "\uff0b1", "\uff0d1",
         "\uff20A1", " \uff1d1", "\u3000\uff20A1"]
PLAIN = ["a=b", " plain", "1+1", "e-mail", "x@y", "\uff41=1", " ", ""]


def cells_dataset(tmp):
    d = json.load(open(DATASET, encoding="utf-8"))
    d["areas"] = [{"id": f"n{i}", "name": n} for i, n in enumerate(RISKY + PLAIN) if n]
    for p in d["programmes"]:
        p["areas"] = []
    return write(tmp, d), [n for n in RISKY + PLAIN if n]


def expected(name):
    return "'" + name if name in RISKY else name


@test
def formulas_are_neutralised_in_csv_and_tsv():
    with tempfile.TemporaryDirectory() as tmp:
        path, names = cells_dataset(tmp)
        rows = list(csv.DictReader(io.StringIO(run("--export=comparison", path, check=0).stdout.decode(),
                                               newline="")))
        assert [r["area"] for r in rows] == [expected(n) for n in names], [r["area"] for r in rows]
        # TSV: one line a row, tabs and line breaks as spaces, the apostrophe first
        tsv = run("--export=comparison", "--format=tsv", path, check=0).stdout.decode()
        fields = [line.split("\t")[1] for line in tsv.split("\n")[1:-1]]
        assert len(fields) == len(names), tsv
        assert fields == [re.sub(r"[\t\r\n]", " ", expected(n)) for n in names], fields


@test
def formulas_are_strings_in_xlsx():
    with tempfile.TemporaryDirectory() as tmp:
        path, names = cells_dataset(tmp)
        out = os.path.join(tmp, "t.xlsx")
        if not available(["--export=comparison", "--format=xlsx", "-o", out, path]):
            raise tap.Skip("this copy cannot write XLSX")
        run("--export=comparison", "--format=xlsx", "-o", out, path, check=0)
        ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
        with zipfile.ZipFile(out) as z:
            shared = [si for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
            # OOXML writes a carriage return as _x000D_
            strings = [re.sub(r"_x([0-9A-F]{4})_", lambda m: chr(int(m.group(1), 16)),
                              "".join(t.text or "" for t in si.iter(f"{{{ns['m']}}}t"))) for si in shared]
            sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        assert sheet.find(".//m:f", ns) is None, "a formula in the sheet"
        column = []
        for row in sheet.findall(".//m:row", ns)[1:]:
            cell = row.findall("m:c", ns)[0]
            assert cell.get("t") == "s", ET.tostring(cell)
            column.append(strings[int(cell.find("m:v", ns).text)])
        # Written as they are: a string cell is never evaluated
        assert column[column.index(names[0]):][:len(names)] == names, column


if __name__ == "__main__":
    sys.exit(tap.run(tests))
