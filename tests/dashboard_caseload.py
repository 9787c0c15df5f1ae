"""A small caseload with known meetings, reviews, overdue actions and withdrawn consent.

Dates are fixed around TODAY (Tuesday 24 November 2026; the week runs 23-29 November).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import referral
from fgc_desktop.services.demo_caseload import build_conference
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store import conferences, records
from fgc_desktop.store.connection import Store
from tests.conftest import NOWAK, TODAY

TWO_ACTIONS = replace(
    NOWAK,
    actions=(
        ("Walk the children to school", "Agnieszka Nowak", "A bus pass", "No late marks"),
        ("Fix the boiler", "Agnieszka Nowak, Housing team", "", "The house is warm"),
    ),
)


@dataclass
class DashboardCaseload:
    """The conferences of the caseload by the part they play."""

    late_review: Conference  # review due 1 October, nothing held
    reviewed: Conference  # review held since agreement; one action done
    reviewed_before: Conference  # only a review held before this version was agreed
    due_soon: Conference  # review due 10 December, meeting booked for Thursday
    not_due: Conference  # review next April; one action two days late
    closed: Conference
    today: Conference  # conference day today
    monday: Conference  # conference day yesterday
    later: Conference  # conference day in a fortnight
    next_week: Conference  # conference day next Monday
    withdrawn: Conference


def build(store: Store) -> DashboardCaseload:
    """Store the caseload."""

    def stored(family: str, stage: Stage, built_on: date) -> Conference:
        reference = conferences.next_reference(store, 2026)
        conference, kept = build_conference(
            reference, replace(TWO_ACTIONS, name=family), stage, built_on, render_plan
        )
        conference.reviews.clear()  # the demo's own reviews would blur the dates tested here
        conferences.insert_conference(store, conference, kept)
        return conference

    may, july = date(2026, 5, 1), date(2026, 7, 10)
    caseload = DashboardCaseload(
        late_review=stored("Late family", Stage.REVIEW, may),
        reviewed=stored("Reviewed family", Stage.REVIEW, may),
        reviewed_before=stored("Early family", Stage.REVIEW, may),
        due_soon=stored("Soon family", Stage.REVIEW, july),
        not_due=stored("Patient family", Stage.REVIEW, TODAY),
        closed=stored("Closed family", Stage.CLOSED, may),
        today=stored("Today family", Stage.INFORMATION_SHARING, TODAY),
        monday=stored("Monday family", Stage.INFORMATION_SHARING, date(2026, 11, 23)),
        later=stored("Later family", Stage.REFERRAL, TODAY),
        next_week=stored("Next week family", Stage.FAMILY_TIME, date(2026, 11, 30)),
        withdrawn=stored("Withdrawn family", Stage.PREPARATION, TODAY),
    )
    reviewed = caseload.reviewed
    held = review(store, reviewed, held_on=date(2026, 9, 20))
    progress(store, reviewed, held, 0, "done")
    progress(store, reviewed, held, 1, "in_progress")
    review(store, caseload.reviewed_before, held_on=date(2026, 3, 20))
    review(store, caseload.due_soon, scheduled_on=date(2026, 11, 26), starts_at="14:00")
    referral.withdraw_consent(
        store, caseload.withdrawn.id, "2026-11-20", "The family want more time to think"
    )
    return caseload


def review(
    store: Store,
    conference: Conference,
    *,
    held_on: date | None = None,
    scheduled_on: date | None = None,
    starts_at: str = "",
) -> str:
    """Record a review meeting of the conference's latest plan, straight into the review tables
    so each test states its own dates."""
    plan = conference.plan
    assert plan is not None
    row = {
        "id": new_id(),
        "conference_id": conference.id,
        "plan_id": plan.id,
        "scheduled_on": (scheduled_on or held_on or TODAY).isoformat(),
        "starts_at": starts_at,
        "venue": "Riverside Family Centre",
        "held_on": held_on.isoformat() if held_on else None,
        "outcome": "plan_continues" if held_on else "pending",
    }
    with store.writing() as db:
        records.insert(db, "reviews", row, conference.id)
    return row["id"]


def progress(
    store: Store, conference: Conference, review_id: str, action: int, status: str
) -> None:
    """Record how one of the plan's actions was going at a review."""
    plan = conference.plan
    assert plan is not None
    row = {
        "id": new_id(),
        "conference_id": conference.id,
        "review_id": review_id,
        "action_id": plan.actions[action].id,
        "status": status,
    }
    with store.writing() as db:
        records.insert(db, "action_progress", row, conference.id)
