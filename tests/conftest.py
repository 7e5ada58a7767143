"""Shared fixtures. Every test runs with its own KAM_HOME, so nothing touches real user folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless by default; CI sets it too. Must happen before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kam_desktop import paths
from kam_desktop.services.database import open_database
from kam_desktop.storage.database import Database

SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"
SHARED_DATA = SHARED_DIR / "data"


@pytest.fixture(autouse=True)
def kam_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("kam_home")
    monkeypatch.setenv("KAM_HOME", str(home))
    monkeypatch.delenv("KAM_DB", raising=False)
    paths.set_home(None)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kam.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    _wait_for_background_work()
    database.close()


def _wait_for_background_work() -> None:
    """UI tests start reads on Qt's thread pools: let them finish before the database they
    read is closed (closing under a running read can crash SQLite's C code)."""
    import sys

    if "kam_desktop.ui.operations" not in sys.modules:
        return  # no UI in this test run: nothing runs in the background
    from PySide6.QtCore import QThreadPool

    from kam_desktop.ui.operations import write_pool

    QThreadPool.globalInstance().waitForDone(30_000)
    write_pool().waitForDone(30_000)


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the shared test data at {SHARED_DATA} (not part of a plain clone)")
    return SHARED_DATA
