"""Starting the GUI: `kam-desktop` (and `kam gui`) end up in `run_gui`.

`run_gui` makes the `QApplication`, registers the bundled fonts, installs translators, style and
crash hook, then lets a `Launcher` get from a database path to an open main window:

- the file exists → open it (upgrading and backing up first when needed);
- it does not, and `demo_if_missing` → create it and fill it with the demo portfolio
  (classified once with the balanced scorecard);
- it does not → the first-run dialog: an empty database, the demo portfolio, another file, or
  quit. A cancelled or failed demo removes the half-made file and asks again.

Opening and demo generation run on a worker thread with a progress dialog.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

import kam_desktop
from kam_desktop import paths, settings
from kam_desktop.errors import KamError
from kam_desktop.services.database import open_database
from kam_desktop.storage.database import Database
from kam_desktop.ui import crash_dialog, first_run_dialog, fonts, i18n, icons, messages, style
from kam_desktop.ui.first_run_dialog import FirstRunAction
from kam_desktop.ui.main_window import MainWindow
from kam_desktop.ui.operations import Cancelled, Op, Progress

EXIT_OK = 0
EXIT_USER_ERROR = 2


def create_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The QApplication with fonts, style, translators (`lang` or the setting) and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("KAM Desktop")
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationVersion(kam_desktop.__version__)
    app.setDesktopFileName("kam-desktop")
    fonts.register_fonts()
    style.apply_style(app)
    app.setWindowIcon(icons.app_icon())
    i18n.install_translator(app, lang)
    return app


def _remove_new_database(path: Path) -> None:
    """Remove a database file this launch created and could not finish (and its WAL files)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):  # never created, or not ours to remove
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def _open_and_fill(
    path: Path, demo: bool, create: bool, progress: Progress, cancelled: Cancelled
) -> Database:
    """Worker: open (creating when missing and allowed) and, for the demo, fill the portfolio."""
    db = open_database(path, create=create)
    if demo:
        from kam_desktop.services.demo_portfolio import create_demo_portfolio

        try:
            create_demo_portfolio(db, progress=progress, cancelled=cancelled)
        except BaseException:
            db.close()
            raise
    return db


class Launcher(QObject):
    """From a database path to a shown main window (see the module docstring)."""

    window_ready = Signal(object)  # the MainWindow
    finished = Signal(int)  # gave up without a window: the exit code

    def __init__(self, db_path: Path, *, demo_if_missing: bool = False) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self.demo_if_missing = demo_if_missing
        self.window: MainWindow | None = None
        self.op: Op[Database] | None = None

    def start(self) -> None:
        if self.db_path.exists():
            self._open(self.db_path, demo=False, asked=False, create=False)
        elif self.demo_if_missing:
            self._open(self.db_path, demo=True, asked=False, create=True)
        else:
            self._ask()

    def _ask(self) -> None:
        choice = first_run_dialog.ask_first_run(self.db_path)
        if choice.action == FirstRunAction.QUIT:
            self.finished.emit(EXIT_OK)
        elif choice.action == FirstRunAction.OPEN:
            self._open(choice.path, demo=False, asked=True, create=False)
        else:
            demo = choice.action == FirstRunAction.DEMO
            self._open(self.db_path, demo=demo, asked=True, create=True)

    def _open(self, path: Path, *, demo: bool, asked: bool, create: bool) -> None:
        created = create and not path.exists()
        if demo:
            label = self.tr("Creating the demo portfolio…")
        elif created:
            label = self.tr("Creating %1…").replace("%1", path.name)
        else:
            label = self.tr("Opening %1…").replace("%1", path.name)

        def failed(exc: BaseException) -> None:
            if created:
                _remove_new_database(path)
            was_cancelled = self.op is not None and self.op.cancelled()
            if not was_cancelled:
                user_error = messages.as_user_error(exc)
                if user_error is not None:
                    messages.show_error(None, user_error)
                else:
                    crash_dialog.handle_exception(type(exc), exc, exc.__traceback__)
            if asked:
                self._ask()  # back to the choices
            else:
                self.finished.emit(EXIT_OK if was_cancelled else EXIT_USER_ERROR)

        self.op = Op(
            parent=None,
            run=lambda progress, cancelled: _open_and_fill(path, demo, create, progress,
                                                           cancelled),
            done=self._show_window,
            failed=failed,
            writes=True,
        ).with_progress(label, show_messages=i18n.current_language() == "en").start()

    def _show_window(self, db: Database) -> None:
        self.window = MainWindow(db)
        self.window.show()
        self.window_ready.emit(self.window)


def run_gui(db_path: Path, *, demo_if_missing: bool = False, lang: str | None = None) -> int:
    """Run KAM Desktop on `db_path` until the user quits; returns the exit code."""
    try:
        app = create_app(lang=lang)
    except KamError as exc:  # e.g. an unknown --lang
        print(f"kam-desktop: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    crash_dialog.install_crash_hook()
    launcher = Launcher(Path(db_path), demo_if_missing=demo_if_missing)
    exit_code = EXIT_OK
    # Dialogs shown before the main window must not end the program when they close.
    app.setQuitOnLastWindowClosed(False)

    def on_window(_window: MainWindow) -> None:
        app.setQuitOnLastWindowClosed(True)

    def on_finished(code: int) -> None:
        nonlocal exit_code
        exit_code = code
        app.exit(code)

    launcher.window_ready.connect(on_window)
    launcher.finished.connect(on_finished)
    QTimer.singleShot(0, launcher.start)
    result = app.exec()
    if launcher.window is not None and launcher.window.db is not None:
        launcher.window.db.close()
    return exit_code or result


def resolve_gui_db_path(cli_value: str | None) -> Path:
    """`--db`, then `KAM_DB`, then the database opened last (if it still exists), then the
    default database in the user's data folder. `kam gui` and `kam-desktop` both use this."""
    if not cli_value and not os.environ.get("KAM_DB"):
        last = settings.current().last_db_path
        if last and Path(last).is_file():
            return Path(last)
    return paths.resolve_db_path(cli_value)


def main(argv: list[str] | None = None) -> int:
    """The `kam-desktop` console script."""
    parser = argparse.ArgumentParser(
        prog="kam-desktop", description="KAM Desktop: key account management."
    )
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $KAM_DB, else the last one opened, "
                             "else the one in your data folder)")
    parser.add_argument("--demo-if-missing", action="store_true",
                        help="create the database with the demo portfolio when it does not exist")
    parser.add_argument("--lang", choices=i18n.LANGUAGES,
                        help="language of the interface (default: the setting, else the system)")
    parser.add_argument("--version", action="version",
                        version=f"KAM Desktop {kam_desktop.__version__}")
    args = parser.parse_args(argv)
    db_path = resolve_gui_db_path(args.db)
    return run_gui(db_path, demo_if_missing=args.demo_if_missing, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
