"""The application's look: Fusion with a light palette and a small style sheet.

Fusion looks the same on Windows, macOS and Linux, so screenshots and the user guide match what
every user sees. The style sheet only touches named widgets (navigation, page titles, hints).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5fa8"
NAV_BACKGROUND = "#eef2f7"
MUTED = "#5f6b7a"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: {NAV_BACKGROUND};
    border: none;
    border-right: 1px solid #d5dce6;
    outline: 0;
    padding-top: 8px;
}}
QListWidget#navigation::item {{
    padding: 7px 10px;
    margin: 1px 6px;
    border-radius: 6px;
}}
QListWidget#navigation::item:hover:!selected {{
    background: #dfe6f0;
}}
QListWidget#navigation::item:selected {{
    background: {ACCENT};
    color: white;
}}
QLabel#pageTitle {{
    font-size: 15pt;
    font-weight: 600;
    color: #1b2733;
}}
QLabel#pageIntro {{
    font-size: 11pt;
    font-weight: 600;
}}
QLabel#hint, QLabel#detailHint {{
    color: {MUTED};
}}
QLabel#detailTitle {{
    font-size: 13pt;
    font-weight: 600;
}}
QLabel#detailSubtitle {{
    color: {MUTED};
}}
QLabel#detailLabel {{
    color: {MUTED};
}}
QLabel#dialogHeading {{
    font-size: 14pt;
    font-weight: 600;
}}
QCommandLinkButton {{
    background: white;
    border: 1px solid #d5dce6;
    border-radius: 6px;
}}
QCommandLinkButton:hover, QCommandLinkButton:focus {{
    border-color: {ACCENT};
    background: #f3f7fc;
}}
QLabel#accountCount {{
    color: {MUTED};
}}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f5f7fa"))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
