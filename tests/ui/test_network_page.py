"""The network page: every fact about a person, who must not attend with whom, and removal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Participation, Role, Side
from fgc_desktop.services import caseload, network, preparation
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.network_table import CONFIDENTIAL_MARK
from tests.ui.conftest import choose, open_conference, type_into, type_text, when_dialog_opens


def test_every_fact_about_a_person_is_edited_on_the_page(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Nowak family")
    open_conference(window, store, conference.id, "Network")
    panel = window.conference.network
    type_text(qtbot, panel.new_name, "Agnieszka Nowak")
    choose(panel.new_role, Role.PARENT)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert not panel.child_box.isVisible()  # pronouns and needs are asked of children
    for key, text in (
        ("relationship", "Mother"),
        ("date_of_birth", "1990-04-01"),
        ("phone", "07700 900123"),
        ("email", "a.nowak@example.org"),
        ("address", "12 Hidden Lane\nRiverside"),
        ("preferred_language", "Polish"),
        ("accessibility_needs", "Step-free access"),
        ("participation_reason", "Wants to be there"),
    ):
        type_into(qtbot, panel.editor(key), text)
    choose(panel.side, Side.MOTHERS)
    choose(panel.participation, Participation.IN_PERSON)
    for key in (
        "parental_responsibility",
        "contact_confidential",
        "interpreter_needed",
        "interpreter_booked",
    ):
        qtbot.mouseClick(panel.flags[key], Qt.MouseButton.LeftButton)

    stored = caseload.load(store, conference.id).people[0]
    assert (stored.relationship, stored.date_of_birth) == ("Mother", date(1990, 4, 1))
    assert (stored.phone, stored.email) == ("07700 900123", "a.nowak@example.org")
    assert stored.address == "12 Hidden Lane\nRiverside"
    assert (stored.preferred_language, stored.accessibility_needs) == ("Polish", "Step-free access")
    assert stored.side is Side.MOTHERS
    assert stored.participation is Participation.IN_PERSON
    assert stored.participation_reason == "Wants to be there"
    assert stored.parental_responsibility and stored.contact_confidential
    assert stored.interpreter_needed and stored.interpreter_booked
    # The table says "confidential" in words beside the lock, never by colour alone.
    contact = panel.model.index(0, panel.model.columnCount() - 1).data()
    assert contact == CONFIDENTIAL_MARK
    assert "booked" in panel.model.index(0, 4).data()

    # A child: pronouns, where they live and their needs.
    type_text(qtbot, panel.new_name, "Zofia Nowak")
    choose(panel.new_role, Role.CHILD)
    qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
    assert panel.child_box.isVisibleTo(panel)
    type_into(qtbot, panel.editor("pronouns"), "she/her")
    type_into(qtbot, panel.editor("lives_with"), "Her grandmother")
    type_into(qtbot, panel.editor("needs"), "Asthma inhaler")
    child = caseload.load(store, conference.id).people[1]
    assert (child.pronouns, child.lives_with, child.needs) == (
        "she/her",
        "Her grandmother",
        "Asthma inhaler",
    )


def test_must_not_attend_with_warns_until_one_takes_part_another_way(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Nowak family")
    for name in ("Agnieszka Nowak", "Marek Nowak"):
        network.add_person(store, conference.id, name, Role.PARENT)
    for person in caseload.load(store, conference.id).people:
        network.set_choice(store, conference.id, person.id, Participation.IN_PERSON)
    agnieszka, marek = caseload.load(store, conference.id).people
    open_conference(window, store, conference.id, "Network")
    panel = window.conference.network
    assert not panel.conflicts.isVisible()

    panel.select_id(agnieszka.id)
    safety = panel.safety
    choose(safety.other, marek.id)
    type_text(qtbot, safety.new_reason, "Non-molestation order")
    qtbot.mouseClick(safety.add_button, Qt.MouseButton.LeftButton)
    pairs = caseload.load(store, conference.id).safety_pairs
    assert [(p.person_id, p.other_person_id, p.reason) for p in pairs] == [
        (agnieszka.id, marek.id, "Non-molestation order")
    ]
    assert safety.model.index(0, 0).data() == "Marek Nowak"
    assert panel.conflicts.isVisible()
    assert "Agnieszka Nowak and Marek Nowak must not attend together" in panel.conflicts.text()
    # The same pair seen from Marek's side, and its reason edited there.
    panel.select_id(marek.id)
    assert safety.model.index(0, 0).data() == "Agnieszka Nowak"
    type_into(qtbot, safety.reason_form.editor("reason"), "Court order, March 2026")
    assert caseload.load(store, conference.id).safety_pairs[0].reason == "Court order, March 2026"

    choose(panel.participation, Participation.PHONE)
    assert not panel.conflicts.isVisible()
    qtbot.mouseClick(safety.remove_button, Qt.MouseButton.LeftButton)
    assert caseload.load(store, conference.id).safety_pairs == []
    assert safety.model.rowCount() == 0


def test_removing_someone_named_elsewhere_asks_and_says_where(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = caseload.create_conference(store, "Nowak family")
    network.add_person(store, conference.id, "Halina Wójcik", Role.GRANDPARENT)
    network.add_person(store, conference.id, "Marek Nowak", Role.PARENT)
    halina, marek = caseload.load(store, conference.id).people
    preparation.add_visit(store, conference.id, halina.id, visited_on="2026-03-01")
    preparation.add_visit(store, conference.id, halina.id, visited_on="2026-03-08")
    preparation.add_safety_pair(store, conference.id, halina.id, marek.id, "Threats")
    open_conference(window, store, conference.id, "Network")
    panel = window.conference.network
    panel.select_id(halina.id)
    asked: list[str] = []

    def answer(choice: str) -> None:
        def press(box: QMessageBox) -> None:
            asked.append(f"{box.text()} {box.informativeText()}")
            if choice == "cancel":
                box.button(QMessageBox.StandardButton.Cancel).click()
            else:
                next(b for b in box.buttons() if b.text() == "Remove Halina Wójcik").click()

        when_dialog_opens(press)

    answer("cancel")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "Remove Halina Wójcik" in asked[0]
    assert "2 preparation visits" in asked[0]
    assert "must not attend with Marek Nowak" in asked[0]
    assert "These records will be removed too" in asked[0]
    assert len(caseload.load(store, conference.id).people) == 2

    answer("remove")
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    stored = caseload.load(store, conference.id)
    assert [p.name for p in stored.people] == ["Marek Nowak"]
    assert stored.visits == [] and stored.safety_pairs == []


def test_a_relationship_can_differ_between_the_children(
    qtbot: QtBot, window: MainWindow, store: Store
):
    from fgc_desktop.services import demo_caseload

    nowak = demo_caseload.write_demo_caseload(store)[0]
    open_conference(window, store, nowak.id, "Network")
    panel = window.conference.network
    pawel = next(p for p in nowak.people if p.name == "Paweł Nowak")
    jakub = next(p for p in nowak.people if p.name == "Jakub Nowak")
    panel.select_id(pawel.id)
    lines = panel.to_each_child.editors
    assert panel.to_each_child.isVisible() and len(lines) == 2  # two children, a line each
    assert lines[jakub.id].placeholderText() == "Uncle"
    type_into(qtbot, lines[jakub.id], "Godfather")
    stored = caseload.load(store, nowak.id)
    assert stored.relationship_to(stored.person(pawel.id), jakub) == "Godfather"
    zofia = next(p for p in nowak.people if p.name == "Zofia Nowak")
    panel.select_id(zofia.id)
    assert not panel.to_each_child.isVisible()  # a child is not related to the children here
