"""Type scale, colours, page geometry and paragraph styles of the plan PDF.

One sans-serif face at a few sizes (6.5 / 7.5 / 8 / 9 / 10.5 / 14 / 24 pt), ink on white with one
accent colour (navy), hairline rules instead of fills so that the plan prints cleanly on an office
laser printer. Styles are made once per process (`styles()`); each comes in a Latin and a CJK
variant, because Chinese text has no spaces and must be allowed to break between any two
characters (`wordWrap="CJK"`), while English must break only between words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.rl_config import _unset_

from kam_desktop.errors import InvalidInputError
from kam_desktop.services.plan_pdf.fonts import ensure_fonts

# --- colours -----------------------------------------------------------------------------------

INK = colors.HexColor("#1b2733")
MUTED = colors.HexColor("#5f6b7a")
FAINT = colors.HexColor("#8a94a0")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b9c2cc")
HAIRLINE = colors.HexColor("#dfe4ea")
SHADE = colors.HexColor("#f3f5f8")  # the lightest tint, for bar tracks only
WARN = colors.HexColor("#b3261e")
GOOD = colors.HexColor("#2e7d32")
SALES = colors.HexColor("#2b5d8c")
PROFIT = colors.HexColor("#9cc3e4")
NPS = colors.HexColor("#1f4e79")
CSAT = colors.HexColor("#d9822b")
# border, fill — the same as the app's relationship map
ATTITUDE = {
    "supporter": (colors.HexColor("#2e7d32"), colors.HexColor("#cfe8d0")),
    "neutral": (colors.HexColor("#6b7785"), colors.HexColor("#e3e7ec")),
    "opponent": (colors.HexColor("#c62828"), colors.HexColor("#f8d3cf")),
}
UNKNOWN_ATTITUDE = (colors.HexColor("#6b7785"), colors.HexColor("#f6f7f9"))

# --- sizes -------------------------------------------------------------------------------------

TINY = 6.5  # chart labels, legends
SMALL = 7.5  # table headers, captions, header and footer
CELL = 8.0  # table cells
BODY = 9.0
H2 = 10.5
H1 = 14.0
TITLE = 24.0

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm  # the running header sits in it
MARGIN_BOTTOM = 18 * mm  # the footer sits in it

CELL_PAD = 3.0  # left/right padding of table cells
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


class FastDrawing(Drawing):
    """A Drawing that puts its plain shapes (Line, Rect, Circle, PolyLine, String) straight onto
    the PDF canvas. renderPDF tracks the graphics state shape by shape, which costs more than
    the drawing itself, and a batch draws thousands of charts; the result is the same vector
    drawing. A drawing holding anything else goes through renderPDF as usual."""

    def draw(self, showBoundary: Any = _unset_) -> None:  # platypus draws the flowable
        if any(type(shape) not in _DIRECT for shape in self.contents):
            super().draw(showBoundary)
            return
        canvas = self.canv
        canvas.saveState()
        fill = stroke = font = width = dash = None
        for shape in self.contents:
            kind = type(shape)
            if kind is String:
                if shape.fillColor != fill:
                    fill = shape.fillColor
                    canvas.setFillColor(fill)
                if (shape.fontName, shape.fontSize) != font:
                    font = (shape.fontName, shape.fontSize)
                    canvas.setFont(*font)
                anchor = shape.textAnchor
                if anchor == "middle":
                    canvas.drawCentredString(shape.x, shape.y, shape.text)
                elif anchor == "end":
                    canvas.drawRightString(shape.x, shape.y, shape.text)
                else:
                    canvas.drawString(shape.x, shape.y, shape.text)
                continue
            strokes = shape.strokeColor is not None and shape.strokeWidth > 0
            if strokes:
                if shape.strokeColor != stroke:
                    stroke = shape.strokeColor
                    canvas.setStrokeColor(stroke)
                if shape.strokeWidth != width:
                    width = shape.strokeWidth
                    canvas.setLineWidth(width)
                if (shape.strokeDashArray or None) != dash:
                    dash = shape.strokeDashArray or None
                    canvas.setDash(list(dash) if dash else [])
            fills = kind is not Line and kind is not PolyLine and shape.fillColor is not None
            if fills and shape.fillColor != fill:
                fill = shape.fillColor
                canvas.setFillColor(fill)
            if kind is Line:
                if strokes:
                    canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
            elif kind is Rect:
                canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=int(strokes),
                            fill=int(fills))
            elif kind is Circle:
                canvas.circle(shape.cx, shape.cy, shape.r, stroke=int(strokes), fill=int(fills))
            elif strokes:  # PolyLine
                points = shape.points
                path = canvas.beginPath()
                path.moveTo(points[0], points[1])
                for i in range(2, len(points) - 1, 2):
                    path.lineTo(points[i], points[i + 1])
                canvas.drawPath(path, stroke=1, fill=0)
        canvas.restoreState()


_DIRECT = frozenset({Line, Rect, Circle, PolyLine, String})


def drawing(width: float, height: float) -> FastDrawing:
    """A drawing for the PDF. Its default font is ours: reportlab's default state sets
    Helvetica at the start of every drawing, which would put a non-embedded font into the PDF."""
    return FastDrawing(width, height, initialFontName=styles().font, initialFontSize=TINY)


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper]
    except KeyError:
        raise InvalidInputError(f"Unknown paper size {paper!r}: use a4 or letter.") from None


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


@dataclass(frozen=True)
class StylePair:
    """A style for Latin text and the same for text with Chinese characters."""

    latin: ParagraphStyle
    cjk: ParagraphStyle

    def pick(self, text: str) -> ParagraphStyle:
        return self.cjk if has_cjk(text) else self.latin


@dataclass(frozen=True)
class Styles:
    font: str
    body: StylePair
    body_muted: StylePair
    empty: StylePair
    small: StylePair
    cell: StylePair
    cell_muted: StylePair
    cell_right: StylePair
    head: StylePair  # table header cells
    h1: StylePair
    h2: StylePair
    kind: StylePair  # the cover's "ACCOUNT PLAN"
    title: StylePair
    cover_line: StylePair
    kpi_label: StylePair
    kpi_value: StylePair
    kpi_note: StylePair
    swot_head: StylePair
    confidential: StylePair
    bullet: StylePair


def _pair(name: str, **kw: object) -> StylePair:
    latin = ParagraphStyle(name, **kw)  # type: ignore[arg-type]
    cjk = ParagraphStyle(name + "-cjk", parent=latin, wordWrap="CJK")
    return StylePair(latin, cjk)


@cache
def styles() -> Styles:
    font = ensure_fonts()
    base = {"fontName": font, "textColor": INK}
    return Styles(
        font=font,
        body=_pair("body", fontSize=BODY, leading=BODY * 1.5, spaceAfter=4, **base),
        body_muted=_pair("body-muted", fontSize=BODY, leading=BODY * 1.45, fontName=font,
                         textColor=MUTED),
        empty=_pair("empty", fontSize=BODY, leading=BODY * 1.45, fontName=font,
                    textColor=FAINT, spaceAfter=2),
        small=_pair("small", fontSize=SMALL, leading=SMALL * 1.4, fontName=font,
                    textColor=MUTED),
        cell=_pair("cell", fontSize=CELL, leading=CELL * 1.38, **base),
        cell_muted=_pair("cell-muted", fontSize=SMALL, leading=SMALL * 1.38, fontName=font,
                         textColor=MUTED),
        cell_right=_pair("cell-right", fontSize=CELL, leading=CELL * 1.38, alignment=TA_RIGHT,
                         **base),
        head=_pair("head", fontSize=SMALL, leading=SMALL * 1.3, fontName=font,
                   textColor=MUTED),
        h1=_pair("h1", fontSize=H1, leading=H1 * 1.3, spaceBefore=10, spaceAfter=9,
                 fontName=font, textColor=ACCENT, keepWithNext=1),
        h2=_pair("h2", fontSize=H2, leading=H2 * 1.35, spaceBefore=8, spaceAfter=4,
                 keepWithNext=1, **base),
        kind=_pair("kind", fontSize=H2, leading=H2 * 1.4, fontName=font, textColor=ACCENT,
                   spaceAfter=10),
        title=_pair("title", fontSize=TITLE, leading=TITLE * 1.25, spaceAfter=8, **base),
        cover_line=_pair("cover-line", fontSize=H2, leading=H2 * 1.5, fontName=font,
                         textColor=MUTED),
        kpi_label=_pair("kpi-label", fontSize=SMALL, leading=SMALL * 1.3, fontName=font,
                        textColor=MUTED),
        kpi_value=_pair("kpi-value", fontSize=H1, leading=H1 * 1.25, **base),
        kpi_note=_pair("kpi-note", fontSize=TINY, leading=TINY * 1.35, fontName=font,
                       textColor=MUTED),
        swot_head=_pair("swot-head", fontSize=H2, leading=H2 * 1.3, fontName=font,
                        textColor=ACCENT, spaceAfter=3),
        confidential=_pair("confidential", fontSize=SMALL, leading=SMALL * 1.45, fontName=font,
                           textColor=WARN, alignment=TA_LEFT),
        bullet=_pair("bullet", fontSize=CELL, leading=CELL * 1.4, leftIndent=9,
                     bulletIndent=0, bulletFontName=font, bulletFontSize=CELL, spaceAfter=2,
                     **base),
    )


__all__ = [
    "ACCENT",
    "ATTITUDE",
    "BODY",
    "CELL",
    "CELL_PAD",
    "CSAT",
    "FAINT",
    "GOOD",
    "H1",
    "H2",
    "HAIRLINE",
    "INK",
    "MARGIN_BOTTOM",
    "MARGIN_TOP",
    "MARGIN_X",
    "MUTED",
    "NPS",
    "PAPERS",
    "PROFIT",
    "RULE",
    "SALES",
    "SHADE",
    "SMALL",
    "TA_CENTER",
    "TA_LEFT",
    "TA_RIGHT",
    "TINY",
    "TITLE",
    "UNKNOWN_ATTITUDE",
    "WARN",
    "FastDrawing",
    "StylePair",
    "Styles",
    "drawing",
    "has_cjk",
    "page_size",
    "styles",
]
