"""Import speed: a 200,000-row × 12-column sales export, end to end, against a bare read.

    .venv/bin/python benchmarks/bench_import.py [--rows 200000] [--keep DIR]

Prints, from one run: the bare fastexcel read, our import (read → map → validate → upsert →
commit) into a fresh database, their ratio, the re-import of the same file (nothing changes),
and peak memory (this process and the reader child processes). Targets (issue 3): ratio ≤ 2.0,
re-import no slower than the first import, peak memory ≤ 1 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

import fastexcel
from openpyxl import Workbook

from kam_desktop.services.database import open_database
from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.pipeline import import_file
from kam_desktop.services.importing.result import ImportRequest

HEADER = ["客户编码", "客户名称", "单据编号", "行号", "单据日期", "存货编码", "存货名称",
          "数量", "单价", "金额", "成本", "业务员"]
CITIES = ["上海", "北京", "深圳", "广州", "苏州", "杭州", "成都", "武汉", "南京", "天津"]
WORDS = ["华信", "宏立", "鑫昌", "康创", "凯中", "拓立", "新联", "腾鼎", "美佳", "兴瑞"]
KINDS = ["精密制造", "汽车部件", "食品科技", "电子", "物流", "化工", "医药", "能源"]
PEOPLE = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊"]


def make_export(path: Path, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    customers = [(f"C{i:05d}", f"{rnd.choice(CITIES)}{rnd.choice(WORDS)}{rnd.choice(KINDS)}"
                  f"有限公司{i}") for i in range(2000)]
    products = [(f"P{i:05d}", f"产品{i:04d}型", round(rnd.uniform(5, 800), 2)) for i in range(500)]
    start = dt.date(2023, 1, 1)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("销售明细")
    ws.append(HEADER)
    order = 0
    line = 0
    for _ in range(rows):
        if line == 0 or rnd.random() < 0.35:
            order += 1
            line = 0
            code, name = rnd.choice(customers)
            day = start + dt.timedelta(days=rnd.randrange(900))
            person = rnd.choice(PEOPLE)
        line += 1
        pcode, pname, price = rnd.choice(products)
        qty = rnd.randrange(1, 200)
        amount = round(qty * price, 2)
        ws.append([code, name, f"XS{order:08d}", line, day, pcode, pname, qty, price, amount,
                   round(amount * rnd.uniform(0.55, 0.85), 2), person])
    wb.save(path)


def peak_mb() -> tuple[float, float]:
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / scale
    return own, children


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--keep", type=Path, help="folder for the export and database")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kam-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    export = folder / f"sales_{args.rows}.xlsx"
    if not export.exists():
        t = time.perf_counter()
        make_export(export, args.rows)
        print(f"generated {export.name} ({export.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - t:.1f} s")

    t = time.perf_counter()
    table = fastexcel.read_excel(str(export)).load_sheet(0).to_arrow()
    bare = time.perf_counter() - t
    print(f"bare fastexcel read:   {bare:6.2f} s  ({table.num_rows:,} rows × "
          f"{table.num_columns} columns)")

    db_path = folder / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = open_database(db_path, auto_backup=False)
    request = ImportRequest(kind=ImportKindName.SALES, path=export)
    t = time.perf_counter()
    first = import_file(db, request)
    ours = time.perf_counter() - t
    print(f"our import:            {ours:6.2f} s  ({first.inserted:,} lines, "
          f"{first.accounts_created:,} new accounts, {first.invalid} invalid)")
    print(f"ratio:                 {ours / bare:6.2f}  (target ≤ 2.0)")
    t = time.perf_counter()
    again = import_file(db, request)
    reimport = time.perf_counter() - t
    print(f"re-import:             {reimport:6.2f} s  ({again.inserted} new, {again.updated} "
          f"changed, {again.unchanged:,} unchanged; target ≤ first import)")
    db.close()
    own, children = peak_mb()
    print(f"peak memory:           {own:6.0f} MB in this process, {children:.0f} MB in the "
          "reader child (target ≤ 1 GB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
