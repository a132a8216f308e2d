# TAP for the Python tests: record each check as it is made, then print
# them all with finish(), which exits non-zero when any failed.

import sys

_results = []


def check(name, ok, detail=""):
    """Records one check; detail is printed under it when it fails."""
    _results.append((name, bool(ok), "" if ok else detail, None))
    return ok


def skip(name, reason):
    """Records a check that could not be made here, and why."""
    _results.append((name, True, "", reason))


def finish():
    print(f"1..{len(_results)}")
    for n, (name, ok, detail, skipped) in enumerate(_results, 1):
        if skipped is not None:
            print(f"ok {n} {name} # SKIP {skipped}")
            continue
        print(f"{'ok' if ok else 'not ok'} {n} {name}")
        if detail:
            print("# " + detail)
    sys.exit(0 if all(ok for _, ok, _, _ in _results) else 1)
