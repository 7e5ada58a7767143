"""Attention rules: each rule on hand-made data, and the vectorised portfolio computation
checked against per-account computation and independent SQL on a demo portfolio."""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta

import pandas as pd
import pytest

from kam_desktop.models import Receivable, SalesLine
from kam_desktop.services.account_editing import update_account
from kam_desktop.services.attention import (
    RULES,
    AttentionRules,
    Rule,
    account_attention,
    attention_items,
    attention_list,
    attention_table,
    refresh_attention,
    rule_counts,
)
from kam_desktop.services.demo import generate_demo
from kam_desktop.services.edits import parse_id
from kam_desktop.services.visits import log_visit
from kam_desktop.settings import Settings
from kam_desktop.storage.database import Database
from tests.services.conftest import NewAccount

TODAY = date.today()
AS_OF = date(2026, 3, 15)


def add_invoice(db: Database, account: str, no: str, amount: float, due: date,
                paid: float = 0.0) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(Receivable(
            account_id=parse_id(account, "account"), invoice_no=no,
            invoice_date=due - timedelta(days=30), due_date=due, amount=amount,
            paid_amount=paid, outstanding=amount - paid))
        uow.commit()


def add_sale(db: Database, account: str, order: str, day: date, amount: float) -> None:
    with db.unit_of_work() as uow:
        uow.session.add(SalesLine(account_id=parse_id(account, "account"), order_no=order,
                                  line_key="1", order_date=day, amount=amount,
                                  cost=amount * 0.6))
        uow.commit()


def flags(db: Database, account: str, today: date = TODAY,
          rules: AttentionRules | None = None) -> set[Rule]:
    with db.unit_of_work() as uow:
        row = attention_table(uow, today=today, rules=rules).loc[account]
    return {r for r in RULES if row[r.value]}


def test_defaults_match_the_settings() -> None:
    assert AttentionRules.from_settings(Settings()) == AttentionRules()
    custom = Settings(attention_nps_drop=3, visit_cadence_days={"S": 14},
                      attention_rules_enabled=["sales_down"])
    rules = AttentionRules.from_settings(custom)
    assert rules.nps_drop == 3 and rules.cadence_for("S") == 14 and rules.cadence_for("A") is None
    assert rules.enabled == frozenset({Rule.SALES_DOWN})


def test_overdue_receivables_rule(db: Database, new_account: NewAccount) -> None:
    account = new_account()
    add_invoice(db, account, "I1", 8_000, due=TODAY - timedelta(days=10))
    add_invoice(db, account, "I2", 50_000, due=TODAY + timedelta(days=10))  # not due yet
    assert Rule.OVERDUE_RECEIVABLES not in flags(db, account)
    add_invoice(db, account, "I3", 5_000, due=TODAY - timedelta(days=40), paid=2_500)
    assert Rule.OVERDUE_RECEIVABLES in flags(db, account)  # 8,000 + 2,500 > 10,000
    with db.unit_of_work() as uow:
        [item] = [i for i in account_attention(uow, account, today=TODAY)
                  if i.rule is Rule.OVERDUE_RECEIVABLES]
        row = attention_table(uow, today=TODAY).loc[account]
    assert row["overdue"] == 10_500 and row["outstanding"] == 60_500
    assert item.message == (f"10,500 of receivables overdue (since {TODAY - timedelta(days=40)}"
                            "; threshold 10,000).")
    assert Rule.OVERDUE_RECEIVABLES not in flags(db, account,
                                                 rules=AttentionRules(overdue_amount=20_000))


