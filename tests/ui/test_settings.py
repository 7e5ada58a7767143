"""kam_desktop.settings: typed, persisted, tolerant of bad files, with change callbacks.

(The module has no Qt; its tests live here because the UI is its only user so far.)
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

from kam_desktop import paths, settings


def test_defaults_without_a_file(kam_home: Path) -> None:
    current = settings.current()
    assert current == settings.Settings()
    assert current.language == "system"
    assert current.last_page == "accounts"
    assert current.accounts_hidden_columns == []
    assert settings.settings_path() == kam_home / "config" / "settings.json"
    assert not settings.settings_path().exists()


def test_settings_persist_across_a_reload_of_the_module() -> None:
    settings.store().update(
        language="zh_CN", last_page="visits", accounts_hidden_columns=["segment", "city"],
        last_db_path="/data/kam.db", window_geometry="AAEC",
    )
    reloaded = importlib.reload(settings)
    current = reloaded.current()
    assert current.language == "zh_CN"
    assert current.last_page == "visits"
    assert current.accounts_hidden_columns == ["segment", "city"]
    assert current.last_db_path == "/data/kam.db"
    assert current.window_geometry == "AAEC"


@pytest.mark.parametrize("content", [
    "{ this is not json",
    "",
    "[1, 2, 3]",
    "\x00\x01garbage",
])
def test_a_corrupt_file_gives_the_defaults(content: str) -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(content, encoding="utf-8")
    assert settings.load_settings() == settings.Settings()
    # and the store still works and repairs the file on the next change
    store = settings.SettingsStore()
    store.update(language="en")
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "en"


def test_invalid_values_fall_back_field_by_field() -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({
        "language": "klingon", "last_page": 3, "accounts_hidden_columns": ["code", 7],
        "last_db_path": "/x.db", "unknown_key": True,
    }), encoding="utf-8")
    loaded = settings.load_settings()
    assert loaded.language == "system"
    assert loaded.last_page == "accounts"
    assert loaded.accounts_hidden_columns == []
    assert loaded.last_db_path == "/x.db"


def test_a_binary_unreadable_file_gives_the_defaults() -> None:
    path = settings.settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe\xfa not utf-8")
    assert settings.load_settings() == settings.Settings()


def test_writes_are_atomic_and_leave_no_temporary_files() -> None:
    store = settings.store()
    for page in ("dashboard", "visits", "accounts"):
        store.update(last_page=page)
    folder = paths.config_dir()
    assert sorted(p.name for p in folder.iterdir()) == ["settings.json"]
    assert json.loads((folder / "settings.json").read_text(encoding="utf-8"))["last_page"] == \
        "accounts"


def test_listeners_hear_what_changed_and_can_unsubscribe() -> None:
    store = settings.store()
    heard: list[tuple[str, frozenset[str]]] = []
    unsubscribe = store.subscribe(lambda new, changed: heard.append((new.language, changed)))
    store.update(language="zh_CN", last_page="accounts")  # last_page unchanged (default)
    store.update(language="zh_CN")  # no change: no call
    unsubscribe()
    store.update(language="en")
    assert heard == [("zh_CN", frozenset({"language"}))]


def test_invalid_updates_are_refused() -> None:
    store = settings.store()
    with pytest.raises(ValueError, match="language"):
        store.update(language="fr")
    with pytest.raises(AttributeError):
        store.update(colour="blue")
    assert store.settings == settings.Settings()


def test_the_store_follows_a_redirected_home(tmp_path: Path) -> None:
    settings.store().update(language="en")
    paths.set_home(tmp_path / "other")
    try:
        assert settings.current().language == "system"
    finally:
        paths.set_home(None)
    assert settings.current().language == "en"


def test_a_failed_save_keeps_the_value_for_the_session(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = settings.SettingsStore(blocker / "settings.json")
    store.update(language="zh_CN")
    assert store.settings.language == "zh_CN"
