#!/usr/bin/python3
# End-to-end scenarios: the real app on a virtual display, driven through
# the accessibility bus and the keyboard, as a person and a screen reader
# use it. Prints TAP; screenshots go to meson-logs/e2e/.

import gettext
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import atlas_e2e as e  # noqa: E402

ROOT = e.SOURCE_ROOT
DATASET = json.load(open(os.path.join(ROOT, "data", "atlas-dataset.json"), encoding="utf-8"))
BAD = os.path.join(ROOT, "tests", "data", "bad", "several-problems.json")
GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")


def programme_rows(app):
    table = app.find("tree table", "Programmes")
    lists = [c for c in e.children(table) if e.role(c) == "list"]
    assert lists, "the programme table has no list of rows"
    return lists[0], e.children(lists[0])


def row_texts(row):
    return [e.text_of(x) for x in e.walk(row) if e.role(x) == "label"]


def select_programme(app, label):
    lst, rows = programme_rows(app)
    for i, row in enumerate(rows):
        if label in row_texts(row):
            lst.querySelection().selectChild(i)
            return
    raise AssertionError(f"no programme row {label!r}")


def excerpt_count(app):
    for text in app.labels():
        if text.startswith("Excerpts (") and text.endswith(")"):
            return int(text[len("Excerpts ("):-1])
    return 0


def quotes(app):
    return [t for t in app.labels() if t.startswith("“")]


def open_page(app, title):
    """Switches the view with the page's tab, as a keyboard user does with
    Space on it."""
    tab = app.find("page tab", title)
    app.click(tab)
    time.sleep(0.7)


def test_first_start():
    with e.App() as app:
        title = e.name(app.window)
        assert title.startswith(DATASET["title"].replace("'", "'")), title
        assert "Built-in dataset" in title, title
        _, rows = programme_rows(app)
        assert len(rows) == len(DATASET["programmes"]), (len(rows), len(DATASET["programmes"]))
        names = [row_texts(r)[0] for r in rows]
        assert "ROK ITPP 2023" in names, names
        app.shot("first-start")


def test_select_rok_itpp():
    itpp = next(p for p in DATASET["programmes"] if p["id"] == "kor-itpp")
    # The programme's own wording (the first source's), in its own order
    listed = [a["wordings"][0]["text"] for a in itpp["areas"] if a["status"] == "listed"]
    assert len(listed) == 11
    with e.App() as app:
        assert excerpt_count(app) == 0
        select_programme(app, "ROK ITPP 2023")
        areas = e.wait_for(lambda: [c for c in app.find_all("list", "Listed Areas")
                                    if c.childCount == 11], "eleven listed areas")[0]
        shown = [" ".join(row_texts(r)) for r in e.children(areas)]
        # In the programme's own order, each with its name
        for position, (name, text) in enumerate(zip(listed, shown), 1):
            assert text.startswith(f"{position} ") and name in text, (position, name, text)
        n = e.wait_for(lambda: excerpt_count(app), "the excerpts pane to follow")
        assert n >= 11, n
        labels = app.labels()
        # Attributed: the document titles and locators are there
        assert any("CSDS Policy Brief 33/2024" in t for t in labels)
        assert any("RUSI" in t for t in labels)
        assert any(t.startswith("“") for t in labels), "no quotation in the pane"
        app.shot("rok-itpp")


def test_search_cyber():
    with e.App() as app:
        app.focus_window()
        app.keys("ctrl+f")
        app.type("cyber")
        e.wait_for(lambda: any("Cyber defence" in t for t in app.labels()), "the area in the results")
        e.wait_for(lambda: any("cyber" in t.lower() and t.startswith("“") for t in app.labels()),
                   "an excerpt in the results")
        app.shot("search-cyber")
        entry = app.find("text", None) if False else None  # noqa: F841
        app.keys("Escape")
        time.sleep(1)
        entries = [n for n in e.walk(app.window) if e.role(n) in ("text", "entry") and
                   "cyber" in e.text_of(n)]
        assert not entries, "Escape did not clear the search"
        app.shot("search-cleared")


def test_timeline_keyboard():
    with e.App() as app:
        open_page(app, "Timeline")
        timeline = app.find("panel", "Timeline")
        app.focus_window()
        # Tab to the timeline, as a keyboard user would
        e.wait_for(lambda: timeline.getState().contains(e.pyatspi.STATE_FOCUSED) or app.keys("Tab"),
                   "the timeline to take the focus", timeout=30)
        app.keys("Home")
        first = e.wait_for(lambda: timeline.description, "a selected item")
        quotes_first = e.wait_for(lambda: quotes(app), "the excerpts of the first item")
        app.keys("Right")
        second = e.wait_for(lambda: timeline.description != first and timeline.description,
                            "the next item")
        assert second != first
        # The excerpts pane follows the selection made on the timeline
        e.wait_for(lambda: quotes(app) and quotes(app) != quotes_first, "the pane to follow")
        before = app.shot("timeline-selected")
        app.keys("ctrl+plus", "ctrl+plus")
        zoomed = app.shot("timeline-zoomed-in")
        assert open(before, "rb").read() != open(zoomed, "rb").read(), "zoom in changed nothing"
        app.keys("ctrl+minus")
        out = app.shot("timeline-zoomed-out")
        assert open(out, "rb").read() != open(zoomed, "rb").read(), "zoom out changed nothing"


