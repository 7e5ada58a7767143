"""The Classification page: edit a policy, validate, preview, apply, charts, history, TOML.

The data is the demo portfolio (40 accounts) in a real database; the classification service is
the real one. Only the functions that open modal dialogs are patched. Background work is
awaited with `qtbot.waitSignal(s)`, never `waitUntil`, which starves the worker threads.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from kam_desktop.services.classification import (
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    compare_runs,
    explain,
    list_policies,
    list_runs,
    load_policy_file,
    pareto_curve,
    policy_versions,
    run_results,
    validate_policy,
    what_if,
)
from kam_desktop.services.classification import Window as AnalysisWindow
from kam_desktop.storage.database import Database
from kam_desktop.ui import classification_dialogs, screenshots
from kam_desktop.ui.accounts_model import COLUMNS
from kam_desktop.ui.classification_page import ClassificationPage
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.operations import Op
from tests.ui.classification_helpers import (
    TIMEOUT,
    close_window,
    fill_demo,
    open_page,
    open_window,
)


@pytest.fixture
def demo(db: Database) -> Database:
    return fill_demo(db)


@pytest.fixture
def window(qtbot, demo: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, demo)
    yield win
    close_window(win)


@pytest.fixture
def page(qtbot, window: MainWindow) -> ClassificationPage:  # type: ignore[no-untyped-def]
    return open_page(qtbot, window)


def apply_and_wait(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Apply, and wait for the run, the page's reload (policies, then charts) and the Accounts
    page's reload."""
    page = window.classification_page
    with qtbot.waitSignals([page.apply_finished, page.library_loaded, page.charts_loaded,
                            window.accounts_page.loaded], timeout=TIMEOUT):
        page.results.apply_button.click()
    assert page.summary.heading.text().startswith("Classification saved")


def tier_column(window: MainWindow) -> dict[str, str]:
    """Code → the tier shown in the Accounts table."""
    model = window.accounts_page.model
    col = COLUMNS.index("tier")
    return {model.code_at(r): model.data(model.index(r, col)) for r in range(model.rowCount())}


# --- the page --------------------------------------------------------------------------------


def test_the_page_replaces_the_placeholder(window: MainWindow, page: ClassificationPage) -> None:
    assert window.pages["classification"] is page
    assert window.navigation.item(5).toolTip() == ""
    assert page.title.text() == "Classification"
    names = [page.bar.policy_combo.itemData(i) for i in range(page.bar.policy_combo.count())]
    assert set(names) >= {ABC_BY_SALES, BALANCED_SCORECARD}
    # no run yet: the balanced scorecard is shown, with its window defaulted
    assert page.current_name() == BALANCED_SCORECARD
    assert page.editor.name_edit.text() == BALANCED_SCORECARD
    assert page.editor.weight_label.text() == "Total weight: 100 · 17 indicators"
    assert page.validation.isHidden()
    assert page.results.preview_button.isEnabled() and page.results.apply_button.isEnabled()
    assert not page.bar.save_button.isEnabled()  # nothing changed
    assert page.window() == (page.library.default_window.start, page.library.default_window.end)
    # charts: nothing classified yet, and the Pareto curve of sales
    assert page.distribution_chart.bar_count() == 0
    curve = pareto_curve(window.db, page.library.default_window)
    assert page.pareto_chart.point_count() == len(curve.frame) + 1  # from the origin
    assert page.pareto_chart.cutoff_labels == ["80%", "95%"]
    assert len(page.pareto_chart.cutoff_lines) == 2
    assert page.history.model.rowCount() == 0


def test_the_weight_sum_follows_the_edits(page: ClassificationPage) -> None:
    rules = page.editor.rules
    rules.set_weight("sales", 32)
    assert page.editor.weight_label.text() == "Total weight: 120 · 17 indicators"
    assert rules.item(rules.rows["sales"], 2).text() == "26.7%"  # 32 / 120
    rules.set_used("profit", False)
    assert page.editor.weight_label.text() == "Total weight: 112 · 16 indicators"
    assert not rules.weights["profit"].isEnabled()
    rules.set_used("margin", True)
    rules.set_weight("margin", 7.5)
    assert page.editor.weight_label.text() == "Total weight: 119.5 · 17 indicators"
    assert page.is_dirty()
    assert page.bar.dirty_label.text() == "Unsaved changes"
    assert page.bar.save_button.isEnabled()
    policy = page.editor.policy()
    assert [r.key for r in policy.indicators][-1] == "margin"
    assert next(r for r in policy.indicators if r.key == "sales").weight == 32


