# What the command-line tests share: where the app and the built-in dataset
# are, a list of tests to hand to tap.run(), and a run that checks the exit
# status.

import os
import subprocess

BINARY = os.environ["ATLAS_BINARY"]
ROOT = os.environ["ATLAS_SOURCE_ROOT"]
DATASET = os.path.join(ROOT, "data", "atlas-dataset.json")


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
