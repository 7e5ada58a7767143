"""Print preview, printing and saving one account plan as a PDF (ui/plan_print.py).

Real demo database and the real PDF service; the modal questions (save dialog, print dialog,
page setup, "open it?") are patched at the one function that opens each. Background work is
awaited with `qtbot.waitSignal`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from kam_desktop import settings
from kam_desktop.services.plan_export import PdfOptions, plan_file_name, render_plan_pdf
from kam_desktop.services.plan_lookup import PlanTarget
from kam_desktop.storage.database import Database
from kam_desktop.ui import i18n, plan_export_dialog, plan_print
from kam_desktop.ui.plan_export_dialog import PlanPdfDialog
from kam_desktop.ui.plan_print import PlanPreviewDialog
from tests.ui.plan_helpers import PERIOD, TIMEOUT, Portfolio, fill_portfolio, pdf_reader, pdf_text


@pytest.fixture
def portfolio(db: Database) -> Portfolio:
    return fill_portfolio(db)


@pytest.fixture
def account(portfolio: Portfolio) -> str:
    """The account whose plan has objectives and actions."""
    return portfolio.ids[0]


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the user was offered to open (instead of the modal message box)."""
    seen: list[Path] = []
    monkeypatch.setattr(plan_export_dialog, "offer_open", lambda _parent, path: seen.append(path))
    return seen


def print_to_file(monkeypatch: pytest.MonkeyPatch, path: Path,
                  pages: tuple[int, int] | None = None) -> list[int]:
    """Answer the print dialog with "print to the PDF file `path`" (and a page range)."""
    asked: list[int] = []

    def answer(_parent: object, printer: QPrinter, count: int) -> bool:
        asked.append(count)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)
        return True

    monkeypatch.setattr(plan_print, "ask_print", answer)
    return asked


@pytest.fixture(autouse=True)
def close_previews() -> Iterator[None]:
    """Preview dialogs delete themselves when closed; close those a test left open."""
    opened: list[PlanPreviewDialog] = []
    plan_print.hub().preview_opened.connect(opened.append)
    yield
    plan_print.hub().preview_opened.disconnect(opened.append)
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_preview(qtbot, portfolio: Portfolio, account: str) -> PlanPreviewDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(plan_print.hub().preview_opened, timeout=TIMEOUT) as opened:
        plan_print.print_preview_plan(None, portfolio.db, account, portfolio.plans[account])
    return opened.args[0]


def test_preview_shows_every_page_of_the_plan(qtbot, portfolio: Portfolio,  # type: ignore[no-untyped-def]
                                              account: str) -> None:
    dialog = open_preview(qtbot, portfolio, account)
    assert isinstance(dialog, PlanPreviewDialog) and dialog.isVisible()
    assert dialog.target.period == PERIOD
    expected = len(pdf_reader(dialog.pages.data).pages)
    assert expected >= 2
    assert dialog.pages.page_count() == expected  # QtPdf reads what reportlab wrote
    assert dialog.page_count() == expected  # one preview sheet per PDF page
    # The same plan rendered independently has as many pages.
    again = render_plan_pdf(portfolio.db, account, period=PERIOD, options=dialog.options())
    assert len(pdf_reader(again).pages) == expected
    assert portfolio.names[account] in pdf_text(dialog.pages.data)
    assert dialog.page_label.text() == f"Page 1 of {expected}"
    dialog.close()


