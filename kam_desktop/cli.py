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
