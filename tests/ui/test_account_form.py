"""Creating, editing, deleting and restoring accounts through the form and the Accounts page,
with validation shown beside the fields, the unsaved-changes question and undo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from kam_desktop.errors import RefusedError
from kam_desktop.services.account_editing import (
    ACCOUNT_FIELDS,
    create_account,
    delete_account,
    find_account_id,
    get_account_record,
    update_account,
)
from kam_desktop.services.accounts import account_table
from kam_desktop.storage.database import Database
from kam_desktop.ui import account_form, undo_commands
from kam_desktop.ui import accounts_page as accounts_page_module
from kam_desktop.ui.account_form import AccountFormDialog, error_text
from kam_desktop.ui.accounts_page import AccountsPage
from tests.ui.holding import hold

TIMEOUT = 20_000




@pytest.fixture
def page(qtbot, sample_db: Database) -> Iterator[AccountsPage]:  # type: ignore[no-untyped-def]
    """The page on the sample portfolio, reloading on its writes and on undo (as the main
    window wires it)."""
    undo_commands.stack().clear()
    page = AccountsPage()
    hold(qtbot, page)
    page.data_changed.connect(page.on_data_changed)
    undo_commands.hub().data_changed.connect(page.on_data_changed)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.set_database(sample_db)
    yield page
    undo_commands.hub().data_changed.disconnect(page.on_data_changed)
    undo_commands.stack().clear()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, AccountFormDialog):
            widget.done(0)


def fill(dialog: AccountFormDialog, **values: object) -> None:
    """Type into the form's fields as a user would."""
    for key, value in values.items():
        widget = dialog.fields[key]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QComboBox):
            widget.setEditText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        else:
            assert isinstance(widget, QLineEdit)
            widget.setText(str(value))


def codes(db: Database, *, include_deleted: bool = False) -> list[str]:
    with db.unit_of_work() as uow:
        return account_table(uow, include_deleted=include_deleted)["code"].tolist()


def test_create_an_account_through_the_form(qtbot, page: AccountsPage,  # type: ignore[no-untyped-def]
                                            sample_db: Database) -> None:
    page.filters.set_value("region", "East")  # the filters fill in the defaults
    dialog = page.new_account()
    assert dialog is not None and dialog.isVisible()
    assert dialog.fields["code"].text() == "C006"  # the next free code
    assert dialog.fields["region"].currentText() == "East"
    assert dialog.fields["status"].currentData() == "active"
    fill(dialog, name="Harbor Tools 海港工具", owner="Li Wei", industry="Manufacturing",
         segment="SME", city="Ningbo", address="1 Port Road", website="harbor.example.cn",
         company_size="1,500", annual_revenue="12,000,000.50", company_profit="-30000",
         value_fit=4, procurement_fit=3, growth_potential=5, influence=2,
         notes="Met at the trade fair.\nWants a pilot.")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.save_button.click()
        assert not dialog.isVisible()  # closed (and deleted once the event loop runs)
    assert page.form is None
    with sample_db.unit_of_work() as uow:
        record = get_account_record(uow, find_account_id(uow, "C006"))
    assert record.values() == {
        "code": "C006", "name": "Harbor Tools 海港工具", "industry": "Manufacturing",
        "segment": "SME", "region": "East", "city": "Ningbo", "address": "1 Port Road",
        "website": "harbor.example.cn", "owner": "Li Wei", "status": "active",
        "company_size": 1500, "company_profit": -30000.0, "annual_revenue": 12_000_000.5,
        "value_fit": 4, "procurement_fit": 3, "growth_potential": 5, "influence": 2,
        "notes": "Met at the trade fair.\nWants a pilot.",
    }
    # shown and selected, announced, undoable
    assert page.model.code_at(page.table.currentIndex().row()) == "C006"
    assert page.detail.heading.name == "Harbor Tools 海港工具"
    assert "Created C006" in page.notice.text()
    stack = undo_commands.stack()
    assert stack.count() == 1 and stack.undoText() == "New account C006 Harbor Tools 海港工具"
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        stack.undo()
    assert "C006" not in codes(sample_db)
    assert page.model.row_of_code("C006") is None


