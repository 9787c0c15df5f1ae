"""Retention in the store: deleting and anonymising closed conferences, overwritten on disk."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.retention import RetentionAction, closed_before
from fgc_desktop.domain.stage import Stage
from fgc_desktop.domain.wording import Words
from fgc_desktop.services.demo_caseload import Family
from fgc_desktop.store import audit, conferences, ownership, retention
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import StoreError
from tests.retention_cases import NAMES, ZEBEDEE, file_bytes, held_anywhere, store_closed

TODAY = date(2026, 11, 24)
CUTOFF = closed_before(TODAY, 3)


@pytest.fixture
def closed_long_ago(store: Store) -> Conference:
    return store_closed(store, ZEBEDEE, "2021-06-01T10:00:00+00:00")


def test_only_closed_conferences_past_the_period_are_offered(store, stored_at, closed_long_ago):
    recent = store_closed(
        store,
        Family(
            "Recent family",
            (("Ann Recent", date(2016, 1, 1)),),
            (("Bea Recent", Role.PARENT, "Mother"),),
        ),
        "2024-01-10T09:00:00+00:00",
    )
    open_ones = [stored_at(stage) for stage in Stage if stage is not Stage.CLOSED]
    offered = retention.candidates(store, CUTOFF)
    assert [c.conference_id for c in offered] == [closed_long_ago.id]
    assert offered[0].closed_on == date(2021, 6, 1)
    assert offered[0].family_name == "Zebedee family"
    with pytest.raises(retention.RetentionRefusedError, match=r"open again"):
        retention.apply_retention(
            store,
            RetentionAction.DELETE,
            [closed_long_ago.id, open_ones[0].id, recent.id],
            years=3,
            closed_before=CUTOFF,
        )
    # Nothing at all happened: the allowed one is still there with its trail.
    assert store.db["conferences"].count == 2 + len(open_ones)
    assert audit.history(store.db, closed_long_ago.id)
    assert store.db["retention_runs"].count == 0


def test_a_refusal_names_each_reason_in_english_and_carries_words(store, stored_at):
    """The English reads as it always did (the CLI); the Words lets the interface translate it."""
    open_one = stored_at(Stage.REVIEW)
    with pytest.raises(retention.RetentionRefusedError) as refused:
        retention.apply_retention(
            store, RetentionAction.DELETE, [open_one.id, "gone"], years=3, closed_before=CUTOFF
        )
    [message] = refused.value.args
    assert isinstance(message, Words)
    assert message == (
        f"Nothing was deleted or anonymised: {open_one.reference} is open again; a conference "
        "that is no longer in the caseload. Open the retention review again to see the list as "
        "it is now."
    )


# Reads the names in the file's bytes, which an encrypted store never shows.
@pytest.mark.parametrize("passphrase", [None], ids=["plain"])
def test_deleting_overwrites_every_trace_and_the_audit_says_only_that_it_happened(
    store, stored_at, closed_long_ago
):
    kept = stored_at(Stage.REVIEW)  # the Nowak family stays untouched
    assert all(held_anywhere(file_bytes(store), name) for name in NAMES)

    report = retention.apply_retention(
        store, RetentionAction.DELETE, [closed_long_ago.id], years=3, closed_before=CUTOFF
    )

    assert report.overwritten_on_disk
    [result] = report.results
    assert result.reference == closed_long_ago.reference and result.records > 20
    data = file_bytes(store)
    for name in NAMES:
        assert not held_anywhere(data, name), name
    assert held_anywhere(data, "Agnieszka Nowak")
    assert conferences.conference_id_for(store, closed_long_ago.reference) is None
    assert audit.history(store.db, closed_long_ago.id) == []
    assert audit.history(store.db, kept.id)
    [entry] = [row for row in store.db["audit"].rows_where("change = ?", ["retention_delete"])]
    after = json.loads(entry["after"])
    assert after["summary"] == (
        f"Conference {closed_long_ago.reference} deleted under the retention rule, "
        f"{result.records} records"
    )
    assert entry["conference_id"] is None and entry["entity_id"] == closed_long_ago.id
    assert after["audit_entries_removed"] == result.audit_entries > 0
    register = list(store.db["retention_run_conferences"].rows)
    assert [r["reference"] for r in register] == [closed_long_ago.reference]
    [run] = list(store.db["retention_runs"].rows)
    assert run["finished_at"] and run["action"] == "delete" and run["conferences"] == 1


def test_anonymising_keeps_the_statistics_and_nothing_else(store, closed_long_ago):
    before = closed_long_ago
    counts = {t: store.db[t].count for t in ("people", "actions", "stage_moves", "signatures")}

    report = retention.apply_retention(
        store, RetentionAction.ANONYMISE, [before.id], years=3, closed_before=CUTOFF
    )
    assert report.overwritten_on_disk and report.records > 20

    data = file_bytes(store)
    for name in NAMES:
        assert not held_anywhere(data, name), name
    for needle in ("Secretive", "thriving", "Church Street", "07700", "Social worker"):
        assert needle.encode() not in data, needle
    row = store.db["conferences"].get(before.id)
    assert row["family_name"] == "Anonymised"
    assert row["stage"] == "closed" and row["reference"] == before.reference
    assert row["referral_received_on"] == before.referral.received_on.isoformat()
    assert row["held_on"] == before.meeting.held_on.isoformat()
    assert row["referrer_name"] is None and row["worries"] is None
    [plan] = store.db["plans"].rows_where("conference_id = ?", [before.id])
    assert plan["agreed_at"] == before.plans[-1].agreed_at and plan["status"] == "agreed"
    assert plan["pdf"] is None and plan["canonical_content"] is None
    [review] = store.db["reviews"].rows_where("conference_id = ?", [before.id])
    assert (review["held_on"], review["outcome"]) == ("2021-05-03", "closed")
    assert review["family_view"] is None and review["closure_note"] is None
    [progress] = store.db["action_progress"].rows_where("conference_id = ?", [before.id])
    assert progress["status"] == "done" and progress["note"] is None
    assert {t: store.db[t].count for t in counts} == counts
    assert {p["role"] for p in store.db["people"].rows} >= {"child", "parent"}
    assert all(p["name"] == "" for p in store.db["people"].rows)
    assert store.db["agreed_snapshots"].count == 0
    closed = [m["to_stage"] for m in store.db["stage_moves"].rows_where(order_by="moved_at")]
    assert closed[-1] == "closed"
    # Its own trail now holds one entry: that it was anonymised, without a name.
    [entry] = audit.history(store.db, before.id)
    assert entry.change == "retention_anonymise"
    assert entry.after["summary"].startswith(f"Conference {before.reference} anonymised")
    # It is never offered again, and the caseload still opens it.
    assert retention.candidates(store, CUTOFF) == []
    assert conferences.load_conference(store, before.id).family_name == "Anonymised"


def test_the_audit_and_agreed_plans_stay_locked_outside_a_run(store, closed_long_ago):
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store.db.execute("DELETE FROM audit WHERE conference_id = ?", [closed_long_ago.id])
    with pytest.raises(sqlite3.IntegrityError, match="agreed plan version cannot be changed"):
        store.db.execute("DELETE FROM plans WHERE conference_id = ?", [closed_long_ago.id])
    with pytest.raises(sqlite3.IntegrityError, match="agreed plan version cannot be changed"):
        store.db.execute("UPDATE actions SET what = 'rewritten'")
    with pytest.raises(sqlite3.IntegrityError, match="agreed plan version cannot be changed"):
        store.db.execute("DELETE FROM agreed_snapshots")
    retention.apply_retention(
        store, RetentionAction.ANONYMISE, [closed_long_ago.id], years=3, closed_before=CUTOFF
    )
    # After a run, its own entry and every other are locked again.
    with pytest.raises(sqlite3.IntegrityError, match="audit trail cannot be changed"):
        store.db.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.IntegrityError, match="retention register cannot be changed"):
        store.db.execute("DELETE FROM retention_runs")
    with pytest.raises(sqlite3.IntegrityError, match="retention register cannot be changed"):
        store.db.execute("UPDATE retention_run_conferences SET reference = 'x'")
    store.db.conn.rollback()


def test_a_run_unlocks_only_its_own_closed_conferences(store, stored_at, closed_long_ago):
    other = stored_at(Stage.REVIEW)
    with pytest.raises(StoreError, match="audit trail cannot be changed"), store.writing() as db:
        run_id = new_id()
        db["retention_runs"].insert(
            {"id": run_id, "started_at": "now", "actor": "t", "action": "delete", "years": 3}
        )
        db["retention_run_conferences"].insert(
            {"id": new_id(), "run_id": run_id, "conference_id": closed_long_ago.id,
             "reference": closed_long_ago.reference}
        )  # fmt: skip
        db.execute("DELETE FROM audit WHERE conference_id = ?", [closed_long_ago.id])
        db.execute("DELETE FROM audit WHERE conference_id = ?", [other.id])
    with pytest.raises(StoreError, match="Only a closed conference"), store.writing() as db:
        run_id = new_id()
        db["retention_runs"].insert(
            {"id": run_id, "started_at": "now", "actor": "t", "action": "delete", "years": 3}
        )
        db["retention_run_conferences"].insert(
            {"id": new_id(), "run_id": run_id, "conference_id": other.id, "reference": "x"}
        )
    assert audit.history(store.db, closed_long_ago.id) and audit.history(store.db, other.id)
    assert store.db["retention_runs"].count == 0


def test_every_table_of_a_conference_has_an_anonymisation_rule(store):
    owned = set(ownership.owned_tables(store.db))
    decided = set(retention.ANONYMOUS_STATISTICS) | retention.REMOVED_WHEN_ANONYMISED
    assert owned - decided == set(), "say what anonymising keeps of these tables"
    assert {"people", "actions", "agreed_snapshots", "action_progress"} <= owned
    order = ownership.children_first(store.db, owned)
    assert order.index("actions") < order.index("plans") < order.index("conferences")


def test_the_cutoff_counts_whole_years_even_from_a_leap_day():
    assert closed_before(date(2026, 11, 24), 3) == date(2023, 11, 24)
    assert closed_before(date(2028, 2, 29), 1) == date(2027, 2, 28)
