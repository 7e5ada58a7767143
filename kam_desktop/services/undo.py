"""Undo and redo of edits, for a QUndoStack in the GUI.

    edit = update_account(db, account_id, {"name": "New"})   # the user's action
    stack.push(EditCommand(edit))                              # its redo() skips the first call
    ... undo():  self.inverse = undo_edit(db, self.edit)
    ... redo():  self.edit = undo_edit(db, self.inverse)

`undo_edit` applies the inverse of an edit in one transaction and returns it as an `Edit`
itself, so undoing the returned edit is the redo. A create is undone by a (soft) delete, a delete
by a restore; an update by writing the previous values back, refused (`RefusedError`) when the
record was changed in between, so an undo never silently overwrites newer data.
"""

from __future__ import annotations

from kam_desktop.services.account_editing import ACCOUNT_SPEC
from kam_desktop.services.contacts import CONTACT_SPEC
from kam_desktop.services.edits import (
    Action,
    Edit,
    EntityKind,
    RecordSpec,
    set_deleted,
    update_record,
)
from kam_desktop.services.surveys import SURVEY_SPEC
from kam_desktop.services.visits import VISIT_SPEC
from kam_desktop.storage.database import Database

_SPECS: dict[EntityKind, RecordSpec] = {
    EntityKind.ACCOUNT: ACCOUNT_SPEC,
    EntityKind.CONTACT: CONTACT_SPEC,
    EntityKind.VISIT: VISIT_SPEC,
    EntityKind.SURVEY: SURVEY_SPEC,
}


def undo_edit(db: Database, edit: Edit) -> Edit:
    """Apply the inverse of `edit`; return it (undo that to redo)."""
    spec = _SPECS[edit.entity]
    if edit.action in (Action.CREATE, Action.RESTORE):
        return set_deleted(db, spec, edit.id, True)
    if edit.action is Action.DELETE:
        return set_deleted(db, spec, edit.id, False)
    if edit.is_noop:
        return edit
    return update_record(db, spec, edit.id, edit.before, expect=edit.after)


__all__ = ["undo_edit"]
