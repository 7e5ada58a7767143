"""What the import wizard knows so far, and the base class of its pages.

The pages share one `WizardState`: each step reads what the earlier ones decided (file, kind,
sheet, the inspection, the reviewed mapping) and adds its own. The state holds plain service
results only; the widgets stay in the pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from kam_desktop.services.importing.fields import ImportKindName
from kam_desktop.services.importing.pipeline import Inspection
from kam_desktop.services.importing.profiles import Profile
from kam_desktop.services.importing.result import ImportResult
from kam_desktop.storage.database import Database


@dataclass
class WizardState:
    db: Database
    path: Path | None = None
    kind: ImportKindName = ImportKindName.SALES
    sheet: str | None = None  # the sheet asked for; None lets the reader choose
    inspection: Inspection | None = None
    profiles: list[Profile] = field(default_factory=list)  # saved mappings of this kind
    columns: dict[str, int] = field(default_factory=dict)  # the reviewed mapping
    check: ImportResult | None = None  # the dry run
    skip_invalid: bool = False
    result: ImportResult | None = None  # the import

    @property
    def file_name(self) -> str:
        return self.path.name if self.path is not None else ""


class WizardPage(QWidget):
    """One step of the wizard. `changed` tells the wizard to update its buttons."""

    changed = Signal()

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def title(self) -> str:
        """The page's heading; every wizard page defines its own (abstract)."""
        raise NotImplementedError

    def enter(self) -> None:
        """Called each time the page is reached going forward."""

    def is_complete(self) -> bool:
        """Whether Next may be pressed."""
        return True

    def is_busy(self) -> bool:
        """Work in the background: no going back or forward meanwhile."""
        return False

    def retranslate_ui(self) -> None:
        """Re-read every text (after a language change)."""

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
