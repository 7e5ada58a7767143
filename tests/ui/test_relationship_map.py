"""The relationship map view over a real account: layout, colours, sizes, clicks, zoom, PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication

from kam_desktop.services.account_editing import create_account
from kam_desktop.services.contacts import RelationshipMap, create_contact, relationship_map
from kam_desktop.storage.database import Database
from kam_desktop.ui import relationship_map as map_module
from kam_desktop.ui.relationship_map import (
    ATTITUDE_COLORS,
    MIN_FIT_SCALE,
    RelationshipMapView,
    node_size,
)


def _org(db: Database) -> tuple[str, dict[str, str]]:
    """A demo-like buying center: a decision maker, two managers under them, three below."""
    account = create_account(db, {"code": "M1", "name": "Delta Pharma 德尔塔制药"}).id
    ids: dict[str, str] = {}

    def add(key: str, name: str, manager: str | None = None, **values: object) -> None:
        ids[key] = create_contact(db, account, {
            "name": name, "reports_to_id": ids[manager] if manager else None, **values}).id

    add("ceo", "陈静 Chen Jing", role="decision_maker", attitude="supporter", influence=5,
        relationship_strength=4)
    add("buyer", "Sun Lei", "ceo", role="economic_buyer", attitude="opponent", influence=4,
        relationship_strength=2)
    add("cto", "周宁", "ceo", role="technical_evaluator", attitude="neutral", influence=3,
        relationship_strength=3)
    add("eng", "Li Na", "cto", role="user", attitude="supporter", influence=1,
        relationship_strength=5)
    add("qa", "Wang Fang", "cto", role="influencer", influence=2, active=False)
    add("clerk", "Zhao Min", "buyer", role="gatekeeper")
    return account, ids


def _map(db: Database, account: str) -> RelationshipMap:
    with db.unit_of_work() as uow:
        return relationship_map(uow, account)


@pytest.fixture
def view(qtbot) -> RelationshipMapView:  # type: ignore[no-untyped-def]
    widget = RelationshipMapView()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def test_nodes_follow_the_service_layout(db: Database, view: RelationshipMapView) -> None:
    account, ids = _org(db)
    rmap = _map(db, account)
    view.set_map(rmap)
    assert len(view.nodes) == 6 and set(view.nodes) == set(ids.values())
    assert len(view.edges) == 5  # everyone but the decision maker has a line to a manager
    for node in rmap.nodes:
        item = view.nodes[node.id]
        assert item.pos() == QPointF(node.x * view.column_step, node.level * view.level_step)
    levels = {key: rmap.node(cid).level for key, cid in ids.items()}
    assert levels == {"ceo": 0, "buyer": 1, "cto": 1, "eng": 2, "qa": 2, "clerk": 2}
    # A manager sits above the people who report to them, centred over them.
    ceo, cto = view.nodes[ids["ceo"]], view.nodes[ids["cto"]]
    assert ceo.scene_rect().bottom() < cto.scene_rect().top()
    below = [view.nodes[ids[k]].pos().x() for k in ("eng", "qa")]
    assert cto.pos().x() == pytest.approx(sum(below) / 2)
    # No two boxes overlap.
    rects = [item.scene_rect() for item in view.nodes.values()]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    # Each line runs from the bottom of the manager's box to the top of the report's.
    eng_line = next(e for e in view.edges
                    if e.path().pointAtPercent(1.0) == QPointF(view.nodes[ids["eng"]].pos()))
    assert eng_line.path().pointAtPercent(0.0).y() == pytest.approx(cto.scene_rect().bottom())


def test_colour_by_attitude_size_by_influence(db: Database, view: RelationshipMapView) -> None:
    account, ids = _org(db)
    view.set_map(_map(db, account))
    colors = {k: view.nodes[ids[k]].fill_color().name() for k in ("ceo", "buyer", "cto")}
    assert colors == {"ceo": ATTITUDE_COLORS["supporter"][1],
                      "buyer": ATTITUDE_COLORS["opponent"][1],
                      "cto": ATTITUDE_COLORS["neutral"][1]}
    assert len(set(colors.values())) == 3
    widths = [view.nodes[ids[k]].rect().width() for k in ("ceo", "buyer", "cto", "qa", "eng")]
    assert widths == sorted(widths, reverse=True) and len(set(widths)) == 5  # 5, 4, 3, 2, 1
    assert view.nodes[ids["clerk"]].rect().size() == node_size(1)  # not rated: smallest
    ceo = view.nodes[ids["ceo"]]
    assert ceo.role_text() == "Decision maker"
    tip = ceo.toolTip()
    assert "Relationship strength: 4 – trusts us (strong)" in tip and "Click to edit" in tip
    assert "No longer active" in view.nodes[ids["qa"]].toolTip()


def test_the_strength_dots_are_drawn(qtbot, db: Database, view: RelationshipMapView) -> None:
    account, ids = _org(db)
    view.set_map(_map(db, account))
    item = view.nodes[ids["eng"]]  # strength 5: five filled blue dots
    rect = item.rect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    item.paint(painter, None)  # type: ignore[arg-type]
    painter.end()
    y = int(rect.height() - 6 - map_module.DOT_RADIUS)
    centres = [int(12 + map_module.DOT_RADIUS + i * map_module.DOT_STEP) for i in range(5)]
    assert all(image.pixelColor(x, y).name() == map_module.STRONG_DOT.name() for x in centres)


def test_click_on_a_node_emits_its_id_and_a_drag_does_not(
        qtbot, db: Database, view: RelationshipMapView) -> None:
    account, ids = _org(db)
    view.set_map(_map(db, account))
    target = view.nodes[ids["cto"]]
    at = view.mapFromScene(target.scene_rect().center())
    with qtbot.waitSignal(view.contact_clicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [ids["cto"]]
    clicked: list[str] = []
    view.contact_clicked.connect(clicked.append)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=at + QPoint(30, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))  # empty
    assert clicked == []


def test_fit_on_resize_and_wheel_zoom(qtbot, db: Database, view: RelationshipMapView) -> None:
    account, _ids = _org(db)
    view.set_map(_map(db, account))
    scene = view.sceneRect()
    fitted = view.zoom()
    assert fitted >= MIN_FIT_SCALE
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.adjusted(2, 2, -2, -2))  # the whole chart shows
    view.resize(700, 400)
    QApplication.processEvents()
    assert view.zoom() < fitted  # followed the resize
    view.resize(300, 200)  # too small to fit legibly: keeps a legible scale and scrolls
    QApplication.processEvents()
    assert view.zoom() == pytest.approx(MIN_FIT_SCALE)
    view.fit(whole=True)  # the Fit button shows all, however small
    assert view.zoom() < MIN_FIT_SCALE
    view.resize(900, 500)
    QApplication.processEvents()
    before = view.zoom()
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.viewport().mapToGlobal(centre), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() == pytest.approx(before * 1.15 ** 2)
    view.resize(800, 450)  # the user's zoom survives a resize
    QApplication.processEvents()
    assert view.zoom() == pytest.approx(before * 1.15 ** 2)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() != pytest.approx(before * 1.15 ** 2)


def test_export_png_writes_the_whole_chart(db: Database, view: RelationshipMapView,
                                           tmp_path: Path) -> None:
    account, ids = _org(db)
    view.set_map(_map(db, account))
    view.zoom_by(3.0)  # what is on screen does not matter
    view.set_current(ids["ceo"])
    path = tmp_path / "map.png"
    size = view.export_png(path, "M1 Delta Pharma 德尔塔制药")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert image.size() == size
    chart = view.scene().itemsBoundingRect()
    assert image.width() >= 2 * chart.width() and image.height() >= 2 * chart.height()
    assert image.width() < 6000 and image.height() < 3000
    found = {name: False for name in ATTITUDE_COLORS}
    fills = {QColor(fill).name(): name for name, (_border, fill) in ATTITUDE_COLORS.items()}
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            name = fills.get(image.pixelColor(x, y).name())
            if name:
                found[name] = True
    assert all(found.values())  # every attitude's box is in the picture
    assert view.nodes[ids["ceo"]].highlighted  # the selection outline is back after export


def test_chinese_names_render_as_glyphs(view: RelationshipMapView) -> None:
    """Two different Chinese names must not render the same (missing glyphs are identical
    boxes): the app's bundled font covers CJK."""
    font = QFont(view.font())

    def render(text: str) -> QImage:
        image = QImage(120, 30, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, 120, 30), Qt.AlignmentFlag.AlignLeft, text)
        painter.end()
        return image

    assert render("张伟") != render("李娜")
    assert render("张伟") != render("")


def test_empty_map(view: RelationshipMapView) -> None:
    view.set_map(None)
    assert view.nodes == {} and view.scene().items() == []


def test_ask_png_path_adds_the_suffix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    answers = iter([(str(tmp_path / "chart"), ""), ("", "")])
    monkeypatch.setattr(map_module.QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: next(answers))
    assert map_module.ask_png_path(None, tmp_path / "x.png") == tmp_path / "chart.png"
    assert map_module.ask_png_path(None, tmp_path / "x.png") is None
