"""The Settings page: the language (applied at once) and where the data lives.

Choosing a language writes the setting; the main window listens to the settings store and
re-installs the translators, so every page retranslates itself without a restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import paths, settings
from kam_desktop.ui import i18n

# Each language is named in itself, so a user who cannot read the current UI language still
# finds theirs (the usual convention; these two are deliberately not translated).
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文"}


class SettingsPage(QWidget):
    """Language and data locations; other sections arrive with the features they configure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._db_path: Path | None = None
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        for box in (self.language_box, self.data_box):
            box.setMaximumWidth(900)
            layout.addWidget(box)
        layout.addWidget(self.later)
        layout.addStretch(1)
        self.retranslate_ui()

    @staticmethod
    def _path_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

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

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.language_box.setTitle(self.tr("Language"))
        self.language_label.setText(self.tr("&Language of the application:"))
        self.language_hint.setText(
            self.tr("The change applies at once. With \"System default\" the language follows "
                    "your operating system.")
        )
        self._fill_languages()
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
            self.tr("More settings — classification policies, import mappings, visit cadence — "
                    "will appear here with the features they configure.")
        )
        self._show_paths()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
