"""Backups with SQLite's online backup API, automatic daily backups, and rotation.

Never a file copy of an open database: a copy taken while SQLite writes (or with pages still in
the WAL file) can be torn or stale. The backup API copies a consistent snapshot.

Backups are named `YYYYmmdd-HHMMSS-<reason>.db` in `<database>.backups/`. Rotation keeps the
newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have backups, plus the
10 newest of all (so a burst of pre-import backups on one day is still there the next morning).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kam_desktop.errors import DamagedDatabaseError, KamError, RefusedError
from kam_desktop.paths import backup_dir_for
from kam_desktop.storage import sqlite_file

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_NEWEST = 10

REASONS = ("auto", "manual", "pre-upgrade", "pre-restore", "pre-import", "pre-undo",
           "pre-demo")
_STAMP = "%Y%m%d-%H%M%S"

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    reason: str

    @classmethod
    def parse(cls, path: Path) -> BackupFile | None:
        stem = path.name.removesuffix(".db")
        if stem == path.name:
            return None
        date_part, _, rest = stem.partition("-")
        time_part, _, reason = rest.partition("-")
        try:
            taken = datetime.strptime(f"{date_part}-{time_part}", _STAMP).replace(tzinfo=UTC)
        except ValueError:
            return None
        return cls(path, taken, reason or "manual")


def list_backups(db_path: Path) -> list[BackupFile]:
    """Backups of `db_path`, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    found = [b for p in folder.glob("*.db") if (b := BackupFile.parse(p)) is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` into a new file `target` through the backup API, atomically.

    The copy goes to a temporary file first and is renamed into place only once complete and
    checked, so an interrupted backup never leaves a half-written file under the final name.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.execute("PRAGMA busy_timeout = 10000")
            src.backup(dst)
            # A backup is a single self-contained file: no -wal beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
            problems = sqlite_file.integrity_problems(dst)
        if problems:
            raise DamagedDatabaseError(
                f"{source}: the backup copy fails its integrity check ({problems[0]})."
            )
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise KamError(f"Could not back up {source} to {target}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)


def backup_database(db_path: Path, reason: str = "manual", *, now: Clock = _now) -> Path:
    """Back up `db_path` into its backup folder, then rotate old backups away."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_dir_for(db_path)
    stamp = now().strftime(_STAMP)
    target = folder / f"{stamp}-{reason}.db"
    n = 1
    while target.exists():  # two backups within one second
        target = folder / f"{stamp}-{reason}-{n}.db"
        n += 1
    copy_database(db_path, target)
    rotate_backups(db_path, now=now)
    return target


def backup_to(db_path: Path, target: Path, *, force: bool = False) -> Path:
    """`kam backup --to FILE`: a copy where the user wants it; never overwrites by accident."""
    target = Path(target)
    if target.exists() and not force:
        raise RefusedError(f"{target} already exists; choose another name or pass --force.")
    if target.resolve() == Path(db_path).resolve():
        raise RefusedError("The backup file cannot be the database itself.")
    copy_database(db_path, target)
    return target


def backups_to_keep(backups: Iterable[BackupFile]) -> set[Path]:
    """The rotation rule, as a pure function of the existing backups."""
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    keep = {b.path for b in newest_first[:KEEP_NEWEST]}

    def newest_per(key: Callable[[datetime], object], limit: int) -> None:
        seen: list[object] = []
        for b in newest_first:
            k = key(b.taken_at)
            if k in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(k)
            keep.add(b.path)

    newest_per(lambda t: t.date(), KEEP_DAILY)
    newest_per(lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    newest_per(lambda t: (t.year, t.month), KEEP_MONTHLY)
    return keep


def rotate_backups(db_path: Path, *, now: Clock = _now) -> list[Path]:
    """Delete the backups the rotation rule does not keep; returns what was deleted."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups)
    removed = []
    for b in backups:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def _generation(path: Path) -> str | None:
    try:
        with closing(sqlite_file.open_readonly(path)) as conn:
            row = conn.execute("SELECT value FROM app_meta WHERE key = 'generation'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def backup_if_due(db_path: Path, *, now: Clock = _now) -> Path | None:
    """The automatic backup: at most one a day, and only when the data changed since the last.

    "Changed" compares the database's change counter (bumped by every committing unit of work)
    with the one stored inside the newest backup.
    """
    current = _generation(db_path)
    if current is None:  # nothing was ever written: nothing to protect
        return None
    backups = list_backups(db_path)
    today = now().date()
    if any(b.reason == "auto" and b.taken_at.date() == today for b in backups):
        return None
    if backups and _generation(backups[0].path) == current:
        return None
    return backup_database(db_path, "auto", now=now)
