#!/usr/bin/python3
# End-to-end scenarios: the real app on a virtual display, driven through
# the accessibility bus and the keyboard, as a person and a screen reader
# use it. Prints TAP; screenshots go to meson-logs/e2e/.

import csv
import gettext
import json
import os
import shutil
import subprocess
import sys
import tempfile
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


def quotes(app, pane=None):
    """The quotations shown, in the excerpts pane when it is given (a walk
    of the pane is far shorter than one of the window)."""
    return [t for t in app.labels(pane) if t.startswith("“")]


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
        # Excerpts found are listed as snippets cut around the match
        e.wait_for(lambda: any(t.startswith("Excerpts (") for t in app.labels()),
                   "the excerpts heading in the results")
        e.wait_for(lambda: any("cyber" in t.lower() and "…" in t for t in app.labels()),
                   "an excerpt in the results")
        app.shot("search-cyber")
        entry = app.find("text", None) if False else None  # noqa: F841
        app.keys("Escape")
        time.sleep(1)
        entries = [n for n in e.walk(app.window) if e.role(n) in ("text", "entry") and
                   "cyber" in e.text_of(n)]
        assert not entries, "Escape did not clear the search"
        app.shot("search-cleared")


def test_search_keyboard():
    """Enter opens the first result; Down goes to the results and walks them."""
    with e.App() as app:
        app.focus_window()
        app.keys("ctrl+f")
        app.type("cyber")
        e.wait_for(lambda: any(t.startswith("Programmes (") for t in app.labels()), "the results")
        app.keys("Return")
        pane = e.wait_for(lambda: app.find("filler", "AtlasExcerptsPane", timeout=1), "the excerpts pane")
        first = e.wait_for(lambda: quotes(app, pane), "the first result's excerpts")
        app.shot("search-enter")
        app.keys("Down", "Down")
        e.wait_for(lambda: quotes(app, pane) not in ([], first), "the next result's excerpts")
        app.shot("search-down")


def open_page_by_keyboard(app, title):
    """Tab to the page's tab in the view switcher and press Space."""
    app.focus_window()
    app.tab_to([app.find("page tab", title)], f"the {title} tab")
    app.keys("space")
    time.sleep(0.7)


def test_timeline_keyboard():
    with e.App() as app:
        open_page_by_keyboard(app, "Timeline")
        timeline = app.find("panel", "Timeline")
        # Tab to the timeline, as a keyboard user would
        app.tab_to([timeline], "the timeline")
        app.keys("Home")
        first = e.wait_for(lambda: timeline.description, "a selected item")
        pane = app.find("filler", "AtlasExcerptsPane")
        quotes_first = e.wait_for(lambda: quotes(app, pane), "the excerpts of the first item")
        # The excerpts pane follows the selection made on the timeline; items
        # that rest on the same excerpt as the first (Australia's 1953 and
        # 2005 milestones) are stepped over
        previous = first
        for step in range(5):
            app.keys("Right")
            second = e.wait_for(lambda: timeline.description != previous and timeline.description,
                                "the next item")
            previous = second
            try:
                e.wait_for(lambda: quotes(app, pane) not in ([], quotes_first), "the pane to follow", timeout=3)
                break
            except e.NotFound:
                if step == 4:
                    raise
        before = app.shot("timeline-selected")
        app.keys("ctrl+plus", "ctrl+plus")
        zoomed = app.shot("timeline-zoomed-in")
        assert open(before, "rb").read() != open(zoomed, "rb").read(), "zoom in changed nothing"
        app.keys("ctrl+minus")
        out = app.shot("timeline-zoomed-out")
        assert open(out, "rb").read() != open(zoomed, "rb").read(), "zoom out changed nothing"


PARTNERS = {p["id"]: p for p in DATASET["partners"]}
PROGRAMMES = {p["id"]: p for p in DATASET["programmes"]}
AREAS = DATASET["areas"]


def short_label(programme):
    """The programme's label in columns, as the app makes it: "ROK ITPP 2023"."""
    partner = PARTNERS[programme["partner"]]
    first = (programme.get("period") or {}).get("start") or programme["signed"][0]["date"]
    return f"{partner.get('short_name') or partner['name']} {programme['type'].upper()} {first[:4]}"


def area_status(programme, area_id):
    """An area's status code in a programme: what the dataset says, else
    "not-listed" when its list is complete, else "unknown"."""
    for a in programme.get("areas", []):
        if a["area"] == area_id:
            return a["status"]
    return "not-listed" if programme.get("areas_complete") else "unknown"


