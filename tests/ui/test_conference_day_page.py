"""The conference day page: venue access, food, childcare and interpreter bookings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Participation, Role
from fgc_desktop.services import caseload, network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_conference, type_into


def test_what_the_day_needs_and_interpreters_booked(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Al-Rashid family")
    for name in ("فاطمة الرشيد", "محمود الرشيد", "Samira Haddad"):
        network.add_person(store, conference.id, name, Role.PARENT)
    fatima, mahmoud, samira = caseload.load(store, conference.id).people
    for person in (fatima, mahmoud, samira):
        network.set_choice(store, conference.id, person.id, Participation.IN_PERSON)
    for person in (fatima, mahmoud):
        network.set_flag(store, conference.id, person.id, "interpreter_needed", True)
        network.edit_person(store, conference.id, person.id, "preferred_language", "Arabic")
    open_conference(window, store, conference.id, "Conference day")
    meeting = window.conference.meeting
    type_into(qtbot, meeting.form.editor("venue_accessibility"), "Step-free; hearing loop")
    type_into(qtbot, meeting.needs.editor("food"), "Halal lunch")
    type_into(qtbot, meeting.needs.editor("childcare"), "Crèche next door")
    assert set(meeting.interpreter_boxes) == {fatima.id, mahmoud.id}
    assert "Arabic" in meeting.interpreter_boxes[fatima.id].text()
    qtbot.mouseClick(meeting.interpreter_boxes[fatima.id], Qt.MouseButton.LeftButton)

    stored = caseload.load(store, conference.id)
    assert stored.meeting.venue_accessibility == "Step-free; hearing loop"
    assert (stored.meeting.food, stored.meeting.childcare) == ("Halal lunch", "Crèche next door")
    assert [p.interpreter_booked for p in stored.people] == [True, False, False]
    assert meeting.interpreter_boxes[fatima.id].isChecked()
    assert not meeting.interpreter_boxes[mahmoud.id].isChecked()
    # Someone who no longer needs one leaves the list.
    network.set_flag(store, conference.id, mahmoud.id, "interpreter_needed", False)
    window.conference.show_conference(caseload.load(store, conference.id))
    assert set(meeting.interpreter_boxes) == {fatima.id}
