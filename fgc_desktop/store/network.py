"""People in a conference's family network, and its bottom lines, edited one at a time."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from fgc_desktop.domain.bottom_line import BottomLine
from fgc_desktop.domain.network import Person
from fgc_desktop.store import records
from fgc_desktop.store.columns import to_row
from fgc_desktop.store.conferences import bottom_line_row, person_row
from fgc_desktop.store.connection import Store


def add_person(store: Store, conference_id: str, person: Person) -> None:
    """Add someone to the network, after everyone already there."""
    with store.writing() as db:
        position = _next_position(db, "people", conference_id)
        records.insert(db, "people", person_row(conference_id, person, position), conference_id)
        records.touch_conference(db, conference_id)


def update_person(store: Store, person_id: str, changes: dict[str, Any]) -> None:
    """Change what is recorded about a person."""
    _update(store, "people", person_id, changes)


def remove_person(store: Store, person_id: str) -> None:
    """Take a person out of the network."""
    _remove(store, "people", person_id)


def add_bottom_line(store: Store, conference_id: str, line: BottomLine) -> None:
    """Add a bottom line after the others."""
    with store.writing() as db:
        position = _next_position(db, "bottom_lines", conference_id)
        records.insert(
            db, "bottom_lines", bottom_line_row(conference_id, line, position), conference_id
        )
        records.touch_conference(db, conference_id)


def update_bottom_line(store: Store, line_id: str, changes: dict[str, Any]) -> None:
    """Change a bottom line's wording or reason."""
    _update(store, "bottom_lines", line_id, changes)


def remove_bottom_line(store: Store, line_id: str) -> None:
    """Take a bottom line out."""
    _remove(store, "bottom_lines", line_id)


def _update(store: Store, table: str, row_id: str, changes: dict[str, Any]) -> None:
    with store.writing() as db:
        conference_id = records.fetch(db, table, row_id)["conference_id"]
        records.update(db, table, row_id, to_row(changes), conference_id)
        records.touch_conference(db, conference_id)


def _remove(store: Store, table: str, row_id: str) -> None:
    with store.writing() as db:
        conference_id = records.fetch(db, table, row_id)["conference_id"]
        records.delete(db, table, row_id, conference_id)
        records.touch_conference(db, conference_id)


def _next_position(db: Database, table: str, conference_id: str) -> int:
    return db.execute(
        f"SELECT COALESCE(MAX(position), -1) + 1 FROM {table} WHERE conference_id = ?",
        [conference_id],
    ).fetchone()[0]