def differing_areas(ids):
    # Unknown is a gap in the sources, not a status that differs
    return [a["id"] for a in AREAS
            if len({area_status(PROGRAMMES[i], a["id"]) for i in ids} - {"unknown"}) > 1]


def compare_page(app):
    open_page(app, "Compare")
    # The page's accessible name is its type name under GTK 4.8; searching
    # inside it keeps the walks over the bus short
    return app.find("filler", "AtlasComparePage")


def shown_count(app, page):
    """The "N of M areas shown" line above the table."""
    text = e.wait_for(lambda: next((t for t in app.labels(page) if " areas shown" in t or " area shown" in t), None),
                      "the count of areas shown")
    shown, total = text.split(" areas shown")[0].split(" area shown")[0].split(" of ")
    return int(shown), int(total)


def shown_area_names(app, page, label):
    """The areas of the rows shown, from the accessible names of the cells of
    one programme's column ("Cyber defence in ROK ITPP 2023: listed …")."""
    marker = f" in {label}: "
    return [e.name(n).split(marker)[0] for n in app.find_all("push button", name_has=marker, root=page)]


def export_csv_through_dialog(app, page, path, type_name=None):
    """Export… in the page's menu, the export options dialog with headers as
    codes, then GTK's file chooser with the path typed as the name. With
    type_name, the name is typed with real key presses instead of being set
    through the accessible text interface."""
    app.choose_from_menu(app.find("push button", "Export", root=page), "Export…")
    options = app.toplevel("dialog", "Export Comparison")
    combo = app.find("combo box", "Format", root=options)
    assert any("CSV" in t for t in app.labels(combo)), app.labels(combo)
    codes = app.find("check box", "Headers in Your Language", root=options)
    if app.pressed(codes):
        app.click(codes)
    e.wait_for(lambda: not app.pressed(codes), "stable codes in the headers")
    app.shot("compare-export-options")
    app.click(app.find("push button", name_has="Export…", root=options))
    # Without a portal, GtkFileChooserNative shows GTK's own chooser in the app
    chooser = app.toplevel(containing=("text", "Name:"))
    entry = app.find("text", "Name:", root=chooser)
    suggested = e.text_of(entry)
    assert suggested.startswith("comparison") and suggested.endswith(".csv"), suggested
    entry.queryEditableText().setTextContents(path)
    e.wait_for(lambda: e.text_of(entry) == path, "the path in the name entry")
    app.shot("compare-file-chooser")
    app.click(app.find("push button", name_has="Export", root=chooser))
    e.wait_for(lambda: os.path.exists(path), f"{path} to be written")
    app.wait_label(f"Exported to {os.path.basename(path)}", root=page)
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_compare():
    itpps = [p["id"] for p in DATASET["programmes"] if p["type"] == "itpp"]
    out = tempfile.mkdtemp(prefix="atlas-e2e-export-")
    with e.App() as app:
        page = compare_page(app)
        presets = app.find("push button", "Presets", root=page)
        app.choose_from_menu(presets, "All ITPPs")
        app.find("push button", f"{len(itpps)} Programmes", root=page)
        assert shown_count(app, page) == (len(AREAS), len(AREAS))
        app.shot("compare-itpps")

        # Only the areas on which two ITPPs are known to differ: an area one
        # lists and the others say nothing of is no difference
        only = app.find("push button", "Only Differences", root=page)
        assert not app.pressed(only)
        app.click(only)
        e.wait_for(lambda: app.pressed(only), "Only Differences to be on")
        differ = differing_areas(itpps)
        assert 0 < len(differ) < len(AREAS), differ
        e.wait_for(lambda: shown_count(app, page) == (len(differ), len(AREAS)),
                   f"{len(differ)} areas to differ between {itpps}")
        names = {a["id"]: a["name"] for a in AREAS}
        shown = shown_area_names(app, page, short_label(PROGRAMMES["kor-itpp"]))
        assert shown and set(shown) <= {names[i] for i in differ}, shown
        app.shot("compare-only-differences")

        path = os.path.join(out, "itpps-differences.csv")
        rows = export_csv_through_dialog(app, page, path)
        app.shot("compare-exported")
    try:
        # One row per area shown, a column per chosen programme, status codes
        # as the dataset has them
        assert [r["area_id"] for r in rows] == [a["id"] for a in AREAS if a["id"] in differ], rows
        for r in rows:
            for pid in itpps:
                assert r[pid] == area_status(PROGRAMMES[pid], r["area_id"]), (pid, r)
    finally:
        shutil.rmtree(out, ignore_errors=True)


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


