"""Render the main window and dialogs to PNG files, offscreen, for the documentation.

    python -m kam_desktop.ui.screenshots OUTDIR [--db PATH] [--lang en|zh_CN]

Without `--db`, a temporary database is filled with the demo portfolio. Settings are redirected
to a temporary folder, so neither the user's window layout nor their language leaks into the
pictures (and nothing is written to their settings). Files: `main-<lang>.png` (Accounts page
with the first account selected), `dashboard-<lang>.png`, `settings-<lang>.png`,
`about-<lang>.png`, `first-run-<lang>.png`, where `<lang>` is `en` or `zh`.

The import is pictured on its own database, importing a generated ERP export
(`render_import_screenshots`): each wizard step `import-file`, `import-sheet`, `import-mapping`,
`import-check`, `import-summary`, a file that cannot be read (`import-error`), and the Import
page with its history (`import-page`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

SIZE = (1400, 860)


def _wait_until(condition, timeout_s: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()


def render_screenshots(out_dir: Path, db_path: Path | None = None,
                       lang: str = "en") -> list[Path]:
    """Write the screenshots into `out_dir`; returns the files written."""
    from kam_desktop import paths
    from kam_desktop.services.database import open_database
    from kam_desktop.ui.about_dialog import AboutDialog
    from kam_desktop.ui.app import create_app
    from kam_desktop.ui.first_run_dialog import FirstRunDialog
    from kam_desktop.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    tag = "zh" if lang == "zh_CN" else "en"
    written: list[Path] = []

    shown_default = paths.default_db_path()  # the user's real default, for the first-run text
    with tempfile.TemporaryDirectory(prefix="kam-screenshots-") as tmp:
        paths.set_home(Path(tmp) / "home")
        try:
            create_app(lang=lang)
            if db_path is None:
                from kam_desktop.services.demo import generate_demo

                db_path = Path(tmp) / "demo.db"
                db = open_database(db_path)
                generate_demo(db)
            else:
                db = open_database(Path(db_path), create=False)

            window = MainWindow(db)
            window.resize(*SIZE)
            window.show_page("accounts")
            window.show()
            _wait_until(lambda: not window.accounts_page.is_loading)
            if window.accounts_page.model.rowCount():
                window.accounts_page.select_row(0)
            _settle()

            def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
                _settle()
                target = out_dir / f"{name}-{tag}.png"
                if not widget.grab().save(str(target), "PNG"):
                    raise OSError(f"could not write {target}")
                written.append(target)

            save(window, "main")
            window.show_page("dashboard")
            save(window, "dashboard")
            window.show_page("settings")
            save(window, "settings")
            window.show_page("accounts")

            about = AboutDialog(window)
            about.show()
            about.adjustSize()
            save(about, "about")
            about.close()

            first_run = FirstRunDialog(shown_default, window)
            first_run.show()
            first_run.adjustSize()
            first_run.fit_to_contents()
            save(first_run, "first-run")
            first_run.close()

            window.close()
        finally:
            paths.set_home(None)
    return written


def write_example_export(path: Path) -> Path:
    """A Kingdee-style sales export: title and period lines above the header in row 4, 24 order
    lines (one with a date the import cannot read), and a totals row."""
    from openpyxl import Workbook

    customers = [("KH001", "中大机械有限公司"), ("KH002", "华东化工集团"),
                 ("KH003", "新星电子科技"), ("KH004", "远航物流股份"), ("KH005", "金桥医药")]
    products = [("WL-1001", "不锈钢球阀 DN50", 380.0), ("WL-1002", "离心泵 IS80", 5200.0),
                ("WL-2001", "压力变送器", 1450.0), ("WL-3005", "密封件套装", 96.0)]
    book = Workbook()
    sheet = book.active
    sheet.title = "销售出库序时簿"
    sheet.append(["销售出库单序时簿"])
    sheet.append(["日期：2024-03-01 至 2024-03-31"])
    sheet.append([])
    sheet.append(["日期", "单据编号", "客户编码", "客户名称", "物料编码", "物料名称", "数量",
                  "单价", "价税合计", "业务员"])
    total_qty = total = 0.0
    for n in range(24):
        code, name = customers[n % len(customers)]
        item, item_name, price = products[(n * 3) % len(products)]
        qty = (n % 7 + 1) * 5
        day = "2024-03-32" if n == 9 else f"2024-03-{n + 3:02d}"
        sheet.append([day, f"XSCK{240301 + n}", code, name, item, item_name, qty, price,
                      qty * price, ("王磊", "李娜", "张伟")[n % 3]])
        total_qty += qty
        total += qty * price
    sheet.append(["合计", None, None, None, None, None, total_qty, None, total, None])
    book.save(path)
    return path


def render_import_screenshots(out_dir: Path, lang: str = "en") -> list[Path]:
    """The import wizard's steps and the Import page, on a fresh database (see the module
    docstring); returns the files written."""
    from kam_desktop import paths
    from kam_desktop.services.database import open_database
    from kam_desktop.ui.app import create_app
    from kam_desktop.ui.import_wizard import ImportWizard
    from kam_desktop.ui.main_window import MainWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    tag = "zh" if lang == "zh_CN" else "en"
    written: list[Path] = []

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        _settle()
        target = out_dir / f"{name}-{tag}.png"
        if not widget.grab().save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        written.append(target)

    with tempfile.TemporaryDirectory(prefix="kam-screenshots-") as tmp:
        paths.set_home(Path(tmp) / "home")
        try:
            create_app(lang=lang)
            db = open_database(Path(tmp) / "import.db")
            window = MainWindow(db)
            window.resize(*SIZE)
            window.show()
            example = write_example_export(Path(tmp) / "2024年3月销售出库.xlsx")
            wizard = window.open_import_wizard(example)
            assert wizard is not None
            save(wizard, "import-file")
            wizard.next()
            _wait_until(lambda: not wizard.sheet_page.is_busy())
            save(wizard, "import-sheet")
            wizard.next()
            save(wizard, "import-mapping")
            wizard.next()
            _wait_until(lambda: not wizard.check_page.is_busy())
            save(wizard, "import-check")
            wizard.check_page.skip_box.setChecked(True)
            wizard.next()
            _wait_until(lambda: wizard.current_key() == "summary")
            save(wizard, "import-summary")
            wizard.accept()

            broken = Path(tmp) / "客户资料.xlsx"
            broken.write_bytes(os.urandom(4096))
            other = ImportWizard(db, window, broken)
            other.show()
            other.next()
            _wait_until(lambda: not other.sheet_page.is_busy())
            save(other, "import-error")
            other.close()

            window.show_page("import")
            _wait_until(lambda: window.import_page.model.rowCount() == 1)
            window.import_page.select_batch(window.import_page.model.batch_at(0).batch_id)
            save(window, "import-page")
            window.close()
        finally:
            paths.set_home(None)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kam_desktop.ui.screenshots",
        description="Render KAM Desktop's windows to PNG files (offscreen).",
    )
    parser.add_argument("out_dir", type=Path, metavar="OUTDIR")
    parser.add_argument("--db", type=Path, help="database to show (default: the demo portfolio)")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for path in render_screenshots(args.out_dir, args.db, args.lang):
        print(path)
    for path in render_import_screenshots(args.out_dir, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
