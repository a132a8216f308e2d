#!/usr/bin/python3
# A heuristic scan of src/ for text that people read but that is not marked
# for translation: a string literal with letters in it, passed as the text
# argument of a GTK/libadwaita setter, a GError, a message printed to the
# user, or the loader's own problem reporters, without _(), C_() or N_()
# around it. One check per source file; the failure names file, line,
# function and text. What the scan cannot tell (an id, a command-line
# word) goes into ALLOWED with the reason.

import os
import re

import tap

ROOT = os.environ["ATLAS_SOURCE_ROOT"]

# Function → the (0-based) arguments that are text for people; "all" when
# any argument may be (gtk_accessible_update_property's values).
FUNCTIONS = {
    "gtk_label_new": [0], "gtk_label_new_with_mnemonic": [0],
    "gtk_button_new_with_label": [0], "gtk_button_new_with_mnemonic": [0],
    "gtk_check_button_new_with_label": [0], "gtk_check_button_new_with_mnemonic": [0],
    "gtk_toggle_button_new_with_label": [0], "gtk_toggle_button_new_with_mnemonic": [0],
    "gtk_column_view_column_new": [0], "gtk_file_chooser_native_new": [0, 3, 4],
    "gtk_string_list_append": [1], "gtk_accessible_update_property": "all",
    "gtk_accessible_update_relation": "all",
    "g_menu_append": [1], "g_menu_prepend": [1], "g_menu_insert": [2], "g_menu_item_new": [0],
    "g_menu_append_submenu": [1], "g_menu_append_section": [1], "g_menu_item_new_submenu": [0],
    "adw_window_title_new": [0, 1], "adw_toast_new": [0], "adw_toast_new_format": [0],
    "adw_message_dialog_new": [1, 2], "adw_message_dialog_add_response": [2],
    "adw_message_dialog_format_heading": [1], "adw_message_dialog_format_body": [1],
    "adw_view_stack_add_titled": [3], "gtk_stack_add_titled": [3],
    "g_set_error": [3], "g_set_error_literal": [3], "g_error_new": [2], "g_error_new_literal": [2],
    "g_task_return_new_error": [3], "g_prefix_error": [1], "g_prefix_error_literal": [1],
    "g_propagate_prefixed_error": [2],
    "g_print": [0], "g_printerr": [0], "atlas_cli_printerr": [0], "atlas_cli_print_message": [0],
    "g_application_set_option_context_summary": [1],
    "g_application_set_option_context_parameter_string": [1],
    "g_application_set_option_context_description": [1],
    # the loader's and the JSON reader's problem reporters (G_GNUC_PRINTF (4, 5))
    "problem": [3], "add_problem": [3],
}
# Any GTK/libadwaita setter of a readable text: gtk_label_set_text,
# adw_action_row_set_subtitle, gtk_widget_set_tooltip_text, …
SETTER = re.compile(r"(?:gtk|adw)_\w+_set_(?:title|subtitle|label|text|markup|description|tooltip_text|"
                    r"tooltip_markup|placeholder_text|heading|body|button_label|comments|release_notes|"
                    r"text_with_mnemonic|markup_with_mnemonic|accept_label|cancel_label|name)$")
NOT_SETTERS = {
    "gtk_widget_set_name",  # a CSS name, not text
    "gtk_buildable_set_name",
    "gtk_editable_set_text",  # what the user typed, restored
}

# (file, function, text as written in the source): texts that are not
# language or never meant for people, each with the reason. Formats such
# as "%s: %s\n" have no letters and need no entry.
ALLOWED = {
    # --search --format=tsv: the header names columns for scripts, like JSON keys
    ("src/cli/atlas-cli-search.c", "g_print", r"kind\tid\ttitle\tsnippet\n"):
        "column names of a format for scripts",
}

MARKED = re.compile(r"^(?:_|N_|C_|NC_|Q_|g_dgettext|g_dpgettext2|g_dngettext|g_dcgettext|ngettext|gettext)\s*\(")
LITERAL = re.compile(r'^(?:L|u8)?"(?:[^"\\]|\\.)*"(?:\s*(?:L|u8)?"(?:[^"\\]|\\.)*")*$', re.S)


def strip_comments(source):
    """Blanks out comments (keeping line breaks and string literals)."""
    def blank(m):
        text = m.group(0)
        return text if text.startswith(('"', "'")) else re.sub(r"[^\n]", " ", text)
    return re.sub(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|/\*.*?\*/|//[^\n]*', blank, source, flags=re.S)


def arguments(source, start):
    """The top-level arguments of the call whose '(' is at start, with the
    offset of each."""
    depth, args, begin, i = 0, [], start + 1, start
    while i < len(source):
        c = source[i]
        if c in "\"'":
            quote, i = c, i + 1
            while i < len(source) and source[i] != quote:
                i += 2 if source[i] == "\\" else 1
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append((source[begin:i], begin))
                return args
        elif c == "," and depth == 1:
            args.append((source[begin:i], begin))
            begin = i + 1
        i += 1
    return args


def literal_text(arg):
    """The text of a plain string literal argument, or None."""
    arg = arg.strip()
    if not LITERAL.match(arg):
        return None
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', arg))


def scan(path):
    rel = os.path.relpath(path, ROOT)
    with open(path, encoding="utf-8") as f:
        source = strip_comments(f.read())
    found = []
    for m in re.finditer(r"\b([a-z_][a-z0-9_]*)\s*\(", source):
        name = m.group(1)
        which = FUNCTIONS.get(name)
        if which is None and SETTER.match(name) and name not in NOT_SETTERS:
            which = [1]
        if which is None:
            continue
        args = arguments(source, m.end() - 1)
        for index, (arg, offset) in enumerate(args):
            if which != "all" and index not in which:
                continue
            text = literal_text(arg)
            if text is None or not re.search(r"[A-Za-z]", re.sub(r"%[-+ #0'*.\d]*[a-zA-Z]+|\\.", "", text)):
                continue
            if (rel, name, text) in ALLOWED:
                continue
            if MARKED.match(arg.strip()):
                continue
            line = source.count("\n", 0, offset) + 1
            found.append(f"{rel}:{line}: {name} (…“{text}”…)")
    return found


paths = []
for dirpath, _, files in os.walk(os.path.join(ROOT, "src")):
    paths += [os.path.join(dirpath, f) for f in files if f.endswith(".c")]
paths.sort()
tap.check("there are C sources to scan", paths, "no src/**/*.c found")
for path in paths:
    problems = scan(path)
    tap.check(f"{os.path.relpath(path, ROOT)}: no unmarked text for people", not problems,
              "wrap in _() (or add to ALLOWED in this test, with the reason):\n# " + "\n# ".join(problems))

tap.finish()
