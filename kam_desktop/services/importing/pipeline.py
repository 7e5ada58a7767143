"""One import from start to end: read → find the table → map → validate → upsert → commit.

Everything is validated before anything is written, and the write is one transaction: killed
at any moment, the database holds all of the import or none of it. By default one invalid row
means nothing is imported; with `skip_invalid` the valid rows are imported and the invalid ones
go to an error workbook. A dry run stops after the comparison with what is stored.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from kam_desktop.errors import ImportValidationError, KamError
from kam_desktop.models.enums import ImportKind, ImportStatus
from kam_desktop.services import backup
from kam_desktop.services.importing import mapping, profiles, rules, workbook
from kam_desktop.services.importing.customers import Resolution, resolve_customers
from kam_desktop.services.importing.error_workbook import default_path, write_error_workbook
from kam_desktop.services.importing.fields import ImportKindName, field_keys
from kam_desktop.services.importing.master import (
    MasterDiff,
    diff_accounts,
    diff_contacts,
    write_master,
)
from kam_desktop.services.importing.prepare import Prepared, parse_fields
from kam_desktop.services.importing.result import ImportRequest, ImportResult, Problem
from kam_desktop.services.importing.table import SourceTable, find_table
from kam_desktop.services.importing.upsert import (
    RECEIVABLES,
    SALES,
    Diff,
    diff_erp,
    log_inserts,
    storage_form,
    write_erp,
)
from kam_desktop.storage.bulk import bulk_cache
from kam_desktop.storage.database import Database

Progress = Callable[[int, int, str], None]
STEPS = 6

# What must be mapped for each kind (alternatives in a tuple: one of them is enough).
REQUIRED_MAPPING: dict[ImportKindName, tuple[tuple[str, ...], ...]] = {
    ImportKindName.SALES: (("customer_code", "customer_name"), ("order_date",),
                           ("amount", "quantity")),
    ImportKindName.RECEIVABLES: (("customer_code", "customer_name"), ("invoice_no",),
                                 ("invoice_date",), ("amount",)),
    ImportKindName.ACCOUNTS: (("customer_code",),),
    ImportKindName.CONTACTS: (("customer_code", "customer_name"), ("name",)),
}


@dataclass
class _Plan:
    resolution: Resolution | None = None
    erp: Diff | None = None
    master: MasterDiff | None = None
    extra_new_accounts: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def writes(self) -> int:
        n = self.erp.writes if self.erp is not None else 0
        n += self.master.writes if self.master is not None else 0
        if self.resolution is not None:
            n += len(self.resolution.new_accounts)
        return n


def column_reference(headers: list[str], index: int) -> str:
    """How a saved mapping names a column: its header text when that is unique, else "#N"
    (the 1-based column number), which `mapping.apply_overrides` understands too."""
    header = headers[index]
    if header and sum(1 for h in headers if h == header) == 1:
        return header
    return f"#{index + 1}"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def resolve_mapping(uow, kind: ImportKindName, table: SourceTable,
                    request: ImportRequest) -> tuple[dict[str, int], str | None]:
    """Column index per field: a named profile, else a saved profile for these headers, else
    the automatic mapping; `--map` overrides apply last. Returns the mapping and the profile
    used (if any)."""
    headers = table.headers
    profile = None
    if request.profile:
        profile = profiles.get_profile(uow, request.profile)
    else:
        profile = profiles.find_profile(uow, kind.value, mapping.header_signature(headers))
    if profile is not None:
        cols = mapping.apply_overrides(kind.value, headers, {}, profile.mapping)
    else:
        cols = mapping.auto_map(kind.value, headers)
    if request.overrides:
        cols = mapping.apply_overrides(kind.value, headers, cols, request.overrides)
    return cols, profile.name if profile else None


def _missing_mapping(kind: ImportKindName, cols: dict[str, int], table: SourceTable) -> str:
    missing = [alts for alts in REQUIRED_MAPPING[kind] if not any(a in cols for a in alts)]
    if not missing:
        return ""
    found = ", ".join(f"{c} ({h})" for c, h in zip(table.columns, table.headers, strict=True)
                      if h) or "none"
    wanted = "; ".join(" or ".join(alts) for alts in missing)
    return (
        f"{table.path.name}, sheet {table.sheet!r}: no column found for {wanted}. "
        f"Headers found: {found}. Map a column with --map FIELD=HEADER "
        f"(fields: {', '.join(field_keys(kind))})."
    )


def read_table(path: Path, sheet: str | None = None) -> SourceTable:
    """Read a file safely (in a child process) and find its table."""
    raw = workbook.read_cells(Path(path), sheet, include_hidden=sheet is not None)
    return find_table(raw, mapping.is_header_word)


@dataclass
class Inspection:
    """What the import wizard shows before anything is imported."""

    table: SourceTable
    sheets: list[workbook.SheetInfo]
    mapping: dict[str, int]  # field → column index
    profile_used: str | None
    missing: str  # why the mapping is not enough yet ("" when it is)

    def samples(self, column: int, n: int = 3) -> list[str]:
        values = self.table.data.iloc[:, column].dropna().astype(str).str.strip()
        return values[values != ""].head(n).tolist()


def inspect_file(db: Database, kind: ImportKindName | str, path: Path,
                 sheet: str | None = None) -> Inspection:
    """Read the file, find the table and propose a mapping (saved profile or automatic)."""
    kind = ImportKindName(kind)
    raw = workbook.read_cells(Path(path), sheet, include_hidden=sheet is not None)
    table = find_table(raw, mapping.is_header_word)
    request = ImportRequest(kind=kind, path=Path(path), sheet=sheet)
    with db.unit_of_work() as uow:
        cols, profile_used = resolve_mapping(uow, kind, table, request)
    return Inspection(table, raw.sheets, cols, profile_used, _missing_mapping(kind, cols, table))


def missing_mapping(kind: ImportKindName | str, cols: dict[str, int], table: SourceTable) -> str:
    """Why `cols` is not enough to import `table` ("" when it is)."""
    return _missing_mapping(ImportKindName(kind), cols, table)


def import_file(db: Database, request: ImportRequest, *, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Read `request.path` and import it (see the module docstring)."""
    if progress is not None:
        progress(0, STEPS, f"Reading {Path(request.path).name}…")
    table = read_table(request.path, request.sheet)
    return import_table(db, request, table, progress=progress, cancelled=cancelled)


