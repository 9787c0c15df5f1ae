"""Conferences in and out of the store, edits, references, the audit trail and the plan lock."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, timedelta

import pytest

from fgc_desktop.domain.network import Attendance, Person, Role
from fgc_desktop.domain.plan import Action
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import review as review_service
from fgc_desktop.store import audit, caseload, conferences, network, plans
from fgc_desktop.store.errors import LockedPlanError


def test_every_stage_round_trips_unchanged(store, conference_at) -> None:
    for stage in Stage:
        conference = conference_at(stage)
        conferences.insert_conference(store, conference)
        assert conferences.load_conference(store, conference.id) == conference


def test_references_count_up_within_a_year(store, stored_at) -> None:
    assert conferences.next_reference(store, 2026) == "FGC-2026-0001"
    stored_at(Stage.REFERRAL)
    stored_at(Stage.REFERRAL)
    assert conferences.next_reference(store, 2026) == "FGC-2026-0003"
    assert conferences.next_reference(store, 2027) == "FGC-2027-0001"
    assert conferences.conference_id_for(store, "fgc-2026-0002") is not None


def test_edits_are_stored_and_audited_with_before_and_after(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    conferences.update_conference(store, conference.id, {"venue": "Neuadd y Dref"})
    entry = audit.history(store.db, conference.id)[-1]
    assert (entry.entity, entry.change) == ("conferences", "update")
    assert entry.after == {"venue": "Neuadd y Dref"}
    assert entry.before == {"venue": ""}
    assert entry.actor


def test_people_and_bottom_lines_keep_their_order(store, stored_at) -> None:
    conference = stored_at(Stage.PREPARATION)
    network.add_person(
        store, conference.id, Person("Ewa Kowalska", Role.AUNT_UNCLE, "Aunt", date(1980, 1, 2))
    )
    loaded = conferences.load_conference(store, conference.id)
    assert loaded.people[-1].name == "Ewa Kowalska"
    network.update_person(store, loaded.people[-1].id, {"attendance": Attendance.PRESENT})
    network.remove_person(store, loaded.people[0].id)
    loaded = conferences.load_conference(store, conference.id)
    assert loaded.people[-1].attendance is Attendance.PRESENT
    assert len(loaded.people) == len(conference.people)


def test_the_audit_trail_cannot_be_rewritten(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store.db.execute("UPDATE audit SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store.db.execute("DELETE FROM audit")
    assert audit.history(store.db, conference.id)


def test_an_agreed_plan_keeps_its_bytes_and_cannot_change(store, stored_at) -> None:
    conference = stored_at(Stage.REVIEW)
    plan = conference.plan
    canonical, pdf = plans.agreed_record(store, plan.id)
    assert pdf.startswith(b"%PDF")
    assert hashlib.sha256(canonical.encode("utf-8")).hexdigest() == plan.content_hash
    with pytest.raises(LockedPlanError, match="agreed and cannot change"):
        plans.update_plan(store, plan.id, {"contingency": "changed"})
    with pytest.raises(LockedPlanError):
        plans.add_action(store, plan.id, Action("sneaked in"))
    # Even SQL that skips the store's own checks is stopped by the lock triggers.
    with pytest.raises(sqlite3.IntegrityError, match="agreed plan version cannot be changed"):
        store.db.execute("UPDATE actions SET what = 'x' WHERE plan_id = ?", [plan.id])
    assert conferences.load_conference(store, conference.id).plan == plan


def test_caseload_lists_newest_first_with_what_is_next(store, stored_at) -> None:
    early = stored_at(Stage.PREPARATION)
    late = stored_at(Stage.REVIEW)
    closed = stored_at(Stage.CLOSED)
    entries = caseload.list_caseload(store)
    assert [e.reference for e in entries] == [closed.reference, late.reference, early.reference]
    by_ref = {e.reference: e for e in entries}
    assert by_ref[early.reference].next_event == "Conference"
    assert by_ref[early.reference].next_date == early.meeting.held_on
    assert by_ref[late.reference].next_event == "Review"
    assert by_ref[late.reference].next_date == late.plan.review_date
    assert by_ref[closed.reference].next_date is None


def test_a_booked_review_meeting_is_the_next_date_over_the_plans_review_date(
    store, stored_at
) -> None:
    conference = stored_at(Stage.REVIEW)
    upcoming = conference.reviews[-1]  # the demo's next review, on the plan's review date
    booked = conference.plan.review_date - timedelta(days=20)
    review_service.edit_review(
        store, conference.id, upcoming.id, "scheduled_on", booked.isoformat()
    )
    [entry] = caseload.list_caseload(store)
    assert (entry.next_event, entry.next_date) == ("Review", booked)


def test_caseload_filter_matches_reference_family_and_names_in_any_script(store, stored_at) -> None:
    conference = stored_at(Stage.REFERRAL)
    assert [e.reference for e in caseload.list_caseload(store, "王小")] == [conference.reference]
    assert caseload.list_caseload(store, "王大") == []
    stored_at(Stage.PREPARATION)
    assert len(caseload.list_caseload(store, conference.reference.lower())) == 1
    assert len(caseload.list_caseload(store, "nowak FAMILY")) == 2
    assert caseload.list_caseload(store, "100%_") == []
