#!/usr/bin/env python3
"""Measures what a person sees in a screenshot from Scripts/screenshot (9x19-pixel cells).

  screen_contrast.py SHOT.png text ROW [FIRST LAST]   the lowest text contrast in a row's cells
  screen_contrast.py SHOT.png bar ROW FIRST LAST dark|light   the bar's colour against the terminal's
  screen_contrast.py SHOT.png blank COL ROW            whether a cell is one flat colour (no cursor)

For each cell with ink, its background is its commonest pixel and its text the pixel of highest
contrast against that (antialiased edges fall between). Contrast is WCAG 2's. Prints the figure;
exit status 1 when `text` is below --min (default 4.5), `bar` below 3, or `blank` is not blank.
"""
import subprocess
import sys
from collections import Counter

CELL_W, CELL_H = 9, 19


def load(path):
    data = subprocess.run(["convert", path, "ppm:-"], check=True, capture_output=True).stdout
    parts, i = [], 0
    while len(parts) < 4:  # P6 width height maxval, separated by whitespace; '#' starts a comment
        while data[i:i + 1].isspace():
            i += 1
        if data[i:i + 1] == b"#":
            i = data.index(b"\n", i)
            continue
        j = i
        while not data[j:j + 1].isspace():
            j += 1
        parts.append(data[i:j])
        i = j
    width, height = int(parts[1]), int(parts[2])
    pixels = data[i + 1:]
    return width, height, pixels


def luminance(rgb):
    def lin(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a, b):
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def cell(image, col, row):
    width, _, pixels = image
    out = []
    for y in range(row * CELL_H, (row + 1) * CELL_H):
        for x in range(col * CELL_W, (col + 1) * CELL_W):
            k = (y * width + x) * 3
            out.append(tuple(pixels[k:k + 3]))
    return out


def measure(image, col, row):
    """(background, text, ratio) of a cell, or None for a cell of one colour."""
    px = cell(image, col, row)
    background = Counter(px).most_common(1)[0][0]
    text = max(px, key=lambda p: contrast(p, background))
    if text == background:
        return None
    return background, text, contrast(text, background)


def main(argv):
    path, what = argv[1], argv[2]
    image = load(path)
    columns = image[0] // CELL_W
    minimum = 4.5
    if "--min" in argv:
        minimum = float(argv[argv.index("--min") + 1])
    if what == "text":
        row = int(argv[3])
        first, last = (int(argv[4]), int(argv[5])) if len(argv) > 5 and not argv[4].startswith("--") else (0, columns - 1)
        found = [(m[2], col, m) for col in range(first, last + 1) if (m := measure(image, col, row))]
        if not found:
            print(f"row {row}: no text")
            return 1
        ratio, col, m = min(found)
        print(f"row {row}: lowest contrast {ratio:.2f}:1 at column {col} (text {m[1]} on {m[0]}), {len(found)} cells")
        return 0 if ratio >= minimum else 1
    if what == "bar":
        row, first, last, profile = int(argv[3]), int(argv[4]), int(argv[5]), argv[6]
        terminal = (0, 0, 0) if profile == "dark" else (255, 255, 255)
        backgrounds = Counter(Counter(cell(image, col, row)).most_common(1)[0][0] for col in range(first, last + 1))
        bar = backgrounds.most_common(1)[0][0]
        ratio = contrast(bar, terminal)
        print(f"row {row}: bar {bar} against the terminal's {terminal}: {ratio:.2f}:1")
        return 0 if ratio >= 3 else 1
    if what == "blank":
        col, row = int(argv[3]), int(argv[4])
        colours = set(cell(image, col, row))
        print(f"cell ({col}, {row}): {len(colours)} colour(s)")
        return 0 if len(colours) == 1 else 1
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
