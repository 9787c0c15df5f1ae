"""Closed conferences for retention and subject-access tests: names to look for in the file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from fgc_desktop.domain.conference import Conference
from fgc_desktop.domain.identity import new_id
from fgc_desktop.domain.network import Role
from fgc_desktop.domain.review import ActionStatus, ReviewOutcome
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import network
from fgc_desktop.services.demo_caseload import Family, build_conference
from fgc_desktop.services.family_plan import render_plan
from fgc_desktop.store import conferences, records
from fgc_desktop.store.connection import Store

ZEBEDEE = Family(
    "Zebedee family",
    (("Quentin Zebedee", date(2015, 1, 1)),),
    (
        ("Ludmiła Zebedee", Role.PARENT, "Mother"),
        ("Xavierre Oddname", Role.GRANDPARENT, "Grandmother"),
        ("Ксения Оддова", Role.FRIEND, "Family friend"),
    ),
    confidential=("Ludmiła Zebedee",),
)
NAMES = ("Quentin", "Ludmiła", "Xavierre", "Ксения", "Zebedee", "77 Secretive Lane")


def store_closed(store: Store, family: Family, closed_at: str, *, year: int = 2021) -> Conference:
    """A conference agreed, reviewed and closed on a day long ago, with a review and edits."""
    reference = conferences.next_reference(store, 2026)
    conference, kept = build_conference(
        reference, family, Stage.CLOSED, date(year, 3, 1), render_plan
    )
    for move in conference.stage_moves:
        move.moved_at = closed_at
    conference.reviews.clear()  # the closing review below stands for the demo's own
    conferences.insert_conference(store, conference, kept)
    parent = conference.people[1]
    network.edit_person(store, conference.id, parent.id, "address", "77 Secretive Lane")
    plan = conference.plans[-1]
    review_id = new_id()
    with store.writing() as db:
        # As agreeing through the app keeps it: the whole conference, names and all.
        snapshot = json.dumps({"people": [p.name for p in conference.people]}, ensure_ascii=False)
        db["agreed_snapshots"].insert({"plan_id": plan.id, "conference": snapshot})
        records.insert(
            db,
            "reviews",
            {
                "id": review_id,
                "conference_id": conference.id,
                "plan_id": plan.id,
                "scheduled_on": f"{year}-05-01",
                "held_on": f"{year}-05-03",
                "family_view": f"{parent.name} says the plan is working",
                "outcome": ReviewOutcome.CLOSED.value,
                "closure_reason": "plan_achieved",
                "closure_note": "Quentin is thriving",
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
                "status": ActionStatus.DONE.value,
                "note": "Ludmiła did it every week",
            },
            conference.id,
        )
    return conference


def file_bytes(store: Store) -> bytes:
    """Everything SQLite keeps on disk for the store: the file and its write-ahead log."""
    wal = Path(f"{store.path}-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def held_anywhere(data: bytes, name: str) -> bool:
    """True when a name is in the bytes as UTF-8 or as a JSON escape."""
    return name.encode() in data or json.dumps(name)[1:-1].encode() in data
