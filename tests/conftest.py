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
    database.close()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"needs the shared test data at {SHARED_DATA} (not part of a plain clone)")
    return SHARED_DATA
