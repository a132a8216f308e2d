# The Test Anything Protocol for the Python test programs: each function
# given to run() is one numbered test; raising Skip skips it, any other
# exception fails it with its traceback as comments.

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
