"""`kam classify`, `kam policy …` and `kam tier …`: classification on the command line.

Wired into `kam_desktop.cli.build_parser` with one call, `register(commands, sub)`, where
`commands` is the top-level sub-parsers action and `sub(parent, name, help)` the helper that adds
a sub-command with its `--db` option. Commands follow cli.py: they return an exit code, user
errors raise KamError (exit 2), and `--json` prints JSON only on stdout.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from kam_desktop.errors import InvalidInputError

Sub = Callable[[Any, str, str], argparse.ArgumentParser]


def register(commands: Any, sub: Sub) -> None:
    """Add `classify`, `policy` and `tier` to the `kam` parser (see the module docstring)."""
    from kam_desktop.cli import _parse_date

    classify = sub(commands, "classify", "classify the accounts into tiers with a policy")
    source = classify.add_mutually_exclusive_group()
    source.add_argument("--policy", metavar="NAME",
                        help="a stored policy (default: the policy of the newest run, else "
                             "'ABC by sales')")
    source.add_argument("--policy-file", metavar="FILE.toml",
                        help="a policy file (saved as a new version when the run is saved)")
    classify.add_argument("--version", type=int, metavar="N",
                          help="with --policy: this version instead of the newest")
    classify.add_argument("--from", dest="date_from", type=_parse_date, metavar="DATE",
                          help="window start (overrides the policy's window)")
    classify.add_argument("--to", dest="date_to", type=_parse_date, metavar="DATE",
                          help="window end (default: the latest sales line)")
    classify.add_argument("--dry-run", action="store_true",
                          help="show the tiers and what would move; save nothing")
    classify.add_argument("--out", metavar="FILE", help="write the table to .csv, .xlsx or .json")
    classify.add_argument("--json", action="store_true", help="print the rows as JSON")
    classify.add_argument("--user", metavar="NAME", help="who runs it (default: login name)")
    classify.set_defaults(func=cmd_classify)

    policy = sub(commands, "policy", "tier policies: list, show, export, import")
    pol_cmds = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    pol_list = sub(pol_cmds, "list", "list the policies with their newest version")
    pol_list.add_argument("--json", action="store_true", help="print JSON")
    pol_list.set_defaults(func=cmd_policy_list)
    pol_show = sub(pol_cmds, "show", "print a policy as TOML")
    pol_show.add_argument("name", metavar="NAME")
    pol_show.add_argument("--version", type=int, metavar="N")
    pol_show.set_defaults(func=cmd_policy_show)
    pol_export = sub(pol_cmds, "export", "write a policy to a TOML file")
    pol_export.add_argument("name", metavar="NAME")
    pol_export.add_argument("file", metavar="FILE")
    pol_export.add_argument("--version", type=int, metavar="N")
    pol_export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    pol_export.set_defaults(func=cmd_policy_export)
    pol_import = sub(pol_cmds, "import", "read a TOML policy file (a new version if it changed)")
    pol_import.add_argument("file", metavar="FILE")
    pol_import.add_argument("--json", action="store_true", help="print JSON")
    pol_import.set_defaults(func=cmd_policy_import)

    tier = sub(commands, "tier", "manual tier overrides; why an account has its tier")
    tier_cmds = tier.add_subparsers(dest="tier_command", metavar="ACTION", required=True)
    override = sub(tier_cmds, "override", "set an account's tier by hand, with a reason")
    override.add_argument("code", metavar="CODE")
    override.add_argument("tier", metavar="TIER")
    override.add_argument("--reason", required=True, metavar="TEXT", help="why (required)")
    override.add_argument("--user", metavar="NAME", help="who (default: login name)")
    override.add_argument("--json", action="store_true", help="print JSON")
    override.set_defaults(func=cmd_tier_override)
    clear = sub(tier_cmds, "clear", "end an account's override; the computed tier applies")
    clear.add_argument("code", metavar="CODE")
    clear.add_argument("--user", metavar="NAME", help="who (default: login name)")
    clear.add_argument("--json", action="store_true", help="print JSON")
    clear.set_defaults(func=cmd_tier_clear)
    explain = sub(tier_cmds, "explain", "show how an account's score and tier came about")
    explain.add_argument("code", metavar="CODE")
    explain.add_argument("--run", metavar="RUN_ID", help="a stored run (default: the newest)")
    explain.add_argument("--json", action="store_true", help="print JSON")
    explain.set_defaults(func=cmd_tier_explain)


# --- helpers -----------------------------------------------------------------------------------


def _cli() -> Any:
    from kam_desktop import cli

    return cli


def _plain(value: object) -> object:
    """JSON-ready scalar: numpy → Python, NaN → None, whole floats for counts kept as float."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()  # type: ignore[union-attr]
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    columns = list(frame.columns)
    return [{c: _plain(v) for c, v in zip(columns, row, strict=True)}
            for row in frame.itertuples(index=False, name=None)]