def test_sales_down_rule(db: Database, new_account: NewAccount) -> None:
    down, steady, new = new_account("D"), new_account("S"), new_account("N")
    end = TODAY - timedelta(days=3)  # the newest sales line ends the window
    for account, prior, current in ((down, 100_000, 70_000), (steady, 100_000, 90_000),
                                    (new, 0, 50_000)):
        if prior:
            add_sale(db, account, f"P-{account[:6]}", end - timedelta(days=400), prior)
        add_sale(db, account, f"C-{account[:6]}", end - timedelta(days=100), current)
    add_sale(db, steady, "LAST", end, 0.0)
    assert Rule.SALES_DOWN in flags(db, down)
    assert Rule.SALES_DOWN not in flags(db, steady)  # 10 % < 20 %
    assert Rule.SALES_DOWN not in flags(db, new)  # nothing before: no comparison
    with db.unit_of_work() as uow:
        table = attention_table(uow, today=TODAY)
        [item] = [i for i in attention_items(table, down) if i.rule is Rule.SALES_DOWN]
    assert table.loc[down, "sales_change"] == pytest.approx(-0.3)
    assert table.loc[down, "profit"] == pytest.approx(28_000)
    assert table.loc[down, "sales_end"] == end
    assert item.message.startswith("Sales down 30% (70,000 in ")
    # A sale after "today" does not move the window.
    add_sale(db, steady, "FUTURE", TODAY + timedelta(days=5), 1.0)
    assert flags(db, down) >= {Rule.SALES_DOWN}


def test_no_contact_rule(db: Database, new_account: NewAccount) -> None:
    account = new_account()
    log_visit(db, account, {"kind": "wechat", "visit_at": datetime.combine(
        TODAY - timedelta(days=130), datetime.min.time())}, today=TODAY)
    assert Rule.NO_CONTACT in flags(db, account)
    with db.unit_of_work() as uow:
        [item] = [i for i in account_attention(uow, account, today=TODAY)
                  if i.rule is Rule.NO_CONTACT]
    assert item.message.startswith("No contact for 130 days (last on ")
    log_visit(db, account, {"kind": "email", "visit_at": datetime.combine(
        TODAY - timedelta(days=100), datetime.min.time())}, today=TODAY)
    assert Rule.NO_CONTACT not in flags(db, account)
    assert Rule.NO_CONTACT in flags(db, account, rules=AttentionRules(no_contact_days=99))
    fresh = new_account("NEW")  # created today: nothing due yet
    assert flags(db, fresh) == set()
    assert Rule.NO_CONTACT in flags(db, fresh, today=TODAY + timedelta(days=121))


def test_disabled_rules_and_out_of_scope(db: Database, new_account: NewAccount) -> None:
    account = new_account()
    future = TODAY + timedelta(days=200)
    assert Rule.NO_CONTACT in flags(db, account, today=future)
    rules = AttentionRules(enabled=frozenset(RULES) - {Rule.NO_CONTACT})
    assert flags(db, account, today=future, rules=rules) == set()
    update_account(db, account, {"status": "inactive"})
    with db.unit_of_work() as uow:
        assert account not in attention_table(uow, today=future).index
        assert account_attention(uow, account, today=future) == []


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, accounts=120, seed=7, as_of=AS_OF)
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        codes = [r[0] for r in conn.execute("SELECT code FROM accounts ORDER BY code")]
    from kam_desktop.services.classification import set_override
    for code, tier in zip(codes, "SSAAABBBBC" * 12, strict=False):
        set_override(db, code, tier, "test tiers", user="test")
    return db