def import_table(db: Database, request: ImportRequest, table: SourceTable, *,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 columns: dict[str, int] | None = None) -> ImportResult:
    """Import an already read table. `columns` (field → column index) replaces the mapping the
    request would resolve — the wizard passes the mapping the user reviewed."""
    started = time.perf_counter()
    kind = ImportKindName(request.kind)
    path = Path(request.path)

    def step(n: int, message: str) -> None:
        if cancelled is not None and cancelled():
            raise KamError("Import cancelled; nothing was imported.")
        if progress is not None:
            progress(n, STEPS, message)

    step(1, "Mapping columns…")
    result = ImportResult(kind=kind.value, file=path, sheet=table.sheet,
                          rows_read=len(table.data), skipped_rows=len(table.skipped),
                          dry_run=request.dry_run)
    with db.unit_of_work() as uow:
        if columns is not None:
            cols, result.profile_used = dict(columns), None
        else:
            cols, result.profile_used = resolve_mapping(uow, kind, table, request)
        result.mapping = {f: column_reference(table.headers, i) for f, i in cols.items()}
        problem = _missing_mapping(kind, cols, table)
        if problem:
            raise ImportValidationError(problem, [], result)
        step(2, "Checking every row…")
        prepared = parse_fields(kind, table, cols)
        rules.apply_rules(prepared)
        conn = uow.session.connection().connection.driver_connection
        step(3, "Comparing with your data…")
        plan = _plan(conn, kind, prepared)
        _fill_counts(result, prepared, plan)
        if result.invalid:
            if not request.dry_run:
                target = request.error_workbook or default_path(path)
                result.error_workbook = write_error_workbook(target, table, prepared.invalid,
                                                             result.errors)
            if not request.skip_invalid and not request.dry_run:
                raise ImportValidationError(_refusal(result), result.errors, result)
        if request.dry_run:
            result.seconds = time.perf_counter() - started
            return result
        if plan.writes:
            step(4, "Backing up before writing…")
            backup.backup_database(db.path, "pre-import")
        step(4, "Writing…")
        now = datetime.now(UTC)
        batch_id = uuid.uuid4().hex
        _insert_batch(conn, batch_id, kind, path, table, result, request, now)
        with bulk_cache(conn):
            _write(conn, plan, batch_id, _utc_text(now), progress, cancelled)
        if request.save_profile:
            profiles.save_profile(uow, request.save_profile, kind.value,
                                  mapping.header_signature(table.headers), result.mapping)
        step(5, "Saving…")
        uow.commit()
    result.batch_id = str(uuid.UUID(batch_id))
    result.committed = True
    result.seconds = time.perf_counter() - started
    if progress is not None:  # committed: a late Cancel no longer applies
        progress(STEPS, STEPS, "Done.")
    return result


