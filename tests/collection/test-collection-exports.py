#!/usr/bin/python3
# Reads a collection's exports back as their readers would: the ODT with
# zipfile and xml.etree (the container, the manifest, content.xml's
# quotations, citations and notes), the HTML with html.parser, the
# Markdown with Python-Markdown, the CSL-JSON with json. The collection
# (written by test-collection --export-to) has four pins: two plain, one
# pinned from a comparison cell, one whose excerpt vanished.

import atexit
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import tap

HELPER = sys.argv[1]
OUT = tempfile.mkdtemp(prefix="atlas-collection-exports-")
atexit.register(shutil.rmtree, OUT, True)
WRITTEN = subprocess.run([HELPER, "--export-to", OUT], check=True, capture_output=True, text=True)

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
NOTE = "Quote this in section 2 — <not markup> & “quotes”"
VANISHED = "no longer in the dataset"
GONE = "A passage <b>no longer</b> & gone."
CONTEXT = "Maritime security · Japan ITPP 2023"

# The built-in dataset's first excerpt, which the collection's first pin quotes
with open(os.path.join(os.environ["ATLAS_SOURCE_ROOT"], "data", "atlas-dataset.json"), encoding="utf-8") as f:
    DATASET = json.load(f)
FIRST = DATASET["excerpts"][0]["text"]


def path(fmt, ext):
    return os.path.join(OUT, f"collection-{fmt}.{ext}")


def text_of(element):
    """The text of an ODF element, line breaks as newlines"""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{{{NS['text']}}}line-break":
            parts.append("\n")
        else:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def test_odt_container():
    with zipfile.ZipFile(path("odt", "odt")) as z:
        infos = z.infolist()
        # ODF: the mimetype first, stored, with no extra field
        assert infos[0].filename == "mimetype", infos[0].filename
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert infos[0].extra == b"", infos[0].extra
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert z.testzip() is None
        manifest = ET.fromstring(z.read("META-INF/manifest.xml"))
        entries = {e.get(f"{{{NS['manifest']}}}full-path"): e.get(f"{{{NS['manifest']}}}media-type")
                   for e in manifest.findall("manifest:file-entry", NS)}
        assert entries["/"] == "application/vnd.oasis.opendocument.text", entries
        for member in ("content.xml", "styles.xml", "meta.xml"):
            assert member in entries, member
            ET.fromstring(z.read(member))  # well-formed


def odt_paragraphs():
    with zipfile.ZipFile(path("odt", "odt")) as z:
        content = ET.fromstring(z.read("content.xml"))
    body = content.find("office:body/office:text", NS)
    return [(e.tag.split("}")[1], e.get(f"{{{NS['text']}}}style-name"), text_of(e)) for e in body]


def test_quietly():
    # no warning from GLib or libgsf on the way
    assert WRITTEN.stderr == "", WRITTEN.stderr


def test_odt_pandoc():
    # A word processor's reader: pandoc reads the ODT as a document
    if shutil.which("pandoc") is None:
        raise tap.Skip("pandoc is not installed")
    text = subprocess.run(["pandoc", "-f", "odt", "-t", "plain", "--wrap=none", path("odt", "odt")],
                          check=True, capture_output=True, text=True).stdout
    assert text.startswith("Collection: "), text
    assert FIRST in text, text
    assert "Note: " + NOTE in text, text
    assert VANISHED in text, text
    assert text.count("Excerpt ") == 4, text


def test_odt_content():
    paragraphs = odt_paragraphs()
    for p in paragraphs:
        print("#", p)
    headings = [t for tag, _, t in paragraphs if tag == "h"]
    assert headings[0].startswith("Collection: "), headings
    assert headings[1:] == ["Excerpt 1", "Excerpt 2", "Excerpt 3", "Excerpt 4"], headings
    quotes = [t for _, style, t in paragraphs if style == "Quotations"]
    assert len(quotes) == 4 and quotes[0] == FIRST and quotes[2] == GONE, quotes
    citations = [t for _, style, t in paragraphs if style == "Citation"]
    assert len(citations) == 4, citations
    # a resolved pin cites its document as atlas_citation_reference() does
    assert "http" in citations[0] or "." in citations[0], citations[0]
    assert citations[2].replace("\u2068", "").replace("\u2069", "") == "A withdrawn report — p. 4", citations[2]
    vanished = [t for _, style, t in paragraphs if style == "Vanished"]
    assert len(vanished) == 1 and VANISHED in vanished[0], vanished
    assert [t for _, style, t in paragraphs if style == "Context"] == ["Pinned from: " + CONTEXT]
    notes = [t for _, style, t in paragraphs if style == "Note"]
    assert notes == ["Note: " + NOTE, "Note: Check the new edition"], notes


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.found = []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs).get("class")))
        if tag == "section":
            self.found.append({"classes": dict(attrs).get("class", ""), "parts": []})

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if self.found and self.stack and self.stack[-1][0] in ("blockquote", "p", "strong"):
            where = self.stack[-1] if self.stack[-1][0] != "strong" else self.stack[-2]
            self.found[-1]["parts"].append((where[0], where[1], data))


def test_html():
    with open(path("html", "html"), encoding="utf-8") as f:
        source = f.read()
    assert source.startswith("<!DOCTYPE html>")
    assert "<b>" not in source  # the dataset's and the reader's text are escaped
    page = Page()
    page.feed(source)
    assert len(page.found) == 4, page.found
    quote = "".join(d for tag, _, d in page.found[2]["parts"] if tag == "blockquote")
    assert quote == GONE, quote
    assert "vanished-pin" in page.found[2]["classes"]
    assert "vanished-pin" not in page.found[0]["classes"]
    note = "".join(d for tag, cls, d in page.found[0]["parts"] if cls == "note")
    assert note == "Note: " + NOTE, note


def test_markdown():
    import markdown

    with open(path("markdown", "md"), encoding="utf-8") as f:
        source = f.read()
    page = Page()
    rendered = markdown.markdown(source)
    # sections do not exist in Markdown: count the block quotes and notes
    assert rendered.count("<blockquote>") == 4, rendered
    assert "<b>" not in rendered
    assert "<p>A passage &lt;b&gt;no longer&lt;/b&gt; &amp; gone.</p>" in rendered, rendered
    assert "\\" not in rendered, rendered  # every escape was read as one
    assert VANISHED in rendered
    assert "Pinned from: " + CONTEXT in rendered
    assert "<strong>Note:</strong> Quote this in section 2 — &lt;not markup&gt; &amp; “quotes”" in rendered, rendered
    page.feed(rendered)


def test_csl_json():
    with open(path("csl-json", "json"), encoding="utf-8") as f:
        items = json.load(f)
    # one item per document behind a pin that is still in the dataset
    documents = {e["document"] for e in DATASET["excerpts"][:10]}
    assert 1 <= len(items) <= 3, items
    assert all(item["id"] and item["title"] and item["type"] for item in items), items
    assert len({item["id"] for item in items}) == len(items)
    assert documents


sys.exit(tap.run([test_quietly, test_odt_container, test_odt_content, test_odt_pandoc, test_html, test_markdown, test_csl_json]))
