"""Benchmark the attention rules and the pages built on them:
`python benchmarks/bench_attention.py --db PATH [--today YYYY-MM-DD] [--repeat N]`.

Give it a copy of a large demo database (`kam --db /tmp/x.db demo --accounts 100000`, then
`kam --db /tmp/x.db classify` so that the tiers exist); it only reads. Prints the wall time of
each step (best of `--repeat`, first run also shown: the first one reads the file from disk),
the number of accounts each rule flags, and the peak memory (RSS) of the process.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kam_desktop.services.account_list import (
    AccountFilter,
    filter_mask,
    portfolio_table,
    search_haystack,
)
from kam_desktop.services.account_overview import account_overview
from kam_desktop.services.attention import (
    attention_list,
    attention_table,
    refresh_attention,
    rule_counts,
)
from kam_desktop.services.dashboard import build_dashboard
from kam_desktop.services.database import open_database
from kam_desktop.services.visits import agenda


def timed(label: str, repeat: int, run: Callable[[], Any]) -> Any:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    print(f"  {label:<44} {min(times):7.2f} s   (first {times[0]:.2f} s)", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    db = open_database(args.db)
    today = args.today or date.today()
    n = args.repeat

    table = timed("attention_table (Database: parallel)", n,
                  lambda: attention_table(db, today=today))

    def sequential() -> object:
        with db.unit_of_work() as uow:
            return attention_table(uow, today=today)

    timed("attention_table (unit of work: in turn)", n, sequential)
    timed("attention_list top 200 with reasons", n,
          lambda: attention_list(table=table, limit=200))
    timed("attention_list all flagged, no reasons", n,
          lambda: attention_list(table=table, limit=None, reasons=False))
    account = table.index[table["attention"].to_numpy().argmax()]

    def refresh() -> object:
        with db.unit_of_work() as uow:
            return refresh_attention(table, uow, [account])

    timed("refresh_attention (one account)", n, refresh)

    def overview() -> object:
        with db.unit_of_work() as uow:
            return account_overview(uow, account, today=today)

    timed("account_overview (one account)", n, overview)
    board = timed("build_dashboard", n, lambda: build_dashboard(db, today=today))
    frame = timed("portfolio_table (reusing the attention table)", n,
                  lambda: portfolio_table(db, today=today, attention=board.attention_table))
    haystack = timed("search_haystack", n, lambda: search_haystack(frame))
    timed("filter: search 'wang' + tier A + flagged", n, lambda: filter_mask(
        frame, AccountFilter(search="wang", tiers=frozenset({"A"}), attention=True), haystack))

    def coming() -> object:
        with db.unit_of_work() as uow:
            return agenda(uow, today=today)

    timed("agenda", n, coming)
    print(f"\n{len(table):,} accounts in scope, {int((table['attention'] > 0).sum()):,} flagged")
    for rule, count in rule_counts(table).items():
        print(f"  {rule.value:<26} {count:>8,}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
