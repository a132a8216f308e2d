#!/usr/bin/python3
# The command line with hostile datasets and failing outputs: it never
# opens a network socket, prints dataset text exactly as written into
# files and pipes (format directives and bidi controls included) and with
# invisible characters escaped in messages and on a terminal, keeps export columns apart when
# ids collide with them, refuses what is not a regular file without
# waiting, and fails cleanly when its output cannot be written.

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import tap
from tap import Skip

BINARY = os.environ["ATLAS_BINARY"]
ROOT = os.environ["ATLAS_SOURCE_ROOT"]
DATASET = os.path.join(ROOT, "data", "atlas-dataset.json")
GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")
BAD = os.path.join(ROOT, "tests", "data", "bad", "several-problems.json")
FORMATS = ["csv", "tsv", "md", "json"]

tests = []


def test(f):
    tests.append(f)
    return f


def run(*args, check=None, prefix=(), timeout=60, stdout=subprocess.PIPE):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    if prefix:
        # LeakSanitizer cannot run under ptrace (the sanitizer build)
        env["ASAN_OPTIONS"] = ":".join(filter(None, [env.get("ASAN_OPTIONS"), "detect_leaks=0"]))
    p = subprocess.run([*prefix, BINARY, *args], stdout=stdout, stderr=subprocess.PIPE,
                       env=env, timeout=timeout)
    if check is not None and p.returncode != check:
        raise AssertionError(f"{args}: exit {p.returncode}, expected {check}\n{p.stderr.decode()}")
    return p


def write_dataset(tmp, d, name="d.json"):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False)
    return path


def no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), f"duplicate keys: {keys}"
    return dict(pairs)


# {{{ Nothing reaches outside

@test
def no_socket_is_ever_opened():
    strace = shutil.which("strace")
    if strace is None:
        raise Skip("strace is not installed")
    commands = [
        ["--version"],
        ["--validate", GOOD, BAD],
        ["--list-programmes"],
        ["--export=comparison", "--wording", "--evidence", "--format=json"],
        ["--export=excerpts", "--format=md", DATASET],
    ]
    with tempfile.TemporaryDirectory() as tmp:
        commands.append(["--export=events", "--output", os.path.join(tmp, "e.csv")])
        for n, args in enumerate(commands):
            log = os.path.join(tmp, f"strace-{n}.log")
            p = run(*args, prefix=[strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", log])
            assert p.returncode in (0, 1), (args, p.returncode, p.stderr)
            calls = [l for l in open(log, encoding="utf-8", errors="replace")
                     if re.search(r"\b(socket|connect)\(", l)]
            # Not even D-Bus (AF_UNIX): the command line has no use for it
            assert calls == [], (args, calls)

# }}}
# {{{ Text comes out as it went in

HOSTILE_TEXT = [
    "%s%n%x%p%%%1$s%9999999d",
    "%n%n%n%n",
    "{0} {} ${HOME} $(id) `id`",
    "\u202eevil\u202c \u2067עברית\u2069 \u200f",
    "Zero\u200bwidth and \u2028line separator",
]


def hostile_dataset(tmp):
    d = json.load(open(GOOD, encoding="utf-8"))
    d["areas"] = [{"id": f"a{i}", "name": t} for i, t in enumerate(HOSTILE_TEXT)]
    d["programmes"][0]["title"] = HOSTILE_TEXT[0]
    d["programmes"][0]["areas"] = [{"area": "a0", "status": "listed", "evidence": ["x1"],
                                    "wordings": [{"text": HOSTILE_TEXT[3], "position": 1}]}]
    d["partners"][0]["name"] = HOSTILE_TEXT[1]
    return write_dataset(tmp, d)


@test
def list_prints_text_verbatim():
    with tempfile.TemporaryDirectory() as tmp:
        path = hostile_dataset(tmp)
        out = run("--list-programmes", path, check=0).stdout.decode()
        assert out.splitlines()[0].split("\t")[3] == HOSTILE_TEXT[0], out


@test
def exports_keep_text_verbatim():
    with tempfile.TemporaryDirectory() as tmp:
        path = hostile_dataset(tmp)
        js = json.loads(run("--export=comparison", "--format=json", "--wording", path, check=0).stdout)
        assert [r["area"] for r in js["rows"]] == HOSTILE_TEXT
        assert js["rows"][0]["kor-itpp.wording"] == HOSTILE_TEXT[3]
        rows = list(csv.DictReader(io.StringIO(run("--export=comparison", "--format=csv", path, check=0)
                                               .stdout.decode(), newline="")))
        assert [r["area"] for r in rows] == HOSTILE_TEXT
        tsv = run("--export=comparison", "--format=tsv", path, check=0).stdout.decode()
        # split("\n"): splitlines() would also split at U+2028
        assert [line.split("\t")[1] for line in tsv.split("\n")[1:-1]] == HOSTILE_TEXT
        md = run("--export=comparison", "--format=md", path, check=0).stdout.decode()
        for t in HOSTILE_TEXT:
            # Markdown escapes its own punctuation only
            assert re.sub(r"\\(.)", r"\1", t) in re.sub(r"\\(.)", r"\1", md), t
        programmes = json.loads(run("--export=programmes", "--format=json", path, check=0).stdout)
        assert programmes["rows"][0]["title"] == HOSTILE_TEXT[0]


@test
def problems_quote_text_verbatim():
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(GOOD, encoding="utf-8"))
        d["partners"][0][HOSTILE_TEXT[0]] = 1
        d["excerpts"][0]["document"] = HOSTILE_TEXT[1]
        path = write_dataset(tmp, d)
        err = run("--validate", path, check=1).stderr.decode()
        assert f"“{HOSTILE_TEXT[0]}” is not a member of a partner" in err, err
        assert f"“{HOSTILE_TEXT[1]}” is not the id of any document" in err, err

# Characters that show nothing of themselves or reorder what is around them
INVISIBLE = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
             "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\u200c", "\u200d", "\u2060",
             "\ufeff", "\u00ad", "\u2028", "\u2029", "\u3164", "\ue000"]
