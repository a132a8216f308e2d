#!/usr/bin/python3
# The JSON Schema (data/dataset.schema.json) and the loader agree: the
# built-in dataset and the good fixtures validate against the schema, and
# the bad fixtures that the schema can describe fail it.

import json
import os
import sys

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

print(f"1..{len(results)}")
for n, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {n} {name}")
    if not ok and detail:
        print("# " + detail)
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
