"""kam_desktop.settings: typed, persisted, tolerant of bad files, with change callbacks.

(The module has no Qt; its tests live here because the UI is its only user so far.)
"""

from __future__ import annotations

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


def test_settings_persist_across_a_restart() -> None:
    settings.store().update(
        language="zh_CN", last_page="visits", accounts_hidden_columns=["segment", "city"],
        last_db_path="/data/kam.db", window_geometry="AAEC",
    )
    # A new store reads the file as the next start of the app does. (Not importlib.reload:
    # that would replace the `Settings` class under every module that imported it.)
    current = settings.SettingsStore().settings
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


# --- the Settings page: visit cadences and attention thresholds ----------------------------------


@pytest.fixture
def page(qtbot):  # type: ignore[no-untyped-def]
    from kam_desktop.ui.settings_page import SettingsPage

    widget = SettingsPage()
    qtbot.addWidget(widget)
    widget.resize(926, 656)  # the page in a 1100×700 window
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, field, text: str, *, enter: bool = True) -> None:  # type: ignore[no-untyped-def]
    """Replace a spin box's text by typing, as a user would."""
    from PySide6.QtCore import Qt

    field.spin.setFocus()
    field.spin.selectAll()
    qtbot.keyClicks(field.spin, text)
    if enter:
        qtbot.keyClick(field.spin, Qt.Key.Key_Return)


def test_the_page_shows_the_stored_cadences_and_thresholds(qtbot) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui.settings_page import SettingsPage

    settings.store().update(visit_cadence_days={"S": 14, "A": 60, "B": 90, "C": 180, "D": 365},
                            attention_overdue_amount=5_000.5, attention_nps_drop=1,
                            attention_single_threaded_tiers=["S"])
    page = SettingsPage()
    qtbot.addWidget(page)
    assert {t: f.value() for t, f in page.cadence_fields.items()} == {
        "S": 14, "A": 60, "B": 90, "C": 180, "D": 365}
    assert page.cadence_fields["S"].spin.text() == "14 days"
    assert page.cadence_labels["D"].text() == "Tier D: a visit every"
    assert page.overdue_amount.spin.text() == "5,000.50"
    assert page.nps_drop.spin.text() == "1 point"
    assert [t for t, c in page.single_tier_checks.items() if c.isChecked()] == ["S"]
    assert not page.unclassified_check.isChecked() and not page.unclassified_field.isEnabled()
    assert page.rule_values()["visit_cadence_days"]["D"] == 365


