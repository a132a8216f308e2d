#!/usr/bin/python3
# Writes the vocabulary of the built-in dataset as C calls of C_(), so that
# xgettext puts it into the POT with the app's own strings: the dataset's
# title and description, partner names, area group and area names,
# programme and event titles. Quotations and document titles are not
# vocabulary and are never translated.
#
#   dataset-strings.py DATASET.json OUTPUT.c
#
# The contexts must match src/core/model/atlas-vocabulary.c.

import json
import sys

# The dataset's own title (shown in the header bar) and description
DATASET_FIELDS = [
    ("title", "dataset: title", "the title of the built-in dataset"),
    ("description", "dataset: description", "the description of the built-in dataset"),
]

FIELDS = [
    # (list, member, context, comment for translators)
    ("partners", "name", "dataset: partner", "the name of a partner country"),
    ("partners", "short_name", "dataset: partner short name", "a partner country's short name or abbreviation"),
    ("area_groups", "name", "dataset: area group", "a group of cooperation areas"),
    ("areas", "name", "dataset: area", "a cooperation area of a partnership programme"),
    ("programmes", "title", "dataset: programme", "the title of a partnership programme"),
    ("events", "title", "dataset: event", "an event on the timeline"),
]


def c_string(s):
    out = '"'
    for ch in s:
        if ch in '"\\':
            out += "\\" + ch
        elif ch == "\n":
            out += "\\n"
        else:
            out += ch
    return out + '"'


def main():
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    seen = set()
    lines = [
        "/* Generated from data/atlas-dataset.json by build-aux/dataset-strings.py",
        " * for xgettext only; it is never compiled. */",
        "",
    ]
    for member, context, comment in DATASET_FIELDS:
        if data.get(member):
            lines.append(f"/* Translators: {comment} */")
            lines.append(f"C_({c_string(context)}, {c_string(data[member])});")
    for key, member, context, comment in FIELDS:
        for record in data.get(key, []):
            text = record.get(member)
            if not text or (context, text) in seen:
                continue
            seen.add((context, text))
            lines.append(f"/* Translators: {comment}, from the built-in dataset (id “{record['id']}”) */")
            lines.append(f"C_({c_string(context)}, {c_string(text)});")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


main()
