"""Translations: compiling the .ts sources, choosing the language, installing translators.

English is the source language (the strings in the code); Simplified Chinese comes from
`resources/i18n/kam_zh_CN.ts`. The compiled `.qm` files are build artefacts: when one is missing
or older than its `.ts`, it is compiled on the spot with `pyside6-lrelease`, so a fresh clone
runs in Chinese without a build step.

Switching language at run time replaces the installed translators; Qt then sends a
`QEvent.LanguageChange` to every widget, and each widget re-reads its texts in `retranslate_ui`.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kam_desktop import paths, settings
from kam_desktop.errors import KamError

log = logging.getLogger(__name__)

LANGUAGES = ("en", "zh_CN")
SOURCE_LANGUAGE = "en"
TS_PREFIX = "kam_"

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def ts_files() -> list[Path]:
    return sorted(paths.translations_dir().glob(f"{TS_PREFIX}*.ts"))


def qt_tool(name: str) -> Path:
    """A Qt tool shipped with PySide6 (`lrelease`, `lupdate`): next to Python, or in PySide6."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [
        Path(sys.executable).parent / f"pyside6-{name}{exe}",
        Path(PySide6.__file__).parent / f"{name}{exe}",
        Path(PySide6.__file__).parent / "Qt" / "libexec" / f"{name}{exe}",
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}")
    if found:
        return Path(found)
    raise KamError(f"Cannot find Qt's {name} tool; reinstall PySide6.")


def build_translations(out_dir: Path | None = None) -> list[Path]:
    """Compile every `resources/i18n/kam_*.ts` into a `.qm` file; returns the `.qm` paths."""
    out_dir = out_dir or paths.translations_dir()
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = qt_tool("lrelease")
    built = []
    for ts in ts_files():
        qm = out_dir / ts.with_suffix(".qm").name
        result = subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True, text=True, check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise KamError(f"Could not compile {ts.name}: {result.stderr.strip() or result.stdout}")
        built.append(qm)
    return built


def ui_sources() -> list[Path]:
    """The Python files whose `tr()` / `translate()` strings make up the catalogue."""
    return sorted(Path(__file__).resolve().parent.glob("*.py"))


def extract_messages(ts: Path, *, target_language: str = "zh_CN") -> Path:
    """Run `lupdate` over the UI sources into `ts` (created, or merged when it exists).

    Developers run `python -m kam_desktop.ui.i18n update` after changing UI strings, then
    translate the new entries (Qt Linguist, or by editing the XML).
    """
    lupdate = qt_tool("lupdate")
    result = subprocess.run(
        [str(lupdate), "-silent", "-no-obsolete", "-locations", "relative",
         "-source-language", SOURCE_LANGUAGE, "-target-language", target_language,
         *[str(p) for p in ui_sources()], "-ts", str(ts)],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise KamError(f"lupdate failed: {result.stderr.strip() or result.stdout}")
    return ts


def _qm_for(lang: str) -> Path | None:
    """The compiled catalogue for `lang`, compiling it first when missing or stale."""
    ts = paths.translations_dir() / f"{TS_PREFIX}{lang}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.is_file():
        return qm if qm.is_file() else None
    if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
        try:
            build_translations()
        except (KamError, OSError) as exc:
            # A read-only install still runs, in whatever .qm it has (or in English).
            log.warning("cannot compile translations: %s", exc)
    return qm if qm.is_file() else None


def system_language() -> str:
    """`zh_CN` when the system's preferred UI language is any Chinese, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").lower()
        if code.startswith("zh"):
            return "zh_CN"
        if code.startswith("en"):
            return "en"
    return SOURCE_LANGUAGE


def resolve_language(lang: str | None = None) -> str:
    """The explicit `lang`, else the language setting, else the system's language."""
    if lang is None or lang == "system":
        setting = settings.current().language
        lang = system_language() if setting == "system" else setting
    if lang not in LANGUAGES:
        raise KamError(f"Unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}.")
    return lang


def current_language() -> str:
    """The language the UI is shown in now: `en` or `zh_CN`."""
    return _current


def locale_for(lang: str) -> QLocale:
    return QLocale("zh_CN" if lang == "zh_CN" else "en_US")


def install_translator(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for `lang` (see `resolve_language`); returns the language used.

    Also installs Qt's own `qtbase` catalogue so standard buttons (OK, Cancel, Yes) match, and
    sets the default `QLocale` so numbers and dates follow the language.
    """
    global _current
    lang = resolve_language(lang)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        qm = _qm_for(lang)
        if qm is not None:
            _load(app, str(qm.parent), qm.stem)
        else:
            log.warning("no translation catalogue for %s; showing English", lang)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        _load(app, qt_dir, f"qtbase_{lang}")
    QLocale.setDefault(locale_for(lang))
    _current = lang
    return lang


def _load(app: QCoreApplication, folder: str, name: str) -> None:
    translator = QTranslator(app)
    if translator.load(name, folder):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("cannot load translation %s from %s", name, folder)


def main(argv: list[str] | None = None) -> int:
    """`python -m kam_desktop.ui.i18n update|build`: refresh the .ts files, or compile them."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m kam_desktop.ui.i18n")
    parser.add_argument("command", choices=("update", "build"))
    args = parser.parse_args(argv)
    if args.command == "update":
        for lang in LANGUAGES:
            if lang != SOURCE_LANGUAGE:
                ts = paths.translations_dir() / f"{TS_PREFIX}{lang}.ts"
                print(extract_messages(ts, target_language=lang))
    else:
        for qm in build_translations():
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
