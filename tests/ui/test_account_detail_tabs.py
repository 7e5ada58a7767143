"""The account detail in tabs: the Overview's figures and the Sales tab against the services,
and tabs added by other modules getting their account lazily, in their place."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from PySide6.QtWidgets import QLabel, QWidget

from kam_desktop import settings
from kam_desktop.services.account_overview import account_overview, account_sales_lines
from kam_desktop.services.attention import AttentionRules
from kam_desktop.services.classification import BALANCED_SCORECARD, classify
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage.database import Database
from kam_desktop.ui import formatting
from kam_desktop.ui.account_detail import AccountDetailPanel, AccountHeading
from kam_desktop.ui.account_sales_tab import SHOWN_COLUMNS
from kam_desktop.ui.accounts_model import rule_label
from kam_desktop.ui.accounts_page import AccountsPage
from tests.ui.holding import hold

TIMEOUT = 20_000





class FakeTab(QLabel):
    """What another module's tab looks like to the panel: a widget with set_account."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.calls: list[str | None] = []

    def set_account(self, db: Database | None, account_id: str | None) -> None:
        self.calls.append(account_id)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from kam_desktop.services.database import open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    generate_demo(db, accounts=40, seed=4)
    classify(db, BALANCED_SCORECARD)
    db.close()
    yield path


