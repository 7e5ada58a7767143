"""Bundled fonts: registered at start-up so Chinese renders the same on every machine.

Many machines (and every CI box) have no CJK system font. Every `*.ttf`, `*.ttc` and `*.otf` in
`resources/fonts/` is added to Qt's font database and made the fallback for the UI font, so
Chinese text never shows as empty boxes while Latin text keeps the platform's UI font.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

from kam_desktop import paths

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
_registered: dict[Path, list[str]] = {}


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register_fonts(folder: Path | None = None) -> list[str]:
    """Register the bundled fonts (once per file); returns the font families they provide."""
    folder = folder or fonts_dir()
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        if path not in _registered:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("cannot load font %s", path)
                _registered[path] = []
                continue
            _registered[path] = list(QFontDatabase.applicationFontFamilies(font_id))
        families.extend(f for f in _registered[path] if f not in families)
    if families:
        # PySide6 does not expose addApplicationFallbackFontFamily; a substitution of the UI
        # font family has the same effect: glyphs the UI font lacks come from ours.
        ui_family = QFont().family()
        known = QFont.substitutes(ui_family)
        QFont.insertSubstitutions(ui_family, [f for f in families if f not in known])
    return families