def test_keyboard_programme():
    """Tab into the programme table, Ctrl+Down to move the focus without
    selecting (plain arrows select, and a selected programme opens at once),
    Space to choose: the detail and the excerpts follow."""
    with e.App() as app:
        lst, rows = programme_rows(app)
        names = [row_texts(r)[0] for r in rows]
        app.focus_window()
        app.tab_to(rows, "the programme table")
        first = next(i for i, r in enumerate(rows) if e.focused(r))
        for _ in range(names.index("ROK ITPP 2023") - first):
            app.keys("ctrl+Down")
        assert e.focused(rows[names.index("ROK ITPP 2023")]), "Ctrl+Down did not reach ROK ITPP 2023"
        app.keys("space")
        e.wait_for(lambda: [c for c in app.find_all("list", "Listed Areas") if c.childCount == 11],
                   "the eleven listed areas of ROK ITPP 2023")
        assert e.wait_for(lambda: excerpt_count(app), "the excerpts pane to follow") >= 11
        app.shot("keyboard-programme")


def test_keyboard_compare():
    """The Compare page by Tab and Space, the picker by Return, a programme
    chosen by typing its name and Return, Escape out, Ctrl+E for the export
    dialog, Return on Export…, the path typed into the chooser's name."""
    out = tempfile.mkdtemp(prefix="atlas-e2e-export-")
    path = os.path.join(out, "keyboard.csv")
    try:
        with e.App() as app:
            # The page's shortcut (the timeline scenario Tabs to its tab)
            app.focus_window()
            app.keys("alt+3")
            page = app.find("filler", "AtlasComparePage")
            picker = app.find("push button", "Programmes to Compare", root=page)
            before = int(e.wait_for(lambda: next((t for t in app.labels(picker) if t.endswith(" Programmes")), None),
                                    "the number of programmes").split()[0])
            app.tab_to(e.children(picker), "the programme picker")
            app.keys("Return")
            search = app.find("entry", "Search programmes", root=picker)
            e.wait_for(lambda: e.focused(search), "the focus in the picker's search")
            app.type("ROK IPCP 2019")
            time.sleep(0.5)
            app.keys("Return")
            app.find("push button", f"{before + 1} Programmes", root=page)
            app.shot("keyboard-compare-picker")
            # The first Escape clears the search, the second closes the picker
            app.keys("Escape", "Escape")
            e.wait_for(lambda: e.focused(e.children(picker)[0]), "the focus back on the picker's button")
            app.keys("ctrl+e")
            options = app.toplevel("dialog", "Export Comparison")
            buttons = e.wait_for(lambda: app.find_all("push button", name_has="Export…", root=options),
                                 "the Export… button")
            app.tab_to(buttons, "the Export… button")
            app.keys("Return")
            chooser = app.toplevel(containing=("text", "Name:"))
            entry = app.find("text", "Name:", root=chooser)
            e.wait_for(lambda: e.focused(entry), "the focus in the file name")
            app.keys("ctrl+a")
            app.type(path)
            e.wait_for(lambda: e.text_of(entry) == path, "the typed path")
            app.keys("Return")
            e.wait_for(lambda: os.path.exists(path), f"{path} to be written")
            app.shot("keyboard-compare-exported")
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        # A header and one row per area, with a column for the added programme
        assert len(rows) == len(AREAS) + 1, len(rows)
        assert short_label(PROGRAMMES["kor-ipcp-2019"]) in rows[0], rows[0]
    finally:
        shutil.rmtree(out, ignore_errors=True)


