"""A small caseload around April 2026 whose service statistics are worked out by hand below.

Conference (stage)        referral    conference  first plan agreed   counted in April 2026
A  (review)               18 Feb      1 Apr       1 Apr (on the day)  held, agreed, 42 days
B  (plan agreement)       19 Mar      30 Apr      not yet (draft)     held, 42 days
C  (referral)             1 Apr       not set     -                   referral (not held yet)
D  (preparation)          30 Apr      20 May      -                   referral
E  (information sharing)  31 Mar      1 May       -                   nothing
F  (review)               5 Apr       10 Apr      11 Apr (a day late) referral, held, 5 days
G  (closed)               none        20 Apr      20 Apr (on the day) held, agreed, not timed
H  (review)               21 Jul 25   1 Sep 25    1 Sep 2025          nothing (reviews below)

Reviews (held on; review date of the version reviewed; its one action):
R1 of A  25 Apr 2026; due 1 Oct 2026  on time  A's action done
R2 of H  2 Apr 2026;  due 1 Mar 2026  late     H's action in progress
R3 of H  1 May 2026   (after April)            H's action done
R4 of A  not held yet                          A's action not reviewed
R5 of A  28 Apr 2026; due 1 Oct 2026  on time  A's action done again (counts once)

So April 2026: 3 referrals, 4 conferences held, 2 plans agreed on the day, 3 reviews held of which
2 on time, 2 actions reviewed of which 1 completed, average (42 + 42 + 5) / 3 = 29.7 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.review import ActionStatus
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services.demo_caseload import build_conference
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store import conferences, records
from fgc_desktop.store.connection import Store
from tests.conftest import NOWAK

APRIL_2026 = (date(2026, 4, 1), date(2026, 4, 30))


@dataclass(frozen=True)
class Expected:
    """The April 2026 figures, worked out by hand from the table above."""

    referrals_received: int = 3
    conferences_held: int = 4
    plans_agreed_on_the_day: int = 2
    reviews_held: int = 3
    reviews_on_time: int = 2
    actions_reviewed: int = 2
    actions_completed: int = 1
    days_to_conference: int = 89
    timed_conferences: int = 3


def local_noon_utc(day: date) -> str:
    """Noon of a local date as the UTC moment stored for an agreement (any time zone)."""
    return datetime(day.year, day.month, day.day, 12).astimezone(UTC).isoformat()


def _conference(
    store: Store,
    stage: Stage,
    held_on: date,
    received_on: date | None,
    agreed_on: date | None = None,
) -> Conference:
    # build_conference puts the conference day relative to "today" by stage.
    offset = {Stage.REVIEW: 30, Stage.CLOSED: 30, Stage.REFERRAL: -14, Stage.PREPARATION: -14}
    today = held_on + timedelta(days=offset.get(stage, 0))
    reference = conferences.next_reference(store, held_on.year)
    conference, kept = build_conference(reference, NOWAK, stage, today, render_plan)
    assert conference.meeting.held_on in (held_on, None)  # None: still at referral
    conference.referral.received_on = received_on
    conference.reviews.clear()  # only the reviews in the table above are counted
    if agreed_on is not None:
        conference.plans[0].agreed_at = local_noon_utc(agreed_on)
    conferences.insert_conference(store, conference, kept)
    return conference


def _review(
    store: Store,
    conference: Conference,
    held_on: date | None,
    status: ActionStatus,
) -> None:
    plan = conference.plans[0]
    review_id = new_id()
    with store.writing() as db:
        records.insert(
            db,
            "reviews",
            {
                "id": review_id,
                "conference_id": conference.id,
                "plan_id": plan.id,
                "scheduled_on": (held_on or date(2026, 6, 1)).isoformat(),
                "held_on": held_on.isoformat() if held_on else None,
                "outcome": "plan_continues" if held_on else "pending",
            },
            conference.id,
        )
        records.insert(
            db,
            "action_progress",
            {
                "id": new_id(),
                "conference_id": conference.id,
                "review_id": review_id,
                "action_id": plan.actions[0].id,
                "status": status.value,
            },
            conference.id,
        )


def build_april_caseload(store: Store) -> dict[str, Conference]:
    """Store the conferences and reviews of the table above; returns them by letter."""
    built = {
        "A": _conference(
            store, Stage.REVIEW, date(2026, 4, 1), date(2026, 2, 18), date(2026, 4, 1)
        ),
        "B": _conference(store, Stage.PLAN_AGREEMENT, date(2026, 4, 30), date(2026, 3, 19)),
        "C": _conference(store, Stage.REFERRAL, date(2026, 4, 15), date(2026, 4, 1)),
        "D": _conference(store, Stage.PREPARATION, date(2026, 5, 20), date(2026, 4, 30)),
        "E": _conference(store, Stage.INFORMATION_SHARING, date(2026, 5, 1), date(2026, 3, 31)),
        "F": _conference(
            store, Stage.REVIEW, date(2026, 4, 10), date(2026, 4, 5), date(2026, 4, 11)
        ),
        "G": _conference(store, Stage.CLOSED, date(2026, 4, 20), None, date(2026, 4, 20)),
        "H": _conference(
            store, Stage.REVIEW, date(2025, 9, 1), date(2025, 7, 21), date(2025, 9, 1)
        ),
    }
    a, h = built["A"], built["H"]
    _review(store, a, date(2026, 4, 25), ActionStatus.DONE)
    _review(store, h, date(2026, 4, 2), ActionStatus.IN_PROGRESS)
    _review(store, h, date(2026, 5, 1), ActionStatus.DONE)
    _review(store, a, None, ActionStatus.NOT_REVIEWED)
    _review(store, a, date(2026, 4, 28), ActionStatus.DONE)
    return built


def build_year_of_conferences(store: Store, today: date, per_month: int = 4) -> int:
    """A year of conferences up to today, a few more each month, with a review for some."""
    stages = (Stage.REVIEW, Stage.CLOSED, Stage.REVIEW, Stage.PLAN_AGREEMENT, Stage.REFERRAL)
    built = 0
    for months_ago in range(12, -1, -1):
        for number in range(per_month + (months_ago * 7) % 4):
            held_on = date(today.year, today.month, 1) - timedelta(
                days=30 * months_ago - 2 * number
            )
            if held_on > today:
                continue
            stage = stages[(number + months_ago) % len(stages)]
            received = held_on - timedelta(days=21 + (number * 11 + months_ago * 5) % 40)
            agreed = held_on + timedelta(days=number % 3 == 2)
            agreed_on = agreed if stage in (Stage.REVIEW, Stage.CLOSED) else None
            conference = _conference(store, stage, held_on, received, agreed_on)
            if stage is Stage.REVIEW and months_ago > 6:
                due = conference.plans[0].review_date
                assert due is not None
                late = timedelta(days=10 if number % 3 == 0 else -5)
                _review(store, conference, min(due + late, today), ActionStatus.DONE)
            built += 1
    return built
