"""The bar chart of a section, drawn with reportlab's graphics, one row per indicator.

Each indicator row of a section table holds one small drawing on the same 0–100 % scale, so the
rows read as one horizontal bar chart aligned with their figures: a grey bar for the weighted
estimate, a black whisker for the 95 % interval, a marker per comparison figure. Everything is
told apart by shape and outline, not by colour, so a black-and-white print keeps it readable:
an estimate to interpret with caution is an open bar with a dashed outline.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors

from inclusion_desktop.reports.fonts import FONT
from inclusion_desktop.reports.typography import Lang, percent, percent_number

# reportlab checks every attribute of every shape as it is set, an aid while developing: the
# charts of a run set hundreds of thousands of them, always the same well-typed ones.
rl_config.shapeChecking = 0

BAR_GREY = colors.Color(0.55, 0.55, 0.55)
GRID_GREY = colors.Color(0.8, 0.8, 0.8)
#: Marker shapes of the comparison figures, in the order their labels first appear on a sheet.
MARKERS = ("diamond", "open_diamond", "triangle", "open_square")
#: Marker of the whole-territory figure on a neighbourhood sheet.
TERRITORY_MARKER = "open_circle"


@dataclass(frozen=True)
class BarMark:
    """A reference figure drawn on a bar row: value in [0, 1] and marker shape."""

    value: float
    marker: str


def _ok(value: float | None) -> bool:
    return value is not None and not math.isnan(value)


def draw_marker(drawing: Drawing, marker: str, x: float, y: float, size: float = 3.2) -> None:
    """Adds one marker shape centred on (x, y)."""
    black, white = colors.black, colors.white
    if marker in ("diamond", "open_diamond"):
        fill = black if marker == "diamond" else white
        points = [x, y - size, x + size, y, x, y + size, x - size, y]
        drawing.add(Polygon(points, fillColor=fill, strokeColor=black, strokeWidth=0.7))
    elif marker == "triangle":
        points = [x - size, y - size * 0.8, x + size, y - size * 0.8, x, y + size]
        drawing.add(Polygon(points, fillColor=black, strokeColor=black, strokeWidth=0.7))
    elif marker == "open_square":
        s = size * 0.8
        drawing.add(Rect(x - s, y - s, 2 * s, 2 * s, fillColor=white, strokeColor=black))
    else:  # open_circle
        drawing.add(
            Circle(x, y, size * 0.85, fillColor=white, strokeColor=black, strokeWidth=0.8)
        )


def bar_row(
    width: float,
    height: float,
    p: float | None,
    low: float | None,
    high: float | None,
    marks: Sequence[BarMark] = (),
    *,
    caution: bool = False,
) -> Drawing:
    """One indicator's bar, whisker and markers on a 0–100 % scale `width` points wide."""
    pad = 4.0
    scale = width - 2 * pad
    drawing = Drawing(width, height)
    for tick in (0.25, 0.5, 0.75):
        x = pad + tick * scale
        drawing.add(Line(x, 0, x, height, strokeColor=GRID_GREY, strokeWidth=0.4))
    drawing.add(Line(pad, 0, pad, height, strokeColor=colors.black, strokeWidth=0.5))
    middle = height / 2
    bar_height = min(7.0, height - 3)
    if _ok(p):
        assert p is not None
        bar_width = max(p * scale, 0.6)
        if caution:
            bar = Rect(pad, middle - bar_height / 2, bar_width, bar_height, fillColor=colors.white,
                       strokeColor=colors.black, strokeWidth=0.7, strokeDashArray=[1.5, 1.2])
        else:
            bar = Rect(pad, middle - bar_height / 2, bar_width, bar_height, fillColor=BAR_GREY,
                       strokeColor=None, strokeWidth=0)
        drawing.add(bar)
        if _ok(low) and _ok(high):
            assert low is not None and high is not None
            x0, x1 = pad + low * scale, pad + high * scale
            cap = bar_height / 2 + 1
            for line in (
                Line(x0, middle, x1, middle),
                Line(x0, middle - cap, x0, middle + cap),
                Line(x1, middle - cap, x1, middle + cap),
            ):
                line.strokeColor = colors.black
                line.strokeWidth = 0.8
                drawing.add(line)
    for mark in marks:
        if _ok(mark.value):
            draw_marker(drawing, mark.marker, pad + mark.value * scale, middle)
    return drawing


def axis(width: float, height: float, lang: Lang) -> Drawing:
    """The 0 / 25 / 50 / 75 / 100 % scale printed in the header of a section table.

    On a narrow column the 25 and 75 labels are left out rather than run into their neighbours.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 4.0
    font_size = 6.2
    gap = 3.0
    scale = width - 2 * pad
    drawing = Drawing(width, height)
    labels = []
    for tick in (0.0, 0.25, 0.5, 0.75, 1.0):
        x = pad + tick * scale
        caption = percent(tick, lang) if tick == 1 else percent_number(tick, lang)
        text_width = stringWidth(caption, FONT, font_size)
        anchor = "start" if tick == 0 else "end" if tick == 1 else "middle"
        left = x if tick == 0 else x - text_width if tick == 1 else x - text_width / 2
        labels.append((tick, caption, x, anchor, left, left + text_width))
    crowded = any(
        labels[i][5] + gap > labels[i + 1][4] for i in range(len(labels) - 1)
    )
    for tick, caption, x, anchor, _, _ in labels:
        if crowded and tick in (0.25, 0.75):
            continue
        label = String(x, 2, caption, fontName=FONT, fontSize=font_size)
        label.textAnchor = anchor
        drawing.add(label)
    return drawing


def legend(items: Sequence[tuple[str, str]], width: float, font_size: float = 7.0) -> Drawing:
    """A legend on as many lines as needed.

    `items` are (kind, text) pairs, kind being "bar", "caution", "interval" or a marker name.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    line_height = font_size + 5
    positions = []
    x, line = 0.0, 0
    for kind, text in items:
        needed = 16 + stringWidth(text, FONT, font_size) + 12
        if x > 0 and x + needed > width:
            x, line = 0.0, line + 1
        positions.append((x, line, kind, text))
        x += needed
    lines = line + 1
    drawing = Drawing(width, lines * line_height)
    for x, line, kind, text in positions:
        y = (lines - 1 - line) * line_height + line_height / 2 - 1
        if kind == "bar":
            drawing.add(Rect(x, y - 3.5, 12, 7, fillColor=BAR_GREY, strokeColor=None))
        elif kind == "caution":
            drawing.add(Rect(x, y - 3.5, 12, 7, fillColor=colors.white, strokeColor=colors.black,
                             strokeWidth=0.7, strokeDashArray=[1.5, 1.2]))
        elif kind == "interval":
            for line_shape in (Line(x, y, x + 12, y), Line(x, y - 4, x, y + 4),
                               Line(x + 12, y - 4, x + 12, y + 4)):
                line_shape.strokeWidth = 0.8
                drawing.add(line_shape)
        else:
            draw_marker(drawing, kind, x + 6, y)
        drawing.add(String(x + 16, y - font_size * 0.35, text, fontName=FONT, fontSize=font_size))
    return drawing
