"""Backups (SQLite backup API), rotation, the automatic daily backup, restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kam_desktop.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    RefusedError,
)
from kam_desktop.models import Account
from kam_desktop.services import backup
from kam_desktop.services.database import open_database, restore_database
from kam_desktop.storage import schema
from kam_desktop.storage.database import Database
from tests.helpers.sqlite_dump import dump, file_digest


def add_accounts(db: Database, *codes: str) -> None:
    with db.unit_of_work() as uow:
        uow.session.add_all(Account(code=c, name=f"客户 {c}") for c in codes)
        uow.commit()


def clock(*parts: int):
    moment = datetime(*parts, tzinfo=UTC)
    return lambda: moment


def test_backup_is_a_complete_consistent_copy_while_open(db: Database) -> None:
    add_accounts(db, "001", "002")
    with db.engine.connect() as conn:  # an open connection with data in the WAL
        conn.exec_driver_sql("SELECT 1")
        target = backup.backup_database(db.path, "manual")
    assert target.parent == db.path.with_name(db.path.name + ".backups")
    assert target.name.endswith("-manual.db")
    assert dump(target) == dump(db.path)
    assert not Path(str(target) + "-wal").exists()


def test_backup_to_refuses_to_overwrite(db: Database, tmp_path: Path) -> None:
    add_accounts(db, "001")
    target = tmp_path / "copy.db"
    backup.backup_to(db.path, target)
    with pytest.raises(RefusedError, match="already exists"):
        backup.backup_to(db.path, target)
    backup.backup_to(db.path, target, force=True)
    with pytest.raises(RefusedError):
        backup.backup_to(db.path, db.path, force=True)


def _fake_backups(folder: Path, moments: list[datetime]) -> list[backup.BackupFile]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for m in moments:
        path = folder / f"{m.strftime('%Y%m%d-%H%M%S')}-auto.db"
        path.write_bytes(b"")
        out.append(backup.BackupFile.parse(path))
    return out


def test_rotation_keeps_dailies_weeklies_monthlies(tmp_path: Path) -> None:
    start = datetime(2025, 1, 1, 12, tzinfo=UTC)
    # Two backups a day for 400 days.
    moments = [start + timedelta(days=d, hours=h) for d in range(400) for h in (0, 6)]
    backups = _fake_backups(tmp_path / "kam.db.backups", moments)
    keep = backup.backups_to_keep(backups)
    kept = sorted(b.taken_at for b in backups if b.path in keep)
    newest = max(moments)
    # the 10 newest, one per day for 7 days, per week for 4 weeks, per month for 12 months
    assert newest in kept
    assert len({t.date() for t in kept if newest - t < timedelta(days=7)}) == 7
    assert len({t.isocalendar()[:2] for t in kept if newest - t < timedelta(days=28)}) >= 4
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    assert len(kept) <= 10 + 7 + 4 + 12
    assert min(kept) > newest - timedelta(days=366)


def test_rotate_deletes_only_what_the_rule_drops(db: Database) -> None:
    folder = db.path.with_name(db.path.name + ".backups")
    start = datetime(2025, 1, 1, tzinfo=UTC)
    _fake_backups(folder, [start + timedelta(days=d) for d in range(60)])
    removed = backup.rotate_backups(db.path)
    remaining = backup.list_backups(db.path)
    assert removed and remaining
    assert {b.path for b in remaining} == backup.backups_to_keep(remaining)
    assert len(remaining) + len(removed) == 60


def test_automatic_backup_at_most_daily_and_only_after_changes(db: Database) -> None:
    assert backup.backup_if_due(db.path, now=clock(2026, 3, 1, 9)) is None  # never written
    add_accounts(db, "001")
    first = backup.backup_if_due(db.path, now=clock(2026, 3, 1, 9))
    assert first is not None
    add_accounts(db, "002")
    assert backup.backup_if_due(db.path, now=clock(2026, 3, 1, 18)) is None  # same day
    second = backup.backup_if_due(db.path, now=clock(2026, 3, 2, 9))  # next day, changed
    assert second is not None
    assert backup.backup_if_due(db.path, now=clock(2026, 3, 3, 9)) is None  # unchanged
    assert [b.path for b in backup.list_backups(db.path)] == [second, first]


def test_restore_replaces_content_after_a_safety_backup(db: Database, tmp_path: Path) -> None:
    add_accounts(db, "001", "002")
    saved = backup.backup_to(db.path, tmp_path / "saved.db")
    with db.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM accounts WHERE code = '002'"))
        uow.session.add(Account(code="003", name="new"))
        uow.commit()
    before_restore = dump(db.path)
    db.close()

    safety = restore_database(db.path, saved)

    assert safety is not None and dump(safety) == before_restore
    with open_database(db.path) as reopened, reopened.unit_of_work() as uow:
        codes = uow.session.scalars(text("SELECT code FROM accounts ORDER BY code")).all()
    assert codes == ["001", "002"]


def _corrupt_pages(good: Path, bad: Path) -> None:
    """Keep the 100-byte header valid, overwrite the b-tree pages after the first."""
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page + 8, len(data) - 64, page):
        data[offset:offset + 48] = b"\xa5" * 48
    bad.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make_bad", "error", "message"),
    [
        (lambda good, bad: bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2]),
         DamagedDatabaseError, "truncated"),
        (lambda good, bad: bad.write_bytes(b""), NotADatabaseError, "empty"),
        (lambda good, bad: bad.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40),
         NotADatabaseError, "not a SQLite database"),
        (_corrupt_pages, DamagedDatabaseError, "damaged|malformed"),
    ],
    ids=["truncated", "empty", "random-bytes", "corrupt-pages"],
)
def test_refused_restore_leaves_the_database_untouched(
    db: Database, tmp_path: Path, make_bad, error, message
) -> None:
    add_accounts(db, "001", "002", "003")
    good = backup.backup_to(db.path, tmp_path / "good.db")
    # Make the backup big enough that truncation cuts real pages.
    with closing(sqlite3.connect(good)) as conn, conn:
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 50)
    bad = tmp_path / "bad.db"
    make_bad(good, bad)
    db.close()
    digest, content = file_digest(db.path), dump(db.path)
    backups_before = backup.list_backups(db.path)

    with pytest.raises(error, match=message):
        restore_database(db.path, bad)

    assert file_digest(db.path) == digest
    assert dump(db.path) == content
    assert backup.list_backups(db.path) == backups_before  # nothing done at all


def test_restore_refuses_a_newer_backup_and_upgrades_an_older_one(
    db: Database, tmp_path: Path
) -> None:
    add_accounts(db, "001")
    newer = backup.backup_to(db.path, tmp_path / "newer.db")
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    db.close()
    with pytest.raises(NewerDatabaseError):
        restore_database(db.path, newer)

    older = tmp_path / "older.db"
    schema.upgrade(older, "0001")
    with closing(sqlite3.connect(older)) as conn, conn:
        conn.execute(
            "INSERT INTO accounts (id, code, name, status, created_at, updated_at) VALUES "
            "('00000000000040008000000000000001', 'OLD', 'Old', 'active', "
            "'2020-01-01 00:00:00.000000', '2020-01-01 00:00:00.000000')"
        )
    restore_database(db.path, older)
    assert schema.current_revision(db.path) == schema.head_revision()
    with open_database(db.path) as reopened, reopened.unit_of_work() as uow:
        codes = uow.session.scalars(text("SELECT code FROM accounts")).all()
    assert codes == ["OLD"]
