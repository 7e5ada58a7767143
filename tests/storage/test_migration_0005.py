"""Migration 0005: covering indexes on contacts and survey responses; no row changes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

from kam_desktop.services.classification import BALANCED_SCORECARD, classify
from kam_desktop.services.classification.indicators import Window, build_queries
from kam_desktop.services.database import open_database
from kam_desktop.services.demo import generate_demo
from kam_desktop.storage import schema
from kam_desktop.storage.database import Database
from tests.helpers.migrations import data_tables, downgrade, index_columns
from tests.helpers.sqlite_dump import rows

AS_OF = date(2026, 6, 30)
OLD_CONTACTS = "ix_contacts_account_id"
CONTACTS = "ix_contacts_account_coverage"
CONTACTS_COLUMNS = ["account_id", "relationship_strength", "role", "active", "deleted_at"]
OLD_SURVEYS = "ix_survey_responses_account_id"
SURVEYS = "ix_survey_responses_account_date"
SURVEYS_COLUMNS = ["account_id", "response_date", "deleted_at", "csat", "nps"]






def test_upgrade_of_a_populated_0004_database_keeps_every_row(db_path: Path) -> None:
    schema.upgrade(db_path, "0004")
    db = Database(db_path)
    try:
        generate_demo(db, accounts=60, as_of=AS_OF)
        run = classify(db, BALANCED_SCORECARD, user="mei")
    finally:
        db.close()
    assert index_columns(db_path, OLD_CONTACTS) == ["account_id"]
    assert index_columns(db_path, OLD_SURVEYS) == ["account_id"]
    before = {table: rows(db_path, table) for table in data_tables(db_path)}
    assert len(before["contacts"]) > 100 and len(before["survey_responses"]) > 20

    open_database(db_path).close()

    assert schema.current_revision(db_path) == schema.head_revision()
    assert data_tables(db_path) == sorted(before)
    for table, old_rows in before.items():
        assert rows(db_path, table) == old_rows, table
    assert index_columns(db_path, CONTACTS) == CONTACTS_COLUMNS
    assert index_columns(db_path, SURVEYS) == SURVEYS_COLUMNS
    assert index_columns(db_path, OLD_CONTACTS) == index_columns(db_path, OLD_SURVEYS) == []
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db = open_database(db_path)
    try:  # the same portfolio classifies the same way through the new indexes
        again = classify(db, BALANCED_SCORECARD, dry_run=True, start=run.window.start,
                         end=run.window.end)
    finally:
        db.close()
    assert again.rows[["computed_tier", "score", "rank"]].equals(
        run.rows[["computed_tier", "score", "rank"]])


def test_the_contact_and_survey_aggregates_read_only_the_covering_indexes(
        db_path: Path) -> None:
    open_database(db_path).close()
    window = Window(date(2025, 1, 1), date(2025, 12, 31))
    queries = build_queries(["relationship", "coverage", "csat", "nps"])
    params = {"start": window.start.isoformat(), "end": window.end.isoformat()}
    with closing(sqlite3.connect(db_path)) as conn:
        for name, index in (("contacts", CONTACTS), ("surveys", SURVEYS)):
            for half in (None, 0, 1):
                plan = " | ".join(r[3] for r in conn.execute(
                    "EXPLAIN QUERY PLAN " + queries[name].part(half), params))
                assert f"USING COVERING INDEX {index}" in plan, (name, plan)
                assert "FOR GROUP BY" not in plan, (name, plan)


def test_downgrade_restores_the_indexes_of_0004(db_path: Path) -> None:
    open_database(db_path).close()
    downgrade(db_path, "0004")
    assert schema.current_revision(db_path) == "0004"
    assert index_columns(db_path, OLD_CONTACTS) == ["account_id"]
    assert index_columns(db_path, OLD_SURVEYS) == ["account_id"]
    assert index_columns(db_path, CONTACTS) == index_columns(db_path, SURVEYS) == []
