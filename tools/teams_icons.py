#!/usr/bin/env python3
"""Draws the Teams app icons: manifest/teams/color.png (192x192, full colour) and outline.png
(32x32, white on transparent), as Teams requires them.

Pure Python (zlib only), so it runs on any machine without an image library. The glyph is a
checklist of three process steps joined by a line: what the bot does. Shapes are given in unit
coordinates and rendered with 8x8 supersampling, so edges are anti-aliased by coverage. Run from
the repository root and commit the PNGs: the build packages them, it does not draw them.
"""
import pathlib, struct, sys, zlib

ACCENT = (0x1F, 0x5C, 0x99)  # the manifest's accentColor
WHITE = (255, 255, 255)
SAMPLES = 8


def circle(cx, cy, r):
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def capsule(x0, y0, x1, y1, half):
    """A thick line with round ends: points closer than `half` to the segment."""
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy

    def inside(x, y):
        t = max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / length2))
        px, py = x0 + t * dx - x, y0 + t * dy - y
        return px * px + py * py <= half * half

    return inside


def glyph():
    """Three steps (dots) joined by a line, each with its task (a bar); the last bar shorter."""
    rows = [0.22, 0.5, 0.78]
    shapes = [capsule(0.2, rows[0], 0.2, rows[-1], 0.045)]
    for i, y in enumerate(rows):
        shapes.append(circle(0.2, y, 0.12))
        shapes.append(capsule(0.44, y, 0.86 if i < 2 else 0.68, y, 0.065))
    return lambda x, y: any(shape(x, y) for shape in shapes)


def coverage(size, inside, inset):
    """Fraction of each pixel covered by the glyph, drawn into the square [inset, 1 - inset]."""
    scale = 1 - 2 * inset
    cover = []
    for py in range(size):
        row = []
        for px in range(size):
            hits = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x = ((px + (sx + 0.5) / SAMPLES) / size - inset) / scale
                    y = ((py + (sy + 0.5) / SAMPLES) / size - inset) / scale
                    hits += inside(x, y)
            row.append(hits / (SAMPLES * SAMPLES))
        cover.append(row)
    return cover


def png(path, size, pixel):
    """An 8-bit RGBA PNG, filter 0 on every row; pixel(x, y) returns (r, g, b, a)."""
    raw = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    data = (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))
    path.write_bytes(data)
    print(f"{path}: {size}x{size}, {len(data)} bytes")


def main():
    folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "manifest/teams")
    inside = glyph()

    # Colour: a full-bleed accent square (Teams rounds the corners itself), the glyph in white.
    cover = coverage(192, inside, 0.2)

    def color(x, y):
        c = cover[y][x]
        return tuple(round(a * (1 - c) + w * c) for a, w in zip(ACCENT, WHITE)) + (255,)

    png(folder / "color.png", 192, color)

    # Outline: white only; the shape lives in the alpha channel, with a little padding.
    small = coverage(32, inside, 2 / 32)
    png(folder / "outline.png", 32, lambda x, y: WHITE + (round(255 * small[y][x]),))


main()