def test_the_industry_score_table_is_edited_in_its_dialog(  # type: ignore[no-untyped-def]
    page: ClassificationPage, monkeypatch
) -> None:
    rules = page.editor.rules
    assert rules.scores_button is not None
    assert rules.scores_button.text() == "Industry scores (24)…"
    seen: list[dict] = []
    monkeypatch.setattr(classification_dialogs, "edit_industry_scores",
                        lambda _parent, scores: seen.append(dict(scores)) or {"金融": 95.0})
    rules.scores_button.click()
    assert seen[0]["制造业"] == 80
    assert rules.scores_button.text() == "Industry scores (1)…"
    industry = next(r for r in page.editor.policy().indicators if r.key == "industry")
    assert industry.scores == {"金融": 95.0}
    assert page.is_dirty()


def test_a_validation_error_blocks_preview_and_apply(page: ClassificationPage) -> None:
    rules = page.editor.rules
    for key in rules.used_keys():
        rules.set_weight(key, 0)
    assert page.editor.weight_label.text() == "Total weight: 0 · 17 indicators"
    assert page.editor.weight_label.property("tone") == "bad"
    assert page.validation.isVisible()
    assert "all weights are 0" in page.validation.detail.text()
    assert "cannot be used yet" in page.validation.heading.text()
    for button in (page.results.preview_button, page.results.apply_button, page.bar.save_button,
                   page.bar.export_button):
        assert not button.isEnabled()
    assert page.preview() is None
    assert page.apply() is None
    rules.set_weight("sales", 10)
    assert page.validation.isHidden()
    assert page.results.preview_button.isEnabled()
    # tiers out of order, and a window that ends before it starts
    page.editor.tiers.set_bound(1, 90)  # A above S (80)
    assert "out of order" in page.validation.detail.text()
    assert not page.results.apply_button.isEnabled()
    page.editor.tiers.set_bound(1, 60)
    start, end = page.window()
    page.set_window(end, start)
    assert "after its end" in page.validation.detail.text()
    assert not page.results.preview_button.isEnabled()
    page.reset_window()
    assert page.validation.isHidden()


def test_preview_shows_what_if(qtbot, window: MainWindow, page: ClassificationPage) -> None:  # type: ignore[no-untyped-def]
    page.editor.rules.set_weight("sales", 40)
    with qtbot.waitSignal(page.preview_finished, timeout=TIMEOUT) as finished:
        page.results.preview_button.click()
    assert finished.args == [True]
    start, end = page.window()
    expected = what_if(window.db, page.editor.policy(), start=start, end=end)
    model = page.changes_view.matrix_model
    pd.testing.assert_frame_equal(model.matrix, expected.matrix)
    for r, before in enumerate(expected.matrix.index):
        for c, after in enumerate(expected.matrix.columns):
            shown = model.data(model.index(r, c))
            assert shown == str(expected.matrix.loc[before, after])
    last = len(expected.matrix.index) - 1
    assert model.headerData(last, Qt.Orientation.Vertical) == "Not classified →"  # none before
    assert model.headerData(0, Qt.Orientation.Horizontal) == "→ S"
    movers = page.changes_view.movers_model
    assert movers.rowCount() == expected.migration.moved == 37  # 3 of 40 are inactive
    assert list(movers.frame["code"]) == list(expected.movers["code"])
    assert page.changes_view.movers_heading.text() == "37 accounts change tier"
    assert page.summary.heading.text() == "Preview: 37 of 37 accounts would change tier."
    assert page.results.tabs.currentWidget() is page.results.changes_tab
    # nothing was saved
    with window.db.unit_of_work() as uow:
        assert list_runs(uow) == []
        assert len(policy_versions(uow, BALANCED_SCORECARD)) == 1
    # the distribution chart shows the preview beside the (empty) tiers in force
    chart = page.distribution_chart
    assert len(chart.bar_sets) == 2
    assert chart.bar_count() == len(expected.result.counts())
    assert chart.preview == list(expected.result.counts().values())
    # editing again marks the preview as out of date
    page.editor.rules.set_weight("sales", 41)
    assert page.summary.heading.text() == "The policy has changed since this preview."


