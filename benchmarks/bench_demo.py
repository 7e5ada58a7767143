"""Benchmark the demo generator: `python benchmarks/bench_demo.py [--accounts N] [--db PATH]`.

Generates a demo portfolio into a fresh database and prints the wall time, the rows per table,
the database file size and the peak memory (RSS) of the process. The issue's budget for
100,000 accounts (about two million sales lines) is two minutes on the 2-core reference machine.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from datetime import date
from itertools import pairwise
from pathlib import Path

from kam_desktop.services.database import open_database
from kam_desktop.services.demo import generate_demo

TABLES = ("accounts", "contacts", "visits", "visit_participants", "survey_responses",
          "sales_lines", "receivables", "import_batches")
BUDGET_SECONDS = 120.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None,
                        help="YYYY-MM-DD (default: today)")
    parser.add_argument("--db", type=Path, default=None,
                        help="database file to create (default: a temporary file)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kam-bench-") as tmp:
        path = args.db or Path(tmp) / "demo.db"
        if path.exists():
            parser.error(f"{path} exists; the benchmark needs a fresh database")
        db = open_database(path)
        steps: list[tuple[str, float]] = []  # (step, when it started)

        def progress(done: int, total: int, message: str) -> None:
            if not steps or not message.startswith(steps[-1][0]):  # a new step, not a chunk
                steps.append((message.rstrip("…."), time.perf_counter()))
                print(f"  [{done}/{total}] {message}", flush=True)

        started = time.perf_counter()
        summary = generate_demo(db, accounts=args.accounts, seed=args.seed, as_of=args.as_of,
                                progress=progress)
        wall = time.perf_counter() - started
        db.close()  # the last connection checkpoints and removes the WAL
        size_mb = path.stat().st_size / 1e6
        with closing(sqlite3.connect(path)) as conn:
            rows = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"accounts requested   {args.accounts:,}")
    print(f"wall time            {wall:.1f} s (generate_demo reports {summary.seconds:.1f} s; "
          f"budget {BUDGET_SECONDS:.0f} s)")
    print("time per step (generating and writing)")
    for (step, began), (_, ended) in pairwise(steps):
        print(f"  {step:<24} {ended - began:6.1f} s")
    print("rows per table")
    for table, count in rows.items():
        print(f"  {table:<24} {count:>10,}")
    print(f"file size            {size_mb:,.1f} MB")
    print(f"peak RSS             {peak_mb:,.0f} MB")
    return 0 if wall <= BUDGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
