#!/usr/bin/env python3
"""Draws the Word add-in's icons (addin/public/assets/icon-{16,32,64,80,128}.png): the same glyph and
accent as the Teams app icon (tools/teams_icons.py), as the XML manifest's IconUrl, HighResolutionIconUrl
and ribbon button images need them. Run from the repository root and commit the PNGs."""
import pathlib, sys

# Reuse the Teams drawing code without running its main().
source = pathlib.Path(__file__).with_name("teams_icons.py").read_text(encoding="utf-8")
namespace = {"__name__": "teams_icons"}
exec(source.rsplit("\nmain()", 1)[0], namespace)

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "addin/public/assets")
folder.mkdir(parents=True, exist_ok=True)
inside = namespace["glyph"]()
for size in (16, 32, 64, 80, 128):
    cover = namespace["coverage"](size, inside, 0.14)

    def color(x, y, cover=cover):
        c = cover[y][x]
        return tuple(round(a * (1 - c) + w * c) for a, w in zip(namespace["ACCENT"], namespace["WHITE"])) + (255,)

    namespace["png"](folder / f"icon-{size}.png", size, color)
