"""Pictures of the history view, the retention review and the subject-access PDF to look at.

FGC_SCREENSHOTS=1 also writes them to docs/screenshots, as tests/ui/test_screenshots.py does.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Role
from fgc_desktop.services import caseload, demo_caseload, network
from fgc_desktop.services.demo_caseload import Family
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.pdf_reading import render_page
from tests.retention_cases import ZEBEDEE, store_closed
from tests.ui.conftest import type_text
from tests.ui.test_screenshots import _conference_id, _folder, _half_prepared_khans


def test_history_page_picture(qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path):
    demo_caseload.write_demo_caseload(store)
    _half_prepared_khans(store)
    khan = _conference_id(store, "Khan family")
    nadia = next(p for p in caseload.load(store, khan).people if p.name == "Nadia Khan")
    network.edit_person(store, khan, nadia.id, "phone", "07700 900111")
    network.edit_person(
        store,
        khan,
        nadia.id,
        "accessibility_needs",
        "Needs a quiet room to wait in before the conference.\nPrefers to sit near the door.",
    )
    window.refresh()
    window.resize(1280, 800)
    window.caseload.select(khan)
    window.conference.show_page("History")
    page = window.conference.history
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    address = next(
        row for row in range(page.model.rowCount()) if "Address" in page.model.line(row).summary
    )
    page.table.selectRow(address)
    qtbot.wait(30)
    window.grab().save(str(_folder(tmp_path) / "history-page.png"))
    assert "Address" in page.detail.toPlainText()


def test_retention_window_picture(qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path):
    demo_caseload.write_demo_caseload(store)
    for family, closed_at in (
        (ZEBEDEE, "2021-06-01T10:00:00+00:00"),
        (_family("Petrova family", "Мария Петрова", "Ольга Петрова"), "2022-02-14T10:00:00+00:00"),
        (_family("Al-Amin family", "يوسف الأمين", "مريم الأمين"), "2023-03-30T10:00:00+00:00"),
    ):
        store_closed(store, family, closed_at)
    window.refresh()
    review = window.show_retention()
    review.model.setData(
        review.model.index(1, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    type_text(qtbot, review.confirmation, "2")
    qtbot.wait(30)
    review.grab().save(str(_folder(tmp_path) / "retention-review.png"))
    assert review.run_button.isEnabled()


def _family(name: str, child: str, parent: str) -> Family:
    return Family(name, ((child, date(2012, 5, 5)),), ((parent, Role.PARENT, "Mother"),))


def test_subject_access_pictures(qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path):
    """The window with a person's records ticked, and page 1 of their export."""
    demo_caseload.write_demo_caseload(store)
    _half_prepared_khans(store)
    other = caseload.create_conference(store, "Bibi family", received_on=date(2026, 9, 1))
    network.add_person(store, other.id, "Sara Khan", Role.FRIEND, "Neighbour")
    folder = _folder(tmp_path)
    access = window.show_subject_access()
    type_text(qtbot, access.name, "Sara Khan")
    qtbot.waitUntil(lambda: access.model.rowCount() == 2)
    for row in range(2):
        access.model.setData(
            access.model.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    qtbot.wait(30)
    access.grab().save(str(folder / "subject-access-window.png"))
    preview = access.show_pdf()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert preview.pdf is not None
    for page in (0, 2):
        render_page(preview.pdf, page, tmp_path).save(
            str(folder / f"subject-access-export-{page + 1}.png")
        )
    preview.accept()
