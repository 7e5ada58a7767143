"""Vector charts for the plan PDF, drawn with reportlab.graphics shapes.

Drawn from shapes rather than with reportlab's chart widgets: a dozen rectangles and lines are all
these charts need, they are several times faster to build than a `VerticalBarChart` (which
matters for batches of hundreds of plans), and every string is set in the embedded font (the
widgets default to Helvetica in places).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import white
from reportlab.platypus.flowables import Flowable

from kam_desktop.services.plan_document import QuarterFigures, SatisfactionPoint
from kam_desktop.services.plan_pdf.fonts import string_width
from kam_desktop.services.plan_pdf.styles import (
    CSAT,
    HAIRLINE,
    INK,
    MUTED,
    NPS,
    PROFIT,
    RULE,
    SALES,
    SMALL,
    TINY,
    drawing,
    styles,
)
from kam_desktop.services.plan_pdf.texts import Texts

Quarter = tuple[int, int]
CELL_HEIGHT = 8.0  # a bar is as tall as a line of table text


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values covering [low, high] (steps of 1, 2, 2.5 or 5 × 10^k)."""
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(1, count - 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    n = round((last - first) / step)
    return [first + i * step for i in range(n + 1)]


def _text(x: float, y: float, text: str, size: float = TINY, color=MUTED,
          anchor: str = "start") -> String:
    return String(x, y, text, fontName=styles().font, fontSize=size, fillColor=color,
                  textAnchor=anchor)


def _legend(drawing: Drawing, x: float, y: float, items: Sequence[tuple[str, object, str]]
            ) -> None:
    """Swatches from the left at (x, y): (label, colour, "bar" | "line" | "dashed")."""
    for label, color, kind in items:
        if kind == "bar":
            drawing.add(Rect(x, y - 1, 7, 7, fillColor=color, strokeColor=None))
        else:
            drawing.add(Line(x, y + 2.5, x + 10, y + 2.5, strokeColor=color, strokeWidth=1.4,
                             strokeDashArray=(2.5, 1.5) if kind == "dashed" else None))
        x += 12 if kind == "bar" else 14
        drawing.add(_text(x, y, label, TINY + 0.5, INK))
        x += string_width(label, TINY + 0.5) + 14


def _quarter_axis(drawing: Drawing, t: Texts, quarters: Sequence[Quarter], left: float,
                  bottom: float, top: float, slot: float) -> None:
    """Q1…Q4 under each slot, the year under each run of quarters, faint year separators."""
    for i, (year, quarter) in enumerate(quarters):
        cx = left + (i + 0.5) * slot
        drawing.add(_text(cx, bottom - 9, t.f("quarter_short", quarter=quarter), TINY,
                          MUTED, "middle"))
        first = i == 0 or quarters[i - 1][0] != year
        if first and i > 0:
            x = left + i * slot
            drawing.add(Line(x, bottom - 20, x, top, strokeColor=HAIRLINE, strokeWidth=0.5))
        if first:
            run = sum(1 for y, _ in quarters[i:] if y == year)
            drawing.add(_text(left + (i + run / 2) * slot, bottom - 19, str(year), SMALL - 0.5,
                              INK, "middle"))


def sales_profit_chart(quarters: Sequence[QuarterFigures], t: Texts, width: float,
                       height: float = 150.0) -> Drawing | None:
    """Clustered bars of sales and profit per quarter; None when there were no sales."""
    if not any(q.sales or q.profit for q in quarters):
        return None
    values = [q.sales for q in quarters] + [q.profit for q in quarters if q.profit is not None]
    ticks = nice_ticks(min(0.0, *values), max(0.0, *values), 5)
    low, high = ticks[0], ticks[-1]
    labels = [t.compact(v) if v else "0" for v in ticks]
    left = max(string_width(s, TINY) for s in labels) + 8
    right, bottom, top = 4.0, 24.0, height - 16.0
    d = drawing(width, height)
    slot = (width - left - right) / len(quarters)

    def y_of(v: float) -> float:
        return bottom + (v - low) / (high - low) * (top - bottom)

    for value, label in zip(ticks, labels, strict=True):
        y = y_of(value)
        d.add(Line(left, y, width - right, y, strokeColor=RULE if value == 0 else HAIRLINE,
                   strokeWidth=0.6 if value == 0 else 0.4))
        d.add(_text(left - 4, y - 2.2, label, TINY, MUTED, "end"))
    bar = min(11.0, slot * 0.32)
    zero = y_of(0.0)
    for i, q in enumerate(quarters):
        cx = left + (i + 0.5) * slot
        for offset, value, color in ((-bar - 0.5, q.sales, SALES), (0.5, q.profit, PROFIT)):
            if not value:
                continue
            y = y_of(value)
            d.add(Rect(cx + offset, min(y, zero), bar, abs(y - zero), fillColor=color,
                       strokeColor=None))
    _quarter_axis(d, t, [(q.year, q.quarter) for q in quarters], left, bottom, top, slot)
    _legend(d, left, height - 9, [(t["sales"], SALES, "bar"), (t["profit"], PROFIT, "bar")])
    return d


def satisfaction_chart(points: Sequence[SatisfactionPoint], axis: Sequence[Quarter], t: Texts,
                       width: float, height: float = 128.0) -> Drawing | None:
    """NPS (left scale −100…100) and CSAT (right scale 1…5) per quarter; None without any."""
    at = {(p.year, p.quarter): p for p in points}
    if not any((p.nps is not None or p.csat is not None) for p in points):
        return None
    nps_ticks = [-100, -50, 0, 50, 100]
    csat_ticks = [1, 2, 3, 4, 5]
    left = string_width("−100", TINY) + 8
    right = string_width("5", TINY) + 10
    bottom, top = 24.0, height - 16.0
    low, high = bottom + 10, top - 10  # room for a label under the lowest point, over the top
    d = drawing(width, height)
    slot = (width - left - right) / len(axis)

    def y_nps(v: float) -> float:
        return low + (v + 100) / 200 * (high - low)

    def y_csat(v: float) -> float:
        return low + (v - 1) / 4 * (high - low)

    for value in nps_ticks:
        y = y_nps(value)
        d.add(Line(left, y, width - right, y, strokeColor=RULE if value == 0 else HAIRLINE,
                   strokeWidth=0.6 if value == 0 else 0.4))
        d.add(_text(left - 4, y - 2.2, t.signed(value) if value else "0", TINY, NPS, "end"))
    for value in csat_ticks:
        d.add(_text(width - right + 4, y_csat(value) - 2.2, str(value), TINY, CSAT))
    series = (
        ("nps", y_nps, NPS, None, lambda v: t.signed(v)),
        ("csat", y_csat, CSAT, (3, 1.6), lambda v: t.number(v, 1)),
    )
    points_at: dict[tuple[str, int], float] = {}  # (series, slot) -> y
    for attr, y_of, _color, _dash, _fmt in series:
        for i, quarter in enumerate(axis):
            point = at.get(quarter)
            value = getattr(point, attr) if point is not None else None
            if value is not None:
                points_at[attr, i] = y_of(value)
    for attr, _y_of, color, dash, fmt in series:
        xy = [(left + (i + 0.5) * slot, y, i) for (a, i), y in points_at.items() if a == attr]
        xy.sort()
        if len(xy) > 1:
            d.add(PolyLine([c for x, y, _ in xy for c in (x, y)], strokeColor=color,
                           strokeWidth=1.3, strokeDashArray=dash, fillColor=None))
        other = "csat" if attr == "nps" else "nps"
        for x, y, i in xy:
            d.add(Circle(x, y, 2.1, fillColor=color, strokeColor=white, strokeWidth=0.6))
            # Labels go outside the pair: above the higher point, below the lower one.
            above = y >= points_at.get((other, i), -1e9) if attr == "nps" else \
                y > points_at.get((other, i), -1e9)
            value = getattr(at[axis[i]], attr)
            d.add(_text(x, y + 4.5 if above else y - 9, fmt(value), TINY, color, "middle"))
    _quarter_axis(d, t, axis, left, bottom, top, slot)
    _legend(d, left, height - 9, [(t["nps"], NPS, "line"), (t["csat"], CSAT, "dashed")])
    return d


class Bar(Flowable):
    """A thin horizontal bar for table cells (progress, points): a hairline track and the
    filled share, with an optional label to its right. A plain flowable, not a Drawing: tables
    hold one per row, and this draws two rectangles straight onto the canvas."""

    def __init__(self, fraction: float | None, width: float, label: str = "",
                 color=SALES, height: float = 5.0, label_width: float = 0.0) -> None:
        super().__init__()
        self.fraction = fraction
        self.bar_width = width - label_width
        self.width = width
        self.height = max(height, CELL_HEIGHT)
        self.bar_height = height
        self.label = label
        self.color = color

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = (self.height - self.bar_height) / 2
        canvas.setFillColor(HAIRLINE)
        canvas.rect(0, y, self.bar_width, self.bar_height, stroke=0, fill=1)
        if self.fraction:
            canvas.setFillColor(self.color)
            canvas.rect(0, y, self.bar_width * max(0.0, min(1.0, self.fraction)),
                        self.bar_height, stroke=0, fill=1)
        if self.label:
            canvas.setFillColor(INK)
            canvas.setFont(styles().font, TINY + 0.5)
            canvas.drawString(self.bar_width + 4, y - 0.2, self.label)


__all__ = ["Bar", "nice_ticks", "sales_profit_chart", "satisfaction_chart"]
