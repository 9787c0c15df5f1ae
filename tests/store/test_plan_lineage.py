"""Action lineage in the store: kept through copies, and added to stores made before it."""

from __future__ import annotations

import sqlite3

from fgc_desktop.domain.plan import next_version
from fgc_desktop.domain.plan_comparison import Change
from fgc_desktop.domain.stage import Stage
from fgc_desktop.services import plan_versions
from fgc_desktop.store import conferences
from fgc_desktop.store.connection import open_store


def test_a_store_from_before_lineage_gains_it_and_old_copies_match_by_wording(
    tmp_path, conference_at
) -> None:
    path = tmp_path / "old.sqlite"
    conference = conference_at(Stage.REVIEW)
    first = conference.plan
    # Version 2 copied the way it was before lineage was kept: new ids, no origin.
    second = next_version(first)
    for action in second.actions:
        action.origin_id = None
    second.actions[0].what += " by 8.30"
    conference.plans.append(second)
    store = open_store(path)
    conferences.insert_conference(store, conference, {first.id: ("{}", b"%PDF-1.4 kept")})
    store.close()
    # Take the store back to the schema before m011, as an older app left it.
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE actions DROP COLUMN origin_id")
        db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_action_origin'")
    db.close()

    store = open_store(path)
    try:
        columns = {row[1] for row in store.db.execute("PRAGMA table_info(actions)")}
        assert "origin_id" in columns
        _, comparison = plan_versions.compare_versions(store, conference.id, 1, 2)
        assert [(a.change, a.matched_by_wording) for a in comparison.actions] == [
            (Change.CHANGED, True)
        ]
        assert plan_versions.version_print(store, conference.id, 1).make() == b"%PDF-1.4 kept"
    finally:
        store.close()
