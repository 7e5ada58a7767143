"""The demo portfolio generator, on real SQLite files."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from kam_desktop.errors import InvalidInputError, KamError, RefusedError
from kam_desktop.models import TierPolicy
from kam_desktop.models.enums import (
    AccountStatus,
    Attitude,
    BuyingRole,
    SurveyChannel,
    VisitKind,
    VisitStatus,
)
from kam_desktop.services.database import open_database
from kam_desktop.services.demo import DemoSummary, generate_demo
from kam_desktop.storage.database import Database

AS_OF = date(2026, 3, 15)
DATA_TABLES = (
    "accounts", "contacts", "import_batches", "sales_lines", "receivables", "visits",
    "visit_participants", "survey_responses",
)
CJK = re.compile(r"[\u4e00-\u9fff]")


def make_demo(path: Path, **kwargs: object) -> DemoSummary:
    kwargs.setdefault("as_of", AS_OF)
    with open_database(path) as db:
        return generate_demo(db, **kwargs)  # type: ignore[arg-type]


def rows(path: Path, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql, params).fetchall()


def scalar(path: Path, sql: str, *params: object) -> object:
    return rows(path, sql, *params)[0][0]


def dump(path: Path) -> list[str]:
    """Every row of every table as SQL, in rowid order.

    Without app_meta (the unit of work's change counter, not demo data) and without the schema:
    the DDL text of a migrated table is not stable between files (see the report on
    migration 0002), and it is not the generator's to make.
    """
    with closing(sqlite3.connect(path)) as conn:
        return [line for line in conn.iterdump()
                if line.startswith("INSERT") and not line.startswith('INSERT INTO "app_meta"')]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, DemoSummary]]:
    """One default-size demo (300 accounts), shared by the read-only checks below."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KAM_HOME", str(tmp_path_factory.mktemp("kam_home")))
        summary = make_demo(path, seed=42)
    yield path, summary


# --- The default demo ----------------------------------------------------------------------------


