"""The relationship map: an account's contacts as an org chart by reports-to.

The service (`services.contacts.relationship_map`) lays the tree out: each node has a `level`
(0 for the top) and an `x` in leaf widths, a manager centred over the people who report to
them. The view only scales that grid to its boxes:
- a box per contact, tinted by attitude (supporter green, neutral grey, opponent red) and
  sized by influence (1–5: the bigger, the more say);
- name and buying-center role on the box, relationship strength as five dots (filled up to the
  strength; blue from 3, which counts as strong, orange below); inactive contacts dashed;
- elbow lines from each person up to their manager.

The view fits the chart on every resize until the user zooms (wheel, Ctrl + / Ctrl −), but
never below `MIN_FIT_SCALE`, where text would stop being legible: a wide chart then scrolls
(drag it). `fit(whole=True)` (the tab's Fit button, Ctrl 0) shows all of it however small.
A click on a box (not a drag) emits `contact_clicked(id)`.

`export_png` draws the whole chart (not just what is on screen) with a title and the legend at
twice the screen resolution; `ask_png_path` is the one function a test patches.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kam_desktop.errors import KamError
from kam_desktop.services.contacts import STRONG, OrgNode, RelationshipMap
from kam_desktop.ui import labels
from kam_desktop.ui.contact_dialog import influence_label, strength_label
from kam_desktop.ui.style import ACCENT

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

# border, fill
ATTITUDE_COLORS: dict[str, tuple[str, str]] = {
    "supporter": ("#2e7d32", "#e2f2e3"),
    "neutral": ("#6b7785", "#eceff3"),
    "opponent": ("#c62828", "#fce3e0"),
}
UNKNOWN_COLORS = ("#6b7785", "#f6f7f9")
TEXT_COLOR = QColor("#1b2733")
MUTED_COLOR = QColor("#5f6b7a")
EDGE_COLOR = QColor("#9aa5b1")
STRONG_DOT = QColor(ACCENT)
WEAK_DOT = QColor("#e08a2c")
EMPTY_DOT = QColor("#b9c2cc")
HIGHLIGHT = QColor(ACCENT)

COLUMN_GAP = 14.0  # between the widest boxes of neighbouring leaves
LEVEL_GAP = 46.0  # between the tallest box of a level and the next level
MARGIN = 20.0
MIN_FIT_SCALE = 0.8  # below this, text is too small to read: scroll instead
MAX_FIT_SCALE = 1.25
MIN_ZOOM, MAX_ZOOM = 0.15, 4.0
EXPORT_SCALE = 2.0
MAX_EXPORT_SIDE = 12_000  # pixels: a huge chart is exported at a lower scale
DOT_RADIUS = 3.6
DOT_STEP = 10.0


def attitude_colors(attitude: str | None) -> tuple[QColor, QColor]:
    border, fill = ATTITUDE_COLORS.get(attitude or "", UNKNOWN_COLORS)
    return QColor(border), QColor(fill)


def node_size(influence: int | None) -> QSizeF:
    """A box grows with influence (1–5; not rated is drawn as 1)."""
    level = min(max(influence or 1, 1), 5) - 1
    return QSizeF(116.0 + 10.0 * level, 58.0 + 5.0 * level)


def strength_dot_color(strength: int | None) -> QColor:
    return STRONG_DOT if (strength or 0) >= STRONG else WEAK_DOT


def paint_strength_dots(painter: QPainter, left: float, center_y: float,
                        strength: int | None) -> None:
    """Five dots, the first `strength` filled."""
    filled = strength_dot_color(strength)
    for i in range(5):
        center = QPointF(left + DOT_RADIUS + i * DOT_STEP, center_y)
        if i < (strength or 0):
            painter.setPen(QPen(filled, 1.0))
            painter.setBrush(QBrush(filled))
        else:
            painter.setPen(QPen(EMPTY_DOT, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(center, DOT_RADIUS, DOT_RADIUS)


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    name = QFont(base)
    name.setBold(True)
    name.setPointSizeF(size * 1.1)
    small = QFont(base)
    small.setPointSizeF(size * 0.95)
    return name, small


class ContactNode(QGraphicsItem):
    """One contact's box. Its position is the top centre of the box."""

    def __init__(self, node: OrgNode, font: QFont) -> None:
        super().__init__()
        self.node = node
        size = node_size(node.influence)
        self._rect = QRectF(-size.width() / 2, 0.0, size.width(), size.height())
        self._name_font, self._small_font = _fonts(font)
        self.highlighted = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)
        self.setToolTip(self._tooltip())

    @property
    def contact_id(self) -> str:
        return self.node.id

    def rect(self) -> QRectF:
        """The box in item coordinates."""
        return QRectF(self._rect)

    def scene_rect(self) -> QRectF:
        return self.mapRectToScene(self._rect)

    def border_color(self) -> QColor:
        return attitude_colors(self.node.attitude)[0]

    def fill_color(self) -> QColor:
        return attitude_colors(self.node.attitude)[1]

    def role_text(self) -> str:
        node = self.node
        if node.role:
            return labels.role_label(node.role)
        return node.title or translate("RelationshipMap", "No role")

    def _tooltip(self) -> str:
        node = self.node
        lines = [node.name]
        if node.title or node.department:
            lines.append(" · ".join(t for t in (node.title, node.department) if t))
        lines.append(translate("RelationshipMap", "Role: %1").replace(
            "%1", labels.role_label(node.role) if node.role
            else translate("RelationshipMap", "none")))
        lines.append(translate("RelationshipMap", "Attitude: %1").replace(
            "%1", labels.attitude_label(node.attitude)))
        lines.append(translate("RelationshipMap", "Influence: %1").replace(
            "%1", influence_label(node.influence)))
        lines.append(translate("RelationshipMap", "Relationship strength: %1").replace(
            "%1", strength_label(node.relationship_strength)))
        if not node.active:
            lines.append(translate("RelationshipMap", "No longer active"))
        lines.append(translate("RelationshipMap", "Click to edit"))
        return "\n".join(lines)

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def boundingRect(self) -> QRectF:  # Qt override
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:  # Qt override
        node = self.node
        border, fill = attitude_colors(node.attitude)
        rect = self._rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not node.active:
            painter.setOpacity(0.7)
        pen = QPen(HIGHLIGHT if self.highlighted else border, 3.0 if self.highlighted else 1.4)
        if not node.active:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, 6, 6)
        # A band in the attitude's colour down the left edge: the colour reads at a glance.
        band = QPainterPath()
        band.addRoundedRect(QRectF(rect.left(), rect.top(), 12, rect.height()), 6, 6)
        clip = QPainterPath()
        clip.addRect(QRectF(rect.left(), rect.top(), 6, rect.height()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(border))
        painter.drawPath(band.intersected(clip))

        left = rect.left() + 12
        width = rect.width() - 12 - 8
        name_metrics = QFontMetricsF(self._name_font)
        small_metrics = QFontMetricsF(self._small_font)
        top = rect.top() + 6
        painter.setPen(TEXT_COLOR)
        painter.setFont(self._name_font)
        painter.drawText(QRectF(left, top, width, name_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name_metrics.elidedText(node.name, Qt.TextElideMode.ElideRight, width))
        top += name_metrics.height() + 1
        painter.setPen(MUTED_COLOR)
        painter.setFont(self._small_font)
        painter.drawText(QRectF(left, top, width, small_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         small_metrics.elidedText(self.role_text(), Qt.TextElideMode.ElideRight,
                                                  width))
        dots_y = rect.bottom() - 6 - DOT_RADIUS
        paint_strength_dots(painter, left, dots_y, node.relationship_strength)
        painter.setOpacity(1.0)


# --- the legend --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # "attitude", "strength", "influence", "inactive"
    value: str
    text: str


def legend_entries() -> list[LegendEntry]:
    entries = [LegendEntry("attitude", a, labels.attitude_label(a)) for a in ATTITUDE_COLORS]
    entries.append(LegendEntry("strength", "", translate(
        "RelationshipMap", "Relationship strength (%1 or more: strong)").replace(
        "%1", str(STRONG))))
    entries.append(LegendEntry("influence", "", translate(
        "RelationshipMap", "Bigger box: more influence")))
    entries.append(LegendEntry("inactive", "", translate("RelationshipMap", "Inactive")))
    return entries


ICON_WIDTH = {"attitude": 16.0, "strength": 5 * DOT_STEP, "influence": 26.0, "inactive": 18.0}
ICON_GAP, ENTRY_GAP, ROW_GAP = 5.0, 16.0, 4.0


def _legend_layout(font: QFont, width: float
                   ) -> tuple[list[tuple[LegendEntry, QPointF]], float]:
    """Where each entry goes (top-left), wrapping to `width`; and the total height."""
    metrics = QFontMetricsF(font)
    row_height = max(metrics.height(), 16.0)
    x = y = 0.0
    placed = []
    for entry in legend_entries():
        entry_width = ICON_WIDTH[entry.kind] + ICON_GAP + metrics.horizontalAdvance(entry.text)
        if x > 0 and x + entry_width > width:
            x, y = 0.0, y + row_height + ROW_GAP
        placed.append((entry, QPointF(x, y)))
        x += entry_width + ENTRY_GAP
    return placed, y + row_height


def legend_height(font: QFont, width: float) -> float:
    return _legend_layout(font, width)[1]


def paint_legend(painter: QPainter, rect: QRectF, font: QFont) -> None:
    """The legend, wrapped to `rect`'s width (the widget below the map and the PNG share it)."""
    metrics = QFontMetricsF(font)
    row_height = max(metrics.height(), 16.0)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    for entry, at in _legend_layout(font, rect.width())[0]:
        x, y = rect.left() + at.x(), rect.top() + at.y()
        mid = y + row_height / 2
        if entry.kind == "attitude":
            border, fill = attitude_colors(entry.value)
            painter.setPen(QPen(border, 1.4))
            painter.setBrush(QBrush(fill))
            painter.drawRoundedRect(QRectF(x + 1, mid - 6, 14, 12), 3, 3)
            painter.fillRect(QRectF(x + 1, mid - 6, 4, 12), border)
        elif entry.kind == "strength":
            paint_strength_dots(painter, x, mid, STRONG)
        elif entry.kind == "influence":
            painter.setPen(QPen(MUTED_COLOR, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(x + 1, mid - 3, 8, 7), 2, 2)
            painter.drawRoundedRect(QRectF(x + 12, mid - 7, 13, 14), 2, 2)
        else:
            pen = QPen(MUTED_COLOR, 1.4)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(x + 1, mid - 6, 16, 12), 3, 3)
        painter.setPen(TEXT_COLOR)
        text_x = x + ICON_WIDTH[entry.kind] + ICON_GAP
        painter.drawText(QRectF(text_x, y, metrics.horizontalAdvance(entry.text) + 2,
                                row_height),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.text)
    painter.restore()


class MapLegend(QWidget):
    """The legend under the map, at screen size whatever the map's zoom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def hasHeightForWidth(self) -> bool:  # Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # Qt override
        return int(legend_height(self.font(), max(width, 50))) + 2

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(400, self.heightForWidth(max(self.width(), 400)))

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(100, self.heightForWidth(max(self.width(), 100)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        height = self.heightForWidth(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        paint_legend(painter, QRectF(self.rect()), self.font())
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.updateGeometry()
            self.update()
        super().changeEvent(event)


# --- the view ----------------------------------------------------------------------------------


def ask_png_path(parent: QWidget | None, suggestion: Path) -> Path | None:
    """Ask where to save the map as PNG; None when cancelled. Adds `.png` when missing.
    The system dialog asks before overwriting an existing file."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("RelationshipMap", "Export the relationship map"), str(suggestion),
        translate("RelationshipMap", "PNG images (*.png)"))
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() == ".png" else result.with_name(result.name + ".png")


class RelationshipMapView(QGraphicsView):
    """The org chart of one account's contacts."""

    contact_clicked = Signal(str)  # contact id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationshipMap")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.map: RelationshipMap | None = None
        self.nodes: dict[str, ContactNode] = {}
        self.edges: list[QGraphicsPathItem] = []
        self.column_step = 0.0
        self.level_step = 0.0
        self._current: str | None = None
        self._auto_fit = True
        self._fit_whole = False
        self._press: QPoint | None = None

    # --- content -------------------------------------------------------------------------

    def set_map(self, rmap: RelationshipMap | None) -> None:
        """Show a map (None: empty). Keeps the user's zoom, else fits the new chart."""
        scene = self.scene()
        scene.clear()
        self.nodes = {}
        self.edges = []
        self.map = rmap
        if rmap is None or not rmap.nodes:
            scene.setSceneRect(QRectF())
            return
        font = QFont(self.font())
        sizes = [node_size(n.influence) for n in rmap.nodes]
        self.column_step = max(s.width() for s in sizes) + COLUMN_GAP
        self.level_step = max(s.height() for s in sizes) + LEVEL_GAP
        for node in rmap.nodes:
            item = ContactNode(node, font)
            item.setPos(node.x * self.column_step, node.level * self.level_step)
            item.set_highlighted(node.id == self._current)
            scene.addItem(item)
            self.nodes[node.id] = item
        pen = QPen(EDGE_COLOR, 1.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        for node in rmap.nodes:
            if node.parent_id is None or node.parent_id not in self.nodes:
                continue
            child = self.nodes[node.id].scene_rect()
            parent = self.nodes[node.parent_id].scene_rect()
            path = QPainterPath(QPointF(parent.center().x(), parent.bottom()))
            elbow = child.top() - LEVEL_GAP / 2
            path.lineTo(parent.center().x(), elbow)
            path.lineTo(child.center().x(), elbow)
            path.lineTo(child.center().x(), child.top())
            edge = scene.addPath(path, pen)
            edge.setZValue(-1)
            self.edges.append(edge)
        bounds = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        scene.setSceneRect(bounds)
        if self._auto_fit:
            self._apply_fit()

    def set_current(self, contact_id: str | None) -> None:
        """Outline the contact selected elsewhere (the table)."""
        self._current = contact_id
        self._outline(contact_id)
        if contact_id in self.nodes and not self._auto_fit:
            self.ensureVisible(self.nodes[contact_id], 20, 20)

    def _outline(self, contact_id: str | None) -> None:
        for node_id, item in self.nodes.items():
            item.set_highlighted(node_id == contact_id)

    def node_at(self, view_pos: QPoint) -> ContactNode | None:
        for item in self.items(view_pos):
            if isinstance(item, ContactNode):
                return item
        return None

    # --- zoom ----------------------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self, *, whole: bool = False) -> None:
        """Fit the chart and follow resizes again. Automatic fitting stops at the smallest
        legible scale; `whole` (the Fit button, Ctrl+0) shows all of it, however small."""
        self._auto_fit = True
        self._fit_whole = whole
        self._apply_fit()

    def _apply_fit(self) -> None:
        rect = self.sceneRect()
        viewport = self.viewport().size()
        if rect.isEmpty() or viewport.width() < 10 or viewport.height() < 10:
            return
        scale = min((viewport.width() - 4) / rect.width(),
                    (viewport.height() - 4) / rect.height())
        scale = min(scale if self._fit_whole else max(scale, MIN_FIT_SCALE), MAX_FIT_SCALE)
        self.setTransform(QTransform.fromScale(scale, scale))
        # A chart too big to fit shows its top (the decision makers), centred.
        visible_height = viewport.height() / scale
        top = rect.top() + min(visible_height, rect.height()) / 2
        self.centerOn(QPointF(rect.center().x(), top))

    def zoom_by(self, factor: float) -> None:
        target = min(max(self.zoom() * factor, MIN_ZOOM), MAX_ZOOM)
        if self.zoom() > 0:
            self.scale(target / self.zoom(), target / self.zoom())
        self._auto_fit = False

    def wheelEvent(self, event: QWheelEvent) -> None:  # Qt override
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.15 ** steps)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif ctrl and key == Qt.Key.Key_0:
            self.fit(whole=True)
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        if self._auto_fit:
            self._apply_fit()

    # --- clicks --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        super().mouseReleaseEvent(event)
        event.accept()  # the view handles every release (the end of a pan or a click)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        release = event.position().toPoint()
        if (release - press).manhattanLength() > 4:  # a drag to pan, not a click
            return
        node = self.node_at(release)
        if node is not None:
            self.contact_clicked.emit(node.contact_id)

    # --- export --------------------------------------------------------------------------

    def render_image(self, title: str = "", scale: float = EXPORT_SCALE) -> QImage:
        """The whole chart with `title` above and the legend below, `scale` × screen size."""
        chart = self.scene().itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        font = QFont(self.font())
        title_font = QFont(font)
        title_font.setBold(True)
        title_font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.25)
        width = max(chart.width(), 420.0)
        title_height = QFontMetricsF(title_font).height() + MARGIN if title else 0.0
        legend = legend_height(font, width - 2 * MARGIN)
        height = title_height + chart.height() + legend + MARGIN
        scale = min(scale, MAX_EXPORT_SIDE / max(width, height))
        image = QImage(max(1, round(width * scale)), max(1, round(height * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        if title:
            painter.setFont(title_font)
            painter.setPen(TEXT_COLOR)
            painter.drawText(QRectF(MARGIN, MARGIN / 2, width - 2 * MARGIN, title_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        target = QRectF((width - chart.width()) / 2, title_height, chart.width(), chart.height())
        self._outline(None)  # the outline of the selection is not part of the chart
        self.scene().render(painter, target, chart)
        self._outline(self._current)
        paint_legend(painter, QRectF(MARGIN, title_height + chart.height(),
                                     width - 2 * MARGIN, legend), font)
        painter.end()
        return image

    def export_png(self, path: Path, title: str = "") -> QSize:
        """Write the chart to `path` as PNG; returns the image size. Raises KamError when the
        file cannot be written."""
        image = self.render_image(title)
        if not image.save(str(path), "PNG"):
            raise KamError(translate("RelationshipMap", "Cannot write %1: check that the folder "
                                     "exists and that you may write there.")
                           .replace("%1", str(path)))
        return image.size()

    def retranslate_ui(self) -> None:
        """Node texts (roles, tooltips) are translated: redraw them."""
        self.set_map(self.map)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["ContactNode", "MapLegend", "RelationshipMapView", "ask_png_path",
           "attitude_colors", "node_size"]