def test_keyboard_cells():
    """Across the comparison's cells with the arrow keys: Right goes to the
    next programme of the same area, Down to the next area of the same
    programme, Home back to the first programme; each cell is announced by
    its area, its programme and its status."""
    with e.App() as app:
        app.focus_window()
        app.keys("alt+3")
        page = app.find("filler", "AtlasComparePage")
        cells = e.wait_for(lambda: [n for n in app.find_all("push button", root=page) if " in " in e.name(n) and ": " in e.name(n)],
                           "the comparison's cells")
        first = app.tab_to(cells, "a cell of the comparison", limit=120)

        def current():
            return e.wait_for(lambda: next((n for n in app.find_all("push button", root=page) if e.focused(n)), None),
                              "a focused cell")

        def parts(node):
            area, rest = e.name(node).split(" in ", 1)
            return area, rest.split(":", 1)[0]

        app.keys("Home")
        time.sleep(0.5)
        area, programme = parts(current())
        app.keys("Right")
        e.wait_for(lambda: parts(current()) != (area, programme), "the focus to move right")
        right_area, right_programme = parts(current())
        assert right_area == area and right_programme != programme, (area, programme, e.name(current()))
        app.keys("Down")
        e.wait_for(lambda: parts(current())[0] != area, "the focus to move down")
        down_area, down_programme = parts(current())
        assert down_programme == right_programme, e.name(current())
        app.keys("Home")
        e.wait_for(lambda: parts(current())[1] != right_programme, "the focus to go to the first programme")
        assert parts(current())[0] == down_area, e.name(current())
        app.shot("keyboard-cells")


def test_changes_since_release():
    """--changes-since an older release: the bar says what changed and from
    which release to which, the Compare cell that changed says so to a
    screen reader, List Changes lists the change, Stop Marking takes every
    mark away."""
    old = json.loads(json.dumps(DATASET))
    # Release 1 as it would have been: no entry for release 2, and Japan's
    # ITPP without its claim on cyber defence
    old["release"] = "1"
    old["changelog"] = [c for c in old["changelog"] if c["release"] != "2"]
    jpn = next(p for p in old["programmes"] if p["id"] == "jpn-itpp")
    jpn["areas"] = [a for a in jpn["areas"] if a["area"] != "cyber"]
    out = tempfile.mkdtemp(prefix="atlas-e2e-changes-")
    path = os.path.join(out, "release-1.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(old, f, ensure_ascii=False)
    label = short_label(PROGRAMMES["jpn-itpp"])
    try:
        with e.App(f"--changes-since={path}") as app:
            app.wait_label("from release 1 to release 2")
            # the name a screen reader says, once, without the mnemonic's underscore
            stop = app.find("push button", "Stop Marking")
            page = compare_page(app)
            cell = e.wait_for(lambda: next((n for n in app.find_all("push button", name_has=f"Cyber defence in {label}: ",
                                                                    root=page)), None),
                              "the cell of Japan's ITPP on cyber defence")
            assert "release 2" in cell.description and "Cyber defence" in cell.description, cell.description
            others = [n for n in app.find_all("push button", name_has=f" in {label}: ", root=page) if n != cell]
            assert others and not any("release 2" in n.description for n in others), \
                [n.description for n in others if n.description]
            app.shot("changes-compare")

            app.click(app.find("push button", "List Changes"))
            changes = app.toplevel(name_is="Changes Between Versions")
            app.wait_label("Cyber defence", root=changes)
            app.shot("changes-window")
            app.keys("Escape")
            app.gone(changes, "the window of the changes")

            app.click(stop)
            e.wait_for(lambda: not any("from release 1 to release 2" in t for t in app.labels()), "the bar to go")
            e.wait_for(lambda: "release 2" not in (cell.description or ""), "the cell's mark to go")
            app.shot("changes-stopped")
    finally:
        shutil.rmtree(out, ignore_errors=True)


def test_keyboard_open_file():
    """Ctrl+O, the path typed (a leading / opens GTK's location entry),
    Return: the dataset replaces the built-in one."""
    with e.App() as app:
        app.focus_window()
        app.keys("ctrl+o")
        chooser = e.wait_for(lambda: next((w for w in e.children(app.app) if w != app.window), None),
                             "the file chooser")
        time.sleep(1)
        app.type(GOOD)
        time.sleep(0.5)
        app.shot("keyboard-open-chooser")
        app.keys("Return")
        app.gone(chooser, "the file chooser")
        e.wait_for(lambda: "minimal.json" in e.name(app.window), "the good dataset to load")
        _, rows = programme_rows(app)
        assert len(rows) == 1, len(rows)
        app.shot("keyboard-open-loaded")


TESTS = [test_first_start, test_select_rok_itpp, test_search_cyber, test_search_keyboard, test_timeline_keyboard,
         test_compare, test_broken_then_good, test_languages, test_accessibility_audit,
         test_keyboard_programme, test_keyboard_compare, test_keyboard_cells, test_keyboard_open_file,
         test_changes_since_release]

if __name__ == "__main__":
    only = sys.argv[1:]
    sys.exit(e.run_tests([t for t in TESTS if not only or t.__name__ in only]))
