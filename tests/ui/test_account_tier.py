"""The tier in the account detail: its explanation, and overrides set and cleared from there.

Runs are made with the classification service itself (the page has its own tests); the override
dialog and the confirmation are patched at the functions that open them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.services.classification import (
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    Policy,
    TierLevel,
    classify,
    compare_runs,
    explain,
    get_override,
    list_runs,
    run_results,
    what_if,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import classification_dialogs
from kam_desktop.ui.accounts_model import COLUMNS
from kam_desktop.ui.classification_industry_dialog import IndustryScoresDialog
from kam_desktop.ui.classification_models import MatrixModel, MoversModel, RunsModel
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.tier_override_dialog import OverrideDialog
from tests.ui.classification_helpers import TIMEOUT, close_window, fill_demo, open_window


@pytest.fixture(autouse=True)
def _reads_end_before_the_database_closes(db: Database) -> Iterator[None]:
    """Background reads (overview, attention, extras) finish before the `db` fixture closes
    the database they read (a closed connection under a running query can crash)."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)



@pytest.fixture
def scored(db: Database) -> Database:
    """The demo portfolio classified with the balanced scorecard."""
    fill_demo(db)
    classify(db, BALANCED_SCORECARD)
    return db


@pytest.fixture
def window(qtbot, scored: Database) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, scored)
    yield win
    close_window(win)


def first_in(db: Database, tier: str) -> tuple[str, str]:
    """(code, computed tier) of the best-ranked account of `tier` in the newest run."""
    with db.unit_of_work() as uow:
        results = run_results(uow)
    row = results[results["computed_tier"] == tier].iloc[0]
    return str(row["code"]), str(row["computed_tier"])


