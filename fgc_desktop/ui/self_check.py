"""The self-check's interface steps: QtPdf draws the signed plan, the main window opens on it.

They run offscreen, so the self-check shows no window even on a desktop, and they prove the
Qt libraries and plugins the interface needs are installed (or bundled).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from fgc_desktop.services.self_check import Step, StepFailed, Trial
from fgc_desktop.ui.app import load_fonts
from fgc_desktop.ui.main_window import MainWindow

_PAGE_WIDTH = 600


def offscreen_application() -> QApplication:
    """The running application, or a new one on the offscreen platform (never on screen)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication([sys.argv[0], "-platform", "offscreen"])


def interface_steps() -> list[Step]:
    """The steps after the document steps; they need the application from offscreen_application."""
    return [("QtPdf", _render_first_page), ("main window", _open_main_window)]


def _render_first_page(trial: Trial) -> str:
    if trial.plan_file is None:
        raise StepFailed("there is no plan PDF to draw")
    document = QPdfDocument(None)
    try:
        error = document.load(str(trial.plan_file))
        if error is not QPdfDocument.Error.None_:
            raise StepFailed(f"QtPdf could not open the plan ({error.name})")
        points = document.pagePointSize(0)
        size = QSize(_PAGE_WIDTH, round(_PAGE_WIDTH * points.height() / points.width()))
        image = document.render(0, size)
        pages = document.pageCount()
    finally:
        document.close()
    inked = _inked_rows(image)
    if inked == 0:
        raise StepFailed("page 1 rendered blank")
    return f"page 1 of {pages} rendered ({size.width()}×{size.height()} px, {inked} rows inked)"


def _inked_rows(image: QImage) -> int:
    """How many pixel rows have something dark on them (text, lines): 0 for a blank page."""
    if image.isNull():
        return 0
    # QtPdf leaves the paper transparent, so ink is an opaque dark pixel.
    pixels = image.convertToFormat(QImage.Format.Format_ARGB32)
    return sum(1 for y in range(pixels.height()) if _has_ink(pixels, y))


def _has_ink(image: QImage, y: int) -> bool:
    for x in range(0, image.width(), 2):
        colour = image.pixelColor(x, y)
        if colour.alpha() > 128 and colour.value() < 128:
            return True
    return False


def _open_main_window(trial: Trial) -> str:
    load_fonts()
    window = MainWindow(trial.opened_store())
    try:
        window.show()
        QApplication.processEvents()
        window.open_conference(trial.conference_id)
        QApplication.processEvents()
        opened = window.conference.conference
        if not window.isVisible() or opened is None or opened.id != trial.conference_id:
            raise StepFailed("the window did not open the demo conference")
        return f"opened offscreen on the temporary store, showing {opened.reference}"
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
