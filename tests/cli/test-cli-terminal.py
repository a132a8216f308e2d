#!/usr/bin/python3
# What the command line prints on a terminal holds no character that could
# drive it or hide text (docs/robustness.md, "Terminal output"): every
# control, bidi control, zero-width and other invisible character from a
# file, a file name or an option is shown as <U+202E> in messages and in
# --validate, --list-programmes, --search, --diff and --apply; JSON, HTML
# and Markdown reports escape it their own way and still mean the same;
# into a pipe or a file, text is written as it is.

import html
import json
import os
import sys
import tempfile

import tap

from cli_common import Tests, run, run_on_terminal, ROOT

GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")

tests = test = Tests()

# Each character the command line must show, by kind
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200e", "\u200f", "\u061c"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
# Soft hyphen, separators, Hangul filler, private use, unassigned, the
# other format and default-ignorable characters
OTHER = ["\u00ad", "\u2028", "\u2029", "\u3164", "\u115f", "\ue000", "\U000f0000", "\u0378", "\u180e",
         "\u2061", "\U000e0001", "\u034f", "\ufe0f", "\U000e0100", "\u17b4"]
INVISIBLE = BIDI + ZERO_WIDTH + OTHER
# What a dataset may not hold but a file name or an option may
CONTROLS = ["\x1b", "\x07", "\x7f", "\x08", "\u0085", "\u009b", "\r", "\t", "\n"]
# Layout a dataset's text may hold
LAYOUT = ["\t", "\n", "\r"]

TEXT = "Zorro" + "".join(INVISIBLE) + "end"


def shown(text, keep=""):
    """What the command line shows of text: the characters above escaped,
    those in keep left as they are."""
    return "".join(f"<U+{ord(c):04X}>" if c in INVISIBLE + CONTROLS and c not in keep else c for c in text)


def assert_clean(out, what, layout="\n"):
    """No character of those above is left raw in out (bytes or str), but
    the line breaks or tabs of its layout."""
    if isinstance(out, bytes):
        out = out.decode()
    for c in INVISIBLE + CONTROLS:
        if c not in layout:
            assert c not in out, (what, f"U+{ord(c):04X}", out)


def dataset(tmp, title, name="d.json"):
    d = json.load(open(GOOD, encoding="utf-8"))
    d["programmes"][0]["title"] = title
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False)
    return path


# {{{ --validate and file names

def hostile_name(suffix=".json"):
    """A file name of every such character, and a byte that is not UTF-8"""
    return ("v" + "".join(INVISIBLE + CONTROLS)).encode() + b"\xff" + suffix.encode()


def shown_name(suffix=".json"):
    return "v" + shown("".join(INVISIBLE + CONTROLS)) + "<0xFF>" + suffix


@test
def validate_shows_a_file_name_on_a_terminal():
    with tempfile.TemporaryDirectory() as tmp:
        name = hostile_name()
        with open(os.path.join(tmp.encode(), name), "wb") as f:
            f.write(open(GOOD, "rb").read())
        status, out, err = run_on_terminal("--validate", name, cwd=tmp)
        assert status == 0, err
        assert out.decode() == shown_name() + ": ok\n", out
        # Into a pipe, the name as it is
        p = run("--validate", os.path.join(tmp.encode(), name), check=0)
        assert p.stdout == os.path.join(tmp.encode(), name) + b": ok\n", p.stdout


