"""Private family time: the clock with breaks, and the family's own full-screen view."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.conference_day import FamilyTimeSession
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.plan import PlanStatus
from fgc_desktop.services import (
    caseload,
    conference_day,
    demo_caseload,
    network,
    plan_agreement,
)
from fgc_desktop.store import preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_conference, type_text, when_dialog_opens
from tests.ui.test_information_sharing import PRIVATE, zofia_conference

_QUIET = pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_family_time_clock_start_break_resume_and_finish(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = zofia_conference(store)
    open_conference(window, store, conference.id, "Conference day")
    clock = window.conference.meeting.family_time
    assert clock.display.text() == "0:00"
    assert clock.start_button.text() == "Start family time"
    assert not clock.pause_button.isVisibleTo(clock)

    qtbot.mouseClick(clock.start_button, Qt.MouseButton.LeftButton)
    assert clock.timer.isActive() and clock.pause_button.isVisibleTo(clock)
    assert not clock.start_button.isVisibleTo(clock)
    qtbot.mouseClick(clock.pause_button, Qt.MouseButton.LeftButton)
    assert not clock.timer.isActive()
    assert "break" in clock.status.text()
    assert clock.start_button.text() == "Resume family time"
    qtbot.mouseClick(clock.start_button, Qt.MouseButton.LeftButton)
    first, second = caseload.load(store, conference.id).family_time
    assert first.ended_at is not None and second.ended_at is None

    # Known times: 40 minutes, a 20-minute break, then 25 minutes so far.
    preparation.update(
        store,
        FamilyTimeSession,
        first.id,
        {"started_at": "2026-04-10T11:00:00+00:00", "ended_at": "2026-04-10T11:40:00+00:00"},
    )
    preparation.update(
        store, FamilyTimeSession, second.id, {"started_at": "2026-04-10T12:00:00+00:00"}
    )
    window.conference.show_conference(caseload.load(store, conference.id))
    clock.now = lambda: datetime.fromisoformat("2026-04-10T12:25:09+00:00")
    clock.refresh()
    assert clock.display.text() == "1:05:09"
    assert "running" in clock.status.text()
    clock.now = lambda: datetime.fromisoformat("2026-04-10T12:25:10+00:00")
    clock.timer.timeout.emit()  # what the timer does each second
    assert clock.display.text() == "1:05:10"

    qtbot.mouseClick(clock.finish_button, Qt.MouseButton.LeftButton)
    assert "finished" in clock.status.text()
    assert all(s.ended_at for s in caseload.load(store, conference.id).family_time)
    assert not clock.timer.isActive()


@_QUIET
def test_family_view_adds_a_draft_action_shows_questions_and_hides_private(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = zofia_conference(store)
    anna = conference.people[2]
    conference_day.share_information(store, conference.id, anna.id, "worries", "Nights alone")
    open_conference(window, store, conference.id, "Conference day")
    meeting = window.conference.meeting
    qtbot.mouseClick(meeting.family_view_button, Qt.MouseButton.LeftButton)
    view = meeting.family_view
    assert view is not None and view.isVisible() and view.isFullScreen()
    qtbot.waitActive(view)
    assert view.focusWidget() is view.new_what  # ready to write the first action
    text = view.visible_text()
    assert "Who will look after Zofia after school?" in text
    assert "Where will she sleep?" in text
    assert "Zofia must not be left alone overnight" in text
    for private in (*PRIVATE, "Nights alone", "She is 7"):
        assert private not in text
    assert view.clock.display.text() == "0:00"

    # A date that is not a date is refused in plain words, and nothing is added.
    view.new_what.setFocus()
    type_text(qtbot, view.new_what, "Gran sleeps over every night")
    view.new_who.setFocus()
    type_text(qtbot, view.new_who, "Halina Wójcik")
    view.new_by_when.setFocus()
    type_text(qtbot, view.new_by_when, "soonish")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.add_message.isVisible() and "By when" in view.add_message.text()
    refused = caseload.load(store, conference.id).plan
    assert refused is None or refused.actions == []
    view.new_by_when.selectAll()
    type_text(qtbot, view.new_by_when, "30/04/2026")
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)

    plan = caseload.load(store, conference.id).plan
    assert plan is not None and plan.status is PlanStatus.DRAFT
    (action,) = plan.actions
    assert (action.what, action.who, str(action.by_when)) == (
        "Gran sleeps over every night",
        "Halina Wójcik",
        "2026-04-30",
    )
    assert not view.add_message.isVisible() and view.new_what.toPlainText() == ""
    # The family change their words in the action's own box.
    QApplication.processEvents()  # the new action's box is shown
    card = view.cards[action.id]
    editor = card.form.editor("what")
    editor.setFocus()
    editor.selectAll()
    type_text(qtbot, editor, "Gran sleeps over every weeknight")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert caseload.load(store, conference.id).plan.actions[0].what == (
        "Gran sleeps over every weeknight"
    )
    # The plan page of the coordinator's view has it too.
    assert window.conference.plan.actions.model.rowCount() == 1

    # Leaving asks first: "No" stays, "Yes" goes back.
    def answer(button: QMessageBox.StandardButton) -> None:
        def press(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            dialog.button(button).click()

        when_dialog_opens(press)

    answer(QMessageBox.StandardButton.No)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.isVisible()
    answer(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not view.isVisible()


@_QUIET
def test_pictures_of_the_conference_day(qtbot: QtBot, window: MainWindow, store: Store, tmp_path):
    """The presenting view, the family view and the Conference day page, to look at."""
    folder = DOCS if os.environ.get("FGC_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    demo_caseload.write_demo_caseload(store)
    by_name = {e.family_name: e.conference_id for e in caseload.list_conferences(store)}
    chen = by_name["Chen family"]
    network.add_person(store, chen, "Sarah O'Brien", Role.PROFESSIONAL, "Social worker")
    worker = caseload.load(store, chen).people[-1]
    for key, text in (
        ("worries", "小明 has been left at home on his own in the evenings while 美玲 works."),
        ("working_well", "王秀英 collects 小明 from school and he is happy and settled with her."),
        ("needs_to_happen", "An adult the family trusts is with 小明 every evening."),
    ):
        conference_day.share_information(store, chen, worker.id, key, text)
    window.resize(1280, 900)
    open_conference(window, store, chen, "Conference day")
    QApplication.processEvents()
    register = window.conference.meeting.register
    area = window.conference.tabs.currentWidget()
    assert isinstance(area, QScrollArea)
    area.ensureWidgetVisible(window.conference.meeting.family_view_button)
    area.ensureWidgetVisible(register, 0, 0)
    window.grab().save(str(folder / "conference-day-page.png"))
    window.conference.show_page("Information sharing")
    window.grab().save(str(folder / "information-sharing-page.png"))
    view = window.conference.information_sharing.open_presenting_view()
    assert view is not None
    view.resize(1280, 720)
    view.index = 2
    view.show_conference(caseload.load(store, chen))
    view.grab().save(str(folder / "presenting-view.png"))
    for number in range(len(view.slides)):
        view.index = number
        view.show_conference(caseload.load(store, chen))
        view.grab().save(str(tmp_path / f"slide-{number}.png"))
    view.close()

    rhys = by_name["ap Rhys family"]
    conference_day.start_family_time(store, rhys)
    plan_agreement.add_action(
        store,
        rhys,
        "Taid makes a bedroom ready for Dafydd, so he can sleep there on Friday nights",
        who="Rhodri Llewelyn, with Siân",
        by_when="2026-06-30",
    )
    open_conference(window, store, rhys, "Conference day")
    family = window.conference.meeting.open_family_view()
    assert family is not None
    family.showNormal()
    family.resize(1366, 768)
    QApplication.processEvents()
    QApplication.processEvents()  # text boxes refit to the new width
    family.grab().save(str(folder / "family-view.png"))
    family.hide()
