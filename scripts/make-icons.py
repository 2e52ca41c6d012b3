"""Draws the add-in icons (assets/icon-*.png) with the standard library only: a stack of three coins
("tokens") on the Office green, anti-aliased by supersampling. Run: python3 scripts/make-icons.py"""
import struct
import zlib
from pathlib import Path

GREEN = (16, 124, 65)  # Excel green
GOLD = (255, 200, 61)
EDGE = (176, 120, 8)
WHITE = (255, 255, 255)


def png(path, size, pixels):
    raw = b"".join(b"\x00" + bytes(v for px in row for v in px) for row in pixels)
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    body = chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    Path(path).write_bytes(b"\x89PNG\r\n\x1a\n" + body)


def shade(x, y):
    """Colour of the point (x, y) in the unit square, or None for transparent."""
    # rounded-square background
    r = 0.18
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return None
    colour = GREEN
    # three coins as ellipses, stacked from the bottom
    for i, top in enumerate((0.62, 0.47, 0.32)):
        ex, ey, rx, ry = 0.5, top, 0.30, 0.11
        d = ((x - ex) / rx) ** 2 + ((y - ey) / ry) ** 2
        side = abs(x - ex) <= rx and ey <= y <= ey + 0.07
        if side:
            colour = EDGE
        if d <= 1:
            colour = GOLD if d < 0.55 or i < 2 else GOLD
            if 0.55 <= d <= 1 and i == 2:
                colour = (235, 178, 40)
        if ((x - ex) / rx) ** 2 + ((y - ey - 0.07) / ry) ** 2 <= 1 and y > ey:
            colour = EDGE if colour is not GOLD else colour
    return colour


def render(size):
    ss = 4
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    c = shade((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size)
                    if c is not None:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            alpha = acc[3] // n
            if alpha:
                k = acc[3] / 255
                row.append((int(acc[0] / k), int(acc[1] / k), int(acc[2] / k), alpha))
            else:
                row.append((0, 0, 0, 0))
        rows.append(row)
    return rows


for size in (16, 32, 64, 80, 128):
    png(Path(__file__).resolve().parent.parent / "assets" / f"icon-{size}.png", size, render(size))