def select(qtbot, window: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    """Select an account and wait until its Overview (with the tier) is shown."""
    page = window.accounts_page
    with qtbot.waitSignal(page.detail.overview.loaded, timeout=TIMEOUT):
        assert page.select_code(code)


def shown_tier(window: MainWindow, code: str) -> str:
    model = window.accounts_page.model
    row = model.row_of_code(code)
    assert row is not None
    return model.data(model.index(row, COLUMNS.index("tier")))


def test_the_detail_explains_a_weighted_tier(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    code, tier = first_in(window.db, "B")
    page = window.accounts_page
    select(qtbot, window, code)
    box = page.detail.tier_box
    assert box.isVisibleTo(page.detail)
    with window.db.unit_of_work() as uow:
        why = explain(uow, code)
    assert box.tier_badge.text() == tier
    assert box.headline.text() == f"Tier {tier}, as computed by the policy."
    assert box.override_note.isHidden()
    assert not box.clear_button.isEnabled()
    assert box.value_text("policy") == "Balanced scorecard, version 1 (Weighted)"
    assert "window " in box.value_text("run")
    assert box.value_text("score").startswith(f"{why.score:.2f} of 100 · rank {why.rank} of")
    assert box.shows_chart()
    assert box.chart.keys == [r.key for r in why.rows]
    assert box.chart.bar_count() == len(why.rows) == 17
    assert box.table.rowCount() == 17
    headers = [box.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Indicator", "Value", "Norm (0–100)", "Weight", "Points"]
    for row, line in enumerate(why.rows):
        assert box.table.item(row, 3).text() == f"{line.weight:g}"
        if line.excluded:
            assert box.table.item(row, 2).text() == "left out"
        else:
            assert box.table.item(row, 2).text() == f"{line.norm:.1f}"
            assert box.table.item(row, 4).text() == f"{line.contribution:.2f}"
    industry = next(r for r, line in enumerate(why.rows) if line.key == "industry")
    assert box.table.item(industry, 0).text() == "Industry"
    assert box.table.item(industry, 1).text() == why.rows[industry].raw
    assert "The points add up to the score." in box.note.text()


def test_override_set_then_cleared(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, computed = first_in(window.db, "A")
    page = window.accounts_page
    select(qtbot, window, code)
    asked: list[tuple] = []
    monkeypatch.setattr(classification_dialogs, "ask_override",
                        lambda *args: asked.append(args) or ("S", "Strategic reference customer"))
    with qtbot.waitSignals([page.override_finished, page.loaded, page.detail.overview.loaded],
                           timeout=TIMEOUT):
        page.detail.tier_box.override_button.click()
    _parent, asked_code, _name, tiers, current, asked_computed = asked[0]
    assert (asked_code, current, asked_computed) == (code, "A", "A")
    assert list(tiers)[:4] == ["S", "A", "B", "C"]
    with window.db.unit_of_work() as uow:
        override = get_override(uow, code)
    assert override is not None and override.reason == "Strategic reference customer"
    # the detail shows both tiers; the table shows the tier in force
    box = page.detail.tier_box
    assert page.detail.heading is not None and page.detail.heading.code == code
    assert box.tier_badge.text() == "S"
    assert box.tier_badge.tone() == "override"
    assert box.headline.text() == "Tier S in force (override); the policy computes A."
    assert box.override_note.text().endswith(": Strategic reference customer")
    assert box.clear_button.isEnabled()
    assert "Tier: S" in page.detail.subtitle.text()
    assert shown_tier(window, code) == "S"

    confirmed: list[tuple] = []
    monkeypatch.setattr(classification_dialogs, "confirm_clear_override",
                        lambda *args: confirmed.append(args) or True)
    with qtbot.waitSignals([page.override_finished, page.loaded, page.detail.overview.loaded],
                           timeout=TIMEOUT):
        box.clear_button.click()
    assert confirmed[0][1:] == (code, "S", "A")
    with window.db.unit_of_work() as uow:
        assert get_override(uow, code) is None
    assert box.tier_badge.text() == computed
    assert box.headline.text() == f"Tier {computed}, as computed by the policy."
    assert box.override_note.isHidden()
    assert not box.clear_button.isEnabled()
    assert shown_tier(window, code) == computed


def test_cancelled_questions_change_nothing(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code, computed = first_in(window.db, "C")
    page = window.accounts_page
    select(qtbot, window, code)
    monkeypatch.setattr(classification_dialogs, "ask_override", lambda *_args: None)
    assert page.override_tier() is None
    assert page.clear_tier_override() is None  # no override to clear
    with window.db.unit_of_work() as uow:
        assert get_override(uow, code) is None
    assert shown_tier(window, code) == computed


def test_an_abc_tier_shows_the_value_and_the_share_before_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    classify(window.db, ABC_BY_SALES)
    page = window.accounts_page
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    with window.db.unit_of_work() as uow:
        results = run_results(uow)
        moved = compare_runs(uow).migration.movers
    code = str(results["code"].iloc[1])  # the second largest
    select(qtbot, window, code)
    box = page.detail.tier_box
    with window.db.unit_of_work() as uow:
        why = explain(uow, code)
    assert box.value_text("policy") == "ABC by sales, version 1 (ABC)"
    assert box.value_text("score") == f"2 of {why.run.account_count}"
    assert box.fact_labels["score"].text() == "Rank:"
    assert not box.shows_chart()  # no score to break down
    assert box.table.columnCount() == 3
    assert box.table.horizontalHeaderItem(2).text() == "Share before it"
    assert box.table.item(0, 0).text() == "Sales"
    assert box.table.item(0, 2).text() == f"{why.rows[0].cum_share * 100:.1f}%"
    assert "A below 80%, B below 95%, C the rest" in box.note.text()
    # an account the ABC run moved says since when and from what
    mover = moved.iloc[0]
    select(qtbot, window, str(mover["code"]))
    assert box.value_text("since").startswith(f"Tier {mover['to_tier']} since ")
    assert box.value_text("since").endswith(f"; before that {mover['from_tier']}")


def test_a_threshold_tier_shows_the_value_and_the_thresholds(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    policy = Policy(name="Sales thresholds", method="thresholds", indicator="sales",
                    levels=(TierLevel("A", min=1_000_000), TierLevel("B", min=100_000),
                            TierLevel("C")))
    classify(window.db, policy)
    page = window.accounts_page
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.reload()
    code = page.model.code_at(0)
    select(qtbot, window, code)
    box = page.detail.tier_box
    assert box.value_text("policy") == "Sales thresholds, version 1 (Thresholds)"
    assert box.table.horizontalHeaderItem(2).text() == "Thresholds"
    assert box.table.item(0, 2).text() == "A ≥ 1,000,000.00, B ≥ 100,000.00, C the rest"
    assert not box.shows_chart()
    assert box.note.text() == \
        "The tier is the first from the top whose minimum the value reaches."


def test_an_unclassified_account_can_still_be_overridden(  # type: ignore[no-untyped-def]
    qtbot, db: Database, monkeypatch
) -> None:
    fill_demo(db)
    window = open_window(qtbot, db)
    try:
        page = window.accounts_page
        code = page.model.code_at(0)
        select(qtbot, window, code)
        box = page.detail.tier_box
        assert box.headline.text() == "Not classified"
        assert box.note.text().startswith("Not classified yet")
        assert box.table.isHidden()
        assert box.override_button.isEnabled()
        monkeypatch.setattr(classification_dialogs, "ask_override",
                            lambda *_args: ("A", "Signed a framework contract"))
        with qtbot.waitSignals([page.override_finished, page.loaded,
                                page.detail.overview.loaded], timeout=TIMEOUT):
            box.override_button.click()
        assert box.tier_badge.text() == "A"
        assert box.headline.text() == \
            "Tier A in force (override); no policy has classified this account yet."
        assert shown_tier(window, code) == "A"
    finally:
        close_window(window)


def test_the_override_dialog_needs_a_tier_and_a_reason(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = OverrideDialog("C001", "Zhongda", ["S", "A", "B", "C"], "A", "A")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.tier.currentText() == "A"
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "  ")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Reference customer")
    assert ok.isEnabled()
    dialog.tier.setEditText("")
    assert not ok.isEnabled()
    dialog.tier.setEditText("Key")
    assert dialog.values() == ("Key", "Reference customer")


def test_the_industry_scores_dialog(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = IndustryScoresDialog({"金融": 90, "零售": 50})
    qtbot.addWidget(dialog)
    assert dialog.scores() == {"金融": 90.0, "零售": 50.0}
    row = dialog.add_row("金融", 70)
    dialog.accept()
    assert dialog.result() == 0 and dialog.problem.text() == "Listed more than once: 金融"
    dialog.table.item(row, 0).setText("制造业")
    assert dialog.scores() == {"金融": 90.0, "零售": 50.0, "制造业": 70.0}
    dialog.table.selectRow(1)
    dialog.remove_selected()
    assert dialog.scores() == {"金融": 90.0, "制造业": 70.0}


def test_the_models_pass_the_model_tester(qtmodeltester, scored: Database) -> None:  # type: ignore[no-untyped-def]
    result = what_if(scored, ABC_BY_SALES)
    matrix, movers, runs = MatrixModel(), MoversModel(), RunsModel()
    matrix.set_matrix(result.matrix)
    movers.set_movers(result.movers)
    with scored.unit_of_work() as uow:
        runs.set_runs(list_runs(uow))
        comparison = compare_runs(uow)
    for model in (matrix, movers, runs):
        qtmodeltester.check(model)
    assert matrix.rowCount() == len(result.matrix) + 1  # and a total row
    assert matrix.data(matrix.index(matrix.rowCount() - 1, matrix.columnCount() - 1)) == \
        str(int(result.matrix.to_numpy().sum()))
    assert movers.rowCount() == result.migration.moved
    assert runs.rowCount() == 1
    matrix.set_matrix(comparison.migration.matrix)
    qtmodeltester.check(matrix)
