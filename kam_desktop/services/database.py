"""Opening, creating, upgrading, checking and restoring database files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from kam_desktop.errors import (
    DamagedDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    RefusedError,
)
from kam_desktop.services import backup
from kam_desktop.storage import schema, sqlite_file
from kam_desktop.storage.database import Database

COUNTED_TABLES = (
    "accounts", "contacts", "visits", "survey_responses", "sales_lines", "receivables"
)


@dataclass(frozen=True)
class SchemaStatus:
    path: Path
    revision: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.revision == self.head


@dataclass(frozen=True)
class CheckResult:
    path: Path
    revision: str | None
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def inspect_file(path: Path) -> str | None:
    """Validate a file as a KAM database this version can open; return its schema revision.

    Raises a specific error for a non-SQLite file, a truncated or damaged one, a SQLite file that
    is not ours, and one written by a newer KAM Desktop.
    """
    sqlite_file.check_header(path)
    try:
        with closing(sqlite_file.open_readonly(path)) as conn:
            revision = sqlite_file.alembic_revision(conn)
            tables = sqlite_file.user_table_count(conn)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(f"{path}: cannot be read as a database ({exc}).") from exc
    if revision is None:
        if tables == 0:
            return None  # an empty SQLite file: safe to initialise
        raise NotADatabaseError(f"{path}: a SQLite database, but not one made by KAM Desktop.")
    if not schema.is_known(revision):
        raise NewerDatabaseError(
            f"{path} was written by a newer version of KAM Desktop (schema {revision}; this "
            f"version knows up to {schema.head_revision()}). Update KAM Desktop to open it; "
            "the file was not changed."
        )
    return revision


def schema_status(path: Path) -> SchemaStatus:
    return SchemaStatus(Path(path), inspect_file(path), schema.head_revision())


def open_database(
    path: Path,
    *,
    create: bool = True,
    upgrade: bool = True,
    auto_backup: bool = True,
) -> Database:
    """Open the database at `path`, creating it or upgrading it first when needed.

    An upgrade is always preceded by a backup. `auto_backup` also takes the daily backup when
    one is due.
    """
    path = Path(path)
    if not path.exists():
        if not create:
            raise DatabaseError(f"{path}: no such database.")
        path.parent.mkdir(parents=True, exist_ok=True)
        schema.upgrade(path)
        return Database(path)
    revision = inspect_file(path)
    if revision != schema.head_revision():
        if not upgrade:
            raise RefusedError(
                f"{path} is at schema {revision}, this version needs {schema.head_revision()}; "
                "run `kam db upgrade`."
            )
        upgrade_database(path)
    elif auto_backup:
        backup.backup_if_due(path)
    return Database(path)


def upgrade_database(path: Path) -> tuple[str | None, str]:
    """Back up, then upgrade to the newest schema. Returns (from, to) revisions."""
    path = Path(path)
    before = inspect_file(path)
    head = schema.head_revision()
    if before == head:
        return before, head
    if before is not None:
        backup.backup_database(path, "pre-upgrade")
    schema.upgrade(path)
    return before, head


def check_database(path: Path) -> CheckResult:
    """`PRAGMA integrity_check`, `PRAGMA foreign_key_check` and the schema version."""
    path = Path(path)
    revision = inspect_file(path)
    problems: list[str] = []
    counts: dict[str, int] = {}
    with closing(sqlite_file.open_readonly(path)) as conn:
        problems.extend(sqlite_file.integrity_problems(conn))
        if revision != schema.head_revision():
            problems.append(f"schema {revision} is older than {schema.head_revision()}")
        if not problems:
            for table in COUNTED_TABLES:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return CheckResult(path, revision, problems, counts)


def validate_restore_source(source: Path) -> str | None:
    """Everything a restore checks before it touches the current database."""
    source = Path(source)
    revision = inspect_file(source)
    if revision is None:
        raise NotADatabaseError(f"{source}: an empty database, not a KAM backup.")
    with closing(sqlite_file.open_readonly(source)) as conn:
        problems = sqlite_file.integrity_problems(conn)
    if problems:
        raise DamagedDatabaseError(
            f"{source}: damaged ({problems[0]}); the current database was not touched."
        )
    return revision


def restore_database(db_path: Path, source: Path) -> Path | None:
    """Replace the database's content with a backup. Returns the safety backup it made first.

    The source is fully checked first (header, integrity, foreign keys, schema version); the
    current database is backed up; then the content is copied in through the backup API, which
    writes through SQLite's own locking instead of swapping files under other connections.
    An older backup is upgraded afterwards.
    """
    db_path, source = Path(db_path), Path(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise RefusedError("Cannot restore a database from itself.")
    validate_restore_source(source)
    safety = None
    if db_path.exists():
        inspect_file(db_path)
        safety = backup.backup_database(db_path, "pre-restore")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with (
        closing(sqlite_file.open_readonly(source)) as src,
        closing(sqlite3.connect(db_path)) as dst,
    ):
        dst.execute("PRAGMA busy_timeout = 10000")
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = WAL")
    if inspect_file(db_path) != schema.head_revision():
        schema.upgrade(db_path)
    return safety
