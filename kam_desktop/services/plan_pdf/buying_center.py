"""The buying center as a vector org chart: who reports to whom, each contact a circle coloured
by attitude (supporter green, neutral grey, opponent red — the app's colours), sized by
influence, with a dark outer ring for a strong relationship.

Positions come from `services.contacts.relationship_map` (a tidy tree in leaf widths). A tree
that fits across the page is drawn top-down; a wide or deep one is drawn as an indented tree, one
contact per row, which stays legible for any number of contacts and is split into drawings of at
most `ROWS_PER_DRAWING` rows so that it can continue on the next page.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, String

from kam_desktop.services.plan_document import BuyingCenter, ContactNode
from kam_desktop.services.plan_pdf.fonts import fit_text, string_width
from kam_desktop.services.plan_pdf.styles import (
    ACCENT,
    ATTITUDE,
    INK,
    MUTED,
    RULE,
    SMALL,
    TINY,
    UNKNOWN_ATTITUDE,
    drawing,
    styles,
)
from kam_desktop.services.plan_pdf.texts import Texts

MIN_SLOT = 66.0  # narrower than this per leaf, names no longer fit: use the indented tree
MAX_SLOT = 118.0
MAX_LEVELS = 6  # deeper than this, the top-down tree gets too tall for a page
LEVEL_HEIGHT = 86.0
ROW_HEIGHT = 19.0
INDENT = 20.0
ROWS_PER_DRAWING = 32
RING = INK


def radius(influence: int | None, scale: float = 1.0) -> float:
    """5.5 pt for influence 1 up to 15.5 pt for 5 (unknown: as 1)."""
    return (3.0 + 2.5 * max(1, min(5, influence or 1))) * scale




def _label(x: float, y: float, text: str, size: float, color, anchor: str = "middle") -> String:
    return String(x, y, text, fontName=styles().font, fontSize=size, fillColor=color,
                  textAnchor=anchor)


def _node(d: Drawing, node: ContactNode, x: float, y: float, r: float) -> None:
    stroke, fill = ATTITUDE.get(node.attitude, UNKNOWN_ATTITUDE)
    if node.strong:
        d.add(Circle(x, y, r + 2.2, fillColor=None, strokeColor=RING, strokeWidth=1.1))
    d.add(Circle(x, y, r, fillColor=fill, strokeColor=stroke, strokeWidth=1.2))


def buying_center_drawings(center: BuyingCenter, t: Texts, width: float) -> list[Drawing]:
    """The chart as one drawing (top-down) or several (indented tree); [] without contacts."""
    if not center.nodes:
        return []
    slot = width / max(center.width, 1.0)
    if slot >= MIN_SLOT and center.depth <= MAX_LEVELS:
        return [_top_down(center, t, width, min(slot, MAX_SLOT))]
    return _indented(center, t, width)


def _top_down(center: BuyingCenter, t: Texts, width: float, slot: float) -> Drawing:
    """Levels top to bottom; each contact a circle with name, title and role beneath it.
    Connectors leave a manager below its labels, run along a bus half-way to the next level
    and drop onto each report's circle, so no line crosses any text."""
    top_radius = radius(5) + 2.2  # the biggest circle with its ring
    label_depth = 10 + 16.5 + 4  # from under the circles to under the role line
    height = (center.depth - 1) * LEVEL_HEIGHT + 2 * top_radius + label_depth + 4
    d = drawing(width, height)
    offset = (width - slot * center.width) / 2

    def place(node: ContactNode) -> tuple[float, float]:
        return (offset + (node.x + 0.5) * slot,
                height - node.level * LEVEL_HEIGHT - top_radius - 2)

    where = {n.id: place(n) for n in center.nodes}
    for node in center.nodes:  # connectors first, under the circles
        if node.parent_id is None or node.parent_id not in where:
            continue
        px, py = where[node.parent_id]
        cx, cy = where[node.id]
        under_labels = py - top_radius - label_depth
        bus = (under_labels + cy + top_radius) / 2
        child_top = cy + radius(node.influence) + (2.2 if node.strong else 0)
        for x1, y1, x2, y2 in ((px, under_labels, px, bus), (px, bus, cx, bus),
                               (cx, bus, cx, child_top)):
            if (x1, y1) != (x2, y2):
                d.add(Line(x1, y1, x2, y2, strokeColor=RULE, strokeWidth=0.7))
    text_width = slot - 6
    for node in center.nodes:
        x, y = where[node.id]
        _node(d, node, x, y, radius(node.influence))
        base = y - top_radius - 8
        d.add(_label(x, base, fit_text(node.name, SMALL, text_width), SMALL, INK))
        if node.title:
            d.add(_label(x, base - 8.5, fit_text(node.title, TINY, text_width), TINY, MUTED))
        if node.role:
            d.add(_label(x, base - 16.5, fit_text(t.label("role", node.role), TINY, text_width),
                         TINY, ACCENT))
    return d


