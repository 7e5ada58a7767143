"""The application icon and the navigation icons, from the SVG files in `resources/icons/`.

Navigation icons are line drawings in `currentColor`; they are rendered twice, in the palette's
text colour and in its highlighted-text colour, so a selected entry's icon stays readable on the
selection background.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kam_desktop import paths

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icons_dir() -> Path:
    return paths.resources_dir() / "icons"


def _render(svg: bytes, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixmap.width(), pixmap.height()))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


@cache
def app_icon() -> QIcon:
    """The KAM Desktop icon at the usual sizes (an empty icon if the file is missing)."""
    path = icons_dir() / "kam-desktop.svg"
    icon = QIcon()
    if path.is_file():
        svg = path.read_bytes()
        for size in APP_ICON_SIZES:
            icon.addPixmap(_render(svg, size))
    return icon


def nav_icon(name: str, size: int = 20) -> QIcon:
    """A navigation icon in the palette's colours (normal and selected)."""
    path = icons_dir() / "nav" / f"{name}.svg"
    icon = QIcon()
    if not path.is_file():
        return icon
    template = path.read_text(encoding="utf-8")
    palette = QGuiApplication.palette()
    ratio = max(1.0, QGuiApplication.primaryScreen().devicePixelRatio()) \
        if QGuiApplication.primaryScreen() else 1.0
    normal = QColor("#44546a")
    selected = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    for color, mode in ((normal, QIcon.Mode.Normal), (selected, QIcon.Mode.Selected)):
        svg = template.replace("currentColor", color.name()).encode()
        icon.addPixmap(_render(svg, size, ratio), mode)
    return icon


def write_png(out: Path, size: int = 256) -> Path:
    """Render the application icon to a PNG (packaging, Linux desktop files)."""
    _render((icons_dir() / "kam-desktop.svg").read_bytes(), size).save(str(out), "PNG")
    return out