def test_default_demo_fills_every_table(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    assert summary.accounts == 300
    for table, count in (
        ("accounts", summary.accounts), ("contacts", summary.contacts),
        ("visits", summary.visits), ("survey_responses", summary.surveys),
        ("sales_lines", summary.sales_lines), ("receivables", summary.receivables),
    ):
        assert count > 0
        assert scalar(path, f"SELECT count(*) FROM {table}") == count
    assert scalar(path, "SELECT count(*) FROM visit_participants") > 0
    assert summary.seconds > 0
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(path, "PRAGMA foreign_key_check") == []


def test_sales_and_receivables_belong_to_one_demo_batch(demo: tuple[Path, DemoSummary]) -> None:
    path, summary = demo
    [(batch_id, kind, file_name, inserted)] = rows(
        path, "SELECT id, kind, file_name, inserted FROM import_batches")
    assert (kind, file_name) == ("demo", "demo portfolio")
    assert inserted == summary.sales_lines + summary.receivables
    assert rows(path, "SELECT DISTINCT batch_id FROM sales_lines") == [(batch_id,)]
    assert rows(path, "SELECT DISTINCT batch_id FROM receivables") == [(batch_id,)]
    assert scalar(path, "SELECT count(*) FROM accounts WHERE created_by_batch_id IS NOT NULL") == 0


def test_every_account_has_2_to_12_contacts(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    counts = [n for (n,) in rows(
        path, "SELECT count(c.id) FROM accounts a LEFT JOIN contacts c ON c.account_id = a.id "
              "GROUP BY a.id")]
    assert len(counts) == 300
    assert min(counts) >= 2
    assert max(counts) <= 12


def test_vocabularies_and_ratings_are_valid(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo

    def values(sql: str) -> set[object]:
        return {v for (v,) in rows(path, sql)}

    assert values("SELECT DISTINCT role FROM contacts") == {r.value for r in BuyingRole}
    assert values("SELECT DISTINCT attitude FROM contacts") == {a.value for a in Attitude}
    assert values("SELECT DISTINCT status FROM accounts") <= {s.value for s in AccountStatus}
    assert values("SELECT DISTINCT kind FROM visits") == {k.value for k in VisitKind}
    assert values("SELECT DISTINCT status FROM visits") == {s.value for s in VisitStatus}
    assert values("SELECT DISTINCT channel FROM survey_responses") <= {
        c.value for c in SurveyChannel}
    ratings = values(
        "SELECT value_fit FROM accounts UNION SELECT procurement_fit FROM accounts "
        "UNION SELECT growth_potential FROM accounts UNION SELECT influence FROM accounts "
        "UNION SELECT influence FROM contacts UNION SELECT relationship_strength FROM contacts "
        "UNION SELECT csat FROM survey_responses UNION SELECT score_price FROM survey_responses")
    assert ratings == {1, 2, 3, 4, 5}
    assert values("SELECT DISTINCT nps FROM survey_responses") <= set(range(11))
    assert values("SELECT DISTINCT currency FROM sales_lines") == {"CNY"}
    assert values("SELECT count(*) FROM sales_lines WHERE discount < 0 OR discount > 0.15") == {0}


def test_contacts_form_a_reports_to_tree_per_account(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    contacts = {cid: (account, manager, role) for cid, account, manager, role in rows(
        path, "SELECT id, account_id, reports_to_id, role FROM contacts")}
    tops = set()
    for cid, (account, manager, _) in contacts.items():
        seen = {cid}
        while manager is not None:  # walks up to the top without a cycle, inside the account
            assert manager not in seen
            assert contacts[manager][0] == account
            seen.add(manager)
            cid, manager = manager, contacts[manager][1]
        tops.add((account, contacts[cid][2]))
    assert {role for _, role in tops} == {"decision_maker"}
    assert len(tops) == 300  # one top per account


def test_participants_are_contacts_of_the_visited_account(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    assert scalar(path, """
        SELECT count(*) FROM visit_participants p
        JOIN visits v ON v.id = p.visit_id JOIN contacts c ON c.id = p.contact_id
        WHERE c.account_id <> v.account_id""") == 0
    per_visit = {n for (n,) in rows(
        path, "SELECT count(*) FROM visit_participants GROUP BY visit_id")}
    assert per_visit <= {1, 2, 3}


def test_a_strategic_account_is_single_threaded(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    top_tenth = rows(path, """
        SELECT a.id, (SELECT count(*) FROM contacts c
                      WHERE c.account_id = a.id AND c.relationship_strength >= 3)
        FROM accounts a JOIN sales_lines s ON s.account_id = a.id
        GROUP BY a.id ORDER BY sum(s.amount) DESC LIMIT 30""")
    strong_contacts = [n for _, n in top_tenth]
    assert 1 in strong_contacts
    assert sum(n >= 2 for n in strong_contacts) > len(strong_contacts) / 2


def test_some_receivables_are_overdue(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    overdue = scalar(path, "SELECT count(*) FROM receivables WHERE outstanding > 0 "
                           "AND due_date < ?", AS_OF.isoformat())
    assert overdue > 0
    assert scalar(path, "SELECT count(*) FROM receivables "
                        "WHERE abs(outstanding - (amount - paid_amount)) > 0.005") == 0
    assert scalar(path, "SELECT count(*) FROM receivables WHERE paid_amount = amount") > (
        scalar(path, "SELECT count(*) FROM receivables") / 2)


def test_sales_span_three_years_ending_before_as_of(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    first, last = rows(path, "SELECT min(order_date), max(order_date) FROM sales_lines")[0]
    three_years_ago = AS_OF.replace(year=AS_OF.year - 3)
    assert three_years_ago <= date.fromisoformat(first) <= three_years_ago + timedelta(days=30)
    assert AS_OF - timedelta(days=10) <= date.fromisoformat(last) < AS_OF
    assert scalar(path, "SELECT count(*) FROM sales_lines WHERE line_key <> CAST(line_no AS TEXT)"
                  ) == 0
    assert scalar(path, "SELECT count(*) FROM sales_lines WHERE quantity < 0 AND amount < 0") > 0


def test_sales_are_heavy_tailed(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    totals = sorted((t for (t,) in rows(
        path, "SELECT coalesce(sum(s.amount), 0) FROM accounts a "
              "LEFT JOIN sales_lines s ON s.account_id = a.id GROUP BY a.id")), reverse=True)
    assert sum(totals[:60]) >= 0.6 * sum(totals)


def test_accounts_grow_decline_and_get_lost(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    year_ago = AS_OF.replace(year=AS_OF.year - 1).isoformat()
    two_years_ago = AS_OF.replace(year=AS_OF.year - 2).isoformat()
    by_account = rows(path, """
        SELECT sum(CASE WHEN order_date >= ?1 THEN amount ELSE 0 END),
               sum(CASE WHEN order_date >= ?2 AND order_date < ?1 THEN amount ELSE 0 END),
               sum(CASE WHEN order_date < ?2 THEN amount ELSE 0 END)
        FROM sales_lines GROUP BY account_id""", year_ago, two_years_ago)
    growing = sum(last > 1.2 * before > 0 for last, before, _ in by_account)
    declining = sum(0 < last < 0.8 * before for last, before, _ in by_account)
    lost = sum(last == 0 and before + older > 0 for last, before, older in by_account)
    assert growing > 20
    assert declining > 20
    assert 0 < lost < 40


def test_visits_are_done_in_the_past_and_planned_ahead(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    horizon = (AS_OF + timedelta(days=50)).isoformat()
    assert scalar(path, "SELECT count(*) FROM visits WHERE status = 'planned' "
                        "AND (visit_at < ? OR visit_at > ?)", AS_OF.isoformat(), horizon) == 0
    assert scalar(path, "SELECT count(*) FROM visits WHERE status <> 'planned' "
                        "AND visit_at >= ?", AS_OF.isoformat()) == 0
    assert scalar(path, "SELECT count(*) FROM visits WHERE status = 'planned'") > 0
    assert scalar(path, "SELECT count(*) FROM visits WHERE status = 'done' "
                        "AND summary IS NOT NULL AND follow_up_date < ?", AS_OF.isoformat()) > 0


def test_names_are_unique_and_in_two_languages(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    names = [n for (n,) in rows(path, "SELECT name FROM accounts")]
    assert len(set(names)) == len(names)
    chinese = sum(bool(CJK.search(n)) for n in names) / len(names)
    assert 0.55 < chinese < 0.85
    codes = [c for (c,) in rows(path, "SELECT code FROM accounts")]
    assert all(re.fullmatch(r"C0\d{5,}", c) for c in codes)


def test_text_formats_match_sqlalchemy(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    uuid4 = re.compile(r"[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}")
    stamp = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
    day = re.compile(r"\d{4}-\d\d-\d\d")
    for table in DATA_TABLES:
        for uid, created, updated in rows(path, f"SELECT id, created_at, updated_at FROM {table}"):
            assert uuid4.fullmatch(uid)
            assert stamp.fullmatch(created)
            assert stamp.fullmatch(updated)
            assert created <= updated
    assert all(day.fullmatch(d) for (d,) in rows(path, "SELECT order_date FROM sales_lines"))
    assert all(stamp.fullmatch(v) for (v,) in rows(path, "SELECT visit_at FROM visits"))


def test_orm_reads_the_demo(demo: tuple[Path, DemoSummary]) -> None:
    path, _ = demo
    from sqlalchemy import select

    from kam_desktop.models import Account, SalesLine, Visit

    with Database(path) as db, db.unit_of_work() as uow:
        account = uow.session.scalars(select(Account).order_by(Account.code).limit(1)).one()
        assert 2 <= len(account.contacts) <= 12
        assert account.created_at.tzinfo is not None
        line = uow.session.scalars(select(SalesLine).limit(1)).one()
        assert isinstance(line.order_date, date)
        visit = uow.session.scalars(select(Visit).limit(1)).one()
        assert visit.participants


# --- Determinism, refusal, force, cancel ---------------------------------------------------------


def test_same_seed_gives_identical_data_and_another_seed_does_not(tmp_path: Path) -> None:
    make_demo(tmp_path / "a.db", accounts=40, seed=7)
    make_demo(tmp_path / "b.db", accounts=40, seed=7)
    make_demo(tmp_path / "c.db", accounts=40, seed=8)
    first = dump(tmp_path / "a.db")
    assert first == dump(tmp_path / "b.db")
    assert first != dump(tmp_path / "c.db")


def test_refuses_a_database_with_accounts(db: Database, db_path: Path) -> None:
    generate_demo(db, accounts=5, seed=1, as_of=AS_OF)
    before = dump(db_path)
    with pytest.raises(RefusedError, match="--force"):
        generate_demo(db, accounts=5, seed=2, as_of=AS_OF)
    assert dump(db_path) == before


def test_force_replaces_all_data(db: Database, db_path: Path, tmp_path: Path) -> None:
    generate_demo(db, accounts=6, seed=1, as_of=AS_OF)
    with db.unit_of_work() as uow:
        uow.session.add_all([
            TierPolicy(name="Shipped", method="abc", definition="x", builtin=True),
            TierPolicy(name="Mine", method="abc", definition="x", builtin=False),
        ])
        uow.commit()
    summary = generate_demo(db, accounts=9, seed=2, as_of=AS_OF, force=True)
    assert summary.accounts == 9
    assert scalar(db_path, "SELECT count(*) FROM accounts") == 9
    assert scalar(db_path, "SELECT count(*) FROM import_batches") == 1
    assert rows(db_path, "SELECT name FROM tier_policies") == [("Shipped",)]
    make_demo(tmp_path / "fresh.db", accounts=9, seed=2)
    data = [line for line in dump(db_path) if "tier_policies" not in line]
    assert data == dump(tmp_path / "fresh.db")
    assert rows(db_path, "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize("force", [False, True])
def test_cancelling_writes_nothing(db: Database, db_path: Path, force: bool) -> None:
    if force:
        generate_demo(db, accounts=4, seed=1, as_of=AS_OF)
    before = dump(db_path)
    polls = iter(range(1_000))
    with pytest.raises(KamError, match="Cancelled; nothing was written"):
        generate_demo(db, accounts=20, seed=3, as_of=AS_OF, force=force,
                      cancelled=lambda: next(polls) >= 5)
    assert dump(db_path) == before
    assert rows(db_path, "PRAGMA integrity_check") == [("ok",)]


@pytest.mark.parametrize(("accounts", "seed"), [(0, 1), (-3, 1), (1_000_001, 1), (10, -1)])
def test_rejects_bad_arguments(db: Database, accounts: int, seed: int) -> None:
    with pytest.raises(InvalidInputError):
        generate_demo(db, accounts=accounts, seed=seed, as_of=AS_OF)


def test_reports_progress_per_table(db: Database) -> None:
    calls: list[tuple[int, int, str]] = []
    generate_demo(db, accounts=10, as_of=AS_OF, progress=lambda *a: calls.append(a))
    done = [d for d, _, _ in calls]
    assert done == sorted(done)
    assert {t for _, t, _ in calls} == {calls[0][1]}
    assert calls[-1][0] == calls[-1][1]
    assert 5 <= len(calls) <= 50


def test_a_one_account_demo_still_has_sales(db: Database, db_path: Path) -> None:
    summary = generate_demo(db, accounts=1, as_of=AS_OF)
    assert (summary.accounts, summary.sales_lines > 0, summary.receivables > 0) == (1, True, True)
    assert rows(db_path, "PRAGMA foreign_key_check") == []


def test_as_of_defaults_to_today(db: Database, db_path: Path) -> None:
    generate_demo(db, accounts=3)
    imported_at = str(scalar(db_path, "SELECT imported_at FROM import_batches"))
    assert imported_at.startswith((date.today() - timedelta(days=1)).isoformat())
    assert str(scalar(db_path, "SELECT max(order_date) FROM sales_lines")) < (
        date.today().isoformat())
