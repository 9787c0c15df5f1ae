"""Any document as it will print: an in-app PDF preview with Print and Save as.

The family plan, the batch of invitation letters and the referral summary all open here; each
brings a `PdfJob` saying what it is and how to make its bytes, which happens off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.store.errors import StoreError
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.translation import tr, tr_error

# Printing rasterises each page; 300 dpi is sharp on paper without huge print jobs.
PRINT_DPI = 300


def page_count(count: int) -> str:
    """How many pages a document has, in words."""
    return tr("1 page") if count == 1 else tr("{count} pages").format(count=count)


@dataclass(frozen=True)
class PdfJob:
    """One document to preview: what it is called and the slow work that makes its bytes."""

    title: str
    file_name: str
    make: Callable[[], bytes]
    describe: Callable[[int], str] = page_count  # the status line once it has this many pages


class PdfPreview(QDialog):
    """Shows a document's pages once `job().make()` has run off the GUI thread."""

    def __init__(
        self,
        job: Callable[[], PdfJob],
        parent: QWidget | None = None,
        *,
        noun: str = "",
    ) -> None:
        """`noun` names the document in messages: "Preparing the letters…", "Save the letters"."""
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.pdf: bytes | None = None
        self.job: PdfJob | None = None
        self._noun = noun or tr("the document")
        self._failed = False
        self._buffer: QBuffer | None = None  # kept as long as the document reads from it
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(tr("Pages of {noun}").format(noun=noun))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.status = QLabel(tr("Preparing {noun}…").format(noun=noun))
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button = QPushButton(tr("&Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_pdf)
        close_button = QPushButton(tr("Close"))
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        self.resize(900, 1000)
        self._set_ready(False)
        self._start(job)

    def _start(self, job: Callable[[], PdfJob]) -> None:
        try:
            self.job = job()
        except StoreError as error:
            self.status.setText(
                tr("{Noun} could not be read: {error}").format(
                    Noun=self._noun.capitalize(), noun=self._noun, error=tr_error(error)
                )
            )
            self._failed = True
            return
        self.setWindowTitle(self.job.title)
        run_in_background(self.job.make, self._pdf_ready, self._pdf_failed)

    @property
    def is_ready(self) -> bool:
        """True once the pages are shown."""
        return self.document.status() == QPdfDocument.Status.Ready and self.pdf is not None

    @property
    def has_failed(self) -> bool:
        """True when the document could not be made; the status line says why."""
        return self._failed

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _pdf_ready(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        assert self.job is not None
        self.status.setText(self.job.describe(pages))
        self._set_ready(pages > 0)

    def _pdf_failed(self, error: Exception) -> None:
        self._failed = True
        self.status.setText(
            tr("{Noun} could not be prepared: {error}").format(
                Noun=self._noun.capitalize(), noun=self._noun, error=tr_error(error)
            )
        )

    def default_file_name(self) -> str:
        """A file name saying what the document is and whose it is."""
        return self.job.file_name if self.job is not None else "document.pdf"

    def save_pdf(self) -> None:
        """Ask where to save the PDF and write it there."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Save {noun}").format(noun=self._noun),
            self.default_file_name(),
            tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF bytes to path; a failure is explained in a message box."""
        if self.pdf is None:
            return False
        try:
            path.write_bytes(self.pdf)
        except OSError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                tr("Not saved"),
                tr("{Noun} could not be saved to {path}: {problem}.").format(
                    Noun=self._noun.capitalize(),
                    noun=self._noun,
                    path=path,
                    problem=error.strerror or error,
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("saveProblem")
            box.open()
            return False
        self.status.setText(tr("Saved to {path}").format(path=path))
        return True

    def print_pdf(self) -> None:
        """Ask for a printer and print every page."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print {noun}").format(noun=self._noun))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def make_printer(self) -> QPrinter:
        """A printer set up for the document's page size, printing edge to edge."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        printer.setFullPage(True)  # the PDF already has its margins
        if self.document.pageCount():
            size = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(size, QPageSize.Unit.Point, "Document"))
            orientation = (
                QPageLayout.Orientation.Landscape
                if size.width() > size.height()
                else QPageLayout.Orientation.Portrait
            )
            printer.setPageOrientation(orientation)
        return printer

    def print_to(self, printer: QPrinter) -> int:
        """Print every page as a 300 dpi image fitted to the paper; returns pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(tr("The printer could not be started."))
            return 0
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                self._print_page(painter, page)
        finally:
            painter.end()
        return self.document.pageCount()

    def _print_page(self, painter: QPainter, page: int) -> None:
        points = self.document.pagePointSize(page)
        image = self.document.render(page, _pixels(points, PRINT_DPI))
        area = QRectF(painter.viewport())
        scale = min(area.width() / image.width(), area.height() / image.height())
        size = QSizeF(image.width() * scale, image.height() * scale)
        corner = QPointF(area.x() + (area.width() - size.width()) / 2, area.y())
        painter.drawImage(QRectF(corner, size), image)


def _pixels(points: QSizeF, dpi: int) -> QSize:
    return QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
