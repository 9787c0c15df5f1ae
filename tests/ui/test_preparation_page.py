"""The preparation page: the log of visits and calls, and each child's voice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Role
from fgc_desktop.domain.preparation import VoiceMethod
from fgc_desktop.services import caseload, network
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import choose, open_conference, type_into, type_text


def test_visits_are_logged_written_up_and_removed(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Nowak family")
    network.add_person(store, conference.id, "Zofia Nowak", Role.CHILD)
    network.add_person(store, conference.id, "Halina Wójcik", Role.GRANDPARENT)
    halina = caseload.load(store, conference.id).people[1]
    open_conference(window, store, conference.id, "Preparation")
    visits = window.conference.preparation.visits
    assert visits.new_person.count() == 1  # children are heard on their own, below
    choose(visits.new_person, halina.id)
    type_text(qtbot, visits.new_date, "03/03/2026")
    qtbot.mouseClick(visits.add_button, Qt.MouseButton.LeftButton)
    assert visits.form.editor("place").hasFocus()
    for key, text in (
        ("place", "At her flat"),
        ("notes", "Talked through the day"),
        ("worries", "Being judged"),
        ("hopes", "Zofia stays in the family"),
        ("help_needed", "A lift to the venue"),
    ):
        type_into(qtbot, visits.form.editor(key), text)
    stored = caseload.load(store, conference.id).visits
    assert len(stored) == 1
    visit = stored[0]
    assert (visit.person_id, visit.visited_on) == (halina.id, date(2026, 3, 3))
    assert (visit.place, visit.notes, visit.worries) == (
        "At her flat",
        "Talked through the day",
        "Being judged",
    )
    assert (visit.hopes, visit.help_needed) == ("Zofia stays in the family", "A lift to the venue")
    assert visits.model.index(0, 1).data() == "Halina Wójcik"
    assert "Visit to Halina Wójcik" in visits.visited.text()

    # A second visit without a date is logged today; removing one leaves the other.
    qtbot.mouseClick(visits.add_button, Qt.MouseButton.LeftButton)
    assert [v.visited_on for v in caseload.load(store, conference.id).visits] == [
        date(2026, 3, 3),
        date.today(),
    ]
    qtbot.mouseClick(visits.remove_button, Qt.MouseButton.LeftButton)
    assert [v.place for v in caseload.load(store, conference.id).visits] == ["At her flat"]
    assert visits.model.rowCount() == 1


def test_a_bad_visit_date_is_explained(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Nowak family")
    network.add_person(store, conference.id, "Halina Wójcik", Role.GRANDPARENT)
    open_conference(window, store, conference.id, "Preparation")
    visits = window.conference.preparation.visits
    type_text(qtbot, visits.new_date, "last Tuesday")
    qtbot.keyClick(visits.new_date, Qt.Key.Key_Return)
    assert "not a date" in visits.message.text()
    assert caseload.load(store, conference.id).visits == []


def test_each_childs_voice_is_gathered(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Nowak family")
    for name, role in (
        ("Zofia Nowak", Role.CHILD),
        ("Jakub Nowak", Role.CHILD),
        ("Halina Wójcik", Role.GRANDPARENT),
        ("Sam Advocate", Role.ADVOCATE),
    ):
        network.add_person(store, conference.id, name, role)
    zofia, jakub, _halina, sam = caseload.load(store, conference.id).people
    open_conference(window, store, conference.id, "Preparation")
    voices = window.conference.preparation.voices
    assert set(voices.boxes) == {zofia.id, jakub.id}
    box = voices.boxes[zofia.id]
    assert box.advocate.itemData(1) == sam.id  # advocates are offered first
    type_into(
        qtbot,
        box.form.editor("wishes_and_feelings"),
        "I like it when Gran picks me up.\nI don't like being on my own at night.",
    )
    type_into(qtbot, box.form.editor("read_out_by"), "Sam, her advocate")
    choose(box.method, VoiceMethod.ADVOCATE)
    choose(box.advocate, sam.id)

    stored = caseload.load(store, conference.id)
    voice = stored.child_voice(zofia.id)
    assert voice is not None and voice.is_gathered
    assert voice.wishes_and_feelings.startswith("I like it when Gran picks me up.\n")
    assert (voice.read_out_by, voice.method, voice.advocate_id) == (
        "Sam, her advocate",
        VoiceMethod.ADVOCATE,
        sam.id,
    )
    assert stored.child_voice(jakub.id) is None
    # A child added later gets their own box.
    network.add_person(store, conference.id, "Ola Nowak", Role.CHILD)
    window.conference.show_conference(caseload.load(store, conference.id))
    assert len(voices.boxes) == 3
    assert voices.boxes[zofia.id].form.editor("read_out_by").text() == "Sam, her advocate"
