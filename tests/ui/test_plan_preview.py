"""The family plan preview: pages shown, printing renders every page, Save as writes the bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.plan_preview import PlanPreview


@pytest.fixture
def preview(qtbot: QtBot, store: Store, window: MainWindow) -> PlanPreview:
    """The preview of the demo's agreed Nowak plan, once its pages are ready."""
    demo_caseload.write_demo_caseload(store)
    window.refresh()
    nowak = next(e for e in caseload.list_conferences(store) if e.family_name == "Nowak family")
    window.caseload.select(nowak.conference_id)
    opened = window.show_plan()
    assert opened is not None
    assert not opened.is_ready
    assert opened.status.text() == "Preparing the plan…"
    assert not opened.print_button.isEnabled()
    qtbot.waitUntil(lambda: opened.is_ready, timeout=20_000)
    return opened


def test_preview_shows_the_kept_agreed_pdf(preview: PlanPreview, store: Store):
    assert preview.document.pageCount() >= 1
    assert preview.pdf is not None and preview.pdf.startswith(b"%PDF")
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()
    assert "agreed" in preview.status.text()


def test_print_renders_every_page(preview: PlanPreview, tmp_path: Path):
    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)  # keeps the test quick; the app prints at 300 dpi
    assert preview.print_to(printer) == preview.document.pageCount()
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_save_as_writes_the_bytes_and_explains_failure(preview: PlanPreview, tmp_path: Path):
    target = tmp_path / preview.default_file_name()
    assert preview.save_to(target)
    assert target.read_bytes() == preview.pdf
    assert not preview.save_to(tmp_path / "missing folder" / "plan.pdf")
    box = preview.findChild(QMessageBox, "saveProblem")
    assert box is not None and "could not be saved" in box.text()


def test_draft_plan_preview(qtbot: QtBot, store: Store, window: MainWindow):
    conference = caseload.create_conference(store, "Draft family")
    window.refresh()
    window.caseload.select(conference.id)
    qtbot.keyClick(window, "p", modifier=Qt.KeyboardModifier.ControlModifier)
    preview = window.preview
    assert preview is not None
    qtbot.waitUntil(
        lambda: preview.is_ready or "could not" in preview.status.text(), timeout=20_000
    )
    assert preview.is_ready, preview.status.text()
    assert "draft" in preview.status.text()


def test_large_print_lays_the_agreed_plan_out_again_in_bigger_type(
    qtbot: QtBot, preview: PlanPreview
):
    standard = preview.pdf
    standard_pages = preview.document.pageCount()
    preview.large_print.click()
    qtbot.waitUntil(lambda: preview.is_ready and preview.pdf != standard, timeout=20_000)
    assert preview.document.pageCount() > standard_pages
    preview.large_print.click()
    qtbot.waitUntil(lambda: preview.is_ready and preview.pdf == standard, timeout=20_000)
