"""Manual tier overrides: set with a reason, a user and a time; cleared, never deleted.

An override wins over the computed tier until it is cleared, in every run made while it is in
force (the run stores both tiers). Setting or clearing one also updates the newest run's stored
tier in force for that account, because the app shows "the active override, else the newest
run's tier" — without it, a cleared override would live on in the newest run until the next one.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from kam_desktop.errors import InvalidInputError, NotFoundError
from kam_desktop.services.classification.policy import MAX_LABEL
from kam_desktop.services.classification.results import parse_utc, utc_text
from kam_desktop.services.classification.runs import default_user
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class OverrideInfo:
    code: str
    name: str
    tier: str
    reason: str
    set_by: str
    set_at: datetime
    cleared_at: datetime | None
    cleared_by: str | None
    computed_tier: str | None  # in the newest run, for showing both side by side

    @property
    def active(self) -> bool:
        return self.cleared_at is None

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "tier": self.tier, "reason": self.reason,
                "set_by": self.set_by, "set_at": self.set_at.isoformat(),
                "cleared_at": self.cleared_at.isoformat() if self.cleared_at else None,
                "cleared_by": self.cleared_by, "computed_tier": self.computed_tier}


_SELECT = """
    SELECT a.code, a.name, o.tier, o.reason, o.set_by, o.set_at, o.cleared_at, o.cleared_by,
           (SELECT r.computed_tier FROM tier_results r
             WHERE r.account_id = a.id
               AND r.run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC LIMIT 1))
      FROM tier_overrides o JOIN accounts a ON a.id = o.account_id
"""


def _info(row: tuple) -> OverrideInfo:
    code, name, tier, reason, set_by, set_at, cleared_at, cleared_by, computed = row
    return OverrideInfo(code=code, name=name, tier=tier, reason=reason, set_by=set_by,
                        set_at=parse_utc(set_at),  # type: ignore[arg-type]
                        cleared_at=parse_utc(cleared_at), cleared_by=cleared_by,
                        computed_tier=computed)


def _account_id(conn: sqlite3.Connection, code: str) -> str:
    row = conn.execute("SELECT id FROM accounts WHERE code = ? AND deleted_at IS NULL",
                       (code,)).fetchone()
    if row is None:
        raise NotFoundError(f"No account with code {code!r}.")
    return row[0]


def _user(user: str | None) -> str:
    return (user or default_user() or "unknown").strip() or "unknown"


def _sync_newest_run(conn: sqlite3.Connection, account_id: str, tier: str | None,
                     stamp: str) -> None:
    """Newest run's tier in force := `tier` (None: back to its computed tier)."""
    conn.execute(
        "UPDATE tier_results SET tier = coalesce(?, computed_tier), updated_at = ? "
        "WHERE account_id = ? AND run_id = (SELECT id FROM tier_runs ORDER BY ran_at DESC "
        "LIMIT 1)", (tier, stamp, account_id),
    )


def set_override(db: Database, code: str, tier: str, reason: str, *,
                 user: str | None = None) -> OverrideInfo:
    """Put `code` in `tier` whatever the computed tier, with a required reason. An override
    already in force is cleared (kept as history) and replaced."""
    tier = (tier or "").strip()
    reason = (reason or "").strip()
    if not tier:
        raise InvalidInputError("Give the tier for the override.")
    if len(tier) > MAX_LABEL:
        raise InvalidInputError(f"A tier label has at most {MAX_LABEL} characters.")
    if not reason:
        raise InvalidInputError("An override needs a reason: say why this account is in "
                                f"tier {tier} (--reason TEXT).")
    who = _user(user)
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        account_id = _account_id(conn, code)
        stamp = utc_text(datetime.now(UTC))
        conn.execute(
            "UPDATE tier_overrides SET cleared_at = ?, cleared_by = ?, updated_at = ? "
            "WHERE account_id = ? AND cleared_at IS NULL", (stamp, who, stamp, account_id),
        )
        oid = uuid.uuid4().hex
        conn.execute(
            "INSERT INTO tier_overrides (id, account_id, tier, reason, set_by, set_at, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (oid, account_id, tier, reason, who, stamp, stamp, stamp),
        )
        _sync_newest_run(conn, account_id, tier, stamp)
        info = _info(conn.execute(_SELECT + " WHERE o.id = ?", (oid,)).fetchone())
        uow.commit()
    return info


def clear_override(db: Database, code: str, *, user: str | None = None) -> OverrideInfo:
    """End the override in force for `code`; the computed tier applies again."""
    who = _user(user)
    with db.unit_of_work() as uow:
        conn = uow.session.connection().connection.driver_connection
        account_id = _account_id(conn, code)
        row = conn.execute("SELECT id FROM tier_overrides WHERE account_id = ? "
                           "AND cleared_at IS NULL", (account_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"Account {code} has no override in force.")
        stamp = utc_text(datetime.now(UTC))
        conn.execute("UPDATE tier_overrides SET cleared_at = ?, cleared_by = ?, updated_at = ? "
                     "WHERE id = ?", (stamp, who, stamp, row[0]))
        _sync_newest_run(conn, account_id, None, stamp)
        info = _info(conn.execute(_SELECT + " WHERE o.id = ?", (row[0],)).fetchone())
        uow.commit()
    return info


def list_overrides(uow: UnitOfWork, *, include_cleared: bool = False,
                   code: str | None = None) -> list[OverrideInfo]:
    """Overrides in force (with `include_cleared`, the history too), newest first."""
    conn = uow.session.connection().connection.driver_connection
    where, params = [], []
    if not include_cleared:
        where.append("o.cleared_at IS NULL")
    if code is not None:
        where.append("a.code = ?")
        params.append(code)
    sql = _SELECT + (f" WHERE {' AND '.join(where)}" if where else "") + " ORDER BY o.set_at DESC"
    return [_info(r) for r in conn.execute(sql, params).fetchall()]


def get_override(uow: UnitOfWork, code: str) -> OverrideInfo | None:
    """The override in force for `code`, if any."""
    found = list_overrides(uow, code=code)
    return found[0] if found else None


__all__ = ["OverrideInfo", "clear_override", "get_override", "list_overrides", "set_override"]
