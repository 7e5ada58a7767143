"""Coverage of the buying center: which roles a contact with a strong relationship holds.

A role is covered when an active contact in it has relationship strength `STRONG` (3) or more.
Each role shows a mark (filled green: covered; hollow red: not), and who covers it, or who holds
it with a weak relationship, or that nobody does. An account where only one person has a strong
relationship with us is single-threaded: a warning says so in words above the roles, as does
one where nobody has.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kam_desktop.models.enums import BuyingRole
from kam_desktop.services.contacts import STRONG, Coverage, RoleCoverage
from kam_desktop.ui import labels

COVERED = QColor("#2e7d32")
NOT_COVERED = QColor("#c62828")
WARNING_TEXT = QColor("#7a2e00")
WARNING_BACKGROUND = QColor("#fdecd2")
WARNING_BORDER = QColor("#e8a55a")
MUTED = QColor("#5f6b7a")


class CoverageMark(QWidget):
    """A filled green circle for a covered role, a hollow red ring for one that is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.covered = False
        self.setFixedSize(14, 14)

    def set_covered(self, covered: bool) -> None:
        self.covered = covered
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self.covered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(COVERED))
            painter.drawEllipse(rect)
            pen = QPen(QColor("white"), 1.8)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            w, h, x, y = rect.width(), rect.height(), rect.left(), rect.top()
            painter.drawPolyline([
                QPointF(x + w * 0.27, y + h * 0.52),
                QPointF(x + w * 0.44, y + h * 0.70),
                QPointF(x + w * 0.74, y + h * 0.33),
            ])
        else:
            painter.setPen(QPen(NOT_COVERED, 1.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()


class WarningBanner(QLabel):
    """A sentence on an orange background: painted by palette, not a style sheet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setMargin(6)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, WARNING_BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, WARNING_TEXT)
        self.setPalette(palette)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setPen(QPen(WARNING_BORDER, 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()


class CoverageWidget(QWidget):
    """The buying-center roles of one account, covered or not, and the single-thread warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coverage")
        self.coverage: Coverage | None = None
        self.heading = QLabel()
        self.heading.setObjectName("coverageHeading")
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.warning = WarningBanner()
        self.warning.setObjectName("coverageWarning")
        self.warning.hide()
        self.marks: dict[str, CoverageMark] = {}
        self.role_names: dict[str, QLabel] = {}
        self.holders: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        for row, role in enumerate(BuyingRole):
            mark = CoverageMark()
            name = QLabel()
            name.setObjectName(f"coverageRole_{role.value}")
            holder = QLabel()
            holder.setObjectName(f"coverageHolder_{role.value}")
            holder.setWordWrap(True)
            holder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(holder, row, 2, Qt.AlignmentFlag.AlignTop)
            self.marks[role.value] = mark
            self.role_names[role.value] = name
            self.holders[role.value] = holder
        grid.setColumnStretch(2, 1)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.summary)
        layout.addLayout(grid)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.retranslate_ui()

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(240, super().minimumSizeHint().height())

    # --- content -------------------------------------------------------------------------

    def set_coverage(self, coverage: Coverage | None) -> None:
        self.coverage = coverage
        self._show()

    def warning_text(self) -> str:
        """The warning shown ("" when none), for tests."""
        return self.warning.text() if not self.warning.isHidden() else ""

    def holder_text(self, role: str) -> str:
        return self.holders[role].text()

    def is_covered(self, role: str) -> bool:
        return self.marks[role].covered

    def _show(self) -> None:
        cov = self.coverage
        roles = {r.role: r for r in cov.roles} if cov else {}
        for role, mark in self.marks.items():
            line = roles.get(role)
            mark.set_covered(bool(line and line.covered))
            tip = self.tr("Covered") if line and line.covered else self.tr("Not covered")
            mark.setToolTip(tip)
            self.role_names[role].setToolTip(tip)
            self.holders[role].setText(self._holder(line))
        if cov is None:
            self.summary.setText("")
            self.warning.hide()
            return
        strong = (self.tr("1 strong relationship") if cov.strong_contacts == 1 else
                  self.tr("%1 strong relationships").replace("%1", str(cov.strong_contacts)))
        self.summary.setText(
            self.tr("%1 of %2 roles covered").replace("%1", str(cov.covered_roles))
            .replace("%2", str(cov.total_roles)) + " · " + strong)
        if cov.single_threaded:
            self.warning.setText(self.tr(
                "Single-threaded: only %1 has a strong relationship with us. Build a second "
                "one before they move on.").replace("%1", cov.strong_names[0]))
            self.warning.show()
        elif cov.no_strong:
            self.warning.setText(self.tr(
                "No strong relationship: nobody at this account has a relationship strength "
                "of %1 or more with us.").replace("%1", str(STRONG)))
            self.warning.show()
        else:
            self.warning.hide()

    def _holder(self, line: RoleCoverage | None) -> str:
        if line is None:
            return ""
        if line.covered:
            return ", ".join(line.strong_contacts)
        if line.contacts:
            return self.tr("weak: %1").replace("%1", ", ".join(line.contacts))
        return self.tr("nobody")

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Buying-center coverage"))
        for role, label in self.role_names.items():
            label.setText(labels.role_label(role))
        self.note.setText(self.tr(
            "Green: the role is covered by an active contact with relationship strength %1 or "
            "more. Red: not covered.").replace("%1", str(STRONG)))
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


__all__ = ["CoverageMark", "CoverageWidget"]
