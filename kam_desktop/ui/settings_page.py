"""The Settings page: the language (applied at once), visit cadences and attention thresholds,
and where the data lives.

Choosing a language writes the setting; the main window listens to the settings store and
re-installs the translators, so every page retranslates itself without a restart.

Cadences and thresholds are saved shortly after each change (`SAVE_DELAY_MS`, so stepping a
spin box through five values saves once) through the settings store; `AttentionRules.
from_settings` reads them, and the Dashboard, which listens to the store, recomputes. A value a
field cannot hold (a negative number of days, zero, text) is refused with a message next to the
field and never saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import paths, settings
from kam_desktop.services.attention import Rule
from kam_desktop.ui import i18n
from kam_desktop.ui.attention_view import (
    VISIT_KINDS,
    rule_description,
    rule_label,
    visit_kind_label,
)

# Each language is named in itself, so a user who cannot read the current UI language still
# finds theirs (the usual convention; these two are deliberately not translated).
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}
CADENCE_TIERS = ("S", "A", "B", "C")  # always offered; other tiers in the settings are shown too
SAVE_DELAY_MS = 400
ERROR_COLOR = "#b3261e"


def confirm_restore_defaults(parent: QWidget) -> bool:
    """Ask before the cadences and thresholds go back to their defaults (tests patch this)."""
    answer = QMessageBox.question(
        parent, parent.tr("Restore defaults"),
        parent.tr("Set every visit cadence and attention threshold back to its default? The "
                  "values you chose are lost."),
        QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.RestoreDefaults


class NumberField(QWidget):
    """A spin box with a unit and a message under it when what was typed is refused.

    `committed` is emitted when a valid value is entered (Enter, leaving the field, the arrows
    or the wheel), not on every keystroke. The spin box itself refuses what it cannot hold; this
    widget says why, which it would not.
    """

    committed = Signal()

    def __init__(self, low: float, high: float, *, decimals: int = 0, step: float = 1,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high, self.decimals = low, high, decimals
        self._unit = ""
        self._units = ("", "")
        self._kind = ""
        spin: QSpinBox | QDoubleSpinBox
        if decimals:
            spin = QDoubleSpinBox()
            spin.setDecimals(decimals)
            spin.setRange(low, high)
            spin.setSingleStep(step)
        else:
            spin = QSpinBox()
            spin.setRange(int(low), int(high))
            spin.setSingleStep(int(step))
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(False)
        spin.setAccelerated(True)
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        spin.setMinimumWidth(110 if not decimals else 150)
        self.spin = spin
        self.spin.valueChanged.connect(self._on_value)
        self.spin.lineEdit().textEdited.connect(self._on_edited)
        self.spin.installEventFilter(self)  # keys reach the spin box (its edit's focus proxy)
        self.spin.editingFinished.connect(self._on_finished)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(f"color: {ERROR_COLOR};")
        # One line: a wrapped label in a form row is given one line's height and clipped.
        self.error.setWordWrap(False)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.spin, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)

    def set_unit(self, unit: str, kind: str, one: str | None = None) -> None:
        """`unit` the suffix shown (" days"), `one` the suffix for a value of 1 (" day");
        `kind` names the value in messages ("a number of days")."""
        self._units = (unit, unit if one is None else one)
        self._kind = kind
        self._update_suffix()

    def _update_suffix(self) -> None:
        many, one = self._units
        self._unit = one if self.spin.value() == 1 else many
        self.spin.setSuffix(self._unit)

    def value(self) -> float:
        return float(self.spin.value())

    def set_value(self, value: float) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(value if self.decimals else round(value))
        self.spin.blockSignals(False)
        self._update_suffix()
        self._show_error("")

    def _range_text(self) -> str:
        locale = QLocale()
        low = locale.toString(float(self.low), "f", self.decimals) if self.decimals else \
            locale.toString(int(self.low))
        high = locale.toString(float(self.high), "f", 0) if self.decimals else \
            locale.toString(int(self.high))
        return self.tr("Enter %1 from %2 to %3.").replace("%1", self._kind).replace(
            "%2", low).replace("%3", high)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _typed_number(self) -> float | None:
        text = self.spin.lineEdit().text().removesuffix(self._unit).strip()
        number, ok = QLocale().toDouble(text)
        return number if ok else None

    def _on_edited(self, _text: str) -> None:
        number = self._typed_number()
        whole = number is not None and (bool(self.decimals) or float(number).is_integer())
        fits = number is not None and self.low <= number <= self.high
        self._show_error("" if whole and fits else self._range_text())

    def _on_finished(self) -> None:
        # The spin box went back to the last valid value: say so when the text was refused.
        if self.error.isVisibleTo(self):
            locale = QLocale()
            kept = locale.toString(self.value(), "f", self.decimals) if self.decimals else \
                locale.toString(int(self.value()))
            self._show_error(self.tr("%1 Kept %2.").replace("%1", self._range_text()).replace(
                "%2", f"{kept}{self._unit}"))

    def _on_value(self, _value: float) -> None:
        self._update_suffix()
        self._show_error("")
        self.committed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A minus sign is refused by the spin box without a word: explain it.
        if (watched is self.spin and event.type() == QEvent.Type.KeyPress
                and event.text() == "-" and self.low >= 0):  # type: ignore[attr-defined]
            self._show_error(self.tr("A negative number is not allowed here. %1").replace(
                "%1", self._range_text()))
            return True
        return super().eventFilter(watched, event)


class SettingsPage(QWidget):
    """Language, visit cadences, attention thresholds and data locations."""

    saved = Signal()  # after cadences or thresholds were saved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._db_path: Path | None = None
        self._loading = False
        self._saving = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.language_box = QGroupBox()
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_combo)
        self.language_hint = QLabel()
        self.language_hint.setObjectName("hint")
        self.language_hint.setWordWrap(True)
        form = QFormLayout(self.language_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.language_hint)
        self._fill_languages()
        self.language_combo.currentIndexChanged.connect(self._on_language_chosen)

        self._build_cadence_box()
        self._build_attention_box()

        self.data_box = QGroupBox()
        self.db_label = QLabel()
        self.db_value = self._path_label("databasePath")
        self.backup_label = QLabel()
        self.backup_value = self._path_label("backupsPath")
        self.open_backups = QPushButton()
        self.open_backups.clicked.connect(self._open_backup_folder)
        self.settings_label = QLabel()
        self.settings_value = self._path_label("settingsPath")
        data_form = QFormLayout(self.data_box)
        data_form.addRow(self.db_label, self.db_value)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_value, 1)
        backup_row.addWidget(self.open_backups)
        data_form.addRow(self.backup_label, backup_row)
        data_form.addRow(self.settings_label, self.settings_value)
        self.backup_hint = QLabel()
        self.backup_hint.setObjectName("hint")
        self.backup_hint.setWordWrap(True)
        data_form.addRow(self.backup_hint)

        self.later = QLabel()
        self.later.setObjectName("hint")
        self.later.setWordWrap(True)

        content = QWidget()
        content.setObjectName("settingsContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(16, 4, 16, 16)
        body.setSpacing(12)
        for box in (self.language_box, self.cadence_box, self.attention_box, self.data_box):
            box.setMaximumWidth(900)
            body.addWidget(box)
        body.addWidget(self.later)
        body.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("settingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)

        title_row = QHBoxLayout()
        title_row.setContentsMargins(16, 0, 16, 0)
        title_row.addWidget(self.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.scroll_area, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_rules)
        self.load_rules(settings.current())
        unsubscribe: Callable[[], None] = settings.store().subscribe(self._on_settings_changed)
        self.destroyed.connect(lambda *_: unsubscribe())
        self.retranslate_ui()

    @staticmethod
    def _path_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # --- building the rule sections --------------------------------------------------------

    def _build_cadence_box(self) -> None:
        self.cadence_box = QGroupBox()
        self.cadence_box.setObjectName("cadenceBox")
        self.cadence_intro = QLabel()
        self.cadence_intro.setObjectName("hint")
        self.cadence_intro.setWordWrap(True)
        self.cadence_form = QFormLayout()
        self.cadence_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.cadence_fields: dict[str, NumberField] = {}
        self.cadence_labels: dict[str, QLabel] = {}
        self.unclassified_check = QCheckBox()
        self.unclassified_check.setObjectName("unclassifiedCadence")
        self.unclassified_field = NumberField(1, 3650)
        self.unclassified_check.toggled.connect(self._on_unclassified_toggled)
        self.unclassified_field.committed.connect(self._schedule_save)
        unclassified = QHBoxLayout()
        unclassified.addWidget(self.unclassified_check, 0, Qt.AlignmentFlag.AlignTop)
        unclassified.addWidget(self.unclassified_field, 0, Qt.AlignmentFlag.AlignTop)
        unclassified.addStretch(1)
        self.kinds_label = QLabel()
        self.kind_checks: dict[str, QCheckBox] = {}
        kinds = QGridLayout()
        kinds.setHorizontalSpacing(16)
        for i, kind in enumerate(VISIT_KINDS):
            check = QCheckBox()
            check.setObjectName(f"visitKind_{kind}")
            check.toggled.connect(lambda on, k=kind: self._on_kind_toggled(k, on))
            self.kind_checks[kind] = check
            kinds.addWidget(check, i // 3, i % 3)
        kinds.setColumnStretch(3, 1)
        self.kinds_error = QLabel()
        self.kinds_error.setStyleSheet(f"color: {ERROR_COLOR};")
        self.kinds_error.hide()
        layout = QVBoxLayout(self.cadence_box)
        layout.addWidget(self.cadence_intro)
        layout.addLayout(self.cadence_form)
        layout.addLayout(unclassified)
        layout.addWidget(self.kinds_label)
        layout.addLayout(kinds)
        layout.addWidget(self.kinds_error)

    def _cadence_field(self, tier: str) -> NumberField:
        """The field of `tier`, added to the form the first time."""
        if tier not in self.cadence_fields:
            field = NumberField(1, 3650)
            field.setObjectName(f"cadence_{tier}")
            field.committed.connect(self._schedule_save)
            label = QLabel()
            label.setBuddy(field.spin)
            self.cadence_fields[tier] = field
            self.cadence_labels[tier] = label
            self.cadence_form.addRow(label, field)
            self._word_cadence(tier)
        return self.cadence_fields[tier]

    def _build_attention_box(self) -> None:
        self.attention_box = QGroupBox()
        self.attention_box.setObjectName("attentionBox")
        self.attention_intro = QLabel()
        self.attention_intro.setObjectName("hint")
        self.attention_intro.setWordWrap(True)
        self.rule_checks: dict[Rule, QCheckBox] = {}
        self.rule_hints: dict[Rule, QLabel] = {}
        self.threshold_texts: dict[str, QLabel] = {}
        field = self._threshold
        self.nps_drop = field("nps_drop", 1, 10)
        self.csat_drop = field("csat_drop", 1, 4)
        self.survey_age = field("survey_age", 1, 3650)
        self.overdue_amount = field("overdue_amount", 0, 1e12, decimals=2, step=1000)
        self.sales_down = field("sales_down", 0, 100)
        self.sales_window = field("sales_window", 1, 60)
        self.no_contact = field("no_contact", 1, 3650)
        self.single_tier_checks: dict[str, QCheckBox] = {}
        self.single_tiers_row = QHBoxLayout()
        self.single_tiers_text = QLabel()
        self.single_tiers_row.addWidget(self.single_tiers_text)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        rows: dict[Rule, list[Any]] = {
            Rule.VISIT_OVERDUE: [],
            Rule.FALLING_SATISFACTION: [("nps_drop", self.nps_drop),
                                        ("csat_drop", self.csat_drop)],
            Rule.DETRACTOR_DECISION_MAKER: [],
            Rule.OVERDUE_RECEIVABLES: [("overdue_amount", self.overdue_amount)],
            Rule.SINGLE_THREADED: [self.single_tiers_row],
            Rule.SALES_DOWN: [("sales_down", self.sales_down), ("sales_window", self.sales_window)],
            Rule.NO_CONTACT: [("no_contact", self.no_contact)],
        }
        row = 0
        for rule, parts in rows.items():
            check = QCheckBox()
            check.setObjectName(f"rule_{rule.value}")
            check.toggled.connect(self._schedule_save)
            self.rule_checks[rule] = check
            grid.addWidget(check, row, 0, Qt.AlignmentFlag.AlignTop)
            hint = QLabel()
            hint.setObjectName("hint")
            hint.setWordWrap(True)
            self.rule_hints[rule] = hint
            if parts:  # thresholds beside the rule, what it checks under them
                line = QHBoxLayout()
                line.setSpacing(8)
                for part in parts:
                    if isinstance(part, QHBoxLayout):
                        line.addLayout(part)
                        continue
                    key, widget = part
                    line.addWidget(self.threshold_texts[key], 0, Qt.AlignmentFlag.AlignTop)
                    line.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
                line.addStretch(1)
                grid.addLayout(line, row, 1)
                row += 1
            else:  # no threshold: what it checks beside the rule
                hint.setMinimumHeight(check.sizeHint().height())
            grid.addWidget(hint, row, 1, Qt.AlignmentFlag.AlignTop)
            row += 1
            if rule is Rule.DETRACTOR_DECISION_MAKER:  # applies to both survey rules
                survey = QHBoxLayout()
                survey.setSpacing(8)
                survey.addWidget(self.threshold_texts["survey_age"], 0, Qt.AlignmentFlag.AlignTop)
                survey.addWidget(self.survey_age, 0, Qt.AlignmentFlag.AlignTop)
                survey.addStretch(1)
                grid.addLayout(survey, row, 1)
                row += 1
            grid.setRowMinimumHeight(row, 6)  # a little air between rules
            row += 1

        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreDefaults")
        self.restore_button.clicked.connect(self.restore_defaults)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status, 1)

        layout = QVBoxLayout(self.attention_box)
        layout.addWidget(self.attention_intro)
        layout.addLayout(grid)
        layout.addLayout(buttons)

    def _threshold(self, key: str, low: float, high: float, *, decimals: int = 0,
                   step: float = 1) -> NumberField:
        field = NumberField(low, high, decimals=decimals, step=step)
        field.setObjectName(f"threshold_{key}")
        field.committed.connect(self._schedule_save)
        text = QLabel()
        text.setBuddy(field.spin)
        text.setMinimumHeight(field.spin.sizeHint().height())
        self.threshold_texts[key] = text
        return field

    def _single_tier_check(self, tier: str) -> QCheckBox:
        if tier not in self.single_tier_checks:
            check = QCheckBox(tier)
            check.setObjectName(f"singleThreaded_{tier}")
            check.toggled.connect(self._schedule_save)
            self.single_tier_checks[tier] = check
            self.single_tiers_row.addWidget(check)
        return self.single_tier_checks[tier]

    # --- loading and saving ----------------------------------------------------------------

    def load_rules(self, current: settings.Settings) -> None:
        """Show the cadences and thresholds of `current`."""
        self._loading = True
        try:
            tiers = list(dict.fromkeys([*CADENCE_TIERS, *current.visit_cadence_days]))
            for tier in tiers:
                self._cadence_field(tier).set_value(
                    current.visit_cadence_days.get(tier, settings.Settings().visit_cadence_days
                                                   .get(tier, 90)))
            self.unclassified_check.setChecked(current.unclassified_cadence_days is not None)
            self.unclassified_field.set_value(current.unclassified_cadence_days or 180)
            self.unclassified_field.setEnabled(current.unclassified_cadence_days is not None)
            for kind, check in self.kind_checks.items():
                check.setChecked(kind in current.attention_visit_kinds)
            self.kinds_error.hide()
            enabled = set(current.attention_rules_enabled)
            for rule, check in self.rule_checks.items():
                check.setChecked(rule.value in enabled)
            self.nps_drop.set_value(current.attention_nps_drop)
            self.csat_drop.set_value(current.attention_csat_drop)
            self.survey_age.set_value(current.attention_survey_max_age_days)
            self.overdue_amount.set_value(current.attention_overdue_amount)
            self.sales_down.set_value(current.attention_sales_down_percent)
            self.sales_window.set_value(current.attention_sales_window_months)
            self.no_contact.set_value(current.attention_no_contact_days)
            for tier in dict.fromkeys([*CADENCE_TIERS, *current.attention_single_threaded_tiers]):
                self._single_tier_check(tier).setChecked(
                    tier in current.attention_single_threaded_tiers)
        finally:
            self._loading = False

    def rule_values(self) -> dict[str, Any]:
        """The cadences and thresholds as the fields show them, named as in `Settings`."""
        return {
            "visit_cadence_days": {t: int(f.value()) for t, f in self.cadence_fields.items()},
            "unclassified_cadence_days": int(self.unclassified_field.value())
            if self.unclassified_check.isChecked() else None,
            "attention_visit_kinds": [k for k, c in self.kind_checks.items() if c.isChecked()],
            "attention_rules_enabled": [r.value for r, c in self.rule_checks.items()
                                        if c.isChecked()],
            "attention_nps_drop": int(self.nps_drop.value()),
            "attention_csat_drop": int(self.csat_drop.value()),
            "attention_survey_max_age_days": int(self.survey_age.value()),
            "attention_overdue_amount": round(self.overdue_amount.value(), 2),
            "attention_sales_down_percent": float(self.sales_down.value()),
            "attention_sales_window_months": int(self.sales_window.value()),
            "attention_no_contact_days": int(self.no_contact.value()),
            "attention_single_threaded_tiers": [t for t, c in self.single_tier_checks.items()
                                                if c.isChecked()],
        }

    def _schedule_save(self, *_args: object) -> None:
        if not self._loading:
            self._save_timer.start()

    def save_rules(self) -> bool:
        """Save the cadences and thresholds now; False (with the reason shown) if refused."""
        self._save_timer.stop()
        values = self.rule_values()
        try:
            self._saving = True
            settings.store().update(**values)
        except ValueError as exc:  # the fields' ranges make this a bug, but say it
            self.status.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return False
        finally:
            self._saving = False
        self.status.setText(self.tr("Saved. The attention list and the Dashboard use the new "
                                    "values."))
        self.saved.emit()
        return True

    def restore_defaults(self) -> bool:
        """After asking, put every cadence and threshold back to its default and save."""
        if not confirm_restore_defaults(self):
            return False
        defaults = settings.Settings()
        current = settings.current()
        # Tiers beyond S–C keep no cadence of their own by default: drop them from the form.
        for tier in [t for t in self.cadence_fields if t not in defaults.visit_cadence_days]:
            field = self.cadence_fields.pop(tier)
            self.cadence_labels.pop(tier)
            self.cadence_form.removeRow(field)
        self.load_rules(defaults)
        saved = self.save_rules()
        if saved and current == settings.current():
            self.status.setText(self.tr("The values were already the defaults."))
        return saved

    def _on_settings_changed(self, new: settings.Settings, changed: frozenset[str]) -> None:
        """Another part of the app changed a threshold: show it (unless we are saving)."""
        if self._saving or not any(n.startswith("attention_") or "cadence" in n
                                   for n in changed):
            return
        self.load_rules(new)

    def _on_unclassified_toggled(self, on: bool) -> None:
        self.unclassified_field.setEnabled(on)
        self._schedule_save()

    def _on_kind_toggled(self, kind: str, on: bool) -> None:
        if self._loading:
            return
        if not on and not any(c.isChecked() for c in self.kind_checks.values()):
            self.kind_checks[kind].blockSignals(True)
            self.kind_checks[kind].setChecked(True)
            self.kind_checks[kind].blockSignals(False)
            self.kinds_error.setText(self.tr("At least one kind of contact must count as a "
                                             "visit."))
            self.kinds_error.show()
            return
        self.kinds_error.hide()
        self._schedule_save()

    # --- data locations --------------------------------------------------------------------

    def set_database_path(self, path: Path | None) -> None:
        self._db_path = path
        self._show_paths()

    def _show_paths(self) -> None:
        if self._db_path is None:
            self.db_value.setText("—")
            self.backup_value.setText("—")
        else:
            self.db_value.setText(str(self._db_path))
            self.backup_value.setText(str(paths.backup_dir_for(self._db_path)))
        self.settings_value.setText(str(settings.settings_path()))
        self.open_backups.setEnabled(self._db_path is not None)

    def _open_backup_folder(self) -> None:
        if self._db_path is None:
            return
        folder = paths.backup_dir_for(self._db_path)
        target = folder if folder.is_dir() else self._db_path.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # --- language --------------------------------------------------------------------------

    def _fill_languages(self) -> None:
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.language_combo.addItem(self.tr("System default (%1)").replace("%1", system),
                                    "system")
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        index = self.language_combo.findData(settings.current().language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.blockSignals(False)

    def _on_language_chosen(self, _index: int) -> None:
        choice = self.language_combo.currentData()
        if choice and choice != settings.current().language:
            settings.store().update(language=choice)

    def choose_language(self, code: str) -> None:
        """Select a language as the user would (`system`, `en` or `zh_CN`)."""
        self.language_combo.setCurrentIndex(self.language_combo.findData(code))

    def _word_cadence(self, tier: str) -> None:
        self.cadence_labels[tier].setText(self.tr("Tier %1: a visit every").replace("%1", tier))
        self.cadence_fields[tier].set_unit(self.tr(" days"), self.tr("a number of days"),
                                           self.tr(" day"))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the application:"))
        self.language_hint.setText(
            self.tr("The change applies at once. With \"System default\" the language follows "
                    "your operating system.")
        )
        self._fill_languages()

        days, number_of_days, day = self.tr(" days"), self.tr("a number of days"), self.tr(" day")
        self.cadence_box.setTitle(self.tr("Visit cadence"))
        self.cadence_intro.setText(self.tr(
            "How often each tier should be visited. An account whose last visit is longer ago "
            "is flagged \"Visit overdue\" on the Dashboard and in the Visits agenda."))
        for tier in self.cadence_fields:
            self._word_cadence(tier)
        self.unclassified_check.setText(self.tr("Unclassified accounts: a visit every"))
        self.unclassified_check.setToolTip(self.tr(
            "Off: accounts without a tier have no cadence (before the first classification "
            "every account is unclassified, and flagging them all would bury the list)."))
        self.unclassified_field.set_unit(days, number_of_days, day)
        self.kinds_label.setText(self.tr("Counts as a visit:"))
        for kind, check in self.kind_checks.items():
            check.setText(visit_kind_label(kind))

        self.attention_box.setTitle(self.tr("Attention rules"))
        self.attention_intro.setText(self.tr(
            "An account needs attention when any rule that is switched on fires. Changes are "
            "saved as you make them."))
        for rule, check in self.rule_checks.items():
            check.setText(rule_label(rule))
            self.rule_hints[rule].setText(rule_description(rule))
        texts = self.threshold_texts
        texts["nps_drop"].setText(self.tr("NPS falls by"))
        points, number_of_points = self.tr(" points"), self.tr("a number of points")
        self.nps_drop.set_unit(points, number_of_points, self.tr(" point"))
        texts["csat_drop"].setText(self.tr("or CSAT by"))
        self.csat_drop.set_unit(points, number_of_points, self.tr(" point"))
        texts["survey_age"].setText(self.tr("Both survey rules read answers of the last"))
        self.survey_age.set_unit(days, number_of_days, day)
        texts["overdue_amount"].setText(self.tr("More than"))
        self.overdue_amount.set_unit("", self.tr("an amount"))
        self.single_tiers_text.setText(self.tr("In tiers:"))
        texts["sales_down"].setText(self.tr("By more than"))
        self.sales_down.set_unit(" %", self.tr("a percentage"))
        texts["sales_window"].setText(self.tr("over the last"))
        self.sales_window.set_unit(self.tr(" months"), self.tr("a number of months"),
                                   self.tr(" month"))
        texts["no_contact"].setText(self.tr("For more than"))
        self.no_contact.set_unit(days, number_of_days, day)
        self.restore_button.setText(self.tr("Restore defaults"))
        self.restore_button.setToolTip(self.tr(
            "Visits every 30 days for tier S, 60 for A, 90 for B, 180 for C; every rule on with "
            "its default threshold."))

        self.data_box.setTitle(self.tr("Data"))
        self.db_label.setText(self.tr("Database:"))
        self.backup_label.setText(self.tr("Backups folder:"))
        self.open_backups.setText(self.tr("Open folder"))
        self.settings_label.setText(self.tr("Settings file:"))
        self.backup_hint.setText(
            self.tr("A backup is taken automatically once a day when the data has changed, and "
                    "before every upgrade of the database. Old backups are rotated: the last 7 "
                    "days, 4 weeks and 12 months are kept.")
        )
        self.later.setText(
            self.tr("More settings — classification policies, import mappings — are on the "
                    "pages of the features they configure.")
        )
        self._show_paths()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
