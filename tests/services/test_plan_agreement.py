"""Writing and agreeing the family plan through the services, as the buttons do."""

from __future__ import annotations

import hashlib
import io

import pytest
from pypdf import PdfReader

from fgc_desktop.domain.canonical_plan import wording_hash
from fgc_desktop.domain.language import Language
from fgc_desktop.domain.network import Attendance
from fgc_desktop.domain.plan import Decision, PlanStatus, SignatureMethod, add_months
from fgc_desktop.domain.progress import StageBlocked, signatories
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import (
    caseload,
    family_plan,
    network,
    plan_agreement,
    referral,
    stages,
)
from fgc_desktop.store import plans


def test_start_plan_sets_the_review_date_by_the_youngest_child(store, stored_at) -> None:
    conference = stored_at(Stage.FAMILY_TIME)
    assert conference.plans == []  # built without the services, so no draft yet
    started = plan_agreement.start_plan(store, conference.id)
    held_on = started.meeting.held_on
    # Zofia is five, so the review is due within six months.
    assert started.plan.review_date == add_months(held_on, 6)


def test_a_plan_is_written_checked_agreed_and_locked(store, stored_at, signing_key) -> None:
    conference = stored_at(Stage.FAMILY_TIME)
    cid = conference.id
    plan_agreement.add_action(
        store, cid, "Taid collects Dafydd on Fridays", who="Rhodri Llewelyn", by_when="2027-01-08"
    )
    stages.move_on(store, cid)
    with pytest.raises(StageBlocked) as blocked:
        plan_agreement.prepare_agreement(store, cid)
    assert blocked.value.missing[:6] == (
        "Write the family's answer to: How will the family make sure the children are safe and "
        "looked after every evening?",
        "Write the family's answer to: Who can the children go to when they are worried?",
        "Say how the plan meets the bottom line: The children must not be left alone overnight",
        "Write the contingency plan: what happens if the plan does not work",
        "Name the plan monitor from the family",
        "Record the referrer's decision as agreed",
    )
    plan_agreement.edit_plan(store, cid, "contingency", "Call the coordinator")
    plan_agreement.edit_plan(store, cid, "plan_monitor", "Siân ap Rhys")
    plan_agreement.set_decision(store, cid, Decision.AGREED)
    _answer_and_meet_bottom_lines(store, cid)
    _sign_everyone(store, cid)
    agreed = plan_agreement.agree_plan(store, cid, signing_key)
    plan = agreed.plan
    assert plan.status is PlanStatus.AGREED and plan.agreed_at
    canonical, pdf = plans.agreed_record(store, plan.id)
    assert hashlib.sha256(canonical.encode()).hexdigest() == plan.content_hash
    _, job = family_plan.plan_pdf_job(store, cid)
    assert job() == pdf  # the exact bytes kept at agreement, every time
    with pytest.raises(StageBlocked, match="agreed and locked"):
        plan_agreement.edit_plan(store, cid, "contingency", "changed later")
    assert stages.move_on(store, cid).stage is Stage.REVIEW


def test_bad_input_is_refused_and_the_store_keeps_the_old_value(store, stored_at) -> None:
    conference = stored_at(Stage.PREPARATION)
    with pytest.raises(ValidationError, match="is not a real date"):
        referral.edit_conference(store, conference.id, "held_on", "31/02/2027")
    assert caseload.load(store, conference.id).meeting.held_on == conference.meeting.held_on


def test_a_draft_plan_pdf_is_rendered_fresh(store, stored_at) -> None:
    conference = stored_at(Stage.PLAN_AGREEMENT)
    _, job = family_plan.plan_pdf_job(store, conference.id)
    assert job().startswith(b"%PDF")


