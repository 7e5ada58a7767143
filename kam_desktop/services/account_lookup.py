"""Finding an account by what a user types: its code or its name.

For pickers (the quick visit form's account field): `account_choices` gives every live account's
id, code and name in one indexed scan (about 0.1 s at 100,000 accounts), `find_account` resolves
typed text without loading the list, `account_choice` names one account by id.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kam_desktop.errors import NotFoundError
from kam_desktop.services.edits import parse_id
from kam_desktop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AccountChoice:
    id: str  # 32 hex digits
    code: str
    name: str
    deleted: bool = False

    @property
    def label(self) -> str:
        """How a picker shows it: `C001 — Zhongda Machinery`."""
        return f"{self.code} — {self.name}"


def _conn(uow: UnitOfWork):  # type: ignore[no-untyped-def]
    return uow.session.connection().connection.driver_connection


def account_choices(uow: UnitOfWork) -> pd.DataFrame:
    """Live accounts by code: columns `id`, `code`, `name`, `label` (`code — name`)."""
    rows = _conn(uow).execute(
        "SELECT id, code, name FROM accounts WHERE deleted_at IS NULL ORDER BY code").fetchall()
    frame = pd.DataFrame(rows, columns=["id", "code", "name"], dtype=object)
    frame["label"] = (frame["code"].astype(str) + " — " + frame["name"].astype(str)
                      if len(frame) else pd.Series(dtype=object))
    return frame


def account_choice(uow: UnitOfWork, account_id: str) -> AccountChoice:
    """One account by id (deleted ones too, flagged)."""
    row = _conn(uow).execute(
        "SELECT id, code, name, deleted_at IS NOT NULL FROM accounts WHERE id = ?",
        (parse_id(account_id, "account").hex,)).fetchone()
    if row is None:
        raise NotFoundError(f"No account with id {account_id!s}.")
    return AccountChoice(id=row[0], code=row[1], name=row[2], deleted=bool(row[3]))


def find_account(uow: UnitOfWork, text: str) -> AccountChoice | None:
    """The live account `text` names: a picker label (`code — name`), a code (any case), or a
    name that exactly one account has. None when nothing, or more than one, matches."""
    text = text.strip()
    if not text:
        return None
    conn = _conn(uow)
    candidates = [text]
    if " — " in text:
        candidates.insert(0, text.split(" — ", 1)[0].strip())
    for code in candidates:
        for collate in ("", " COLLATE NOCASE"):  # the index first, then any case
            rows = conn.execute(
                "SELECT id, code, name FROM accounts WHERE deleted_at IS NULL AND code = ?"
                f"{collate} LIMIT 2", (code,)).fetchall()
            if len(rows) == 1:
                return AccountChoice(*rows[0])
    rows = conn.execute(
        "SELECT id, code, name FROM accounts WHERE deleted_at IS NULL AND name = ? LIMIT 2",
        (text,)).fetchall()
    if len(rows) == 1:
        return AccountChoice(*rows[0])
    return None


__all__ = ["AccountChoice", "account_choice", "account_choices", "find_account"]
