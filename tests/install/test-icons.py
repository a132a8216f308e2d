#!/usr/bin/python3
# The application icons under data/icons/hicolor are SVG that the icon
# theme can use: well-formed, on the canvas their directory promises
# (128 px for the full-colour icon, 16 px for the symbolic one), without
# text, bitmaps or links to other files. The symbolic icon is drawn only
# with what GTK recolours for the theme (filled path, circle and rect in
# #2e3436), so it follows dark and light styles. Both are in the GUI's
# GResource under <resource base>/icons, where GtkApplication looks, so the
# app finds its icon when it runs from the build tree.

import os
import re
import xml.etree.ElementTree as ET

import tap

ROOT = os.environ["ATLAS_SOURCE_ROOT"]
APP_ID = os.environ["ATLAS_APPLICATION_ID"]
RESOURCE_BASE = os.environ["ATLAS_RESOURCE_BASE"]
SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

ICONS = {
    # path under data/icons/hicolor: canvas size
    f"scalable/apps/{APP_ID}.svg": 128,
    f"symbolic/apps/{APP_ID}-symbolic.svg": 16,
}
SYMBOLIC_ELEMENTS = {"svg", "g", "path", "circle", "rect", "title", "desc"}
SYMBOLIC_COLOURS = {"#2e3436", "currentcolor"}


def local(tag):
    return tag[len(SVG):] if tag.startswith(SVG) else tag


def style_properties(element):
    """The presentation attributes and the style="" declarations of one element."""
    props = {k: v for k, v in element.attrib.items() if "}" not in k}
    for declaration in element.get("style", "").split(";"):
        if ":" in declaration:
            key, value = declaration.split(":", 1)
            props[key.strip()] = value.strip()
    return props


hicolor = os.path.join(ROOT, "data", "icons", "hicolor")
found = sorted(os.path.relpath(os.path.join(d, f), hicolor)
               for d, _, files in os.walk(hicolor) for f in files)
tap.check("exactly the expected icon files", found == sorted(ICONS),
          f"found {found}, expected {sorted(ICONS)}")

for relpath, size in ICONS.items():
    path = os.path.join(hicolor, relpath)
    symbolic = relpath.startswith("symbolic/")
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        tap.check(f"{relpath}: well-formed XML", False, str(e))
        continue
    tap.check(f"{relpath}: well-formed XML", True)
    tap.check(f"{relpath}: root is an SVG element", root.tag == SVG + "svg", root.tag)

    view_box = root.get("viewBox", "").replace(",", " ").split()
    tap.check(f"{relpath}: viewBox is 0 0 {size} {size}",
              [float(v) for v in view_box] == [0, 0, size, size] if len(view_box) == 4 else False,
              f"viewBox={root.get('viewBox')!r}")
    tap.check(f"{relpath}: width and height are {size}",
              root.get("width") in (str(size), f"{size}px") and root.get("height") in (str(size), f"{size}px"),
              f"width={root.get('width')!r} height={root.get('height')!r}")

    elements = list(root.iter())
    tags = {local(e.tag) for e in elements}
    tap.check(f"{relpath}: no text or bitmaps", not tags & {"text", "tspan", "image", "foreignObject"},
              f"has {sorted(tags & {'text', 'tspan', 'image', 'foreignObject'})}")

    ids = {e.get("id") for e in elements if e.get("id")}
    refs = set()
    external = []
    for e in elements:
        for key, value in e.attrib.items():
            refs.update(re.findall(r"url\(#([^)]+)\)", value))
            if key in ("href", XLINK_HREF):
                if value.startswith("#"):
                    refs.add(value[1:])
                else:
                    external.append(value)
    tap.check(f"{relpath}: every url(#id) is defined", refs <= ids, f"undefined: {sorted(refs - ids)}")
    tap.check(f"{relpath}: links to no other file", not external, f"links to {external}")

    if symbolic:
        tap.check(f"{relpath}: only elements GTK recolours", tags <= SYMBOLIC_ELEMENTS,
                  f"also has {sorted(tags - SYMBOLIC_ELEMENTS)}")
        colours, strokes = set(), []
        for e in elements:
            props = style_properties(e)
            if props.get("fill", "none").lower() != "none":
                colours.add(props["fill"].lower())
            if props.get("stroke", "none").lower() != "none":
                strokes.append(local(e.tag))
        tap.check(f"{relpath}: filled in #2e3436 only", colours and colours <= SYMBOLIC_COLOURS,
                  f"fills {sorted(colours)}")
        tap.check(f"{relpath}: no strokes (GTK recolours fills only)", not strokes,
                  f"strokes on {strokes}")

# The renderer GTK uses must draw them, at their size and at twice it
try:
    import gi
    gi.require_version("GdkPixbuf", "2.0")
    from gi.repository import GdkPixbuf, GLib
except (ImportError, ValueError) as e:
    GdkPixbuf = None
    skip_reason = str(e)

for relpath, size in ICONS.items():
    for scale in (1, 2):
        name = f"{relpath}: renders at {size * scale} px"
        if GdkPixbuf is None:
            tap.skip(name, "no GdkPixbuf: " + skip_reason)
            continue
        try:
            pixbuf = GdkPixbuf.Pixbuf.new_from_file_at_size(os.path.join(hicolor, relpath),
                                                            size * scale, size * scale)
        except GLib.Error as e:
            tap.check(name, False, e.message)
            continue
        pixels = pixbuf.get_pixels()
        stride, n = pixbuf.get_rowstride(), pixbuf.get_n_channels()
        opaque = sum(1 for y in range(pixbuf.get_height()) for x in range(pixbuf.get_width())
                     if n == 4 and pixels[y * stride + x * n + 3] > 128)
        area = pixbuf.get_width() * pixbuf.get_height()
        # Drawn, and not a filled square: a tenth to nine tenths of the canvas
        tap.check(name, (pixbuf.get_width(), pixbuf.get_height()) == (size * scale,) * 2
                  and area / 10 < opaque < area * 0.9,
                  f"{pixbuf.get_width()}×{pixbuf.get_height()}, {opaque} of {area} pixels opaque")

# The GUI's GResource carries the same files where GtkApplication adds them
# to the icon theme
manifest = ET.parse(os.path.join(ROOT, "ui", "atlas.gresource.xml")).getroot()
in_resource = {}
for resource in manifest.iter("gresource"):
    for f in resource.iter("file"):
        in_resource[resource.get("prefix").rstrip("/") + "/" + (f.get("alias") or f.text)] = f.text
for relpath in ICONS:
    key = f"{RESOURCE_BASE}/icons/{relpath}"
    tap.check(f"{relpath}: in the GResource as {key}",
              in_resource.get(key) == f"data/icons/hicolor/{relpath}",
              f"{key} -> {in_resource.get(key)!r}")

tap.finish()
