"""`kam plan export`: account plans as PDF on the command line.

    kam plan export (--account CODE | --tier T | --all) --out PATH
                    [--lang zh|en] [--paper a4|letter] [--merged] [--period P]

`--out` is a file for one account (one `--account`) or with `--merged`, a folder otherwise
(created when missing; one PDF per account, named `<code> <name> <period>.pdf`). Wired into
`kam_desktop.cli.build_parser` with one call, `register(commands, sub)` (see cli_classification).
Exit codes follow cli.py: 0 done, 2 a user error (unknown account, bad path; the reason on
stderr, nothing written), 1 a bug. Batches report progress on stderr.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kam_desktop.errors import InvalidInputError

Sub = Callable[[Any, str, str], argparse.ArgumentParser]


def register(commands: Any, sub: Sub) -> None:
    """Add `plan export` to the `kam` parser."""
    plan = sub(commands, "plan", "account plans: export as PDF")
    plan_cmds = plan.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    export = sub(plan_cmds, "export", "write account plans as PDF files")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--account", action="append", metavar="CODE",
                       help="the account's code (repeatable)")
    which.add_argument("--tier", metavar="T", help="every account whose tier in force is T")
    which.add_argument("--all", action="store_true", help="every account")
    export.add_argument("--out", required=True, metavar="PATH",
                        help="a file for one account or --merged, else a folder")
    export.add_argument("--lang", choices=("en", "zh"), default="en",
                        help="language of the PDF (default en)")
    export.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default a4)")
    export.add_argument("--merged", action="store_true",
                        help="one PDF with an outline entry per account")
    export.add_argument("--period", metavar="P",
                        help="plan period, e.g. 2026 (default: each account's newest plan, "
                             "else this year)")
    export.set_defaults(func=cmd_plan_export)


class _Progress:
    """Progress of a batch on stderr: one updating line on a terminal, else a line per plan."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.perf_counter()

    def __call__(self, done: int, total: int, message: str) -> None:
        if done >= total:
            return
        if self.tty:
            sys.stderr.write(f"\r[{done + 1}/{total}] {message[:60]:<60}")
        else:
            sys.stderr.write(f"[{done + 1}/{total}] {message}\n")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()


def cmd_plan_export(args: argparse.Namespace) -> int:
    from kam_desktop.cli import EXIT_OK, _db_path, _open, _require_existing
    from kam_desktop.services.plan_export import (
        PdfOptions,
        export_plans,
        select_accounts,
        write_plan_file,
    )

    _require_existing(_db_path(args))
    out = Path(args.out)
    options = PdfOptions(lang=args.lang, paper=args.paper)
    period = args.period.strip() if args.period else None
    if args.period is not None and not period:
        raise InvalidInputError("--period: give a period such as 2026.")
    with _open(args) as db:
        with db.unit_of_work() as uow:
            ids = select_accounts(uow, codes=args.account or (), tier=args.tier,
                                  all_accounts=args.all)
        if not ids:
            what = f"with tier {args.tier}" if args.tier is not None else "in the database"
            raise InvalidInputError(f"No accounts {what}: nothing to export.")
        if args.account and len(ids) == 1 and not args.merged:
            write_plan_file(db, ids[0], out, period=period, options=options)
            print(f"Wrote {out}")
            return EXIT_OK
        progress = _Progress()
        try:
            result = export_plans(db, ids, out, merged=args.merged, options=options,
                                  period=period, progress=progress)
        finally:
            progress.finish()
    seconds = time.perf_counter() - progress.started
    if args.merged:
        print(f"Wrote {result.count} plans into {out} ({seconds:.1f} s)")
    else:
        print(f"Wrote {result.count} plans into the folder {out} ({seconds:.1f} s)")
    return EXIT_OK


__all__ = ["cmd_plan_export", "register"]