def test_portfolio_equals_per_account_and_independent_sql(demo_db: Database) -> None:
    today = AS_OF
    started = time.perf_counter()
    parallel = attention_table(demo_db, today=today)
    assert time.perf_counter() - started < 5
    with demo_db.unit_of_work() as uow:
        sequential = attention_table(uow, today=today)
        one_by_one = pd.concat([attention_table(uow, today=today, account_id=a)
                                for a in sequential.index])
    one_by_one.index = one_by_one.index.astype(object)
    pd.testing.assert_frame_equal(parallel, sequential)
    pd.testing.assert_frame_equal(one_by_one, sequential)
    counts = rule_counts(sequential)
    # The demo has every kind of trouble.
    assert all(counts[r] > 0 for r in RULES), counts

    conn = sqlite3.connect(demo_db.path)
    overdue = dict(conn.execute(
        "SELECT account_id, sum(outstanding) FROM receivables WHERE due_date < ? "
        "AND outstanding > 0 GROUP BY account_id", (today.isoformat(),)).fetchall())
    expected = pd.Series(overdue).reindex(sequential.index).fillna(0.0)
    assert sequential["overdue"].to_numpy() == pytest.approx(expected.to_numpy(), abs=0.01)
    last = dict(conn.execute(
        "SELECT account_id, max(visit_at) FROM visits WHERE status = 'done' AND deleted_at IS "
        "NULL AND kind IN ('on_site', 'video', 'event') GROUP BY account_id").fetchall())
    for account, row in sequential.iterrows():
        stamp = last.get(account)
        if stamp is None:
            assert pd.isna(row["last_visit"])
        else:
            assert row["last_visit"] == datetime.fromisoformat(stamp)
            assert row["days_since_visit"] == (today - row["last_visit"].date()).days
    strong = dict(conn.execute(
        "SELECT account_id, count(*) FROM contacts WHERE relationship_strength >= 3 AND active "
        "AND deleted_at IS NULL GROUP BY account_id").fetchall())
    assert sequential["strong_contacts"].tolist() == [strong.get(a, 0) for a in sequential.index]
    conn.close()


def test_list_order_reasons_and_refresh(demo_db: Database) -> None:
    today = AS_OF
    table = attention_table(demo_db, today=today)
    top = attention_list(table=table, limit=10)
    assert len(top) == 10
    assert top["attention"].is_monotonic_decreasing
    assert all(top["reasons"].str.len() > 0)
    for account, row in top.iterrows():
        items = attention_items(table, account)
        assert {i.rule for i in items} == {r for r in RULES if row[r.value]}
        assert row["reasons"] == " ".join(i.message for i in items)
    by_rule = attention_list(table=table, rule=Rule.SALES_DOWN, limit=None, reasons=False)
    assert len(by_rule) == rule_counts(table)[Rule.SALES_DOWN]
    assert "reasons" not in by_rule

    # Logging a visit to an overdue account: refresh only that row.
    account = table.index[table[Rule.VISIT_OVERDUE.value]][0]
    log_visit(demo_db, account, {"kind": "on_site", "visit_at": datetime.combine(
        today, datetime.min.time())}, today=today)
    with demo_db.unit_of_work() as uow:
        refreshed = refresh_attention(table, uow, [account])
        full = attention_table(uow, today=today)
    assert not refreshed.loc[account, Rule.VISIT_OVERDUE.value]
    pd.testing.assert_frame_equal(refreshed, full)


def test_settings_store_the_thresholds(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop import settings

    path = tmp_path / "settings.json"
    settings.save_settings(Settings(visit_cadence_days={"S": 14, "A": 45},
                                    attention_overdue_amount=2_500.5,
                                    attention_single_threaded_tiers=["S"]), path)
    rules = AttentionRules.from_settings(settings.load_settings(path))
    assert rules.cadence_days == {"S": 14, "A": 45}
    assert rules.overdue_amount == 2_500.5 and rules.single_threaded_tiers == ("S",)
    # A bad stored value falls back to its default, as every setting does.
    broken = settings.from_dict({"visit_cadence_days": {"S": 0}, "attention_nps_drop": "2",
                                 "attention_rules_enabled": ["made_up"]})
    assert broken == Settings()


def test_empty_database(db: Database) -> None:
    from kam_desktop.services.dashboard import build_dashboard

    table = attention_table(db, today=TODAY)
    assert table.empty and "attention" in table
    board = build_dashboard(db, today=TODAY)
    assert board.attention.empty and board.attention_total == 0
    assert board.concentration.accounts == 0 and board.tiers.empty
