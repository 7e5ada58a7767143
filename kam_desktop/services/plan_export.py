"""Account plans as PDF: one plan as bytes, a batch into a folder or one merged file.

`render_plan_pdf` is for one account (preview, print, "Save as PDF"). `export_plans` writes a
selection: one PDF per account into a folder, or one merged PDF with an outline entry per
account. Every file is written to a temporary file beside its target and renamed into place, so a
reader never sees half a PDF, and a cancelled or failed batch leaves no partial file behind
(files of a per-account batch that were complete before the Cancel stay, and are reported).

File names (`plan_file_name`) are valid on Windows as well: reserved characters and device names,
trailing dots and spaces, and length (in UTF-8 bytes, since Chinese names take three per
character and Linux allows 255 bytes) are taken care of; Chinese is kept.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kam_desktop.errors import InvalidInputError, KamError, NotFoundError
from kam_desktop.services.accounts import TIER_SQL
from kam_desktop.services.classification.runs import default_user
from kam_desktop.services.plan_document import PlanDocument, PlanDocumentLoader
from kam_desktop.services.plan_pdf.document import write_plans
from kam_desktop.services.plan_pdf.styles import PAPERS
from kam_desktop.services.plan_pdf.texts import LANGUAGES, texts
from kam_desktop.storage.database import Database
from kam_desktop.storage.unit_of_work import UnitOfWork

Progress = Callable[[int, int, str], None]
MAX_NAME_BYTES = 180  # the whole file name in UTF-8, well under the usual 255-byte limit
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


@dataclass(frozen=True)
class PdfOptions:
    lang: str = "en"  # "en" | "zh"
    paper: str = "a4"  # "a4" | "letter"

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise InvalidInputError(f"Unknown PDF language {self.lang!r}: use en or zh.")
        if self.paper not in PAPERS:
            raise InvalidInputError(f"Unknown paper size {self.paper!r}: use a4 or letter.")


@dataclass(frozen=True)
class ExportResult:
    files: tuple[Path, ...]
    count: int  # plans written
    cancelled: bool


class _Cancelled(Exception):
    """Raised from the layout to abandon a merged file."""


# --- one plan ----------------------------------------------------------------------------------


def render_plan_pdf(db: Database, account_id: str, *, period: str | None = None,
                    options: PdfOptions = PdfOptions()) -> bytes:
    """The account's plan for `period` (default: its newest, else this year) as a PDF."""
    with db.unit_of_work() as uow:
        document = PlanDocumentLoader(uow).load(account_id, period=period)
    buffer = io.BytesIO()
    _write_one(buffer, document, options)
    return buffer.getvalue()


def _write_one(target: str | io.BytesIO, document: PlanDocument, options: PdfOptions) -> None:
    t = texts(options.lang)
    account = document.account
    write_plans(target, 1, lambda _i: document, lang=options.lang, paper=options.paper,
                title=t.f("doc_title", period=document.period, name=account.name),
                author=document.owner or "",
                subject=t.f("doc_subject", name=account.name, code=account.code,
                            period=document.period),
                keywords=[account.code, document.period, t["doc_kind"]])


# --- batches -----------------------------------------------------------------------------------