def _plan(conn: sqlite3.Connection, kind: ImportKindName, prepared: Prepared) -> _Plan:
    plan = _Plan()
    if kind == ImportKindName.ACCOUNTS:
        plan.master = diff_accounts(conn, prepared)
        return plan
    plan.resolution = resolve_customers(conn, prepared)
    account_id = plan.resolution.account_id
    if kind == ImportKindName.CONTACTS:
        plan.master = diff_contacts(conn, prepared, account_id)
        return plan
    frame = prepared.frame.assign(account_id=account_id)
    valid = ~prepared.invalid & account_id.notna().to_numpy()
    spec = SALES if kind == ImportKindName.SALES else RECEIVABLES
    rows = storage_form(frame[valid], spec)
    plan.erp = diff_erp(conn, spec, rows)
    return plan


def _fill_counts(result: ImportResult, prepared: Prepared, plan: _Plan) -> None:
    result.errors = sorted(prepared.problems, key=lambda p: (p.row, p.column))
    result.invalid = int(prepared.invalid.sum())
    diff: Diff | MasterDiff | None = plan.erp if plan.erp is not None else plan.master
    if diff is not None:
        result.inserted = len(diff.new)
        result.updated = len(diff.changed)
        result.unchanged = diff.unchanged
    if plan.resolution is not None:
        new = plan.resolution.new_accounts
        result.accounts_created = len(new)
        result.new_accounts = list(zip(new["code"].tolist(), new["name"].tolist(), strict=True))


def _refusal(result: ImportResult) -> str:
    first = "\n".join(f"  {p}" for p in result.errors[:20])
    more = f"\n  … and {len(result.errors) - 20} more" if len(result.errors) > 20 else ""
    workbook_note = (f"\nThe rows are in {result.error_workbook}: fix them there and import "
                     "that file, or import with --skip-invalid to take the valid rows now."
                     if result.error_workbook else "")
    return (f"{result.file.name}: {result.invalid} of {result.rows_read} rows are invalid; "
            f"nothing was imported.\n{first}{more}{workbook_note}")


def _insert_batch(conn: sqlite3.Connection, batch_id: str, kind: ImportKindName, path: Path,
                  table: SourceTable, result: ImportResult, request: ImportRequest,
                  now: datetime) -> None:
    stamp = _utc_text(now)
    try:
        user = request.user or getpass.getuser()
    except (KeyError, OSError):  # no user name on this system
        user = None
    conn.execute(
        "INSERT INTO import_batches (id, kind, file_name, file_sha256, sheet, mapping_json, "
        "rows_read, inserted, updated, unchanged, invalid, accounts_created, status, "
        "imported_at, user, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (batch_id, ImportKind(kind.value).value, path.name, file_sha256(path), table.sheet,
         json.dumps(result.mapping, ensure_ascii=False), result.rows_read, result.inserted,
         result.updated, result.unchanged, result.invalid, result.accounts_created,
         ImportStatus.COMMITTED.value, stamp, user, stamp, stamp),
    )


def _write(conn: sqlite3.Connection, plan: _Plan, batch_id: str, now: str,
           progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    if plan.resolution is not None and len(plan.resolution.new_accounts):
        new = plan.resolution.new_accounts
        conn.executemany(
            "INSERT INTO accounts (id, code, name, industry, region, segment, status, "
            "created_by_batch_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)",
            (
                (r.id, r.code, r.name, _none(r.industry), _none(r.region), _none(r.segment),
                 batch_id, now, now)
                for r in new.itertuples(index=False)
            ),
        )
        log_inserts(conn, "accounts", new["id"].tolist(), batch_id, now)

    def tick(done: int, total: int) -> None:
        if progress is not None:
            progress(4, 6, f"Writing… {done:,} of {total:,} rows")

    if plan.erp is not None:
        write_erp(conn, plan.erp, batch_id, now, tick, cancelled)
    if plan.master is not None:
        master = plan.master
        extra: dict[str, object] = {}
        # NOT NULL columns with defaults: a blank imported cell must not become NULL.
        defaults = {"status": "active"} if master.table == "accounts" else {"attitude": "neutral"}
        if master.table == "accounts":
            extra["created_by_batch_id"] = batch_id
        for column, default in defaults.items():
            if column in master.new:
                master.new[column] = master.new[column].fillna(default)
        write_master(conn, master, batch_id, now, extra=extra)


def _none(value: object) -> object:
    return None if value is None or (isinstance(value, float) and np.isnan(value)) else value


__all__ = [
    "ImportRequest", "ImportResult", "Inspection", "Problem", "column_reference", "file_sha256",
    "import_file",
    "import_table", "inspect_file", "missing_mapping", "read_table",
]
