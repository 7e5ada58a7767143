"""Translations: the Chinese catalogue is complete and current; language choice; fonts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from kam_desktop import paths, settings
from kam_desktop.errors import KamError
from kam_desktop.ui import fonts, i18n
from kam_desktop.ui.classification_labels import policy_name

TS = paths.translations_dir() / "kam_zh_CN.ts"


def messages_of(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


def test_every_message_is_translated() -> None:
    root = ET.parse(TS).getroot()
    assert root.get("language") == "zh_CN"
    assert root.get("sourcelanguage") == "en"
    problems = []
    for (context, source), message in messages_of(TS).items():
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append((kind, context, source))
        elif message.get("numerus") == "yes":
            forms = [f.text for f in translation.iter("numerusform")]
            if not forms or not all(f and f.strip() for f in forms):
                problems.append(("empty", context, source))
        elif not (translation.text or "").strip():
            problems.append(("empty", context, source))
    assert problems == []


def test_placeholders_and_accelerators_survive_translation() -> None:
    for (context, source), message in messages_of(TS).items():
        translation = message.findtext("translation") or ""
        for marker in ("%1", "%2", "%3", "%n"):
            assert (marker in source) == (marker in translation), (context, source)
        if "&" in source.replace("&&", "") and "(*" not in source:
            assert "&" in translation, (context, source)


def test_the_catalogue_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over kam_desktop/ui into a fresh file finds exactly the committed messages."""
    fresh = i18n.extract_messages(tmp_path / "fresh.ts")
    in_code = set(messages_of(fresh))
    committed = set(messages_of(TS))
    assert in_code - committed == set(), "run `python -m kam_desktop.ui.i18n update`"
    assert committed - in_code == set(), "the .ts has messages the code no longer uses"
    assert len(in_code) > 150


def test_chinese_uses_the_kam_vocabulary() -> None:
    found = messages_of(TS)

    def zh(context: str, source: str) -> str:
        return found[(context, source)].findtext("translation") or ""

    assert zh("MainWindow", "Accounts") == "大客户"
    assert zh("MainWindow", "Classification") == "客户分级"
    assert zh("MainWindow", "Visits") == "拜访"
    assert zh("MainWindow", "Surveys") == "满意度调查"
    assert zh("MainWindow", "Account plans") == "客户计划"
    assert zh("Labels", "Decision maker") == "决策者"
    assert zh("Labels", "Supporter") == "支持者"
    assert zh("Labels", "Neutral") == "中立"
    assert zh("Labels", "Opponent") == "反对者"
    assert zh("Labels", "Active") == "活跃"
    assert zh("Labels", "Inactive") == "停用"
    assert zh("Labels", "Prospect") == "潜在"
    assert zh("ContactDialog", "Buying center") == "采购决策链"
    assert "金蝶" in zh("ImportPage",
                        "Import sales, receivables, customers and contacts from ERP Excel "
                        "exports (Kingdee, Yonyou, SAP…) with column mapping, validation, "
                        "preview and undo. Nothing is written before you have seen what will "
                        "change, and the database is backed up before every import.")
    assert zh("ImportLabels", "Sales lines") == "销售明细"
    assert zh("ImportLabels", "Receivables") == "应收账款"
    assert zh("ImportLabels", "Customers") == "客户资料"
    assert zh("ImportLabels", "Contacts") == "联系人"
    assert zh("ImportLabels", "Imported") == "已导入"
    assert zh("ImportLabels", "Undone") == "已撤销"


def test_build_translations(tmp_path: Path) -> None:
    built = i18n.build_translations(tmp_path)
    assert [p.name for p in built] == ["kam_zh_CN.qm"]
    assert built[0].stat().st_size > 1000


def test_install_translator_languages(qapp: QApplication) -> None:
    assert i18n.install_translator(qapp, "zh_CN") == "zh_CN"
    assert i18n.current_language() == "zh_CN"
    assert QCoreApplication.translate("Labels", "Decision maker") == "决策者"
    assert QLocale().name() == "zh_CN"
    # Qt's own strings too (standard dialog buttons)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    # Built-in policies are shown by a name in the user's language; others as written.
    assert policy_name("Balanced scorecard") == "平衡计分卡"
    assert policy_name("ABC by sales") == "按销售额 ABC 分类"
    assert policy_name("My policy") == "My policy"
    assert i18n.install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("Labels", "Decision maker") == "Decision maker"
    assert QLocale().name() == "en_US"
    assert policy_name("Balanced scorecard") == "Balanced scorecard"
    with pytest.raises(KamError):
        i18n.install_translator(qapp, "fr")


def test_the_setting_overrides_the_system(qapp: QApplication) -> None:
    settings.store().update(language="zh_CN")
    assert i18n.resolve_language(None) == "zh_CN"
    assert i18n.install_translator(qapp) == "zh_CN"
    settings.store().update(language="en")
    assert i18n.resolve_language(None) == "en"
    settings.store().update(language="system")
    assert i18n.resolve_language(None) == i18n.system_language()
    assert i18n.resolve_language("zh_CN") == "zh_CN"  # an explicit --lang wins


def test_system_language_follows_the_locale(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for ui_languages, expected in (
        (["zh-Hans-CN", "en-US"], "zh_CN"),
        (["zh-CN"], "zh_CN"),
        (["en-GB", "zh-CN"], "en"),
        (["de-DE"], "en"),
    ):
        fake = type("FakeLocale", (), {"uiLanguages": lambda self, v=ui_languages: v})()
        monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda f=fake: f))
        assert i18n.system_language() == expected


def test_a_stale_catalogue_is_recompiled(qapp: QApplication, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "kam_zh_CN.ts").write_bytes(TS.read_bytes())
    monkeypatch.setattr(paths, "translations_dir", lambda: folder)
    assert not (folder / "kam_zh_CN.qm").exists()
    i18n.install_translator(qapp, "zh_CN")
    assert (folder / "kam_zh_CN.qm").is_file()
    assert QCoreApplication.translate("Labels", "Opponent") == "反对者"


def test_bundled_fonts_are_registered() -> None:
    families = fonts.register_fonts()
    if not any(fonts.fonts_dir().glob("*.tt[fc]")):
        pytest.skip("no font bundled in resources/fonts")
    assert any("WenQuanYi" in f or "Micro Hei" in f for f in families)
    assert fonts.register_fonts() == families  # idempotent


def test_an_empty_fonts_folder_is_fine(tmp_path: Path) -> None:
    assert fonts.register_fonts(tmp_path) == []
    assert fonts.register_fonts(tmp_path / "missing") == []
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    assert fonts.register_fonts(tmp_path) == []


def test_no_aliases_that_lupdate_cannot_see() -> None:
    """lupdate finds `self.tr(...)` and `translate("Context", ...)` by name: a local alias such
    as `tr = self.tr` or `t = translate` hides the strings from the catalogue (or files them
    under an empty context), and they stay English in Chinese."""
    import re
    from pathlib import Path

    import kam_desktop.ui

    alias = re.compile(r"^[ \t]+\w+ = (self\.tr|translate|QCoreApplication\.translate)\s*$",
                       re.MULTILINE)
    found = [f"{path.name}: {m.group(0).strip()}"
             for path in sorted(Path(kam_desktop.ui.__file__).parent.glob("*.py"))
             for m in alias.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
