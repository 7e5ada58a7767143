"""Pages that later versions fill: each says what it will hold, and that it is not there yet.

A blank page would look broken and a mock-up would pretend to work; a short description of the
coming feature tells the user what to expect and where it will live.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from kam_desktop.ui import icons

PLACEHOLDER_KEYS = ("dashboard", "visits", "surveys", "plans")


# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate


def page_content(key: str) -> tuple[str, str, list[str]]:
    """(title, one-line purpose, what the page will hold) for a placeholder page."""
    if key == "dashboard":
        return (
            translate("PlaceholderPage", "Dashboard"),
            translate("PlaceholderPage", "Your portfolio at a glance."),
            [
                translate(
                    "PlaceholderPage",
                    "Portfolio totals: accounts per tier, sales and gross profit for the period, "
                    "growth against the previous period"
                ),
                translate(
                    "PlaceholderPage",
                    "Revenue concentration: top-10 share and Herfindahl index, so dependence on a "
                    "few customers is visible"
                ),
                translate(
                    "PlaceholderPage",
                    "Early warnings: overdue receivables, falling satisfaction, strategic accounts"
                    " not visited on their cadence"
                ),
                translate(
                    "PlaceholderPage",
                    "Charts of the sales trend and of the tier distribution"
                ),
            ],
        )
    if key == "visits":
        return (
            translate("PlaceholderPage", "Visits"),
            translate("PlaceholderPage", "Record and plan every contact with your accounts."),
            [
                translate(
                    "PlaceholderPage",
                    "Log on-site visits, phone and video calls, e-mails, WeChat and events with "
                    "purpose, summary, outcome and next steps"
                ),
                translate(
                    "PlaceholderPage",
                    "Follow-up dates and a visit cadence per tier (for example monthly for "
                    "strategic accounts), with reminders when overdue"
                ),
                translate("PlaceholderPage", "Which contacts of the buying center took part"),
            ],
        )
    if key == "surveys":
        return (
            translate("PlaceholderPage", "Surveys"),
            translate(
                "PlaceholderPage",
                "Customer satisfaction surveys, per account and per contact."
            ),
            [
                translate(
                    "PlaceholderPage",
                    "NPS (0–10) and CSAT (1–5), overall and per dimension: product quality, "
                    "delivery, service response, price, communication"
                ),
                translate("PlaceholderPage", "Comments and follow-up actions"),
                translate(
                    "PlaceholderPage",
                    "Satisfaction trends, with falling scores flagged as an early warning"
                ),
            ],
        )
    if key == "plans":
        return (
            translate("PlaceholderPage", "Account plans"),
            translate("PlaceholderPage", "Yearly account plans to take into customer reviews."),
            [
                translate(
                    "PlaceholderPage",
                    "Profile, tier and its rationale, sales history and satisfaction trend"
                ),
                translate(
                    "PlaceholderPage",
                    "Buying-center map with the relationship status of each contact"
                ),
                translate(
                    "PlaceholderPage",
                    "Objectives, SWOT, strategy, white space and an action plan with owners and "
                    "due dates"
                ),
                translate("PlaceholderPage", "A printable PDF in Chinese or English"),
            ],
        )
    raise KeyError(key)


class PlaceholderPage(QWidget):
    """A page that describes a coming feature and says plainly that it is not there yet."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"{key}Page")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.badge = QLabel()
        self.badge.setObjectName("comingBadge")
        self.intro = QLabel()
        self.intro.setObjectName("pageIntro")
        self.intro.setWordWrap(True)
        self.bullets = QLabel()
        self.bullets.setObjectName("placeholderBullets")
        self.bullets.setWordWrap(True)
        self.bullets.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setObjectName("placeholderNote")
        self.note.setWordWrap(True)
        self.icon = QLabel()
        self.icon.setPixmap(icons.nav_icon(key, 48).pixmap(48, 48))

        card = QFrame()
        card.setObjectName("placeholderCard")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(12)
        inner.addWidget(self.icon)
        inner.addWidget(self.intro)
        inner.addWidget(self.bullets)
        inner.addWidget(self.note)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(card, 0)
        layout.addStretch(1)
        card.setMaximumWidth(760)
        self.retranslate_ui()

    def text(self) -> str:
        """Everything the page says, as plain text (for tests)."""
        return "\n".join([self.title.text(), self.badge.text(), self.intro.text(),
                          *page_content(self.key)[2], self.note.text()])

    def retranslate_ui(self) -> None:
        title, intro, bullets = page_content(self.key)
        self.title.setText(title)
        self.badge.setText(self.tr("Coming in a later version"))
        self.intro.setText(intro)
        items = "".join(f"<li style='margin-bottom:6px'>{_escape(b)}</li>" for b in bullets)
        self.bullets.setText(f"<ul style='margin-left:-20px'>{items}</ul>")
        self.note.setText(
            self.tr("This page is not available yet. What you see here describes what it "
                    "will hold.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