def test_compare():
    with e.App() as app:
        open_page(app, "Compare")
        app.find("tree table", "Cooperation areas by programme")
        itpps = [p for p in DATASET["programmes"] if p["type"] == "itpp"]
        cells = e.wait_for(lambda: app.find_all("push button", name_has="in ROK ITPP 2023: listed"),
                           "the ROK ITPP column")
        assert len(cells) == 11, len(cells)
        assert app.find("push button", f"{len(itpps)} Programmes")
        app.shot("compare-itpps")
        only = app.find("push button", "Only Differences")
        rows_before = len(app.find_all("push button", name_has="in ROK ITPP 2023:"))
        app.click(only)
        time.sleep(1)
        rows_after = len(app.find_all("push button", name_has="in ROK ITPP 2023:"))
        assert rows_after <= rows_before
        app.shot("compare-only-differences")


def test_broken_then_good():
    with e.App(BAD) as app:
        dialog = e.wait_for(lambda: next((n for n in e.walk(app.app) if e.role(n) in ("dialog", "alert")), None),
                            "the problems dialog")
        texts = [e.text_of(n) for n in e.walk(dialog) if e.role(n) in ("label", "text")]
        joined = "\n".join(texts)
        assert "47:19" in joined and "zzz" in joined, joined[:500]
        app.shot("broken-dataset")
        # The data that was there stays listed
        _, rows = programme_rows(app)
        assert len(rows) == len(DATASET["programmes"])
        # A good dataset opened the same way replaces it
        env = dict(os.environ, GSETTINGS_BACKEND="memory",
                   GSETTINGS_SCHEMA_DIR=os.path.join(e.BUILD_ROOT, "data"), HOME=app.home)
        subprocess.run([e.BINARY, GOOD], env=env, timeout=30)
        e.wait_for(lambda: "minimal.json" in e.name(app.window), "the good dataset to load")
        _, rows = programme_rows(app)
        assert len(rows) == 1, len(rows)
        app.shot("good-dataset")


def test_languages():
    for lang in ("fr", "ja", "ko"):
        t = gettext.translation("partnership-atlas", os.path.join(e.BUILD_ROOT, "po"), languages=[lang])
        with e.App(language=lang) as app:
            title = t.pgettext("dataset: title", DATASET["title"])
            assert title != DATASET["title"], lang
            e.wait_for(lambda: e.name(app.window).startswith(title), f"the {lang} window title")
            # ("Programmes" is also the French word)
            assert t.gettext("Timeline") != "Timeline", lang
            for page in ("Programmes", "Timeline", "Compare"):
                app.find("page tab", t.gettext(page))
            app.shot(f"language-{lang}")


GENERIC = ("Gtk", "Adw", "Atlas")


def unnamed(node):
    n = e.name(node).strip()
    return not n or any(n.startswith(p) and " " not in n for p in GENERIC)


def test_accessibility_audit():
    with e.App() as app:
        problems = []
        for page in ("Programmes", "Timeline", "Compare"):
            open_page(app, page)
            for node in e.walk(app.window):
                r = e.role(node)
                if r in ("push button", "toggle button", "check box", "radio button", "entry",
                         "password text", "spin button", "combo box") and e.showing(node):
                    # A drop-down's own toggle is read as part of the named combo box
                    if e.role(node.parent) == "combo box" and not unnamed(node.parent):
                        continue
                    if unnamed(node):
                        problems.append(f"{page}: {r} without a name ({e.name(node)!r})")
                if r == "image" and e.showing(node):
                    parent = node.parent
                    decorative = False
                    while parent is not None and parent != app.window:
                        if e.role(parent) in ("push button", "toggle button", "page tab", "menu item",
                                              "check box", "list item", "table cell",
                                              "combo box") and not unnamed(parent):
                            decorative = True
                            break
                        parent = parent.parent
                    if not decorative and unnamed(node) and not node.description:
                        problems.append(f"{page}: image without a description")
        assert not problems, "\n".join(sorted(set(problems)))


TESTS = [test_first_start, test_select_rok_itpp, test_search_cyber, test_timeline_keyboard,
         test_compare, test_broken_then_good, test_languages, test_accessibility_audit]

if __name__ == "__main__":
    only = sys.argv[1:]
    sys.exit(e.run_tests([t for t in TESTS if not only or t.__name__ in only]))
