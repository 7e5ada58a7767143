"""Render the main window and dialogs to PNG files, offscreen, for the documentation.

    python -m kam_desktop.ui.screenshots OUTDIR [--db PATH] [--lang en|zh_CN]

Without `--db`, a temporary database is filled with the demo portfolio. Settings are redirected
to a temporary folder, so neither the user's window layout nor their language leaks into the
pictures (and nothing is written to their settings). Files: `main-<lang>.png` (Accounts page
with the first account selected), `dashboard-<lang>.png`, `settings-<lang>.png`,
`about-<lang>.png`, `first-run-<lang>.png`, where `<lang>` is `en` or `zh`.
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
