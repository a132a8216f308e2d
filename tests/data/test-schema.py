#!/usr/bin/python3
# The JSON Schema (data/dataset.schema.json) and the loader agree: the
# built-in dataset and the good fixtures validate against the schema, the
# bad fixtures that the schema can describe fail it, and on every edge of
# a date, an id, a URL and a language tag both say the same.

import datetime
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema

ROOT = os.environ["ATLAS_SOURCE_ROOT"]
schema = json.load(open(os.path.join(ROOT, "data", "dataset.schema.json"), encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())

results = []


def check(name, ok, detail=""):
    results.append((name, ok, detail))


check("schema-is-2020-12", schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema")

good = [os.path.join(ROOT, "data", "atlas-dataset.json")]
good_dir = os.path.join(ROOT, "tests", "data", "good")
good += [os.path.join(good_dir, n) for n in sorted(os.listdir(good_dir)) if n.endswith(".json")]
for path in good:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8-sig"))))
    check("valid " + os.path.basename(path), not errors, "; ".join(e.message for e in errors[:3]))

# Problems a schema can express (the rest, such as references, impossible
# dates and ranges, are the loader's alone)
for name in ["unknown-member", "wrong-type-title", "wrong-type-areas", "missing-title",
             "missing-evidence-event", "empty-evidence", "bad-enum-type", "bad-enum-status",
             "unsupported-version", "version-not-integer", "bad-date-format", "bad-month", "year-zero",
             "id-with-space", "empty-id", "long-id", "bad-position", "not-a-dataset",
             "v2-members-in-version-1", "v2-bad-language-tag", "v2-undated-with-date",
             "v2-translation-without-text", "v2-unknown-kind", "v2-bad-area-count",
             "v2-bad-release-and-changelog", "v2-bad-undated-and-accessed"]:
    path = os.path.join(ROOT, "tests", "data", "bad", name + ".json")
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    check("invalid " + name, bool(errors))

# Edges of the values the schema describes with a pattern: the loader
# (--validate) and the schema must say the same of each. Dates first, as
# one of the good files with each value put in its place.
BINARY = os.environ["ATLAS_BINARY"]
MINIMAL = os.path.join(good_dir, "minimal.json")
VERSION_2 = os.path.join(good_dir, "version-2.json")
DATE_EDGES = [
    "0001", "9999", "0000", "999", "10000", "00001", "2023-01", "2023-12", "2023-00", "2023-13", "2023-1",
    "2023-001", "0001-01-01", "9999-12-31", "0000-01-01", "2023-01-31", "2023-01-32", "2023-01-00",
    "2023-02-28", "2023-02-29", "2024-02-29", "2023-02-30", "1900-02-29", "2000-02-29", "2100-02-29",
    "2400-02-29", "0004-02-29", "0400-02-29", "0100-02-29", "2023-03-31", "2023-04-30", "2023-04-31",
    "2023-06-31", "2023-09-31", "2023-11-31", "2023-12-31", "2023-01-1", "2023-1-01", "20230101",
    "2023/01/01", "2023-", "2023-01-", "-2023", "+2023", " 2023", "2023 ", "2023\n", "2023\r\n",
    "2023-01-01\n", "\n2023", "２０２３", "٢٠٢٣", "2023-W01", "2023-01-01T00:00", "", "year",
]


def real_day(text):
    try:
        datetime.date.fromisoformat(text)
        return True
    except ValueError:
        return False


def loader_accepts(path, place, value):
    d = json.load(open(path, encoding="utf-8"))
    place(d, value)
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(d, f, ensure_ascii=False)
    try:
        p = subprocess.run([BINARY, "--validate", f.name], capture_output=True)
    finally:
        os.unlink(f.name)
    assert p.returncode in (0, 1), p.stderr
    return p.returncode == 0, d


def agree(what, path, place, value):
    loaded, d = loader_accepts(path, place, value)
    schema_errors = list(validator.iter_errors(d))
    check(f"{what} {value!r} {'valid' if loaded else 'invalid'} for both", loaded == (not schema_errors),
          f"the loader {'accepts' if loaded else 'refuses'} it, the schema "
          + ("refuses it: " + schema_errors[0].message if schema_errors else "accepts it"))


def set_document(member):
    def place(d, value):
        d["documents"][0][member] = value
    return place


def set_partner_id(d, value):
    d["partners"].append({"id": value, "name": "P"})


# The schema's calendar is the loader's, the proleptic Gregorian one: a
# full 400-year cycle of days and the 29 February of every year
date_pattern = re.compile(schema["$defs"]["date"]["pattern"])
wrong = [t for t in ([f"{y:04d}-{m:02d}-{d:02d}" for y in range(1, 401) for m in range(0, 14) for d in range(0, 33)]
                     + [f"{y:04d}-02-29" for y in range(0, 10000)])
         if bool(date_pattern.search(t)) != real_day(t)]
check("schema dates are the calendar's", not wrong, ", ".join(wrong[:5]))

for date in DATE_EDGES:
    agree("date", MINIMAL, set_document("date"), date)
for ident in ["p", "p\n", "p q", "p\t", "\np", "p" * 128, "p" * 129]:
    agree("id", MINIMAL, set_partner_id, ident)
for url in ["https://example.org/x", "https://example.org/x\n", "https://example.org/ x", "ftp://example.org"]:
    agree("url", MINIMAL, set_document("url"), url)
for tag in ["en", "zh-Hant", "en\n", "e", "english"]:
    agree("language", VERSION_2, set_document("language"), tag)

print(f"1..{len(results)}")
for n, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {n} {name}")
    if not ok and detail:
        print("# " + detail)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