def test_edit_preview_apply_and_the_account_shows_its_new_tier(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, page: ClassificationPage
) -> None:
    """The issue's acceptance: edit a weight, preview, apply, the account detail shows the new
    tier and its explanation."""
    db = window.db
    page.editor.rules.set_weight("sales", 40)
    with qtbot.waitSignal(page.preview_finished, timeout=TIMEOUT):
        page.results.preview_button.click()
    previewed = page.whatif
    assert previewed is not None
    apply_and_wait(qtbot, window)

    with db.unit_of_work() as uow:
        runs = list_runs(uow)
        assert len(runs) == 1
        assert (runs[0].policy_name, runs[0].policy_version) == (BALANCED_SCORECARD, 2)
        results = run_results(uow)
    assert dict(zip(results["code"], results["tier"], strict=True)) == \
        dict(zip(previewed.result.rows["code"], previewed.result.rows["tier"], strict=True))
    # the page now shows the saved version, unchanged, and the run in its history
    assert page.bar.version_combo.currentData() == 2
    assert not page.is_dirty()
    assert page.history.model.rowCount() == 1
    # the Accounts page: tier column and tier filter
    accounts = window.accounts_page
    tiers = tier_column(window)
    for code, tier in zip(results["code"], results["tier"], strict=True):
        assert tiers[code] == tier
    combo = [accounts.tier_combo.itemData(i) for i in range(accounts.tier_combo.count())]
    assert [t for t in combo if t in ("S", "A", "B", "C")] == \
        [t for t in ("S", "A", "B", "C") if t in set(results["tier"])]
    accounts.set_tier_filter("A")
    assert accounts.model.rowCount() == int((results["tier"] == "A").sum())
    accounts.set_tier_filter("__all__")
    # the account detail: the tier and why
    code = str(results["code"].iloc[0])
    window.show_page("accounts")
    with qtbot.waitSignal(accounts.detail.overview.loaded, timeout=TIMEOUT):
        assert accounts.select_code(code)
    box = accounts.detail.tier_box
    assert box.isVisibleTo(accounts.detail)
    with db.unit_of_work() as uow:
        why = explain(uow, code)
    assert box.tier_badge.text() == why.tier
    assert box.headline.text() == f"Tier {why.tier}, as computed by the policy."
    assert box.value_text("policy") == "Balanced scorecard, version 2 (Weighted)"
    assert box.value_text("score").startswith(f"{why.score:.2f} of 100 · rank 1 of 37")
    assert box.value_text("since").endswith("(first classification)")
    assert box.chart.bar_count() == 17
    assert box.table.rowCount() == 17
    sales = next(r for r, line in enumerate(why.rows) if line.key == "sales")
    assert box.table.item(sales, 0).text() == "Sales"
    assert box.table.item(sales, 3).text() == "40"
    assert box.table.item(sales, 4).text() == f"{why.rows[sales].contribution:.2f}"


def test_cancel_during_apply_leaves_no_run(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, page: ClassificationPage
) -> None:
    page.editor.rules.set_weight("sales", 40)
    # Hold the single writer so the run is queued, cancel it, then let it go: it stops at its
    # first step and writes nothing.
    gate = threading.Event()
    blocker = Op(parent=None, run=lambda _p, _c: gate.wait(10), writes=True).start()
    op = page.apply()
    assert op is not None
    assert not page.results.apply_button.isEnabled() and not page.results.preview_button.isEnabled()
    dialog = op.progress_dialog
    assert dialog is not None
    with qtbot.waitSignal(page.apply_finished, timeout=TIMEOUT) as finished:
        dialog.findChild(QPushButton).click()  # the dialog's Cancel
        gate.set()
    assert blocker.finished.wait(5)
    assert finished.args == [False]
    assert page.summary.heading.text() == "Cancelled; nothing was saved."
    with window.db.unit_of_work() as uow:
        assert list_runs(uow) == []
        assert len(policy_versions(uow, BALANCED_SCORECARD)) == 1  # the edit was not saved
    assert page.results.apply_button.isEnabled()
    assert page.is_dirty()


