"""Reviewing a plan through the services: scheduling, progress, outcomes, and what is stored."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from fgc_desktop.domain.network import Attendance, Role
from fgc_desktop.domain.plan import PlanStatus
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.review import ActionStatus, ClosureReason, ReviewOutcome
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import ValidationError
from fgc_desktop.services import (
    caseload,
    exchange,
    invitations,
    network,
    plan_agreement,
    review,
    stages,
)
from fgc_desktop.store import audit

TODAY = date(2026, 11, 24)


def _at_review_with_new_review(store, stored_at):
    """A conference at review whose upcoming review has just been closed as continuing."""
    conference = stored_at(Stage.REVIEW)
    upcoming = conference.reviews[-1]
    store.db["reviews"].update(
        upcoming.id, {"held_on": "2026-11-22", "outcome": ReviewOutcome.PLAN_CONTINUES.value}
    )
    scheduled = review.schedule_review(store, conference.id, today=TODAY)
    return scheduled, scheduled.reviews[-1]


def _ready(store, conference, rev, status=ActionStatus.DONE):
    """Fill in what any outcome needs: held, who came, every status, both views."""
    cid = conference.id
    review.edit_review(store, cid, rev.id, "held_on", "2026-11-23", today=TODAY)
    review.set_attendance(store, cid, rev.id, rev.invitees[0].person_id, Attendance.PRESENT)
    for action in conference.plan.actions:
        review.set_action_status(store, cid, rev.id, action.id, status)
    review.edit_review(store, cid, rev.id, "family_view", "We are proud of the children")
    return review.edit_review(store, cid, rev.id, "professionals_view", "School is happy")


def test_scheduling_fills_the_review_in_from_the_plan_and_the_last_review(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    held = conference.reviews[0]
    assert len(conference.reviews) == 3
    assert rev.plan_id == conference.plan.id
    assert (rev.starts_at, rev.venue) == (held.starts_at, held.venue)
    assert [i.person_id for i in rev.invitees] == [i.person_id for i in held.invitees]
    assert all(i.attendance is Attendance.NOT_RECORDED for i in rev.invitees)
    # The plan's review date is still ahead of the last review.
    assert rev.scheduled_on == conference.plan.review_date == date(2027, 4, 25)
    with pytest.raises(StageBlocked, match="choose how it ends"):
        review.schedule_review(store, conference.id, today=TODAY)


def test_a_review_cannot_be_scheduled_before_the_review_stage(store, stored_at):
    conference = stored_at(Stage.PLAN_AGREEMENT)
    with pytest.raises(StageBlocked, match="move the conference on to Review"):
        review.schedule_review(store, conference.id)
    assert caseload.load(store, conference.id).reviews == []


def test_fields_are_checked_and_what_is_refused_is_not_stored(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    cid = conference.id
    updated = review.edit_review(store, cid, rev.id, "starts_at", "4.30", today=TODAY)
    assert updated.reviews[-1].starts_at == "04:30"
    with pytest.raises(ValidationError, match="not a real date"):
        review.edit_review(store, cid, rev.id, "scheduled_on", "31/02/2027")
    with pytest.raises(ValidationError, match="still to come"):
        review.edit_review(store, cid, rev.id, "held_on", "2026-12-01", today=TODAY)
    with pytest.raises(ValidationError, match="before version 1 of the plan was agreed"):
        review.edit_review(store, cid, rev.id, "held_on", "2026-01-05", today=TODAY)
    with pytest.raises(ValidationError, match=r"before the last review \(2026-11-22\)"):
        review.edit_review(store, cid, rev.id, "held_on", "2026-11-21", today=TODAY)
    long_view = "Mae'r teulu'n gweithio'n galed. " * 700
    with pytest.raises(ValidationError, match="the most it can hold is 20,000"):
        review.edit_review(store, cid, rev.id, "family_view", long_view)
    stored = caseload.load(store, cid).reviews[-1]
    assert (stored.scheduled_on, stored.held_on, stored.family_view) == (rev.scheduled_on, None, "")


def test_invitations_attendance_and_letters_are_kept_per_person(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    cid = conference.id
    child = conference.children[0]
    added = review.set_invited(store, cid, rev.id, child.id, True)
    assert added.reviews[-1].invitee(child.id) is not None
    review.set_attendance(store, cid, rev.id, child.id, Attendance.VIEWS_SENT)
    sent = review.record_letter_sent(store, cid, rev.id, child.id, "10/11/2026")
    invitee = sent.reviews[-1].invitee(child.id)
    assert (invitee.attendance, invitee.letter_sent_on) == (
        Attendance.VIEWS_SENT,
        date(2026, 11, 10),
    )
    removed = review.set_invited(store, cid, rev.id, child.id, False)
    assert removed.reviews[-1].invitee(child.id) is None
    with pytest.raises(ValidationError, match="invite them to the review first"):
        review.set_attendance(store, cid, rev.id, child.id, Attendance.PRESENT)


def test_statuses_and_notes_are_kept_for_the_reviewed_actions_only(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    cid, action = conference.id, conference.plan.actions[0]
    review.set_action_status(store, cid, rev.id, action.id, ActionStatus.NOT_DONE)
    note = "لم يبدأ بعد: the bus pass came late"
    updated = review.edit_action_note(store, cid, rev.id, action.id, note)
    progress = updated.reviews[-1].progress_of(action.id)
    assert (progress.status, progress.note) == (ActionStatus.NOT_DONE, note)
    assert len(updated.reviews[-1].progress) == 1  # the note went on the same record
    with pytest.raises(ValidationError, match="not in the version being reviewed"):
        review.set_action_status(store, cid, rev.id, "another-plans-action", ActionStatus.DONE)
    # The statistics read these columns: the status as its code, the date held as ISO text.
    row = store.db.execute(
        "SELECT status FROM action_progress WHERE review_id = ?", [rev.id]
    ).fetchone()
    assert row[0] == "not_done"


def test_the_plan_continues_and_the_review_is_kept_as_it_was(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    with pytest.raises(StageBlocked, match="Write the date the review was held"):
        review.continue_plan(store, conference.id, rev.id, today=TODAY)
    _ready(store, conference, rev)
    ended = review.continue_plan(store, conference.id, rev.id, today=TODAY)
    assert ended.reviews[-1].outcome is ReviewOutcome.PLAN_CONTINUES
    row = store.db.execute("SELECT held_on, outcome FROM reviews WHERE id = ?", [rev.id])
    assert row.fetchone() == ("2026-11-23", "plan_continues")
    with pytest.raises(StageBlocked, match="reopen it to change it"):
        review.edit_review(store, conference.id, rev.id, "family_view", "Changed later")
    reopened = review.reopen_review(store, conference.id, rev.id)
    assert reopened.reviews[-1].outcome is ReviewOutcome.PENDING
    assert reopened.reviews[-1].family_view == "We are proud of the children"


def test_a_new_version_is_a_draft_copy_due_for_review_after_this_one(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    _ready(store, conference, rev, ActionStatus.CHANGED)
    with pytest.raises(StageBlocked, match="say in the note how it changed"):
        review.start_new_version(store, conference.id, rev.id, today=TODAY)
    action = conference.plan.actions[0]
    review.edit_action_note(store, conference.id, rev.id, action.id, "Paweł drives them now")
    with pytest.raises(StageBlocked, match="choose a new version"):
        review.continue_plan(store, conference.id, rev.id, today=TODAY)
    result = review.start_new_version(store, conference.id, rev.id, today=TODAY)
    first, second = result.plans
    assert first.is_agreed and second.status is PlanStatus.DRAFT and second.version == 2
    assert result.reviews[-1].outcome is ReviewOutcome.NEW_VERSION
    assert result.reviews[-1].new_plan_id == second.id
    assert second.review_date == date(2027, 5, 23)  # six months after the review
    assert [a.what for a in second.actions] == [a.what for a in first.actions]
    with pytest.raises(StageBlocked, match="change it on the Plan page"):
        review.reopen_review(store, conference.id, rev.id)
    with pytest.raises(StageBlocked, match="Sign and agree the new version"):
        review.schedule_review(store, conference.id)


def test_a_draft_already_started_on_the_plan_page_becomes_the_new_version(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    _ready(store, conference, rev)
    plan_agreement.start_new_version(store, conference.id)
    result = review.start_new_version(store, conference.id, rev.id, today=TODAY)
    assert [p.version for p in result.plans] == [1, 2]
    assert result.reviews[-1].new_plan_id == result.plans[1].id
    assert result.plans[1].review_date == date(2027, 5, 23)


def test_closing_moves_the_conference_to_closed_with_the_reason_kept(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    cid = conference.id
    review.edit_review(store, cid, rev.id, "held_on", "2026-11-23", today=TODAY)
    with pytest.raises(StageBlocked, match="Say in the note why"):
        review.close_conference(store, cid, rev.id, ClosureReason.OTHER, " ", today=TODAY)
    closed = review.close_conference(
        store, cid, rev.id, ClosureReason.FAMILY_WITHDREW, "They moved abroad", today=TODAY
    )
    assert closed.stage is Stage.CLOSED
    assert closed.stage_moves[-1].reason == (
        "Closed at the review on 2026-11-23: The family withdrew. They moved abroad"
    )
    stored = closed.reviews[-1]
    assert (stored.outcome, stored.closure_reason, stored.closure_note) == (
        ReviewOutcome.CLOSED,
        ClosureReason.FAMILY_WITHDREW,
        "They moved abroad",
    )
    with pytest.raises(StageBlocked, match="go back to Review"):
        review.reopen_review(store, cid, rev.id)
    stages.go_back(store, cid, "Closed by mistake")
    assert review.reopen_review(store, cid, rev.id).reviews[-1].closure_reason is None


def test_a_refused_stage_move_leaves_the_review_undecided(store, stored_at, monkeypatch):
    conference, rev = _at_review_with_new_review(store, stored_at)
    review.edit_review(store, conference.id, rev.id, "held_on", "2026-11-23", today=TODAY)

    def refused(*_args, **_kwargs):
        raise StageBlocked(["Something else is missing"])

    monkeypatch.setattr(stages, "move_on", refused)
    with pytest.raises(StageBlocked, match="Something else"):
        review.close_conference(
            store, conference.id, rev.id, ClosureReason.PLAN_ACHIEVED, today=TODAY
        )
    after = caseload.load(store, conference.id)
    assert after.stage is Stage.REVIEW and after.reviews[-1].outcome is ReviewOutcome.PENDING


def test_removing_an_invitee_takes_their_invitations_and_says_so_first(store, stored_at):
    conference = stored_at(Stage.REVIEW)
    upcoming = conference.reviews[-1]
    added = network.add_person(store, conference.id, "Ewa Kowalska", Role.FRIEND)
    ewa = next(p for p in added.people if p.name == "Ewa Kowalska")
    review.set_invited(store, conference.id, upcoming.id, ewa.id, True)
    places = network.places_mentioning(store, conference.id, ewa.id)
    assert places == [f"invited to the review ({upcoming.scheduled_on.isoformat()})"]
    after = network.remove_person(store, conference.id, ewa.id)
    assert all(r.invitee(ewa.id) is None for r in after.reviews)
    assert len(after.reviews[-1].invitees) == len(upcoming.invitees)
    assert any(
        entry.entity == "review_invitees" and entry.change == "delete"
        for entry in audit.history(store.db, conference.id)
    )


def test_review_letters_go_to_the_invitees_only(store, stored_at):
    conference, rev = _at_review_with_new_review(store, stored_at)
    invited = {i.person_id for i in rev.invitees}
    run = invitations.review_invitation_run(store, conference.id, rev.id)
    assert {p.id for p in run.invitees} == invited and run.review == rev
    assert "Your name and phone number are not set" in " ".join(run.warnings)
    pdf = run.batch()
    assert pdf.startswith(b"%PDF")


def test_the_record_job_names_the_latest_held_review_or_says_there_is_none(store, stored_at):
    early = stored_at(Stage.PLAN_AGREEMENT)
    with pytest.raises(StageBlocked, match=review.NO_REVIEW):
        review.review_record_job(store, early.id)
    conference = stored_at(Stage.REVIEW)
    held, upcoming = conference.reviews
    _, latest, make = review.review_record_job(store, conference.id)
    assert latest == held
    assert make().startswith(b"%PDF")
    assert review.review_record_job(store, conference.id, upcoming.id)[1] == upcoming


def test_reviews_travel_in_the_exchange_file_and_bad_links_are_named(store, stored_at, tmp_path):
    conference, rev = _at_review_with_new_review(store, stored_at)
    _ready(store, conference, rev)
    data = exchange.export_conference(store, conference.reference)
    assert [r["outcome"] for r in data["conference"]["reviews"]] == [
        "plan_continues",
        "plan_continues",
        "pending",
    ]
    from fgc_desktop.store.connection import open_store

    other = open_store(tmp_path / "other.sqlite")
    try:
        exchange.import_conference(other, copy.deepcopy(data))
        assert caseload.load(other, conference.id) == caseload.load(store, conference.id)
    finally:
        other.close()
    broken = copy.deepcopy(data)
    reviewed = broken["conference"]["reviews"][-1]
    reviewed["progress"][0]["action_id"] = "no-such-action"
    reviewed["invitees"][0]["person_id"] = "nobody"
    reviewed["held_on"] = "2026-02-30"
    reviewed["outcome"] = "maybe"
    with pytest.raises(exchange.ExchangeError) as refused:
        exchange.import_conference(store, broken)
    problems = "\n".join(refused.value.problems)
    assert "conference.reviews[2].held_on: “2026-02-30” is not a real date." in problems
    assert "conference.reviews[2].outcome: “maybe” is not one of" in problems
    assert (
        "conference.reviews[2].progress[0].action_id: the reviewed plan has no action" in problems
    )
    assert "conference.reviews[2].invitees[0].person_id: no one in conference.people" in problems
