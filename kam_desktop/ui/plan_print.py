"""Printing an account plan through Qt, and saving one plan as a PDF.

The plan PDF (`services.plan_export.render_plan_pdf`, reportlab, rendered on a worker thread)
is the one source of truth: the preview and the printout show its pages, drawn by QtPdf
(pdfium), so paper and file look the same. Public entry points:

- `export_plan_pdf(parent, db, account_id, plan_id=None)`: language, paper and file asked in
  `plan_export_dialog.PlanPdfDialog`, the PDF written off the UI thread, then an offer to open
  it or its folder.
- `print_preview_plan(parent, db, account_id, plan_id=None)`: a `PlanPreviewDialog` (a
  `QPrintPreviewWidget` with Print…, Page setup…, Save as PDF…, language and paper).
- `print_plan(parent, db, account_id, plan_id=None)`: straight to the print dialog.

Each page is rasterised at most at `PRINT_DPI` (`PREVIEW_DPI` on screen) and scaled to fit the
printable area, centred: a printer's 1200 dpi would need ~140 MB per A4 page for no visible
gain. Printing to a PDF file writes the plan's own PDF instead (text stays text and can be
searched), unless a page range is chosen.

Page setup (printer, page size, orientation, margins) is remembered in the settings, as are
the last language and paper. `hub()` tells tests (and anyone else) when a PDF was saved, a
preview opened or a plan printed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPageSetupDialog,
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QProgressDialog,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop import settings
from kam_desktop.errors import KamError
from kam_desktop.services.plan_export import (
    PdfOptions,
    plan_file_name,
    render_plan_pdf,
    write_plan_file,
)
from kam_desktop.services.plan_lookup import PlanTarget, plan_target
from kam_desktop.storage.database import Database
from kam_desktop.ui import messages, plan_export_dialog
from kam_desktop.ui.operations import Op, report_failure
from kam_desktop.ui.plan_export_dialog import LanguageCombo, PaperCombo

# lupdate recognises `translate("Context", "text")` calls by name.
translate = QCoreApplication.translate

PREVIEW_DPI = 150
PRINT_DPI = 300
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


class PlanPrintHub(QObject):
    """Announces finished work of this module (all on the main thread)."""

    pdf_saved = Signal(object)  # Path of a PDF written by export_plan_pdf or "Save as PDF…"
    preview_opened = Signal(object)  # the PlanPreviewDialog, once it shows the plan
    printed = Signal(int)  # pages sent to the printer (0: cancelled while printing)


_hub: PlanPrintHub | None = None


def hub() -> PlanPrintHub:
    """The application's one hub (created on first use, owned by the QApplication)."""
    global _hub
    if _hub is None:
        _hub = PlanPrintHub(QApplication.instance())
        _hub.destroyed.connect(_forget)
    return _hub


def _forget(*_args: object) -> None:
    global _hub
    _hub = None


# --- files -------------------------------------------------------------------------------------

def write_pdf_file(path: Path, data: bytes) -> Path:
    """Write atomically (a temporary file beside it, then `os.replace`): a failure leaves the
    old file, or none, never half a PDF."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".plan-", suffix=".pdf.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _render(db: Database, target: PlanTarget, options: PdfOptions) -> bytes:
    return render_plan_pdf(db, target.account_id, period=target.period, options=options)


def _target(parent: QWidget | None, db: Database, account_id: str, plan_id: str | None,
            period: str | None) -> PlanTarget | None:
    """The account and period to print, or None after showing why not (account deleted)."""
    try:
        with db.unit_of_work() as uow:
            return plan_target(uow, account_id, plan_id, period=period)
    except KamError as exc:
        messages.show_error(parent, exc)
        return None


# --- page setup --------------------------------------------------------------------------------

def new_printer(paper: str | None = None) -> QPrinter:
    """A printer with the remembered page setup; the page size is the remembered one, else
    `paper`'s (the PDF's), else A4."""
    current = settings.current()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if current.print_printer and current.print_printer in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(current.print_printer)
    size_id = PAGE_SIZES.get(paper or "a4", QPageSize.PageSizeId.A4)
    if current.print_page_size:
        with contextlib.suppress(KeyError):
            size_id = QPageSize.PageSizeId[current.print_page_size]
    printer.setPageSize(QPageSize(size_id))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape
                               if current.print_orientation == "landscape"
                               else QPageLayout.Orientation.Portrait)
    left, top, right, bottom = current.print_margins_mm
    printer.setPageMargins(QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter)
    return printer


def save_page_setup(printer: QPrinter) -> None:
    """Remember the printer's page setup (the printer only when it is a real one)."""
    layout = printer.pageLayout()
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    size_id = layout.pageSize().id()
    changes: dict[str, object] = {
        "print_orientation": "landscape"
        if layout.orientation() == QPageLayout.Orientation.Landscape else "portrait",
        "print_margins_mm": [round(min(max(v, 0.0), 100.0), 2) for v in (
            margins.left(), margins.top(), margins.right(), margins.bottom())],
    }
    if size_id != QPageSize.PageSizeId.Custom:
        changes["print_page_size"] = size_id.name
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        changes["print_printer"] = printer.printerName()
    settings.store().update(**changes)


