"""The rules of a review: when one can be scheduled, what each outcome needs, who signs after."""

from __future__ import annotations

from datetime import date

from fgc_desktop.domain.network import Attendance, Role
from fgc_desktop.domain.plan import next_version
from fgc_desktop.domain.progress import missing_for_agreement, readiness, signatories
from fgc_desktop.domain.references import references_to
from fgc_desktop.domain.review import (
    ActionProgress,
    ActionStatus,
    ClosureReason,
    Review,
    ReviewInvitee,
    ReviewOutcome,
    agreed_plan,
    closing_reason,
    default_invitees,
    missing_for_closing,
    missing_for_outcome,
    missing_for_reopening,
    missing_for_scheduling,
    next_review_date,
)
from fgc_desktop.domain.stage import Stage

TODAY = date(2026, 11, 24)


def _fresh_review(conference) -> Review:
    """The conference at review with only a new, empty review of its agreed plan."""
    plan = agreed_plan(conference)
    conference.reviews = [Review(plan_id=plan.id, invitees=[])]
    return conference.reviews[0]


def test_a_review_needs_the_review_stage_and_an_agreed_plan(conference_at) -> None:
    early = conference_at(Stage.PLAN_AGREEMENT)
    assert "move the conference on to Review" in missing_for_scheduling(early)[0]
    closed = conference_at(Stage.CLOSED)
    assert missing_for_scheduling(closed) == [
        "The conference is closed, so no more reviews are held"
    ]
    at_review = conference_at(Stage.REVIEW)
    at_review.reviews = []
    assert missing_for_scheduling(at_review) == []


