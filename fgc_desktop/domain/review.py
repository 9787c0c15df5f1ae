"""Review meetings: how each agreed action is going, what people think, and what happens next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from fgc_desktop.domain.fields import FieldSpec, Kind
from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.domain.plan import Plan, default_review_date
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.validation import format_date
from fgc_desktop.domain.wording import Words

if TYPE_CHECKING:
    from fgc_desktop.domain.conference import Conference


class ActionStatus(StrEnum):
    """Where an agreed action stands when the plan is reviewed."""

    NOT_REVIEWED = "not_reviewed"
    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_DONE = "not_done"
    NO_LONGER_NEEDED = "no_longer_needed"
    CHANGED = "changed"

    @property
    def label(self) -> str:
        """The status as written on screen and on paper."""
        return {
            ActionStatus.NOT_REVIEWED: "Not reviewed yet",
            ActionStatus.DONE: "Done",
            ActionStatus.IN_PROGRESS: "In progress",
            ActionStatus.NOT_DONE: "Not done",
            ActionStatus.NO_LONGER_NEEDED: "No longer needed",
            ActionStatus.CHANGED: "Changed",
        }[self]

    @property
    def is_settled(self) -> bool:
        """True when nobody still has to do the action (it cannot be overdue)."""
        return self in (ActionStatus.DONE, ActionStatus.NO_LONGER_NEEDED)


class ReviewOutcome(StrEnum):
    """How a review meeting ends."""

    PENDING = "pending"
    PLAN_CONTINUES = "plan_continues"
    NEW_VERSION = "new_version"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """The outcome as written on screen and on paper."""
        return {
            ReviewOutcome.PENDING: "Not decided yet",
            ReviewOutcome.PLAN_CONTINUES: "The plan continues unchanged",
            ReviewOutcome.NEW_VERSION: "A new version of the plan",
            ReviewOutcome.CLOSED: "The conference is closed",
        }[self]


class ClosureReason(StrEnum):
    """Why a conference is closed at a review."""

    PLAN_ACHIEVED = "plan_achieved"
    CHILD_SAFE = "child_safe"
    CASE_MOVED = "case_moved"
    FAMILY_WITHDREW = "family_withdrew"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The reason as written on screen and on paper."""
        return {
            ClosureReason.PLAN_ACHIEVED: "The plan was achieved",
            ClosureReason.CHILD_SAFE: "The children are safe; no further plan is needed",
            ClosureReason.CASE_MOVED: "The case moved to another service or area",
            ClosureReason.FAMILY_WITHDREW: "The family withdrew",
            ClosureReason.OTHER: "Another reason (see the note)",
        }[self]


@dataclass
class ActionProgress:
    """How one action of the reviewed plan version is going, in the review's words."""

    action_id: str
    status: ActionStatus = ActionStatus.NOT_REVIEWED
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class ReviewInvitee:
    """Someone invited to a review meeting: when their letter went, and how they took part."""

    person_id: str
    attendance: Attendance = Attendance.NOT_RECORDED
    letter_sent_on: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Review:
    """One review meeting of a conference's agreed plan, from scheduling to its outcome."""

    plan_id: str
    scheduled_on: date | None = None
    starts_at: str = ""
    venue: str = ""
    invitees: list[ReviewInvitee] = field(default_factory=list)
    held_on: date | None = None
    progress: list[ActionProgress] = field(default_factory=list)
    family_view: str = ""
    professionals_view: str = ""
    outcome: ReviewOutcome = ReviewOutcome.PENDING
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    # The draft or agreed version the review led to, when its outcome is a new version.
    new_plan_id: str | None = None
    id: str = field(default_factory=new_id)

    def progress_of(self, action_id: str) -> ActionProgress | None:
        """How one action is going, or None before the review speaks of it."""
        return next((p for p in self.progress if p.action_id == action_id), None)

    def status_of(self, action_id: str) -> ActionStatus:
        """The status the review gave an action (not reviewed until it gives one)."""
        progress = self.progress_of(action_id)
        return progress.status if progress is not None else ActionStatus.NOT_REVIEWED

    def invitee(self, person_id: str) -> ReviewInvitee | None:
        """The invitation of one person, or None when they are not invited."""
        return next((i for i in self.invitees if i.person_id == person_id), None)

    @property
    def attendee_ids(self) -> list[str]:
        """Who took part in the meeting, in the room or by phone or video."""
        return [i.person_id for i in self.invitees if i.attendance.took_part]

    @property
    def is_held(self) -> bool:
        """True once the meeting has a date it took place."""
        return self.held_on is not None

    @property
    def is_decided(self) -> bool:
        """True once the meeting has ended in an outcome; the record is then kept as it is."""
        return self.outcome is not ReviewOutcome.PENDING

    def was_on_time(self, due: date | None) -> bool:
        """True when the review was held on or before the date the plan set for it."""
        return self.held_on is not None and (due is None or self.held_on <= due)