def _write_json(frame: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".partial")
    lines = [json.dumps(r, ensure_ascii=False) for r in _records(frame)]
    tmp.write_text("[\n  " + ",\n  ".join(lines) + "\n]\n" if lines else "[]\n",
                   encoding="utf-8")
    tmp.replace(path)
    return path


def _default_policy(db: Any) -> str:
    from kam_desktop.errors import NotFoundError
    from kam_desktop.services.classification import ABC_BY_SALES, get_run

    with db.unit_of_work() as uow:
        try:
            return str(get_run(uow).policy_name)
        except NotFoundError:
            return ABC_BY_SALES


def _fmt(value: object) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}" if not value.is_integer() else f"{value:,.0f}"
    return str(value)


# --- classify ----------------------------------------------------------------------------------


def cmd_classify(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import (
        classify,
        ensure_builtin_policies,
        load_policy_file,
        what_if,
    )

    cli = _cli()
    if args.version is not None and not args.policy:
        raise InvalidInputError("--version goes with --policy NAME.")
    if args.out and Path(args.out).suffix.lower() not in (".csv", ".xlsx", ".json"):
        raise InvalidInputError(f"{Path(args.out).name}: choose a .csv, .xlsx or .json file "
                                "name for --out.")
    progress = cli._StderrProgress()
    with cli._open(args) as db:
        if args.policy_file:
            policy: Any = load_policy_file(Path(args.policy_file))
        else:
            if not args.dry_run:
                ensure_builtin_policies(db)
            policy = args.policy or _default_policy(db)
        migration = None
        try:
            if args.dry_run:
                tried = what_if(db, policy, start=args.date_from, end=args.date_to,
                                version=args.version, progress=progress)
                result, migration = tried.result, tried.migration
            else:
                result = classify(db, policy, start=args.date_from, end=args.date_to,
                                  version=args.version, user=args.user, progress=progress)
        finally:
            progress.finish()
    table = result.table()
    summary = _summary(result)
    if args.out:
        target = Path(args.out)
        if target.suffix.lower() == ".json":
            _write_json(table, target)
        else:
            from kam_desktop.services.export import write_table

            write_table(table, target, sheet="Classification")
        print(f"{len(table)} accounts written to {target}")
        print(summary)
        return cli.EXIT_OK
    if args.json:
        cli._print_json(_records(table))
        print(summary, file=sys.stderr)
        return cli.EXIT_OK
    cli._print_table(tuple(table.columns),
                     [[_fmt(v) for v in row] for row in table.itertuples(index=False)])
    print()
    print(summary)
    if migration is not None:
        print(f"\nCompared with the tiers in force: {migration.moved} accounts would move "
              "(rows: now, columns: with this policy).")
        _print_matrix(migration.matrix)
    return cli.EXIT_OK


def _summary(result: Any) -> str:
    counts = ", ".join(f"{label} {n}" for label, n in result.counts().items())
    version = (f" version {result.policy_version}" if result.policy_version is not None
               else " (unsaved)")
    overrides = int(result.rows["override_reason"].notna().sum())
    head = "Dry run, nothing saved" if result.dry_run else f"Run {result.run_id} saved"
    return (f"{head}: policy {result.policy.name!r}{version}, window {result.window}, "
            f"{len(result.rows)} accounts — {counts or 'none'}"
            + (f"; {overrides} with an override" if overrides else "") + ".")


def _print_matrix(matrix: pd.DataFrame) -> None:
    headers = ["from \\ to", *[str(c) for c in matrix.columns]]
    rows = [[str(label), *[str(int(v)) for v in row]]
            for label, row in zip(matrix.index, matrix.to_numpy(), strict=True)]
    _cli()._print_table(headers, rows)


# --- policy ------------------------------------------------------------------------------------


def cmd_policy_list(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import ensure_builtin_policies, list_policies

    cli = _cli()
    with cli._open(args) as db:
        ensure_builtin_policies(db)
        with db.unit_of_work() as uow:
            found = list_policies(uow)
    if args.json:
        cli._print_json([p.to_dict() for p in found])
        return cli.EXIT_OK
    cli._print_table(("policy", "version", "method", "builtin", "updated", "summary"),
                     [(p.name, p.version, p.method, "yes" if p.builtin else "",
                       p.updated_at.strftime("%Y-%m-%d %H:%M"), p.summary) for p in found])
    return cli.EXIT_OK


def cmd_policy_show(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import ensure_builtin_policies, get_policy_version

    cli = _cli()
    with cli._open(args) as db:
        ensure_builtin_policies(db)
        with db.unit_of_work() as uow:
            stored = get_policy_version(uow, args.name, args.version)
    sys.stdout.write(f"# {stored.name}, version {stored.version}"
                     f"{' (builtin)' if stored.builtin else ''}, saved "
                     f"{stored.created_at:%Y-%m-%d %H:%M} UTC\n{stored.toml}")
    return cli.EXIT_OK


def cmd_policy_export(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import ensure_builtin_policies, export_policy

    cli = _cli()
    with cli._open(args) as db:
        ensure_builtin_policies(db)
        with db.unit_of_work() as uow:
            target = export_policy(uow, args.name, Path(args.file), version=args.version,
                                   force=args.force)
    print(f"Policy {args.name!r} written to {target}")
    return cli.EXIT_OK


def cmd_policy_import(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import import_policy

    cli = _cli()
    with cli._open(args) as db:
        stored = import_policy(db, Path(args.file))
    if args.json:
        cli._print_json(stored.to_dict())
        return cli.EXIT_OK
    print(f"Policy {stored.name!r} is at version {stored.version} "
          f"(created {stored.created_at:%Y-%m-%d %H:%M} UTC).")
    return cli.EXIT_OK


# --- tier --------------------------------------------------------------------------------------


def cmd_tier_override(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import set_override

    cli = _cli()
    with cli._open(args) as db:
        info = set_override(db, args.code, args.tier, args.reason, user=args.user)
    if args.json:
        cli._print_json(info.to_dict())
        return cli.EXIT_OK
    computed = f" (computed: {info.computed_tier})" if info.computed_tier else ""
    print(f"{info.code} {info.name}: tier {info.tier} by {info.set_by}{computed}. "
          f"Reason: {info.reason}")
    return cli.EXIT_OK


def cmd_tier_clear(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import clear_override

    cli = _cli()
    with cli._open(args) as db:
        info = clear_override(db, args.code, user=args.user)
    if args.json:
        cli._print_json(info.to_dict())
        return cli.EXIT_OK
    now = info.computed_tier or "not classified yet"
    print(f"{info.code} {info.name}: override {info.tier} cleared; tier now {now}.")
    return cli.EXIT_OK


def cmd_tier_explain(args: argparse.Namespace) -> int:
    from kam_desktop.services.classification import explain

    cli = _cli()
    with cli._open(args) as db, db.unit_of_work() as uow:
        e = explain(uow, args.code, args.run)
    rows = [{"key": r.key, "indicator": r.label, "raw": _plain(r.raw), "norm": r.norm,
             "weight": r.weight, "contribution": r.contribution, "excluded": r.excluded,
             **({"cum_share": r.cum_share} if r.cum_share is not None else {})}
            for r in e.rows]
    data = {
        "code": e.code, "name": e.name, "tier": e.tier, "computed_tier": e.computed_tier,
        "score": e.score, "rank": e.rank, "policy": e.policy_name,
        "policy_version": e.policy_version, "run_id": e.run.run_id,
        "ran_at": e.ran_at.isoformat(), "window": f"{e.run.window_start} – {e.run.window_end}",
        "weights_counted": e.weights_counted, "breakdown": rows,
        "override": e.override.to_dict() if e.override else None,
        "since": e.change.since.isoformat() if e.change else None,
        "previous_tier": e.change.previous if e.change else None,
    }
    if args.json:
        cli._print_json(data)
        return cli.EXIT_OK
    score = f", score {e.score:.2f}" if e.score is not None else ""
    print(f"{e.code} {e.name}: tier {e.tier} (computed {e.computed_tier}{score}, rank {e.rank})")
    print(f"Policy {e.policy_name!r} version {e.policy_version}, run of "
          f"{e.ran_at:%Y-%m-%d %H:%M} UTC, window {data['window']}.")
    if e.override:
        print(f"Override by {e.override.set_by} on {e.override.set_at:%Y-%m-%d}: "
              f"{e.override.reason}")
    if e.change and e.change.previous:
        print(f"Tier {e.change.tier} since {e.change.since:%Y-%m-%d %H:%M} UTC "
              f"(before: {e.change.previous}).")
    print()
    cli._print_table(("indicator", "raw", "norm", "weight", "contribution"),
                     [(r.key, _fmt(r.raw), _fmt(r.norm) if not r.excluded else "excluded",
                       _fmt(r.weight), _fmt(r.contribution)) for r in e.rows])
    if e.weights_counted:
        print(f"\nscore = Σ contribution = Σ weight × norm / {_fmt(e.weights_counted)}")
    return cli.EXIT_OK


__all__ = ["register"]
