"""The `kam` command line.

Exit codes for every command: 0 done; 2 bad input or refused (nothing changed, the reason on
stderr); 1 unexpected failure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kam_desktop import __version__, paths
from kam_desktop.errors import InvalidInputError, KamError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2


def _add_db_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="database file (default: $KAM_DB, else the user's data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kam", description="KAM Desktop — key-account management."
    )
    parser.add_argument("--version", action="version", version=f"KAM Desktop {__version__}")
    _add_db_option(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def sub(parent, name: str, help_text: str) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, description=help_text)
        _add_db_option(p, top=False)
        return p

    accounts = sub(commands, "accounts", "list and show accounts")
    acc_cmds = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    acc_list = sub(acc_cmds, "list", "list the accounts in the portfolio")
    acc_list.add_argument("--json", action="store_true", help="print JSON")
    acc_list.add_argument("--tier", metavar="T", help="only accounts whose tier in force is T")
    acc_list.set_defaults(func=cmd_accounts_list)
    acc_show = sub(acc_cmds, "show", "show one account")
    acc_show.add_argument("code", metavar="CODE")
    acc_show.add_argument("--json", action="store_true", help="print JSON")
    acc_show.set_defaults(func=cmd_accounts_show)

    db = sub(commands, "db", "database maintenance")
    db_cmds = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    sub(db_cmds, "upgrade", "back up, then upgrade the database to this version's schema") \
        .set_defaults(func=cmd_db_upgrade)
    check = sub(db_cmds, "check", "run integrity and foreign-key checks")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(func=cmd_db_check)

    backup = sub(commands, "backup", "back up the database (SQLite backup API)")
    backup.add_argument("--to", metavar="FILE", help="write the backup to FILE")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    backup.set_defaults(func=cmd_backup)

    restore = sub(commands, "restore", "replace the database with a backup (after backing it up)")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    demo = sub(commands, "demo", "fill the database with a demo portfolio")
    demo.add_argument("--accounts", type=int, default=300, metavar="N", help="default 300")
    demo.add_argument("--seed", type=int, default=42, metavar="S", help="default 42")
    demo.add_argument("--as-of", type=_parse_date, metavar="YYYY-MM-DD",
                      help="the demo's 'today' (default: today)")
    demo.add_argument("--force", action="store_true",
                      help="replace the data of a non-empty database (a backup is taken first)")
    demo.set_defaults(func=cmd_demo)

    imp = sub(commands, "import", "import ERP Excel exports; history and undo")
    imp_cmds = imp.add_subparsers(dest="import_command", metavar="KIND|ACTION", required=True)
    for kind, text in (("sales", "sales lines (orders, invoices, delivery notes)"),
                       ("receivables", "receivables (open items and payments)"),
                       ("accounts", "the customer master"),
                       ("contacts", "contacts")):
        p = sub(imp_cmds, kind, f"import {text}")
        p.add_argument("file", metavar="FILE", help=".xlsx .xlsm .xls .ods or .csv")
        p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first "
                       "visible sheet with data)")
        p.add_argument("--map", action="append", default=[], metavar="FIELD=HEADER",
                       help="map a column by its header (repeatable); FIELD= unmaps")
        p.add_argument("--profile", metavar="NAME", help="use a saved column mapping")
        p.add_argument("--save-profile", metavar="NAME",
                       help="save the mapping used under NAME")
        p.add_argument("--skip-invalid", action="store_true",
                       help="import the valid rows; invalid ones go to an error workbook")
        p.add_argument("--dry-run", action="store_true",
                       help="show what would change, write nothing")
        p.add_argument("--errors", metavar="FILE", help="where to write the error workbook")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=cmd_import, kind=kind)
    history = sub(imp_cmds, "history", "list imports")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(func=cmd_import_history)
    undo = sub(imp_cmds, "undo", "undo an import (removes what it added, restores what it "
               "changed)")
    undo.add_argument("batch_id", metavar="BATCH_ID")
    undo.add_argument("--json", action="store_true", help="print JSON")
    undo.set_defaults(func=cmd_import_undo)
    profiles = sub(imp_cmds, "profiles", "list saved column mappings")
    profiles.add_argument("--json", action="store_true", help="print JSON")
    profiles.set_defaults(func=cmd_import_profiles)

    sales = sub(commands, "sales", "sales figures")
    sales_cmds = sales.add_subparsers(dest="sales_command", metavar="ACTION", required=True)
    by_account = sub(sales_cmds, "by-account", "sales per account")
    by_account.add_argument("--from", dest="date_from", type=_parse_date, metavar="DATE")
    by_account.add_argument("--to", dest="date_to", type=_parse_date, metavar="DATE")
    by_account.add_argument("--json", action="store_true", help="print JSON")
    by_account.add_argument("--out", metavar="FILE", help="write to FILE.xlsx or FILE.csv")
    by_account.set_defaults(func=cmd_sales_by_account)

    from kam_desktop.cli_classification import register as register_classification

    register_classification(commands, sub)
    from kam_desktop.cli_plans import register as register_plans

    register_plans(commands, sub)

    gui = sub(commands, "gui", "open the desktop app")
    gui.add_argument("--demo-if-missing", action="store_true",
                     help="create the database with the demo portfolio when it does not exist")
    gui.add_argument("--lang", choices=("en", "zh_CN"), help="override the language setting")
    gui.set_defaults(func=cmd_gui)
    return parser


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# --- helpers -----------------------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    return paths.resolve_db_path(getattr(args, "db", None))


def _open(args: argparse.Namespace):
    from kam_desktop.services.database import open_database

    return open_database(_db_path(args))


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise InvalidInputError(f"No database at {path}.")


def _print_json(data: Any) -> None:
    """Objects indented; lists as one compact object per line.

    Lists can hold 100,000 accounts: `indent` makes json fall back to its pure-Python encoder
    (10x slower), and json.dump to a stream makes one write() per token. Both are avoided.
    """
    if isinstance(data, list):
        lines = [json.dumps(item, ensure_ascii=False, default=str) for item in data]
        text = "[\n  " + ",\n  ".join(lines) + "\n]" if lines else "[]"
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(text + "\n")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in cells:
        print("  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip())


class _StderrProgress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled:
            return
        pct = 100 * done // total if total else 0
        sys.stderr.write(f"\r{message[:60]:<60} {pct:3d}%")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 66 + "\r")
            sys.stderr.flush()


# --- commands ----------------------------------------------------------------------------------


def cmd_accounts_list(args: argparse.Namespace) -> int:
    from kam_desktop.services.accounts import list_accounts

    with _open(args) as db, db.unit_of_work() as uow:
        rows = list_accounts(uow, tier=args.tier)
    if args.json:
        _print_json([r.to_dict() for r in rows])
        return EXIT_OK
    _print_table(
        ("code", "name", "industry", "region", "owner", "status", "tier"),
        [(r.code, r.name, r.industry, r.region, r.owner, r.status, r.tier) for r in rows],
    )
    print(f"\n{len(rows)} accounts")
    return EXIT_OK


def cmd_accounts_show(args: argparse.Namespace) -> int:
    from kam_desktop.services.accounts import get_account

    with _open(args) as db, db.unit_of_work() as uow:
        detail = get_account(uow, args.code)
    data = detail.to_dict()
    if args.json:
        _print_json(data)
        return EXIT_OK
    contacts = data.pop("contacts")
    for key, value in data.items():
        print(f"{key:>18}: {'' if value is None else value}")
    print()
    _print_table(
        ("contact", "title", "role", "attitude", "influence", "strength"),
        [
            (c["name"], c["title"], c["role"], c["attitude"], c["influence"],
             c["relationship_strength"])
            for c in contacts
        ],
    )
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from kam_desktop.services.database import upgrade_database

    path = _db_path(args)
    _require_existing(path)
    before, after = upgrade_database(path)
    if before == after:
        print(f"{path}: already at schema {after}.")
    else:
        print(f"{path}: upgraded from schema {before or '(empty)'} to {after}.")
    return EXIT_OK


def cmd_db_check(args: argparse.Namespace) -> int:
    from kam_desktop.services.database import check_database

    path = _db_path(args)
    _require_existing(path)
    result = check_database(path)
    if args.json:
        _print_json({"path": str(path), "schema": result.revision, "ok": result.ok,
                     "problems": result.problems, "counts": result.counts})
    else:
        print(f"database: {path}")
        print(f"schema:   {result.revision}")
        if result.ok:
            print("integrity: ok\nforeign keys: ok")
            for table, n in result.counts.items():
                print(f"{table:>18}: {n}")
        else:
            for problem in result.problems:
                print(f"PROBLEM: {problem}")
    if not result.ok:
        print(f"{path}: {len(result.problems)} problem(s) found.", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from kam_desktop.services import backup
    from kam_desktop.services.database import inspect_file

    path = _db_path(args)
    _require_existing(path)
    inspect_file(path)
    if args.to:
        target = backup.backup_to(path, Path(args.to), force=args.force)
    else:
        target = backup.backup_database(path, "manual")
    print(f"Backed up {path} to {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from kam_desktop.services.database import restore_database

    path = _db_path(args)
    safety = restore_database(path, Path(args.file))
    if safety is not None:
        print(f"The previous database was backed up to {safety}")
    print(f"Restored {path} from {args.file}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kam_desktop.services import backup
    from kam_desktop.services.demo import generate_demo

    progress = _StderrProgress()
    with _open(args) as db:
        if args.force:
            backup.backup_database(db.path, "pre-demo")
        started = time.perf_counter()
        try:
            summary = generate_demo(
                db, accounts=args.accounts, seed=args.seed, as_of=args.as_of,
                force=args.force, progress=progress,
            )
        finally:
            progress.finish()
    elapsed = time.perf_counter() - started
    print(
        f"Demo portfolio written to {db.path}: {summary.accounts} accounts, "
        f"{summary.contacts} contacts, {summary.visits} visits, {summary.surveys} surveys, "
        f"{summary.sales_lines} sales lines, {summary.receivables} receivables "
        f"in {elapsed:.1f} s."
    )
    return EXIT_OK


def _parse_maps(items: list[str]) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for item in items:
        field, sep, header = item.partition("=")
        if not sep or not field.strip():
            raise InvalidInputError(f"--map {item!r}: write it as FIELD=HEADER.")
        overrides[field.strip()] = header.strip()
    return overrides


def cmd_import(args: argparse.Namespace) -> int:
    from kam_desktop.errors import ImportValidationError
    from kam_desktop.services.importing.fields import ImportKindName
    from kam_desktop.services.importing.pipeline import import_file
    from kam_desktop.services.importing.result import ImportRequest

    request = ImportRequest(
        kind=ImportKindName(args.kind), path=Path(args.file), sheet=args.sheet,
        overrides=_parse_maps(args.map), profile=args.profile, save_profile=args.save_profile,
        skip_invalid=args.skip_invalid, dry_run=args.dry_run,
        error_workbook=Path(args.errors) if args.errors else None,
    )
    if not request.path.is_file():
        raise InvalidInputError(f"No such file: {request.path}")
    progress = _StderrProgress()
    with _open(args) as db:
        try:
            result = import_file(db, request, progress=progress)
        except ImportValidationError as exc:
            progress.finish()
            if args.json and exc.result is not None:
                _print_json(exc.result.to_dict())  # type: ignore[attr-defined]
            raise
        finally:
            progress.finish()
    if args.json:
        _print_json(result.to_dict())
        return EXIT_OK
    verb = "Would import" if result.dry_run else "Imported"
    print(f"{verb} {result.file.name} (sheet {result.sheet!r}): {result.rows_read} rows read, "
          f"{result.inserted} new, {result.updated} changed, {result.unchanged} unchanged, "
          f"{result.invalid} invalid, {result.accounts_created} new accounts.")
    if result.profile_used:
        print(f"Column mapping: saved profile {result.profile_used!r}.")
    for code, name in result.new_accounts[:20]:
        print(f"  new account {code}  {name}")
    if len(result.new_accounts) > 20:
        print(f"  … and {len(result.new_accounts) - 20} more new accounts")
    for problem in result.errors[:50]:
        print(f"  skipped: {problem}")
    if result.error_workbook:
        print(f"Invalid rows written to {result.error_workbook}")
    if result.batch_id:
        print(f"Batch {result.batch_id} (undo with `kam import undo {result.batch_id}`).")
    return EXIT_OK


def cmd_import_history(args: argparse.Namespace) -> int:
    from kam_desktop.services.importing.history import list_imports

    with _open(args) as db, db.unit_of_work() as uow:
        batches = list_imports(uow)
    if args.json:
        _print_json([b.to_dict() for b in batches])
        return EXIT_OK
    _print_table(
        ("batch", "imported", "kind", "file", "rows", "new", "changed", "status"),
        [(b.batch_id[:8], b.imported_at.strftime("%Y-%m-%d %H:%M"), b.kind, b.file_name,
          b.rows_read, b.inserted, b.updated, b.status) for b in batches],
    )
    return EXIT_OK


def cmd_import_undo(args: argparse.Namespace) -> int:
    from kam_desktop.services.importing.history import undo_import

    with _open(args) as db:
        result = undo_import(db, args.batch_id)
    if args.json:
        _print_json(result.to_dict())
        return EXIT_OK
    print(f"Undid import {result.batch_id}: {result.rows_removed} rows removed, "
          f"{result.rows_restored} rows restored, {result.accounts_removed} accounts removed.")
    if result.accounts_kept:
        print("Kept accounts that now hold data of their own: " + ", ".join(result.accounts_kept))
    return EXIT_OK


def cmd_import_profiles(args: argparse.Namespace) -> int:
    from kam_desktop.services.importing.profiles import list_profiles

    with _open(args) as db, db.unit_of_work() as uow:
        found = list_profiles(uow)
    if args.json:
        _print_json([{"name": p.name, "kind": p.kind, "mapping": p.mapping} for p in found])
        return EXIT_OK
    _print_table(("profile", "kind", "mapping"),
                 [(p.name, p.kind, ", ".join(f"{k}={v}" for k, v in p.mapping.items()))
                  for p in found])
    return EXIT_OK


def cmd_sales_by_account(args: argparse.Namespace) -> int:
    from kam_desktop.services.export import write_table
    from kam_desktop.services.sales import sales_by_account

    with _open(args) as db, db.unit_of_work() as uow:
        frame = sales_by_account(uow, args.date_from, args.date_to)
    if args.out:
        target = write_table(frame, Path(args.out), sheet="Sales by account")
        print(f"{len(frame)} accounts written to {target}")
        return EXIT_OK
    if args.json:
        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        _print_json(records)
        return EXIT_OK
    _print_table(tuple(frame.columns), frame.astype(object).where(frame.notna(), None)
                 .itertuples(index=False))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from kam_desktop.ui.app import resolve_gui_db_path, run_gui

    db_path = resolve_gui_db_path(getattr(args, "db", None))
    return run_gui(db_path, demo_if_missing=args.demo_if_missing, lang=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KamError as exc:
        print(f"kam: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("kam: interrupted; nothing was committed.", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        traceback.print_exc()
        print("kam: unexpected failure (a bug); the details are above.", file=sys.stderr)
        return EXIT_FAILURE


__all__ = ["EXIT_FAILURE", "EXIT_OK", "EXIT_REFUSED", "build_parser", "main"]
