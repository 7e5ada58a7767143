"""The modal questions of the classification: policy files, industry scores, overrides, and
confirmations. Each is the one function a test patches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from kam_desktop.ui.classification_industry_dialog import IndustryScoresDialog
from kam_desktop.ui.tier_override_dialog import OverrideDialog

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate


def _filter() -> str:
    return translate("ClassificationDialogs", "Tier policies (*.toml);;All files (*)")


def ask_policy_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Ask for a TOML policy file to import; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("ClassificationDialogs", "Import a tier policy"), str(start or ""),
        _filter(),
    )
    return Path(path) if path else None


def ask_policy_export_path(parent: QWidget | None, suggestion: Path) -> Path | None:
    """Ask where to write a policy as TOML; None when cancelled. Adds `.toml` when missing.
    The system dialog asks before overwriting an existing file."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("ClassificationDialogs", "Export the tier policy"), str(suggestion),
        _filter(),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(".toml")


def edit_industry_scores(parent: QWidget | None,
                         scores: Mapping[str, float]) -> dict[str, float] | None:
    """Edit the industry score table; None when cancelled."""
    dialog = IndustryScoresDialog(scores, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.scores()


def ask_override(parent: QWidget | None, code: str, name: str, tiers: Sequence[str],
                 current: str | None, computed: str | None) -> tuple[str, str] | None:
    """Ask the tier and the reason for an override; None when cancelled."""
    dialog = OverrideDialog(code, name, tiers, current, computed, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()


def confirm_clear_override(parent: QWidget | None, code: str, tier: str,
                           computed: str | None) -> bool:
    """Ask before ending an override; True to go ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ClassificationDialogs", "Clear override"))
    box.setText(translate("ClassificationDialogs", "Clear the override of %1?").replace(
        "%1", code))
    if computed:
        detail = translate("ClassificationDialogs",
                           "The account goes from tier %1 (override) back to its computed tier "
                           "%2.").replace("%1", tier).replace("%2", computed)
    else:
        detail = translate("ClassificationDialogs",
                           "The account has no computed tier yet, so it will be unclassified "
                           "until the next run.")
    box.setInformativeText(detail)
    clear = box.addButton(translate("ClassificationDialogs", "Clear override"),
                          QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is clear


def confirm_discard(parent: QWidget | None, policy_name: str) -> bool:
    """Ask before leaving unsaved policy edits; True to discard them."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ClassificationDialogs", "Unsaved changes"))
    box.setText(translate("ClassificationDialogs",
                          "Discard your changes to %1?").replace("%1", policy_name))
    box.setInformativeText(translate(
        "ClassificationDialogs",
        "They have not been saved as a new version. Applying a changed policy also saves it."))
    discard = box.addButton(translate("ClassificationDialogs", "Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is discard
