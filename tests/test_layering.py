"""Dependency direction: ui → services → models. Nothing points back (STYLE.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kam_desktop"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules_in(*parts: str) -> list[Path]:
    return sorted((PACKAGE.joinpath(*parts)).rglob("*.py"))


@pytest.mark.parametrize("layer", ["models", "services", "storage"])
def test_core_layers_import_no_qt_and_no_ui(layer: str) -> None:
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(
            m for m in imports_of(p) if m.startswith(("PySide6", "kam_desktop.ui", "shiboken"))
        )
        for p in modules_in(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_models_import_no_services() -> None:
    offenders = [
        str(p) for p in modules_in("models")
        if any(m.startswith(("kam_desktop.services", "kam_desktop.storage")) for m in imports_of(p))
    ]
    assert offenders == []


def test_ui_runs_no_sql() -> None:
    forbidden = (
        "sqlalchemy", "sqlite3", "kam_desktop.storage.engine", "kam_desktop.storage.schema"
    )
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(m for m in imports_of(p) if m.startswith(forbidden))
        for p in modules_in("ui")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_settings_and_paths_have_no_qt() -> None:
    for name in ("settings.py", "paths.py", "errors.py", "cli.py"):
        path = PACKAGE / name
        if path.exists():
            assert not any(m.startswith("PySide6") for m in imports_of(path)), name