def paper_of(printer: QPrinter) -> str | None:
    """"a4" or "letter" when the printer's page size is one of the PDF's papers."""
    size_id = printer.pageLayout().pageSize().id()
    return next((key for key, value in PAGE_SIZES.items() if value == size_id), None)


def ask_page_setup(parent: QWidget | None, printer: QPrinter) -> bool:
    """The page setup dialog; True when accepted (the printer is changed in place)."""
    dialog = QPageSetupDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_print(parent: QWidget | None, printer: QPrinter, pages: int) -> bool:
    """The print dialog (printer, copies, page range); True to print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("PlanPrint", "Print account plan"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setMinMax(1, max(pages, 1))
    return dialog.exec() == QDialog.DialogCode.Accepted


# --- drawing PDF pages -------------------------------------------------------------------------

def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The page numbers (from 0) the print dialog asked for, in printing order."""
    pages = list(range(count))
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(printer.toPage() or count, count)
        pages = list(range(first, last))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def paint_pages(document: QPdfDocument, printer: QPrinter, *, dpi: int,
                pages: Sequence[int] | None = None,
                step: Callable[[int, int], bool] | None = None) -> int:
    """Draw `pages` (default all) of `document` on `printer`, one sheet each, scaled to fit the
    printable area and centred. `step(done, total)` is called before each page; returning
    False stops (and aborts the print job). Returns the number of pages drawn."""
    pages = list(range(document.pageCount())) if pages is None else list(pages)
    painter = QPainter()
    if not painter.begin(printer):
        raise KamError(translate("PlanPrint", "The printer could not be started. Check that it "
                                 "is connected and not paused, then try again."))
    drawn = 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        width, height = area.width(), area.height()
        dpi = max(36, min(dpi, printer.resolution()))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, page in enumerate(pages):
            if step is not None and not step(number, len(pages)):
                printer.abort()
                break
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            if points.width() <= 0 or points.height() <= 0:
                continue
            scale = min(width / points.width(), height / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            target.moveCenter(QRectF(0, 0, width, height).center())
            pixels = QSize(max(1, round(points.width() / 72 * dpi)),
                           max(1, round(points.height() / 72 * dpi)))
            painter.drawImage(target, document.render(page, pixels))
            drawn += 1
    finally:
        painter.end()
    return drawn


def print_document(parent: QWidget | None, printer: QPrinter, document: QPdfDocument,
                   data: bytes) -> int:
    """Print after the print dialog was accepted; returns the pages printed (0: cancelled).

    To a PDF file, the whole plan is written as it is (vector, searchable); otherwise each page
    is rasterised at `PRINT_DPI`, with a progress dialog whose Cancel aborts the job.
    """
    count = document.pageCount()
    pages = pages_to_print(printer, count)
    if (printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName()
            and sorted(pages) == list(range(count))):
        write_pdf_file(Path(printer.outputFileName()), data)
        return count
    progress = QProgressDialog(parent)
    progress.setWindowTitle(translate("PlanPrint", "Printing"))
    progress.setLabelText(translate("PlanPrint", "Sending the plan to the printer…"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    progress.setRange(0, len(pages))

    def step(done: int, total: int) -> bool:
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        drawn = paint_pages(document, printer, dpi=PRINT_DPI, pages=pages, step=step)
    finally:
        progress.close()
        progress.deleteLater()
    return 0 if drawn < len(pages) else drawn


class PdfPages(QObject):
    """A PDF's bytes, loaded into a `QPdfDocument` from memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.data = b""

    def load(self, data: bytes) -> int:
        """Show `data`; returns the page count. Raises KamError if QtPdf cannot read it."""
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise KamError(translate("PlanPrint", "The plan's PDF could not be read for "
                                     "printing (%1).").replace("%1", self.document.error().name))
        self.data = data
        return self.document.pageCount()

    def page_count(self) -> int:
        return self.document.pageCount()


# --- the preview -------------------------------------------------------------------------------

class PlanPreviewDialog(QDialog):
    """The plan's pages as they will print, with page setup, printing, language and paper.

    Changing the language or the paper renders the PDF again on a worker thread
    (`pdf_loaded` when it shows); page setup and printing keep the rendered PDF.
    """

    pdf_loaded = Signal(int)  # page count, after the first and each later rendering
    printed = Signal(int)  # pages printed (0: cancelled)

    def __init__(self, db: Database, target: PlanTarget, options: PdfOptions, data: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPreviewDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.db = db
        self.target = target
        self._options = options
        self._render_op: Op[bytes] | None = None
        self.pages = PdfPages(self)
        self.printer = new_printer(options.paper)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setObjectName("planPreview")
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.previewChanged.connect(self._update_page_label)
        # The preview has no "current page changed" signal; its scroll area tells us.
        scroller = self.preview.findChild(QAbstractScrollArea)
        if scroller is not None:
            scroller.verticalScrollBar().valueChanged.connect(self._update_page_label)

        # Top: what to print and how; bottom: moving around the pages.
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = self._action(self.toolbar, self.print_plan,
                                         QKeySequence.StandardKey.Print)
        self.page_setup_action = self._action(self.toolbar, self.page_setup)
        self.save_action = self._action(self.toolbar, self.save_pdf,
                                        QKeySequence.StandardKey.Save)
        self.toolbar.addSeparator()
        self.language_label = QLabel()
        self.language = LanguageCombo()
        self.language.set_value(options.lang)
        self.language_label.setBuddy(self.language)
        self.paper_label = QLabel()
        self.paper = PaperCombo()
        self.paper.set_value(options.paper)
        self.paper_label.setBuddy(self.paper)
        for widget in (self.language_label, self.language, self.paper_label, self.paper):
            widget.setContentsMargins(4, 0, 4, 0)
            self.toolbar.addWidget(widget)
        self.language.currentIndexChanged.connect(self._options_chosen)
        self.paper.currentIndexChanged.connect(self._options_chosen)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setContentsMargins(12, 0, 0, 0)
        self.toolbar.addWidget(self.status)

        self.pagebar = QToolBar(self)
        self.pagebar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self._action(self.pagebar, self._previous_page,
                                            QKeySequence("PgUp"))
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        self.page_label.setContentsMargins(6, 0, 6, 0)
        self.pagebar.addWidget(self.page_label)
        self.next_action = self._action(self.pagebar, self._next_page, QKeySequence("PgDown"))
        self.pagebar.addSeparator()
        self.zoom_out_action = self._action(self.pagebar, lambda: self.preview.zoomOut(),
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action(self.pagebar, lambda: self.preview.zoomIn(),
                                           QKeySequence.StandardKey.ZoomIn)
        self.fit_width_action = self._action(self.pagebar, self.preview.fitToWidth)
        self.fit_page_action = self._action(self.pagebar, self.preview.fitInView)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.pagebar)
        self.resize(980, 1000)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(980, screen.width() - 40), min(1000, screen.height() - 60))
        self.retranslate_ui()
        self._show_pdf(data)
        self.preview.fitToWidth()

    def _action(self, bar: QToolBar, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        bar.addAction(action)
        return action

    # --- what is shown -------------------------------------------------------------------

    def options(self) -> PdfOptions:
        return self._options

    def page_count(self) -> int:
        """Pages in the preview (the sheets the printer would get)."""
        return self.preview.pageCount()

    def _show_pdf(self, data: bytes) -> None:
        try:
            count = self.pages.load(data)
        except KamError as exc:
            report_failure(self, exc)
            return
        self.preview.updatePreview()
        self._update_page_label()
        self.pdf_loaded.emit(count)

    def _paint_preview(self, printer: QPrinter) -> None:
        if self.pages.page_count():
            paint_pages(self.pages.document, printer, dpi=PREVIEW_DPI)

    def _options_chosen(self) -> None:
        options = PdfOptions(lang=self.language.value(), paper=self.paper.value())
        if options == self._options:
            return
        self._options = options
        plan_export_dialog.remember_options(options)
        if paper_of(self.printer) != options.paper:
            self.printer.setPageSize(QPageSize(PAGE_SIZES[options.paper]))
            save_page_setup(self.printer)
        self.rerender()

    def rerender(self) -> Op[bytes]:
        """Render the PDF again with the chosen options (the newest request wins)."""
        options, db, target = self._options, self.db, self.target
        self.status.setText(self.tr("Updating…"))

        def done(data: bytes) -> None:
            if op is not self._render_op:
                return
            self.status.setText("")
            self._show_pdf(data)

        def failed(exc: BaseException) -> None:
            if op is self._render_op:
                self.status.setText("")
            report_failure(self, exc)

        op: Op[bytes] = Op(parent=self, run=lambda _p, _c: _render(db, target, options),
                           done=done, failed=failed)
        self._render_op = op
        return op.start()

    def _update_page_label(self) -> None:
        count = self.preview.pageCount()
        current = self.preview.currentPage() if count else 0
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count)))
        self.previous_action.setEnabled(current > 1)
        self.next_action.setEnabled(current < count)

    def _previous_page(self) -> None:
        self.preview.setCurrentPage(max(1, self.preview.currentPage() - 1))
        self._update_page_label()

    def _next_page(self) -> None:
        self.preview.setCurrentPage(min(self.preview.pageCount(), self.preview.currentPage() + 1))
        self._update_page_label()

    # --- actions -------------------------------------------------------------------------

    def page_setup(self) -> bool:
        """Page setup for printing (remembered); True when changed."""
        if not ask_page_setup(self, self.printer):
            return False
        save_page_setup(self.printer)
        paper = paper_of(self.printer)
        if paper is not None and paper != self.paper.value():
            self.paper.set_value(paper)  # renders again on the printer's paper
        else:
            self.preview.updatePreview()
        return True

    def print_plan(self) -> int:
        """Ask for the printer and print; returns the pages printed (0: not printed)."""
        if not self.pages.page_count():
            return 0
        if not ask_print(self, self.printer, self.pages.page_count()):
            return 0
        if self.printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
            save_page_setup(self.printer)
        try:
            printed = print_document(self, self.printer, self.pages.document, self.pages.data)
        except (KamError, OSError) as exc:
            report_failure(self, exc)
            printed = 0
        self.printed.emit(printed)
        hub().printed.emit(printed)
        return printed

    def save_pdf(self) -> Path | None:
        """Save the PDF shown (no new rendering) where the user chooses."""
        if not self.pages.data:
            return None
        target = self.target
        start = plan_export_dialog.export_folder() / plan_file_name(
            target.code, target.name, target.period)
        path = plan_export_dialog.ask_pdf_file(self, start)
        if path is None:
            return None
        try:
            write_pdf_file(path, self.pages.data)
        except OSError as exc:
            report_failure(self, exc)
            return None
        settings.store().update(plan_export_folder=str(path.parent))
        hub().pdf_saved.emit(path)
        plan_export_dialog.offer_open(self, path)
        return path

    # --- language ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        target = self.target
        self.setWindowTitle(self.tr("Print preview — %1 %2 (%3)").replace("%1", target.code)
                            .replace("%2", target.name).replace("%3", target.period))
        self.print_action.setText(self.tr("&Print…"))
        self.print_action.setToolTip(self.tr("Print the plan (Ctrl+P)"))
        self.page_setup_action.setText(self.tr("Page &setup…"))
        self.save_action.setText(self.tr("Save as P&DF…"))
        self.language_label.setText(self.tr("Language:"))
        self.paper_label.setText(self.tr("Paper:"))
        self.fit_width_action.setText(self.tr("Fit &width"))
        self.fit_page_action.setText(self.tr("Whole p&age"))
        self.zoom_out_action.setText("−")
        self.zoom_out_action.setToolTip(self.tr("Zoom out"))
        self.zoom_in_action.setText("+")
        self.zoom_in_action.setToolTip(self.tr("Zoom in"))
        self.previous_action.setText("‹")
        self.previous_action.setToolTip(self.tr("Previous page"))
        self.next_action.setText("›")
        self.next_action.setToolTip(self.tr("Next page"))
        self._update_page_label()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


# --- entry points ------------------------------------------------------------------------------

def export_plan_pdf(parent: QWidget | None, db: Database, account_id: str,
                    plan_id: str | None = None, *, period: str | None = None) -> Path | None:
    """Ask language, paper and file, then write the plan's PDF off the UI thread.

    Returns the chosen file (written shortly after; `hub().pdf_saved` says when), or None when
    the user cancelled. The period is `plan_id`'s, else `period`, else the newest plan's.
    """
    target = _target(parent, db, account_id, plan_id, period)
    if target is None:
        return None
    folder = plan_export_dialog.export_folder()
    default = folder / plan_file_name(target.code, target.name, target.period)
    answer = plan_export_dialog.ask_plan_pdf(parent, target, default,
                                             plan_export_dialog.remembered_options())
    if answer is None:
        return None
    path, options = answer
    plan_export_dialog.remember_options(options, folder=path.parent)

    def run(_progress: object, cancelled: Callable[[], bool]) -> Path | None:
        if cancelled():
            return None
        return write_plan_file(db, target.account_id, path, period=target.period,
                               options=options)

    def done(written: Path | None) -> None:
        if written is None:
            return
        hub().pdf_saved.emit(written)
        plan_export_dialog.offer_open(parent, written)

    Op(parent=parent, run=run, done=done).with_progress(
        translate("PlanPrint", "Creating the PDF of %1…").replace("%1", target.name)).start()
    return path


def print_preview_plan(parent: QWidget | None, db: Database, account_id: str,
                       plan_id: str | None = None, *, period: str | None = None) -> None:
    """Render the plan off the UI thread, then show it in a `PlanPreviewDialog` (not modal;
    `hub().preview_opened` hands it over)."""
    target = _target(parent, db, account_id, plan_id, period)
    if target is None:
        return
    options = _print_options()

    def done(data: bytes) -> None:
        dialog = PlanPreviewDialog(db, target, options, data, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        hub().preview_opened.emit(dialog)

    Op(parent=parent, run=lambda _p, _c: _render(db, target, options), done=done).with_progress(
        translate("PlanPrint", "Preparing the print preview…")).start()


def print_plan(parent: QWidget | None, db: Database, account_id: str,
               plan_id: str | None = None, *, period: str | None = None) -> None:
    """Render the plan off the UI thread, then ask for the printer and print it."""
    target = _target(parent, db, account_id, plan_id, period)
    if target is None:
        return
    options = _print_options()

    def done(data: bytes) -> None:
        pages = PdfPages()
        try:
            count = pages.load(data)
            printer = new_printer(options.paper)
            if not ask_print(parent, printer, count):
                return
            if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat:
                save_page_setup(printer)
            printed = print_document(parent, printer, pages.document, data)
        except (KamError, OSError) as exc:
            report_failure(parent, exc)
            printed = 0
        finally:
            pages.deleteLater()
        hub().printed.emit(printed)

    Op(parent=parent, run=lambda _p, _c: _render(db, target, options), done=done).with_progress(
        translate("PlanPrint", "Preparing the plan for printing…")).start()


def _print_options() -> PdfOptions:
    """The remembered language; the paper of the remembered page setup when it is A4 or
    Letter (so the sheets need no scaling), else the remembered PDF paper."""
    options = plan_export_dialog.remembered_options()
    size = settings.current().print_page_size
    paper = next((key for key, value in PAGE_SIZES.items() if value.name == size), None)
    return PdfOptions(lang=options.lang, paper=paper or options.paper)