def agreed_plan(conference: Conference) -> Plan | None:
    """The latest agreed plan version: the one a new review looks at."""
    agreed = [plan for plan in conference.plans if plan.is_agreed]
    return max(agreed, key=lambda plan: plan.version, default=None)


def reviewed_plan(conference: Conference, review: Review) -> Plan | None:
    """The plan version a review looks at."""
    return next((plan for plan in conference.plans if plan.id == review.plan_id), None)


def latest_review(conference: Conference) -> Review | None:
    """The most recent review, scheduled or held, or None before the first."""
    return conference.reviews[-1] if conference.reviews else None


def latest_held_review(conference: Conference) -> Review | None:
    """The most recent review that has taken place, else the latest scheduled, else None."""
    held = [review for review in conference.reviews if review.is_held]
    return held[-1] if held else latest_review(conference)


def review_of(conference: Conference, review_id: str) -> Review | None:
    """The review with that id."""
    return next((r for r in conference.reviews if r.id == review_id), None)


def review_that_started(conference: Conference, plan: Plan) -> Review | None:
    """The review whose outcome was this plan version, or None (a first plan, say)."""
    return next((r for r in conference.reviews if r.new_plan_id == plan.id), None)


def review_signatories(conference: Conference, review: Review) -> list[Person]:
    """Who signs a version a review started: all who came but children and interpreters."""
    came = set(review.attendee_ids)
    return [
        person
        for person in conference.people
        if person.id in came and person.role not in {Role.CHILD, Role.INTERPRETER}
    ]


def missing_for_scheduling(conference: Conference) -> list[str]:
    """What stands between the conference and scheduling its next review, in plain words."""
    if conference.stage is Stage.CLOSED:
        return [Words("The conference is closed, so no more reviews are held")]
    if conference.stage is not Stage.REVIEW:
        return [
            Words(
                "Reviews look at an agreed plan: agree the plan, then move the conference on to "
                "Review"
            )
        ]
    plan = agreed_plan(conference)
    if plan is None:
        return [Words("Agree the plan first; a review looks at an agreed plan")]
    latest = latest_review(conference)
    if latest is None:
        return []
    if not latest.is_decided:
        when = latest.held_on or latest.scheduled_on
        return [
            Words("Finish the review of {date} first: choose how it ends", date=format_date(when))
            if when
            else Words("Finish the review in progress first: choose how it ends")
        ]
    if latest.outcome is ReviewOutcome.CLOSED:
        return [Words("The last review closed the conference")]
    if latest.outcome is ReviewOutcome.NEW_VERSION and plan.id != latest.new_plan_id:
        return [
            Words(
                "Sign and agree the new version of the plan on the Plan page first; the next "
                "review looks at it"
            )
        ]
    return []


def missing_for_outcome(
    conference: Conference, review: Review, outcome: ReviewOutcome, today: date
) -> list[str]:
    """What the review still needs before it can end in that outcome."""
    if review.is_decided:
        return [
            Words(
                "This review has already ended: {outcome}",
                outcome=review.outcome.label.lower(),
            )
        ]
    if conference.stage is not Stage.REVIEW:
        return [
            Words("The conference is at {stage}, not Review", stage=Words(conference.stage.label))
        ]
    missing = []
    if review.held_on is None:
        missing.append(Words("Write the date the review was held"))
    elif review.held_on > today:
        missing.append(Words("The review cannot have been held in the future; check the date held"))
    if outcome is ReviewOutcome.CLOSED:
        return missing
    if not review.attendee_ids:
        missing.append(Words("Record who came to the review"))
    missing += _missing_statuses(conference, review, outcome)
    if not review.family_view.strip():
        missing.append(Words("Write the family's view of how the plan is going"))
    if not review.professionals_view.strip():
        missing.append(Words("Write the professionals' view of how the plan is going"))
    return missing


