"""The contact form over a real database: create, edit, inline errors, reports-to, unsaved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kam_desktop.errors import RefusedError
from kam_desktop.services.account_editing import create_account
from kam_desktop.services.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    update_contact,
)
from kam_desktop.storage.database import Database
from kam_desktop.ui import contact_dialog
from kam_desktop.ui.contact_dialog import ContactDialog


@pytest.fixture
def account(db: Database) -> str:
    return create_account(db, {"code": "K100", "name": "Zhongda Machinery 中大机械"}).id


def _contact(db: Database, account: str, name: str, **values: object) -> str:
    return create_contact(db, account, {"name": name, **values}).id


def _dialog(qtbot, db: Database, account: str, contact_id: str | None = None  # type: ignore[no-untyped-def]
            ) -> ContactDialog:
    dialog = ContactDialog(db, account, contact_id)
    qtbot.addWidget(dialog)
    return dialog


def test_new_contact_with_every_field(qtbot, db: Database, account: str) -> None:
    boss = _contact(db, account, "Chen Jing 陈静", role="decision_maker")
    dialog = _dialog(qtbot, db, account)
    dialog.show()
    assert dialog.windowTitle() == "New contact"
    assert "K100 Zhongda Machinery 中大机械" in dialog.heading.text()
    assert dialog.inputs["attitude"].currentData() == "neutral"  # type: ignore[attr-defined]
    assert dialog.active.isChecked()
    qtbot.keyClicks(dialog.name, "Zhang Wei")  # typed (QTest types ASCII only) ...
    dialog.name.insert(" 张伟")  # ... and pasted
    for name, value in (("title", "采购总监"), ("department", "Procurement"),
                        ("phone", "+86 21 6123 4567"), ("mobile", "13812345678"),
                        ("email", "zhang.wei@zhongda.cn"), ("wechat", "zhangwei_88"),
                        ("role", "economic_buyer"), ("attitude", "supporter"), ("influence", 4),
                        ("relationship_strength", 3), ("reports_to_id", boss),
                        ("notes", "Prefers WeChat.")):
        dialog.set_value(name, value)
    assert dialog.is_dirty()
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.edit is not None
    with db.unit_of_work() as uow:
        saved = get_contact(uow, dialog.edit.id)
    assert (saved.name, saved.title, saved.department, saved.phone, saved.mobile, saved.email,
            saved.wechat, saved.role, saved.attitude, saved.influence,
            saved.relationship_strength, saved.reports_to_id, saved.reports_to_name,
            saved.active, saved.notes) == (
        "Zhang Wei 张伟", "采购总监", "Procurement", "+86 21 6123 4567", "13812345678",
        "zhang.wei@zhongda.cn", "zhangwei_88", "economic_buyer", "supporter", 4, 3, boss,
        "Chen Jing 陈静", True, "Prefers WeChat.")


def test_invalid_fields_are_shown_beside_them_and_nothing_is_written(
        qtbot, db: Database, account: str) -> None:
    dialog = _dialog(qtbot, db, account)
    dialog.show()
    dialog.set_value("email", "zhang.example.com")
    dialog.set_value("phone", "call me")
    dialog.accept()
    assert dialog.isVisible() and dialog.edit is None
    assert dialog.error_text("name") == "Name is required."
    assert dialog.error_text("email").startswith("E-mail 'zhang.example.com' is not an e-mail")
    assert dialog.error_text("phone").startswith("Phone 'call me' is not a phone number")
    assert dialog.error_text("mobile") == ""
    assert dialog.focusWidget() is dialog.name or not dialog.isActiveWindow()
    with db.unit_of_work() as uow:
        assert list_contacts(uow, account) == []
    # Fixing them clears the messages and saves.
    dialog.set_value("name", "Zhang")
    dialog.set_value("email", "zhang@example.com")
    dialog.set_value("phone", "021-6123 4567")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.error_text("email") == ""


def test_a_reports_to_circle_is_refused_inline(qtbot, db: Database, account: str) -> None:
    boss = _contact(db, account, "Boss")
    middle = _contact(db, account, "Middle", reports_to_id=boss)
    _contact(db, account, "Junior", reports_to_id=middle)
    dialog = _dialog(qtbot, db, account, boss)
    combo = dialog.inputs["reports_to_id"]
    offered = [combo.itemText(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert offered == ["Nobody (top of the chart)", "Junior", "Middle"]  # not Boss itself
    dialog.set_value("reports_to_id", middle)
    dialog.accept()
    assert dialog.edit is None
    assert "Middle already reports (directly or indirectly) to Boss" in \
        dialog.error_text("reports_to_id")
    with db.unit_of_work() as uow:
        assert get_contact(uow, boss).reports_to_id is None


def test_edit_sends_only_the_changed_fields(qtbot, db: Database, account: str,
                                            shown_errors: list[BaseException]) -> None:
    contact = _contact(db, account, "Li Na", title="Buyer", email="li.na@example.com")
    dialog = _dialog(qtbot, db, account, contact)
    assert dialog.windowTitle() == "Edit contact"
    assert dialog.name.text() == "Li Na" and not dialog.is_dirty()
    update_contact(db, contact, {"email": "na.li@example.com"})  # elsewhere, meanwhile
    dialog.set_value("title", "Senior Buyer")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.edit is not None and dialog.edit.after == {"title": "Senior Buyer"}
    with db.unit_of_work() as uow:
        saved = get_contact(uow, contact)
    assert (saved.title, saved.email) == ("Senior Buyer", "na.li@example.com")

    # The same field changed meanwhile: refused, not overwritten.
    second = _dialog(qtbot, db, account, contact)
    update_contact(db, contact, {"title": "Head of Buying"})
    second.set_value("title", "Buyer again")
    second.accept()
    assert second.edit is None
    assert len(shown_errors) == 1 and isinstance(shown_errors[0], RefusedError)


def test_a_link_to_a_deleted_manager_is_kept(qtbot, db: Database, account: str) -> None:
    gone = _contact(db, account, "Gone")
    stays = _contact(db, account, "Stays", reports_to_id=gone)
    _contact(db, account, "Other")
    delete_contact(db, gone)
    dialog = _dialog(qtbot, db, account, stays)
    combo = dialog.inputs["reports_to_id"]
    assert combo.currentData() == gone  # type: ignore[attr-defined]
    assert combo.currentText() == "Gone (deleted)"  # type: ignore[attr-defined]
    new = _dialog(qtbot, db, account)
    offered = [new.inputs["reports_to_id"].itemText(i)  # type: ignore[attr-defined]
               for i in range(new.inputs["reports_to_id"].count())]  # type: ignore[attr-defined]
    assert "Gone (deleted)" not in offered and "Other" in offered
    dialog.set_value("notes", "still here")
    dialog.accept()  # saving another field keeps the link
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_unsaved_changes_are_not_lost_without_asking(qtbot, db: Database, account: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    answer = {"discard": False}

    def confirm(_parent: object) -> bool:
        asked.append(True)
        return answer["discard"]

    monkeypatch.setattr(contact_dialog, "confirm_discard", confirm)
    dialog = _dialog(qtbot, db, account)
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible() and asked == []

    dialog = _dialog(qtbot, db, account)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Wang")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [True]  # kept editing
    answer["discard"] = True
    dialog.close()
    assert not dialog.isVisible() and len(asked) == 2
    assert dialog.result() == QDialog.DialogCode.Rejected
    with db.unit_of_work() as uow:
        assert list_contacts(uow, account) == []


def test_language_change_keeps_the_choices(qtbot, db: Database, account: str) -> None:
    dialog = _dialog(qtbot, db, account)
    dialog.set_value("role", "champion")
    dialog.set_value("relationship_strength", 5)
    dialog.retranslate_ui()
    assert dialog.values()["role"] == "champion"
    assert dialog.values()["relationship_strength"] == 5
    assert dialog.inputs["relationship_strength"].currentText() == \
        "5 – close ally (strong)"  # type: ignore[attr-defined]
