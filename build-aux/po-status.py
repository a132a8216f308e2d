#!/usr/bin/python3
# Lists, language by language, the messages that still need a translator:
# untranslated, fuzzy, and in the POT but not yet in the po file (run
# `meson compile -C build partnership-atlas-update-po` to merge them in).
#
#   build-aux/po-status.py              every language in po/LINGUAS
#   build-aux/po-status.py fr ja        only these
#   build-aux/po-status.py --summary    one line per language, no messages
#
# Exits 1 when a language has anything left to do. tests/test-po.py reads
# po files with the parser below.

import argparse
import os
import re
import sys

PO_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "po")
DOMAIN = "partnership-atlas"


class Message:
    def __init__(self):
        self.context = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = []  # one per plural form
        self.flags = set()
        self.references = []
        self.comments = []
        self.obsolete = False

    @property
    def key(self):
        return (self.context, self.msgid)

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def translated(self):
        return not self.fuzzy and bool(self.msgstr) and all(self.msgstr)

    def describe(self):
        where = " ".join(self.references[:2]) or "?"
        ctx = f"[{self.context}] " if self.context else ""
        return f"{where}: {ctx}{self.msgid!r}"


_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unquote(text, where):
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError(f"{where}: expected a quoted string, found {text!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def parse(path):
    """Reads a po or pot file into a list of Message, header included
    (its msgid is ""). Obsolete (#~) entries are kept, flagged obsolete."""
    messages = []
    current = Message()
    field = None  # the string a continuation line adds to: (name, plural index)

    def start_new_if_done():
        # A comment, msgctxt or msgid after a msgstr begins the next entry
        nonlocal current
        if current.msgstr:
            messages.append(current)
            current = Message()

    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{path}:{n}"
            line = line.rstrip("\n")
            obsolete = line.startswith("#~")
            if obsolete:
                line = line[2:].lstrip()
            if not line.strip():
                continue
            if line.startswith("#"):
                start_new_if_done()
                field = None
                if line.startswith("#,"):
                    current.flags.update(flag.strip() for flag in line[2:].split(","))
                elif line.startswith("#:"):
                    current.references.extend(line[2:].split())
                elif line.startswith("#."):
                    current.comments.append(line[2:].strip())
                continue
            if line.startswith('"'):
                if field is None:
                    raise ValueError(f"{where}: a string continues nothing")
                name, index = field
                if name == "msgstr":
                    current.msgstr[index] += _unquote(line, where)
                else:
                    setattr(current, name, getattr(current, name) + _unquote(line, where))
                continue
            keyword, _, rest = line.partition(" ")
            value = _unquote(rest, where)
            plural = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            if keyword in ("msgctxt", "msgid"):
                start_new_if_done()
            current.obsolete = current.obsolete or obsolete
            if keyword in ("msgctxt", "msgid", "msgid_plural"):
                field = ("context" if keyword == "msgctxt" else keyword, None)
                setattr(current, field[0], value)
            elif keyword == "msgstr" or plural:
                index = int(plural.group(1)) if plural else 0
                while len(current.msgstr) <= index:
                    current.msgstr.append("")
                current.msgstr[index] = value
                field = ("msgstr", index)
            else:
                raise ValueError(f"{where}: unknown keyword {keyword!r}")
    if current.msgid is not None:
        messages.append(current)
    return messages


def live(messages):
    """The messages that count: not the header, not obsolete."""
    return [m for m in messages if m.msgid != "" and not m.obsolete]


def header(messages):
    for m in messages:
        if m.msgid == "" and m.context is None and not m.obsolete:
            fields = {}
            for line in (m.msgstr[0] if m.msgstr else "").split("\n"):
                name, sep, value = line.partition(":")
                if sep:
                    fields[name.strip()] = value.strip()
            return fields
    return {}


def linguas(po_dir=PO_DIR):
    with open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8") as f:
        return [w for line in f for w in line.split("#", 1)[0].split()]


def status(lang, po_dir=PO_DIR, pot=None):
    """Returns (translated, fuzzy, untranslated, missing): lists of Message.
    When the POT is there, only its messages count, and missing are those
    the po file does not have yet; otherwise the po file's own."""
    pot = pot or os.path.join(po_dir, DOMAIN + ".pot")
    po_messages = {m.key: m for m in live(parse(os.path.join(po_dir, lang + ".po")))}
    wanted = live(parse(pot)) if os.path.exists(pot) else list(po_messages.values())
    missing = [m for m in wanted if m.key not in po_messages]
    present = [po_messages[m.key] for m in wanted if m.key in po_messages]
    translated = [m for m in present if m.translated]
    fuzzy = [m for m in present if m.fuzzy]
    untranslated = [m for m in present if not m.fuzzy and not m.translated]
    return translated, fuzzy, untranslated, missing


def main():
    parser = argparse.ArgumentParser(description="List the messages each language still needs.")
    parser.add_argument("languages", nargs="*", help="language codes (default: every one in po/LINGUAS)")
    parser.add_argument("--summary", action="store_true", help="one line per language")
    parser.add_argument("--po-dir", default=PO_DIR, help="where the po files are")
    args = parser.parse_args()

    incomplete = unmerged = False
    for lang in args.languages or linguas(args.po_dir):
        translated, fuzzy, untranslated, missing = status(lang, args.po_dir)
        total = len(translated) + len(fuzzy) + len(untranslated) + len(missing)
        percent = 100 * len(translated) // total if total else 100
        print(f"{lang}: {len(translated)}/{total} translated ({percent} %), {len(fuzzy)} fuzzy, "
              f"{len(untranslated)} untranslated, {len(missing)} not merged from the POT")
        incomplete = incomplete or bool(fuzzy or untranslated or missing)
        unmerged = unmerged or bool(missing)
        if args.summary:
            continue
        for title, messages in (("fuzzy", fuzzy), ("untranslated", untranslated),
                                ("not in the po file yet", missing)):
            for m in messages:
                print(f"  {title}: {m.describe()}")
    if unmerged:
        print("Merge the POT into the po files: meson compile -C build partnership-atlas-update-po")
    sys.exit(1 if incomplete else 0)


if __name__ == "__main__":
    main()
