"""Classification speed at 100,000 accounts: indicators + weighted scorecard, database to stored
results, end to end; the same for ABC by sales; peak memory.

    .venv/bin/python benchmarks/bench_classify.py [--source big.db] [--work DIR] [--repeat 3]
                                                  [--fresh] [--same-history]

The source database (default /tmp/acc/big.db, made by `kam --db big.db demo --accounts 100000`)
is copied into the work folder and never touched; the copy is upgraded to the current schema
without a backup (it is a throwaway). Each repeat is one full `classify()` that stores a run,
so the copy grows by one run per repeat — and writing a run costs more the more results are
stored (the tier_results account index takes one entry per account beside the older ones, so
each run rewrites that whole index): each line says how many were stored before it. With
`--same-history` each timed run is deleted again afterwards (untimed), so every repeat sees
the same history.

Prints the wall and CPU time and the phases of each run (indicators, tiers, breakdown,
write, commit) with the load average before it — on a shared machine, other processes show up
as wall time, so compare the best runs — then the first, best and median time per policy, and
the peak RSS (which counts the memory-mapped database pages read, shared with the OS cache).
Target (classification issue): weighted end to end ≤ 3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from kam_desktop.services.classification import (
    ABC_BY_SALES,
    BALANCED_SCORECARD,
    classify,
    ensure_builtin_policies,
)
from kam_desktop.services.database import inspect_file
from kam_desktop.storage import schema
from kam_desktop.storage.database import Database

DEFAULT_SOURCE = Path("/tmp/acc/big.db")


def peak_rss_mb() -> float:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


class AnonPeak:
    """Peak anonymous memory (Linux RssAnon, sampled every 10 ms): the process's own memory,
    without the memory-mapped database pages that RSS also counts."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def _now_kb() -> int:
        try:
            with open("/proc/self/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("RssAnon:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self.peak_kb = max(self.peak_kb, self._now_kb())

    def __enter__(self) -> AnonPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def prepare(source: Path, work: Path, fresh: bool) -> Path:
    target = work / "bench_classify.db"
    if fresh or not target.exists():
        for suffix in ("", "-wal", "-shm"):
            (work / f"bench_classify.db{suffix}").unlink(missing_ok=True)
        print(f"copying {source} → {target} …", flush=True)
        shutil.copyfile(source, target)
        wal = source.with_name(source.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
    if inspect_file(target) != schema.head_revision():
        print("upgrading the copy to the current schema …", flush=True)
        schema.upgrade(target)
    return target


def calibrate() -> float:
    """A fixed single-threaded SQLite workload (seconds; ~0.6 s on an idle 2-core laptop), to
    tell a slow run from a busy machine: this VM's CPU speed varied by ±40 % between minutes."""
    conn = sqlite3.connect(":memory:")
    started = time.perf_counter()
    conn.execute("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r "
                 "WHERE i < 2000000) SELECT sum(i) FROM r").fetchall()
    conn.close()
    return time.perf_counter() - started


def stored_results(path: Path) -> tuple[int, int]:
    """Runs and results already stored: each run writes into indexes that grow with them."""
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT count(*) FROM tier_runs").fetchone()[0],
                conn.execute("SELECT count(*) FROM tier_results").fetchone()[0])


def forget_run(path: Path, run_id: str | None) -> None:
    """Delete a run and (cascading) its results."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM tier_runs WHERE id = ?", (run_id,))


def warm(path: Path) -> float:
    """Read the file once so that every repeat starts from the OS page cache alike."""
    started = time.perf_counter()
    with path.open("rb") as fh:
        while fh.read(1 << 24):
            pass
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--work", type=Path, help="folder for the copy (default: a temp dir)")
    parser.add_argument("--fresh", action="store_true", help="copy again even if a copy exists")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--same-history", action="store_true",
                        help="delete each timed run afterwards, so every repeat sees the same "
                             "stored history")
    args = parser.parse_args()
    if not args.source.exists():
        print(f"No source database at {args.source}; make one with "
              "`kam --db big.db demo --accounts 100000`.", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="kam-bench-classify-"))
    work.mkdir(parents=True, exist_ok=True)
    path = prepare(args.source, work, args.fresh)
    print(f"warming the page cache: {warm(path):.1f} s")
    db = Database(path)
    ensure_builtin_policies(db)
    summary: dict[str, list[float]] = {}
    with AnonPeak() as sampler:
        for name in (BALANCED_SCORECARD, ABC_BY_SALES):
            times = summary.setdefault(name, [])
            for i in range(args.repeat):
                load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
                stored = stored_results(path)
                reference = calibrate()
                started, cpu = time.perf_counter(), time.process_time()
                result = classify(db, name)
                elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
                if args.same_history:
                    forget_run(path, result.run_id)
                times.append(elapsed)
                phases = "  ".join(f"{k} {v:.2f}" for k, v in result.timings.items())
                print(f"{name:<20} #{i + 1}: {elapsed:5.2f} s wall, {cpu:5.2f} s CPU  "
                      f"({len(result.rows):,} accounts, {len(result.keys)} indicators; "
                      f"{phases}; load before {load:.1f}, reference {reference:.2f} s, "
                      f"{stored[1]:,} results of {stored[0]} runs stored before)", flush=True)
    db.close()
    print()
    for name, times in summary.items():
        print(f"{name:<20} first {times[0]:.2f} s   best {min(times):.2f} s   "
              f"median {statistics.median(times):.2f} s")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (with the memory-mapped database pages); "
          f"peak anonymous memory: {sampler.peak_kb / 1024:.0f} MB")
    print(f"database: {path} ({path.stat().st_size / 1e9:.2f} GB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