def test_moving_into_family_time_opens_a_draft_plan(store, stored_at) -> None:
    conference = stored_at(Stage.INFORMATION_SHARING)
    mother = next(p for p in conference.people if p.name == "Agnieszka Nowak")
    network.set_attendance(store, conference.id, mother.id, Attendance.PRESENT)
    moved = stages.move_on(store, conference.id)
    assert moved.stage is Stage.FAMILY_TIME
    assert moved.plan is not None and moved.plan.actions == []
    assert moved.plan.review_date == add_months(moved.meeting.held_on, 6)


def _answer_and_meet_bottom_lines(store, cid) -> None:
    conference = caseload.load(store, cid)
    for question in conference.referral.question_list:
        plan_agreement.answer_question(store, cid, question, "Gran is at home every evening")
    for line in conference.bottom_lines:
        plan_agreement.meet_bottom_line(store, cid, line.id, "An adult is always there at night")


def _sign_everyone(store, cid) -> None:
    conference = caseload.load(store, cid)
    for person in signatories(conference):
        plan_agreement.sign(store, cid, person.id, SignatureMethod.SIGNED_ON_PAPER)


def test_signatures_on_screen_keep_their_strokes_and_are_checked(store, stored_at) -> None:
    conference = stored_at(Stage.PLAN_AGREEMENT)
    mother = next(p for p in conference.people if p.name == "Agnieszka Nowak")
    with pytest.raises(ValidationError, match="the signature is empty"):
        plan_agreement.sign(store, conference.id, mother.id, SignatureMethod.SIGNED_ON_SCREEN)
    with pytest.raises(ValidationError, match="say why Agnieszka Nowak declined"):
        plan_agreement.sign(store, conference.id, mother.id, SignatureMethod.DECLINED)
    strokes = [[(0.1, 0.5), (1.0, 0.2), (9.0, -3.0)], [(0.5, 0.5)]]
    signed = plan_agreement.sign(
        store, conference.id, mother.id, SignatureMethod.SIGNED_ON_SCREEN, strokes=strokes
    )
    [signature] = signed.plan.signatures
    # Points outside the box are kept at its edge; a single dot is not a stroke.
    assert signature.strokes == (((0.1, 0.5), (1.0, 0.2), (3.0, 0.0)),)
    assert signature.content_hash == wording_hash(signed, signed.plan)
    again = plan_agreement.sign(
        store, conference.id, mother.id, SignatureMethod.DECLINED, note="Wants time to think"
    )
    assert [s.method for s in again.plan.signatures] == [SignatureMethod.DECLINED]
    removed = plan_agreement.remove_signature(store, conference.id, again.plan.signatures[0].id)
    assert removed.plan.signatures == []


def test_a_new_version_starts_from_the_agreed_one_which_stays(store, stored_at) -> None:
    conference = stored_at(Stage.REVIEW)
    agreed = conference.plan
    with_new = plan_agreement.start_new_version(store, conference.id)
    first, second = with_new.plans
    assert first == agreed
    assert (second.version, second.status, second.signatures) == (2, PlanStatus.DRAFT, [])
    assert [a.what for a in second.actions] == [a.what for a in agreed.actions]
    assert {a.id for a in second.actions}.isdisjoint(a.id for a in agreed.actions)
    plan_agreement.edit_plan(store, conference.id, "contingency", "Meet every month")
    assert caseload.load(store, conference.id).plans[0] == agreed
    with pytest.raises(StageBlocked, match="Only an agreed plan needs a new version"):
        plan_agreement.start_new_version(store, conference.id)


def test_an_edit_while_the_pdf_is_prepared_stops_the_lock(store, stored_at, signing_key) -> None:
    conference = stored_at(Stage.REVIEW)
    plan_agreement.start_new_version(store, conference.id)
    _answer_and_meet_bottom_lines(store, conference.id)
    plan_agreement.set_decision(store, conference.id, Decision.AGREED)
    _sign_everyone(store, conference.id)
    agreement = plan_agreement.prepare_agreement(store, conference.id)
    signed = agreement.render_signed(signing_key)
    draft = caseload.load(store, conference.id).plan
    plan_agreement.edit_action(store, conference.id, draft.actions[0].id, "who", "Someone new")
    with pytest.raises(StageBlocked, match="changed while it was being prepared"):
        plan_agreement.complete_agreement(store, agreement, signed)
    assert not caseload.load(store, conference.id).plan.is_agreed


