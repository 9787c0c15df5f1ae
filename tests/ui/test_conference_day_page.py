"""The conference day page: venue, food, childcare, interpreters, who is here today."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Attendance, Participation, Role
from fgc_desktop.services import caseload, network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, open_conference, type_into


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


def test_attendance_register_with_late_arrivals_and_leavers(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Chen family")
    cid = conference.id
    network.add_person(store, cid, "王秀英", Role.GRANDPARENT, "Grandmother")
    network.add_person(store, cid, "Li Wei", Role.INTERPRETER, "Mandarin interpreter")
    network.add_person(store, cid, "Ffion Pritchard", Role.ADVOCATE, "Advocate")
    network.add_person(store, cid, "陈美玲", Role.PARENT, "Mother")
    grandmother, interpreter, advocate, mother = caseload.load(store, cid).people
    network.set_choice(store, cid, mother.id, Participation.IN_PERSON)
    open_conference(window, store, cid, "Conference day")
    register = window.conference.meeting.register
    # Everyone invited comes first; interpreters and advocates are on the list and named as such.
    assert list(register.combos) == [mother.id, grandmother.id, interpreter.id, advocate.id]
    assert register.combos[interpreter.id].accessibleName() == "Attendance of Li Wei"
    helpers = [label.text() for label in register.rows.findChildren(QLabel)]
    assert any("Li Wei" in text and "Interpreter" in text for text in helpers)
    assert any("Ffion Pritchard" in text and "Advocate" in text for text in helpers)

    choose(register.combos[mother.id], Attendance.PRESENT)
    choose(register.combos[grandmother.id], Attendance.PHONE_OR_VIDEO)
    choose(register.combos[interpreter.id], Attendance.PRESENT)
    choose(register.combos[advocate.id], Attendance.VIEWS_SENT)
    type_into(qtbot, register.times[(mother.id, "arrived_at")], "10.40")
    type_into(qtbot, register.times[(grandmother.id, "left_at")], "12:15")
    # A time that is not a time keeps the text on screen with the reason, and is not stored.
    type_into(qtbot, register.times[(advocate.id, "left_at")], "after lunch")
    assert register.message.isVisible() and "Left at" in register.message.text()

    stored = {p.id: p for p in caseload.load(store, cid).people}
    assert [stored[p].attendance for p in register.combos] == [
        Attendance.PRESENT,
        Attendance.PHONE_OR_VIDEO,
        Attendance.PRESENT,
        Attendance.VIEWS_SENT,
    ]
    assert (stored[mother.id].arrived_at, stored[grandmother.id].left_at) == ("10:40", "12:15")
    assert stored[advocate.id].left_at == ""
    assert register.times[(mother.id, "arrived_at")].text() == "10:40"
    assert register.times[(advocate.id, "left_at")].text() == "after lunch"
    # Put right, the message goes.
    type_into(qtbot, register.times[(advocate.id, "left_at")], "13:05")
    assert not register.message.isVisible()
    assert caseload.load(store, cid).person(advocate.id).left_at == "13:05"
