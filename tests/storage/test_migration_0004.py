"""Migration 0004: covering indexes on sales lines and receivables; no row changes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from kam_desktop.services.classification import (
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    classify,
    explain,
)
from kam_desktop.services.classification.indicators import Window, build_queries
from kam_desktop.services.database import open_database
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage import schema
from kam_desktop.storage.database import Database
from tests.helpers.migrations import data_tables, downgrade, index_columns
from tests.helpers.sqlite_dump import rows

AS_OF = date(2026, 6, 30)
SALES = "ix_sales_lines_account_date"
SALES_COLUMNS = ["account_id", "order_date", "amount", "profit", "cost", "order_no"]
OLD_RECEIVABLES = "ix_receivables_account_invoice_date"
RECEIVABLES = "ix_receivables_account_paid"
RECEIVABLES_COLUMNS = ["account_id", "paid_date", "invoice_date", "amount", "outstanding",
                       "due_date"]






def make_0003_db(path: Path) -> dict[str, list[tuple]]:
    """A database at revision 0003 holding a demo portfolio and two classification runs."""
    schema.upgrade(path, "0003")
    db = Database(path)
    try:
        generate_demo(db, accounts=60, as_of=AS_OF)
        abc = classify(db, ABC_BY_SALES, user="mei")
        classify(db, BALANCED_SCORECARD, user="mei")
    finally:
        db.close()
    with closing(sqlite3.connect(path)) as conn, conn:  # as 0003's code stored breakdowns
        conn.execute("UPDATE tier_results SET breakdown_json = ? WHERE run_id = ? AND rank = 1",
                     ('{"key":["sales"],"raw":[123.5],"cum_share":0}', abc.run_id))
    assert index_columns(path, SALES) == ["account_id", "order_date"]
    assert index_columns(path, OLD_RECEIVABLES) == ["account_id", "invoice_date"]
    return {table: rows(path, table) for table in data_tables(path)}


def test_upgrade_of_a_populated_0003_database_keeps_every_row(db_path: Path) -> None:
    before = make_0003_db(db_path)
    assert len(before["sales_lines"]) > 1000 and len(before["tier_results"]) > 100

    open_database(db_path).close()

    assert schema.current_revision(db_path) == schema.head_revision()
    assert data_tables(db_path) == sorted(before)
    for table, old_rows in before.items():
        assert rows(db_path, table) == old_rows, table
    assert index_columns(db_path, SALES) == SALES_COLUMNS
    assert index_columns(db_path, RECEIVABLES) == RECEIVABLES_COLUMNS
    assert index_columns(db_path, OLD_RECEIVABLES) == []
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        run_id, code = conn.execute(
            "SELECT r.run_id, a.code FROM tier_results r JOIN accounts a ON a.id = r.account_id "
            "WHERE r.breakdown_json LIKE '{%'").fetchone()
    db = open_database(db_path)
    try:
        with db.unit_of_work() as uow:
            why = explain(uow, code, run_id)
    finally:
        db.close()
    assert (why.rows[0].key, why.rows[0].raw, why.rows[0].cum_share) == ("sales", 123.5, 0)


def test_the_aggregates_read_only_the_covering_indexes(db_path: Path) -> None:
    """The plans classification relies on: the accounts drive (no sort for GROUP BY) and each
    account's sales lines and invoices come from an index alone."""
    open_database(db_path).close()
    window = Window(date(2025, 1, 1), date(2025, 12, 31))
    queries = build_queries(["sales", "profit", "orders", "growth", "recency_days",
                             "outstanding", "collection_days"])
    params = {"start": window.start.isoformat(), "end": window.end.isoformat(),
              "prior_start": window.prior_start.isoformat(),
              "prior_end": window.prior_end.isoformat()}
    with closing(sqlite3.connect(db_path)) as conn:
        recency_alone = build_queries(["recency_days"])["accounts"]  # a probe per account
        for name, index, query in (
                ("sales", SALES, queries["sales"]), ("prior", SALES, queries["prior"]),
                ("accounts", SALES, recency_alone), ("open", RECEIVABLES, queries["open"]),
                ("collection", RECEIVABLES, queries["collection"])):
            for half in (None, 0, 1):
                plan = " | ".join(r[3] for r in conn.execute(
                    "EXPLAIN QUERY PLAN " + query.part(half), params))
                assert f"USING COVERING INDEX {index}" in plan, (name, plan)
                assert "FOR GROUP BY" not in plan and "FOR ORDER BY" not in plan, (name, plan)


def test_downgrade_restores_the_indexes_of_0003(db_path: Path) -> None:
    open_database(db_path).close()
    downgrade(db_path, "0003")
    assert schema.current_revision(db_path) == "0003"
    assert index_columns(db_path, SALES) == ["account_id", "order_date"]
    assert index_columns(db_path, OLD_RECEIVABLES) == ["account_id", "invoice_date"]
    assert index_columns(db_path, RECEIVABLES) == []
