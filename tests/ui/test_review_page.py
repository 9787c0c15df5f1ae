"""A review driven through the real window: scheduled, held, a new version signed and agreed,
the record read back; closing at a review; and what a failing store leaves on screen."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Role
from fgc_desktop.domain.plan import Decision, PlanStatus
from fgc_desktop.domain.review import ActionStatus, ClosureReason, ReviewOutcome
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.services import review as reviews
from fgc_desktop.services.demo_caseload import build_conference
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreUnwritableError
from fgc_desktop.ui.closing_dialog import ClosingDialog
from fgc_desktop.ui.main_window import MainWindow
from tests.conftest import NOWAK
from tests.ui.conftest import choose, open_conference, type_into, when_dialog_opens

TODAY = date.today()


def _at_review(store: Store) -> Conference:
    """A conference whose plan was agreed a month ago, moved on to Review, with no review yet."""
    reference = conferences.next_reference(store, TODAY.year)
    conference, kept = build_conference(reference, NOWAK, Stage.REVIEW, TODAY, render_plan)
    conference.reviews = []
    conferences.insert_conference(store, conference, kept)
    return conference


def _wait_for_layout(qtbot: QtBot, page: QWidget) -> None:
    """Let Qt lay out what has just appeared on a page before clicking in it."""
    qtbot.waitUntil(lambda: page.height() >= page.minimumSizeHint().height())


def _yes(box: QDialog) -> None:
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def _pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return unicodedata.normalize(
        "NFKC", " ".join(" ".join(p.extract_text().split()) for p in pages)
    )


def test_a_review_from_scheduling_to_a_new_signed_version_and_its_record(
    qtbot: QtBot, window: MainWindow, store: Store, signing_key
):
    conference = _at_review(store)
    open_conference(window, store, conference.id, "Review")
    view = window.conference
    page = view.review
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Review"
    assert "No review yet" in page.status.text() and not page.body.isVisible()

    # Scheduling: the plan's review date, the conference's venue and invitees come first.
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)
    assert page.body.isVisible()
    _wait_for_layout(qtbot, page)
    plan = conference.plan
    assert page.when.editor("scheduled_on").text() == plan.review_date.isoformat()
    assert page.when.editor("venue").text() == conference.meeting.venue
    type_into(qtbot, page.when.editor("starts_at"), "17.15")
    type_into(qtbot, page.when.editor("venue"), "Siân's Community Hall, Room 3")
    people = {p.name: p for p in conference.people}
    mother, grandmother = people["Agnieszka Nowak"], people["فاطمة الزهراء"]
    friend, child = people["王小明"], people["Zofia Wójcik"]
    invitees = page.invitees
    assert invitees.boxes[mother.id].isChecked() and not invitees.boxes[child.id].isChecked()
    qtbot.mouseClick(invitees.boxes[child.id], Qt.MouseButton.LeftButton)
    type_into(qtbot, invitees.sent_on, "2026-11-20")
    qtbot.mouseClick(invitees.record_button, Qt.MouseButton.LeftButton)

    # On the day: when it was held, who came, how each action is going, what people think.
    held_on = TODAY - timedelta(days=1)
    type_into(qtbot, page.held.editor("held_on"), held_on.isoformat())
    for person, attendance in (
        (mother, Attendance.PRESENT),
        (grandmother, Attendance.PHONE_OR_VIDEO),
        (child, Attendance.PRESENT),
        (friend, Attendance.ABSENT),
    ):
        choose(invitees.attendance[person.id], attendance)
    actions = page.actions
    assert actions.model.rowCount() == 1
    actions.table.selectRow(0)
    choose(actions.status, ActionStatus.CHANGED)
    assert actions.model.index(0, 4).data() == "Changed"
    type_into(
        qtbot,
        actions.note_form.editor("note"),
        "Agnieszka starts work at 8; Halina walks them now",
    )
    type_into(qtbot, page.views.editor("family_view"), "We are managing. بخير والحمد لله")
    type_into(qtbot, page.views.editor("professionals_view"), "No late marks since October")

    # An action changed, so the plan cannot simply carry on; the reason is shown.
    outcome = page.outcome
    assert "Everything is recorded" in outcome.checklist.text()
    # The buttons appeared while the page was laid out; let Qt size them before clicking.
    _wait_for_layout(qtbot, page)
    qtbot.mouseClick(outcome.continue_button, Qt.MouseButton.LeftButton)
    assert "choose a new version" in outcome.message.text()
    when_dialog_opens(_yes)
    qtbot.mouseClick(outcome.new_version_button, Qt.MouseButton.LeftButton)
    # Offscreen, no window manager gives the main window back its focus after a dialog.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Plan", outcome.message.text()

    # The new version is changed and signed on the Plan page, as on the conference day.
    editor = view.plan
    assert "Draft plan, version 2" in editor.status.text()
    type_into(qtbot, editor.actions.form.editor("who"), "Halina and فاطمة الزهراء")
    type_into(qtbot, editor.actions.form.editor("what"), "Walk the children to school, 8:15")
    choose(editor.decision, Decision.AGREED)
    signatures = editor.signatures
    # Those who came to the review sign it: not the absent friend, not the child.
    assert set(signatures.rows) == {mother.id, grandmother.id}
    qtbot.waitUntil(lambda: all(r.phone_button.height() > 0 for r in signatures.rows.values()))
    qtbot.mouseClick(signatures.row(mother.id).paper_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(signatures.row(grandmother.id).phone_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.agree_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.is_agreeing, timeout=20_000)
    assert "locked" in editor.status.text(), editor.agree_message.text()

    stored = caseload.load(store, conference.id)
    first, second = stored.plans
    assert first.content_hash == plan.content_hash and first.actions == plan.actions
    assert (second.version, second.status) == (2, PlanStatus.AGREED)
    assert second.actions[0].what == "Walk the children to school, 8:15", second.actions[0]
    assert {s.person_id for s in second.signatures} == {mother.id, grandmother.id}
    (held,) = stored.reviews
    assert (held.outcome, held.new_plan_id, held.held_on) == (
        ReviewOutcome.NEW_VERSION,
        second.id,
        held_on,
    )
    assert (held.starts_at, held.venue) == ("17:15", "Siân's Community Hall, Room 3")
    assert held.invitee(child.id).attendance is Attendance.PRESENT
    assert all(i.letter_sent_on == date(2026, 11, 20) for i in held.invitees)
    progress = held.progress_of(first.actions[0].id)
    assert (progress.status, progress.note) == (
        ActionStatus.CHANGED,
        "Agnieszka starts work at 8; Halina walks them now",
    )
    assert held.family_view == "We are managing. بخير والحمد لله"

    # Back on the Review page: ended and kept; the next review can be scheduled.
    view.show_page("Review")
    assert "Version 2 was signed again and agreed" in outcome.state.text()
    assert page.views.editor("family_view").isReadOnly()
    assert not actions.status.isEnabled()
    assert page.schedule_button.isEnabled()

    # The record, as it will print, read back.
    preview = page.show_record()
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert "a new version of the plan" in preview.status.text()
    text = _pdf_text(preview.pdf)
    for words in (
        "Review of the family plan",
        "Version 1, agreed on",
        "Walk the children to school",  # as agreed in version 1
        "Changed",
        "Agnieszka starts work at 8; Halina walks them now",
        "No late marks since October",
        "We are managing.",
        "A new version of the plan",
        "Version 2 was signed again by everyone who took part and agreed",
        "Agnieszka Nowak Mother Present",
        "王小明",
    ):
        assert words in text, words
    assert "8:15" not in text  # the record shows the version reviewed, not the new one
    preview.accept()


def test_closing_at_a_review_asks_why_and_closes_the_conference(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = _at_review(store)
    reviews.schedule_review(store, conference.id)
    open_conference(window, store, conference.id, "Review")
    page = window.conference.review
    type_into(qtbot, page.held.editor("held_on"), TODAY.isoformat())
    seen: list[str] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ClosingDialog)
        seen.append(dialog.missing.text())
        dialog.reject()

    when_dialog_opens(cancel)
    qtbot.mouseClick(page.outcome.close_button, Qt.MouseButton.LeftButton)
    assert seen == ["Choose why the conference is closing"]
    assert caseload.load(store, conference.id).stage is Stage.REVIEW

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, ClosingDialog)
        choose(dialog.reason, ClosureReason.OTHER)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # "another reason" needs the note
        qtbot.keyClicks(dialog.note, "The children now live with their father in Cardiff")
        assert ok.isEnabled()
        dialog.accept()

    when_dialog_opens(give_reason)
    qtbot.mouseClick(page.outcome.close_button, Qt.MouseButton.LeftButton)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stored = caseload.load(store, conference.id)
    assert stored.stage is Stage.CLOSED
    assert stored.stage_moves[-1].reason == (
        f"Closed at the review on {TODAY.isoformat()}: Another reason (see the note). "
        "The children now live with their father in Cardiff"
    )
    assert stored.reviews[-1].outcome is ReviewOutcome.CLOSED
    assert "This conference is closed" in window.conference.stage_bar.heading.text()
    assert "Cardiff" in page.outcome.state.text()
    assert page.outcome.reopen_button.isHidden()  # go back a stage first


def test_a_store_that_cannot_be_written_keeps_what_was_typed_and_chosen(
    qtbot: QtBot, window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch
):
    conference = _at_review(store)
    reviews.schedule_review(store, conference.id)
    open_conference(window, store, conference.id, "Review")
    page = window.conference.review

    def unwritable(*_args: object, **_kwargs: object) -> None:
        raise StoreUnwritableError("The caseload is read-only.")

    monkeypatch.setattr(reviews, "edit_review", unwritable)
    monkeypatch.setattr(reviews, "set_action_status", unwritable)
    view_text = "Mae pethau'n well. " * 40
    type_into(qtbot, page.views.editor("family_view"), view_text)
    box = window.findChild(QMessageBox, "storeProblem")
    assert box is not None and "read-only" in box.text()
    box.accept()
    assert page.views.editor("family_view").toPlainText() == view_text
    assert "Not saved" in page.views.error_text("family_view")
    choose(page.actions.status, ActionStatus.DONE)
    assert page.actions.status.currentData() == ActionStatus.NOT_REVIEWED
    assert "store could not be written" in page.actions.message.text()
    assert caseload.load(store, conference.id).reviews[-1].family_view == ""

    # Once the store can be written again, leaving the box saves the kept text.
    monkeypatch.undo()
    type_into(qtbot, page.views.editor("family_view"), view_text + "Diolch.")
    stored = caseload.load(store, conference.id).reviews[-1]
    assert stored.family_view == (view_text + "Diolch.").strip()


def test_refused_input_is_explained_and_kept(qtbot: QtBot, window: MainWindow, store: Store):
    conference = _at_review(store)
    reviews.schedule_review(store, conference.id)
    open_conference(window, store, conference.id, "Review")
    page = window.conference.review
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    type_into(qtbot, page.held.editor("held_on"), tomorrow)
    assert "still to come" in page.held.error_text("held_on")
    assert page.held.editor("held_on").text() == tomorrow
    type_into(qtbot, page.when.editor("scheduled_on"), "30/02/2027")
    assert "not a real date" in page.when.error_text("scheduled_on")
    letter = page.invitees.letters[conference.invitees[0].id]
    type_into(qtbot, letter, "last Tuesday")
    assert "not a date" in page.invitees.message.text() and letter.text() == "last Tuesday"
    qtbot.mouseClick(page.outcome.continue_button, Qt.MouseButton.LeftButton)
    assert "Write the date the review was held" in page.outcome.message.text()
    stored = caseload.load(store, conference.id).reviews[-1]
    assert stored.held_on is None and stored.invitees[0].letter_sent_on is None


def test_the_action_progress_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, store: Store
):
    conference = _at_review(store)
    with_review = reviews.schedule_review(store, conference.id)
    from fgc_desktop.ui.action_progress import ActionProgressModel, action_reviews

    model = ActionProgressModel()
    qtmodeltester.check(model)
    model.set_records(action_reviews(with_review, with_review.reviews[-1]))
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "Not reviewed yet"
    assert model.headerData(4, Qt.Orientation.Horizontal) == "How it is going"


def test_a_person_invited_to_a_review_is_named_before_removal(
    qtbot: QtBot, window: MainWindow, store: Store
):
    conference = _at_review(store)
    from fgc_desktop.services import network

    added = network.add_person(store, conference.id, "Ewa Kowalska", Role.FRIEND)
    ewa = next(p for p in added.people if p.name == "Ewa Kowalska")
    scheduled = reviews.schedule_review(store, conference.id)
    reviews.set_invited(store, conference.id, scheduled.reviews[-1].id, ewa.id, True)
    open_conference(window, store, conference.id, "Network")
    panel = window.conference.network
    panel.select_id(ewa.id)
    seen: list[str] = []

    def remove(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Remove Ewa Kowalska").click()

    when_dialog_opens(remove)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert "invited to the review" in seen[0]
    assert caseload.load(store, conference.id).reviews[-1].invitee(ewa.id) is None
    window.conference.show_page("Review")
    assert ewa.id not in window.conference.review.invitees.boxes
