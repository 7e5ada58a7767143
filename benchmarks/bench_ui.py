"""Benchmark the Accounts page on a big portfolio, through the real widgets:
`python benchmarks/bench_ui.py [--db PATH] [--accounts 100000] [--repeat 3]`.

Without `--db`, a demo portfolio of `--accounts` accounts is made in a temporary folder first
(about a minute for 100,000; `--keep` keeps it in the current folder). With `--db` the database
is only read (use a copy if it must not be touched by a schema upgrade). Runs offscreen unless
QT_QPA_PLATFORM is set; settings go to a temporary folder.

Prints, for each of `--repeat` page openings (the first reads the file from disk):
- first rows: constructing the page and `set_database` until the first rows are painted;
- shown: until the whole portfolio is in the table model and painted (search, sort and
  filters work on every account from then on) — the target is 1 s — and the CPU time the
  process spent until then (all threads: what the wall time would be on an idle machine
  without the parallel queries; on a busy one the wall time is longer);
- search ready: until the search text of every account is built (on a worker thread, just
  after the table is shown; a key typed before then builds it on the spot);
- attention: until the attention columns and filter arrive (background, the UI stays live).
Then the time per search keystroke (median and max; target 100 ms): a key press sent to the
search box, the filter applied and the table painted, typing realistic searches (a company
name, a contact's name, a code, two words), while the attention check is still running in the
background and again after it. The load average is printed: on a busy machine every figure
grows with it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PAGE_SIZE = (1226, 780)  # the page's share of a 1400×860 window


def build_demo(path: Path, accounts: int) -> None:
    from kam_desktop.services.database import open_database
    from kam_desktop.services.demo import generate_demo

    print(f"making a demo portfolio of {accounts:,} accounts in {path} …", flush=True)
    started = time.perf_counter()
    db = open_database(path)
    generate_demo(db, accounts=accounts)
    db.close()
    print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing database (read only)")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the demo database made")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kam-bench-ui-") as tmp:
        from kam_desktop import paths

        paths.set_home(Path(tmp) / "home")  # the user's settings are neither read nor written
        path = args.db
        if path is None:
            path = (Path.cwd() if args.keep else Path(tmp)) / f"bench-{args.accounts}.db"
            if not path.exists():
                build_demo(path, args.accounts)
        return Bench(path).run(max(args.repeat, 1))


def load() -> str:
    if not hasattr(os, "getloadavg"):
        return ""
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


class Bench:
    def __init__(self, path: Path) -> None:
        from kam_desktop.services.database import open_database
        from kam_desktop.ui.app import create_app

        self.path = path
        self.app = create_app(lang="en")
        self.db = open_database(path, create=False)
        self.page: Any = None

    def wait_for(self, condition: Callable[[], bool], timeout: float = 600.0) -> float:
        """Run the event loop until `condition()`; return when that was seen. The loop runs in
        Qt (a check every 2 ms), not a Python polling loop that would hold the GIL the
        loading threads need."""
        from PySide6.QtCore import QEventLoop, QTimer

        if condition():
            return time.perf_counter()
        loop = QEventLoop()
        seen = [0.0]
        deadline = time.perf_counter() + timeout

        def check() -> None:
            if condition():
                seen[0] = time.perf_counter()
                loop.quit()
            elif time.perf_counter() > deadline:
                loop.quit()

        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(check)
        timer.start()
        loop.exec()
        timer.stop()
        if not seen[0]:
            raise TimeoutError("the page did not get there in time")
        return seen[0]

    def open_page(self, attempt: int, last: bool) -> float:
        """Open the page once; print and return how long until the whole list was painted."""
        from PySide6.QtCore import QEvent, QObject

        from kam_desktop.ui.accounts_page import AccountsPage

        if self.page is not None:
            self.page.close()
            self.page.deleteLater()
            self.app.processEvents()
        marks: dict[str, float] = {}
        painted = [0.0]

        class PaintClock(QObject):
            def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted[0] = time.perf_counter()
                return False

        def mark(name: str) -> Callable[..., None]:
            return lambda *_args: marks.setdefault(name, time.perf_counter())

        started, cpu_started = time.perf_counter(), time.process_time()
        page = self.page = AccountsPage()
        page.resize(*PAGE_SIZE)
        clock = PaintClock(page)
        page.table.viewport().installEventFilter(clock)
        page.first_rows_shown.connect(mark("first"))
        page.loaded.connect(mark("loaded"))
        page.search_ready.connect(mark("search"))
        page.attention_loaded.connect(mark("attention"))
        page.show()
        page.set_database(self.db)
        self.wait_for(lambda: "loaded" in marks)
        shown = self.wait_for(lambda: painted[0] > marks["loaded"]) - started
        cpu = time.process_time() - cpu_started  # every thread of the process
        first = ""
        if "first" in marks:
            first = f"first rows {marks['first'] - started:5.2f} s · "
        searchable = self.wait_for(lambda: "search" in marks) and marks["search"] - started
        if not last:
            self.wait_for(lambda: "attention" in marks)
            attention = f"attention {marks['attention'] - started:5.2f} s"
        else:
            attention = "attention still checking (the keystrokes below run alongside it)"
        print(f"open {attempt + 1}: {first}shown {shown:5.2f} s "
              f"({page.model.rowCount():,} accounts; CPU {cpu:4.2f} s) · "
              f"search ready {searchable:5.2f} s · {attention} · {load()}", flush=True)
        return shown

    def press(self, key: Any, text: str = "") -> None:
        """A key press and release as the keyboard sends them (any character, not only the
        ASCII ones QTest knows)."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(self.page.search,
                                   QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def searches(self) -> list[str]:
        """Realistic searches in this database: part of a company name in Latin letters and
        in Chinese, a contact's name, a code, two words."""
        values = self.page.model.table.values
        names = [str(n) for n in values["name"][:3000] if n]
        latin = next((n for n in names if n.isascii() and " " in n), "Lakegate Semiconductors")
        chinese = next((n for n in names if not n.isascii() and len(n) >= 6), "广州康远电子")
        contact = next((str(c) for c in values["contact_names"][:100] if c), "张伟")
        code = str(values["code"][len(values["code"]) // 2])
        return [latin.split()[0].lower()[:8], chinese[2:4], contact.split(",")[0][:3],
                code[:5], f"{chinese[:2]} {chinese[4:6]}"]

    def type_searches(self, searches: list[str]) -> list[float]:
        from PySide6.QtCore import Qt

        page, times = self.page, []
        for text in searches:
            page.search.clear()
            self.app.processEvents()
            for char in text:
                started = time.perf_counter()
                self.press(Qt.Key(ord(char.upper())) if char.isascii() and char != " "
                           else (Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown), char)
                page.table.viewport().repaint()  # painted now, not at the next idle moment
                times.append(time.perf_counter() - started)
            self.press(Qt.Key.Key_Backspace)
            page.table.viewport().repaint()
            self.app.processEvents()
        page.search.clear()
        self.app.processEvents()
        return times

    def run(self, repeat: int) -> int:
        print(f"database: {self.path} ({self.path.stat().st_size / 1e9:.1f} GB) · {load()}",
              flush=True)
        shown = [self.open_page(i, i == repeat - 1) for i in range(repeat)]
        page = self.page
        page.activateWindow()
        page.search.setFocus()
        searches = self.searches()
        typed = ", ".join(repr(s) for s in searches)

        def report(label: str, times: list[float]) -> None:
            print(f"search keystrokes {label}: median {statistics.median(times) * 1000:5.1f} ms"
                  f" · max {max(times) * 1000:5.1f} ms over {len(times)} keys · {load()}",
                  flush=True)

        print(f"typing {typed}", flush=True)
        report("while the attention check runs" if not page.attention_ready
               else "(attention already done)", self.type_searches(searches))
        self.wait_for(lambda: page.attention_ready)
        report("after the attention check", self.type_searches(searches))
        print(f"shown: best {min(shown):.2f} s, first {shown[0]:.2f} s (target 1 s)", flush=True)
        page.close()
        self.db.close()
        self.app.processEvents()
        return 0


if __name__ == "__main__":
    sys.exit(main())
