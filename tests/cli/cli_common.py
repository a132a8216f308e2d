# What the command-line tests share: where the app and the built-in dataset
# are, a list of tests to hand to tap.run(), and a run that checks the exit
# status.

import os
import subprocess

BINARY = os.environ["ATLAS_BINARY"]
ROOT = os.environ["ATLAS_SOURCE_ROOT"]
DATASET = os.path.join(ROOT, "data", "atlas-dataset.json")

# An export names the moment it was made; every run of a test makes its
# exports at one moment, so that two runs compare byte for byte whatever
# second each falls in on a loaded machine
os.environ.setdefault("SOURCE_DATE_EPOCH", "1780000000")


class Tests(list):
    """A list of test functions; used as a decorator, it adds one."""

    def __call__(self, f):
        self.append(f)
        return f


def run(*args, check=None):
    p = subprocess.run([BINARY, *args], capture_output=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
    if check is not None and p.returncode != check:
        raise AssertionError(f"{args}: exit {p.returncode}, expected {check}\n{p.stderr.decode()}")
    return p


def run_on_terminal(*args, cwd=None):
    """Runs with standard output on a pseudo-terminal in raw mode (so that
    what is printed arrives byte for byte); returns the exit status, what
    standard output showed and standard error, as bytes."""
    import pty
    import tty
    primary, secondary = pty.openpty()
    tty.setraw(secondary)
    p = subprocess.Popen([BINARY, *args], stdout=secondary, stderr=subprocess.PIPE, cwd=cwd,
                         env=dict(os.environ, LC_ALL="C.UTF-8"))
    os.close(secondary)
    out = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # EIO: the program closed the terminal
            break
        if not chunk:
            break
        out += chunk
    err = p.stderr.read()
    p.wait(timeout=60)
    os.close(primary)
    return p.returncode, out, err