def test_edit_sends_only_what_changed(qtbot, page: AccountsPage, sample_db: Database) -> None:  # type: ignore[no-untyped-def]
    page.select_code("C002")
    dialog = page.edit_account()
    assert dialog is not None
    assert dialog.fields["name"].text() == "Acme Trading"
    assert dialog.fields["annual_revenue"].text() == "15,000,000.50"
    assert not dialog.is_dirty()
    fill(dialog, name="Acme Trading Group", influence=5)
    assert dialog.changed_fields() == ["name", "influence"]
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.save_button.click()
        edit = dialog.edit
    assert edit is not None
    assert edit.after == {"name": "Acme Trading Group", "influence": 5}
    row = page.model.row_of_code("C002")
    assert page.model.value_at(row, "name") == "Acme Trading Group"
    assert undo_commands.stack().undoText() == "Edit account C002 Acme Trading Group"
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        undo_commands.stack().undo()
    assert page.model.value_at(page.model.row_of_code("C002"), "name") == "Acme Trading"


def test_saving_an_unchanged_form_writes_nothing(qtbot, page: AccountsPage) -> None:  # type: ignore[no-untyped-def]
    page.select_code("C001")
    dialog = page.edit_account()
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.edit is None
    assert undo_commands.stack().count() == 0


def test_validation_errors_beside_the_fields(qtbot, page: AccountsPage,  # type: ignore[no-untyped-def]
                                             sample_db: Database) -> None:
    dialog = page.new_account()
    fill(dialog, code="C001", name="  ", website="not a site", company_size="12.5",
         annual_revenue="-5", company_profit="lots", address="x" * 301)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.edit is None
    assert dialog.error_of("code") == "Already used by Zhongda Machinery 中大机械."
    assert dialog.error_of("name") == "Required."
    assert dialog.error_of("website") == "Not a web address (like www.example.com)."
    assert dialog.error_of("company_size") == "Must be a whole number."
    assert dialog.error_of("annual_revenue") == "Must be 0 or more."
    assert dialog.error_of("company_profit") == "Must be a number, like 1,200 or 1200.50."
    assert dialog.error_of("address") == ""  # the field takes at most 300 characters
    assert dialog.error_of("industry") == ""
    assert dialog.fields["code"].hasFocus() or not dialog.isActiveWindow()
    assert codes(sample_db) == ["C001", "C002", "C003", "C004", "C005"]
    # fixing them clears the messages and saves
    fill(dialog, code="C010", name="Fixed Ltd", website="www.fixed.example", company_size="12",
         annual_revenue="5", company_profit="")
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        dialog.save_button.click()
        assert all(dialog.error_of(k) == "" for k in ACCOUNT_FIELDS)
    assert "C010" in codes(sample_db)


def test_a_code_of_a_deleted_account_says_restore(page: AccountsPage,
                                                  sample_db: Database) -> None:
    gone = create_account(sample_db, {"code": "C099", "name": "Old Customer"})
    delete_account(sample_db, gone.id)
    dialog = page.new_account()
    fill(dialog, code="C099", name="New Customer")
    dialog.save_button.click()
    assert dialog.error_of("code") == \
        "Used by the deleted account Old Customer: restore that account, or choose another code."


