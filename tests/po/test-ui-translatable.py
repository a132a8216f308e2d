#!/usr/bin/python3
# Every text a person reads in a GtkBuilder file (ui/*.ui) is marked
# translatable="yes": labels, titles, subtitles, tooltips, placeholders,
# descriptions, accessible labels and descriptions, menu labels, string
# list items. An unmarked one never reaches the POT and stays English in
# every language. One check per .ui file; the failure names file, line,
# element and text.

import glob
import os
import re
import xml.parsers.expat

import tap

ROOT = os.environ["ATLAS_SOURCE_ROOT"]

# Properties whose value people read (GTK 4.8, libadwaita 1.2).
TEXT_PROPERTIES = {
    "label", "title", "subtitle", "tooltip-text", "tooltip-markup", "placeholder-text",
    "description", "text", "secondary-text", "heading", "body", "button-label",
    "accept-label", "cancel-label", "comments", "release-notes", "copyright",
    "primary-icon-tooltip-text", "secondary-icon-tooltip-text", "tooltip",
    "search-placeholder", "loading-text", "empty-text",
}
# Accessible properties people hear (<accessibility><property name=…>)
ACCESSIBLE_PROPERTIES = {"label", "description", "role-description", "placeholder", "value-text"}
# GMenu attributes (<menu><item><attribute name=…>)
MENU_ATTRIBUTES = {"label"}

# Texts that are the same in every language, each with the reason. Add
# here only what no translator could want to change.
EXCEPTIONS = {
    "": "empty: nothing to translate",
    "•": "a bullet",
    "–": "an en dash between two values",
    "—": "an em dash standing for no value",
    "·": "a middle dot between two values",
    "…": "an ellipsis",
    "×": "a multiplication sign",
    "/": "a slash between two values",
}


class Node:
    """An XML element with the line it starts on (ElementTree keeps none)."""

    def __init__(self, tag, attrib, line):
        self.tag, self.attrib, self.line = tag, attrib, line
        self.text, self.children = "", []

    def get(self, name):
        return self.attrib.get(name)


def parse(path):
    parser = xml.parsers.expat.ParserCreate()
    stack = [Node("document", {}, 0)]

    def start(tag, attrib):
        node = Node(tag, attrib, parser.CurrentLineNumber)
        stack[-1].children.append(node)
        stack.append(node)

    def end(tag):
        stack.pop()

    def text(data):
        stack[-1].text += data

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, text
    with open(path, "rb") as f:
        parser.ParseFile(f)
    return stack[0]


def unmarked(path):
    """Where each readable text without translatable="yes" is."""
    found = []
    rel = os.path.relpath(path, ROOT)

    def check(node, kind, owner):
        text = node.text.strip()
        if node.get("translatable") == "yes" or text in EXCEPTIONS:
            return
        # A property set to an object (<property name="label"><object …>)
        # holds no literal text.
        if node.children:
            return
        found.append(f"{rel}:{node.line}: {kind} “{node.get('name') or node.tag}” of {owner}: {text!r}")

    def walk(node, owner):
        for child in node.children:
            if child.tag in ("object", "template"):
                walk(child, child.get("class") or child.get("parent") or "?")
            elif child.tag == "property" and child.get("name") in TEXT_PROPERTIES:
                check(child, "property", owner)
                walk(child, owner)
            elif child.tag == "accessibility":
                for prop in child.children:
                    if prop.tag == "property" and prop.get("name") in ACCESSIBLE_PROPERTIES:
                        check(prop, "accessible property", owner)
            elif child.tag == "attribute" and child.get("name") in MENU_ATTRIBUTES:
                check(child, "menu attribute", owner)
            elif child.tag == "item" and not child.children and child.text.strip():
                # <items><item>…</item></items> of GtkStringList and the like
                check(child, "item", owner)
            elif child.tag == "menu":
                walk(child, "menu " + (child.get("id") or ""))
            else:
                walk(child, owner)

    walk(parse(path), "interface")
    return found


paths = sorted(glob.glob(os.path.join(ROOT, "ui", "*.ui")))
tap.check("there are .ui files to check", paths, "no ui/*.ui found")
for path in paths:
    try:
        problems = unmarked(path)
    except xml.parsers.expat.ExpatError as e:
        problems = [f"{os.path.relpath(path, ROOT)}: not well-formed XML: {e}"]
    tap.check(f"{os.path.basename(path)}: every readable text is translatable", not problems,
              "mark these translatable=\"yes\" (or, for a symbol, add it to EXCEPTIONS in this test):\n# "
              + "\n# ".join(problems))

tap.finish()
