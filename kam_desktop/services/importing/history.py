"""Import history and undo.

Undo removes what an import added and puts back what it changed, in one transaction, after a
backup. It refuses when a later import changed the same rows (undo that one first), so undoing
never silently discards newer figures. Accounts the import created are removed too, unless the
user has since given them data of their own (contacts, visits, surveys, plans, other imports);
those are kept and reported.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select

from kam_desktop.errors import NotFoundError, RefusedError
from kam_desktop.models import ImportBatch
from kam_desktop.models.enums import ImportKind, ImportStatus
from kam_desktop.services import backup
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

# Tables whose rows an import inserts, found by their batch_id column.
BATCH_TABLES = ("sales_lines", "receivables")
# Data that makes an import-created account the user's own, so undo keeps it.
ACCOUNT_REFERENCES = (
    "sales_lines", "receivables", "contacts", "visits", "survey_responses", "account_plans",
    "tier_overrides",
)


@dataclass(frozen=True)
class BatchInfo:
    batch_id: str
    kind: str
    file_name: str
    file_sha256: str | None
    sheet: str | None
    imported_at: datetime
    user: str | None
    rows_read: int
    inserted: int
    updated: int
    unchanged: int
    invalid: int
    accounts_created: int
    status: str
    undone_at: datetime | None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("imported_at", "undone_at"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        return data


@dataclass
class UndoResult:
    batch_id: str
    rows_removed: int = 0
    rows_restored: int = 0
    accounts_removed: int = 0
    accounts_kept: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def _info(b: ImportBatch) -> BatchInfo:
    return BatchInfo(
        batch_id=str(b.id), kind=b.kind, file_name=b.file_name, file_sha256=b.file_sha256,
        sheet=b.sheet, imported_at=b.imported_at, user=b.user, rows_read=b.rows_read,
        inserted=b.inserted, updated=b.updated, unchanged=b.unchanged, invalid=b.invalid,
        accounts_created=b.accounts_created, status=b.status, undone_at=b.undone_at,
    )


def list_imports(uow: UnitOfWork) -> list[BatchInfo]:
    """Every import, newest first."""
    rows = uow.session.scalars(select(ImportBatch).order_by(ImportBatch.imported_at.desc()))
    return [_info(b) for b in rows]


def _find(uow: UnitOfWork, batch_id: str) -> ImportBatch:
    try:
        key = uuid.UUID(batch_id.strip())
    except ValueError:
        key = None
    batch = uow.session.get(ImportBatch, key) if key else None
    if batch is None:  # also accept an unambiguous prefix, as shown in short listings
        matches = [b for b in uow.session.scalars(select(ImportBatch))
                   if str(b.id).startswith(batch_id.strip().lower())]
        if len(matches) == 1:
            batch = matches[0]
    if batch is None:
        raise NotFoundError(f"No import with id {batch_id!r} (see `kam import history`).")
    return batch


def undo_import(db: Database, batch_id: str) -> UndoResult:
    with db.unit_of_work() as uow:
        batch = _find(uow, batch_id)
        if batch.status == ImportStatus.UNDONE.value:
            raise RefusedError(f"Import {batch.id} ({batch.file_name}) was already undone.")
        if batch.kind == ImportKind.DEMO.value:
            raise RefusedError("The demo portfolio is not an import; replace it with "
                               "`kam demo --force` or start a new database.")
        key = batch.id.hex
        conn = uow.session.connection().connection.driver_connection
        blocker = _later_import_touching(conn, key, batch.imported_at)
        if blocker is not None:
            raise RefusedError(
                f"Import {uuid.UUID(blocker[0])} ({blocker[1]}) changed rows that this import "
                "wrote; undo that import first."
            )
        backup.backup_database(db.path, "pre-undo")
        result = UndoResult(batch_id=str(batch.id))
        result.rows_restored = _restore_updates(conn, key)
        result.rows_removed = _remove_inserts(conn, key)
        result.accounts_removed, result.accounts_kept = _remove_created_accounts(conn, key)
        conn.execute("DELETE FROM import_changes WHERE batch_id = ?", (key,))
        batch.status = ImportStatus.UNDONE.value
        batch.undone_at = datetime.now(UTC)
        uow.commit()
    return result


def _rows_of(conn: sqlite3.Connection, key: str) -> None:
    """Fill the temp table `undo_rows` with every row id the batch inserted or updated."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS undo_rows (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM undo_rows")
    for table in BATCH_TABLES:
        conn.execute(f"INSERT OR IGNORE INTO undo_rows SELECT id FROM {table} WHERE batch_id = ?",
                     (key,))
    conn.execute("INSERT OR IGNORE INTO undo_rows SELECT row_id FROM import_changes "
                 "WHERE batch_id = ?", (key,))


def _later_import_touching(conn: sqlite3.Connection, key: str,
                           imported_at: datetime) -> tuple[str, str] | None:
    _rows_of(conn, key)
    return conn.execute(
        "SELECT b.id, b.file_name FROM import_changes c "
        "JOIN undo_rows r ON r.id = c.row_id "
        "JOIN import_batches b ON b.id = c.batch_id "
        "WHERE c.batch_id <> ? AND b.status = 'committed' AND c.action = 'update' "
        "AND b.imported_at > ? "
        "ORDER BY b.imported_at DESC LIMIT 1",
        (key, imported_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")),
    ).fetchone()


def _restore_updates(conn: sqlite3.Connection, key: str) -> int:
    restored = 0
    rows = conn.execute("SELECT table_name, row_id, before_json FROM import_changes "
                        "WHERE batch_id = ? AND action = 'update'", (key,)).fetchall()
    for table, row_id, before_json in rows:
        before = json.loads(before_json)
        sets = ", ".join(f"{col} = ?" for col in before)
        conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*before.values(), row_id))
        restored += 1
    return restored


def _remove_inserts(conn: sqlite3.Connection, key: str) -> int:
    removed = 0
    for table in BATCH_TABLES:
        removed += conn.execute(f"DELETE FROM {table} WHERE batch_id = ?", (key,)).rowcount
    removed += conn.execute(
        "DELETE FROM contacts WHERE id IN (SELECT row_id FROM import_changes "
        "WHERE batch_id = ? AND action = 'insert' AND table_name = 'contacts')", (key,)
    ).rowcount
    return removed


def _remove_created_accounts(conn: sqlite3.Connection, key: str) -> tuple[int, list[str]]:
    created = conn.execute(
        "SELECT id, code FROM accounts WHERE created_by_batch_id = ? OR id IN ("
        "SELECT row_id FROM import_changes WHERE batch_id = ? AND action = 'insert' "
        "AND table_name = 'accounts')", (key, key)
    ).fetchall()
    removed, kept = 0, []
    for account_id, code in created:
        in_use = any(
            conn.execute(f"SELECT 1 FROM {t} WHERE account_id = ? LIMIT 1",
                         (account_id,)).fetchone()
            for t in ACCOUNT_REFERENCES
        )
        if in_use:
            kept.append(code)
            conn.execute("UPDATE accounts SET created_by_batch_id = NULL WHERE id = ?",
                         (account_id,))
        else:
            conn.execute("DELETE FROM accounts WHERE id = ?", (account_id,))
            removed += 1
    return removed, kept
