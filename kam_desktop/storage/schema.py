"""Schema versions: what revision a file is at, and upgrading it safely.

Migrations run on a dedicated connection with `PRAGMA foreign_keys=OFF` set *before* the
transaction begins (inside a transaction SQLite ignores the pragma). With foreign keys on, the
table copy that Alembic's batch mode does on SQLite would cascade deletes into child tables.
The whole upgrade is one transaction and ends with `PRAGMA foreign_key_check`: if the migrated
data breaks a foreign key, nothing is committed.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kam_desktop.errors import DatabaseError
from kam_desktop.storage.engine import make_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> list[str]:
    """Every revision this version of the app knows, oldest first."""
    revs = [s.revision for s in script_directory().walk_revisions()]
    return list(reversed(revs))


def is_known(revision: str) -> bool:
    return revision in known_revisions()


def upgrade(path: Path, target: str = "head") -> None:
    """Bring the database at `path` to `target` in one transaction, foreign keys off."""
    engine = make_engine(path, foreign_keys=False, pooled=False)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            raw.execute("PRAGMA foreign_keys = OFF")  # before BEGIN, or SQLite ignores it
            with conn.begin():
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        f"{path}: the upgrade would leave {len(broken)} broken references "
                        f"(first: table {broken[0][0]}, row {broken[0][1]}); nothing was changed."
                    )
    finally:
        engine.dispose()


def current_revision(path: Path) -> str | None:
    engine = make_engine(path, pooled=False)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()