def test_typed_values_are_saved_and_the_rules_read_them(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.services.attention import AttentionRules, Rule

    with qtbot.waitSignal(page.saved, timeout=3000):
        type_into(qtbot, page.no_contact, "45")
    with qtbot.waitSignal(page.saved, timeout=3000):
        type_into(qtbot, page.cadence_fields["S"], "21")
    with qtbot.waitSignal(page.saved, timeout=3000):
        type_into(qtbot, page.overdue_amount, "25000")
    with qtbot.waitSignal(page.saved, timeout=3000):
        page.rule_checks[Rule.SALES_DOWN].setChecked(False)
    with qtbot.waitSignal(page.saved, timeout=3000):
        page.unclassified_check.setChecked(True)
    rules = AttentionRules.from_settings(settings.current())
    assert rules.no_contact_days == 45
    assert rules.cadence_for("S") == 21 and rules.cadence_for("A") == 60
    assert rules.overdue_amount == 25_000
    assert Rule.SALES_DOWN not in rules.enabled and Rule.NO_CONTACT in rules.enabled
    assert rules.unclassified_cadence_days == 180
    assert page.no_contact.spin.text() == "45 days"
    assert "Saved" in page.status.text()
    # Saved in the file too.
    assert json.loads(settings.settings_path().read_text(encoding="utf-8"))[
        "attention_no_contact_days"] == 45
    with qtbot.waitSignal(page.saved, timeout=3000):
        page.unclassified_check.setChecked(False)
    assert settings.current().unclassified_cadence_days is None


def test_several_steps_save_once(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    heard: list[frozenset[str]] = []
    settings.store().subscribe(lambda _new, changed: heard.append(changed))
    with qtbot.waitSignal(page.saved, timeout=3000):
        for _ in range(5):
            page.sales_down.spin.stepUp()
    assert settings.current().attention_sales_down_percent == 25
    assert heard == [frozenset({"attention_sales_down_percent"})]


def test_a_negative_number_of_days_is_refused_with_a_message(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    field = page.cadence_fields["A"]
    with qtbot.assertNotEmitted(page.saved, wait=SAVE_WAIT_MS):
        type_into(qtbot, field, "-", enter=False)
        assert field.error.isVisible()
        assert field.error_text.startswith("A negative number is not allowed here.")
        assert "Enter a number of days from 1 to 3,650." in field.error_text
        assert field.value() == 60
        type_into(qtbot, field, "0")  # below the minimum: refused, the last value kept
        assert field.value() == 60
        assert field.error_text == "Enter a number of days from 1 to 3,650. Kept 60 days."
    assert settings.current().visit_cadence_days["A"] == 60
    assert not settings.settings_path().exists()  # nothing was written
    with qtbot.waitSignal(page.saved, timeout=3000):
        type_into(qtbot, field, "75")
    assert not field.error.isVisible()
    assert settings.current().visit_cadence_days["A"] == 75


SAVE_WAIT_MS = 700  # longer than the page's save delay


def test_the_store_refuses_invalid_thresholds() -> None:
    store = settings.store()
    for bad in ({"attention_no_contact_days": -5}, {"attention_no_contact_days": 0},
                {"visit_cadence_days": {"S": -30}}, {"attention_sales_down_percent": 120.0},
                {"attention_overdue_amount": -1.0}, {"attention_nps_drop": 11},
                {"unclassified_cadence_days": 0}, {"attention_visit_kinds": ["telepathy"]}):
        with pytest.raises(ValueError, match="invalid value"):
            store.update(**bad)
    assert store.settings == settings.Settings()
    # A hand-edited file with a negative value falls back to the default for that field only.
    loaded = settings.from_dict({"attention_no_contact_days": -5, "attention_nps_drop": 4})
    assert loaded.attention_no_contact_days == 120 and loaded.attention_nps_drop == 4


def test_at_least_one_kind_of_contact_counts_as_a_visit(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    kinds = page.kind_checks
    with qtbot.waitSignal(page.saved, timeout=3000):
        kinds["video"].setChecked(False)
        kinds["event"].setChecked(False)
    assert settings.current().attention_visit_kinds == ["on_site"]
    kinds["on_site"].setChecked(False)  # the last one: refused
    assert kinds["on_site"].isChecked()
    assert page.kinds_error.isVisible()
    assert page.kinds_error.text() == "At least one kind of contact must count as a visit."
    with qtbot.waitSignal(page.saved, timeout=3000):
        kinds["phone"].setChecked(True)
    assert not page.kinds_error.isVisible()
    assert settings.current().attention_visit_kinds == ["on_site", "phone"]


def test_restore_defaults_asks_first(qtbot, page, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop.ui import settings_page

    settings.store().update(visit_cadence_days={"S": 7, "A": 14, "B": 90, "C": 180, "D": 400},
                            attention_no_contact_days=10, attention_rules_enabled=["sales_down"],
                            unclassified_cadence_days=30, attention_visit_kinds=["phone"])
    assert page.cadence_fields["S"].value() == 7  # the page follows the store
    assert "D" in page.cadence_fields
    monkeypatch.setattr(settings_page, "confirm_restore_defaults", lambda _parent: False)
    page.restore_button.click()
    assert settings.current().attention_no_contact_days == 10
    asked: list[bool] = []
    monkeypatch.setattr(settings_page, "confirm_restore_defaults",
                        lambda _parent: asked.append(True) or True)
    with qtbot.waitSignal(page.saved, timeout=3000):
        page.restore_button.click()
    assert asked == [True]
    current, defaults = settings.current(), settings.Settings()
    for name in ("visit_cadence_days", "unclassified_cadence_days", "attention_visit_kinds",
                 "attention_no_contact_days", "attention_rules_enabled",
                 "attention_single_threaded_tiers", "attention_overdue_amount"):
        assert getattr(current, name) == getattr(defaults, name), name
    assert list(page.cadence_fields) == ["S", "A", "B", "C"]
    assert [page.cadence_fields[t].value() for t in "SABC"] == [30, 60, 90, 180]
    assert all(c.isChecked() for c in page.rule_checks.values())
    with qtbot.waitSignal(page.saved, timeout=3000):
        page.restore_button.click()
    assert page.status.text() == "The values were already the defaults."


def test_the_settings_page_fits_a_small_window(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    assert page.scroll_area.horizontalScrollBar().maximum() == 0
    for field in (page.overdue_amount, page.no_contact, page.cadence_fields["C"]):
        assert field.spin.width() >= field.spin.sizeHint().width()
    target = tmp_path / "settings.png"
    assert page.grab().save(str(target))
    assert QImage(str(target)).width() == 926
