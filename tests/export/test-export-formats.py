#!/usr/bin/python3
# Reads the HTML, XLSX, PDF and Markdown exports back with real consumers
# (html.parser, openpyxl, poppler's pdftotext/pdfinfo, Python-Markdown) and
# compares them cell by cell with the JSON export of the same table; then
# does the same with a hostile dataset and with tables too long and too wide
# for one page.

import functools
import html.parser
import importlib.util
import io
import json
import os
import pty
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

BINARY = os.environ["ATLAS_BINARY"]
ROOT = os.environ["ATLAS_SOURCE_ROOT"]
GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")
V2 = os.path.join(ROOT, "tests", "data", "good", "version-2.json")

# The hostile names and dataset of the command-line tests, so that every
# format faces the same values
sys.path.insert(0, os.path.join(ROOT, "tests"))  # for tap, which cli/test-cli.py imports
sys.path.insert(0, os.path.join(ROOT, "tests", "cli"))  # and cli_common
_spec = importlib.util.spec_from_file_location("test_cli", os.path.join(ROOT, "tests", "cli", "test-cli.py"))
test_cli = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(test_cli)
HOSTILE = test_cli.HOSTILE

GLYPHS = {"listed": "●", "reported": "◐", "not-listed": "○", "unknown": "?"}

tests = []


def test(f):
    tests.append(f)
    return f


def run(*args, check=0):
    p = subprocess.run([BINARY, *args], capture_output=True,
                       env=dict(os.environ, LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH="1700000000"))
    if check is not None and p.returncode != check:
        raise AssertionError(f"{args}: exit {p.returncode}, expected {check}\n{p.stderr.decode()}")
    return p


def export(tmp, fmt, *args):
    """Exports to a file with --output and returns its path."""
    path = os.path.join(tmp, "t." + fmt)
    run("--export=comparison", "--format=" + fmt, "--output=" + path, *args)
    return path


def json_table(*args):
    return json.loads(run("--export=comparison", "--format=json", *args).stdout)


SCRIPT_COLUMNS = ("id", "area_id", "programme_id", "excerpt_id", "document_id")
STATUS_WORDS = {"listed": "Listed", "reported": "Reported", "not-listed": "Not listed", "unknown": "Unknown"}


def dataset_title(args):
    path = next((a for a in args if a.endswith(".json")), os.path.join(ROOT, "data", "atlas-dataset.json"))
    return json.load(open(path, encoding="utf-8"))["title"]


def people_table(*args):
    """What a format for people (Markdown, HTML, XLSX, PDF) holds, computed
    from the JSON of codes and the localized CSV of the same comparison:
    no internal id column, words instead of codes, programmes of which
    every cell is unknown (no area data) named in the note instead, and
    the dataset's title in the table's."""
    import csv
    js = json_table(*args)
    header, *lines = list(csv.reader(io.StringIO(
        run("--export=comparison", "--format=csv", "--localized", *args).stdout.decode())))
    ids = [c["id"] for c in js["columns"]]
    assert len(header) == len(ids)
    long = "programme_id" in ids
    if long:
        # one row per programme and area: a programme without data has only unknown rows
        statuses = {}
        for r in js["rows"]:
            statuses.setdefault(r["programme_id"], set()).add(r["status"])
        empty = {p for p, s in statuses.items() if s == {"unknown"}}
    else:
        programme_ids = [i for i in ids if i in js["rows"][0] and
                         all(r[i] in STATUS_WORDS for r in js["rows"]) and "." not in i]
        empty = {p for p in programme_ids if all(r[p] == "unknown" for r in js["rows"])}
    keep = [k for k, i in enumerate(ids)
            if i not in SCRIPT_COLUMNS and i.split(".")[0] not in empty]
    rows, codes = [], []
    for line, r in zip(lines, js["rows"]):
        if long and r["programme_id"] in empty:
            continue
        # the CSV's quote before what a spreadsheet would read as a formula
        rows.append({ids[k]: line[k][1:] if line[k][:1] == "'" and line[k][1:2] in ("=", "+", "-", "@", "\t", "\r")
                     else line[k] for k in keep})
        codes.append({ids[k]: r[ids[k]] for k in keep})
    # evidence for people: numbered citations of the documents behind the
    # excerpts, numbered in the order first cited, pointing to the sources
    sources = []
    evidence = [c["id"] for c in [{"id": ids[k]} for k in keep] if c["id"].endswith(".evidence") or c["id"] == "excerpts"]
    if evidence:
        dataset = [a for a in args if a.endswith(".json")]
        documents = {r["id"]: r for r in json.loads(run("--export=excerpts", "--format=json", *dataset).stdout)["rows"]}
        for row, code in zip(rows, codes):
            for i in evidence:
                numbers = set()
                for x in (code[i] or "").split():
                    d = documents[x]["document_id"]
                    if d not in sources:
                        sources.append(d)
                    numbers.add(sources.index(d) + 1)
                row[i] = ", ".join(f"[{n}]" for n in sorted(numbers))
        sources = [documents[next(x for x in documents if documents[x]["document_id"] == d)] for d in sources]
    return {
        "sources": sources,
        "title": "Cooperation areas by programme — " + dataset_title(args),
        "note": js["note"],
        "empty": empty,
        "columns": [{"id": ids[k], "title": header[k]} for k in keep],
        "rows": rows,
        "codes": codes,
    }


