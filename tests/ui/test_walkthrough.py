"""One conference taken through the real window from referral, through every step of
preparation, to a signed, agreed and previewed plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from fgc_desktop.domain.network import Attendance, Participation, Role
from fgc_desktop.domain.plan import (
    SIGNATURE_BOX,
    CopyMethod,
    Decision,
    PlanStatus,
    SignatureMethod,
)
from fgc_desktop.domain.preparation import VoiceMethod
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.services.plan_verification import verify_pdf
from fgc_desktop.store import plans
from fgc_desktop.store.connection import Store
from fgc_desktop.ui.main_window import MainWindow
from fgc_desktop.ui.reason_dialog import ReasonDialog
from fgc_desktop.ui.signature_dialog import SignatureDialog
from tests.pdf_reading import ink_pixels, page_texts, qr_texts, render_page, signature_page
from tests.ui.certificate_answers import create_certificate
from tests.ui.conftest import type_into, type_text, when_dialog_opens
from tests.ui.test_signatures import draw_signature


def _start_conference(qtbot: QtBot, window: MainWindow, family: str) -> str:
    def answer(dialog: QDialog) -> None:
        name = dialog.findChild(QLineEdit, "family_name")
        qtbot.keyClicks(name, family)
        dialog.accept()

    when_dialog_opens(answer)
    window.new_action.trigger()
    # Offscreen, no window manager gives the main window back its focus after a dialog.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.conference.conference is not None
    return window.conference.conference.id


def _choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def _person(store: Store, conference_id: str, name: str) -> str:
    return next(p.id for p in caseload.load(store, conference_id).people if p.name == name)


def _move_on(qtbot: QtBot, window: MainWindow, expected: Stage) -> None:
    qtbot.mouseClick(window.conference.stage_bar.move_on_button, Qt.MouseButton.LeftButton)
    shown = window.conference.conference
    assert shown is not None
    assert shown.stage is expected, window.conference.stage_bar.blocked.text()


def test_referral_to_agreed_plan_and_preview(
    qtbot: QtBot, window: MainWindow, store: Store, tmp_path: Path
):
    conference_id = _start_conference(qtbot, window, "Kowalczyk-Ahmed family")
    view = window.conference
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Referral"

    # Referral: the referrer's account.
    referral = view.referral
    type_into(qtbot, referral.referrer.editor("referrer_name"), "Jo Bennett")
    type_into(qtbot, referral.referrer.editor("referrer_role"), "Social worker")
    type_into(qtbot, referral.referrer.editor("referrer_team"), "North Team")
    type_into(qtbot, referral.referrer.editor("referral_received_on"), "02/03/2026")
    type_into(qtbot, referral.details.editor("referral_reason"), "School is worried.\nOften late.")
    type_into(qtbot, referral.details.editor("worries"), "Children alone in the evening")
    type_into(qtbot, referral.details.editor("strengths"), "A close grandmother")
    type_into(qtbot, referral.details.editor("questions"), "Who looks after them at night?")
    assert referral.referrer.editor("referral_received_on").text() == "2026-03-02"

    # The child and their mother, added on the network page; she has parental responsibility.
    view.show_page("Network")
    network = view.network
    for name, role in (("Zofia Kowalczyk", Role.CHILD), ("Agnieszka Kowalczyk", Role.PARENT)):
        type_text(qtbot, network.new_name, name)
        _choose(network.new_role, role)
        qtbot.mouseClick(network.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, network.editor("relationship"), "Mother")
    qtbot.mouseClick(network.flags["parental_responsibility"], Qt.MouseButton.LeftButton)
    network.select_id(_person(store, conference_id, "Zofia Kowalczyk"))
    type_into(qtbot, network.editor("date_of_birth"), "14/05/2019")

    # Her consent, on the referral page.
    view.show_page("Referral")
    consent = referral.consent
    _choose(consent.given_by, _person(store, conference_id, "Agnieszka Kowalczyk"))
    type_into(qtbot, consent.given_on, "2026-03-05")
    qtbot.mouseClick(consent.record_button, Qt.MouseButton.LeftButton)
    _move_on(qtbot, window, Stage.PREPARATION)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Network"

    # Preparation: the wider family, and how each will take part.
    for name, role in (("Halina Wójcik", Role.GRANDPARENT), ("محمد أحمد", Role.PARENT)):
        type_text(qtbot, network.new_name, name)
        _choose(network.new_role, role)
        qtbot.keyClick(network.new_name, "\r")
    type_into(qtbot, network.editor("relationship"), "Father")
    type_into(qtbot, network.editor("preferred_language"), "Arabic")
    qtbot.mouseClick(network.flags["interpreter_needed"], Qt.MouseButton.LeftButton)
    _choose(network.participation, Participation.PHONE)
    type_into(qtbot, network.editor("participation_reason"), "Safety: joins by phone")
    father = _person(store, conference_id, "محمد أحمد")
    for name in ("Agnieszka Kowalczyk", "Halina Wójcik"):
        network.select_id(_person(store, conference_id, name))
        _choose(network.participation, Participation.IN_PERSON)
    # Agnieszka's new address stays off everyone else's letters; she must not meet the father.
    network.select_id(_person(store, conference_id, "Agnieszka Kowalczyk"))
    type_into(qtbot, network.editor("address"), "4 Quiet Close, Riverside")
    qtbot.mouseClick(network.flags["contact_confidential"], Qt.MouseButton.LeftButton)
    _choose(network.safety.other, father)
    type_text(qtbot, network.safety.new_reason, "Non-molestation order")
    qtbot.mouseClick(network.safety.add_button, Qt.MouseButton.LeftButton)
    assert not network.conflicts.isVisible()  # he takes part by phone

    # Bottom lines, agreed with the referrer.
    view.show_page("Bottom lines")
    qtbot.keyClicks(view.bottom_lines.new_text, "Zofia is never left alone overnight")
    qtbot.mouseClick(view.bottom_lines.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, view.bottom_lines.form.editor("reason"), "She is five")
    type_into(qtbot, view.bottom_lines.agreed.editor("bottom_lines_agreed_on"), "2026-03-09")

    # Visits to each invited family member, and Zofia's voice.
    view.show_page("Preparation")
    visits = view.preparation.visits
    for name in ("Agnieszka Kowalczyk", "Halina Wójcik", "محمد أحمد"):
        _choose(visits.new_person, _person(store, conference_id, name))
        type_text(qtbot, visits.new_date, "2026-03-12")
        qtbot.mouseClick(visits.add_button, Qt.MouseButton.LeftButton)
        type_into(qtbot, visits.form.editor("place"), "At home")
    type_into(qtbot, visits.form.editor("hopes"), "To see Zofia every week")
    voice = view.preparation.voices.boxes[_person(store, conference_id, "Zofia Kowalczyk")]
    type_into(qtbot, voice.form.editor("wishes_and_feelings"), "I like Gran's house.")
    _choose(voice.method, VoiceMethod.CONVERSATION)

    # Date, time, venue and the father's interpreter.
    view.show_page("Conference day")
    meeting = view.meeting
    type_into(qtbot, meeting.form.editor("held_on"), "2026-04-10")
    type_into(qtbot, meeting.form.editor("starts_at"), "10.30")
    type_into(qtbot, meeting.form.editor("venue"), "Riverside Family Centre")
    qtbot.mouseClick(meeting.interpreter_boxes[father], Qt.MouseButton.LeftButton)

    # The letters go out to everyone invited.
    view.show_page("Invitations")
    invitations = view.invitations
    assert invitations.model.rowCount() == 3
    invitations.table.selectAll()
    type_into(qtbot, invitations.sent_on, "2026-03-20")
    qtbot.mouseClick(invitations.record_button, Qt.MouseButton.LeftButton)
    assert "✓ Ready to move on" in view.stage_bar.heading.text(), view.stage_bar.checklist.text()
    _move_on(qtbot, window, Stage.INFORMATION_SHARING)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Conference day"

    # Information sharing: who is there.
    stored = caseload.load(store, conference_id)
    for person in stored.people:
        _choose(meeting.attendance_combos[person.id], Attendance.PRESENT)
    _move_on(qtbot, window, Stage.FAMILY_TIME)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Plan"

    # Private family time: the family's actions.
    plan = view.plan
    qtbot.keyClicks(plan.actions.new_what, "Halina takes Zofia to school every weekday")
    qtbot.mouseClick(plan.actions.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, plan.actions.form.editor("who"), "Halina Wójcik")
    type_into(qtbot, plan.actions.form.editor("by_when"), "2026-04-20")
    type_into(qtbot, plan.actions.form.editor("support"), "A bus pass")
    type_into(qtbot, plan.actions.form.editor("how_we_know"), "Zofia is on time")
    _move_on(qtbot, window, Stage.PLAN_AGREEMENT)

    # Plan agreement: the family's answer to each question, how each bottom line is met.
    type_into(qtbot, plan.answers.editor(0), "Halina stays every night until Agnieszka is home")
    bottom_line = caseload.load(store, conference_id).bottom_lines[0]
    type_into(qtbot, plan.bottom_lines.editor(bottom_line.id), "Halina sleeps over every night")
    # The rest of the plan, the decision, and agreement.
    assert plan.plan_form.editor("review_date").text() == "2026-10-10"  # under 7: 6 months
    type_into(qtbot, plan.plan_form.editor("contingency"), "Paweł steps in")
    type_into(qtbot, plan.plan_form.editor("plan_monitor"), "Halina Wójcik")
    _choose(plan.decision, Decision.AGREED)
    type_into(qtbot, plan.reasons_form.editor("decision_reasons"), "Safe and realistic")

    # Not yet: no one has signed, and the message says who is missing.
    qtbot.mouseClick(plan.agree_button, Qt.MouseButton.LeftButton)
    assert "Record how Agnieszka Kowalczyk agreed" in plan.agree_message.text()
    assert not plan.is_agreeing

    # Everyone who took part agrees the wording: Agnieszka signs on screen with the mouse, the
    # father by phone, Halina on paper. Zofia is a child and is not asked.
    signatures = plan.signatures
    mother = _person(store, conference_id, "Agnieszka Kowalczyk")
    grandmother = _person(store, conference_id, "Halina Wójcik")
    assert set(signatures.rows) == {mother, grandmother, father}

    def sign_on_screen(dialog: QDialog) -> None:
        assert isinstance(dialog, SignatureDialog)
        assert not dialog.save_button.isEnabled()
        draw_signature(dialog.pad)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # The rows appeared while the page was hidden; let Qt lay them out before clicking them.
    qtbot.waitUntil(lambda: all(r.sign_button.height() > 0 for r in signatures.rows.values()))
    when_dialog_opens(sign_on_screen)
    qtbot.mouseClick(signatures.row(mother).sign_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(signatures.row(father).phone_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(signatures.row(grandmother).paper_button, Qt.MouseButton.LeftButton)
    assert "3 of 3 recorded" in signatures.summary.text()
    assert signatures.row(mother).status.text().startswith("✓ Signed on screen")

    # Agreed plans are signed digitally: the first time, the coordinator makes a certificate.
    when_dialog_opens(create_certificate(qtbot, "Jo Bennett", "a long walk home"))
    qtbot.mouseClick(plan.agree_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not plan.is_agreeing, timeout=20_000)
    assert "locked" in plan.status.text(), plan.agree_message.text()
    assert signatures.read_only and signatures.row(mother).buttons.isHidden()
    assert not plan.new_version_button.isHidden()
    assert plan.plan_form.editor("contingency").isReadOnly()
    assert not plan.actions.add_box.isEnabled()
    assert plan.answers.editor(0).isReadOnly()
    assert plan.bottom_lines.editor(bottom_line.id).isReadOnly()

    # Everyone who took part gets a copy; the mother took hers home.
    distribution = plan.distribution
    qtbot.mouseClick(distribution.suggest_button, Qt.MouseButton.LeftButton)
    distribution.select_ids([mother])
    qtbot.mouseClick(distribution.record_button, Qt.MouseButton.LeftButton)
    assert "Recorded: 1 copy given" in distribution.message.text()
    _move_on(qtbot, window, Stage.REVIEW)

    # The family plan preview.
    window.plan_action.trigger()
    preview = window.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.is_ready, timeout=20_000)
    assert preview.document.pageCount() >= 1
    assert "agreed" in preview.status.text()
    preview.accept()

    stored = caseload.load(store, conference_id)
    assert stored.stage is Stage.REVIEW
    assert stored.referral.received_on == date(2026, 3, 2)
    assert stored.referral.reason == "School is worried.\nOften late."
    assert stored.meeting.starts_at == "10:30"
    assert {p.name for p in stored.people} == {
        "Zofia Kowalczyk",
        "Agnieszka Kowalczyk",
        "Halina Wójcik",
        "محمد أحمد",
    }
    assert stored.consent.given_by == "Agnieszka Kowalczyk"
    assert len(stored.visits) == 3 and len(stored.invitations) == 3
    assert stored.child_voice(_person(store, conference_id, "Zofia Kowalczyk")).is_gathered
    assert stored.bottom_lines[0].reason == "She is five"
    agreed = stored.plan
    assert agreed is not None and agreed.status is PlanStatus.AGREED
    assert agreed.content_hash and len(agreed.content_hash) == 64
    assert agreed.actions[0].who == "Halina Wójcik"
    assert agreed.actions[0].by_when == date(2026, 4, 20)
    assert agreed.decision is Decision.AGREED
    assert agreed.answer_to("Who looks after them at night?").answer.startswith("Halina stays")
    assert agreed.response_to(bottom_line.id).how_met == "Halina sleeps over every night"
    assert set(agreed.recipients) == {p.id for p in stored.people if p.attendance.took_part}
    assert [(c.person_id, c.method) for c in agreed.copies] == [(mother, CopyMethod.IN_PERSON)]
    methods = {s.person_id: s.method for s in agreed.signatures}
    assert methods == {
        mother: SignatureMethod.SIGNED_ON_SCREEN,
        father: SignatureMethod.AGREED_BY_PHONE,
        grandmother: SignatureMethod.SIGNED_ON_PAPER,
    }
    drawn = next(s for s in agreed.signatures if s.person_id == mother)
    width, height = SIGNATURE_BOX
    assert len(drawn.strokes) == 2 and sum(len(stroke) for stroke in drawn.strokes) > 50
    assert all(0 <= x <= width and 0 <= y <= height for st in drawn.strokes for x, y in st)
    # The loops were drawn across the left of the box, around its middle, as the mouse went.
    xs = [x for x, _ in drawn.strokes[0]]
    assert min(xs) < 0.5 < 1.5 < max(xs) < 2.5

    # The PDF kept at agreement, read back as the family will hold it: the QR code names this
    # version and hash, the drawn signature is ink on the signature page, the people are named.
    _, kept = plans.agreed_record(store, agreed.id)
    first = render_page(kept, 0, tmp_path)
    assert qr_texts(first) == [f"{stored.reference} v1 sha256:{agreed.content_hash[:16]}"]
    signing = signature_page(kept)
    assert ink_pixels(render_page(kept, signing, tmp_path)) > 300
    assert verify_pdf(store, kept).headline == "Unmodified since it was signed"
    text = "\n".join(page_texts(kept))
    assert "Agreed by phone" in text and "Signed on paper" in text
    assert "Halina stays" in text and "DRAFT" not in text


def test_going_back_and_closing_ask_for_a_reason(qtbot: QtBot, window: MainWindow, store: Store):
    conference = caseload.create_conference(store, "Evans family")
    window.refresh()
    window.caseload.select(conference.id)
    view = window.conference
    type_into(qtbot, view.referral.referrer.editor("referrer_name"), "Sam")

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reject()

    # Referral cannot go back at all; build up to preparation through the store first.
    assert not view.stage_bar.go_back_button.isEnabled()
    from fgc_desktop.services import network, referral

    network.add_person(store, conference.id, "Cerys Evans", Role.CHILD)
    referral.edit_conference(store, conference.id, "referral_reason", "Worries at school")
    referral.edit_conference(store, conference.id, "consent_given_by", "Rhian Evans")
    referral.edit_conference(store, conference.id, "consent_given_on", "2026-03-01")
    window.open_conference(conference.id)
    view.show_conference(caseload.load(store, conference.id))
    window.move_on_action.trigger()
    assert caseload.load(store, conference.id).stage is Stage.PREPARATION

    when_dialog_opens(cancel)
    qtbot.mouseClick(view.stage_bar.go_back_button, Qt.MouseButton.LeftButton)
    assert caseload.load(store, conference.id).stage is Stage.PREPARATION

    def give_reason(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        qtbot.keyClicks(dialog.text, "Consent date was wrong")
        dialog.accept()

    when_dialog_opens(give_reason)
    qtbot.mouseClick(view.stage_bar.go_back_button, Qt.MouseButton.LeftButton)
    stored = caseload.load(store, conference.id)
    assert stored.stage is Stage.REFERRAL
    assert stored.stage_moves[-1].reason == "Consent date was wrong"
    assert QApplication.activeModalWidget() is None
