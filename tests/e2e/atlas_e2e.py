# The end-to-end harness: runs the real partnership-atlas on the current
# (virtual) display, in a temporary HOME with the memory GSettings backend,
# and drives it through the accessibility bus the way a screen reader or a
# keyboard user does. Widgets are found by role and accessible name only,
# never by coordinates. A screenshot is saved at each step.

import os
import shutil
import subprocess
import tempfile
import time

import pyatspi

BINARY = os.environ["ATLAS_BINARY"]
BUILD_ROOT = os.environ.get("ATLAS_BUILD_ROOT", os.path.dirname(os.path.dirname(BINARY)))
SOURCE_ROOT = os.environ["ATLAS_SOURCE_ROOT"]
SHOTS = os.environ.get("ATLAS_E2E_SHOTS", os.path.join(BUILD_ROOT, "meson-logs", "e2e"))

TIMEOUT = 40


class NotFound(AssertionError):
    pass


class AppExited(AssertionError):
    pass


def wait_for(predicate, what, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result:
            return result
        if time.monotonic() > deadline:
            raise NotFound(f"timed out waiting for {what}")
        time.sleep(0.1)


def children(node):
    try:
        return [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        return []


def walk(node, depth=0, limit=60):
    """Every accessible below node, depth first (shown or not)."""
    if node is None or depth > limit:
        return
    yield node
    for child in children(node):
        yield from walk(child, depth + 1, limit)


def showing(node):
    try:
        # GTK 4.8 does not set SHOWING on widgets inside the window; VISIBLE
        # follows gtk_widget_get_visible()
        return node.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def focused(node):
    try:
        return node.getState().contains(pyatspi.STATE_FOCUSED)
    except Exception:
        return False


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ""


def name(node):
    try:
        return node.name or ""
    except Exception:
        return ""


def text_of(node):
    """The text of a label or text widget, else its name."""
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except Exception:
        return name(node)


class App:
    def __init__(self, *args, language=None, home=None, env=None):
        self.home = home or tempfile.mkdtemp(prefix="atlas-e2e-")
        self.step = 0
        e = dict(os.environ)
        e.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "GSETTINGS_BACKEND": "memory",
            "GSETTINGS_SCHEMA_DIR": os.path.join(BUILD_ROOT, "data"),
            "ATLAS_LOCALEDIR": os.path.join(BUILD_ROOT, "po"),
            "LANG": "C.UTF-8",
            "GSK_RENDERER": "cairo",
            "NO_AT_BRIDGE": "0",
        })
        e.pop("GTK_A11Y", None)
        if language:
            e["LANGUAGE"] = language
        else:
            e.pop("LANGUAGE", None)
        if env:
            e.update(env)
        os.makedirs(SHOTS, exist_ok=True)
        self.log = open(os.path.join(SHOTS, "app.log"), "ab")
        for attempt in range(3):
            self.proc = subprocess.Popen([BINARY, *args], env=e, stdout=self.log, stderr=self.log)
            try:
                self.app = wait_for(self._find_app, "the application on the accessibility bus")
                break
            except AppExited:
                # A display or bus that was not ready yet; the app itself
                # is checked by what follows
                if attempt == 2:
                    raise
                time.sleep(1)
        self.window = wait_for(lambda: next((c for c in children(self.app) if role(c) == "frame"), None),
                               "the main window")

    def _find_app(self):
        if self.proc.poll() is not None:
            raise AppExited(f"the app exited with status {self.proc.returncode}")
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            try:
                if app is not None and app.get_process_id() == self.proc.pid:
                    return app
            except Exception:
                continue
        return None

    # Finding things

    def find_all(self, role_name=None, name_is=None, name_has=None, root=None, only_showing=True):
        out = []
        for node in walk(root or self.window):
            if role_name and role(node) != role_name:
                continue
            n = name(node)
            if name_is is not None and n != name_is:
                continue
            if name_has is not None and name_has.lower() not in n.lower():
                continue
            if only_showing and not showing(node):
                continue
            out.append(node)
        return out

    def find(self, role_name=None, name_is=None, name_has=None, root=None, timeout=TIMEOUT):
        what = f"{role_name or 'any'} named {name_is or name_has!r}"
        return wait_for(lambda: next(iter(self.find_all(role_name, name_is, name_has, root)), None),
                        what, timeout)

    def toplevel(self, role_name=None, name_is=None, containing=None, timeout=TIMEOUT):
        """A window of the app other than the main one (a dialog), optionally
        the one that holds a widget of the given (role, name)."""
        def look():
            for w in children(self.app):
                if w == self.window or (role_name and role(w) != role_name):
                    continue
                if name_is is not None and name(w) != name_is:
                    continue
                if containing and not self.find_all(*containing, root=w):
                    continue
                return w
            return None
        return wait_for(look, f"a window {role_name or ''} {name_is or containing!r}", timeout)

    def gone(self, node, what, timeout=TIMEOUT):
        """Waits until a window has left the accessibility tree."""
        return wait_for(lambda: node not in children(self.app), f"{what} to close", timeout)

    def labels(self, root=None):
        return [text_of(n) for n in walk(root or self.window) if role(n) == "label" and showing(n)]

    def wait_label(self, text, root=None, timeout=TIMEOUT):
        return wait_for(lambda: any(text in l for l in self.labels(root)), f"a label with {text!r}", timeout)

    # Doing things

    def click(self, node):
        """Activates a widget through its accessible action (not a pointer)."""
        action = node.queryAction()
        for i in range(action.nActions):
            if action.getName(i) in ("click", "activate", "press", "toggle"):
                action.doAction(i)
                return
        action.doAction(0)

    def choose_from_menu(self, menu_button, item):
        """Opens a menu button's menu with its own toggle and activates an
        item, as an assistive technology does."""
        toggle = next((c for c in children(menu_button) if role(c) in ("push button", "toggle button")),
                      menu_button)
        self.click(toggle)
        self.click(self.find("menu item", item, root=menu_button))

    def pressed(self, node):
        try:
            state = node.getState()
            return state.contains(pyatspi.STATE_PRESSED) or state.contains(pyatspi.STATE_CHECKED)
        except Exception:
            return False

    def keys(self, *keys):
        """Real key presses to the focused window, as a keyboard user types."""
        for k in keys:
            subprocess.run(["xdotool", "key", "--clearmodifiers", k], check=True)
            time.sleep(0.15)

    def tab_to(self, nodes, what, limit=80, key="Tab"):
        """Presses Tab (or key) until one of nodes has the keyboard focus, as
        a keyboard user moves through the window; fails after limit presses."""
        nodes = list(nodes)
        for _ in range(limit):
            hit = next((n for n in nodes if focused(n)), None)
            if hit is not None:
                return hit
            self.keys(key)
        raise NotFound(f"{what} not reached with {limit} presses of {key}")

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)

    def focus_window(self):
        wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(self.proc.pid)],
                             capture_output=True, text=True).stdout.split()
        if wid:
            subprocess.run(["xdotool", "windowactivate", "--sync", wid[-1]], capture_output=True)
            subprocess.run(["xdotool", "windowfocus", "--sync", wid[-1]], capture_output=True)

    def shot(self, label):
        os.makedirs(SHOTS, exist_ok=True)
        self.step += 1
        path = os.path.join(SHOTS, f"{label}-{self.step:02d}.png")
        time.sleep(0.3)
        subprocess.run(["import", "-window", "root", path], capture_output=True)
        return path

    def close(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()
        shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def run_tests(tests):
    """Runs test functions and prints TAP."""
    import traceback
    print(f"1..{len(tests)}", flush=True)
    failed = 0
    for n, t in enumerate(tests, 1):
        try:
            t()
            print(f"ok {n} {t.__name__}", flush=True)
        except Exception:
            failed += 1
            print(f"not ok {n} {t.__name__}", flush=True)
            for line in traceback.format_exc().splitlines():
                print("# " + line, flush=True)
    return 1 if failed else 0
