"""Reviewing an agreed plan: scheduling the meeting, how each action is going, and its outcome.

Every edit is stored as it is made. A review that has ended is kept as it was; the latest one can
be reopened while nothing has been built on it yet.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.network import Attendance
from fgc_desktop.domain.plan import default_review_date
from fgc_desktop.domain.progress import StageBlocked
from fgc_desktop.domain.review import (
    ACTION_PROGRESS_FIELDS,
    INVITEE_FIELDS,
    REVIEW_FIELDS,
    ActionStatus,
    ClosureReason,
    Review,
    ReviewInvitee,
    ReviewOutcome,
    agreed_plan,
    closing_reason,
    default_invitees,
    latest_held_review,
    latest_review,
    missing_for_closing,
    missing_for_outcome,
    missing_for_reopening,
    missing_for_scheduling,
    next_review_date,
    review_of,
    reviewed_plan,
)
from fgc_desktop.domain.validation import ValidationError, format_date
from fgc_desktop.domain.wording import Words
from fgc_desktop.services import plan_agreement, stages
from fgc_desktop.store import conferences, plans, reviews
from fgc_desktop.store.connection import Store

NO_REVIEW = Words("no review has been scheduled for this conference yet")


def schedule_review(store: Store, conference_id: str, *, today: date | None = None) -> Conference:
    """Schedule the next review of the latest agreed plan, filled in from what came before."""
    conference = conferences.load_conference(store, conference_id)
    missing = missing_for_scheduling(conference)
    plan = agreed_plan(conference)
    if missing or plan is None:
        raise StageBlocked(missing)
    before = latest_review(conference)
    review = Review(
        plan_id=plan.id,
        scheduled_on=next_review_date(conference, today or date.today()),
        starts_at=before.starts_at if before else conference.meeting.starts_at,
        venue=before.venue if before else conference.meeting.venue,
        invitees=[ReviewInvitee(person_id) for person_id in default_invitees(conference)],
    )
    reviews.add_review(store, conference_id, review)
    return conferences.load_conference(store, conference_id)


def edit_review(
    store: Store,
    conference_id: str,
    review_id: str,
    key: str,
    raw: object,
    *,
    today: date | None = None,
) -> Conference:
    """Check and store one field of a review still in progress (a key of REVIEW_FIELDS)."""
    conference, review = _open_review(store, conference_id, review_id)
    value = REVIEW_FIELDS[key].clean(raw)
    if key == "held_on" and isinstance(value, date):
        _check_held_on(conference, review, value, today or date.today())
    reviews.update_review(store, review.id, {key: value})
    return conferences.load_conference(store, conference_id)


def _check_held_on(conference: Conference, review: Review, held_on: date, today: date) -> None:
    label = REVIEW_FIELDS["held_on"].label
    if held_on > today:
        raise ValidationError(
            label,
            Words(
                "{held_on} is still to come; write the day the review took place",
                held_on=format_date(held_on),
            ),
        )
    plan = reviewed_plan(conference, review)
    agreed_on = _date_of(plan.agreed_at) if plan is not None else None
    if plan is not None and agreed_on is not None and held_on < agreed_on:
        raise ValidationError(
            label,
            Words(
                "{held_on} is before version {version} of the plan was agreed ({agreed_on})",
                held_on=format_date(held_on),
                version=plan.version,
                agreed_on=format_date(agreed_on),
            ),
        )
    earlier = [
        r.held_on
        for r in conference.reviews[: conference.reviews.index(review)]
        if r.held_on is not None
    ]
    if earlier and held_on < max(earlier):
        raise ValidationError(
            label,
            Words(
                "{held_on} is before the last review ({last_review})",
                held_on=format_date(held_on),
                last_review=format_date(max(earlier)),
            ),
        )


def set_invited(
    store: Store, conference_id: str, review_id: str, person_id: str, invited: bool
) -> Conference:
    """Invite someone from the network to the review, or take the invitation back."""
    conference, review = _open_review(store, conference_id, review_id)
    if conference.person(person_id) is None:
        raise ValidationError("Invite", Words("that person is no longer in the network"))
    invitee = review.invitee(person_id)
    if invited and invitee is None:
        reviews.add_invitee(store, review.id, ReviewInvitee(person_id))
    elif not invited and invitee is not None:
        reviews.remove_invitee(store, invitee.id)
    return conferences.load_conference(store, conference_id)


def set_attendance(
    store: Store, conference_id: str, review_id: str, person_id: str, attendance: Attendance
) -> Conference:
    """Record how someone invited took part in the review."""
    invitee = _invitee(store, conference_id, review_id, person_id)
    reviews.update_invitee(store, invitee.id, {"attendance": Attendance(attendance)})
    return conferences.load_conference(store, conference_id)


def record_letter_sent(
    store: Store, conference_id: str, review_id: str, person_id: str, raw: object
) -> Conference:
    """Keep the day someone's review invitation went out (empty: not sent after all)."""
    invitee = _invitee(store, conference_id, review_id, person_id)
    sent_on = INVITEE_FIELDS["letter_sent_on"].clean(raw)
    reviews.update_invitee(store, invitee.id, {"letter_sent_on": sent_on})
    return conferences.load_conference(store, conference_id)