def export_plans(db: Database, account_ids: Sequence[str], out: Path, *, merged: bool,
                 options: PdfOptions = PdfOptions(), period: str | None = None,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write the plans of `account_ids` (in that order).

    merged=False: `out` is a folder (created if missing), one PDF per account named by
    `plan_file_name`. merged=True: `out` is a file with an outline entry per account.
    `progress(done, total, account name)` is called as each plan starts and at the end;
    `cancelled()` is asked before each plan.
    """
    ids = list(dict.fromkeys(account_ids))
    if not ids:
        raise InvalidInputError("No accounts to export.")
    out = Path(out)
    report = progress or (lambda _done, _total, _message: None)
    stop = cancelled or (lambda: False)
    if merged:
        return _export_merged(db, ids, out, options, period, report, stop)
    return _export_files(db, ids, out, options, period, report, stop)


def _export_files(db: Database, ids: list[str], folder: Path, options: PdfOptions,
                  period: str | None, report: Progress, stop: Callable[[], bool]
                  ) -> ExportResult:
    _prepare_folder(folder)
    written: list[Path] = []
    used: set[str] = set()
    with db.unit_of_work() as uow:
        loader = PlanDocumentLoader(uow)
        for i, account_id in enumerate(ids):
            if stop():
                return ExportResult(tuple(written), len(written), True)
            document = loader.load(account_id, period=period)
            account = document.account
            report(i, len(ids), f"{account.code} {account.name}")
            name = _unique(plan_file_name(account.code, account.name, document.period), used)
            target = folder / name
            with _atomic(target) as temp:
                _write_one(str(temp), document, options)
            written.append(target)
    report(len(ids), len(ids), "")
    return ExportResult(tuple(written), len(written), False)


def _export_merged(db: Database, ids: list[str], target: Path, options: PdfOptions,
                   period: str | None, report: Progress, stop: Callable[[], bool]
                   ) -> ExportResult:
    if target.is_dir():
        raise InvalidInputError(f"{target} is a folder; a merged export needs a file name "
                                "(e.g. plans.pdf).")
    _prepare_folder(target.parent)
    t = texts(options.lang)
    with db.unit_of_work() as uow:
        loader = PlanDocumentLoader(uow)

        def load(i: int) -> PlanDocument:
            if stop():
                raise _Cancelled
            return loader.load(ids[i], period=period)

        def started(i: int, document: PlanDocument) -> None:
            report(i, len(ids), f"{document.account.code} {document.account.name}")

        try:
            with _atomic(target) as temp:
                write_plans(str(temp), len(ids), load, lang=options.lang,
                            paper=options.paper, merged=True,
                            title=t.f("merged_title", count=len(ids)),
                            author=default_user() or "",
                            subject=t.f("merged_title", count=len(ids)),
                            keywords=[t["doc_kind"]], on_plan=started)
        except _Cancelled:
            return ExportResult((), 0, True)
    report(len(ids), len(ids), "")
    return ExportResult((target,), len(ids), False)


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise InvalidInputError(f"{folder} is a file, not a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KamError(f"Cannot create the folder {folder}: {exc.strerror or exc}.") from None


@contextlib.contextmanager
def _atomic(target: Path) -> Iterator[Path]:
    """A temporary file beside `target`, renamed onto it when the block succeeds, removed
    when it fails."""
    try:
        handle, name = tempfile.mkstemp(prefix=".kam-", suffix=".pdf.tmp", dir=target.parent)
    except OSError as exc:
        raise KamError(f"Cannot write into {target.parent}: {exc.strerror or exc}.") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise KamError(f"Cannot write {target}: {exc.strerror or exc}.") from None
    finally:
        if temp.exists():
            temp.unlink()


def write_plan_file(db: Database, account_id: str, target: Path, *, period: str | None = None,
                    options: PdfOptions = PdfOptions()) -> Path:
    """One account's plan into the file `target` (written atomically)."""
    target = Path(target)
    if target.is_dir():
        raise InvalidInputError(f"{target} is a folder; give a file name (e.g. plan.pdf).")
    _prepare_folder(target.parent)
    with db.unit_of_work() as uow:
        document = PlanDocumentLoader(uow).load(account_id, period=period)
    with _atomic(target) as temp:
        _write_one(str(temp), document, options)
    return target


# --- names and selections ----------------------------------------------------------------------


def plan_file_name(code: str, name: str, period: str) -> str:
    """`<code> <name> <period>.pdf`, safe on Windows, macOS and Linux."""
    parts = [_safe(code), _safe(name), _safe(period)]
    stem = _join([p for p in parts if p]) or "plan"
    budget = MAX_NAME_BYTES - len(".pdf")
    if len(stem.encode()) > budget:
        fixed = len(_join([parts[0], parts[2]]).encode()) + 2
        short = _cut(parts[1], max(0, budget - fixed))
        stem = _join([p for p in (parts[0], short, parts[2]) if p])
        if len(stem.encode()) > budget:
            stem = _cut(stem, budget)
    stem = stem.rstrip(". ")
    if _RESERVED.match(stem):
        stem = "_" + stem
    return (stem or "plan") + ".pdf"


def _safe(text: str | None) -> str:
    text = " ".join(unicodedata.normalize("NFC", text or "").split())  # tabs, newlines
    return _BAD_CHARS.sub("_", text).strip(". ")


def _join(parts: list[str]) -> str:
    return " ".join(parts)


def _cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` UTF-8 bytes, never inside a character."""
    data = text.encode()[:limit]
    return data.decode(errors="ignore").rstrip(". ")


def _unique(name: str, used: set[str]) -> str:
    """`name`, or `name (2)`… when a file of the batch already has it (case-insensitively, as
    on Windows and macOS)."""
    stem, suffix = name[:-4], name[-4:]
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    used.add(candidate.casefold())
    return candidate


def select_accounts(uow: UnitOfWork, *, codes: Sequence[str] = (), tier: str | None = None,
                    all_accounts: bool = False) -> list[str]:
    """Account ids for an export: the given codes (in that order), the live accounts whose tier
    in force is `tier`, or all live accounts (by code). Unknown codes raise NotFoundError
    naming each one."""
    chosen = sum((bool(codes), tier is not None, all_accounts))
    if chosen != 1:
        raise InvalidInputError("Choose the accounts: codes, a tier or all accounts.")
    conn = uow.session.connection().connection.driver_connection
    if codes:
        wanted = list(dict.fromkeys(c.strip() for c in codes))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(conn.execute(
                f"SELECT code, id FROM accounts WHERE deleted_at IS NULL AND code IN ({marks})",
                chunk).fetchall())
        missing = [c for c in wanted if c not in found]
        if missing:
            shown = ", ".join(missing[:10]) + (f" and {len(missing) - 10} more"
                                               if len(missing) > 10 else "")
            raise NotFoundError(f"No account with code {shown}.")
        return [found[c] for c in wanted]
    if tier is not None:
        rows = conn.execute(
            f"SELECT a.id, {TIER_SQL} FROM accounts a WHERE a.deleted_at IS NULL "
            "ORDER BY a.code").fetchall()
        wanted_tier = tier.strip().casefold()
        return [account_id for account_id, t in rows if t and t.casefold() == wanted_tier]
    return [r[0] for r in conn.execute(
        "SELECT id FROM accounts WHERE deleted_at IS NULL ORDER BY code")]


__all__ = [
    "ExportResult", "PdfOptions", "export_plans", "plan_file_name", "render_plan_pdf",
    "select_accounts", "write_plan_file",
]
