"""The dashboard's figures, checked against the store for a caseload with known dates."""

from __future__ import annotations

from datetime import date

import pytest

from fgc_desktop.domain.dashboard import (
    NO_ONE_NAMED,
    Meeting,
    day_label,
    lateness,
    week_of,
)
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import caseload
from fgc_desktop.services.dashboard import dashboard, open_reader
from fgc_desktop.store.connection import Store
from tests.conftest import TODAY
from tests.dashboard_caseload import DashboardCaseload, build, progress, review


@pytest.fixture
def known(store: Store) -> DashboardCaseload:
    return build(store)


def test_stage_counts_match_the_caseload(store: Store, known: DashboardCaseload) -> None:
    board = dashboard(store, TODAY)
    listed = caseload.list_conferences(store)
    assert board.stage_counts == {stage: sum(e.stage is stage for e in listed) for stage in Stage}
    assert board.stage_counts[Stage.REVIEW] == 5
    assert board.stage_counts[Stage.PLAN_AGREEMENT] == 0  # every stage is there, even empty
    assert board.total == len(listed) == 11


def test_meetings_this_week_in_day_order(store: Store, known: DashboardCaseload) -> None:
    board = dashboard(store, TODAY)
    assert [(m.conference.family_name, m.meeting, m.on) for m in board.this_week] == [
        ("Monday family", Meeting.CONFERENCE, date(2026, 11, 23)),
        ("Today family", Meeting.CONFERENCE, TODAY),
        ("Soon family", Meeting.REVIEW, date(2026, 11, 26)),
    ]
    assert board.this_week[2].starts_at == "14:00"


def test_reviews_due_when_none_held_since_the_version_was_agreed(
    store: Store, known: DashboardCaseload
) -> None:
    board = dashboard(store, TODAY)
    due = [(r.conference.family_name, r.due_on, r.booked_on) for r in board.reviews_due]
    assert due == [  # soonest first, then by reference
        ("Late family", date(2026, 10, 1), None),
        ("Early family", date(2026, 10, 1), None),
        ("Soon family", date(2026, 12, 10), date(2026, 11, 26)),
    ]
    assert board.reviews_overdue == 2
    # Held since agreement: no longer due. Closed conferences are never listed.
    families = {r.conference.family_name for r in board.reviews_due}
    assert not families & {"Reviewed family", "Closed family", "Patient family"}
    # Holding the late one's review takes it off the list.
    review(store, known.late_review, held_on=date(2026, 11, 20))
    assert "Late family" not in {r.conference.family_name for r in dashboard(store).reviews_due}
    # Once a review is held, the next one booked is the one due.
    review(store, known.late_review, scheduled_on=date(2026, 12, 1))
    late = [
        r for r in dashboard(store, TODAY).reviews_due if r.conference.family_name == "Late family"
    ]
    assert [(r.due_on, r.booked_on) for r in late] == [(date(2026, 12, 1), date(2026, 12, 1))]


def test_overdue_actions_grouped_by_person(store: Store, known: DashboardCaseload) -> None:
    board = dashboard(store, TODAY)
    groups = {
        g.person: [(a.conference.family_name, a.what) for a in g.actions]
        for g in board.overdue_actions
    }
    assert list(groups) == ["Agnieszka Nowak", "Housing team"]
    boiler, school = "Fix the boiler", "Walk the children to school"
    assert sorted(groups["Agnieszka Nowak"]) == sorted(
        [
            ("Late family", school),
            ("Late family", boiler),
            ("Reviewed family", boiler),  # its school run was done at the review
            ("Early family", school),
            ("Early family", boiler),
            ("Soon family", school),
            ("Soon family", boiler),
            ("Patient family", school),  # due 22 November
        ]
    )
    assert sorted(groups["Housing team"]) == sorted(
        [
            ("Late family", boiler),
            ("Reviewed family", boiler),
            ("Early family", boiler),
            ("Soon family", boiler),
        ]
    )
    assert board.overdue_action_count == 8
    first = board.overdue_actions[0].actions
    assert [a.by_when for a in first] == sorted(a.by_when for a in first)  # most overdue first
    # No longer needed at a later review: off the list.
    held = review(store, known.not_due, held_on=date(2026, 11, 23))
    progress(store, known.not_due, held, 0, "no_longer_needed")
    assert dashboard(store, TODAY).overdue_action_count == 7


def test_consent_withdrawn(store: Store, known: DashboardCaseload) -> None:
    (withdrawn,) = dashboard(store, TODAY).withdrawn
    assert withdrawn.conference.conference_id == known.withdrawn.id
    assert withdrawn.withdrawn_on == date(2026, 11, 20)
    assert withdrawn.reason == "The family want more time to think"


def test_an_empty_caseload_has_an_empty_dashboard(store: Store) -> None:
    board = dashboard(store, TODAY)
    assert board.total == 0 and set(board.stage_counts) == set(Stage)
    assert not (board.this_week or board.reviews_due or board.overdue_actions or board.withdrawn)


def test_the_reader_sees_the_same_dashboard(store: Store, known: DashboardCaseload) -> None:
    reader = open_reader(store)
    try:
        assert dashboard(reader, TODAY) == dashboard(store, TODAY)
    finally:
        reader.close()


def test_dates_in_words() -> None:
    assert week_of(TODAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert lateness(date(2026, 11, 21), TODAY) == "3 days overdue"
    assert lateness(date(2026, 11, 23), TODAY) == "1 day overdue"
    assert lateness(TODAY, TODAY) == "due today"
    assert lateness(date(2026, 11, 25), TODAY) == "due tomorrow"
    assert lateness(date(2026, 12, 4), TODAY) == "due in 10 days"
    assert day_label(date(2026, 11, 23), TODAY) == "Yesterday"
    assert day_label(date(2026, 11, 27), TODAY) == "Friday"


def test_an_action_with_no_one_named_is_grouped_as_such() -> None:
    from fgc_desktop.domain.dashboard import ConferenceRef, OverdueAction, by_person

    ref = ConferenceRef("c", "FGC-2026-0001", "Nowak family", Stage.REVIEW)
    groups = by_person(
        [OverdueAction(ref, "a", "Tidy", " ", TODAY), OverdueAction(ref, "b", "Cook", "zoë", TODAY)]
    )
    assert [g.person for g in groups] == ["zoë", NO_ONE_NAMED]
