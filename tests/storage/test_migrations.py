"""Schema migrations: fresh databases, upgrades that keep every row, refusals."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kam_desktop.errors import DatabaseError, NewerDatabaseError, NotADatabaseError
from kam_desktop.models import Base
from kam_desktop.services import backup
from kam_desktop.services.database import open_database
from kam_desktop.storage import schema
from kam_desktop.storage.engine import make_engine
from tests.helpers.sqlite_dump import file_digest, rows

FIRST = "0001"
NOW = "2026-01-02 03:04:05.000000"


def _id() -> str:
    return uuid.uuid4().hex


def make_first_revision_db(path: Path) -> dict[str, list[tuple]]:
    """A database at the first revision holding a little of everything that revision has."""
    schema.upgrade(path, FIRST)
    acc1, acc2 = _id(), _id()
    boss, deputy, other = _id(), _id(), _id()
    visit = _id()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(
            "INSERT INTO accounts (id, code, name, industry, region, status, value_fit, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (acc1, "000123", "上海华信精密制造", "制造业", "华东", "active", 4, NOW, NOW),
                (acc2, "000456", "Apex Components Ltd", "电子", "华南", "prospect", None, NOW, NOW),
            ],
        )
        conn.executemany(
            "INSERT INTO contacts (id, account_id, name, role, attitude, influence, "
            "relationship_strength, reports_to_id, active, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
            [
                (boss, acc1, "王伟", "decision_maker", "supporter", 5, 4, None, NOW, NOW),
                (deputy, acc1, "李娜", "technical_evaluator", "neutral", 3, 3, boss, NOW, NOW),
                (other, acc2, "John Smith", "economic_buyer", "opponent", 4, 2, None, NOW, NOW),
            ],
        )
        conn.execute(
            "INSERT INTO visits (id, account_id, visit_at, kind, status, purpose, created_at, "
            "updated_at) VALUES (?, ?, '2025-12-01 09:30:00.000000', 'on_site', 'done', "
            "'季度业务回顾', ?, ?)",
            (visit, acc1, NOW, NOW),
        )
        conn.executemany(
            "INSERT INTO visit_participants (id, visit_id, contact_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [(_id(), visit, boss, NOW, NOW), (_id(), visit, deputy, NOW, NOW)],
        )
        conn.execute(
            "INSERT INTO survey_responses (id, account_id, contact_id, response_date, nps, csat, "
            "comment, created_at, updated_at) VALUES (?, ?, ?, '2025-11-30', 9, 5, '很满意', ?, ?)",
            (_id(), acc1, boss, NOW, NOW),
        )
        conn.execute(
            "INSERT INTO app_meta (id, key, value, created_at, updated_at) "
            "VALUES (?, 'generation', '7', ?, ?)",
            (_id(), NOW, NOW),
        )
    tables = ("accounts", "contacts", "visits", "visit_participants", "survey_responses",
              "app_meta")
    return {t: rows(path, t) for t in tables}


def test_new_database_is_at_head_and_matches_the_models(db_path: Path) -> None:
    open_database(db_path).close()
    assert schema.current_revision(db_path) == schema.head_revision()
    engine = make_engine(db_path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_first_revision_with_data_upgrades_keeping_every_row(db_path: Path) -> None:
    before = make_first_revision_db(db_path)

    open_database(db_path).close()

    assert schema.current_revision(db_path) == schema.head_revision()
    for table, old_rows in before.items():
        new_rows = rows(db_path, table)
        if table == "accounts":  # the upgrade adds created_by_batch_id (NULL) at the end
            new_rows = [r[:-1] for r in new_rows]
            assert all(r[-1] is None for r in rows(db_path, table))
        assert new_rows == old_rows, table
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    upgrades = [b for b in backup.list_backups(db_path) if b.reason == "pre-upgrade"]
    assert len(upgrades) == 1
    assert schema.current_revision(upgrades[0].path) == FIRST


def test_the_same_upgrade_with_foreign_keys_on_would_lose_contacts(db_path: Path) -> None:
    """Why migrations run with foreign keys off: rebuilding `accounts` cascades into contacts."""
    make_first_revision_db(db_path)
    engine = make_engine(db_path, foreign_keys=True, pooled=False)
    with engine.connect() as conn, conn.begin():
        config = schema.alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()
    assert rows(db_path, "contacts") == []


def test_failed_upgrade_changes_nothing(db_path: Path) -> None:
    make_first_revision_db(db_path)
    with closing(sqlite3.connect(db_path)) as conn, conn:  # a dangling reference
        conn.execute(
            "INSERT INTO contacts (id, account_id, name, attitude, active, created_at, "
            "updated_at) VALUES (?, ?, 'Orphan', 'neutral', 1, ?, ?)",
            (_id(), _id(), NOW, NOW),
        )
    digest = file_digest(db_path)
    with pytest.raises(DatabaseError, match="broken references"):
        schema.upgrade(db_path)
    assert schema.current_revision(db_path) == FIRST
    assert file_digest(db_path) == digest


def test_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    digest = file_digest(db_path)
    with pytest.raises(NewerDatabaseError, match="newer version of KAM Desktop"):
        open_database(db_path)
    assert file_digest(db_path) == digest


def test_foreign_sqlite_database_is_refused(db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(NotADatabaseError, match="not one made by KAM Desktop"):
        open_database(db_path)


def test_random_bytes_are_refused(db_path: Path) -> None:
    db_path.write_bytes(b"\x00PK\x03\x04 not a database" * 100)
    with pytest.raises(NotADatabaseError, match="not a SQLite database"):
        open_database(db_path)