@pytest.fixture
def demo(demo_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    from kam_desktop.services.database import open_database

    db = open_database(demo_path, create=False)
    yield db
    QThreadPool.globalInstance().waitForDone(20_000)  # reads still running use it
    db.close()


@pytest.fixture
def page(qtbot, demo: Database) -> AccountsPage:  # type: ignore[no-untyped-def]
    page = AccountsPage()
    hold(qtbot, page)
    page.resize(1300, 800)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_database(demo)
    return page


def busiest(db: Database) -> str:
    """The code of the account with the most sales lines."""
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        return conn.execute(
            "SELECT a.code FROM sales_lines s JOIN accounts a ON a.id = s.account_id "
            "GROUP BY a.code ORDER BY count(*) DESC LIMIT 1").fetchone()[0]


def test_the_overview_shows_the_services_figures(qtbot, page: AccountsPage,  # type: ignore[no-untyped-def]
                                                 demo: Database) -> None:
    code = busiest(demo)
    with qtbot.waitSignal(page.detail.overview.loaded, timeout=TIMEOUT):
        page.select_code(code)
    account_id = page.detail.account_id
    rules = AttentionRules.from_settings(settings.current())
    with demo.unit_of_work() as uow:
        ov = account_overview(uow, account_id, rules=rules)
    detail = page.detail
    assert detail.value_text("sales") == formatting.money(ov.sales)
    assert detail.value_text("profit") == formatting.money(ov.profit)
    assert detail.value_text("margin") == f"{ov.margin * 100:.1f}%"
    growth = ov.growth * 100
    assert detail.value_text("growth") == \
        f"{'+' if growth > 0 else '−' if growth < 0 else ''}{abs(growth):.1f}%"
    assert detail.value_text("outstanding") == formatting.money(ov.outstanding)
    assert detail.value_text("overdue") == formatting.money(ov.overdue)
    assert detail.value_text("last_visit") == formatting.day(ov.last_visit)
    assert detail.value_text("last_contact") == formatting.day(ov.last_contact)
    assert detail.value_text("next_visit") == formatting.day(ov.next_visit)
    assert detail.value_text("nps") == (str(ov.latest_nps) if ov.latest_nps is not None
                                        else "—")
    assert detail.value_text("csat") == (f"{ov.latest_csat} / 5" if ov.latest_csat is not None
                                         else "—")
    assert detail.value_text("coverage") == \
        f"{ov.coverage.covered_roles} of {ov.coverage.total_roles} roles"
    assert detail.value_text("industry") == formatting.text(ov.account.industry)
    assert ov.window is not None
    assert ov.window.start.isoformat() in detail.overview.window_note.text()
    overview = detail.overview
    if ov.attention:
        assert overview.attention_box.isVisibleTo(overview)
        text = overview.attention_text.text()
        assert all(rule_label(item.rule) in text for item in ov.attention)
    else:
        assert not overview.attention_box.isVisibleTo(overview)
    assert detail.tier_box.tier_badge.text() == ov.tier


def test_attention_words_for_every_rule(qtbot, page: AccountsPage, demo: Database) -> None:  # type: ignore[no-untyped-def]
    """Every finding the demo raises is worded by the tab from its values (so it can be
    translated), never the service's English sentence."""
    import dataclasses

    from kam_desktop.services.attention import attention_items, attention_table

    table = attention_table(demo)
    overview = page.detail.overview
    seen = set()
    for account_id in table.index[table["attention"] > 0]:
        for item in attention_items(table, account_id):
            text = overview.attention_sentence(dataclasses.replace(item, message="SERVICE"))
            assert text and text != "SERVICE", item
            seen.add(item.rule)
    assert len(seen) >= 3


def test_the_sales_tab_equals_the_service(qtbot, qtmodeltester, page: AccountsPage,  # type: ignore[no-untyped-def]
                                          demo: Database) -> None:
    code = busiest(demo)
    page.select_code(code)
    sales = page.detail.sales
    with qtbot.waitSignal(sales.loaded, timeout=TIMEOUT):
        page.detail.set_current("sales")
    account_id = page.detail.account_id
    with demo.unit_of_work() as uow:
        lines = account_sales_lines(uow, account_id)
    model = sales.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(lines) > 0
    shown = model.frame[list(SHOWN_COLUMNS)]
    assert shown.equals(lines[list(SHOWN_COLUMNS)].reset_index(drop=True))
    first = model.index(0, SHOWN_COLUMNS.index("amount"))
    assert model.data(first) == f"{lines['amount'].iloc[0]:,.2f}"
    assert model.data(model.index(0, 0)) == lines["order_date"].iloc[0].isoformat()
    assert sales.chart.bar_count() == 24
    assert f"{len(lines)} sales lines" in sales.summary.text()
    # sorting by amount, largest first
    model.sort(SHOWN_COLUMNS.index("amount"), Qt.SortOrder.DescendingOrder)
    amounts = model.frame["amount"].to_numpy()
    assert np.all(amounts[:-1] >= amounts[1:])


def test_tabs_get_their_account_only_when_shown(qtbot, page: AccountsPage,  # type: ignore[no-untyped-def]
                                                demo: Database) -> None:
    panel = AccountDetailPanel()  # a panel of its own: the page's already has its tabs
    hold(qtbot, panel)
    panel.show()
    contacts, visits, plan = FakeTab("contacts"), FakeTab("visits"), FakeTab("plan")
    titles = {"plan": "Plan"}
    panel.add_tab("plan", plan, lambda: titles["plan"])
    panel.add_tab("contacts", contacts, lambda: "Contacts")
    panel.add_tab("visits", visits, lambda: "Visits")
    assert panel.tab_keys() == ["overview", "contacts", "visits", "sales", "plan"]
    assert [panel.tabs.tabText(i) for i in range(panel.tabs.count())] == \
        ["Overview", "Contacts", "Visits", "Sales", "Plan"]
    with pytest.raises(ValueError, match="already"):
        panel.add_tab("plan", FakeTab("again"), lambda: "Plan")
    with pytest.raises(TypeError, match="set_account"):
        panel.add_tab("surveys", QWidget(), lambda: "Surveys")

    ids = [page.model.id_at(r) for r in range(3)]

    def show(row: int) -> None:  # what the page does when a row is selected
        panel.set_account(demo, ids[row], page._heading(ids[row]))

    for row in range(3):  # moving through accounts on the Overview: nobody else is asked
        show(row)
    assert contacts.calls == visits.calls == plan.calls == []
    with qtbot.waitSignal(panel.tab_changed):
        panel.set_current("contacts")
    assert contacts.calls == [ids[2]]  # the account shown, once
    show(0)
    show(1)
    assert contacts.calls == [ids[2], ids[0], ids[1]]  # visible: follows the selection
    assert visits.calls == plan.calls == []
    panel.set_current("plan")
    assert plan.calls == [ids[1]]
    panel.set_current("contacts")
    assert contacts.calls == [ids[2], ids[0], ids[1]]  # already had it: not asked again
    panel.refresh()  # the data changed: the visible tab reads again, the others when shown
    assert contacts.calls[-1] == ids[1] and len(contacts.calls) == 4
    assert plan.calls == [ids[1]]
    panel.set_current("plan")
    assert plan.calls == [ids[1], ids[1]]
    panel.set_account(demo, None)  # nothing selected: the visible tab hears None
    assert plan.calls[-1] is None
    assert visits.calls == []

    titles["plan"] = "Account plan"  # titles are asked again on a language change
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.tabs.tabText(panel.tabs.indexOf(plan)) == "Account plan"


def test_the_page_passes_the_selection_to_the_visible_tab(qtbot, page: AccountsPage) -> None:  # type: ignore[no-untyped-def]
    panel = page.detail
    spy = FakeTab("extra")
    panel.add_tab("extra", spy, lambda: "Extra")  # unknown keys go last
    assert panel.tab_keys()[0] == "overview" and panel.tab_keys()[-1] == "extra"
    page.select_row(0)
    assert spy.calls == []  # hidden
    panel.set_current("extra")
    page.select_row(1)
    page.select_row(2)
    assert spy.calls == [page.model.id_at(0), page.model.id_at(1), page.model.id_at(2)]


def test_a_tab_added_while_an_account_is_shown(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = AccountDetailPanel()
    hold(qtbot, panel)
    heading = AccountHeading(id="0" * 32, code="K1", name="Kite", status="active", tier="A")
    panel.set_account(None, heading.id, heading)
    assert panel.title.text() == "Kite"
    assert panel.subtitle.text() == "K1  ·  Active  ·  Tier: A"
    tab = FakeTab("surveys")
    panel.add_tab("surveys", tab, lambda: "Surveys")
    assert tab.calls == []  # not visible
    panel.set_current("surveys")
    assert tab.calls == [heading.id]
    other = FakeTab("extra")
    panel.add_tab("extra", other, lambda: "Extra")  # unknown keys go last
    assert panel.tab_keys()[-1] == "extra"


def test_leaving_asks_the_tabs_that_hold_unsaved_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    class Unsaved(FakeTab):
        def __init__(self, name: str) -> None:
            super().__init__(name)
            self.answer = False

        def confirm_leave(self) -> bool:
            return self.answer

    panel = AccountDetailPanel()
    hold(qtbot, panel)
    plan = Unsaved("plan")
    panel.add_tab("plan", plan, lambda: "Plan")
    assert panel.current_key() == "overview"
    assert not panel.confirm_leave()
    assert panel.current_key() == "plan"  # shows what would be lost
    plan.answer = True
    assert panel.confirm_leave()