def test_charts_after_a_run_and_for_an_abc_policy(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, page: ClassificationPage
) -> None:
    apply_and_wait(qtbot, window)
    page.results.tabs.setCurrentWidget(page.results.charts_tab)
    with window.db.unit_of_work() as uow:
        results = run_results(uow)
    chart = page.distribution_chart
    assert chart.tiers == ["S", "A", "B", "C"]
    assert chart.bar_count() == 4
    assert chart.in_force == [int((results["tier"] == t).sum()) for t in chart.tiers]
    assert chart.preview is None
    # an ABC policy: the Pareto chart follows its indicator and cut-offs
    page.choose_policy(ABC_BY_SALES)
    assert page.editor.single_part.isVisibleTo(page.editor)  # the one-indicator form
    assert not page.editor.weighted_part.isVisibleTo(page.editor)
    with qtbot.waitSignal(page.charts_loaded, timeout=TIMEOUT):
        page.editor.tiers.set_bound(0, 70)
    pareto = page.pareto_chart
    assert pareto.cutoff_labels == ["70%", "95%"]
    curve = pareto_curve(window.db, AnalysisWindow(*page.window()))
    assert pareto.point_count() == len(curve.frame) + 1
    tiers = [label.split(":")[0] for label in pareto.tier_labels]
    assert tiers == ["A", "B", "C"]
    with qtbot.waitSignal(page.charts_loaded, timeout=TIMEOUT):
        page.editor.set_indicator("profit")
    assert pareto.pareto is not None and pareto.pareto.indicator == "profit"


def test_history_compares_a_run_with_the_one_before(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, page: ClassificationPage
) -> None:
    apply_and_wait(qtbot, window)
    page.choose_policy(ABC_BY_SALES)
    apply_and_wait(qtbot, window)
    assert page.summary.detail.text().endswith("accounts changed tier against the previous run.")
    history = page.history
    assert history.model.rowCount() == 2
    assert history.model.run_at(0).policy_name == ABC_BY_SALES  # newest first
    assert not history.compare_button.isEnabled()
    assert history.select_run(history.model.run_at(0).run_id)
    with qtbot.waitSignal(page.comparison_loaded, timeout=TIMEOUT):
        history.compare_button.click()
    with window.db.unit_of_work() as uow:
        expected = compare_runs(uow)
    pd.testing.assert_frame_equal(history.comparison.matrix_model.matrix,
                                  expected.migration.matrix)
    assert history.comparison.movers_model.rowCount() == expected.migration.moved
    assert "against the run before it" in history.compared_label.text()


