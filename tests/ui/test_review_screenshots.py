"""Pictures of the Review page and the review record to look at; FGC_SCREENSHOTS=1 also writes
them to docs/screenshots, as tests/ui/test_screenshots.py does for the other pages."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Attendance
from fgc_desktop.domain.review import ActionStatus
from fgc_desktop.services import caseload, demo_caseload
from fgc_desktop.services import review as reviews
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.pdf_reading import render_page
from tests.ui.test_screenshots import _folder


def _review_in_progress(store: Store) -> str:
    """The demo's Nowak family on the day of their second review, half recorded."""
    nowak = next(e for e in caseload.list_conferences(store) if e.family_name == "Nowak family")
    conference = caseload.load(store, nowak.conference_id)
    cid, upcoming = conference.id, conference.reviews[-1]
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    reviews.edit_review(store, cid, upcoming.id, "scheduled_on", yesterday)
    reviews.edit_review(store, cid, upcoming.id, "held_on", yesterday)
    for number, invitee in enumerate(upcoming.invitees):
        reviews.record_letter_sent(store, cid, upcoming.id, invitee.person_id, "2026-11-10")
        came = Attendance.ABSENT if number == len(upcoming.invitees) - 1 else Attendance.PRESENT
        reviews.set_attendance(store, cid, upcoming.id, invitee.person_id, came)
    first, second = conference.plan.actions
    reviews.set_action_status(store, cid, upcoming.id, first.id, ActionStatus.DONE)
    reviews.edit_action_note(
        store, cid, upcoming.id, first.id, "Every day since the conference; no late marks."
    )
    reviews.set_action_status(store, cid, upcoming.id, second.id, ActionStatus.CHANGED)
    reviews.edit_action_note(
        store,
        cid,
        upcoming.id,
        second.id,
        "The Tuesday group closed; Agnieszka now goes on Thursdays, Paweł has the children.",
    )
    reviews.edit_review(
        store,
        cid,
        upcoming.id,
        "family_view",
        "Things are calmer at home. Zofia says mornings are easier now Gran walks her.",
    )
    return cid


def _scroll_to(area: QScrollArea, widget: QWidget) -> None:
    inner = area.widget()
    assert inner is not None
    area.verticalScrollBar().setValue(max(widget.mapTo(inner, QPoint(0, 0)).y() - 8, 0))


def test_review_page_and_record_pictures(
    qtbot: QtBot, store: Store, window: MainWindow, tmp_path: Path
):
    demo_caseload.write_demo_caseload(store)
    conference_id = _review_in_progress(store)
    window.refresh()
    window.resize(1280, 800)
    folder = _folder(tmp_path)
    window.caseload.select(conference_id)
    view = window.conference
    view.show_page("Review")
    page = view.review
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Review"
    qtbot.waitUntil(lambda: page.height() >= page.minimumSizeHint().height())
    qtbot.wait(30)
    window.grab().save(str(folder / "review-page.png"))

    area = view.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    page.actions.select_action(caseload.load(store, conference_id).plan.actions[1].id)
    _scroll_to(area, page.actions.parentWidget())
    qtbot.wait(30)
    window.grab().save(str(folder / "review-progress.png"))
    _scroll_to(area, page.views.parentWidget())
    qtbot.wait(30)
    window.grab().save(str(tmp_path / "review-outcome.png"))  # looked at, not kept
    assert "Write the professionals' view" in page.outcome.checklist.text()

    # The letters inviting everyone to this review, with what to fix first said above them.
    letters = page.show_letters()
    assert letters is not None
    letters.resize(900, 1000)
    qtbot.waitUntil(lambda: letters.is_ready, timeout=20_000)
    qtbot.wait(50)
    letters.grab().save(str(folder / "review-invitation-letters.png"))
    assert "Your name and phone number are not set" in letters.warnings.text()
    assert letters.status.text() == "4 review letters on 4 pages"
    letters.accept()

    # The record of the review before it, as it prints.
    page.chooser.setCurrentIndex(0)
    preview = page.show_record()
    assert preview is not None
    preview.resize(900, 1000)
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    qtbot.wait(50)
    preview.grab().save(str(tmp_path / "review-record-preview.png"))  # looked at, not kept
    assert preview.pdf is not None
    render_page(preview.pdf, 0, tmp_path).save(str(folder / "review-record.png"))
    preview.accept()
    picture = QImage(str(folder / "review-page.png"))
    assert (picture.width(), picture.height()) == (1280, 800)
