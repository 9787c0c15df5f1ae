"""Each recipient's copy of the plan in the shared PDF preview: choose whose copy to see, print
or save it, or print every copy one after another; standard or large print."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fgc_desktop.services import plan_copies
from fgc_desktop.services.plan_copies import PlanCopy
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.background_job import run_in_background
from fgc_desktop.ui.pdf_preview import PRINT_DPI, PdfJob, PdfPreview, page_count
from fgc_desktop.ui.translation import tr, tr_error


class SwitchingPreview(PdfPreview):
    """A preview whose document can be swapped (another copy, large print) after it opens.

    Controls that swap it are disabled while a document is being prepared, so only one
    rendering is ever under way.
    """

    def switching_controls(self) -> Sequence[QWidget]:
        """The widgets that start a new document; off while one is being prepared."""
        return ()

    def restart(self, job: Callable[[], PdfJob]) -> None:
        """Prepare and show another document in place of the current one."""
        self.pdf = None
        self._set_ready(False)
        self._enable_switching(False)
        self.status.setText(tr("Preparing {noun}…").format(noun=self._noun))
        self._start(job)

    def _enable_switching(self, enabled: bool) -> None:
        for widget in self.switching_controls():
            widget.setEnabled(enabled)

    def _pdf_ready(self, pdf: bytes) -> None:
        super()._pdf_ready(pdf)
        self._enable_switching(True)

    def _pdf_failed(self, error: Exception) -> None:
        super()._pdf_failed(error)
        self._enable_switching(True)

    def add_controls(self, *widgets: QWidget) -> None:
        """A row of controls above the buttons and pages."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)


class CopiesPreview(SwitchingPreview):
    """One recipient's copy at a time, chosen from a list; Print all prints every copy."""

    def __init__(
        self,
        store: Store,
        conference_id: str,
        parent: QWidget | None = None,
        *,
        large_print: bool = False,
        first: str | None = None,
    ) -> None:
        copies = plan_copies.plan_copies(store, conference_id, large_print=large_print)
        index = next((n for n, c in enumerate(copies) if c.reader.id == first), 0)
        super().__init__(lambda: _copy_job(copies[index]), parent, noun=tr("the copy"))
        self.setObjectName("copiesPreview")
        self._store = store
        self._conference_id = conference_id
        self.copies = copies
        self.all_pdfs: list[bytes] | None = None
        self.reader = QComboBox()
        self.reader.setObjectName("copy_reader")
        self.reader.setAccessibleName(tr("Whose copy"))
        for copy in copies:
            self.reader.addItem(copy.reader.name, copy.reader.id)
        self.reader.setCurrentIndex(index)
        self.reader.currentIndexChanged.connect(self._show_chosen)
        reader_label = QLabel(tr("Copy for:"))
        reader_label.setBuddy(self.reader)
        self.large_print = QCheckBox(tr("Large print"))
        self.large_print.setObjectName("copies_large_print")
        self.large_print.setChecked(large_print)
        self.large_print.toggled.connect(self._show_chosen)
        self.print_all_button = QPushButton(
            tr("Print all {count_copies} copies…").format(count_copies=len(copies))
        )
        self.print_all_button.setObjectName("print_all")
        self.print_all_button.setToolTip(tr("Print every recipient's copy, one after another"))
        self.print_all_button.clicked.connect(self.print_all)
        self.add_controls(reader_label, self.reader, self.large_print, self.print_all_button)
        self._enable_switching(self.is_ready or self.has_failed)

    def switching_controls(self) -> Sequence[QWidget]:
        return [
            w
            for w in (
                getattr(self, "reader", None),
                getattr(self, "large_print", None),
                getattr(self, "print_all_button", None),
            )
            if w is not None
        ]

    @property
    def current(self) -> PlanCopy:
        """The copy on show."""
        return self.copies[max(self.reader.currentIndex(), 0)]

    def _show_chosen(self) -> None:
        person_id = self.reader.currentData()
        self.copies = plan_copies.plan_copies(
            self._store, self._conference_id, large_print=self.large_print.isChecked()
        )
        copy = next((c for c in self.copies if c.reader.id == person_id), self.copies[0])
        self.restart(lambda: _copy_job(copy))

    def print_all(self) -> None:
        """Prepare every copy off the GUI thread, then ask for a printer and print them all."""
        copies = self.copies
        self._enable_switching(False)
        self._set_ready(False)
        self.status.setText(
            tr("Preparing all {count_copies} copies…").format(count_copies=len(copies))
        )
        run_in_background(
            lambda: [copy.render() for copy in copies], self._all_ready, self._all_failed
        )

    def _all_ready(self, pdfs: list[bytes]) -> None:
        self.all_pdfs = pdfs
        self._enable_switching(True)
        self._set_ready(self.pdf is not None)
        self.status.setText(
            tr("All {count_pdfs} copies are ready to print.").format(count_pdfs=len(pdfs))
        )
        printer = self.make_printer()
        printer.setDocName(f"{self.default_file_name()[:-4]} – all copies")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print all copies"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pages = self.print_all_to(printer, pdfs)
            self.status.setText(
                tr("Printed {count_pdfs} copies on {pages} pages.").format(
                    count_pdfs=len(pdfs), pages=pages
                )
            )

    def _all_failed(self, error: Exception) -> None:
        self._enable_switching(True)
        self._set_ready(self.pdf is not None)
        self.status.setText(
            tr("The copies could not be prepared: {error}").format(error=tr_error(error))
        )

    def print_all_to(self, printer: QPrinter, pdfs: Sequence[bytes]) -> int:
        """Print each copy after the last, every page at 300 dpi; returns pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            for pdf in pdfs:
                document, buffer = _load(pdf, self)
                for page in range(document.pageCount()):
                    if printed:
                        printer.newPage()
                    _draw_page(painter, document, page)
                    printed += 1
                document.close()
                buffer.close()
        finally:
            painter.end()
        return printed


def _load(pdf: bytes, parent: QWidget) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def _draw_page(painter: QPainter, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    pixels = QSize(round(points.width() / 72 * PRINT_DPI), round(points.height() / 72 * PRINT_DPI))
    image = document.render(page, pixels)
    area = QRectF(painter.viewport())
    scale = min(area.width() / image.width(), area.height() / image.height())
    size = QSizeF(image.width() * scale, image.height() * scale)
    corner = QPointF(area.x() + (area.width() - size.width()) / 2, area.y())
    painter.drawImage(QRectF(corner, size), image)


def copy_file_name(copy: PlanCopy) -> str:
    """A file name saying whose copy of which plan version it is."""
    name = re.sub(r'[\\/:*?"<>|]+', " ", copy.reader.name).strip()
    large = " large print" if copy.large_print else ""
    return (
        f"{copy.conference.reference} family plan v{copy.plan.version} – copy for {name}{large}.pdf"
    )


def _copy_job(copy: PlanCopy) -> PdfJob:
    conference, plan = copy.conference, copy.plan
    state = (
        tr("version {version}, agreed") if plan.is_agreed else tr("version {version}, draft")
    ).format(version=plan.version)
    large = tr(", large print") if copy.large_print else ""

    def describe(pages: int) -> str:
        return (
            tr("Copy for {name}").format(name=copy.reader.name)
            + f"{large} · {page_count(pages)} · {state}"
        )

    return PdfJob(
        title=tr("Family plan copies – {family_name} ({reference})").format(
            family_name=conference.family_name, reference=conference.reference
        ),
        file_name=copy_file_name(copy),
        make=copy.render,
        describe=describe,
    )