def as_text(value):
    return "" if value is None else str(value)


@functools.cache
def have_xlsx():
    p = run("--export=comparison", "--format=xlsx", "--output=/dev/null/x", check=None)
    return "cannot write" not in p.stderr.decode()


def xlsx_test(f):
    """A test of the workbook, when this copy can write one."""
    if have_xlsx():
        return test(f)
    print(f"# {f.__name__} left out: built without libxlsxwriter")
    return f


def pdf_test(f):
    """A test that reads a PDF back with poppler's tools (poppler-utils)."""
    if shutil.which("pdftotext") and shutil.which("pdfinfo"):
        return test(f)
    print(f"# {f.__name__} left out: pdftotext or pdfinfo is not installed")
    return f


class Page(html.parser.HTMLParser):
    """The parts of an exported HTML page the tests look at."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.attrs = []
        self.title = ""
        self.head = []
        self.rows = []
        self.classes = []
        self.glyphs = []
        self.notes = []
        self.stack = []
        self.cell = None
        self.glyph = None
        self.section = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.attrs.append((tag, a))
        if tag in ("meta", "br", "link", "img", "hr"):
            return
        self.stack.append(tag)
        if tag in ("thead", "tbody"):
            self.section = tag
        elif tag == "tr" and self.section == "tbody":
            self.rows.append([])
            self.classes.append([])
            self.glyphs.append([])
        elif tag in ("td", "th"):
            self.cell = ""
            if tag == "td":
                self.classes[-1].append(a.get("class", ""))
                self.glyphs[-1].append(None)
        elif tag == "span" and a.get("class") == "glyph":
            self.glyph = ""
        elif tag == "p" and a.get("class") == "note":
            self.notes.append("")

    def handle_endtag(self, tag):
        if tag in ("meta", "br", "link", "img", "hr"):
            return  # void, as in <hr />
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()
        if tag == "th" and self.section == "thead":
            self.head.append(self.cell)
            self.cell = None
        elif tag == "td":
            cls = self.classes[-1][-1]
            text = self.cell
            if "status" in cls.split():
                # the word follows the glyph and one space
                assert text.startswith(" "), repr(text)
                text = text[1:]
            self.rows[-1].append(text)
            self.cell = None
        elif tag == "span" and self.glyph is not None:
            self.glyphs[-1][-1] = self.glyph
            self.glyph = None

    def handle_data(self, data):
        if "title" in self.stack and "head" in self.stack:
            self.title += data
        if self.glyph is not None:
            self.glyph += data
        elif self.cell is not None:
            self.cell += data
        elif self.stack and self.stack[-1] == "p" and self.notes and self.attrs[-1][1].get("class") == "note":
            self.notes[-1] += data


def parse_html(text):
    page = Page()
    page.feed(text)
    page.close()
    assert page.stack == [], page.stack
    return page


def check_html_against_json(text, js):
    """@js: a people_table()"""
    page = parse_html(text)
    assert page.title == js["title"], (page.title, js["title"])
    assert page.head == [c["title"] for c in js["columns"]], page.head
    ids = [c["id"] for c in js["columns"]]
    assert len(page.rows) == len(js["rows"]), (len(page.rows), len(js["rows"]))
    for got, want in zip(page.rows, js["rows"]):
        assert got == [as_text(want[i]) for i in ids], (got, want)
    return page


@test
def html_round_trip():
    for args in ([], ["--wording", "--evidence"], ["--layout=long", "--wording", "--evidence"]):
        js = people_table(*args)
        text = run("--export=comparison", "--format=html", *args).stdout.decode("utf-8")
        page = check_html_against_json(text, js)
        assert text.startswith("<!DOCTYPE html>\n")
        assert ("meta", {"charset": "utf-8"}) in page.attrs
        assert page.attrs[page.tags.index("html")][1]["lang"] == "en"
        assert page.tags.count("table") == 1 and page.tags.count("thead") == 1
        assert len(page.notes) == 1 and page.notes[0].endswith(js["note"]), page.notes
        # a programme without area data is a sentence, not a column
        assert js["empty"] and page.notes[0].startswith("Not shown, for want of area data: "), page.notes
        assert not any("_id" in h or h == "Id" for h in page.head), page.head
        assert '<time datetime="2023-11-14">Exported on 14 November 2023</time>' in text
        # a status cell: class per status, glyph and word
        ids = [c["id"] for c in js["columns"]]
        for r, row in enumerate(js["codes"]):
            for c, i in enumerate(ids):
                cls = page.classes[r][c].split()
                if "status" in cls:
                    assert "status-" + row[i] in cls, (cls, row[i])
                    assert page.glyphs[r][c] == GLYPHS[row[i]]
                elif isinstance(row[i], int):
                    assert cls == ["number"]
        assert sum("status" in c.split() for row in page.classes for c in row) > 0
        # standalone: nothing runs, nothing is fetched
        assert "script" not in page.tags
        # (a source's web address is a link the reader may follow, never fetched)
        assert not any(k == "src" or (k == "href" and not (t == "a" and re.match(r"https?://", v)))
                       or k.startswith("on") for t, a in page.attrs for k, v in a.items())
        assert "url(" not in text and "@import" not in text


@test
def html_localized_has_words_and_labels():
    text = run("--export=comparison", "--format=html", "--localized").stdout.decode()
    page = parse_html(text)
    assert "ROK ITPP 2023" in page.head, page.head
    words = {w for row in page.rows for w in row}
    assert {"Listed", "Reported", "Unknown"} <= words, words


@xlsx_test
def xlsx_round_trip():
    import openpyxl
    with tempfile.TemporaryDirectory() as tmp:
        for args in ([], ["--wording", "--evidence"], ["--layout=long", "--wording", "--evidence"]):
            js = people_table(*args)
            wb = openpyxl.load_workbook(export(tmp, "xlsx", *args))
            assert wb.properties.title == js["title"], wb.properties.title
            assert len(wb.worksheets) >= 2 and wb.sheetnames[1] == "Evidence", wb.sheetnames
            ws = wb.worksheets[0]
            # the header row, and in the wide layout the area column too
            assert ws.freeze_panes == ("A2" if "--layout=long" in args else "B2"), ws.freeze_panes
            rows = list(ws.iter_rows())
            assert [c.value for c in rows[0]] == [c["title"] for c in js["columns"]]
            assert all(c.font.b for c in rows[0])
            assert len(rows) == 1 + len(js["rows"]), (len(rows), len(js["rows"]))
            ids = [c["id"] for c in js["columns"]]
            fills = {}
            for cells, want, codes in zip(rows[1:], js["rows"], js["codes"]):
                assert [as_text(c.value) for c in cells] == [want[i] for i in ids], ([c.value for c in cells], want)
                for c, i in zip(cells, ids):
                    if isinstance(codes[i], int):
                        assert c.data_type == "n", (i, c.data_type)
                    if codes[i] in GLYPHS:
                        # a status: its word, on a fill of its own colour
                        assert c.value == STATUS_WORDS[codes[i]], (c.value, codes[i])
                        assert c.fill.fill_type == "solid", (i, c.fill)
                        fills[codes[i]] = c.fill.fgColor.rgb
            assert len(set(fills.values())) == len(fills), fills
            # The same tints as the HTML export: one palette for every format
            html = run("--export=comparison", "--format=html").stdout.decode()
            for status, rgb in fills.items():
                m = re.search(r"\.status-%s\{background:#([0-9a-f]{6})\}" % re.escape(status), html)
                assert m and m.group(1).upper() == rgb[-6:].upper(), (status, rgb, m and m.group(1))
            for sheet in wb.worksheets:
                for cells in sheet.iter_rows():
                    for c in cells:
                        assert c.data_type in ("s", "n") or c.value is None, (c.coordinate, c.data_type)


def legend_lines():
    return [(GLYPHS[code], STATUS_WORDS[code]) for code in ("listed", "reported", "not-listed", "unknown")]


@test
def html_has_legend_and_sources():
    for args in (["--wording", "--evidence"], ["--layout=long", "--evidence"]):
        js = people_table(*args)
        text = run("--export=comparison", "--format=html", *args).stdout.decode()
        page = parse_html(text)
        legend = re.findall(r'<li><span class="swatch status-([a-z-]+)" aria-hidden="true">(.)</span>'
                            r'<strong>([^<]+)</strong>: ([^<]+)</li>', text)
        assert [(g, w) for _, g, w, _ in legend] == legend_lines(), legend
        assert all(GLYPHS[c] == g and m for c, g, _, m in legend)
        items = re.findall(r'<li id="source-(\d+)" value="\d+" dir="auto">(.*?)</li>', text)
        assert [int(n) for n, _ in items] == list(range(1, len(js["sources"]) + 1)), items
        assert len(js["sources"]) > 5
        for (_, item), doc in zip(items, js["sources"]):
            assert html.unescape(re.sub("<[^>]+>", "", item)).startswith(
                (doc["authors"].split(";")[0] if doc["authors"] else doc["document"])[:10]), (item, doc)
            if doc["url"]:
                assert 'href="%s"' % html.escape(doc["url"], quote=True).replace("&#x27;", "&#39;") in item, (item, doc["url"])
        # the cells' numbers point into the list
        cited = {int(n) for row in page.rows for cell in row for n in re.findall(r"\[(\d+)\]", cell)}
        assert cited == set(range(1, len(items) + 1)), cited
    # no evidence, no list of sources
    assert "<h2" not in run("--export=comparison", "--format=html").stdout.decode()


@test
def markdown_has_legend_and_sources():
    import markdown
    js = people_table("--evidence")
    md = run("--export=comparison", "--format=md", "--evidence").stdout.decode()
    rendered = markdown.markdown(md, extensions=["tables"])
    lis = re.findall(r"<li>(.*?)</li>", rendered, re.S)
    legend = [html.unescape(re.sub("<[^>]+>", "", li)) for li in lis[:4]]
    assert [tuple(l.split(":")[0].split(" ", 1)) for l in legend] == legend_lines(), legend
    assert "<ol>" in rendered and "<h2>Sources</h2>" in rendered
    sources = [html.unescape(re.sub("<[^>]+>", "", li)) for li in lis[4:]]
    assert len(sources) == len(js["sources"]), (len(sources), len(js["sources"]))
    for got, doc in zip(sources, js["sources"]):
        assert not doc["url"] or doc["url"] in got, (got, doc["url"])


@xlsx_test
def xlsx_has_sources_and_legend_sheets():
    import openpyxl
    js = people_table("--evidence")
    with tempfile.TemporaryDirectory() as tmp:
        wb = openpyxl.load_workbook(export(tmp, "xlsx", "--evidence"))
    assert wb.sheetnames[2:] == ["Sources", "Legend", "About"], wb.sheetnames
    rows = [[c.value for c in r] for r in wb["Sources"].iter_rows()]
    assert rows[0] == ["Number", "Reference", "Address", "Accessed"], rows[0]
    assert [r[0] for r in rows[1:]] == list(range(1, len(js["sources"]) + 1))
    for r, doc in zip(rows[1:], js["sources"]):
        assert r[2] == doc["url"] and (not doc["url"] or doc["url"] in r[1]), (r, doc)
    assert any(r[3] for r in rows[1:]), "no accessed date"
    legend = wb["Legend"]
    lines = [[c.value for c in r] for r in legend.iter_rows()]
    assert [tuple(l[:2]) for l in lines[1:]] == legend_lines(), lines
    assert all(l[2] for l in lines[1:])
    # the tints of the table's cells
    fills = {r[1].value: r[1].fill.fgColor.rgb for r in list(legend.iter_rows())[1:]}
    for cells in wb.worksheets[0].iter_rows(min_row=2):
        for c in cells:
            if c.value in fills:
                assert c.fill.fgColor.rgb == fills[c.value], (c.value, c.fill.fgColor.rgb)
    # the evidence: each excerpt with its document's full reference
    ev = [[c.value for c in r] for r in wb["Evidence"].iter_rows()]
    assert ev[0][-1] == "Reference", ev[0]
    refs = {r[1] for r in rows[1:]}
    assert all(r[-1] in refs for r in ev[1:]), [r[-1] for r in ev[1:] if r[-1] not in refs][:2]


@pdf_test
def pdf_has_legend_and_sources():
    js = people_table("--wording", "--evidence")
    with tempfile.TemporaryDirectory() as tmp:
        layout, raw = pdf_texts(export(tmp, "pdf", "--wording", "--evidence"))
    flat = squeeze(raw)
    for glyph, word in legend_lines():
        assert squeeze(glyph + word) in flat or squeeze(word + "—") in flat, word
    assert "Sources" in raw
    after = flat[flat.rindex("Sources"):]
    for n, doc in enumerate(js["sources"], 1):
        assert "[%d]" % n in after, n
        if doc["url"]:
            assert squeeze(doc["url"]) in after, doc["url"]
    # the cells cite by number, never by excerpt id
    assert not re.search(r"\bx-[a-z]", raw), re.findall(r"\bx-[a-z][\w-]*", raw)[:3]


@pdf_test
def pdf_breaks_no_word():
    """Headers and cells wrap at spaces only: every word of every column
    title is whole in the text, and a status stays on one line."""
    for args in ([], ["--wording", "--evidence"]):
        js = people_table(*args)
        with tempfile.TemporaryDirectory() as tmp:
            _, raw = pdf_texts(export(tmp, "pdf", *args))
        tokens = raw.split()
        words = {w for c in js["columns"] for w in c["title"].split()}
        missing = sorted(w for w in words if w not in tokens)
        assert not missing, (args, missing)
        for t, after in zip(tokens, tokens[1:]):
            assert not (t.endswith("-") and t[:-1] + after in words), (args, t, after)
        # nor a word of the cells, as far as they are Latin words
        cells = {w for row in js["rows"] for v in row.values() for w in as_text(v).split()}
        for t, after in zip(tokens, tokens[1:]):
            assert not (t.endswith("-") and (t[:-1] + after) in cells), (args, t, after)
        assert "? Unknown" in raw and not re.search(r"\?\s*\n\s*Unknown", raw), args


def sha256_of(path):
    import hashlib
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


BUILTIN = os.path.join(ROOT, "data", "atlas-dataset.json")


@test
def json_names_its_dataset():
    js = json_table()
    assert js["dataset"] == {"title": dataset_title([]), "version": "2", "sha256": sha256_of(BUILTIN)}, js["dataset"]
    assert js["exported"]["app_version"] and js["exported"]["date"].startswith("2023-11-14"), js["exported"]
    assert "kor-itpp" in js["exported"]["selection"]
    # the keys that were there stay
    assert js["format"] == "partnership-atlas-table" and js["dataset_release"] == "2"
    other = json_table(GOOD)
    assert other["dataset"]["sha256"] == sha256_of(GOOD) and other["dataset"]["version"] is None, other["dataset"]


@test
def csv_with_metadata_has_a_datapackage():
    import csv
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
            path = export(tmp, fmt, "--with-metadata", "--wording")
            package = json.load(open(os.path.join(tmp, "datapackage.json"), encoding="utf-8"))
            header, *rows = list(csv.reader(open(path, encoding="utf-8", newline=""), delimiter=delimiter))
            (resource,) = package["resources"]
            assert resource["path"] == os.path.basename(path), resource["path"]
            assert resource["dialect"]["delimiter"] == delimiter
            fields = resource["schema"]["fields"]
            assert [f["name"] for f in fields] == header, (fields, header)
            for k, f in enumerate(fields):
                assert f["type"] in ("string", "integer")
                if f["type"] == "integer":
                    assert all(r[k] == "" or r[k].isdigit() for r in rows), f
            assert any(f["type"] == "integer" for f in fields)
            assert package["dataset"] == {"title": dataset_title([]), "version": "2", "sha256": sha256_of(BUILTIN)}
            assert re.fullmatch(r"[a-z0-9._-]+", package["name"]), package["name"]
        # only beside a file, and only for CSV and TSV
        assert run("--export=comparison", "--format=csv", "--with-metadata", check=2).returncode == 2
        assert run("--export=comparison", "--format=json", "--with-metadata",
                   "--output=" + os.path.join(tmp, "x.json"), check=2).returncode == 2


@test
def html_and_markdown_describe_themselves():
    sha = sha256_of(BUILTIN)
    text = run("--export=comparison", "--format=html").stdout.decode()
    footer = re.search(r'<footer class="about">(.*?)</footer>', text, re.S).group(1)
    assert sha in footer and "Partnership Atlas" in footer and "Programmes compared: ROK ITPP 2023" in footer, footer
    assert '<meta name="dataset-sha256" content="%s">' % sha in text
    md = run("--export=comparison", "--format=md").stdout.decode()
    assert "SHA-256 " + sha in md and "Exported on 14 November 2023 with Partnership Atlas" in md


@pdf_test
def pdf_footer_describes_the_export():
    sha = sha256_of(BUILTIN)
    with tempfile.TemporaryDirectory() as tmp:
        path = export(tmp, "pdf", "--wording", "--evidence")
        n, _ = pdf_pages(path)
        for page in range(1, n + 1):
            text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), path, "-"],
                                  capture_output=True, check=True).stdout.decode()
            flat = squeeze(text)
            assert sha in flat and "withPartnershipAtlas" in flat and "Programmescompared:" in flat, (page, text[-400:])


@xlsx_test
def xlsx_about_sheet():
    import openpyxl
    with tempfile.TemporaryDirectory() as tmp:
        wb = openpyxl.load_workbook(export(tmp, "xlsx"))
    about = {r[0].value: r[1].value for r in list(wb["About"].iter_rows())[1:]}
    assert about["SHA-256"] == sha256_of(BUILTIN), about
    assert about["Dataset"] == dataset_title([]) and about["Release"] == "2", about
    assert about["Exported on"] == "2023-11-14" and about["Exported with"].startswith("Partnership Atlas "), about
    assert about["Selection"].startswith("Programmes compared: "), about


@xlsx_test
def xlsx_evidence_sheet_matches_the_cells():
    import openpyxl
    long = json_table("--layout=long", "--evidence")
    excerpts = {r["id"]: r for r in json.loads(run("--export=excerpts", "--format=json").stdout)["rows"]}
    want = [(r["programme_id"], r["area_id"], x) for r in long["rows"] if r["excerpts"] for x in r["excerpts"].split()]
    with tempfile.TemporaryDirectory() as tmp:
        ws = openpyxl.load_workbook(export(tmp, "xlsx"))["Evidence"]
        rows = [[c.value for c in r] for r in ws.iter_rows()]
    # for readers: names, not ids
    assert rows[0][:6] == ["Programme", "Cooperation area", "Excerpt", "Document", "Locator", "Reference"], rows[0]
    labels = dict(zip([c["id"] for c in json_table()["columns"]], csv_header("--localized")))
    areas = {r["area_id"]: r["area"] for r in long["rows"]}
    texts = {x["id"]: x for x in excerpts.values()}
    got = sorted((r[0], r[1], r[2]) for r in rows[1:])
    assert got == sorted((labels[p], areas[a], texts[x]["text"]) for p, a, x in want), got[:3]
    assert len(want) > 10
    by_text = {x["text"]: x for x in excerpts.values()}
    for r in rows[1:]:
        x = by_text[r[2]]
        assert r[4] == x["locator"], r


def pdf_texts(path):
    layout = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode()
    raw = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, check=True).stdout.decode()
    return layout, raw


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, check=True).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1)), info


def squeeze(text):
    """Without white space: a name wrapped over lines still matches."""
    return re.sub(r"\s+", "", text)


def csv_header(*args):
    import csv
    return next(csv.reader(io.StringIO(run("--export=comparison", "--format=csv", *args).stdout.decode())))


@pdf_test
def pdf_has_title_areas_and_programmes():
    js = people_table()
    labels = [c["title"] for c in js["columns"][2:]]
    with tempfile.TemporaryDirectory() as tmp:
        path = export(tmp, "pdf")
        layout, raw = pdf_texts(path)
        pages, info = pdf_pages(path)
    assert layout.lstrip().startswith(js["title"]), layout[:200]
    assert "Exported on 14 November 2023" in layout
    assert squeeze(js["note"]) in squeeze(raw)
    flat = squeeze(raw)
    assert "kor-itpp" not in flat and "area_id" not in flat
    for row in js["rows"]:
        assert squeeze(row["area"]) in flat, row["area"]
    assert len(labels) >= 4
    for label in labels:
        assert squeeze(label) in flat, label
    assert "Not shown, for want of area data" in layout
    for word in ("● Listed", "◐ Reported", "? Unknown"):
        assert word in layout, word
    assert re.search(r"^Title:\s+" + re.escape(js["title"]) + "$", info, re.M), info
    # the built-in comparison (35 areas) may run over a page: then the pages are numbered
    assert pages == 1 or f"Page {pages} of {pages}" in layout, pages


def generated_dataset(tmp, n_areas, n_programmes):
    """A valid dataset with many areas and ITPPs, statuses in rotation."""
    d = json.load(open(GOOD, encoding="utf-8"))
    d["areas"] = [{"id": f"area-{i:03d}", "name": f"Cooperation area number {i:03d}"} for i in range(n_areas)]
    statuses = ["listed", "reported", "not-listed"]
    base = d["programmes"][0]
    programmes = []
    for p in range(n_programmes):
        prog = json.loads(json.dumps(base))
        prog["id"] = f"itpp-{p:02d}"
        prog["title"] = f"Programme {p:02d}"
        prog["areas"] = [{"area": f"area-{i:03d}", "status": statuses[(i + p) % 3], "evidence": ["x1"]}
                         for i in range(n_areas) if (i + p) % 4]
        programmes.append(prog)
    d["programmes"] = programmes
    d["events"][0]["programme"] = programmes[0]["id"]
    path = os.path.join(tmp, f"generated-{n_areas}x{n_programmes}.json")
    json.dump(d, open(path, "w", encoding="utf-8"))
    return path


@pdf_test
def pdf_long_table_spans_pages_with_header_on_each():
    with tempfile.TemporaryDirectory() as tmp:
        dataset = generated_dataset(tmp, 300, 3)
        js = json_table(dataset)
        path = export(tmp, "pdf", dataset)
        pages, _ = pdf_pages(path)
        layout, raw = pdf_texts(path)
    assert pages > 1, pages
    assert len(js["rows"]) == 300
    flat = squeeze(raw)
    for row in js["rows"]:
        assert squeeze(row["area"]) in flat, row["area"]
    # the header row starts every page
    page_texts = layout.split("\f")
    assert sum("Cooperation area" in t for t in page_texts) == pages, [t[:80] for t in page_texts]
    assert f"Page {pages} of {pages}" in layout


@pdf_test
def pdf_wide_table_is_split_without_losing_a_column():
    with tempfile.TemporaryDirectory() as tmp:
        dataset = generated_dataset(tmp, 12, 40)
        js = people_table(dataset, "--wording")
        path = export(tmp, "pdf", dataset, "--wording")
        pages, info = pdf_pages(path)
        layout, raw = pdf_texts(path)
    # too wide for one page: landscape slices of columns
    assert re.search(r"Page size:\s+841\.89 x 595\.276", info), info
    assert pages > 1, pages
    flat = squeeze(raw)
    for c in js["columns"]:
        assert squeeze(c["title"]) in flat, c["title"]
    # every slice repeats the area names
    slices = len(re.findall(r"Columns \d+–\d+ of \d+", layout))
    assert slices == pages, (slices, pages)
    for row in js["rows"]:
        assert flat.count(squeeze(row["area"])) == pages, row["area"]


@test
def markdown_renders_to_a_table():
    import markdown
    for args in ([], ["--layout=long", "--wording", "--evidence"]):
        js = people_table(*args)
        md = run("--export=comparison", "--format=md", *args).stdout.decode()
        rendered = markdown.markdown(md, extensions=["tables"])
        page = parse_html(rendered)
        assert page.tags.count("table") == 1
        assert len(page.head) == len(js["columns"]), page.head
        assert len(page.rows) == len(js["rows"]), (len(page.rows), len(js["rows"]))
        ids = [c["id"] for c in js["columns"]]
        for got, want in zip(page.rows, js["rows"]):
            assert len(got) == len(ids), got
            assert got == [as_text(want[i]) for i in ids], (got, want)


def hostile_dataset(tmp):
    path = test_cli.hostile_dataset(tmp)
    d = json.load(open(path, encoding="utf-8"))
    # what a workbook would read as an escaped character
    d["areas"].append({"id": "escape", "name": "_x0041_ is not an A"})
    # and a name longer than a spreadsheet cell or a PDF page holds
    d["areas"].append({"id": "long", "name": "Lorem ipsum dolor sit amet " * 1500})
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return path, [a["name"] for a in d["areas"]]


@test
def hostile_html():
    with tempfile.TemporaryDirectory() as tmp:
        dataset, names = hostile_dataset(tmp)
        text = run("--export=comparison", "--format=html", "--wording", dataset).stdout.decode()
        js = people_table("--wording", dataset)
    assert "<script" not in text.lower()
    assert "&lt;script&gt;" in text
    page = check_html_against_json(text, js)
    assert [r[0] for r in page.rows] == names
    assert "script" not in page.tags and "a" not in page.tags
    # an RTL name takes its own direction
    assert '<td dir="auto">עברית' in text


def control_unescape(text):
    """Workbooks store a control character such as CR as _x000D_, which
    Excel and LibreOffice decode and openpyxl 3.0 leaves as it is (it only
    undoes the _x005F_ that protects a literal “_xHHHH_”)."""
    return re.sub(r"_x00([01][0-9A-Fa-f])_", lambda m: chr(int(m.group(1), 16)), text)


@xlsx_test
def hostile_xlsx():
    import openpyxl
    with tempfile.TemporaryDirectory() as tmp:
        dataset, names = hostile_dataset(tmp)
        path = export(tmp, "xlsx", "--wording", dataset)
        wb = openpyxl.load_workbook(path)
        with zipfile.ZipFile(path) as z:
            xml = b"".join(z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/"))
            strings = z.read("xl/sharedStrings.xml").decode()
    ws = wb.worksheets[0]
    areas = [control_unescape(r[0].value) for r in ws.iter_rows(min_row=2)]
    assert areas[:-1] == names[:-1], areas[:-1]
    # cut to Excel's limit, and marked as cut
    assert len(areas[-1]) <= 32767 and areas[-1].endswith("…") and names[-1].startswith(areas[-1][:-1])
    for sheet in wb.worksheets:
        for cells in sheet.iter_rows():
            for c in cells:
                assert c.data_type in ("s", "n") or c.value is None, (c.coordinate, c.data_type)
    assert ws.cell(row=2, column=1).value.startswith("=HYPERLINK(")
    assert ws.cell(row=2, column=1).data_type == "s"
    assert b"<f>" not in xml and b"<f " not in xml
    # a literal “_x0041_” is kept from being read as an “A”
    assert "<t>_x005F_x0041_ is not an A</t>" in strings


@pdf_test
def hostile_pdf():
    with tempfile.TemporaryDirectory() as tmp:
        dataset, names = hostile_dataset(tmp)
        path = export(tmp, "pdf", "--wording", "--evidence", dataset)
        pages, _ = pdf_pages(path)
        layout, raw = pdf_texts(path)
    flat = squeeze(raw)
    for name in ("=HYPERLINK(", "<script>alert('x')</script>", "Quote\"and,comma", "Emoji"):
        assert name in flat, name
    # the long name goes on over pages rather than being cut; each line is
    # drawn once, so a page break (with the next page's head between) may
    # split one phrase
    assert pages > 5, pages
    assert flat.count("Loremipsumdolorsitamet") >= 1500 - pages, flat.count("Loremipsumdolorsitamet")


@pdf_test
def pdf_sets_hangul_and_japanese_in_a_cjk_font():
    """Latin text is set in a Latin face, so a PDF embeds no CJK font it does
    not need; Korean and Japanese names still come out as real glyphs that
    extract as the same text, not as boxes."""
    with tempfile.TemporaryDirectory() as tmp:
        latin = export(tmp, "pdf")
        latin_fonts = subprocess.run(["pdffonts", latin], capture_output=True, check=True).stdout.decode()
        d = json.load(open(GOOD, encoding="utf-8"))
        names = ["사이버 방어", "宇宙の安全保障"]
        for area, name in zip(d["areas"], names):
            area["name"] = name
        dataset = os.path.join(tmp, "cjk.json")
        json.dump(d, open(dataset, "w", encoding="utf-8"), ensure_ascii=False)
        path = export(tmp, "pdf", dataset)
        fonts = subprocess.run(["pdffonts", path], capture_output=True, check=True).stdout.decode()
        _, raw = pdf_texts(path)
    assert "CJK" not in latin_fonts and "Nanum" not in latin_fonts, latin_fonts
    assert "CJK" in fonts or "Nanum" in fonts, fonts
    flat = squeeze(raw)
    for name in names:
        assert squeeze(name) in flat, (name, flat[:400])


@test
def binary_formats_refuse_a_terminal():
    for fmt in ("pdf",) + (("xlsx",) if have_xlsx() else ()):
        main, child = pty.openpty()
        p = subprocess.run([BINARY, "--export=comparison", "--format=" + fmt], stdout=child,
                           stderr=subprocess.PIPE, env=dict(os.environ, LC_ALL="C.UTF-8"))
        os.close(child)
        os.close(main)
        assert p.returncode == 2, (fmt, p.returncode)
        assert b"--output" in p.stderr, p.stderr
    # HTML is text, and may go to standard output
    assert run("--export=comparison", "--format=html").stdout.startswith(b"<!DOCTYPE html>")


def dataset_with_release(tmp):
    """The built-in dataset as a version 2 file with a release of its own:
    long enough for a PDF of several pages."""
    d = json.load(open(os.path.join(ROOT, "data", "atlas-dataset.json"), encoding="utf-8"))
    d["version"] = 2
    d["release"] = "7"
    d["changelog"] = [{"release": "7", "date": "2026-11-30", "changes": ["A test release."]}]
    path = os.path.join(tmp, "released.json")
    json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return path


@pdf_test
def pdf_footer_names_dataset_release():
    # every page, not only the first, says which release of the data it shows
    with tempfile.TemporaryDirectory() as tmp:
        path = export(tmp, "pdf", "--layout=long", "--wording", dataset_with_release(tmp))
        n, _ = pdf_pages(path)
        assert n > 1, n
        for page in range(1, n + 1):
            text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), path, "-"],
                                  capture_output=True, check=True).stdout.decode()
            assert "Dataset release 7 of 2026-11-30." in text, (page, text[-300:])
        # a file without a release has no such line
        text = pdf_texts(export(tmp, "pdf", GOOD))[1]
        assert "Dataset release" not in text


@pdf_test
def timeline_pdf_names_dataset_release():
    with tempfile.TemporaryDirectory() as tmp:
        for dataset, want in ((V2, True), (GOOD, False)):
            path = os.path.join(tmp, "timeline.pdf")
            run("--export=timeline", "--format=pdf", "--output=" + path, dataset)
            text = pdf_texts(path)[1]
            assert ("Dataset release 2 of 2026-12-01." in text) == want, (dataset, text[-300:])


@xlsx_test
def xlsx_properties_name_dataset_release():
    with tempfile.TemporaryDirectory() as tmp:
        path = export(tmp, "xlsx", V2)
        custom = zipfile.ZipFile(path).read("docProps/custom.xml").decode()
        props = dict(re.findall(r'name="([^"]+)"><vt:lpwstr>([^<]*)</vt:lpwstr>', custom))
        assert props == {"Dataset release": "2", "Dataset release date": "2026-12-01"}, props
        names = zipfile.ZipFile(export(tmp, "xlsx", GOOD)).namelist()
        assert "docProps/custom.xml" not in names, names


@test
def same_data_same_file():
    # with SOURCE_DATE_EPOCH set, an export is reproducible
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("html", "pdf"):
            first = open(export(tmp, fmt), "rb").read()
            second = open(export(tmp, fmt), "rb").read()
            assert first == second, fmt


def main():
    # the command-line tests' TAP runner, over these tests
    test_cli.tests[:] = tests
    return test_cli.main()


if __name__ == "__main__":
    sys.exit(main())
