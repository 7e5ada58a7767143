"""The bar above the policy editor: which policy and version, unsaved changes, save, import,
export, and the policy's description. It shows what the page gives it and says what the user
chose; the page decides what happens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kam_desktop.services.classification import PolicyInfo, PolicyVersion
from kam_desktop.ui.classification_labels import policy_name


class PolicyBar(QWidget):
    policy_chosen = Signal()  # the user picked another policy
    version_chosen = Signal()  # the user picked another version
    save_requested = Signal()
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policies: list[PolicyInfo] = []
        self.versions: list[PolicyVersion] = []
        self.policy_label = QLabel()
        self.policy_combo = QComboBox()
        self.policy_combo.setObjectName("policyChoice")
        self.policy_combo.setMinimumWidth(200)
        self.policy_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.policy_combo.currentIndexChanged.connect(lambda _i: self.policy_chosen.emit())
        self.policy_label.setBuddy(self.policy_combo)
        self.version_label = QLabel()
        self.version_combo = QComboBox()
        self.version_combo.setObjectName("versionChoice")
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.currentIndexChanged.connect(lambda _i: self.version_chosen.emit())
        self.version_label.setBuddy(self.version_combo)
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirtyLabel")
        palette = self.dirty_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#7a5200"))
        self.dirty_label.setPalette(palette)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePolicy")
        self.save_button.clicked.connect(self.save_requested)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importPolicy")
        self.import_button.clicked.connect(self.import_requested)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportPolicy")
        self.export_button.clicked.connect(self.export_requested)
        self.description = QLabel()
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.policy_label)
        row.addWidget(self.policy_combo)
        row.addSpacing(8)
        row.addWidget(self.version_label)
        row.addWidget(self.version_combo)
        row.addSpacing(8)
        row.addWidget(self.dirty_label)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.description)
        self.retranslate_ui()

    # --- content (set without signalling a choice) ---------------------------------------

    def set_policies(self, policies: list[PolicyInfo], current: str | None) -> None:
        self.policies = list(policies)
        self.policy_combo.blockSignals(True)
        try:
            self.policy_combo.clear()
            for info in self.policies:
                self.policy_combo.addItem(self._policy_text(info), info.name)
            self.select_policy(current)
        finally:
            self.policy_combo.blockSignals(False)

    def select_policy(self, name: str | None) -> None:
        index = self.policy_combo.findData(name) if name is not None else -1
        if index >= 0:
            self.policy_combo.blockSignals(True)
            self.policy_combo.setCurrentIndex(index)
            self.policy_combo.blockSignals(False)

    def current_name(self) -> str | None:
        data = self.policy_combo.currentData()
        return str(data) if data is not None else None

    def set_versions(self, versions: list[PolicyVersion], current: int | None) -> None:
        """`versions` newest first."""
        self.versions = list(versions)
        self.version_combo.blockSignals(True)
        try:
            self.version_combo.clear()
            for stored in self.versions:
                self.version_combo.addItem(self._version_text(stored), stored.version)
        finally:
            self.version_combo.blockSignals(False)
        self.select_version(current)

    def select_version(self, version: int | None) -> None:
        index = self.version_combo.findData(version) if version is not None else -1
        if index >= 0:
            self.version_combo.blockSignals(True)
            self.version_combo.setCurrentIndex(index)
            self.version_combo.blockSignals(False)

    def current_version(self) -> int | None:
        data = self.version_combo.currentData()
        return int(data) if data is not None else None

    def set_description(self, text: str) -> None:
        self.description.setText(text)
        self.description.setVisible(bool(text))

    def set_state(self, *, ready: bool, busy: bool, valid: bool, dirty: bool) -> None:
        self.save_button.setEnabled(ready and valid and dirty and not busy)
        self.export_button.setEnabled(ready and valid)
        self.import_button.setEnabled(ready and not busy)
        self.policy_combo.setEnabled(ready and not busy)
        self.version_combo.setEnabled(ready and not busy and len(self.versions) > 1)
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")

    def _policy_text(self, info: PolicyInfo) -> str:
        if info.builtin:
            return self.tr("%1 (built-in)").replace("%1", policy_name(info.name))
        return info.name

    def _version_text(self, stored: PolicyVersion) -> str:
        when = stored.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("Version %1 · %2").replace("%1", str(stored.version)).replace("%2", when)
        if self.versions and stored is self.versions[0]:
            text += " " + self.tr("(newest)")
        return text

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.policy_label.setText(self.tr("&Policy:"))
        self.version_label.setText(self.tr("&Version:"))
        self.save_button.setText(self.tr("&Save as new version"))
        self.save_button.setToolTip(self.tr("Runs keep pointing at the version that made them."))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Read a policy from a TOML file"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Write the policy as shown to a TOML file"))
        for i, info in enumerate(self.policies[:self.policy_combo.count()]):
            self.policy_combo.setItemText(i, self._policy_text(info))
        for i, stored in enumerate(self.versions[:self.version_combo.count()]):
            self.version_combo.setItemText(i, self._version_text(stored))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