def _indented(center: BuyingCenter, t: Texts, width: float) -> list[Drawing]:
    nodes = list(center.nodes)  # depth first: each node's subtree follows it
    chunks = [nodes[i:i + ROWS_PER_DRAWING] for i in range(0, len(nodes), ROWS_PER_DRAWING)]
    scale = 0.62
    out = []
    for chunk in chunks:
        height = len(chunk) * ROW_HEIGHT + 4
        d = drawing(width, height)
        rows = {n.id: i for i, n in enumerate(chunk)}

        def at(node: ContactNode, row: int, height: float = height) -> tuple[float, float]:
            return (10 + node.level * INDENT, height - (row + 0.5) * ROW_HEIGHT - 2)

        for i, node in enumerate(chunk):
            x, y = at(node, i)
            if node.parent_id is None:
                continue
            parent_x = x - INDENT
            if node.parent_id in rows:
                parent_y = at(chunk[rows[node.parent_id]], rows[node.parent_id])[1] - 7
            else:
                parent_y = height  # the manager is in the previous drawing
            d.add(Line(parent_x, parent_y, parent_x, y, strokeColor=RULE, strokeWidth=0.7))
            d.add(Line(parent_x, y, x - radius(node.influence, scale), y, strokeColor=RULE,
                       strokeWidth=0.7))
        for i, node in enumerate(chunk):
            x, y = at(node, i)
            _node(d, node, x, y, radius(node.influence, scale))
            text_x = x + radius(5, scale) + 5
            d.add(_label(text_x, y - 2.6, fit_text(node.name, SMALL, width * 0.3), SMALL, INK,
                         "start"))
            detail = " · ".join(p for p in (node.title, t.label("role", node.role)) if p)
            name_width = min(string_width(node.name, SMALL), width * 0.3)
            room = width - text_x - name_width - 8
            if detail and room > 20:
                d.add(_label(text_x + name_width + 8, y - 2.4, fit_text(detail, TINY, room), TINY,
                             MUTED, "start"))
        out.append(d)
    return out


def legend(t: Texts, width: float) -> Drawing:
    """Attitude colours, what the size and the ring mean."""
    d = drawing(width, 16)
    x = 2.0
    size = TINY + 0.5
    items: Sequence[tuple[str, str]] = (("supporter", "att_supporter"),
                                        ("neutral", "att_neutral"),
                                        ("opponent", "att_opponent"))
    for attitude, key in items:
        stroke, fill = ATTITUDE[attitude]
        d.add(Circle(x + 4, 8, 4, fillColor=fill, strokeColor=stroke, strokeWidth=1.0))
        d.add(_label(x + 11, 5.6, t[key], size, INK, "start"))
        x += 11 + string_width(t[key], size) + 14
    d.add(Circle(x + 3, 8, 2.5, fillColor=None, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Circle(x + 12, 8, 5, fillColor=None, strokeColor=MUTED, strokeWidth=0.8))
    d.add(_label(x + 21, 5.6, t["legend_size"], size, INK, "start"))
    x += 21 + string_width(t["legend_size"], size) + 14
    d.add(Circle(x + 6, 8, 3.5, fillColor=None, strokeColor=MUTED, strokeWidth=0.8))
    d.add(Circle(x + 6, 8, 5.8, fillColor=None, strokeColor=RING, strokeWidth=1.1))
    d.add(_label(x + 15, 5.6, t["legend_ring"], size, INK, "start"))
    return d


__all__ = ["buying_center_drawings", "legend", "radius"]
