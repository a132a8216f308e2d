#!/usr/bin/python3
# `meson install` puts each file where GNOME looks for it, and the files
# name each other rightly: the desktop file starts the installed binary and
# names the installed icon, the metainfo launches that desktop file and
# provides that binary, and its newest release is the project's version.
#
# It reads what meson would install (meson-info/intro-installed.json, the
# file `meson introspect --installed` prints) instead of installing, so it
# is quick and writes nothing.

import configparser
import json
import os
import xml.etree.ElementTree as ET

import tap

BUILD = os.environ["MESON_BUILD_ROOT"]
SOURCE = os.environ["ATLAS_SOURCE_ROOT"]
APP_ID = os.environ["ATLAS_APPLICATION_ID"]
GETTEXT_PACKAGE = "partnership-atlas"
BINARY = "partnership-atlas"


def intro(name):
    with open(os.path.join(BUILD, "meson-info", f"intro-{name}.json"), encoding="utf-8") as f:
        return json.load(f)


options = {o["name"]: o["value"] for o in intro("buildoptions")}
version = intro("projectinfo")["version"]
installed = intro("installed")  # file in the build or source tree -> destination
by_destination = {dest: src for src, dest in installed.items()}

prefix = options["prefix"]
bindir = os.path.join(prefix, options["bindir"])
datadir = os.path.join(prefix, options["datadir"])
localedir = os.path.join(prefix, options["localedir"])


def installs(name, destination):
    """Checks that something is installed at destination; returns the file it comes from."""
    src = by_destination.get(destination)
    tap.check(f"installs {name} as {os.path.relpath(destination, prefix)}", src is not None,
              "installed are: " + ", ".join(sorted(os.path.relpath(d, prefix) for d in by_destination)))
    return src


outside = [d for d in by_destination if os.path.commonpath([prefix, d]) != prefix]
tap.check("installs nothing outside the prefix", not outside, f"outside {prefix}: {outside}")

binary = installs("the binary", os.path.join(bindir, BINARY))
desktop = installs("the desktop file", os.path.join(datadir, "applications", APP_ID + ".desktop"))
metainfo = installs("the metainfo", os.path.join(datadir, "metainfo", APP_ID + ".metainfo.xml"))
installs("the app icon", os.path.join(datadir, "icons", "hicolor", "scalable", "apps", APP_ID + ".svg"))
installs("the symbolic icon",
         os.path.join(datadir, "icons", "hicolor", "symbolic", "apps", APP_ID + "-symbolic.svg"))
gschema = installs("the GSettings schema",
                   os.path.join(datadir, "glib-2.0", "schemas", APP_ID + ".gschema.xml"))

with open(os.path.join(SOURCE, "po", "LINGUAS"), encoding="utf-8") as f:
    languages = [w for line in f for w in line.split("#", 1)[0].split()]
for lang in languages:
    installs(f"the {lang} catalogue", os.path.join(localedir, lang, "LC_MESSAGES", GETTEXT_PACKAGE + ".mo"))

if desktop:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str
    entry.read(desktop, encoding="utf-8")
    group = entry["Desktop Entry"] if entry.has_section("Desktop Entry") else {}
    exec_line = group.get("Exec", "").split()
    tap.check("the desktop file starts the installed binary", exec_line[:1] == [BINARY], f"Exec={exec_line}")
    tap.check("the desktop file passes the dataset as one file (%f)", exec_line[1:] == ["%f"],
              f"Exec={exec_line}")
    tap.check("the desktop file names the app icon", group.get("Icon") == APP_ID, f"Icon={group.get('Icon')}")
    tap.check("the desktop file opens JSON datasets",
              "application/json" in group.get("MimeType", "").split(";"),
              f"MimeType={group.get('MimeType')}")
    # D-Bus activation would need a service file that is not installed
    tap.check("the desktop file does not claim D-Bus activation",
              group.get("DBusActivatable", "false") == "false",
              f"DBusActivatable={group.get('DBusActivatable')}")

if metainfo:
    component = ET.parse(metainfo).getroot()
    tap.check("the metainfo's id is the application id", component.findtext("id") == APP_ID,
              f"id={component.findtext('id')}")
    launchable = component.find("launchable[@type='desktop-id']")
    tap.check("the metainfo launches the installed desktop file",
              launchable is not None and launchable.text == APP_ID + ".desktop",
              f"launchable={None if launchable is None else launchable.text}")
    binaries = [b.text for b in component.findall("provides/binary")]
    tap.check("the metainfo provides the installed binary", binaries == [BINARY], f"binaries={binaries}")
    releases = component.findall("releases/release")
    tap.check("the metainfo's newest release is the project's version",
              bool(releases) and releases[0].get("version") == version,
              f"project {version}, releases {[r.get('version') for r in releases]}")
    tap.check("the metainfo has an OARS content rating",
              component.find("content_rating[@type='oars-1.1']") is not None)
    tap.check("the metainfo has a default screenshot with a caption",
              component.find("screenshots/screenshot[@type='default']/caption") is not None)

if gschema:
    schema_ids = [s.get("id") for s in ET.parse(gschema).getroot().iter("schema")]
    tap.check("the installed schema is the application's", APP_ID in schema_ids, f"ids={schema_ids}")

if binary:
    tap.check("the installed binary is the one built", os.path.realpath(binary) ==
              os.path.realpath(os.path.join(BUILD, "src", BINARY)), binary)

tap.finish()
