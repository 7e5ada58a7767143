"""The wizard's mapping step: which column of the file feeds which field.

One row per target field of the kind: its translated name (required ones marked), a drop-down of
the file's columns ("C · 单据日期") and three sample values of the chosen column, so a wrong
choice shows at once. Saved mappings ("profiles") can be applied and saved; the one saved for
files with these headers is applied automatically by `inspect_file`, and the page says so.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.services.importing.fields import ImportKindName, fields_of
from kam_desktop.services.importing.mapping import header_signature, normalise_header
from kam_desktop.services.importing.pipeline import Inspection, missing_mapping
from kam_desktop.services.importing.profiles import Profile, list_profiles, save_profile
from kam_desktop.services.importing.table import SourceTable
from kam_desktop.storage.database import Database
from kam_desktop.ui import import_dialogs, import_labels
from kam_desktop.ui.import_models import column_title
from kam_desktop.ui.import_state import WizardPage, WizardState
from kam_desktop.ui.operations import Op, report_failure

SAMPLES = 3
NOT_IMPORTED = -1  # the combo's data for "(not imported)"


def headers_by_field(table: SourceTable, columns: dict[str, int]) -> dict[str, str]:
    """The mapping as a profile stores it: field → header text. A column whose header is blank
    or repeated is named "#N" (its position, 1-based), the one form the service resolves for
    it when the profile is applied again (`mapping.apply_overrides`)."""
    headers = table.headers
    return {key: headers[i] if headers[i] and headers.count(headers[i]) == 1 else f"#{i + 1}"
            for key, i in columns.items()}


def columns_from_profile(table: SourceTable, profile: Profile) -> tuple[dict[str, int], list[str]]:
    """A saved mapping applied to this table: field → column index, and the headers of the
    profile that this table does not have."""
    columns: dict[str, int] = {}
    absent: list[str] = []
    exact = list(table.headers)
    normal = [normalise_header(h) if h else "" for h in table.headers]
    for key, header in profile.mapping.items():
        if header in exact:
            columns[key] = exact.index(header)
        elif normalise_header(header) and normalise_header(header) in normal:
            columns[key] = normal.index(normalise_header(header))
        elif (number := re.fullmatch(r"\s*#\s*(\d+)\s*", header)) and \
                1 <= int(number.group(1)) <= len(exact):
            columns[key] = int(number.group(1)) - 1
        elif header in table.columns:  # as `import_table` saves a column without header
            columns[key] = table.columns.index(header)
        else:
            absent.append(header)
    taken: set[int] = set()  # a column holds one field only (the first that claims it)
    for key in list(columns):
        if columns[key] in taken:
            del columns[key]
        else:
            taken.add(columns[key])
    return columns, absent


def save_mapping(db: Database, name: str, kind: ImportKindName, table: SourceTable,
                 columns: dict[str, int]) -> list[Profile]:
    """Worker: save the mapping under `name`; returns the saved mappings of the kind."""
    with db.unit_of_work() as uow:
        save_profile(uow, name, kind.value, header_signature(table.headers),
                     headers_by_field(table, columns))
        uow.commit()
    with db.unit_of_work() as uow:
        return list_profiles(uow, kind.value)


class MappingPage(WizardPage):
    """Step 3: map the file's columns to the fields of the kind."""

    profile_saved = Signal(str)

    def __init__(self, state: WizardState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.setObjectName("importMappingPage")
        self._filled_from: Inspection | None = None
        self._profile: str | None = None  # the saved mapping the columns come from
        self._profile_edited = False
        self._profile_auto = False
        self._absent: list[str] = []
        self._saving = False
        self.combos: dict[str, QComboBox] = {}
        self.samples: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}

        self.profile_label = QLabel()
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(14)
        self.profile_combo.activated.connect(self._on_profile_chosen)
        self.profile_label.setBuddy(self.profile_combo)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(self.ask_save_profile)
        self.profile_note = QLabel()
        self.profile_note.setObjectName("profileNote")
        self.profile_note.setWordWrap(True)

        self.intro = QLabel()
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.field_header = QLabel()
        self.column_header = QLabel()
        self.sample_header = QLabel()
        for header in (self.field_header, self.column_header, self.sample_header):
            header.setObjectName("messageHeading")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(4, 4, 12, 4)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self.grid_host)
        self.scroll = scroll
        self.legend = QLabel()
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingMapping")
        self.missing_label.setWordWrap(True)
        self.moved_note = QLabel()
        self.moved_note.setObjectName("hint")
        self.moved_note.setWordWrap(True)

        profiles = QHBoxLayout()
        profiles.addWidget(self.profile_label)
        profiles.addWidget(self.profile_combo)
        profiles.addWidget(self.save_button)
        profiles.addSpacing(12)
        profiles.addWidget(self.profile_note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(profiles)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.moved_note)
        layout.addWidget(self.missing_label)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Match the columns of the file to the fields")

    # --- filling ---------------------------------------------------------------------------

    def enter(self) -> None:
        inspection = self.state.inspection
        if inspection is not None and inspection is not self._filled_from:
            self._filled_from = inspection
            self.state.columns = dict(inspection.mapping)
            self._profile = inspection.profile_used
            self._profile_auto = inspection.profile_used is not None
            self._profile_edited = False
            self._absent = []
            self.moved_note.clear()
            self._build_rows()
            self._fill_profiles()
        self._update_status()

    @property
    def table(self) -> SourceTable | None:
        inspection = self.state.inspection
        return inspection.table if inspection is not None else None

    def _build_rows(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (
                self.field_header, self.column_header, self.sample_header
            ):
                widget.deleteLater()
        self.combos, self.samples, self.field_labels = {}, {}, {}
        self.grid.addWidget(self.field_header, 0, 0)
        self.grid.addWidget(self.column_header, 0, 1)
        self.grid.addWidget(self.sample_header, 0, 2)
        table = self.table
        if table is None:
            return
        for row, spec in enumerate(fields_of(self.state.kind), start=1):
            label = QLabel()
            combo = QComboBox()
            combo.setObjectName(f"map_{spec.key}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            combo.addItem("", NOT_IMPORTED)
            for column in range(len(table.columns)):
                combo.addItem(column_title(table, column), column)
            combo.setCurrentIndex(max(combo.findData(self.state.columns.get(spec.key,
                                                                             NOT_IMPORTED)), 0))
            combo.currentIndexChanged.connect(lambda _i, k=spec.key: self._on_column_chosen(k))
            label.setBuddy(combo)
            samples = QLabel()
            samples.setObjectName("sampleValues")
            samples.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(combo, row, 1)
            self.grid.addWidget(samples, row, 2)
            self.combos[spec.key] = combo
            self.samples[spec.key] = samples
            self.field_labels[spec.key] = label
            self._show_samples(spec.key)
        self.grid.setRowStretch(len(self.combos) + 1, 1)
        self._label_rows()
        self._update_legend()

    def _update_legend(self) -> None:
        groups = [g for g in import_labels.required_groups(self.state.kind) if len(g) > 1]
        if groups:
            self.legend.setText(self.tr(
                "Fields marked * are required; one of each pair is enough: %1."
            ).replace("%1", self.tr("; ").join(import_labels.either(g) for g in groups)))
        else:
            self.legend.setText(self.tr("Fields marked * are required."))

    def _label_rows(self) -> None:
        required = import_labels.required_keys(self.state.kind)
        for key, label in self.field_labels.items():
            text = import_labels.field_label(key)
            label.setText(f"{text} *" if key in required else text)
            font = label.font()
            font.setBold(key in required)
            label.setFont(font)
        for combo in self.combos.values():
            combo.setItemText(0, self.tr("(not imported)"))

    def _show_samples(self, key: str) -> None:
        inspection = self.state.inspection
        column = self.state.columns.get(key)
        label = self.samples[key]
        if inspection is None or column is None:
            label.setText("")
            label.setToolTip("")
            return
        values = [v.strip() for v in inspection.samples(column, SAMPLES * 3) if v.strip()]
        shown = values[:SAMPLES]
        label.setText("   ·   ".join(shown) if shown else self.tr("(empty in the first rows)"))
        label.setToolTip("\n".join(shown))

    # --- choosing --------------------------------------------------------------------------

    def set_column(self, key: str, column: int | None) -> None:
        """Map `key` to `column` (None: not imported), as choosing it in the drop-down does."""
        combo = self.combos[key]
        index = combo.findData(NOT_IMPORTED if column is None else column)
        if index < 0:
            raise KeyError(column)
        combo.setCurrentIndex(index)

    def _on_column_chosen(self, key: str) -> None:
        column = self.combos[key].currentData()
        self.moved_note.clear()
        if column is None or column == NOT_IMPORTED:
            self.state.columns.pop(key, None)
        else:
            self.state.columns[key] = int(column)
            # A column holds one field only: the field that had it lets it go.
            for other, had in list(self.state.columns.items()):
                if other != key and had == column:
                    del self.state.columns[other]
                    self._select(other, NOT_IMPORTED)
                    self.moved_note.setText(self.tr("%1 is now imported as %2, no longer as %3.")
                                            .replace("%1", self.combos[key].currentText())
                                            .replace("%2", import_labels.field_label(key))
                                            .replace("%3", import_labels.field_label(other)))
        self._show_samples(key)
        if self._profile is not None:
            self._profile_edited = True
        self._update_status()
        self.changed.emit()

    def _select(self, key: str, column: int) -> None:
        """Show `column` in the drop-down of `key` without reacting to it."""
        combo = self.combos[key]
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(column), 0))
        combo.blockSignals(False)
        self._show_samples(key)

    def _set_columns(self, columns: dict[str, int]) -> None:
        self.state.columns = dict(columns)
        self.moved_note.clear()
        for key in self.combos:
            self._select(key, columns.get(key, NOT_IMPORTED))

    # --- saved mappings --------------------------------------------------------------------

    def _fill_profiles(self) -> None:
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("(none)"), None)
        for profile in self.state.profiles:
            self.profile_combo.addItem(profile.name, profile.name)
        index = self.profile_combo.findData(self._profile) if self._profile else 0
        self.profile_combo.setCurrentIndex(max(index, 0))

    def apply_profile(self, name: str) -> None:
        """Map the columns as the saved mapping `name` does."""
        table = self.table
        profile = next((p for p in self.state.profiles if p.name == name), None)
        if table is None or profile is None:
            raise KeyError(name)
        columns, self._absent = columns_from_profile(table, profile)
        self._profile, self._profile_auto, self._profile_edited = name, False, False
        self._set_columns(columns)
        self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(name), 0))
        self._update_status()
        self.changed.emit()

    def _on_profile_chosen(self, index: int) -> None:
        name = self.profile_combo.itemData(index)
        if name is not None:
            self.apply_profile(name)

    def ask_save_profile(self) -> Op[list[Profile]] | None:
        suggestion = self._profile or (self.state.path.stem if self.state.path else "")
        name = import_dialogs.ask_profile_name(self, suggestion)
        if name is None:
            return None
        return self.save_profile(name)

    def save_profile(self, name: str) -> Op[list[Profile]] | None:
        """Save the current mapping as `name` (a background write)."""
        table = self.table
        if table is None:
            return None
        db, kind, columns = self.state.db, self.state.kind, dict(self.state.columns)
        self._saving = True
        self.save_button.setEnabled(False)

        def done(profiles: list[Profile]) -> None:
            self._saving = False
            self.state.profiles = profiles
            self._profile, self._profile_auto, self._profile_edited = name, False, False
            self._absent = []
            self._fill_profiles()
            self._update_status()
            self.profile_note.setText(self.tr("Saved the mapping as “%1”.").replace("%1", name))
            self.profile_saved.emit(name)

        def failed(exc: BaseException) -> None:
            self._saving = False
            self._update_status()
            report_failure(self, exc)

        return Op(parent=self, run=lambda _p, _c: save_mapping(db, name, kind, table, columns),
                  done=done, failed=failed, writes=True).start()

    # --- status ----------------------------------------------------------------------------

    def missing(self) -> str:
        """Why the mapping is not enough yet (translated), "" when it is."""
        table = self.table
        if table is None:
            return ""
        if not missing_mapping(self.state.kind, self.state.columns, table):
            return ""
        return (import_labels.missing_text(self.state.kind, set(self.state.columns))
                or missing_mapping(self.state.kind, self.state.columns, table))

    def _update_status(self) -> None:
        missing = self.missing()
        self.missing_label.setText(missing)
        self.missing_label.setVisible(bool(missing))
        self.save_button.setEnabled(self.table is not None and not self._saving)
        self.profile_note.setText(self._profile_text())

    def _profile_text(self) -> str:
        name = self._profile
        if name is None:
            return ""
        if self._profile_edited:
            return self.tr("Changed from the saved mapping “%1”.").replace("%1", name)
        if self._profile_auto:
            return self.tr("Using the saved mapping “%1” (saved for files with these headers)."
                           ).replace("%1", name)
        if self._absent:
            return self.tr("Applied the saved mapping “%1”; not in this file: %2.").replace(
                "%1", name).replace("%2", ", ".join(self._absent))
        return self.tr("Applied the saved mapping “%1”.").replace("%1", name)

    def is_complete(self) -> bool:
        return self.table is not None and not self.missing() and not self._saving

    def is_busy(self) -> bool:
        return self._saving

    def retranslate_ui(self) -> None:
        self.profile_label.setText(self.tr("Saved &mapping:"))
        self.save_button.setText(self.tr("&Save mapping as…"))
        self.intro.setText(self.tr(
            "Choose the column of the file that holds each field. The proposal comes from the "
            "headers; the sample values beside each choice show what will be imported."
        ))
        self.field_header.setText(self.tr("Field"))
        self.column_header.setText(self.tr("Column in the file"))
        self.sample_header.setText(self.tr("Sample values"))
        self._update_legend()
        if self.profile_combo.count():
            self.profile_combo.setItemText(0, self.tr("(none)"))
        self._label_rows()
        for key in self.samples:
            self._show_samples(key)
        self._update_status()

