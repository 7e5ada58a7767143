"""Policies in the database, with versions.

A policy is a name with numbered versions (`tier_policies`, unique on name + version). Saving an
edited policy adds a version; saving it unchanged adds nothing; runs point at the version that
produced them, so history stays explainable after edits. The stored `definition` is the
canonical TOML of `policy_to_toml`, which is also what export writes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from kam_desktop.errors import NotFoundError, RefusedError
from kam_desktop.services.classification.policy import (
    Policy,
    load_policy_file,
    parse_policy,
    policy_summary,
    policy_to_toml,
    validate_policy,
)
from kam_desktop.services.classification.results import parse_utc, utc_text
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class PolicyVersion:
    """One stored version of a policy."""

    id: str  # tier_policies.id, 32 hex digits
    name: str
    version: int
    method: str
    builtin: bool
    created_at: datetime
    policy: Policy

    @property
    def toml(self) -> str:
        return policy_to_toml(self.policy)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "version": self.version,
                "method": self.method, "builtin": self.builtin,
                "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class PolicyInfo:
    """A policy as listed: its newest version and how many there are."""

    name: str
    version: int
    versions: int
    method: str
    builtin: bool
    updated_at: datetime
    summary: str

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "version": self.version, "versions": self.versions,
                "method": self.method, "builtin": self.builtin,
                "updated_at": self.updated_at.isoformat(), "summary": self.summary}


def _conn(uow: UnitOfWork):
    return uow.session.connection().connection.driver_connection


def _row_to_version(row: tuple) -> PolicyVersion:
    pid, name, version, method, definition, builtin, created_at = row
    return PolicyVersion(
        id=pid, name=name, version=version, method=method, builtin=bool(builtin),
        created_at=parse_utc(created_at) or datetime.now(UTC),
        policy=parse_policy(definition, f"stored policy {name!r} version {version}"),
    )


_COLUMNS = "id, name, version, method, definition, builtin, created_at"


def list_policies(uow: UnitOfWork) -> list[PolicyInfo]:
    """Every policy that is not deleted, by name, with its newest version."""
    rows = _conn(uow).execute(
        f"""
        SELECT {_COLUMNS}, (SELECT count(*) FROM tier_policies v
                             WHERE v.name = p.name AND v.deleted_at IS NULL)
          FROM tier_policies p
         WHERE deleted_at IS NULL
           AND version = (SELECT max(version) FROM tier_policies v
                           WHERE v.name = p.name AND v.deleted_at IS NULL)
         ORDER BY builtin DESC, name
        """
    ).fetchall()
    out = []
    for row in rows:
        stored = _row_to_version(row[:7])
        out.append(PolicyInfo(
            name=stored.name, version=stored.version, versions=row[7], method=stored.method,
            builtin=stored.builtin, updated_at=stored.created_at,
            summary=policy_summary(stored.policy),
        ))
    return out


def policy_versions(uow: UnitOfWork, name: str) -> list[PolicyVersion]:
    """Every stored version of `name`, oldest first (NotFoundError when there is none)."""
    name = resolve_name(uow, name)
    rows = _conn(uow).execute(
        f"SELECT {_COLUMNS} FROM tier_policies WHERE name = ? AND deleted_at IS NULL "
        "ORDER BY version", (name,),
    ).fetchall()
    return [_row_to_version(r) for r in rows]


def resolve_name(uow: UnitOfWork, name: str) -> str:
    """The stored name for `name`: exact, else the one name equal to it ignoring case."""
    conn = _conn(uow)
    names = [r[0] for r in conn.execute(
        "SELECT DISTINCT name FROM tier_policies WHERE deleted_at IS NULL").fetchall()]
    if name in names:
        return name
    folded = [n for n in names if n.casefold() == name.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    known = ", ".join(repr(n) for n in sorted(names)) or "none yet"
    raise NotFoundError(f"No policy named {name!r}. Policies: {known}.")


def get_policy_version(uow: UnitOfWork, name: str, version: int | None = None) -> PolicyVersion:
    """A stored version of a policy: the newest one unless `version` is given."""
    name = resolve_name(uow, name)
    conn = _conn(uow)
    if version is None:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM tier_policies WHERE name = ? AND deleted_at IS NULL "
            "ORDER BY version DESC LIMIT 1", (name,),
        ).fetchone()
    else:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM tier_policies WHERE name = ? AND version = ?",
            (name, version),
        ).fetchone()
    if row is None:
        raise NotFoundError(f"Policy {name!r} has no version {version}.")
    return _row_to_version(row)


def get_policy(uow: UnitOfWork, name: str, version: int | None = None) -> Policy:
    return get_policy_version(uow, name, version).policy


def policy_version_by_id(uow: UnitOfWork, policy_id: str) -> PolicyVersion:
    row = _conn(uow).execute(
        f"SELECT {_COLUMNS} FROM tier_policies WHERE id = ?", (policy_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"No policy version with id {policy_id}.")
    return _row_to_version(row)


def find_version(uow: UnitOfWork, policy: Policy) -> PolicyVersion | None:
    """The newest stored version of `policy.name` if it is exactly `policy`, else None."""
    row = _conn(uow).execute(
        f"SELECT {_COLUMNS} FROM tier_policies WHERE name = ? AND deleted_at IS NULL "
        "ORDER BY version DESC LIMIT 1", (policy.name,),
    ).fetchone()
    if row is None or row[4] != policy_to_toml(policy):
        return None
    return _row_to_version(row)


def store_policy(uow: UnitOfWork, policy: Policy, *, builtin: bool = False) -> PolicyVersion:
    """Save `policy` as the next version of its name, inside the caller's unit of work (no
    commit). An unchanged policy returns the stored version instead of adding one."""
    policy = validate_policy(policy)
    existing = find_version(uow, policy)
    if existing is not None:
        return existing
    conn = _conn(uow)
    version = (conn.execute("SELECT max(version) FROM tier_policies WHERE name = ?",
                            (policy.name,)).fetchone()[0] or 0) + 1
    now = datetime.now(UTC)
    pid = uuid.uuid4().hex
    stamp = utc_text(now)
    conn.execute(
        "INSERT INTO tier_policies (id, name, version, method, definition, builtin, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (pid, policy.name, version, policy.method, policy_to_toml(policy), int(builtin), stamp,
         stamp),
    )
    return PolicyVersion(id=pid, name=policy.name, version=version, method=policy.method,
                         builtin=builtin, created_at=now, policy=policy)


def save_policy(db: Database, policy: Policy) -> PolicyVersion:
    """Save an edited policy as a new version (nothing is added when it is unchanged)."""
    with db.unit_of_work() as uow:
        stored = store_policy(uow, policy)
        uow.commit()
    return stored


def import_policy(db: Database, path: Path) -> PolicyVersion:
    """Read a TOML policy file and save it as the next version of its name."""
    policy = load_policy_file(Path(path))
    return save_policy(db, policy)


def export_policy(uow: UnitOfWork, name: str, path: Path, *, version: int | None = None,
                  force: bool = False) -> Path:
    """Write a stored policy to a TOML file (refuses to overwrite a file unless `force`)."""
    stored = get_policy_version(uow, name, version)
    path = Path(path)
    if path.exists() and not force:
        raise RefusedError(f"{path} exists; pass --force to overwrite it.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    tmp.write_text(policy_to_toml(stored.policy), encoding="utf-8")
    tmp.replace(path)
    return path


def delete_policy(db: Database, name: str) -> int:
    """Hide every version of a policy (soft delete; runs keep pointing at their version).
    Returns the number of versions hidden."""
    with db.unit_of_work() as uow:
        name = resolve_name(uow, name)
        result = uow.session.execute(
            text("UPDATE tier_policies SET deleted_at = :now, updated_at = :now "
                 "WHERE name = :name AND deleted_at IS NULL"),
            {"now": utc_text(datetime.now(UTC)), "name": name},
        )
        uow.commit()
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


__all__ = [
    "PolicyInfo", "PolicyVersion", "delete_policy", "export_policy", "find_version",
    "get_policy", "get_policy_version", "import_policy", "list_policies", "policy_version_by_id",
    "policy_versions", "resolve_name", "save_policy", "store_policy",
]