def _missing_statuses(conference: Conference, review: Review, outcome: ReviewOutcome) -> list[str]:
    plan = reviewed_plan(conference, review)
    missing = []
    for number, action in enumerate(plan.actions if plan is not None else [], start=1):
        progress = review.progress_of(action.id)
        status = progress.status if progress is not None else ActionStatus.NOT_REVIEWED
        if status is ActionStatus.NOT_REVIEWED:
            missing.append(Words("Action {number}: say how it is going", number=number))
        elif status is ActionStatus.CHANGED and not (progress and progress.note.strip()):
            missing.append(Words("Action {number}: say in the note how it changed", number=number))
        elif status is ActionStatus.CHANGED and outcome is ReviewOutcome.PLAN_CONTINUES:
            missing.append(
                Words(
                    "Action {number} changed, so the plan does not continue unchanged: choose a "
                    "new version, so the change is written into the plan and signed",
                    number=number,
                )
            )
    return missing


def missing_for_closing(reason: ClosureReason | None, note: str) -> list[str]:
    """What closing at a review needs: a reason, and for "another reason" a note saying it."""
    if reason is None:
        return [Words("Choose why the conference is closing")]
    if reason is ClosureReason.OTHER and not note.strip():
        return [Words("Say in the note why the conference is closing")]
    return []


def closing_reason(review: Review) -> str:
    """The reason kept with the stage move when a review closes the conference."""
    reason = review.closure_reason.label if review.closure_reason else "Closed"
    note = review.closure_note.strip()
    held = f" on {format_date(review.held_on)}" if review.held_on else ""
    return f"Closed at the review{held}: {reason}." + (f" {note}" if note else "")


def missing_for_reopening(conference: Conference, review: Review) -> list[str]:
    """Why a decided review cannot be opened again for changes, if it cannot."""
    if not review.is_decided:
        return [Words("This review has not ended yet")]
    if latest_review(conference) is not review:
        return [Words("Only the latest review can be reopened; later reviews built on this one")]
    if review.outcome is ReviewOutcome.NEW_VERSION:
        return [
            Words(
                "A new version of the plan was started from this review; change it on the Plan page"
            )
        ]
    if review.outcome is ReviewOutcome.CLOSED and conference.stage is Stage.CLOSED:
        return [Words("The conference is closed: go back to Review on the stage bar first")]
    return []


def next_review_date(conference: Conference, today: date) -> date:
    """When the next review is due: the plan's review date while it is still ahead of the last
    review, else 6 or 12 months on (by the youngest child's age) from the last review."""
    plan = agreed_plan(conference)
    held = [review.held_on for review in conference.reviews if review.held_on is not None]
    last = max(held, default=None)
    if plan is not None and plan.review_date and (last is None or plan.review_date > last):
        return plan.review_date
    base = last or conference.meeting.held_on or today
    return default_review_date(base, (child.date_of_birth for child in conference.children))


def default_invitees(conference: Conference) -> list[str]:
    """Who a new review invites: those invited last time, or else the conference's invitees."""
    people = {person.id for person in conference.people}
    latest = latest_review(conference)
    if latest is not None:
        return [i.person_id for i in latest.invitees if i.person_id in people]
    return [person.id for person in conference.invitees]


# What a coordinator types about a review, checked by the same rules as every other form.
REVIEW_FIELDS = {
    spec.key: spec
    for spec in (
        FieldSpec("scheduled_on", "Review date", Kind.DATE),
        FieldSpec("starts_at", "Start time", Kind.TIME),
        FieldSpec("venue", "Venue", Kind.LINE),
        FieldSpec("held_on", "Held on", Kind.DATE),
        FieldSpec("family_view", "The family's view", Kind.TEXT),
        FieldSpec("professionals_view", "The professionals' view", Kind.TEXT),
        FieldSpec("closure_note", "Closing note", Kind.TEXT),
    )
}
ACTION_PROGRESS_FIELDS = {"note": FieldSpec("note", "Note on this action", Kind.TEXT)}
INVITEE_FIELDS = {"letter_sent_on": FieldSpec("letter_sent_on", "Letter sent on", Kind.DATE)}
