"""Finding the account of each imported row, and planning the accounts an import creates.

Customers are matched by code. Rows without a code (or files without a code column) are
matched by normalised name — NFKC, case-folded, without spaces and punctuation, so "ACME Ltd."
and "Acme  Ltd" are one customer. Unknown customers become new accounts marked as created by
the import; those found only by name get a generated code (`AUTO-000001`, …).
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kam_desktop.services.importing.prepare import Prepared

GENERATED_PREFIX = "AUTO-"
# Columns of a sales export that describe the customer, copied onto accounts it creates.
PROFILE_FIELDS = ("industry", "region", "segment")


def normalise_names(names: pd.Series) -> pd.Series:
    return (
        names.astype("string")
        .str.normalize("NFKC")
        .str.casefold()
        .str.replace(r"[\s\W_]+", "", regex=True)
    )


@dataclass
class Resolution:
    account_id: pd.Series  # hex id per row (None for rows that could not be resolved)
    new_accounts: pd.DataFrame = field(default_factory=pd.DataFrame)  # id, code, name, …


def resolve_customers(conn: sqlite3.Connection, prepared: Prepared) -> Resolution:
    """Account ids for every valid row; new accounts for unknown customers. Rows whose name
    matches several existing accounts are flagged (the user must add a code column)."""
    f = prepared.frame
    existing = pd.read_sql_query("SELECT id, code, name FROM accounts", conn)
    codes = f["customer_code"] if "customer_code" in f else pd.Series(None, index=f.index)
    names = f["customer_name"] if "customer_name" in f else pd.Series(None, index=f.index)
    codes = codes.astype("object").where(codes.notna(), None)
    has_code = codes.notna().to_numpy()
    account_id = pd.Series(None, index=f.index, dtype="object")

    by_code = pd.Series(existing["id"].to_numpy(), index=existing["code"].to_numpy())
    account_id[has_code] = codes[has_code].map(by_code)

    # By name where there is no code (normalising is a regex per value: only where needed).
    name_rows = ~has_code & names.notna().to_numpy()
    name_keys = pd.Series(None, index=f.index, dtype="object")
    if name_rows.any():
        name_keys[name_rows] = normalise_names(names[name_rows]).astype("object")
        existing_keys = normalise_names(existing["name"])
    else:
        existing_keys = pd.Series([], dtype="object")
    counts = existing_keys.value_counts()
    ambiguous = name_rows & name_keys.map(counts).fillna(0).gt(1).to_numpy()
    prepared.flag(ambiguous, "customer_name",
                  "several accounts have this name; add a customer code column to tell them "
                  "apart")
    unique_names = existing_keys[existing_keys.map(counts) == 1]
    by_name = pd.Series(existing["id"].to_numpy()[unique_names.index], index=unique_names)
    matched = name_rows & ~ambiguous
    account_id[matched] = name_keys[matched].map(by_name)

    usable = ~prepared.invalid
    new_by_code = has_code & account_id.isna().to_numpy() & usable
    new_by_name = matched & account_id.isna().to_numpy() & usable
    planned = []
    if new_by_code.any():
        planned.append(_plan(f, new_by_code, key=codes, code=codes, names=names))
    if new_by_name.any():
        first_number = _next_generated_number(existing["code"])
        keys = name_keys.where(new_by_name)
        distinct = pd.unique(keys[new_by_name])
        generated = {k: f"{GENERATED_PREFIX}{first_number + i:06d}"
                     for i, k in enumerate(distinct)}
        planned.append(_plan(f, new_by_name, key=keys, code=keys.map(generated), names=names))
    new_accounts = pd.concat(planned, ignore_index=True) if planned else pd.DataFrame(
        columns=["key", "id", "code", "name", *PROFILE_FIELDS]
    )
    if len(new_accounts):
        key_to_id = pd.Series(new_accounts["id"].to_numpy(), index=new_accounts["key"])
        for mask, keys in ((new_by_code, codes), (new_by_name, name_keys)):
            account_id[mask] = keys[mask].map(key_to_id)
    return Resolution(account_id=account_id, new_accounts=new_accounts)


def _plan(f: pd.DataFrame, mask: np.ndarray, *, key: pd.Series, code: pd.Series,
          names: pd.Series) -> pd.DataFrame:
    """One new account per distinct key, described by the first row that names it."""
    rows = pd.DataFrame({"key": key[mask], "code": code[mask], "name": names[mask]})
    for col in PROFILE_FIELDS:
        rows[col] = f[col][mask] if col in f else None
    rows = rows.groupby("key", sort=False, dropna=True).first().reset_index()
    rows["name"] = rows["name"].astype("object").where(rows["name"].notna(), rows["code"])
    rows["id"] = [uuid.uuid4().hex for _ in range(len(rows))]
    return rows


def _next_generated_number(codes: pd.Series) -> int:
    generated = codes[codes.str.startswith(GENERATED_PREFIX, na=False)]
    numbers = pd.to_numeric(generated.str.slice(len(GENERATED_PREFIX)), errors="coerce")
    return int(numbers.max()) + 1 if numbers.notna().any() else 1