def test_the_next_review_waits_for_the_last_one_to_end(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    held, upcoming = conference.reviews
    assert held.outcome is ReviewOutcome.PLAN_CONTINUES and not upcoming.is_decided
    assert "choose how it ends" in missing_for_scheduling(conference)[0]
    upcoming.outcome = ReviewOutcome.PLAN_CONTINUES
    assert missing_for_scheduling(conference) == []


def test_after_a_new_version_the_next_review_waits_for_its_agreement(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    review = conference.reviews[-1]
    draft = next_version(conference.plan)
    conference.plans.append(draft)
    review.outcome, review.new_plan_id = ReviewOutcome.NEW_VERSION, draft.id
    assert "Sign and agree the new version" in missing_for_scheduling(conference)[0]
    draft.status = draft.status.AGREED
    assert missing_for_scheduling(conference) == []
    assert agreed_plan(conference) is draft


def test_an_outcome_needs_the_date_held_who_came_every_status_and_both_views(
    conference_at,
) -> None:
    conference = conference_at(Stage.REVIEW)
    review = _fresh_review(conference)
    missing = missing_for_outcome(conference, review, ReviewOutcome.PLAN_CONTINUES, TODAY)
    assert missing == [
        "Write the date the review was held",
        "Record who came to the review",
        "Action 1: say how it is going",
        "Write the family's view of how the plan is going",
        "Write the professionals' view of how the plan is going",
    ]
    action = conference.plan.actions[0]
    review.held_on = date(2026, 11, 20)
    review.invitees = [ReviewInvitee(conference.people[2].id, Attendance.PRESENT)]
    review.progress = [ActionProgress(action.id, ActionStatus.IN_PROGRESS)]
    review.family_view, review.professionals_view = "Going well", "Agreed"
    assert missing_for_outcome(conference, review, ReviewOutcome.PLAN_CONTINUES, TODAY) == []
    review.held_on = date(2026, 12, 1)
    assert "future" in missing_for_outcome(conference, review, ReviewOutcome.NEW_VERSION, TODAY)[0]


def test_a_changed_action_needs_a_note_and_a_new_version(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    review = conference.reviews[-1]
    review.held_on = date(2026, 11, 20)
    review.invitees = [ReviewInvitee(conference.people[2].id, Attendance.PRESENT)]
    review.family_view = review.professionals_view = "Some words"
    action = conference.plan.actions[0]
    review.progress = [ActionProgress(action.id, ActionStatus.CHANGED)]
    assert missing_for_outcome(conference, review, ReviewOutcome.NEW_VERSION, TODAY) == [
        "Action 1: say in the note how it changed"
    ]
    review.progress[0].note = "Gran walks them now; Agnieszka works mornings"
    assert missing_for_outcome(conference, review, ReviewOutcome.NEW_VERSION, TODAY) == []
    continuing = missing_for_outcome(conference, review, ReviewOutcome.PLAN_CONTINUES, TODAY)
    assert len(continuing) == 1 and "choose a new version" in continuing[0]


def test_closing_needs_the_date_held_and_a_reason(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    review = _fresh_review(conference)
    assert missing_for_outcome(conference, review, ReviewOutcome.CLOSED, TODAY) == [
        "Write the date the review was held"
    ]
    assert missing_for_closing(None, "") == ["Choose why the conference is closing"]
    assert missing_for_closing(ClosureReason.OTHER, "  ") == [
        "Say in the note why the conference is closing"
    ]
    assert missing_for_closing(ClosureReason.CASE_MOVED, "") == []
    review.held_on = date(2026, 11, 20)
    review.closure_reason, review.closure_note = ClosureReason.CASE_MOVED, "Moved to Leeds"
    assert closing_reason(review) == (
        "Closed at the review on 2026-11-20: The case moved to another service or area. "
        "Moved to Leeds"
    )


def test_a_family_who_withdrew_can_still_be_closed(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    conference.consent.withdrawn_on = date(2026, 11, 1)
    assert readiness(conference).ready and readiness(conference).target is Stage.CLOSED
    earlier = conference_at(Stage.PREPARATION)
    earlier.consent.withdrawn_on = date(2026, 11, 1)
    assert not readiness(earlier).ready


def test_only_the_latest_review_reopens_and_not_after_a_new_version(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    held, upcoming = conference.reviews
    assert "Only the latest review" in missing_for_reopening(conference, held)[0]
    assert missing_for_reopening(conference, upcoming) == ["This review has not ended yet"]
    upcoming.outcome = ReviewOutcome.PLAN_CONTINUES
    assert missing_for_reopening(conference, upcoming) == []
    upcoming.outcome = ReviewOutcome.NEW_VERSION
    assert "change it on the Plan page" in missing_for_reopening(conference, upcoming)[0]
    upcoming.outcome = ReviewOutcome.CLOSED
    conference.stage = Stage.CLOSED
    assert "go back to Review" in missing_for_reopening(conference, upcoming)[0]


def test_the_next_review_date_follows_the_plan_then_the_childrens_ages(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    plan = conference.plan
    conference.reviews = []
    assert next_review_date(conference, TODAY) == plan.review_date
    # Held after the plan's date: six months on, as the youngest (Zofia, born 2021) is under 7.
    conference.reviews = [Review(plan.id, held_on=plan.review_date)]
    assert next_review_date(conference, TODAY) == date(
        plan.review_date.year + (plan.review_date.month + 6 - 1) // 12,
        (plan.review_date.month + 6 - 1) % 12 + 1,
        plan.review_date.day,
    )


def test_a_new_review_invites_who_was_invited_last_time(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    last = conference.reviews[-1]
    kept = last.invitees[0].person_id
    last.invitees = [ReviewInvitee(kept), ReviewInvitee("someone-removed")]
    assert default_invitees(conference) == [kept]
    conference.reviews = []
    assert default_invitees(conference) == [p.id for p in conference.invitees]


def test_a_version_from_a_review_is_signed_by_who_came_to_the_review(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    review = conference.reviews[-1]
    grandmother = next(p for p in conference.people if p.role is Role.GRANDPARENT)
    child = conference.children[0]
    review.invitees = [
        ReviewInvitee(grandmother.id, Attendance.PRESENT),
        ReviewInvitee(child.id, Attendance.PRESENT),
        ReviewInvitee(conference.people[2].id, Attendance.ABSENT),
    ]
    review.held_on = date(2026, 11, 20)
    draft = next_version(conference.plan)
    conference.plans.append(draft)
    review.outcome, review.new_plan_id = ReviewOutcome.NEW_VERSION, draft.id
    assert signatories(conference) == [grandmother]
    # The first version is still signed by those who were at the conference.
    assert grandmother in signatories(conference, conference.plans[0])
    assert len(signatories(conference, conference.plans[0])) > 1
    draft.review_date = date(2026, 11, 20)
    assert "Set a review date after this review" in missing_for_agreement(conference)


def test_being_invited_to_a_review_is_a_mention(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    held, upcoming = conference.reviews
    person = held.invitees[0].person_id
    places = references_to(conference, person)
    assert f"came to the review ({held.held_on.isoformat()})" in places
    assert f"invited to the review ({upcoming.scheduled_on.isoformat()})" in places


def test_a_held_review_that_has_not_ended_keeps_the_stage_bar_from_closing(conference_at) -> None:
    conference = conference_at(Stage.REVIEW)
    upcoming = conference.reviews[-1]
    assert readiness(conference).ready  # only scheduled: the family may still withdraw first
    upcoming.held_on = date(2026, 11, 23)
    assert (
        "has not ended: choose how it ends on the Review page" in readiness(conference).missing[0]
    )
    upcoming.outcome = ReviewOutcome.CLOSED
    assert readiness(conference).ready