def set_action_status(
    store: Store, conference_id: str, review_id: str, action_id: str, status: ActionStatus
) -> Conference:
    """Say how one action of the reviewed version is going."""
    _, review = _open_review(store, conference_id, review_id, action_id=action_id)
    reviews.set_progress(store, review.id, action_id, {"status": ActionStatus(status)})
    return conferences.load_conference(store, conference_id)


def edit_action_note(
    store: Store, conference_id: str, review_id: str, action_id: str, raw: object
) -> Conference:
    """Keep the review's note on one action: what was done, what got in the way."""
    _, review = _open_review(store, conference_id, review_id, action_id=action_id)
    note = ACTION_PROGRESS_FIELDS["note"].clean(raw)
    reviews.set_progress(store, review.id, action_id, {"note": note})
    return conferences.load_conference(store, conference_id)


def continue_plan(
    store: Store, conference_id: str, review_id: str, *, today: date | None = None
) -> Conference:
    """End the review with the plan carrying on unchanged."""
    conference, review = _open_review(store, conference_id, review_id)
    _check_outcome(conference, review, ReviewOutcome.PLAN_CONTINUES, today)
    reviews.update_review(store, review.id, {"outcome": ReviewOutcome.PLAN_CONTINUES})
    return conferences.load_conference(store, conference_id)


def start_new_version(
    store: Store, conference_id: str, review_id: str, *, today: date | None = None
) -> Conference:
    """End the review with a new plan version: a draft copy to change, sign and agree again.

    The draft's review date starts 6 or 12 months after this review, by the children's ages.
    """
    conference, review = _open_review(store, conference_id, review_id)
    _check_outcome(conference, review, ReviewOutcome.NEW_VERSION, today)
    assert review.held_on is not None  # checked with the outcome
    with store.writing():
        after = _draft_for(store, conference, review)
        draft = after.plan
        assert draft is not None  # start_new_version always leaves the new draft
        due = default_review_date(review.held_on, (c.date_of_birth for c in after.children))
        plans.update_plan(store, draft.id, {"review_date": due})
        changes = {"outcome": ReviewOutcome.NEW_VERSION, "new_plan_id": draft.id}
        reviews.update_review(store, review.id, changes)
    return conferences.load_conference(store, conference_id)


def _draft_for(store: Store, conference: Conference, review: Review) -> Conference:
    """A new draft of the reviewed plan, or the draft already started on the Plan page."""
    latest, reviewed = conference.plan, reviewed_plan(conference, review)
    started_already = (
        latest is not None
        and reviewed is not None
        and not latest.is_agreed
        and latest.version > reviewed.version
        and not any(r.new_plan_id == latest.id for r in conference.reviews)
    )
    if started_already:
        return conference
    return plan_agreement.start_new_version(store, conference.id)