def test_printing_to_a_pdf_file_gives_a_readable_plan(
        qtbot, portfolio: Portfolio, account: str, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "printed.pdf"
    asked = print_to_file(monkeypatch, out)
    dialog = open_preview(qtbot, portfolio, account)
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as printed:
        dialog.print_action.trigger()
    count = dialog.pages.page_count()
    assert asked == [count] and printed.args == [count]
    reader = pdf_reader(out.read_bytes())
    assert len(reader.pages) == count
    text = pdf_text(out.read_bytes())
    assert portfolio.names[account] in text
    assert "Quarterly business review" in text
    dialog.close()


def test_a_page_range_is_printed_page_by_page(
        qtbot, portfolio: Portfolio, account: str, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    """With a page range the pages go through QPainter like to any printer: as images."""
    out = tmp_path / "range.pdf"
    print_to_file(monkeypatch, out, pages=(1, 2))
    dialog = open_preview(qtbot, portfolio, account)
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as printed:
        dialog.print_plan()
    assert printed.args == [2]
    reader = pdf_reader(out.read_bytes())
    assert len(reader.pages) == 2
    for page in reader.pages:
        images = page["/Resources"]["/XObject"]
        assert len(images) >= 1  # each sheet carries its page as an image
        # The page fills the sheet: A4 in, A4 out.
        assert round(float(page.mediabox.width)) in (595, 596)
    dialog.close()


def test_page_setup_is_remembered_and_restored(
        qtbot, portfolio: Portfolio, account: str,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    def answer(_parent: object, printer: QPrinter) -> bool:
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageMargins(QMarginsF(12, 15, 12, 18), QPageLayout.Unit.Millimeter)
        return True

    monkeypatch.setattr(plan_print, "ask_page_setup", answer)
    dialog = open_preview(qtbot, portfolio, account)
    assert dialog.paper.value() == "a4"
    # Letter paper in the page setup renders the PDF again on Letter.
    with qtbot.waitSignal(dialog.pdf_loaded, timeout=TIMEOUT):
        assert dialog.page_setup()
    assert dialog.paper.value() == "letter"
    size = dialog.pages.document.pagePointSize(0)
    assert (round(size.width()), round(size.height())) == (612, 792)
    assert dialog.page_count() == dialog.pages.page_count()
    dialog.close()

    # Remembered in the settings file, as a new session reads it.
    stored = settings.SettingsStore(settings.settings_path()).settings
    assert stored.print_page_size == "Letter"
    assert stored.print_orientation == "landscape"
    assert stored.print_margins_mm == [12.0, 15.0, 12.0, 18.0]
    assert stored.plan_pdf_paper == "letter"
    # ... and restored in the next printer.
    printer = plan_print.new_printer()
    layout = printer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.Letter
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    assert [round(v) for v in (margins.left(), margins.top(), margins.right(),
                               margins.bottom())] == [12, 15, 12, 18]
    # The next preview starts on Letter paper.
    again = open_preview(qtbot, portfolio, account)
    assert again.paper.value() == "letter"
    again.close()


def test_changing_the_language_renders_again_and_is_remembered(
        qtbot, portfolio: Portfolio, account: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_preview(qtbot, portfolio, account)
    assert dialog.language.value() == "en"  # the app's language
    english = dialog.pages.data
    with qtbot.waitSignal(dialog.pdf_loaded, timeout=TIMEOUT):
        dialog.language.set_value("zh")
    assert dialog.options() == PdfOptions(lang="zh", paper="a4")
    assert dialog.pages.data != english
    assert "客户计划" in pdf_reader(dialog.pages.data).metadata.title or \
        "客户" in pdf_text(dialog.pages.data)
    assert settings.current().plan_pdf_language == "zh"
    dialog.close()


def test_save_as_pdf_from_the_preview_writes_the_shown_pdf(
        qtbot, portfolio: Portfolio, account: str, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, offered: list[Path]) -> None:
    starts: list[Path] = []
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(plan_export_dialog, "ask_pdf_file",
                        lambda _parent, start: starts.append(start) or target)
    dialog = open_preview(qtbot, portfolio, account)
    with qtbot.waitSignal(plan_print.hub().pdf_saved, timeout=TIMEOUT):
        assert dialog.save_pdf() == target
    assert target.read_bytes() == dialog.pages.data
    assert starts[0].name == plan_file_name(portfolio.codes[account], portfolio.names[account],
                                            PERIOD)
    assert offered == [target]
    assert not list(tmp_path.glob(".plan-*"))  # no temporary file left
    dialog.close()


def test_export_plan_pdf_asks_then_writes_and_offers_to_open(
        qtbot, portfolio: Portfolio, account: str, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch, offered: list[Path]) -> None:
    asked: list[tuple[PlanTarget, Path, PdfOptions]] = []
    target = tmp_path / "plans" / "mine.pdf"
    target.parent.mkdir()

    def answer(_parent: object, plan: PlanTarget, path: Path, options: PdfOptions
               ) -> tuple[Path, PdfOptions]:
        asked.append((plan, path, options))
        return target, PdfOptions(lang="zh", paper="letter")

    monkeypatch.setattr(plan_export_dialog, "ask_plan_pdf", answer)
    with qtbot.waitSignal(plan_print.hub().pdf_saved, timeout=TIMEOUT) as saved:
        assert plan_print.export_plan_pdf(None, portfolio.db, account,
                                          portfolio.plans[account]) == target
    assert saved.args == [target] and offered == [target]
    plan, default, options = asked[0]
    assert (plan.code, plan.period, plan.plan_id) == (portfolio.codes[account], PERIOD,
                                                       portfolio.plans[account])
    assert default.name == plan_file_name(plan.code, plan.name, PERIOD)
    assert options == PdfOptions(lang="en", paper="a4")  # the app's language at first
    reader = pdf_reader(target.read_bytes())
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    assert portfolio.names[account] in pdf_text(target.read_bytes())
    current = settings.current()
    assert (current.plan_pdf_language, current.plan_pdf_paper) == ("zh", "letter")
    assert current.plan_export_folder == str(target.parent)
    assert plan_export_dialog.export_folder() == target.parent


def test_export_plan_pdf_cancelled_writes_nothing(
        portfolio: Portfolio, account: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_export_dialog, "ask_plan_pdf", lambda *_args: None)
    assert plan_print.export_plan_pdf(None, portfolio.db, account) is None
    assert settings.current().plan_pdf_language is None


def test_without_a_plan_the_period_asked_for_is_printed(
        qtbot, portfolio: Portfolio, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    account = portfolio.ids[-1]  # no plan
    asked: list[PlanTarget] = []
    monkeypatch.setattr(plan_export_dialog, "ask_plan_pdf",
                        lambda _parent, plan, *_args: asked.append(plan))
    plan_print.export_plan_pdf(None, portfolio.db, account, period="2024")
    assert (asked[0].period, asked[0].plan_id) == ("2024", None)


def test_print_plan_goes_straight_to_the_printer(
        qtbot, portfolio: Portfolio, account: str, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "direct.pdf"
    print_to_file(monkeypatch, out)
    with qtbot.waitSignal(plan_print.hub().printed, timeout=TIMEOUT) as printed:
        plan_print.print_plan(None, portfolio.db, account)
    assert printed.args[0] == len(pdf_reader(out.read_bytes()).pages) >= 2
    assert portfolio.names[account] in pdf_text(out.read_bytes())


def test_pdf_language_follows_the_app_until_chosen(qapp: QApplication) -> None:
    assert plan_export_dialog.remembered_options().lang == "en"
    i18n.install_translator(qapp, "zh_CN")
    assert plan_export_dialog.remembered_options() == PdfOptions(lang="zh", paper="a4")
    plan_export_dialog.remember_options(PdfOptions(lang="en", paper="letter"))
    assert plan_export_dialog.remembered_options() == PdfOptions(lang="en", paper="letter")


def test_pdf_dialog_checks_the_file_before_saving(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    target = PlanTarget(account_id="x", code="C1", name="Acme 中大", period=PERIOD, plan_id=None)
    dialog = PlanPdfDialog(target, tmp_path / "missing" / "a.pdf", PdfOptions(), None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "no plan for 2025" in dialog.about.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.file_note.isVisible()
    assert "does not exist" in dialog.file_note.text()
    dialog.file_edit.setText("")
    dialog.accept()
    assert dialog.isVisible() and dialog.file_note.text() == "Choose where to save the PDF."
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF")
    monkeypatch.setattr(plan_export_dialog, "ask_pdf_file", lambda _parent, _start: existing)
    dialog.browse.click()
    assert dialog.file_edit.text() == str(existing)
    assert dialog.file_note.text() == "This file exists and will be replaced."
    dialog.file_edit.setText(str(tmp_path / "new"))
    dialog.language.set_value("zh")
    dialog.paper.set_value("letter")
    dialog.accept()
    assert dialog.result() == PlanPdfDialog.DialogCode.Accepted
    assert dialog.chosen() == (tmp_path / "new.pdf", PdfOptions(lang="zh", paper="letter"))
