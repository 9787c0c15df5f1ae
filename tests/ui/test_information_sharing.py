"""Information sharing: the professionals' three columns, the family's questions, presenting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Role
from fgc_desktop.services import caseload, conference_day, network, preparation, referral
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.information_sharing import InformationSharingPage
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.presenting_view import HEADING_POINTS, TEXT_POINTS, TITLE_POINTS
from tests.ui.conftest import open_conference, type_into

PRIVATE = (
    "07700 900123",
    "12 Hidden Lane",
    "anna@example.org",
    "Mum shouted at the neighbours in March",  # the referral's worries: not read out as such
    "Worried about being judged",  # a preparation visit note
)


def zofia_conference(store: Store) -> Conference:
    """A conference with a child, a social worker, an advocate, bottom lines and questions."""
    conference = caseload.create_conference(store, "Kowalczyk family")
    cid = conference.id
    network.add_person(store, cid, "Zofia Kowalczyk", Role.CHILD)
    network.add_person(store, cid, "Agnieszka Kowalczyk", Role.PARENT, "Mother")
    network.add_person(store, cid, "Anna Nowak", Role.PROFESSIONAL, "Social worker")
    network.add_person(store, cid, "Ffion Pritchard", Role.ADVOCATE, "Zofia's advocate")
    network.add_person(store, cid, "Li Wei", Role.INTERPRETER, "Mandarin interpreter")
    zofia, mother, anna, _ffion, _li = caseload.load(store, cid).people
    network.edit_person(store, cid, mother.id, "phone", PRIVATE[0])
    network.edit_person(store, cid, mother.id, "address", PRIVATE[1])
    network.edit_person(store, cid, anna.id, "email", PRIVATE[2])
    referral.edit_conference(store, cid, "worries", PRIVATE[3])
    referral.edit_conference(
        store, cid, "questions", "Who will look after Zofia after school?\nWhere will she sleep?"
    )
    preparation.add_visit(store, cid, mother.id, visited_on="2026-03-01", worries=PRIVATE[4])
    network.add_bottom_line(store, cid, "Zofia must not be left alone overnight", "She is 7")
    preparation.edit_child_voice(
        store, cid, zofia.id, "wishes_and_feelings", "I like Gran's house."
    )
    preparation.edit_child_voice(store, cid, zofia.id, "read_out_by", "Ffion Pritchard")
    return caseload.load(store, cid)


def test_three_columns_saved_for_each_professional(qtbot: QtBot, window: MainWindow, store: Store):
    conference = zofia_conference(store)
    open_conference(window, store, conference.id, "Information sharing")
    page = window.conference.information_sharing
    anna, ffion = (p for p in conference.people if p.role in {Role.PROFESSIONAL, Role.ADVOCATE})
    # Professionals and advocates share; the interpreter and family do not.
    assert set(page.professionals) == {anna.id, ffion.id}
    columns = page.professionals[anna.id]
    type_into(qtbot, columns.editors["worries"], "Zofia has been home alone at night.")
    type_into(qtbot, columns.editors["working_well"], "Gran collects her from school.")
    type_into(qtbot, columns.editors["needs_to_happen"], "An adult with her every night.")
    type_into(qtbot, page.professionals[ffion.id].editors["worries"], "Zofia feels lonely.")

    stored = {i.person_id: i for i in caseload.load(store, conference.id).professional_information}
    assert (
        stored[anna.id].worries,
        stored[anna.id].working_well,
        stored[anna.id].needs_to_happen,
    ) == (
        "Zofia has been home alone at night.",
        "Gran collects her from school.",
        "An adult with her every night.",
    )
    assert stored[ffion.id].worries == "Zofia feels lonely."
    assert columns.editors["worries"].accessibleName() == "Worries: Anna Nowak"


def test_family_questions_added_answered_and_removed(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = zofia_conference(store)
    open_conference(window, store, conference.id, "Information sharing")
    page = window.conference.information_sharing
    # A question with nothing in it is refused, with the reason on screen.
    qtbot.mouseClick(page.add_question_button, Qt.MouseButton.LeftButton)
    assert "question" in page.question_message.text().lower()
    assert caseload.load(store, conference.id).family_questions == []

    page.new_question.setFocus()
    qtbot.keyClicks(page.new_question, "Can Zofia stay with Gran at weekends?")
    qtbot.keyClicks(page.new_asked_by, "Agnieszka")
    qtbot.mouseClick(page.add_question_button, Qt.MouseButton.LeftButton)
    page.new_question.setFocus()
    qtbot.keyClicks(page.new_question, "Who pays for the bus?")
    qtbot.mouseClick(page.add_question_button, Qt.MouseButton.LeftButton)
    assert not page.question_message.isVisible()
    assert page.new_question.toPlainText() == ""
    first, second = caseload.load(store, conference.id).family_questions
    assert (first.question, first.asked_by) == (
        "Can Zofia stay with Gran at weekends?",
        "Agnieszka",
    )

    card = page.questions[first.id]
    type_into(qtbot, card.form.editor("answer"), "Yes, if Gran is there all weekend.")
    type_into(qtbot, card.form.editor("answered_by"), "Anna Nowak")
    answered = caseload.load(store, conference.id).family_questions[0]
    assert (answered.answer, answered.answered_by) == (
        "Yes, if Gran is there all weekend.",
        "Anna Nowak",
    )

    qtbot.mouseClick(page.questions[second.id].remove_button, Qt.MouseButton.LeftButton)
    remaining = caseload.load(store, conference.id).family_questions
    assert [q.id for q in remaining] == [first.id]
    assert set(page.questions) == {first.id}


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_presenting_view_shows_large_slides_and_nothing_private(qtbot: QtBot, store: Store):
    conference = zofia_conference(store)
    anna = next(p for p in conference.people if p.role is Role.PROFESSIONAL)
    conference_day.share_information(store, conference.id, anna.id, "worries", "Nights alone")
    conference_day.share_information(
        store, conference.id, anna.id, "working_well", "Gran is close by"
    )
    page = InformationSharingPage(store)
    qtbot.addWidget(page)
    page.show_conference(caseload.load(store, conference.id), fresh=True)
    view = page.open_presenting_view()
    assert view is not None and view.isWindow() and view.isVisible()
    qtbot.waitExposed(view)

    seen: list[str] = []
    for _ in range(len(view.slides)):
        seen.append(view.visible_text())
        assert view.title.font().pointSize() >= 28
        for label in view.body_labels():
            assert label.font().pointSize() >= TEXT_POINTS >= 20
        QApplication.processEvents()
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.index == len(view.slides) - 1
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.index == len(view.slides) - 2
    everything = "\n".join(seen)
    assert "Zofia must not be left alone overnight" in everything
    assert "Zofia’s wishes and feelings" in everything
    assert "Read out by Ffion Pritchard" in everything
    assert "I like Gran's house." in everything
    assert "Nights alone" in everything and "What is working well" in everything
    assert "Who will look after Zofia after school?" in everything
    assert "Where will she sleep?" in everything
    for private in PRIVATE:
        assert private not in everything
    assert TITLE_POINTS >= 28 and HEADING_POINTS >= 24

    # F11 fills the screen, Esc leaves full screen; the buttons say which.
    qtbot.keyClick(view, Qt.Key.Key_F11)
    assert view.isFullScreen()
    assert "Esc" in view.full_screen_button.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isFullScreen()
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert view.index == len(view.slides) - 3
    # With one screen there is nothing to choose.
    assert not view.screen_choice.isVisibleTo(view)
    view.close()