def test_unsaved_changes_are_not_lost_silently(qtbot, page: AccountsPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers: list[bool] = []
    monkeypatch.setattr(account_form, "confirm_discard",
                        lambda _parent: answers.pop(0) if answers else pytest.fail("asked"))
    page.select_code("C001")
    dialog = page.edit_account()
    dialog.reject()  # nothing changed: closes without asking
    assert not dialog.isVisible()

    dialog = page.edit_account()
    fill(dialog, notes="Call back in May")
    answers.append(False)  # "Keep editing"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not answers
    answers.append(False)
    dialog.buttons.rejected.emit()  # Cancel
    assert dialog.isVisible()
    answers.append(False)
    dialog.close()  # the window's close button
    assert dialog.isVisible()
    answers.append(True)  # "Discard changes"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.edit is None
    assert undo_commands.stack().count() == 0


def test_a_change_made_meanwhile_is_not_overwritten(page: AccountsPage, sample_db: Database,  # type: ignore[no-untyped-def]
                                                    shown_errors) -> None:
    page.select_code("C004")
    dialog = page.edit_account()
    account_id = dialog.record.id
    update_account(sample_db, account_id, {"name": "Crane Logistics Group"})  # elsewhere
    fill(dialog, name="Crane Logistics Co.")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert isinstance(shown_errors[-1], RefusedError)
    with sample_db.unit_of_work() as uow:
        assert get_account_record(uow, account_id).name == "Crane Logistics Group"


def test_delete_asks_and_restore_brings_back(qtbot, page: AccountsPage, sample_db: Database,  # type: ignore[no-untyped-def]
                                             monkeypatch) -> None:
    answers = [False, True]
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(accounts_page_module, "confirm_delete",
                        lambda _p, code, name: asked.append((code, name)) or answers.pop(0))
    page.select_code("C004")
    assert page.delete_selected() is None  # said no
    assert asked == [("C004", "Crane Logistics")]
    assert "C004" in codes(sample_db)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        assert page.delete_selected() is not None
    assert "C004" not in codes(sample_db)
    assert page.model.row_of_code("C004") is None
    assert page.detail.account_id is None
    assert "Deleted C004 Crane Logistics" in page.notice.text()
    assert undo_commands.stack().undoText() == "Delete account C004 Crane Logistics"

    page.filters.show_deleted.setChecked(True)  # the deleted accounts come back into view
    assert page.count_label.text() == "5 accounts · 1 deleted"
    assert page.select_code("C004")
    assert page.detail.heading.deleted and "deleted" in page.detail.subtitle.text()
    assert page.restore_action.isVisible() and not page.delete_action.isVisible()
    assert not page.edit_button.isEnabled()
    assert page.edit_account() is None
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.restore_action.trigger()
    assert "C004" in codes(sample_db)
    assert not page.detail.heading.deleted
    assert page.delete_action.isVisible() and not page.restore_action.isVisible()
    assert undo_commands.stack().undoText() == "Restore account C004 Crane Logistics"
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        undo_commands.stack().undo()  # deleted again
    assert "C004" not in codes(sample_db)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        undo_commands.stack().undo()  # and the delete undone
    assert "C004" in codes(sample_db)


def test_error_words_for_the_fields() -> None:
    assert error_text("Name is required.") == "Required."
    assert error_text("Code has 70 characters; at most 64 fit.") == \
        "Too long: 70 characters, at most 64."
    assert error_text("Industry influence must be from 1 to 5.") == "Must be from 1 to 5."
    assert error_text("Company size (employees) must be a whole number (not 'x').") == \
        "Must be a whole number."
    assert error_text("Status must be one of active, inactive, prospect (not 'x').") == \
        "Not one of the allowed values."
    assert error_text('Code A1 is already used by "O\'Brien Ltd".') == \
        "Already used by O'Brien Ltd."
    assert error_text("Something new.") == "Something new."  # unknown: as the service said


def attention_checked(qtbot, page: AccountsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.attention_ready, timeout=TIMEOUT)


def test_an_edited_account_gets_its_attention_checked(qtbot, page: AccountsPage) -> None:  # type: ignore[no-untyped-def]
    attention_checked(qtbot, page)
    dialog = page.new_account()
    fill(dialog, name="Fresh Start Ltd")
    with qtbot.waitSignals([page.loaded, page.attention_loaded], timeout=TIMEOUT):
        dialog.save_button.click()
    row = page.model.row_of_code("C006")
    assert page.model.value_at(row, "attention") == 0  # checked: in scope, nothing fires
    assert page.filters.attention_ready


def test_new_thresholds_in_settings_check_again(qtbot, page: AccountsPage) -> None:  # type: ignore[no-untyped-def]
    from kam_desktop import settings

    attention_checked(qtbot, page)
    combo = page.filters.combos["attention"]
    assert combo.itemText(1) != "Needs attention (0)"
    with qtbot.waitSignal(page.attention_loaded, timeout=TIMEOUT):
        settings.store().update(attention_rules_enabled=[])
    assert combo.itemText(1) == "Needs attention (0)"


def test_leaving_with_an_open_changed_form_asks(page: AccountsPage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answers = [False, True]
    monkeypatch.setattr(account_form, "confirm_discard", lambda _parent: answers.pop(0))
    assert page.confirm_leave()  # nothing open
    page.select_code("C002")
    dialog = page.edit_account()
    assert page.confirm_leave()  # open but unchanged: nothing to lose
    fill(dialog, name="Acme Trading Group")
    assert not page.confirm_leave() and dialog.isVisible()  # "Keep editing"
    assert page.confirm_leave() and not dialog.isVisible()  # "Discard changes"
    assert answers == []
