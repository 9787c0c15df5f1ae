"""The family's answers and how the plan meets each bottom line, through the plan page."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from fgc_desktop.services import caseload, demo_caseload, plan_agreement
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from tests.ui.conftest import open_conference, type_into

QUESTION = "Who can the children go to when they are worried?"


def _conference_id(store: Store, family: str) -> str:
    return next(
        e for e in caseload.list_conferences(store) if e.family_name == family
    ).conference_id


def test_answers_and_bottom_lines_are_saved_and_clear_the_checklist(
    qtbot: QtBot, window: MainWindow, store: Store
):
    demo_caseload.write_demo_caseload(store)
    cid = _conference_id(store, "Al-Rashid family")
    line = caseload.load(store, cid).bottom_lines[0]
    plan_agreement.answer_question(store, cid, QUESTION, "")
    plan_agreement.meet_bottom_line(store, cid, line.id, "")
    open_conference(window, store, cid, "Plan")
    view = window.conference
    checklist = view.stage_bar.checklist
    assert f"Write the family's answer to: {QUESTION}" in checklist.text()
    assert "Say how the plan meets the bottom line" in checklist.text()

    answers = view.plan.answers
    number = caseload.load(store, cid).referral.question_list.index(QUESTION)
    type_into(qtbot, answers.editor(number), "Their aunt Samira, and the school nurse")
    type_into(qtbot, view.plan.bottom_lines.editor(line.id), "An adult sleeps in the house")

    plan = caseload.load(store, cid).plan
    assert plan is not None
    assert plan.answer_to(QUESTION).answer == "Their aunt Samira, and the school nurse"
    assert plan.response_to(line.id).how_met == "An adult sleeps in the house"
    assert "Write the family's answer" not in checklist.text()
    assert "Say how the plan meets the bottom line" not in checklist.text()


def test_question_shown_above_its_box_and_a_refused_answer_is_kept(
    qtbot: QtBot, window: MainWindow, store: Store
):
    demo_caseload.write_demo_caseload(store)
    cid = _conference_id(store, "Al-Rashid family")
    open_conference(window, store, cid, "Plan")
    answers = window.conference.plan.answers
    box = answers.editor(1)
    assert box.accessibleName() == f"The family's answer: {QUESTION}"
    labels = [w.text() for w in answers.findChildren(type(window.conference.plan.status))]
    assert any(QUESTION in text for text in labels)
    too_long = "x" * 200_000
    box.setFocus()
    box.setPlainText(too_long)
    box.clearFocus()
    qtbot.waitUntil(lambda: bool(answers.error_text(1)))
    assert box.toPlainText() == too_long  # the typed text stays for the coordinator to fix
    assert caseload.load(store, cid).plan.answer_to(QUESTION).answer != too_long


def test_agreed_plan_shows_answers_read_only(qtbot: QtBot, window: MainWindow, store: Store):
    demo_caseload.write_demo_caseload(store)
    cid = _conference_id(store, "Nowak family")
    conference = caseload.load(store, cid)
    open_conference(window, store, cid, "Plan")
    plan_page = window.conference.plan
    stored = conference.plan
    assert stored is not None and stored.is_agreed
    for number, question in enumerate(conference.referral.question_list):
        box = plan_page.answers.editor(number)
        assert box.isReadOnly()
        assert box.toPlainText() == stored.answer_to(question).answer
    line = conference.bottom_lines[0]
    box = plan_page.bottom_lines.editor(line.id)
    assert box.isReadOnly() and box.toPlainText() == stored.response_to(line.id).how_met
