#!/usr/bin/python3
# The command line on big comparisons: a PDF past its limit is refused at
# once with the limit named and nothing written; the progress line shows on
# a terminal only, and is erased at the end.

import json
import os
import pty
import re
import select
import subprocess
import sys
import tempfile

import tap

from cli_common import BINARY, ROOT, Tests, run

GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")

tests = test = Tests()


def pdf_limit():
    """ATLAS_MAX_PDF_CELLS as atlas-limits.h says it"""
    text = open(os.path.join(ROOT, "src", "core", "model", "atlas-limits.h"), encoding="utf-8").read()
    m = re.search(r"#define ATLAS_MAX_PDF_CELLS \(\(gsize\) ([0-9 *]+)\)", text)
    assert m, "ATLAS_MAX_PDF_CELLS not found"
    value = 1
    for factor in m.group(1).split("*"):
        value *= int(factor)
    return value


def big_dataset(tmp, n_areas, n_programmes):
    """minimal.json with many areas and programmes (ITPPs, compared by default)"""
    d = json.load(open(GOOD, encoding="utf-8"))
    model = d["programmes"][0]
    d["areas"] = [{"id": f"area-{i}", "name": f"Cooperation area {i}", "group": "tech"} for i in range(n_areas)]
    programmes = []
    for i in range(n_programmes):
        p = json.loads(json.dumps(model))
        if i > 0:   # the first keeps the id the events name
            p["id"] = f"prog-{i}"
        p["title"] = f"Programme {i}"
        p["areas"][0]["area"] = f"area-{i % n_areas}"
        programmes.append(p)
    d["programmes"] = programmes
    path = os.path.join(tmp, "big.json")
    json.dump(d, open(path, "w", encoding="utf-8"))
    return path


@test
def pdf_past_its_limit_is_refused_naming_it():
    limit = pdf_limit()
    with tempfile.TemporaryDirectory() as tmp:
        # a long table of 60,000 rows and 6 columns for people: 360,000 cells
        dataset = big_dataset(tmp, 1000, 60)
        out = os.path.join(tmp, "comparison.pdf")
        p = run("--export=comparison", "--format=pdf", "--layout=long", "-o", out, dataset, check=1)
        err = p.stderr.decode()
        assert "PDF" in err and f"{limit}" in err, err
        assert f"{60 * 1000 * 6}" in err, err
        # nothing written, nothing left beside it
        assert sorted(os.listdir(tmp)) == ["big.json"], os.listdir(tmp)
        # the same table as CSV is written
        run("--export=comparison", "--format=csv", "--layout=long", "-o", out + ".csv", dataset, check=0)
        assert os.path.getsize(out + ".csv") > 0


def run_on_terminal(*args):
    """Runs the app with standard error on a pseudo-terminal; returns its
    exit status and what it wrote there"""
    master, slave = pty.openpty()
    p = subprocess.Popen([BINARY, *args], stdout=subprocess.DEVNULL, stderr=slave,
                         env=dict(os.environ, LC_ALL="C.UTF-8"))
    os.close(slave)
    written = b""
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:   # the child closed its end
            break
        if not chunk:
            break
        written += chunk
    os.close(master)
    return p.wait(), written.decode()


@test
def progress_on_a_terminal_only_and_erased():
    with tempfile.TemporaryDirectory() as tmp:
        dataset = big_dataset(tmp, 1000, 40)
        out = os.path.join(tmp, "comparison.csv")
        status, err = run_on_terminal("--export=comparison", "--layout=long", "--wording", "--evidence",
                                      "-o", out, dataset)
        assert status == 0, err
        assert "Exporting… " in err and "%" in err, repr(err)
        # each line is written over the last, and the last is erased
        assert "\n" not in err.replace("\r\n", "\r").replace("\r", ""), repr(err)
        last = err.rsplit("\r", 2)
        assert err.endswith("\r") and last[-2].strip(" \b") == "", repr(err[-200:])
        rows = open(out, encoding="utf-8", newline="").read().count("\r\n")
        assert rows == 1 + 1000 * 40, rows

        # into a pipe: nothing but what was there before
        p = run("--export=comparison", "--layout=long", "-o", out, dataset, check=0)
        assert p.stderr == b"", p.stderr


def main():
    return tap.run(tests)


if __name__ == "__main__":
    sys.exit(main())
