"""`kam import …`, `kam import history/undo`, `kam sales by-account` as a user runs them."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kam_desktop.cli import main
from kam_desktop.services.database import open_database
from tests.helpers.sqlite_dump import dump
from tests.helpers.workbooks import write_xlsx
from tests.services.importing.broken_files import HOSTILE

HEADER = ["客户编码", "客户名称", "单据编号", "单据日期", "存货编码", "数量", "单价", "金额"]


def sales(tmp_path: Path, bad: bool = False) -> Path:
    rows = [[f"C{i % 4}", f"客户{i % 4}", f"SO{i // 2}", dt.date(2025, 1, 1 + i), f"P{i}",
             i + 1, 2.5, (i + 1) * 2.5] for i in range(10)]
    if bad:
        rows[3][3] = "someday"
    return write_xlsx(tmp_path / ("bad.xlsx" if bad else "sales.xlsx"), [HEADER, *rows])


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_history_undo(db_path: Path, tmp_path: Path, capsys) -> None:
    path = sales(tmp_path)
    code, out, _ = run(capsys, "--db", str(db_path), "import", "sales", str(path), "--json")
    assert code == 0
    result = json.loads(out)
    for key in ("batch_id", "rows_read", "inserted", "updated", "unchanged", "invalid",
                "accounts_created", "errors"):
        assert key in result
    assert (result["rows_read"], result["inserted"], result["accounts_created"]) == (10, 10, 4)

    code, out, _ = run(capsys, "--db", str(db_path), "import", "sales", str(path), "--json")
    again = json.loads(out)
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 10)

    code, out, _ = run(capsys, "--db", str(db_path), "import", "history", "--json")
    assert [b["inserted"] for b in json.loads(out)] == [0, 10]

    code, out, _ = run(capsys, "--db", str(db_path), "sales", "by-account", "--json")
    by_account = json.loads(out)
    assert [r["code"] for r in by_account] == ["C0", "C1", "C2", "C3"]
    assert sum(r["lines"] for r in by_account) == 10
    assert set(by_account[0]) == {"code", "name", "lines", "orders", "sales", "profit",
                                  "first_order", "last_order"}

    code, out, _ = run(capsys, "--db", str(db_path), "import", "undo", result["batch_id"])
    assert code == 0 and "10 rows removed" in out
    code, out, _ = run(capsys, "--db", str(db_path), "sales", "by-account", "--json")
    assert json.loads(out) == []


def test_invalid_rows_exit_2_with_a_full_report(db_path: Path, tmp_path: Path, capsys) -> None:
    open_database(db_path).close()
    before = dump(db_path)
    code, out, err = run(capsys, "--db", str(db_path), "import", "sales",
                         str(sales(tmp_path, bad=True)), "--json")
    assert code == 2
    report = json.loads(out)
    assert report["invalid"] == 1 and report["batch_id"] is None
    assert report["errors"] == [{"sheet": "Sheet1", "row": 5, "column": "D (单据日期)",
                                 "message": "date not understood: 'someday'"}]
    assert "nothing was imported" in err
    assert [line for line in dump(db_path) if "INSERT" in line and "alembic" not in line] == \
        [line for line in before if "INSERT" in line and "alembic" not in line]

    code, out, _ = run(capsys, "--db", str(db_path), "import", "sales",
                       str(sales(tmp_path, bad=True)), "--skip-invalid", "--json")
    report = json.loads(out)
    assert code == 0 and (report["inserted"], report["invalid"]) == (9, 1)
    assert load_workbook(report["error_workbook"]).active.max_row == 2


def test_dry_run_and_map(db_path: Path, tmp_path: Path, capsys) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [["Cust", "When", "Total"], ["K1", "2025-01-02", 9]])
    code, _, err = run(capsys, "--db", str(db_path), "import", "sales", str(path))
    assert code == 2 and "no column found for" in err and "--map" in err
    code, out, _ = run(capsys, "--db", str(db_path), "import", "sales", str(path), "--dry-run",
                       "--map", "customer_code=Cust", "--map", "order_date=When",
                       "--map", "amount=Total", "--json")
    assert code == 0
    assert json.loads(out)["inserted"] == 1 and json.loads(out)["batch_id"] is None
    code, _, err = run(capsys, "--db", str(db_path), "import", "sales", str(path),
                       "--map", "colour=Cust")
    assert code == 2 and "colour" in err


def test_sales_by_account_out_xlsx(db_path: Path, tmp_path: Path, capsys) -> None:
    run(capsys, "--db", str(db_path), "import", "sales", str(sales(tmp_path)))
    target = tmp_path / "by_account.xlsx"
    code, _, _ = run(capsys, "--db", str(db_path), "sales", "by-account", "--from",
                     "2025-01-03", "--to", "2025-01-05", "--out", str(target))
    assert code == 0
    rows = list(load_workbook(target).active.values)
    assert rows[0] == ("code", "name", "lines", "orders", "sales", "profit", "first_order",
                       "last_order")
    assert sum(r[2] for r in rows[1:]) == 3


@pytest.mark.slow
def test_kill_9_during_a_large_import_leaves_no_trace(db_path: Path, tmp_path: Path) -> None:
    """SIGKILL while the import writes: the database is intact and holds nothing of it."""
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("SIGKILL does not exist on this platform")
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("客户编码,单据编号,行号,单据日期,存货编码,数量,单价\n")
        for i in range(300_000):
            fh.write(f"C{i % 500},SO{i // 4},{i % 4 + 1},2025-01-{i % 28 + 1:02d},P{i % 90},"
                     f"{i % 50 + 1},{(i % 70) + 0.5}\n")
    open_database(db_path).close()
    wal = Path(f"{db_path}-wal")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kam_desktop", "--db", str(db_path), "import", "sales",
         str(big)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    # The WAL grows only once the import writes (reading, checking and the backup do not).
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 4_000_000:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the import ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    result = subprocess.run(
        [sys.executable, "-m", "kam_desktop", "--db", str(db_path), "db", "check"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM sales_lines").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_broken_file_exits_2_with_its_own_message_and_changes_nothing(
    case: str, db_path: Path, tmp_path: Path, capsys
) -> None:
    make, _code = HOSTILE[case]
    open_database(db_path).close()
    before = dump(db_path)
    path = make(tmp_path)
    started = time.monotonic()
    code, _, err = run(capsys, "--db", str(db_path), "import", "sales", str(path))
    elapsed = time.monotonic() - started
    assert code == 2
    assert path.name in err  # names the file
    assert elapsed < 10
    assert dump(db_path) == before


def test_broken_files_have_distinct_messages(db_path: Path, tmp_path: Path, capsys) -> None:
    """Each kind of breakage gets a message of its own, not one generic "cannot read"."""
    open_database(db_path).close()
    headline_by_code: dict[str, set[str]] = {}
    for case, (make, code) in HOSTILE.items():
        folder = tmp_path / case
        folder.mkdir()
        path = make(folder)
        _, _, err = run(capsys, "--db", str(db_path), "import", "sales", str(path))
        headline = err.replace(str(path), "").replace(path.name, "").split(".")[0]
        headline_by_code.setdefault(code, set()).add(headline)
    headlines = [h for group in headline_by_code.values() for h in group]
    for code, group in headline_by_code.items():
        others = {h for c, g in headline_by_code.items() if c != code for h in g}
        assert not group & others, f"{code} shares its message with another kind of file"
    assert len(headlines) >= len(headline_by_code)
