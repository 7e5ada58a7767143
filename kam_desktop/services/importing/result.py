"""What an import is asked to do and what it reports back (plain data, JSON-ready)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kam_desktop.services.importing.fields import ImportKindName


@dataclass(frozen=True)
class ImportRequest:
    kind: ImportKindName
    path: Path
    sheet: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)  # field → header (`--map`)
    profile: str | None = None  # use this saved mapping
    save_profile: str | None = None  # save the mapping used under this name
    skip_invalid: bool = False
    dry_run: bool = False
    error_workbook: Path | None = None  # where invalid rows go (default: beside the file)
    user: str | None = None


@dataclass(frozen=True)
class Problem:
    """One reason a row cannot be imported, located as the user sees it in Excel."""

    sheet: str
    row: int  # Excel row number
    column: str  # Excel column letter with its header, e.g. "E (单据日期)"; "" for the row
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column,
                "message": self.message}

    def __str__(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        return f"{self.sheet}, {where}: {self.message}"


@dataclass
class ImportResult:
    kind: str
    file: Path
    sheet: str
    batch_id: str | None = None
    rows_read: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    skipped_rows: int = 0  # totals rows and the like, not errors
    accounts_created: int = 0
    new_accounts: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    errors: list[Problem] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)  # field → header
    profile_used: str | None = None
    dry_run: bool = False
    committed: bool = False
    error_workbook: Path | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "batch_id": self.batch_id,
            "kind": self.kind,
            "file": str(self.file),
            "sheet": self.sheet,
            "rows_read": self.rows_read,
            "inserted": self.inserted,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "invalid": self.invalid,
            "skipped_rows": self.skipped_rows,
            "accounts_created": self.accounts_created,
            "new_accounts": [{"code": c, "name": n} for c, n in self.new_accounts],
            "errors": [p.to_dict() for p in self.errors],
            "mapping": self.mapping,
            "profile": self.profile_used,
            "dry_run": self.dry_run,
            "committed": self.committed,
            "error_workbook": str(self.error_workbook) if self.error_workbook else None,
            "seconds": round(self.seconds, 3),
        }
