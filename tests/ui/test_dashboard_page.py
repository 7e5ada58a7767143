"""The Dashboard page on a real demo database: its figures against independent SQL and pandas
written here (not our services), an arranged attention rule and its words, thresholds changed
in Settings, clicks that open accounts, background computing, and its layout at two sizes.

Background work is awaited with `qtbot.waitSignal(page.computed)`.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QImage

from kam_desktop import settings
from kam_desktop.models import Receivable
from kam_desktop.services.classification import classify
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.database import Database
from kam_desktop.ui import changes
from kam_desktop.ui.attention_view import COLUMNS as ATTENTION_COLUMNS
from kam_desktop.ui.dashboard_page import WIDE_LAYOUT, DashboardPage
from kam_desktop.ui.settings_page import SettingsPage
from tests.ui.conftest import OFFSCREEN_NOISE

AS_OF = date(2026, 3, 15)
TIMEOUT = 20_000
IN_SCOPE = "a.deleted_at IS NULL AND a.status <> 'inactive'"
# Hovering a chart shows a tooltip, a window the offscreen platform cannot raise (the marker
# replaces conftest's, so its pattern is repeated).
TOOLTIP_NOISE = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")


# --- independent computations --------------------------------------------------------------------


def year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def portfolio(db: Database) -> pd.DataFrame:
    """Per account in scope: tier in force, 12-month sales and profit, read straight from the
    tables. The window is the twelve months up to the newest sales line (not after today)."""
    conn = sqlite3.connect(db.path)
    try:
        end = date.fromisoformat(conn.execute(
            "SELECT max(order_date) FROM sales_lines WHERE order_date <= ?",
            (AS_OF.isoformat(),)).fetchone()[0])
        start = year_before(end) + timedelta(days=1)
        return pd.read_sql_query(
            f"""SELECT a.id, a.code,
                       coalesce((SELECT o.tier FROM tier_overrides o
                                  WHERE o.account_id = a.id AND o.cleared_at IS NULL),
                                (SELECT r.tier FROM tier_results r
                                  WHERE r.account_id = a.id AND r.run_id =
                                        (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1))
                       ) AS tier,
                       (SELECT total(s.amount) FROM sales_lines s WHERE s.account_id = a.id
                           AND s.order_date BETWEEN ? AND ?) AS sales,
                       (SELECT total(coalesce(s.profit, s.amount - s.cost)) FROM sales_lines s
                         WHERE s.account_id = a.id AND s.order_date BETWEEN ? AND ?) AS profit
                  FROM accounts a WHERE {IN_SCOPE}""",
            conn, params=[start.isoformat(), end.isoformat()] * 2)
    finally:
        conn.close()


def overdue_over(db: Database, threshold: float) -> set[str]:
    """Accounts in scope whose receivables past due at AS_OF add up to more than `threshold`."""
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute(
            f"""SELECT a.id FROM accounts a JOIN receivables r ON r.account_id = a.id
                 WHERE {IN_SCOPE} AND r.outstanding > 0 AND r.due_date < ?
                   AND r.invoice_date <= ?
                 GROUP BY a.id HAVING round(sum(r.outstanding), 2) > ?""",
            (AS_OF.isoformat(), AS_OF.isoformat(), threshold)).fetchall()
    finally:
        conn.close()
    return {r[0] for r in rows}


def silent_for_more_than(db: Database, days: int) -> set[str]:
    """Accounts in scope without a done touch point (or, never touched, a creation) in the
    last `days` days before AS_OF."""
    conn = sqlite3.connect(db.path)
    try:
        rows = conn.execute(
            f"""SELECT a.id, julianday(?) - julianday(date(coalesce(
                       (SELECT max(v.visit_at) FROM visits v
                         WHERE v.account_id = a.id AND v.deleted_at IS NULL
                           AND v.status = 'done' AND v.visit_at < ?),
                       a.created_at)))
                  FROM accounts a WHERE {IN_SCOPE}""",
            (AS_OF.isoformat(), (AS_OF + timedelta(days=1)).isoformat())).fetchall()
    finally:
        conn.close()
    return {account for account, since in rows if since > days}


# --- fixtures ------------------------------------------------------------------------------------


@pytest.fixture
def demo(db: Database) -> Database:
    generate_demo(db, accounts=60, seed=3, as_of=AS_OF)
    classify(db, "ABC by sales", user="test")
    return db


@pytest.fixture
def page(qtbot, demo: Database) -> DashboardPage:  # type: ignore[no-untyped-def]
    widget = DashboardPage()
    widget.today = AS_OF
    qtbot.addWidget(widget)
    widget.resize(1226, 816)  # the page in a 1400×860 window
    widget.set_database(demo)
    assert not widget.is_computing  # hidden: nothing computed yet
    with qtbot.waitSignal(widget.computed, timeout=TIMEOUT):
        widget.show()
    return widget


def flagged_by(page: DashboardPage, rule: str) -> set[str]:
    page.attention.set_rule_filter(rule)
    model = page.attention.model
    shown = {model.account_id(r) for r in range(model.rowCount())}
    page.attention.set_rule_filter(None)
    return {s for s in shown if s is not None}


# --- figures -------------------------------------------------------------------------------------


def test_figures_equal_independent_queries(page: DashboardPage, demo: Database) -> None:
    expected = portfolio(demo)
    locale = QLocale()

    # Accounts and 12-month sales and profit by tier: what the charts were given.
    by_tier = expected.assign(tier=expected["tier"].fillna("(none)")).groupby("tier")
    charts = page.tier_accounts_chart
    shown_tiers = ["(none)" if t is None else t for t in charts.tiers]
    assert dict(zip(shown_tiers, charts.counts, strict=True)) == by_tier.size().to_dict()
    assert shown_tiers[:3] == ["A", "B", "C"]
    values = page.tier_value_chart
    for tier, sales, profit in zip(shown_tiers, values.sales, values.profit, strict=True):
        assert sales == pytest.approx(by_tier["sales"].sum()[tier], abs=0.05)
        assert profit == pytest.approx(by_tier["profit"].sum()[tier], abs=0.05)
    assert values.bar_count() == len(shown_tiers) and charts.bar_count() == len(shown_tiers)

    # Key figures.
    assert page.figures["accounts"].value.text() == locale.toString(len(expected))
    assert page.figures["sales"].value.text() == locale.toString(round(expected["sales"].sum()))
    assert page.figures["profit"].value.text() == locale.toString(
        round(expected["profit"].sum()))
    margin = 100 * expected["profit"].sum() / expected["sales"].sum()
    assert page.figures["profit"].note.text() == f"Margin {margin:.1f}%"

    # Concentration: top-10 share and Herfindahl index, recomputed here.
    positive = expected[expected["sales"] > 0].sort_values(["sales", "code"],
                                                           ascending=[False, True])
    shares = positive["sales"].to_numpy() / positive["sales"].sum()
    top10, hhi = shares[:10].sum(), np.square(shares).sum()
    assert page.top_share_value.text() == f"{100 * top10:.1f}%"
    points = 10_000 * hhi
    assert page.hhi_value.text() == (locale.toString(round(points)) if points >= 100 else
                                     locale.toString(float(points), "f", 1))
    assert page.board is not None
    assert page.board.concentration.top_share == pytest.approx(top10, rel=1e-9)
    assert page.board.concentration.hhi == pytest.approx(hhi, rel=1e-9)
    equivalent = round(1 / hhi)
    assert f" {equivalent} customers" in page.hhi_text.text() or \
        f" only {equivalent} of" in page.hhi_text.text()
    assert page.pareto_chart.account_count() == len(positive)
    assert page.pareto_chart.point_count() == len(positive) + 1  # from (0, 0)
    assert page.top_chart.bar_count() == 10
    assert [page.top_chart.account_at(i) for i in range(10)] == positive["id"].head(10).tolist()
    cum = np.cumsum(shares)
    k80 = int((cum < 0.8 - 1e-12).sum()) + 1
    assert page.pareto_text.text().startswith(
        f"{100 * k80 / len(positive):.0f}% of the accounts with sales ({k80} of "
        f"{len(positive)}) bring 80%")


def test_an_arranged_rule_shows_with_its_reason_and_follows_the_threshold(
        qtbot, page: DashboardPage, demo: Database) -> None:  # type: ignore[no-untyped-def]
    """Overdue receivables arranged for one account: listed with its words; a higher threshold
    in Settings removes it. The flagged set equals independent SQL for both thresholds."""
    clean = portfolio(demo)
    clean = clean[~clean["id"].isin(overdue_over(demo, 0.0))]
    account, code = str(clean["id"].iloc[0]), str(clean["code"].iloc[0])
    due = AS_OF - timedelta(days=40)
    with demo.unit_of_work() as uow:
        uow.session.add(Receivable(account_id=parse_id(account, "account"), invoice_no="T-9",
                                   invoice_date=due - timedelta(days=30), due_date=due,
                                   amount=55_555.0, paid_amount=0.0, outstanding=55_555.0))
        uow.commit()
    with qtbot.waitSignal(page.computed, timeout=TIMEOUT):
        page.on_data_changed(frozenset({changes.RECEIVABLES}))

    expected = overdue_over(demo, 10_000)
    assert account in expected
    assert flagged_by(page, "overdue_receivables") == expected
    page.attention.set_rule_filter("overdue_receivables")
    assert page.attention.select_account(account)
    assert page.attention.model.code_at(page.attention.table.currentIndex().row()) == code
    sentence = f"55,555 of receivables overdue since {due.isoformat()} (threshold 10,000)."
    assert sentence in page.attention.details.toPlainText()
    row = page.attention.model.row_of(account)
    assert row is not None and sentence in page.attention.model.reasons(row)

    settings_page = SettingsPage()
    qtbot.addWidget(settings_page)
    with qtbot.waitSignals([settings_page.saved, page.computed], timeout=TIMEOUT):
        settings_page.overdue_amount.spin.setValue(60_000)
    assert settings.current().attention_overdue_amount == 60_000
    higher = overdue_over(demo, 60_000)
    assert account not in higher
    assert flagged_by(page, "overdue_receivables") == higher
    assert page.board is not None
    assert page.board.attention_table.attrs["rules"].overdue_amount == 60_000


def test_the_no_contact_threshold_in_settings_changes_the_flagged_set(
        qtbot, page: DashboardPage, demo: Database) -> None:  # type: ignore[no-untyped-def]
    assert flagged_by(page, "no_contact") == silent_for_more_than(demo, 120)
    settings_page = SettingsPage()
    qtbot.addWidget(settings_page)
    before = page.attention.model.total_count()
    with qtbot.waitSignal(page.computed, timeout=TIMEOUT):
        settings_page.no_contact.spin.setValue(30)
    expected = silent_for_more_than(demo, 30)
    assert flagged_by(page, "no_contact") == expected
    assert len(expected) > len(silent_for_more_than(demo, 120))
    assert page.attention.model.total_count() >= before
    # Switching the rule off in Settings empties its list.
    with qtbot.waitSignal(page.computed, timeout=TIMEOUT):
        settings_page.rule_checks[next(r for r in settings_page.rule_checks
                                       if r.value == "no_contact")].setChecked(False)
    assert flagged_by(page, "no_contact") == set()


# --- opening accounts ----------------------------------------------------------------------------


def double_click(qtbot, table, row: int, column: int = 1) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, column))
    # QTest's double click is only the second press; a real one starts with a press.
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@TOOLTIP_NOISE
def test_double_clicks_and_chart_clicks_open_the_account(
        qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    page.scroll_area.ensureWidgetVisible(page.attention_box)
    attention = page.attention.model
    with qtbot.waitSignal(page.open_account, timeout=2000) as opened:
        double_click(qtbot, page.attention.table, 1, ATTENTION_COLUMNS.index("name"))
    assert opened.args == [attention.account_id(1)]

    page.scroll_area.ensureWidgetVisible(page.agenda_box)
    agenda = page.agenda.model
    assert agenda.rowCount() > 0
    with qtbot.waitSignal(page.open_account, timeout=2000) as opened:
        double_click(qtbot, page.agenda.table, 0)
    assert opened.args == [agenda.account_id(0)]
    assert opened.args[0] == str(page.agenda.model.data(agenda.index(0, 0),
                                                        agenda.AccountIdRole))

    page.scroll_area.ensureWidgetVisible(page.concentration_box)
    pareto = page.pareto_chart
    at = pareto.point_position(1).toPoint()
    with qtbot.waitSignal(page.open_account, timeout=2000) as opened:
        qtbot.mouseClick(pareto.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert opened.args == [pareto.account_at(1)]
    # Far from the curve, a click opens nothing.
    assert pareto.rank_near(at.toPointF() + QPoint(0, 80).toPointF()) is None

    top = page.top_chart
    with qtbot.waitSignal(page.open_account, timeout=2000) as opened:
        qtbot.mouseClick(top.viewport(), Qt.MouseButton.LeftButton,
                         pos=top.bar_center(2).toPoint())
    assert opened.args == [top.account_at(2)]
    assert page.code_of(opened.args[0]) is not None


@TOOLTIP_NOISE
def test_a_tier_bar_click_lists_that_tier(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    page.scroll_area.ensureWidgetVisible(page.tier_box)
    chart = page.tier_accounts_chart
    index = chart.tiers.index("B")
    with qtbot.waitSignal(chart.tier_clicked, timeout=2000) as clicked:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.bar_center(index).toPoint())
    assert clicked.args == ["B"]
    assert page.attention.model.tier_filter == "B"
    frame = page.attention.model.frame
    model = page.attention.model
    shown = [model.account_id(r) for r in range(model.rowCount())]
    assert shown == [str(i) for i in frame.index[frame["tier"] == "B"]]


# --- computing -----------------------------------------------------------------------------------


def test_a_newer_request_discards_the_running_result(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    shown: list[int] = []
    page.computed.connect(lambda: shown.append(
        page.board.attention_table.attrs["rules"].no_contact_days))  # type: ignore[union-attr]
    first = page.compute()
    assert first is not None and page.is_computing
    assert page.busy_label.isVisible() and not page.refresh_button.isEnabled()
    settings.store().update(attention_no_contact_days=45)
    assert page.compute() is None  # one at a time: it runs again when the first ends
    with qtbot.waitSignal(page.computed, timeout=TIMEOUT):
        pass
    assert shown == [45]  # the first result (thresholds of before) was never shown
    assert first.finished.is_set()
    assert not page.is_computing
    assert not page.busy_label.isVisible() and page.refresh_button.isEnabled()


def test_irrelevant_changes_and_a_hidden_page_compute_nothing(
        qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    page.on_data_changed(frozenset({changes.IMPORTS, "plans"}))
    assert not page._recompute_timer.isActive() and not page.is_computing
    page.hide()
    page.on_data_changed(frozenset({changes.VISITS}))
    settings.store().update(attention_nps_drop=3)
    qtbot.wait(RECOMPUTE_WAIT_MS)
    assert not page.is_computing
    with qtbot.waitSignal(page.computed, timeout=TIMEOUT):
        page.show()  # out of date: computes when shown
    assert page.board is not None
    assert page.board.attention_table.attrs["rules"].nps_drop == 3


RECOMPUTE_WAIT_MS = 400


def test_a_new_database_clears_and_recomputes(qtbot, page: DashboardPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.database import open_database

    other = open_database(tmp_path / "empty.db")
    try:
        with qtbot.waitSignal(page.computed, timeout=TIMEOUT):
            page.set_database(other)
            assert page.figures["accounts"].value.text() == "…"
        assert page.figures["accounts"].value.text() == "0"
        assert page.attention.model.rowCount() == 0
        assert page.attention.count_label.text() == "No account needs attention"
        assert page.pareto_chart.point_count() == 0
        assert page.hhi_text.text().startswith("No sales")
    finally:
        page.set_database(None)
        other.close()


# --- layout --------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1226, 816), (926, 656)], ids=["1400x860", "1100x700"])
def test_the_page_fits_both_window_sizes(qtbot, page: DashboardPage, tmp_path: Path,  # type: ignore[no-untyped-def]
                                         size: tuple[int, int]) -> None:
    page.resize(*size)
    qtbot.wait(50)
    assert page.scroll_area.horizontalScrollBar().maximum() == 0  # nothing cut at the right
    assert page.work_splitter.orientation() == Qt.Orientation.Vertical
    for figure in page.figures.values():
        assert figure.value.width() >= figure.value.sizeHint().width(), figure.caption.text()
    header = page.attention.table.horizontalHeader()
    visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in visible) <= page.attention.table.viewport().width()
    target = tmp_path / f"dashboard-{size[0]}.png"
    assert page.grab().save(str(target))
    image = QImage(str(target))
    assert (image.width(), image.height()) == size


def test_wide_windows_put_the_agenda_beside_the_list(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    page.resize(WIDE_LAYOUT + 80, 900)
    qtbot.wait(50)
    assert page.work_splitter.orientation() == Qt.Orientation.Horizontal
    page.resize(926, 656)
    qtbot.wait(50)
    assert page.work_splitter.orientation() == Qt.Orientation.Vertical


def test_a_language_change_rewords_the_page(qtbot, page: DashboardPage) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from kam_desktop.ui import i18n

    app = QApplication.instance()
    figures = page.figures["accounts"].value.text()
    i18n.install_translator(app, "zh_CN")
    try:
        # Everything is worded again from the board shown (on Qt's LanguageChange event, which
        # arrives through the event loop); nothing is recomputed.
        qtbot.waitUntil(lambda: page.title.text() == "仪表盘", timeout=5000)
        assert not page.is_computing
        assert page.figures["accounts"].value.text() == figures
        assert page.tier_accounts_chart.bar_count() == len(page.tier_accounts_chart.tiers)
        assert page.attention.model.headerData(0, Qt.Orientation.Horizontal)
        assert page.title.text() == "仪表盘"
        assert page.attention_box.title() == "需关注的客户"
    finally:
        i18n.install_translator(app, "en")
    qtbot.waitUntil(lambda: page.title.text() == "Dashboard", timeout=5000)
    assert page.attention_box.title() == "Accounts needing attention"
