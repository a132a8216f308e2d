# The Test Anything Protocol for the Python test programs, in two styles:
#
# - run(tests): each function is one numbered test; raising Skip skips it,
#   any other exception fails it with its traceback as comments;
# - check(name, ok) / skip(name, reason) as checks are made, then finish(),
#   which prints them all and exits non-zero when any failed.

import sys
import traceback


class Skip(Exception):
    pass


def run(tests):
    print(f"1..{len(tests)}")
    failed = 0
    for n, t in enumerate(tests, 1):
        try:
            t()
            print(f"ok {n} {t.__name__}")
        except Skip as e:
            print(f"ok {n} {t.__name__} # SKIP {e}")
        except Exception:
            failed += 1
            print(f"not ok {n} {t.__name__}")
            for line in traceback.format_exc().splitlines():
                print("# " + line)
    return 1 if failed else 0


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
