"""Reviews for demo conferences: a review held with real-sounding progress, or one that closed.

Only domain records are built here (no PDFs are laid out), so big synthetic caseloads stay fast.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance, Participation
from fgc_desktop.domain.review import (
    ActionProgress,
    ActionStatus,
    ClosureReason,
    Review,
    ReviewInvitee,
    ReviewOutcome,
    agreed_plan,
    closing_reason,
)

# How actions are found at a review, in turn: (status, note).
_PROGRESS = (
    (
        ActionStatus.DONE,
        "Done every week since the conference; the school says the children are on time.",
    ),
    (
        ActionStatus.IN_PROGRESS,
        "Started: 6 of the 10 sessions so far. Carries on as planned until the next review.",
    ),
    (
        ActionStatus.NOT_DONE,
        "Not started yet: the bus pass only came last week. Everyone agreed to try again now.",
    ),
)
_FAMILY_VIEW = (
    "We think the plan is working. The children are happier and nobody is left on their own in "
    "the evenings. Keeping the rota going over the holidays will be hard."
)
_PROFESSIONALS_VIEW = (
    "School reports better attendance and the health visitor has no new worries. We would like "
    "the evening rota to carry on until the next review."
)
_CLOSING_VIEW = (
    "Everything in the plan has happened and the children feel safe. We are ready to carry on "
    "without meetings, and we know who to call."
)
_CLOSING_PROFESSIONALS_VIEW = (
    "School and the health visitor have no worries now. The family's plan has kept the children "
    "safe for months, so we agree the conference can close."
)


def hold_review(conference: Conference) -> None:
    """A review held four weeks after the conference, the plan carrying on, the next one due."""
    review = _held_review(conference, closing=False)
    review.outcome = ReviewOutcome.PLAN_CONTINUES
    conference.reviews.append(review)
    schedule_next(conference, review)


def hold_revising_review(conference: Conference) -> Review:
    """A review held four weeks after the conference that decided on a new plan version.

    The caller agrees the new version and then links it and schedules the next review.
    """
    review = _held_review(conference, closing=False)
    review.outcome = ReviewOutcome.NEW_VERSION
    conference.reviews.append(review)
    return review


def schedule_next(conference: Conference, held: Review) -> None:
    """The next review of the latest agreed plan, on its review date, inviting the same people."""
    plan = agreed_plan(conference)
    assert plan is not None  # a conference at review has an agreed plan
    conference.reviews.append(
        Review(
            plan_id=plan.id,
            scheduled_on=plan.review_date,
            starts_at=held.starts_at,
            venue=held.venue,
            invitees=[ReviewInvitee(invitee.person_id) for invitee in held.invitees],
        )
    )


def close_at_review(conference: Conference) -> str:
    """A review that found the plan achieved and closed the conference; returns the reason."""
    review = _held_review(conference, closing=True)
    review.outcome = ReviewOutcome.CLOSED
    review.closure_reason = ClosureReason.PLAN_ACHIEVED
    review.closure_note = "The children are safe at home and the family's plan has become routine."
    conference.reviews.append(review)
    return closing_reason(review)


def _held_review(conference: Conference, *, closing: bool) -> Review:
    plan = agreed_plan(conference)
    assert plan is not None  # a conference at review has an agreed plan
    held_on = (conference.meeting.held_on or date.today()) + timedelta(days=27)
    progress = [
        ActionProgress(action.id, *_PROGRESS[0 if closing else number % len(_PROGRESS)])
        for number, action in enumerate(plan.actions)
    ]
    if closing:
        progress = [
            replace(p, note="Done, and still happening without anyone asking.") for p in progress
        ]
    return Review(
        plan_id=plan.id,
        scheduled_on=held_on,
        starts_at="16:00",
        venue=conference.meeting.venue,
        invitees=[_came(conference, person_id, held_on) for person_id in _invited(conference)],
        held_on=held_on,
        progress=progress,
        family_view=_CLOSING_VIEW if closing else _FAMILY_VIEW,
        professionals_view=_CLOSING_PROFESSIONALS_VIEW if closing else _PROFESSIONALS_VIEW,
    )


def _invited(conference: Conference) -> list[str]:
    return [person.id for person in conference.invitees]


def _came(conference: Conference, person_id: str, held_on: date) -> ReviewInvitee:
    person = conference.person(person_id)
    by_phone = person is not None and person.participation is Participation.PHONE
    return ReviewInvitee(
        person_id,
        Attendance.PHONE_OR_VIDEO if by_phone else Attendance.PRESENT,
        letter_sent_on=held_on - timedelta(days=14),
    )