# Noncharacters are not text: a dataset may not have them (docs/robustness.md)
NONCHARACTERS = ["\ufffe", "\uffff", "\ufdd0", "\U0001fffe", "\U0010ffff"]


def escaped(c):
    return f"<U+{ord(c):04X}>"


@test
def formulas_behind_white_space_or_full_width_are_neutralised():
    risky = [" =1+1", "\n@SUM(A1)", "\u3000=cmd", "\u00a0+1", "\uff1dHYPERLINK(\"x\")", "\uff0b1",
             "\uff0d1", "\uff20A1", "  -2"]
    plain = ["a=b", " plain", "1+1", "e-mail"]
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(DATASET, encoding="utf-8"))
        d["areas"] += [{"id": f"n{i}", "name": n} for i, n in enumerate(risky + plain)]
        path = os.path.join(tmp, "d.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        rows = list(csv.DictReader(io.StringIO(run("--export=comparison", path, check=0).stdout.decode(),
                                               newline="")))
        names = {r["area_id"]: r["area"] for r in rows}
        for i, n in enumerate(risky):
            assert names[f"n{i}"] == "'" + n, (n, names[f"n{i}"])
        for i, n in enumerate(plain):
            assert names[f"n{len(risky) + i}"] == n, (n, names[f"n{len(risky) + i}"])
        tsv = run("--export=comparison", "--format=tsv", path, check=0).stdout.decode()
        assert "\t'\uff1dHYPERLINK" in tsv


@test
def noncharacters_are_refused_where_they_are():
    with tempfile.TemporaryDirectory() as tmp:
        for c in NONCHARACTERS:
            d = json.load(open(DATASET, encoding="utf-8"))
            d["title"] = "T" + c
            path = os.path.join(tmp, "d.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=False)
            err = run("--validate", path, check=1).stderr.decode()
            assert re.search(r"d\.json:\d+:\d+: The file contains the noncharacter U\+%04X" % ord(c), err), err
            # the same, written as an escape
            with open(path, "w", encoding="utf-8") as f:
                json.dump(d, f, ensure_ascii=True)
            err = run("--validate", path, check=1).stderr.decode()
            assert "noncharacter U+%04X" % ord(c) in err, err
            # and no export is made of it
            out = os.path.join(tmp, "out.xlsx")
            run("--export=comparison", "--format=xlsx", "-o", out, path, check=1)
            assert not os.path.exists(out)


@test
def problems_escape_invisible_characters():
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(GOOD, encoding="utf-8"))
        for n, c in enumerate(INVISIBLE):
            d["partners"][0][f"key{n}{c}end"] = 1
        path = write_dataset(tmp, d)
        err = run("--validate", path, check=1).stderr.decode()
        for n, c in enumerate(INVISIBLE):
            assert c not in err, (escaped(c), err)
            assert f"“key{n}{escaped(c)}end” is not a member of a partner" in err, (escaped(c), err)


def run_on_terminal(*args):
    """Runs with standard output on a pseudo-terminal; returns what it printed"""
    import pty
    primary, secondary = pty.openpty()
    env = dict(os.environ, LC_ALL="C.UTF-8")
    p = subprocess.Popen([BINARY, *args], stdout=secondary, stderr=subprocess.PIPE, env=env)
    os.close(secondary)
    out = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    p.wait(timeout=60)
    os.close(primary)
    return p.returncode, out.decode().replace("\r\n", "\n")


