"""The Contacts tab over a real database: add contacts through the dialog and watch the map and
the coverage change; single-threaded; delete, undo and restore; map clicks; shortcuts; PNG."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from kam_desktop.services.account_editing import create_account, find_account_id
from kam_desktop.services.accounts import list_accounts
from kam_desktop.services.contacts import create_contact, get_contact, list_contacts
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database
from kam_desktop.ui import (
    changes,
    contact_dialog,
    contacts_tab,
    i18n,
    relationship_map,
    undo_commands,
)
from kam_desktop.ui.contact_dialog import ContactDialog
from kam_desktop.ui.contacts_tab import COLUMNS, WRITTEN, ContactsTab
from kam_desktop.ui.relationship_map import ATTITUDE_COLORS, node_size

Fill = Callable[[ContactDialog], None]


@pytest.fixture
def account(db: Database) -> str:
    return create_account(db, {"code": "K7", "name": "Zhongda Machinery 中大机械"}).id


@pytest.fixture(autouse=True)
def clean_stack() -> Iterator[None]:
    undo_commands.stack().clear()
    yield
    undo_commands.stack().clear()


@pytest.fixture
def tab(qtbot, db: Database, account: str) -> ContactsTab:  # type: ignore[no-untyped-def]
    widget = ContactsTab()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.set_account(db, account)
    undo_commands.hub().data_changed.connect(widget.on_data_changed)  # as the main window does
    return widget


class Dialogs:
    """Stands in for the user at the contact dialog: each opening runs the next `fill` (or
    cancels when none is queued) and records which contact it was opened for."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queue: list[Fill] = []
        self.opened: list[str | None] = []
        self.errors: list[dict[str, str]] = []
        dialogs = self

        def run(dialog: ContactDialog) -> int:
            dialogs.opened.append(dialog.contact.id if dialog.contact else None)
            if not dialogs.queue:
                return QDialog.DialogCode.Rejected
            dialogs.queue.pop(0)(dialog)
            dialog.accept()
            if dialog.result() != QDialog.DialogCode.Accepted:  # invalid: show, then give up
                dialogs.errors.append({n: dialog.error_text(n) for n in dialog.errors
                                       if dialog.error_text(n)})
                return QDialog.DialogCode.Rejected
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ContactDialog, "exec", run)
        monkeypatch.setattr(contact_dialog, "confirm_discard", lambda _parent: True)

    def fill(self, **values: Any) -> None:
        def apply(dialog: ContactDialog) -> None:
            for name, value in values.items():
                dialog.set_value(name, value)
        self.queue.append(apply)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


def _ids_by_name(tab: ContactsTab) -> dict[str, str]:
    return {c.name: c.id for c in tab.contacts}


def _add(qtbot, tab: ContactsTab, dialogs: Dialogs, **values: Any) -> str:  # type: ignore[no-untyped-def]
    dialogs.fill(**values)
    with qtbot.waitSignal(tab.data_changed) as blocker:
        tab.add_action.trigger()
    assert blocker.args == [WRITTEN]
    return _ids_by_name(tab)[values["name"]]


def test_adding_contacts_grows_the_map_and_the_coverage(qtbot, tab: ContactsTab,
                                                        dialogs: Dialogs) -> None:
    assert tab.map_stack.currentWidget() is tab.map_hint  # no contacts yet
    assert tab.coverage.warning_text().startswith("No strong relationship")
    assert not tab.export_action.isEnabled()

    boss = _add(qtbot, tab, dialogs, name="陈静 Chen Jing", role="decision_maker",
                attitude="supporter", influence=5, relationship_strength=4, title="CEO")
    assert tab.map_stack.currentWidget() is tab.map_view
    assert list(tab.map_view.nodes) == [boss]
    assert tab.coverage.is_covered("decision_maker")
    assert tab.coverage.holder_text("decision_maker") == "陈静 Chen Jing"
    assert tab.model.rowCount() == 1
    assert tab.current_id() == boss  # the new contact is selected
    assert tab.map_view.nodes[boss].highlighted

    buyer = _add(qtbot, tab, dialogs, name="Sun Lei", role="economic_buyer",
                 attitude="opponent", influence=3, relationship_strength=2,
                 reports_to_id=boss)
    eng = _add(qtbot, tab, dialogs, name="Zhou Ning", role="technical_evaluator",
               attitude="neutral", influence=2, relationship_strength=3, reports_to_id=buyer)
    nodes = tab.map_view.nodes
    assert set(nodes) == {boss, buyer, eng} and len(tab.map_view.edges) == 2
    step = tab.map_view.level_step
    assert [nodes[i].pos().y() for i in (boss, buyer, eng)] == [0, step, 2 * step]
    assert nodes[buyer].fill_color().name() == ATTITUDE_COLORS["opponent"][1]
    assert nodes[eng].fill_color().name() == ATTITUDE_COLORS["neutral"][1]
    assert nodes[boss].rect().size() == node_size(5)
    assert nodes[eng].rect().width() < nodes[buyer].rect().width() < nodes[boss].rect().width()
    assert not tab.coverage.is_covered("economic_buyer")  # strength 2 is weak
    assert tab.coverage.holder_text("economic_buyer") == "weak: Sun Lei"
    assert tab.coverage.is_covered("technical_evaluator")
    assert tab.coverage.summary.text() == "2 of 7 roles covered · 2 strong relationships"
    assert tab.export_action.isEnabled()

    # The table shows every column, the reports-to by name.
    row = tab.model.row_of(eng)
    cells = {key: tab.model.index(row, col).data() for col, key in enumerate(COLUMNS)}
    assert cells["reports_to"] == "Sun Lei" and cells["role"] == "Technical evaluator"
    assert cells["relationship_strength"] == "3 / 5" and cells["attitude"] == "Neutral"


