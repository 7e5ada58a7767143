"""The Plans page (ui/plans_page.py) and its table model (ui/plans_model.py).

A real classified demo portfolio with a few plans; exports run the real PDF service into
tmp_path and are read back with pypdf. Background work is awaited with `qtbot.waitSignal`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kam_desktop import settings
from kam_desktop.services.plan_export import ExportResult, plan_file_name
from kam_desktop.services.plan_lookup import plan_status_table
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes, i18n, plan_export_dialog, plan_print, plans_page
from kam_desktop.ui.plan_print import PlanPreviewDialog
from kam_desktop.ui.plans_model import (
    ALL,
    COLUMNS,
    NOT_CLASSIFIED,
    WITH_PLAN,
    WITHOUT_PLAN,
    PlansTable,
    PlansTableModel,
)
from kam_desktop.ui.plans_page import PlansPage, safe_file_name
from tests.ui.plan_helpers import PERIOD, TIMEOUT, Portfolio, fill_portfolio, pdf_reader

WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@pytest.fixture
def portfolio(db: Database) -> Portfolio:
    return fill_portfolio(db)


@pytest.fixture
def page(qtbot, portfolio: Portfolio, tmp_path: Path) -> Iterator[PlansPage]:  # type: ignore[no-untyped-def]
    """The page on the portfolio, showing PERIOD, exporting into tmp_path/out."""
    settings.store().update(plan_export_folder=str(tmp_path))
    widget = PlansPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        widget.set_database(portfolio.db)
    with qtbot.waitSignal(widget.loaded, timeout=TIMEOUT):
        widget.set_period(PERIOD)
    widget.folder_edit.setText(str(tmp_path / "out"))
    yield widget
    widget.close()


@pytest.fixture(autouse=True)
def close_previews() -> Iterator[None]:
    opened: list[PlanPreviewDialog] = []
    plan_print.hub().preview_opened.connect(opened.append)
    yield
    plan_print.hub().preview_opened.disconnect(opened.append)
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_export(qtbot, page: PlansPage) -> ExportResult:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        assert page.export() is not None
    result = finished.args[0]
    assert isinstance(result, ExportResult)
    return result


def pdfs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


def tier_with_accounts(portfolio: Portfolio, least: int = 3) -> str:
    counts: dict[str, int] = {}
    for tier in portfolio.tiers.values():
        if tier:
            counts[tier] = counts.get(tier, 0) + 1
    return next(t for t, n in sorted(counts.items()) if n >= least)


# --- the model -----------------------------------------------------------------------------------

def test_model_passes_the_model_tester(qtmodeltester, portfolio: Portfolio) -> None:  # type: ignore[no-untyped-def]
    with portfolio.db.unit_of_work() as uow:
        table = PlansTable(plan_status_table(uow, PERIOD), PERIOD)
    model = PlansTableModel()
    model.set_table(table)
    qtmodeltester.check(model)
    assert model.rowCount() == len(portfolio.ids)
    first = portfolio.ids[0]
    row = model.row_of_account(first)
    assert row == 0 and model.plan_id_at(0) == portfolio.plans[first]
    cell = {key: model.data(model.index(0, c)) for c, key in enumerate(COLUMNS)}
    assert cell["code"] == portfolio.codes[first] and cell["plan"] == "Draft"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", cell["updated"])
    last = model.rowCount() - 1
    assert model.data(model.index(last, COLUMNS.index("plan"))) == "No plan"
    assert model.data(model.index(last, COLUMNS.index("updated"))) == ""


def test_model_filters_and_sorts_vectorised(portfolio: Portfolio) -> None:
    with portfolio.db.unit_of_work() as uow:
        table = PlansTable(plan_status_table(uow, PERIOD), PERIOD)
    model = PlansTableModel()
    model.set_table(table)
    model.set_filter(plan=WITH_PLAN)
    assert model.rowCount() == len(portfolio.plans)
    model.set_filter(plan=WITHOUT_PLAN)
    assert model.rowCount() == len(portfolio.ids) - len(portfolio.plans)
    tier = tier_with_accounts(portfolio)
    model.set_filter(plan=ALL, tier=tier)
    assert model.rowCount() == sum(t == tier for t in portfolio.tiers.values())
    model.set_filter(tier=NOT_CLASSIFIED)
    assert model.rowCount() == sum(t is None for t in portfolio.tiers.values())
    model.set_filter(tier=ALL, search=portfolio.codes[portfolio.ids[3]].lower())
    assert model.account_ids(np.arange(model.rowCount())) == [portfolio.ids[3]]
    model.set_filter(search="")
    # Plans first (final, then draft), accounts without one last, both directions.
    model.sort(COLUMNS.index("plan"), Qt.SortOrder.AscendingOrder)
    states = [model.data(model.index(r, COLUMNS.index("plan"))) for r in range(model.rowCount())]
    assert states[:len(portfolio.plans)] == ["Draft"] * len(portfolio.plans)
    model.sort(COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(model.rowCount() - 1, COLUMNS.index("updated"))) == ""
    model.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, 1)) for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)


# --- the page ------------------------------------------------------------------------------------

def test_page_shows_the_plans_of_the_period(page: PlansPage, portfolio: Portfolio) -> None:
    assert page.period() == PERIOD
    assert page.model.rowCount() == len(portfolio.ids)
    assert page.count_label.text() == (f"{len(portfolio.ids)} accounts · "
                                       f"{len(portfolio.plans)} with a plan for {PERIOD}")
    assert page.period_combo.currentText() == PERIOD
    assert PERIOD in [page.period_combo.itemText(i) for i in range(page.period_combo.count())]
    assert page.scope() == "all"
    assert page.scope_summary.text() == f"{len(portfolio.ids)} accounts will be exported."
    page.only_planned.setChecked(True)
    assert page.scope_ids() == [i for i in portfolio.ids if i in portfolio.plans]


def test_another_period_and_new_plans_reload_the_list(qtbot, page: PlansPage,  # type: ignore[no-untyped-def]
                                                      portfolio: Portfolio) -> None:
    from kam_desktop.services.plan_editing import create_plan

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.period_combo.setEditText("2031")
        page.period_combo.lineEdit().editingFinished.emit()
    assert page.period() == "2031"
    assert not page.model.table.has_plan.any()
    create_plan(portfolio.db, portfolio.ids[5], "2031")
    page.on_data_changed(frozenset({changes.CONTACTS}))  # not shown here: nothing to do
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.on_data_changed(frozenset({changes.PLANS}))
    assert page.model.table.has_plan.sum() == 1
    row = page.model.row_of_account(portfolio.ids[5])
    assert page.model.data(page.model.index(row, COLUMNS.index("plan"))) == "Draft"


def test_a_period_is_checked_and_normalised(qtbot, page: PlansPage) -> None:  # type: ignore[no-untyped-def]
    page.period_combo.setEditText("soon")
    page.period_combo.lineEdit().editingFinished.emit()
    assert page.period() == PERIOD and page.period_note.isVisible()
    assert page.period_note.text().startswith("“soon” is not a period")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.period_combo.setEditText("2031h1")
        page.period_combo.lineEdit().editingFinished.emit()
    assert page.period() == "2031-H1" and not page.period_note.isVisible()
    assert page.period_combo.currentText() == "2031-H1"


def test_a_hidden_page_reloads_when_shown(qtbot, page: PlansPage) -> None:  # type: ignore[no-untyped-def]
    page.hide()
    page.on_data_changed(frozenset({changes.TIERS}))
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()


def test_export_a_tier_writes_one_valid_file_per_account(
        qtbot, page: PlansPage, portfolio: Portfolio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tier = tier_with_accounts(portfolio)
    members = [i for i in portfolio.ids if portfolio.tiers[i] == tier]
    page.set_scope("tier", tier)
    assert page.scope_ids() == members
    assert page.per_account.isChecked()
    result = run_export(qtbot, page)
    out = tmp_path / "out"
    assert not result.cancelled and result.count == len(members)
    files = pdfs(out)
    assert len(files) == len(members) and sorted(result.files) == files
    expected = {plan_file_name(portfolio.codes[i], portfolio.names[i], PERIOD) for i in members}
    assert {f.name for f in files} == expected
    for file in files:
        assert not WINDOWS_BAD.search(file.name) and file.name == file.name.strip(" .")
        assert len(pdf_reader(file.read_bytes()).pages) >= 1
    assert not [p for p in out.iterdir() if p.suffix != ".pdf"]  # no temporary files left
    assert page.result_bar.isVisible() and page.open_folder_button.isVisible()
    assert page.result_text.text() == f"{len(members)} PDFs written to {out}"
    opened: list[Path] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plan_export_dialog, "open_path", opened.append)
        page.open_folder_button.click()
    assert opened == [out]
    current = settings.current()
    assert current.plan_export_folder == str(out) and current.plan_export_merged is False


def test_export_merged_writes_one_file_with_a_bookmark_per_account(
        qtbot, page: PlansPage, portfolio: Portfolio, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    chosen = portfolio.ids[2:5]
    assert page.select_accounts(chosen) == 3
    page.set_scope("selected")
    assert page.scope_buttons["selected"].text() == "Selected accounts (3)"
    page.merged.setChecked(True)
    page.language.set_value("zh")
    page.paper.set_value("letter")
    name = page.merged_file_name()
    assert name == f"Account plans {PERIOD} - 3 accounts.pdf"
    result = run_export(qtbot, page)
    out = tmp_path / "out"
    assert pdfs(out) == [out / name] and result.files == (out / name,)
    assert result.count == 3 and not result.cancelled
    reader = pdf_reader((out / name).read_bytes())
    assert len(reader.outline) >= 3
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    assert page.open_file_button.isVisible()
    assert page.result_text.text() == f"3 plans written to {out / name}"
    current = settings.current()
    assert (current.plan_pdf_language, current.plan_pdf_paper) == ("zh", "letter")
    assert current.plan_export_merged is True


def cancel_after_first_plan(qtbot, page: PlansPage,  # type: ignore[no-untyped-def]
                            monkeypatch: pytest.MonkeyPatch) -> ExportResult:
    """Start the export and press the progress dialog's Cancel once the first plan is done.

    The real export runs; its progress callback holds the worker after the first plan until
    Cancel has been pressed, so a fast machine cannot finish the whole batch before the click
    lands (CI once did: 40 plans written, nothing cancelled).
    """
    real_export = plans_page.export_plans
    paused, resume = threading.Event(), threading.Event()

    def export_held_after_first_plan(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        def held(done: int, total: int, message: str) -> None:
            progress(done, total, message)
            if done >= 1 and not resume.is_set():
                paused.set()
                resume.wait(TIMEOUT / 1000)
        return real_export(*args, progress=held, **kwargs)

    monkeypatch.setattr(plans_page, "export_plans", export_held_after_first_plan)
    with qtbot.waitSignal(page.export_finished, timeout=60_000) as finished:
        op = page.export()
        assert op is not None and op.progress_dialog is not None
        try:
            qtbot.waitUntil(paused.is_set, timeout=TIMEOUT)
            cancel = op.progress_dialog.findChild(QPushButton)
            cancel.click()
            assert op.cancelled()
        finally:
            resume.set()  # never leave the worker held, whatever failed
    return finished.args[0]


def test_cancelling_a_merged_export_leaves_no_file(
        qtbot, page: PlansPage, tmp_path: Path, portfolio: Portfolio,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    page.merged.setChecked(True)
    result = cancel_after_first_plan(qtbot, page, monkeypatch)
    assert result.cancelled and result.files == () and result.count == 0
    out = tmp_path / "out"
    assert not out.exists() or list(out.iterdir()) == []
    assert page.result_text.text() == "Export cancelled: no files were written."
    assert not page.open_folder_button.isVisible()
    assert page.export_button.isEnabled()


def test_cancelling_per_account_keeps_only_finished_files(
        qtbot, page: PlansPage, tmp_path: Path, portfolio: Portfolio,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    result = cancel_after_first_plan(qtbot, page, monkeypatch)
    out = tmp_path / "out"
    assert result.cancelled and 1 <= len(result.files) < len(portfolio.ids)
    assert sorted(result.files) == pdfs(out)  # only complete, reported files
    assert [p for p in out.iterdir() if p.suffix != ".pdf"] == []  # no half-written file
    for file in result.files:
        assert len(pdf_reader(file.read_bytes()).pages) >= 1
    assert page.result_text.text().startswith(
        f"Export cancelled after {len(result.files)} of {len(portfolio.ids)} plans")


def test_select_all_selects_every_account(qtbot, page: PlansPage, portfolio: Portfolio) -> None:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    page.set_scope("selected")
    assert page.scope_buttons["selected"].text() == f"Selected accounts ({len(portfolio.ids)})"
    assert page.scope_ids() == portfolio.ids
    page.table.sortByColumn(COLUMNS.index("code"), Qt.SortOrder.DescendingOrder)
    assert page.scope_ids() == portfolio.ids[::-1]  # in the order shown
    assert not page.table.horizontalHeader().grab().isNull()


def test_export_needs_accounts_and_a_folder(page: PlansPage, tmp_path: Path) -> None:
    page.set_scope("selected")
    page.table.clearSelection()
    assert page.scope_summary.text() == "No accounts chosen."
    assert not page.export_button.isEnabled() and page.export() is None
    page.set_scope("all")
    page.folder_edit.setText("")
    assert not page.export_button.isEnabled()
    assert page.output_note.text() == "Choose the folder for the PDFs."
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    page.folder_edit.setText(str(blocker))
    assert not page.export_button.isEnabled() and "is a file" in page.output_note.text()
    page.folder_edit.setText(str(tmp_path / "new"))
    assert page.export_button.isEnabled()
    assert "will be created" in page.output_note.text()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(plan_export_dialog, "ask_folder", lambda _parent, _start: tmp_path)
        page.browse_button.click()
    assert page.folder_edit.text() == str(tmp_path)


def test_ctrl_p_previews_the_current_account(qtbot, page: PlansPage,  # type: ignore[no-untyped-def]
                                             portfolio: Portfolio) -> None:
    account = portfolio.ids[1]
    page.select_accounts([account])
    page.table.setFocus()
    with qtbot.waitSignal(plan_print.hub().preview_opened, timeout=TIMEOUT) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = opened.args[0]
    assert dialog.target.account_id == account and dialog.target.period == PERIOD
    assert dialog.target.plan_id == portfolio.plans[account]


def test_ctrl_shift_e_exports(qtbot, page: PlansPage, portfolio: Portfolio,  # type: ignore[no-untyped-def]
                              tmp_path: Path) -> None:
    page.select_accounts(portfolio.ids[:2])
    page.set_scope("selected")
    page.table.setFocus()
    with qtbot.waitSignal(page.export_finished, timeout=60_000):
        qtbot.keyClick(page.table, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(pdfs(tmp_path / "out")) == 2


def test_single_account_buttons(qtbot, page: PlansPage, portfolio: Portfolio,  # type: ignore[no-untyped-def]
                                monkeypatch: pytest.MonkeyPatch) -> None:
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    assert not page.preview_button.isEnabled() and not page.pdf_button.isEnabled()
    account = portfolio.ids[7]  # no plan for PERIOD
    page.select_accounts([account])
    assert page.preview_button.isEnabled()
    assert page.current_label.text().startswith(portfolio.codes[account])
    with qtbot.waitSignal(page.open_account) as opened:
        page.open_button.click()
    assert opened.args == [account]
    asked = []
    monkeypatch.setattr(plan_export_dialog, "ask_plan_pdf",
                        lambda _parent, target, *_args: asked.append(target))
    page.pdf_button.click()
    assert (asked[0].account_id, asked[0].period, asked[0].plan_id) == (account, PERIOD, None)


def test_language_change_retranslates(qtbot, page: PlansPage, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    i18n.install_translator(qapp, "zh_CN")
    QApplication.processEvents()
    assert page.title.text()  # texts re-read without errors
    assert page.model.headerData(0, Qt.Orientation.Horizontal)
    i18n.install_translator(qapp, "en")
    QApplication.processEvents()
    assert page.title.text() == "Account plans"


def test_safe_file_name() -> None:
    assert safe_file_name('Plans 2026 - a/b:c*?"<>|.') == "Plans 2026 - a_b_c______"
    assert safe_file_name("...") == "plans"