@test
def list_escapes_invisible_characters_on_a_terminal():
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(GOOD, encoding="utf-8"))
        title = "T" + "".join(INVISIBLE) + "end"
        d["programmes"][0]["title"] = title
        path = write_dataset(tmp, d)
        status, out = run_on_terminal("--list-programmes", path)
        assert status == 0, out
        line = out.splitlines()[0]
        assert line.split("\t")[3] == "T" + "".join(escaped(c) for c in INVISIBLE) + "end", line
        # Into a pipe, as written
        piped = run("--list-programmes", path, check=0).stdout.decode()
        assert piped.split("\n")[0].split("\t")[3] == title

# }}}
# {{{ Columns stay apart

@test
def programme_ids_that_collide_with_columns():
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(GOOD, encoding="utf-8"))
        text = json.dumps(d, ensure_ascii=False).replace('"kor-itpp"', '"area"')
        d = json.loads(text)
        second = json.loads(json.dumps(d["programmes"][0]))
        second["id"] = "area.wording"
        second.pop("supersedes", None)
        d["programmes"].append(second)
        path = write_dataset(tmp, d)
        js = json.loads(run("--export=comparison", "--format=json", "--wording", path, check=0).stdout,
                        object_pairs_hook=no_duplicate_keys)
        ids = [c["id"] for c in js["columns"]]
        assert len(ids) == len(set(ids)), ids
        assert ids[:4] == ["area_id", "area", "group", "area~2"], ids
        assert js["rows"][0]["area"] == d["areas"][0]["name"]
        assert js["rows"][0]["area~2"] == "listed"
        header = run("--export=comparison", "--format=csv", "--wording", path, check=0).stdout.decode().splitlines()[0]
        assert len(header.split(",")) == len(set(header.split(","))), header

# }}}
# {{{ Files that are not datasets

@test
def special_files_are_refused_without_waiting():
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "fifo.json")
        os.mkfifo(fifo)
        for path, words in ((fifo, "not a regular file"), ("/dev/zero", "not a regular file"),
                            (tmp, "is a folder")):
            # A hang would end in TimeoutExpired, a failure
            p = run("--validate", path, check=1, timeout=30)
            err = p.stderr.decode()
            assert err.startswith(path + ": ") and words in err, err


@test
def comparison_past_its_limit_is_refused():
    with tempfile.TemporaryDirectory() as tmp:
        d = json.load(open(GOOD, encoding="utf-8"))
        d["areas"] = [{"id": f"a{i}", "name": "A"} for i in range(1001)]
        template = {k: v for k, v in d["programmes"][0].items() if k not in ("areas", "supersedes")}
        d["programmes"] = [dict(template, id=f"g{i}") for i in range(1000)]
        d.pop("events", None)
        path = write_dataset(tmp, d)
        p = run("--export=comparison", path, check=2)
        assert "more than the 1000000 cells" in p.stderr.decode(), p.stderr
        assert p.stdout == b""
        run("--export=comparison", "--programmes=g1,g2", path, check=0)

# }}}
# {{{ Outputs that fail

@test
def standard_output_on_a_full_disk():
    with open("/dev/full", "wb") as full:
        p = run("--export=comparison", check=1, stdout=full)
    assert "No space left on device" in p.stderr.decode(), p.stderr


def become_nobody():
    os.setgid(65534)
    os.setuid(65534)


@test
def output_in_a_read_only_folder():
    # Root writes into any folder: as root, the folder goes to "nobody",
    # who then runs the export
    as_root = os.geteuid() == 0
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)
        folder = os.path.join(tmp, "ro")
        os.mkdir(folder)
        out = os.path.join(folder, "t.csv")
        open(out, "w").write("precious")
        if as_root:
            os.chown(folder, 65534, 65534)
            os.chown(out, 65534, 65534)
        os.chmod(folder, 0o500)
        try:
            p = subprocess.run([BINARY, "--export=comparison", "--output", out], capture_output=True,
                               env=dict(os.environ, LC_ALL="C.UTF-8"), timeout=60,
                               preexec_fn=become_nobody if as_root else None)
        finally:
            os.chmod(folder, 0o700)
        assert p.returncode == 1, (p.returncode, p.stderr)
        assert "Permission denied" in p.stderr.decode(), p.stderr
        assert open(out).read() == "precious"
        assert os.listdir(folder) == ["t.csv"]

# }}}


if __name__ == "__main__":
    sys.exit(tap.run(tests))