def close_conference(
    store: Store,
    conference_id: str,
    review_id: str,
    reason: ClosureReason | None,
    note: object = "",
    *,
    today: date | None = None,
) -> Conference:
    """End the review by closing the conference, through the stage service with the reason."""
    conference, review = _open_review(store, conference_id, review_id)
    text = str(REVIEW_FIELDS["closure_note"].clean(note))
    chosen = ClosureReason(reason) if reason is not None else None
    missing = missing_for_closing(chosen, text)
    missing += missing_for_outcome(conference, review, ReviewOutcome.CLOSED, today or date.today())
    if missing:
        raise StageBlocked(missing)
    review.outcome, review.closure_reason, review.closure_note = (
        ReviewOutcome.CLOSED,
        chosen,
        text,
    )
    changes = {"outcome": review.outcome, "closure_reason": chosen, "closure_note": text}
    # Both or neither: a review that says "closed" on a conference still open would mislead.
    with store.writing():
        reviews.update_review(store, review.id, changes)
        return stages.move_on(store, conference_id, closing_reason(review))


def reopen_review(store: Store, conference_id: str, review_id: str) -> Conference:
    """Open the latest review again for changes, when nothing has been built on its outcome."""
    conference = conferences.load_conference(store, conference_id)
    review = _review(conference, review_id)
    missing = missing_for_reopening(conference, review)
    if missing:
        raise StageBlocked(missing)
    changes = {"outcome": ReviewOutcome.PENDING, "closure_reason": None, "closure_note": ""}
    reviews.update_review(store, review.id, changes)
    return conferences.load_conference(store, conference_id)


def review_record_job(
    store: Store, conference_id: str, review_id: str | None = None
) -> tuple[Conference, Review, Callable[[], bytes]]:
    """The conference, a review (by default the latest held) and a function laying out its record.

    The function is slow, so the UI runs it off the GUI thread.
    """
    conference = conferences.load_conference(store, conference_id)
    review = review_of(conference, review_id) if review_id else latest_held_review(conference)
    if review is None:
        raise StageBlocked([NO_REVIEW])
    return conference, review, partial(render_review_record, conference, review)


def render_review_record(conference: Conference, review: Review) -> bytes:
    """Lay out a review record as PDF bytes (reportlab is imported only when first needed)."""
    from fgc_desktop.documents.review_record import render_review_record as render

    return render(conference, review)


def _open_review(
    store: Store, conference_id: str, review_id: str, *, action_id: str | None = None
) -> tuple[Conference, Review]:
    """The conference and one of its reviews that can still change, or a plain refusal."""
    conference = conferences.load_conference(store, conference_id)
    review = _review(conference, review_id)
    if review.is_decided:
        raise StageBlocked(
            [
                Words(
                    "This review has ended ({outcome}) and is kept as it was; "
                    "reopen it to change it",
                    outcome=review.outcome.label.lower(),
                )
            ]
        )
    if action_id is not None:
        plan = reviewed_plan(conference, review)
        if plan is None or all(action.id != action_id for action in plan.actions):
            raise ValidationError(
                "Action", Words("that action is not in the version being reviewed")
            )
    return conference, review


def _review(conference: Conference, review_id: str) -> Review:
    review = review_of(conference, review_id)
    if review is None:
        raise ValidationError("Review", Words("that review is no longer in the store"))
    return review


def _invitee(store: Store, conference_id: str, review_id: str, person_id: str) -> ReviewInvitee:
    _, review = _open_review(store, conference_id, review_id)
    invitee = review.invitee(person_id)
    if invitee is None:
        raise ValidationError("Invite", Words("invite them to the review first"))
    return invitee


def _check_outcome(
    conference: Conference, review: Review, outcome: ReviewOutcome, today: date | None
) -> None:
    missing = missing_for_outcome(conference, review, outcome, today or date.today())
    if missing:
        raise StageBlocked(missing)


def _date_of(timestamp: str | None) -> date | None:
    try:
        return date.fromisoformat((timestamp or "")[:10])
    except ValueError:
        return None