def test_editing_updates_map_and_coverage_at_once(qtbot, tab: ContactsTab,
                                                  dialogs: Dialogs) -> None:
    boss = _add(qtbot, tab, dialogs, name="Boss", role="decision_maker", influence=2,
                relationship_strength=2)
    assert not tab.coverage.is_covered("decision_maker")
    tab.select(boss)
    dialogs.fill(relationship_strength=4, attitude="supporter", influence=5)
    with qtbot.waitSignal(tab.data_changed):
        tab.edit_action.trigger()
    assert dialogs.opened[-1] == boss
    assert tab.coverage.is_covered("decision_maker")
    node = tab.map_view.nodes[boss]
    assert node.fill_color().name() == ATTITUDE_COLORS["supporter"][1]
    assert node.rect().size() == node_size(5)
    undo_commands.stack().undo()  # the edit is undoable
    assert not tab.coverage.is_covered("decision_maker")
    assert tab.map_view.nodes[boss].rect().size() == node_size(2)


def test_single_threaded_warning_appears_and_clears(qtbot, tab: ContactsTab, dialogs: Dialogs,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _add(qtbot, tab, dialogs, name="Weak One", role="user", relationship_strength=2)
    assert tab.coverage.warning_text().startswith("No strong relationship")
    _add(qtbot, tab, dialogs, name="Only Friend 李娜", role="champion", relationship_strength=4)
    warning = tab.coverage.warning_text()
    assert warning.startswith("Single-threaded: only Only Friend 李娜 has a strong relationship")
    assert tab.coverage.warning.isVisible()
    second = _add(qtbot, tab, dialogs, name="Second Friend", role="decision_maker",
                  relationship_strength=3)
    assert tab.coverage.warning_text() == "" and not tab.coverage.warning.isVisible()
    # Deleting the second strong contact brings the warning back.
    tab.select(second)
    monkeypatch.setattr(contacts_tab, "confirm_delete", lambda *_args: True)
    tab.delete_action.trigger()
    assert tab.coverage.warning_text().startswith("Single-threaded")


def test_a_reports_to_cycle_shows_the_error(qtbot, tab: ContactsTab, dialogs: Dialogs,
                                            db: Database) -> None:
    boss = _add(qtbot, tab, dialogs, name="Boss")
    middle = _add(qtbot, tab, dialogs, name="Middle", reports_to_id=boss)
    tab.select(boss)
    dialogs.fill(reports_to_id=middle)
    tab.edit_action.trigger()
    assert dialogs.errors == [{
        "reports_to_id": "Reports to: Middle already reports (directly or indirectly) to Boss; "
                         "that would make a circle."}]
    with db.unit_of_work() as uow:
        assert get_contact(uow, boss).reports_to_id is None
    assert tab.map_view.nodes[boss].node.level == 0


def test_delete_asks_and_undo_restores(qtbot, tab: ContactsTab, dialogs: Dialogs,
                                       monkeypatch: pytest.MonkeyPatch, db: Database) -> None:
    boss = _add(qtbot, tab, dialogs, name="Boss", role="decision_maker",
                relationship_strength=4)
    middle = _add(qtbot, tab, dialogs, name="Middle", reports_to_id=boss,
                  relationship_strength=3, role="economic_buyer")
    junior = _add(qtbot, tab, dialogs, name="Junior", reports_to_id=middle)
    asked: list[tuple[str, int]] = []
    answer = {"delete": False}

    def confirm(_parent: object, name: str, reports: int) -> bool:
        asked.append((name, reports))
        return answer["delete"]

    monkeypatch.setattr(contacts_tab, "confirm_delete", confirm)
    tab.select(middle)
    tab.delete_action.trigger()  # declined: nothing happens
    assert asked == [("Middle", 1)] and middle in tab.map_view.nodes
    answer["delete"] = True
    with qtbot.waitSignal(tab.data_changed) as blocker:
        tab.delete_action.trigger()
    assert blocker.args == [WRITTEN]
    assert middle not in tab.map_view.nodes and tab.model.row_of(middle) == -1
    assert tab.map_view.nodes[junior].node.parent_id == boss  # hangs under the next one up
    assert not tab.coverage.is_covered("economic_buyer")
    assert undo_commands.stack().undoText() == "Delete contact Middle"

    with qtbot.waitSignal(undo_commands.hub().data_changed) as undone:
        undo_commands.stack().undo()
    assert undone.args == [changes.of_entity("contact")]
    assert middle in tab.map_view.nodes and tab.model.row_of(middle) >= 0
    assert tab.map_view.nodes[junior].node.parent_id == middle
    assert tab.coverage.is_covered("economic_buyer")
    with db.unit_of_work() as uow:
        assert get_contact(uow, middle).deleted_at is None


def test_show_deleted_and_restore(qtbot, tab: ContactsTab, dialogs: Dialogs,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    gone = _add(qtbot, tab, dialogs, name="Gone")
    _add(qtbot, tab, dialogs, name="Stays")
    monkeypatch.setattr(contacts_tab, "confirm_delete", lambda *_args: True)
    tab.select(gone)
    tab.delete_action.trigger()
    assert not tab.restore_action.isVisible()
    tab.show_deleted.setChecked(True)
    row = tab.model.row_of(gone)
    assert row >= 0 and tab.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert gone not in tab.map_view.nodes  # the map shows live contacts only
    tab.select(gone)
    assert tab.restore_action.isEnabled() and not tab.delete_action.isEnabled()
    assert not tab.edit_action.isEnabled()
    with qtbot.waitSignal(tab.data_changed):
        tab.restore_action.trigger()
    assert gone in tab.map_view.nodes
    assert undo_commands.stack().undoText() == "Restore contact Gone"


def test_click_on_a_node_opens_the_dialog(qtbot, tab: ContactsTab, dialogs: Dialogs) -> None:
    boss = _add(qtbot, tab, dialogs, name="Boss")
    other = _add(qtbot, tab, dialogs, name="Other 王芳", reports_to_id=boss)
    tab.select(boss)
    view = tab.map_view
    at = view.mapFromScene(view.nodes[other].scene_rect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert dialogs.opened[-1] == other
    assert tab.current_id() == other  # and selects it in the table


def test_shortcuts(qtbot, tab: ContactsTab, dialogs: Dialogs,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    tab.activateWindow()
    tab.table.setFocus()
    qtbot.waitUntil(tab.table.hasFocus)
    qtbot.keyClick(tab.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert dialogs.opened == [None]
    dialogs.fill(name="Typed In")
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)
    contact = _ids_by_name(tab)["Typed In"]
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert dialogs.opened[2:] == [contact, contact]
    deleted: list[str] = []
    monkeypatch.setattr(contacts_tab, "confirm_delete",
                        lambda _p, name, _r: deleted.append(name) or False)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert deleted == ["Typed In"]


def test_export_png(qtbot, tab: ContactsTab, dialogs: Dialogs, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    boss = _add(qtbot, tab, dialogs, name="张伟", role="decision_maker", influence=5)
    for name in ("Li Na", "Wang Fang", "Zhao Min"):
        _add(qtbot, tab, dialogs, name=name, reports_to_id=boss, role="user")
    suggested: list[Path] = []
    target = tmp_path / "out" / "map.png"

    def ask(_parent: object, suggestion: Path) -> Path | None:
        suggested.append(suggestion)
        return target

    monkeypatch.setattr(contacts_tab, "ask_png_path", ask)
    tab.export_action.trigger()  # the folder does not exist: an error, no crash
    assert not target.exists()
    target.parent.mkdir()
    tab.export_action.trigger()
    assert suggested[0].name == "K7 Zhongda Machinery 中大机械 relationship map.png"
    image = QImage(str(target))
    assert not image.isNull()
    chart = tab.map_view.scene().itemsBoundingRect()
    assert image.width() >= 2 * chart.width() and image.height() >= 2 * chart.height()
    assert tab.status.text() == "Saved map.png"


def test_export_error_is_shown(qtbot, tab: ContactsTab, dialogs: Dialogs, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch,
                               shown_errors: list[BaseException]) -> None:
    _add(qtbot, tab, dialogs, name="Solo")
    monkeypatch.setattr(contacts_tab, "ask_png_path",
                        lambda *_a: tmp_path / "missing" / "map.png")
    tab.export_action.trigger()
    assert len(shown_errors) == 1 and "missing" in str(shown_errors[0])


def test_changes_elsewhere_reload_when_shown(qtbot, tab: ContactsTab, db: Database,
                                             account: str) -> None:
    create_contact(db, account, {"name": "From an import"})
    tab.on_data_changed(frozenset({changes.VISITS}))  # not shown here: nothing to do
    assert tab.model.rowCount() == 0
    tab.hide()
    tab.on_data_changed(frozenset({changes.CONTACTS}))
    assert tab.model.rowCount() == 0  # hidden: reloads when shown again
    tab.show()
    assert tab.model.rowCount() == 1 and len(tab.map_view.nodes) == 1


def test_no_account(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = ContactsTab()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.stack.currentWidget() is widget.no_account
    assert not widget.add_action.isEnabled()


def test_demo_accounts_render(qtbot, db: Database, tmp_path: Path) -> None:
    """Demo accounts (the largest, an English and a Chinese one) render without anything cut
    off: every node inside the scene, the map fitted legibly, the coverage filled in."""
    generate_demo(db, accounts=40, seed=7)
    with db.unit_of_work() as uow:
        accounts = list_accounts(uow)
        ids = {a.code: find_account_id(uow, a.code) for a in accounts}
        counts = {code: len(list_contacts(uow, ids[code])) for code in ids}
    chinese = max((a for a in accounts if any("\u4e00" <= ch <= "\u9fff" for ch in a.name)),
                  key=lambda a: counts[a.code])
    english = max((a for a in accounts if a.name.isascii()), key=lambda a: counts[a.code])
    assert counts[chinese.code] >= 5 and counts[english.code] >= 5
    widget = ContactsTab()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    for summary in (chinese, english):
        widget.set_account(db, ids[summary.code])
        QApplication.processEvents()
        assert len(widget.map_view.nodes) == counts[summary.code]
        scene = widget.map_view.sceneRect()
        assert all(scene.contains(n.scene_rect()) for n in widget.map_view.nodes.values())
        assert widget.map_view.zoom() >= relationship_map.MIN_FIT_SCALE
        assert widget.coverage.summary.text().endswith("strong relationships")
        widget.grab().save(str(tmp_path / f"contacts-{summary.code}.png"))
        assert QImage(str(tmp_path / f"contacts-{summary.code}.png")).width() >= 900


def test_language_change_redraws_labels(qtbot, tab: ContactsTab, dialogs: Dialogs,
                                        qapp: QApplication) -> None:
    boss = _add(qtbot, tab, dialogs, name="Boss", role="decision_maker",
                relationship_strength=4)
    i18n.install_translator(qapp, "zh_CN")
    QApplication.processEvents()
    assert tab.coverage.role_names["decision_maker"].text() == "决策者"
    assert tab.map_view.nodes[boss].role_text() == "决策者"
    assert tab.model.index(0, COLUMNS.index("role")).data() == "决策者"
    i18n.install_translator(qapp, "en")
    QApplication.processEvents()
    assert tab.map_view.nodes[boss].role_text() == "Decision maker"


def test_contacts_model(qtmodeltester, db: Database, account: str) -> None:
    boss = create_contact(db, account, {"name": "Boss", "relationship_strength": 2,
                                        "influence": 5, "phone": "021-6123 4567",
                                        "mobile": "13812345678"}).id
    create_contact(db, account, {"name": "Ann", "relationship_strength": 5, "influence": 1,
                                 "reports_to_id": boss, "active": False})
    with db.unit_of_work() as uow:
        contacts = list_contacts(uow, account)
    model = contacts_tab.ContactsModel()
    model.set_contacts(contacts)
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Boss", "Ann"]  # service order
    phone = COLUMNS.index("phone")
    assert model.index(0, phone).data() == "021-6123 4567"
    assert model.index(0, phone).data(Qt.ItemDataRole.ToolTipRole) == \
        "021-6123 4567\n13812345678"
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "No longer active"
    assert model.index(1, COLUMNS.index("reports_to")).data() == "Boss"
    assert model.headerData(COLUMNS.index("relationship_strength"),
                            Qt.Orientation.Horizontal) == "Strength"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(contacts_tab.SORT_ROLE)
    proxy.sort(COLUMNS.index("relationship_strength"), Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Ann"
    proxy.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "Ann"