def test_no_agreement_while_consent_is_withdrawn(store, stored_at) -> None:
    conference = stored_at(Stage.PLAN_AGREEMENT)
    referral.withdraw_consent(store, conference.id, "2026-11-24", "Wants to stop")
    with pytest.raises(StageBlocked, match="withdrew their consent"):
        plan_agreement.prepare_agreement(store, conference.id)


def test_copies_of_an_agreed_plan_show_the_facts_as_agreed(store, stored_at, signing_key) -> None:
    from pypdf import PdfReader

    from fgc_desktop.services import network, plan_copies

    conference = stored_at(Stage.REVIEW)
    cid = conference.id
    plan_agreement.start_new_version(store, cid)
    _answer_and_meet_bottom_lines(store, cid)
    plan_agreement.set_decision(store, cid, Decision.AGREED)
    _sign_everyone(store, cid)
    agreed = plan_agreement.agree_plan(store, cid, signing_key)
    plan_copies.set_distribution(store, cid, [p.id for p in signatories(agreed)])
    zofia = next(p for p in agreed.people if p.name == "Zofia Wójcik")
    network.edit_person(store, cid, zofia.id, "name", "Renamed Later")
    line = agreed.bottom_lines[0]
    network.edit_bottom_line(store, cid, line.id, "text", "A later wording")
    copy = plan_copies.plan_copies(store, cid)[0]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(copy.render())).pages)
    assert "Zofia Wójcik" in text and "Renamed Later" not in text
    assert line.text in text and "A later wording" not in text
    _, job = family_plan.plan_pdf_job(store, cid, large_print=True)
    large = "".join(page.extract_text() for page in PdfReader(io.BytesIO(job())).pages)
    assert "Renamed Later" not in large and "Zofia" in large


def test_a_welsh_plan_is_agreed_in_welsh_and_keeps_its_language(
    store, stored_at, signing_key
) -> None:
    conference = stored_at(Stage.FAMILY_TIME)
    cid = conference.id
    plan_agreement.add_action(
        store,
        cid,
        "Taid yn casglu Dafydd bob dydd Gwener",
        who="Rhodri Llewelyn",
        by_when="2027-01-08",
    )
    stages.move_on(store, cid)
    plan_agreement.edit_plan(store, cid, "contingency", "Ffonio’r cydlynydd")
    plan_agreement.edit_plan(store, cid, "plan_monitor", "Siân ap Rhys")
    plan_agreement.set_decision(store, cid, Decision.AGREED)
    _answer_and_meet_bottom_lines(store, cid)
    _sign_everyone(store, cid)
    # Signed in English, then the coordinator sets the family's language: they sign again.
    referral.set_document_language(store, cid, Language.WELSH)
    with pytest.raises(StageBlocked) as blocked:
        plan_agreement.prepare_agreement(store, cid)
    assert any("signed an earlier wording of the plan" in m for m in blocked.value.missing)
    _sign_everyone(store, cid)
    agreed = plan_agreement.agree_plan(store, cid, signing_key)
    plan = agreed.plan
    canonical, pdf = plans.agreed_record(store, plan.id)
    assert '"language":"cy"' in canonical
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Cynllun teulu" in text and "Cytunwyd ar" in text and "Family plan" not in text

    # Later the conference goes back to English: the agreed version stays Welsh, and so do
    # its large print and copies, laid out again from what was agreed.
    referral.set_document_language(store, cid, Language.ENGLISH)
    assert caseload.load(store, cid).plan.language is Language.WELSH
    _, job = family_plan.plan_pdf_job(store, cid)
    assert job() == pdf
    _, large = family_plan.plan_pdf_job(store, cid, large_print=True)
    large_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(large())).pages)
    assert "Cynllun teulu" in large_text and "Family plan" not in large_text
