#!/usr/bin/python3
# Every command that writes a file refuses at once a target that is not a
# regular file — a FIFO without a reader, a socket, a device, a folder —
# with a message that says so, and leaves it as it was; standard output
# keeps working whatever it is (a pipe, a FIFO, /dev/null), named or not
# (--output=/dev/stdout). docs/robustness.md, "Exporting".

import json
import os
import socket
import stat
import subprocess
import sys
import tempfile
import threading

import tap
from tap import Skip

from cli_common import BINARY, ROOT, Tests

GOOD = os.path.join(ROOT, "tests", "data", "good", "minimal.json")
V2 = os.path.join(ROOT, "tests", "data", "good", "version-2.json")

tests = test = Tests()


def commands(folder):
    """Each command that writes, by name, its arguments without --output,
    its exit status when it succeeds and the first bytes of what it writes"""
    fix = os.path.join(folder, "fix.json")
    with open(fix, "w", encoding="utf-8") as f:
        json.dump({"format": "partnership-atlas-correction", "version": 1, "dataset": "1",
                   "patch": [{"op": "replace", "path": "/title", "value": "Fixed"}]}, f)
    return {
        "csv": (["--export=comparison"], 0, b"area_id,"),
        "tsv": (["--export=programmes", "--format=tsv"], 0, b"id\t"),
        "md": (["--export=events", "--format=md"], 0, b"# "),
        "json": (["--export=excerpts", "--format=json"], 0, b"{"),
        "html": (["--export=comparison", "--format=html"], 0, b"<!DOCTYPE html>"),
        "xlsx": (["--export=comparison", "--format=xlsx"], 0, b"PK"),
        "pdf": (["--export=comparison", "--format=pdf"], 0, b"%PDF"),
        "png": (["--export=timeline", "--format=png"], 0, b"\x89PNG"),
        "svg": (["--export=timeline", "--format=svg"], 0, b"<?xml"),
        "timeline-pdf": (["--export=timeline", "--format=pdf"], 0, b"%PDF"),
        "citations": (["--export=citations", "--format=bibtex"], 0, b"% Encoding"),
        "diff": (["--diff", "--format=json", GOOD, V2], 1, b"{"),
        "apply": (["--apply", fix, GOOD], 0, b"{"),
    }


def run(args, stdout=subprocess.PIPE, timeout=30):
    # A wait on the target would end in TimeoutExpired, a failure
    return subprocess.run([BINARY, *args], stdout=stdout, stderr=subprocess.PIPE, timeout=timeout,
                          env=dict(os.environ, LC_ALL="C.UTF-8"))


def available(args):
    p = run(args + ["--output", os.devnull])
    return "cannot write" not in p.stderr.decode()


def refused(args, target, words, kind):
    p = run(args + ["--output", target])
    err = p.stderr.decode()
    assert p.returncode != 0, (args, target, err)
    assert f"Could not write “{target}”: {words}" in err, (args, err)
    assert stat.S_IFMT(os.stat(target).st_mode) == kind, (args, target)


@test
def targets_that_are_not_regular_files_are_refused_at_once():
    with tempfile.TemporaryDirectory() as tmp:
        folder = os.path.join(tmp, "targets")
        os.mkdir(folder)
        fifo = os.path.join(folder, "fifo")
        os.mkfifo(fifo)
        sock = os.path.join(folder, "socket")
        server = socket.socket(socket.AF_UNIX)
        server.bind(sock)
        sub = os.path.join(folder, "folder")
        os.mkdir(sub)
        try:
            for name, (args, _, _) in commands(tmp).items():
                if not available(args):
                    continue
                refused(args, fifo, "it is not a regular file", stat.S_IFIFO)
                refused(args, sock, "it is not a regular file", stat.S_IFSOCK)
                refused(args, "/dev/null", "it is not a regular file", stat.S_IFCHR)
                refused(args, sub, "it is a folder", stat.S_IFDIR)
                assert os.listdir(sub) == [], (name, os.listdir(sub))
                # Nothing left beside them either
                assert sorted(os.listdir(folder)) == ["fifo", "folder", "socket"], (name, os.listdir(folder))
        finally:
            server.close()


@test
def standard_output_keeps_working():
    with tempfile.TemporaryDirectory() as tmp:
        for name, (args, status, magic) in commands(tmp).items():
            if not available(args):
                continue
            # A pipe, named and (but by --apply, which asks for a name) not
            named = run(args + ["--output", "/dev/stdout"])
            assert named.returncode == status and named.stdout.startswith(magic), (name, named.stderr)
            if name != "apply":
                p = run(args)
                assert p.returncode == status and p.stdout.startswith(magic), (name, p.returncode, p.stderr)
                if name not in ("xlsx", "pdf", "timeline-pdf"):  # these hold the time they were made
                    assert named.stdout == p.stdout, name
            # A device
            with open(os.devnull, "wb") as null:
                if name != "apply":
                    assert run(args, stdout=null).returncode == status, name
                assert run(args + ["-o", "/dev/stdout"], stdout=null).returncode == status, name
            # A FIFO with a reader
            fifo = os.path.join(tmp, "fifo")
            os.mkfifo(fifo)
            got = []
            reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
            reader.start()
            with open(fifo, "wb") as writer:
                p = run(args + ["-o", "/dev/stdout"], stdout=writer)
            reader.join(timeout=30)
            os.unlink(fifo)
            assert p.returncode == status and got and got[0].startswith(magic), (name, p.stderr)


@test
def a_file_on_standard_output_is_replaced_whole():
    # --output=/dev/stdout naming a regular file is that file: written
    # beside it and renamed, as any other
    if not os.path.exists("/dev/stdout"):
        raise Skip("no /dev/stdout")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "t.csv")
        with open(out, "wb") as f:
            f.write(b"old")
            p = run(["--export=comparison", "-o", "/dev/stdout"], stdout=f)
        assert p.returncode == 0, p.stderr
        assert open(out, "rb").read().startswith(b"area_id,")
        assert os.listdir(tmp) == ["t.csv"]


if __name__ == "__main__":
    sys.exit(tap.run(tests))