@test
def problems_show_the_file_name_and_stay_one_a_line():
    with tempfile.TemporaryDirectory() as tmp:
        name = os.path.join(tmp.encode(), hostile_name())
        # Missing
        err = run("--validate", name, check=1).stderr.decode()
        assert err.startswith(tmp + "/" + shown_name() + ": "), err
        assert err.count("\n") == 1, err
        assert_clean(err, "missing")
        # Invalid: a line per problem, whatever the values quoted hold
        d = json.load(open(GOOD, encoding="utf-8"))
        d["documents"][0]["date"] = "2023" + "".join(LAYOUT)
        for n, c in enumerate(INVISIBLE):
            d["partners"][0][f"key{n}{c}end"] = 1
        with open(name, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        err = run("--validate", name, check=1).stderr.decode()
        lines = err.split("\n")
        assert lines[-1] == "" and len(lines) == 1 + len(INVISIBLE) + 1, err
        assert all(line.startswith(tmp + "/" + shown_name() + ":") for line in lines[:-1]), err
        assert "“2023<U+0009><U+000A><U+000D>” is not a date" in err, err
        for n, c in enumerate(INVISIBLE):
            assert f"“key{n}{shown(c)}end” is not a member of a partner" in err, (shown(c), err)
        assert_clean(err, "problems")

# }}}
# {{{ --list-programmes


@test
def list_programmes_shows_every_character_on_a_terminal():
    with tempfile.TemporaryDirectory() as tmp:
        title = TEXT + "".join(LAYOUT) + "!"
        path = dataset(tmp, title)
        status, out, err = run_on_terminal("--list-programmes", path)
        assert status == 0, err
        lines = out.decode().split("\n")
        assert len(lines) == 2 and lines[1] == "", out
        assert lines[0].split("\t")[3] == shown(title), lines[0]
        assert lines[0].count("\t") == 3, lines[0]
        assert_clean(out, "list", "\t\n")
        # Into a pipe, as written
        piped = run("--list-programmes", path, check=0).stdout.decode()
        assert piped == "\t".join(["kor-itpp", "itpp", "in-force", title]) + "\n", piped

# }}}
# {{{ --search


@test
def search_shows_every_character_on_a_terminal():
    with tempfile.TemporaryDirectory() as tmp:
        title = TEXT + "".join(LAYOUT) + "!"
        path = dataset(tmp, title)
        # Text
        status, out, err = run_on_terminal("--search=Zorro", path)
        assert status == 0, err
        assert f"  kor-itpp  {shown(title)}\n" in out.decode(), out
        assert_clean(out, "text")
        # TSV
        status, out, err = run_on_terminal("--search=Zorro", "--format=tsv", path)
        assert status == 0, err
        rows = [line.split("\t") for line in out.decode().split("\n")[1:-1]]
        assert ["programme", "kor-itpp", shown(title)] == rows[0][:3] and len(rows[0]) == 4, rows
        assert_clean(out, "tsv", "\t\n")
        # JSON: escaped as JSON, so it reads back as the title
        status, out, err = run_on_terminal("--search=Zorro", "--format=json", path)
        assert status == 0, err
        assert_clean(out, "json")
        assert json.loads(out)[0]["title"] == title, out
        # Into a pipe, as written (TSV on one line: tabs and breaks as spaces)
        piped = run("--search=Zorro", "--format=json", path, check=0).stdout.decode()
        assert "\u202e" in piped and json.loads(piped)[0]["title"] == title
        piped = run("--search=Zorro", "--format=tsv", path, check=0).stdout.decode()
        assert piped.split("\n")[1].split("\t")[2] == TEXT + "   !", piped


@test
def search_shows_what_it_did_not_find():
    query = "nothing" + "".join(INVISIBLE + CONTROLS) + "end"
    err = run(f"--search={query}", GOOD, check=1).stderr.decode()
    # The query as searched (folded: U+3164 is U+1160 there, marks gone)
    for c in BIDI + ZERO_WIDTH + CONTROLS:
        assert shown(c) in err, (shown(c), err)
    assert err.startswith("Nothing in the dataset contains “nothing<U+202A>") and err.endswith("end”\n"), err
    assert err.count("\n") == 1, err
    assert_clean(err, "search")

# }}}
# {{{ --diff


@test
def diff_shows_every_character_on_a_terminal_in_each_format():
    with tempfile.TemporaryDirectory() as tmp:
        title = TEXT + "\r!"
        new = dataset(tmp, title, "new.json")
        # Text: a line of its own, the value's characters shown
        status, out, err = run_on_terminal("--diff", GOOD, new)
        assert status == 1, err
        assert f"title: ROK ITPP → {shown(title)}\n" in out.decode(), out
        assert_clean(out, "text")
        # JSON: reads back as the value
        status, out, err = run_on_terminal("--diff", "--format=json", GOOD, new)
        assert status == 1, err
        assert_clean(out, "json")
        changes = json.loads(out)["changes"]
        assert {"title"} == {c.get("field") for c in changes} and changes[0]["new"] == title, changes
        # HTML and Markdown: character references, which read back as the value
        for format in ("html", "md"):
            status, out, err = run_on_terminal("--diff", f"--format={format}", GOOD, new)
            assert status == 1, err
            assert_clean(out, format)
            # (Markdown has the carriage return as a space)
            assert "&#x202E;" in out.decode(), (format, out)
            assert (title if format == "html" else TEXT) in html.unescape(out.decode()), (format, out)
        # Into a pipe and a file: as written
        for format in ("text", "json", "md", "html"):
            piped = run("--diff", f"--format={format}", GOOD, new, check=1).stdout
            assert "\u202e".encode() in piped, (format, piped)
            report = os.path.join(tmp, "report")
            status, out, err = run_on_terminal("--diff", f"--format={format}", "-o", report, GOOD, new)
            assert status == 1 and out == b"", err
            assert open(report, "rb").read() == piped, format


@test
def diff_shows_file_names_on_a_terminal():
    with tempfile.TemporaryDirectory() as tmp:
        name = os.path.join(tmp.encode(), hostile_name())
        with open(name, "wb") as f:
            f.write(open(GOOD, "rb").read().replace(b"ROK ITPP", b"Other"))
        status, out, err = run_on_terminal("--diff", "--format=json", GOOD, name)
        assert status == 1, err
        assert_clean(out, "json")
        # The name as text: a byte that is not UTF-8 is U+FFFD there
        assert json.loads(out)["new"] == tmp + "/v" + "".join(INVISIBLE + CONTROLS) + "\ufffd.json", out
        # Names that do not load: their problems shown
        missing = name + b".missing"
        status, out, err = run_on_terminal("--diff", missing, missing)
        assert status == 2 and out == b"", out
        assert err.decode().count(shown_name(".json.missing")) == 2, err
        assert_clean(err, "diff problems")

# }}}
# {{{ --apply


def correction(patch, **extra):
    c = {"format": "partnership-atlas-correction", "version": 1, "dataset": "1", "note": "A note."}
    c.update(extra)
    c["patch"] = patch
    return c


@test
def apply_shows_every_character_in_its_messages():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.json")
        fix = os.path.join(tmp, "fix.json")
        # A correction that is not there, by a hostile name
        name = os.path.join(tmp.encode(), hostile_name())
        err = run("--apply", name, GOOD, "-o", out, check=1).stderr.decode()
        assert err.startswith(tmp + "/" + shown_name() + ": ") and err.count("\n") == 1, err
        assert_clean(err, "missing")
        # A warning that quotes the correction: made for another release
        with open(fix, "w", encoding="utf-8") as f:
            json.dump(correction([{"op": "replace", "path": "/title", "value": "Fixed"}], dataset=TEXT), f,
                      ensure_ascii=False)
        err = run("--apply", fix, GOOD, "-o", out, check=0).stderr.decode()
        assert f"made against release {shown(TEXT)} of the dataset" in err, err
        assert_clean(err, "release")
        # A correction that would break the dataset: the problems shown
        with open(fix, "w", encoding="utf-8") as f:
            json.dump(correction([{"op": "add", "path": "/partners/0/" + TEXT, "value": 1}]), f,
                      ensure_ascii=False)
        os.unlink(out)
        err = run("--apply", fix, GOOD, "-o", out, check=1).stderr.decode()
        assert f"“{shown(TEXT)}” is not a member of a partner" in err, err
        assert_clean(err, "corrected")
        assert not os.path.exists(out)
        # What is written is the dataset as corrected, not as shown
        with open(fix, "w", encoding="utf-8") as f:
            json.dump(correction([{"op": "replace", "path": "/title", "value": TEXT}]), f, ensure_ascii=False)
        status, shown_out, err = run_on_terminal("--apply", fix, GOOD, "-o", out)
        assert status == 0, err
        assert json.load(open(out, encoding="utf-8"))["title"] == TEXT

# }}}
# {{{ Options and exports


@test
def options_are_shown_in_their_messages():
    text = "x" + "".join(INVISIBLE + CONTROLS) + "y"
    with tempfile.TemporaryDirectory() as tmp:
        cases = [
            ("--export=comparison", f"--format={text}"),
            (f"--export={text}",),
            ("--export=comparison", f"--layout={text}"),
            ("--export=comparison", "--format=pdf", f"--paper={text}"),
            ("--export=comparison", f"--programmes=kor-itpp,{text}", GOOD),
            ("--export=timeline", f"--format={text}"),
            ("--export=timeline", f"--from={text}"),
            ("--export=timeline", "--from=2020", f"--to={text}"),
            ("--export=citations", f"--format={text}"),
            ("--search=x", f"--format={text}"),
            ("--diff", GOOD, GOOD, f"--format={text}"),
        ]
        for args in cases:
            p = run(*args)
            err = p.stderr.decode()
            assert p.returncode in (1, 2), (args, p.returncode, err)
            assert shown(text) in err and err.count("\n") == 1, (args, err)
            assert_clean(err, args)
        # What GLib refuses of the options, it prints itself
        for args in ([f"--{text}"], [f"--width={text}", "--export=timeline"]):
            err = run(*args, check=1).stderr.decode()
            assert shown(text, keep="\t\n") in err, (args, err)
            assert_clean(err, args, "\t\n")
        # A file name with controls is written as a URI (%1B), the rest shown
        p = run("--export=comparison", "--output", os.path.join(tmp, text, "t.csv"), check=1)
        err = p.stderr.decode()
        assert "<U+202E>" in err and err.count("\n") == 1, err
        assert_clean(err, "output")


@test
def exports_are_written_as_they_are():
    with tempfile.TemporaryDirectory() as tmp:
        path = dataset(tmp, TEXT)
        # To a file: the format's bytes, even with a terminal on standard output
        out = os.path.join(tmp, "p.csv")
        status, printed, err = run_on_terminal("--export=programmes", "-o", out, path)
        assert status == 0 and printed == b"", err
        assert TEXT in open(out, encoding="utf-8").read()
        # On standard output too: an export is a file's content
        piped = run("--export=programmes", "--format=json", path, check=0).stdout
        status, printed, err = run_on_terminal("--export=programmes", "--format=json", path)
        assert status == 0 and printed == piped, err
        assert json.loads(printed)["rows"][0]["title"] == TEXT

# }}}


if __name__ == "__main__":
    sys.exit(tap.run(tests))
