"""Insert, change and remove rows, each change written to the audit trail in one transaction."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from fgc_desktop.domain.identity import utc_now
from fgc_desktop.domain.wording import Words
from fgc_desktop.store import audit
from fgc_desktop.store.columns import to_row
from fgc_desktop.store.connection import Store
from fgc_desktop.store.errors import RecordNotFoundError


def insert(db: Database, table: str, row: dict[str, Any], conference_id: str | None) -> None:
    """Add a row and note it in the trail."""
    db[table].insert(row)
    audit.record(
        db,
        conference_id=conference_id,
        entity=table,
        entity_id=row["id"],
        change="insert",
        after=row,
    )


def update(
    db: Database, table: str, row_id: str, changes: dict[str, Any], conference_id: str | None
) -> dict[str, Any]:
    """Change some columns of a row, noting only what really changed; returns the old row."""
    before = fetch(db, table, row_id)
    changed = {key: value for key, value in changes.items() if before.get(key) != value}
    if changed:
        db[table].update(row_id, changed)
        audit.record(
            db,
            conference_id=conference_id,
            entity=table,
            entity_id=row_id,
            change="update",
            before={key: before.get(key) for key in changed},
            after=changed,
        )
    return before


def delete(db: Database, table: str, row_id: str, conference_id: str | None) -> None:
    """Remove a row and keep what it held in the trail."""
    before = fetch(db, table, row_id)
    db[table].delete(row_id)
    audit.record(
        db,
        conference_id=conference_id,
        entity=table,
        entity_id=row_id,
        change="delete",
        before=before,
    )


def fetch(db: Database, table: str, row_id: str) -> dict[str, Any]:
    """One row as a dict, or RecordNotFoundError."""
    try:
        return dict(db[table].get(row_id))
    except NotFoundError:
        raise RecordNotFoundError(
            Words("No {table} record {row_id} in the store.", table=table, row_id=row_id)
        ) from None


def touch_conference(db: Database, conference_id: str) -> None:
    """Mark the conference as changed now, inside the caller's transaction."""
    db["conferences"].update(conference_id, {"updated_at": utc_now()})


def edit_owned(store: Store, table: str, row_id: str, changes: dict[str, Any]) -> None:
    """Change a row that belongs to a conference, in its own transaction."""
    with store.writing() as db:
        conference_id = fetch(db, table, row_id)["conference_id"]
        update(db, table, row_id, to_row(changes), conference_id)
        touch_conference(db, conference_id)


def remove_owned(store: Store, table: str, row_id: str) -> None:
    """Remove a row that belongs to a conference, in its own transaction."""
    with store.writing() as db:
        conference_id = fetch(db, table, row_id)["conference_id"]
        delete(db, table, row_id, conference_id)
        touch_conference(db, conference_id)


def add_owned(store: Store, table: str, row: dict[str, Any], *, ordered: bool = False) -> None:
    """Add a row that belongs to a conference; ordered rows go after the others."""
    with store.writing() as db:
        conference_id = row["conference_id"]
        if ordered:
            row = {**row, "position": next_position(db, table, conference_id)}
        insert(db, table, to_row(row), conference_id)
        touch_conference(db, conference_id)


def next_position(db: Database, table: str, conference_id: str) -> int:
    """The position after the last row of a conference's ordered table."""
    return db.execute(
        f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE conference_id = ?",
        [conference_id],
    ).fetchone()[0]


def ids_in_use(db: Database, table: str, ids: list[str]) -> set[str]:
    """Which of these ids a table already holds."""
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found |= {
            row[0] for row in db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
        }
    return found