def test_export_and_import_a_policy(qtbot, window: MainWindow, page: ClassificationPage,  # type: ignore[no-untyped-def]
                                    tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "policies" / "key accounts"
    target.parent.mkdir()
    asked: list[Path] = []
    monkeypatch.setattr(classification_dialogs, "ask_policy_export_path",
                        lambda _parent, suggestion: asked.append(suggestion) or target)
    page.editor.name_edit.setText("Key accounts 2025")
    page.editor.rules.set_weight("sales", 30)
    page.editor.set_mode("quotas")
    page.editor.tiers.set_bound(0, 10)  # S: the top 10 %
    written = page.export_policy()
    assert asked == [Path("Key accounts 2025.toml")]
    assert written == target and target.is_file()
    exported = load_policy_file(target)
    assert exported == validate_policy(page.editor.policy())
    assert exported.mode == "quotas" and exported.levels[0].share == 0.1
    assert "Exported Key accounts 2025" in page.summary.heading.text()

    # back to a stored policy, then import the file: it becomes a policy of its own
    page.choose_policy(ABC_BY_SALES)
    monkeypatch.setattr(classification_dialogs, "ask_policy_file", lambda _parent: target)
    with qtbot.waitSignals([page.policy_saved, page.library_loaded], timeout=TIMEOUT):
        page.bar.import_button.click()
    with window.db.unit_of_work() as uow:
        assert "Key accounts 2025" in [p.name for p in list_policies(uow)]
    assert page.current_name() == "Key accounts 2025"
    assert page.editor.policy() == exported
    assert not page.is_dirty()
    assert page.summary.heading.text() == "Saved Key accounts 2025 as version 1."


def test_save_makes_a_new_version_and_old_versions_can_be_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, page: ClassificationPage, monkeypatch
) -> None:
    page.editor.rules.set_weight("sales", 20)
    with qtbot.waitSignals([page.policy_saved, page.library_loaded], timeout=TIMEOUT):
        page.bar.save_button.click()
    with window.db.unit_of_work() as uow:
        versions = policy_versions(uow, BALANCED_SCORECARD)
    assert [v.version for v in versions] == [1, 2]
    assert page.bar.version_combo.count() == 2
    assert page.bar.version_combo.currentData() == 2
    assert page.bar.version_combo.itemText(0).endswith("(newest)")
    assert not page.bar.save_button.isEnabled()
    # an older version, after confirming that the edits may go
    page.editor.rules.set_weight("sales", 25)
    confirmations: list[str] = []
    monkeypatch.setattr(classification_dialogs, "confirm_discard",
                        lambda _parent, name: confirmations.append(name) or True)
    page.bar.version_combo.setCurrentIndex(1)
    assert confirmations == [BALANCED_SCORECARD]
    assert page.loaded_version is not None and page.loaded_version.version == 1
    sales = page.editor.rules.weights["sales"].value()
    assert sales == 12


def test_switching_to_an_abc_policy_changes_the_editor(page: ClassificationPage) -> None:
    page.choose_policy(ABC_BY_SALES)
    editor = page.editor
    assert editor.method() == "abc"
    assert editor.indicator_combo.currentData() == "sales"
    assert editor.tiers.labels() == ["A", "B", "C"]
    assert editor.tiers.horizontalHeaderItem(1).text() == "Cumulative share up to"
    assert editor.tiers.spins[0].value() == 80 and editor.tiers.spins[0].suffix() == "%"
    assert editor.tiers.item(2, 1).text() == "the rest"
    assert editor.mode_combo.isHidden()
    # switching the method to weighted starts from the balanced scorecard's indicators
    editor.set_method("weighted")
    assert editor.rules.used_keys()[:2] == ["sales", "profit"]
    assert editor.tiers.labels() == ["S", "A", "B", "C"]
    assert page.validation.isHidden()
    editor.tiers.add_tier()
    assert editor.tiers.labels() == ["S", "A", "B", "D", "C"]
    editor.tiers.remove_tier(3)
    assert editor.tiers.labels() == ["S", "A", "B", "C"]
    # fixed thresholds on one indicator: minimum values, the last tier the rest
    editor.set_method("thresholds")
    editor.set_indicator("profit")
    assert editor.tiers.horizontalHeaderItem(1).text() == "Minimum value"
    editor.tiers.set_bound(0, 200_000)
    editor.tiers.set_bound(1, 50_000)
    editor.tiers.set_label(0, "Key")
    policy = validate_policy(editor.policy())
    assert (policy.method, policy.indicator) == ("thresholds", "profit")
    assert [(lv.label, lv.min) for lv in policy.levels] == \
        [("Key", 200_000.0), ("B", 50_000.0), ("C", None)]
    assert page.validation.isHidden()


def test_the_classification_screenshots(tmp_path: Path) -> None:
    written = screenshots.render_classification_screenshots(tmp_path, "en", accounts=40)
    assert sorted(p.name for p in written) == [
        "account-tier-en.png", "classification-en.png", "classification-preview-en.png"]
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == screenshots.SIZE
        assert path.stat().st_size > 20_000
