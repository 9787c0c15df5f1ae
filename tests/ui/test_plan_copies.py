"""Who gets a copy of the plan, the record of copies given, and previewing and printing them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.plan import CopyMethod
from fgc_desktop.services import caseload, demo_caseload, plan_copies
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.plan_distribution import DistributionModel
from tests.ui.conftest import choose, open_conference, type_into


def _conference_id(store: Store, family: str) -> str:
    return next(
        e for e in caseload.list_conferences(store) if e.family_name == family
    ).conference_id


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "read.pdf"
    path.write_bytes(pdf)
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_distribution_ticks_are_saved(
    qtbot: QtBot, window: MainWindow, store: Store, qtmodeltester
):
    demo_caseload.write_demo_caseload(store)
    cid = _conference_id(store, "Al-Rashid family")
    open_conference(window, store, cid, "Plan")
    section = window.conference.plan.distribution
    qtmodeltester.check(section.model)
    assert "No one is on the distribution list" in section.notice.text()
    assert not section.preview_button.isEnabled()

    # The suggestion: everyone who took part.
    qtbot.mouseClick(section.suggest_button, Qt.MouseButton.LeftButton)
    conference = caseload.load(store, cid)
    took_part = {p.id for p in conference.people if p.attendance.took_part}
    assert set(conference.plan.recipients) == took_part
    assert section.suggest_button.isHidden()

    # Tick one more by hand, untick one.
    others = [p for p in conference.people if p.id not in took_part]
    section.tick(others[0].id)
    first = sorted(took_part)[0]
    section.tick(first, False)
    recipients = set(caseload.load(store, cid).plan.recipients)
    assert recipients == (took_part - {first}) | {others[0].id}
    model: DistributionModel = section.model
    row = model.row_of(others[0].id)
    assert model.data(model.index(row, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert "2 on the distribution list" in section.notice.text()
    qtmodeltester.check(model)


def test_record_a_copy_given(qtbot: QtBot, window: MainWindow, store: Store):
    demo_caseload.write_demo_caseload(store)
    cid = _conference_id(store, "Nowak family")
    open_conference(window, store, cid, "Plan")
    section = window.conference.plan.distribution
    recipients = caseload.load(store, cid).plan.recipients
    assert not section.record_button.isEnabled()
    section.select_ids(recipients[:2])
    type_into(qtbot, section.given_on, "2026-04-12")
    choose(section.method, CopyMethod.POST)
    qtbot.mouseClick(section.large_print, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    assert "Recorded: 2 large print copies given" in section.message.text()
    copies = caseload.load(store, cid).plan.copies
    assert {(c.person_id, c.given_on, c.method, c.large_print) for c in copies} == {
        (pid, date(2026, 4, 12), CopyMethod.POST, True) for pid in recipients[:2]
    }
    row = section.model.row_of(recipients[0])
    shown = section.model.data(section.model.index(row, 3))
    assert shown == "✓ 2026-04-12 · By post, large print"

    # A date that is not a date is refused in plain words, and nothing is recorded.
    section.select_ids(recipients[2:3])
    type_into(qtbot, section.given_on, "next Tuesday")
    qtbot.mouseClick(section.record_button, Qt.MouseButton.LeftButton)
    assert section.message.text().startswith("⚠")
    assert len(caseload.load(store, cid).plan.copies) == 2


def test_preview_a_copy_names_its_reader_and_prints_all(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    demo_caseload.write_demo_caseload(store)
    cid = _conference_id(store, "Nowak family")
    conference = caseload.load(store, cid)
    open_conference(window, store, cid, "Plan")
    section = window.conference.plan.distribution
    second = conference.person(conference.plan.recipients[1])
    section.select_ids([second.id])
    qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    preview = section.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert preview.reader.currentData() == second.id
    assert f"Copy for {second.name}" in _text(preview.pdf, tmp_path)
    assert second.name in preview.default_file_name()

    # Another reader, chosen from the list, in large print.
    third = conference.person(conference.plan.recipients[2])
    choose(preview.reader, third.id)
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    qtbot.mouseClick(preview.large_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert f"Copy for {third.name}" in _text(preview.pdf, tmp_path)
    assert "large print" in preview.status.text()

    # Every copy printed one after another.
    pdfs = [c.render() for c in plan_copies.plan_copies(store, cid)]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "all.pdf"))
    pages = preview.print_all_to(printer, pdfs)
    assert pages >= len(pdfs) == len(conference.plan.recipients)
    assert len(pypdf.PdfReader(tmp_path / "all.pdf").pages) == pages
    preview.accept()
